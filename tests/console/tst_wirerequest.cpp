// The wire request is built in one place: net::Connection::userRequest (su, lang) and
// protocol::Request::toFormBody (the encoding). For one request with special characters, su and a password,
// every rendering is compared with what went on the wire: the connection's request log, the demo server's
// log (what the server decoded), the console's confirmation text (sentRequest), "Copy as curl" (its fields
// read back with a POSIX shell's quoting), "Copy as URL", "Copy as mgrctl", and "Copy as mgrdesk-cli" read
// back by the CLI's own parser (cli::CallOptions). The password shows nowhere; the session id neither.
#include "calloptions.h"
#include "console/consoletext.h"
#include "console/requestconsole.h"
#include "core/net/connection.h"
#include "core/net/requestlog.h"
#include "democlient.h"
#include "demoserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace mgrdesk;
using Fields = QList<protocol::Request::Param>;

namespace {

const QString kSpecial = QStringLiteral("a&b c+d=e%20 'q' \"dq\" \\ é/€?#;$x");
const QString kPassword = QStringLiteral("Secret-1&x");

// Splits a POSIX shell command line into words: '…' quotes, \ escapes outside quotes, backslash-newline
// joins lines. Enough for what CommandLineText and ConsoleText write.
QStringList shellWords(const QString &line)
{
    QStringList words;
    QString word;
    bool inWord = false, single = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar ch = line.at(i);
        if (single) {
            if (ch == QLatin1Char('\''))
                single = false;
            else
                word += ch;
        } else if (ch == QLatin1Char('\'')) {
            single = inWord = true;
        } else if (ch == QLatin1Char('\\') && i + 1 < line.size()) {
            if (line.at(++i) != QLatin1Char('\n')) {
                word += line.at(i);
                inWord = true;
            }
        } else if (ch.isSpace()) {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
        } else {
            word += ch;
            inWord = true;
        }
    }
    if (inWord)
        words.append(word);
    return words;
}

Fields nameValues(const QStringList &words)
{
    Fields out;
    for (const QString &w : words) {
        const int eq = w.indexOf(QLatin1Char('='));
        out.append({ w.left(eq), w.mid(eq + 1) });
    }
    return out;
}

Fields without(Fields fields, const QStringList &names)
{
    fields.removeIf([&names](const protocol::Request::Param &p) { return names.contains(p.first); });
    return fields;
}

} // namespace

class TestWireRequest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }

    void everyRenderingComesFromTheWireRequest()
    {
        net::Connection c(test::demoConnectionSettings(m_server, QStringLiteral("admin")));
        c.setPassword(test::demoPassword);
        gui::RequestConsole console(&c);
        protocol::Request request(QStringLiteral("whoami"));
        request.add(QStringLiteral("note"), kSpecial).add(QStringLiteral("password"), kPassword);
        console.setRequest(request, QStringLiteral("client1"));

        // What the console shows and copies: the request as the connection will send it.
        const protocol::Request sent = console.sentRequest();
        QCOMPARE(sent.value(QStringLiteral("su")), QStringLiteral("client1"));
        QCOMPARE(sent.value(QStringLiteral("lang")), QStringLiteral("en"));
        const Fields expected = gui::ConsoleText::formFields(gui::ConsoleText::masked(sent).toFormBody());
        QCOMPARE(
            expected.at(0), (protocol::Request::Param { QStringLiteral("func"), QStringLiteral("whoami") }));
        QCOMPARE(expected.at(1), (protocol::Request::Param { QStringLiteral("out"), QStringLiteral("xml") }));
        QVERIFY(expected.contains({ QStringLiteral("note"), kSpecial }));
        QVERIFY(expected.contains({ QStringLiteral("password"), gui::ConsoleText::mask() }));

        // Sent: the connection's log shows exactly sentRequest() plus the session, masked.
        QSignalSpy done(&console, &gui::RequestConsole::finished);
        const qint64 logFrom = QFileInfo(m_server.logFile()).size();
        console.send();
        QVERIFY(done.wait(30000));
        QCOMPARE(console.lastResult()->status, net::ApiResult::Status::Ok);
        const net::RequestLogEntry entry = c.requestLog()->entries().constLast();
        QString logged = entry.parameters;
        QVERIFY2(logged.contains(QLatin1String("&auth=*****")), qPrintable(logged));
        logged.remove(QStringLiteral("&auth=*****"));
        QCOMPARE(logged, sent.toDisplayString());
        QVERIFY(!entry.parameters.contains(kPassword));
        QVERIFY(!entry.parameters.contains(c.sessionId()));

        // The server decoded the same fields in the same order (it masks with a single *).
        QFile serverLog(m_server.logFile());
        QVERIFY(serverLog.open(QIODevice::ReadOnly) && serverLog.seek(logFrom));
        const QString lines = QString::fromUtf8(serverLog.readAll());
        const int at = lines.indexOf(QLatin1String("'func=whoami&"));
        QVERIFY2(at >= 0, qPrintable(lines));
        const QString query = lines.mid(at + 1, lines.indexOf(QLatin1Char('\''), at + 1) - at - 1);
        Fields received = gui::ConsoleText::formFields(query.toUtf8());
        for (protocol::Request::Param &p : received) {
            if (p.second == QLatin1String("*"))
                p.second = gui::ConsoleText::mask();
        }
        QCOMPARE(without(received, { QStringLiteral("auth") }), expected);

        // Copy as curl: the encoder's fields in its order, then the authinfo placeholder.
        const QStringList curl = shellWords(console.curlText());
        QCOMPARE(curl.mid(0, 3),
            (QStringList { QStringLiteral("curl"), QStringLiteral("-sS"), m_server.baseUrl().toString() }));
        QStringList curlData;
        for (int i = 3; i + 1 < curl.size(); i += 2) {
            QCOMPARE(curl.at(i), QStringLiteral("--data-urlencode"));
            curlData.append(curl.at(i + 1));
        }
        const Fields withAuthinfo
            = expected + Fields { { QStringLiteral("authinfo"), QStringLiteral("admin:*****") } };
        QCOMPARE(nameValues(curlData), withAuthinfo);

        // Copy as URL: the same fields, decoded from its query.
        const QUrl url(console.urlText());
        QCOMPARE(url.adjusted(QUrl::RemoveQuery), m_server.baseUrl());
        QCOMPARE(gui::ConsoleText::formFields(url.query(QUrl::FullyEncoded).toUtf8()), expected);

        // Copy as mgrctl (run on the server: no lang, no out) and as mgrdesk-cli (read back by the CLI).
        const Fields parameters = without(expected,
            { QStringLiteral("func"), QStringLiteral("out"), QStringLiteral("lang"), QStringLiteral("su") });
        const QStringList mgrctl = shellWords(console.mgrctlText());
        QCOMPARE(mgrctl.mid(0, 4),
            (QStringList { QStringLiteral("mgrctl"), QStringLiteral("-m"), QStringLiteral("billmgr"),
                QStringLiteral("whoami") }));
        const Fields withSu = parameters + Fields { { QStringLiteral("su"), QStringLiteral("client1") } };
        QCOMPARE(nameValues(mgrctl.mid(4)), withSu);

        const QStringList cli = shellWords(console.cliText());
        QCOMPARE(cli.mid(0, 2), (QStringList { QStringLiteral("mgrdesk-cli"), QStringLiteral("call") }));
        QString error;
        const std::optional<cli::CallOptions> options = cli::CallOptions::parse(cli.mid(2), &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->url, m_server.baseUrl().toString());
        QCOMPARE(options->user, QStringLiteral("admin"));
        QCOMPARE(options->su, QStringLiteral("client1"));
        QCOMPARE(options->request.function(), QStringLiteral("whoami"));
        QCOMPARE(options->request.params(), parameters);
        // The CLI would send it as the console did: the same user request from the same connection rules.
        net::JobOptions cliJob;
        cliJob.su = options->su;
        QCOMPARE(gui::ConsoleText::masked(c.userRequest(options->request, cliJob)).toFormBody(),
            gui::ConsoleText::masked(sent).toFormBody());

        // Nothing anywhere holds the password or the session id.
        for (const QString &text :
            { console.curlText(), console.urlText(), console.mgrctlText(), console.cliText(), logged }) {
            QVERIFY2(!text.contains(kPassword), qPrintable(text));
            QVERIFY2(!text.contains(c.sessionId()), qPrintable(text));
        }
    }

private:
    test::DemoServer m_server;
};

QTEST_MAIN(TestWireRequest)
#include "tst_wirerequest.moc"
