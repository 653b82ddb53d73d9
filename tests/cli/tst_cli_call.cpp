// mgrdesk-cli call against the demo server over HTTPS: every format, every exit status, --all against a raw
// fetch, --output, --su, passwords from stdin and the environment (never in the arguments), saved accounts
// with their pinned certificate and keychain password.
#include "clirunner.h"
#include "credentialwait.h"
#include "democlient.h"
#include "demoserver.h"
#include "testtotp.h"

#include "core/accounts/accountstore.h"
#include "core/accounts/credentialstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace mgrdesk;
using test::runCli;
using test::waitFor;

namespace {
QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error {};
        const QJsonDocument d = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !d.isObject())
            return {};
        objects.append(d.object());
    }
    return objects;
}
} // namespace

class TestCliCall : public QObject
{
    Q_OBJECT

    test::DemoServer m_server;
    QTemporaryDir m_dir;
    QString m_cert, m_settings, m_url;
    accounts::Account m_pinned, m_unpinned;
    accounts::CredentialStore m_keychain;

    QStringList adhoc(const QStringList &more) const
    {
        return QStringList { QStringLiteral("call"), QStringLiteral("--url"), m_url, QStringLiteral("--user"),
            QStringLiteral("admin"), QStringLiteral("--cacert"), m_cert }
        + more;
    }
    QStringList viaAccount(const QString &name, const QStringList &more) const
    {
        return QStringList { QStringLiteral("call"), QStringLiteral("--settings"), m_settings,
            QStringLiteral("--account"), name }
        + more;
    }
    static QStringList env() { return { QStringLiteral("MGRDESK_PASSWORD=demo") }; }
    // call --url … --user admin --cacert … MORE, with the password in MGRDESK_PASSWORD.
    test::CliResult callAdhoc(const QStringList &more, const QByteArray &input = {}) const
    {
        return runCli(adhoc(more), env(), input);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(m_dir.isValid());
        m_url = m_server.baseUrl().toString();
        m_cert = m_dir.filePath(QStringLiteral("server.pem"));
        QVERIFY(test::writeFile(m_cert, m_server.certificatePem()));
        m_settings = m_dir.filePath(QStringLiteral("mgrdesk.ini"));
        accounts::AccountStore store(m_settings);
        m_pinned = accounts::Account::create();
        m_pinned.name = QStringLiteral("Demo");
        m_pinned.baseUrl = m_server.baseUrl();
        m_pinned.username = QStringLiteral("admin");
        m_pinned.pinnedCertificatePem = m_server.certificatePem();
        QVERIFY(store.add(m_pinned));
        m_unpinned = m_pinned;
        m_unpinned.id = accounts::Account::create().id;
        m_unpinned.name = QStringLiteral("Unpinned");
        m_unpinned.pinnedCertificatePem.clear();
        QVERIFY(store.add(m_unpinned));
        accounts::CredentialResult r;
        for (const auto &a : { m_pinned, m_unpinned }) {
            QVERIFY(waitFor(m_keychain.writePassword(a.credentialKey(), test::demoPassword), &r));
            QVERIFY2(r.ok(), qPrintable(r.message));
        }
    }
    void cleanupTestCase()
    {
        accounts::CredentialResult r;
        for (const auto &a : { m_pinned, m_unpinned })
            waitFor(m_keychain.removePassword(a.credentialKey()), &r);
    }

    void jsonFormat()
    {
        const auto r = callAdhoc({ QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral("payment"), QStringLiteral("p_cnt=5") });
        QCOMPARE_EXIT(r, 0);
        const QList<QJsonObject> objects = jsonLines(r.out);
        QCOMPARE(objects.size(), 1);
        QCOMPARE(objects.first().value(QLatin1String("kind")).toString(), QStringLiteral("table"));
        QCOMPARE(objects.first().value(QLatin1String("rows")).toArray().size(), 5);
        QCOMPARE(objects.first().value(QLatin1String("pageSize")).toInt(), 5);
        QVERIFY(objects.first().value(QLatin1String("total")).toInt() >= 1000);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        // Not a terminal and no --output: JSON is the default.
        const auto d = callAdhoc({ QStringLiteral("whoami") });
        QCOMPARE_EXIT(d, 0);
        QCOMPARE(jsonLines(d.out).value(0).value(QLatin1String("kind")).toString(), QStringLiteral("form"));
    }

    void textFormat()
    {
        const auto r
            = callAdhoc({ QStringLiteral("--format"), QStringLiteral("text"), QStringLiteral("--lang"),
                QStringLiteral("en"), QStringLiteral("payment"), QStringLiteral("p_cnt=3") });
        QCOMPARE_EXIT(r, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4); // titles + 3 rows
        QVERIFY2(lines.first().startsWith("Number"), lines.first().constData()); // the server's column title
        QVERIFY(lines.first().contains("Status"));
        // Aligned: every column starts at the same offset in each line.
        const int statusAt = int(lines.first().indexOf("Status"));
        for (const QByteArray &line : lines.mid(1))
            QVERIFY(line.size() > statusAt && line.at(statusAt - 1) == ' ');
        const auto form = callAdhoc({ QStringLiteral("--format"), QStringLiteral("text"),
            QStringLiteral("user.edit"), QStringLiteral("elid=3") });
        QCOMPARE_EXIT(form, 0);
        QVERIFY2(form.out.contains("\nname: client1-sub\n"), form.out.constData());
        const auto ok
            = callAdhoc({ QStringLiteral("--format"), QStringLiteral("text"), QStringLiteral("keepalive") });
        QCOMPARE_EXIT(ok, 0);
        QCOMPARE(ok.out, QByteArray("ok\n"));
    }

    void csvFormat()
    {
        const auto r = callAdhoc({ QStringLiteral("--format"), QStringLiteral("csv"),
            QStringLiteral("payment"), QStringLiteral("p_cnt=4") });
        QCOMPARE_EXIT(r, 0);
        const QList<QByteArray> lines = r.out.split('\n');
        QCOMPARE(lines.size(), 6); // header, 4 rows, the empty rest after the last CRLF
        QVERIFY(lines.first().startsWith("number,")); // column names, not titles
        for (const QByteArray &line : lines.mid(0, 5))
            QVERIFY2(line.endsWith('\r'), "RFC 4180 lines end with CRLF");
    }

    void exitWrongPassword()
    {
        const auto r
            = runCli(adhoc({ QStringLiteral("whoami") }), { QStringLiteral("MGRDESK_PASSWORD=wrong") });
        QCOMPARE_EXIT(r, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("Invalid username or password"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1); // one line
    }

    void exitUnknownFunction()
    {
        const auto r = callAdhoc(
            { QStringLiteral("--format"), QStringLiteral("text"), QStringLiteral("nosuch.func") });
        QCOMPARE_EXIT(r, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("nosuch.func"), r.err.constData());
        // With --format json the error object also goes to stdout.
        const auto j = callAdhoc(
            { QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("nosuch.func") });
        QCOMPARE_EXIT(j, 1);
        QCOMPARE(
            jsonLines(j.out).value(0).value(QLatin1String("type")).toString(), QStringLiteral("unknown"));
    }

    void exitClosedPort()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const auto r
            = runCli({ QStringLiteral("call"), QStringLiteral("--url"),
                         QStringLiteral("https://127.0.0.1:%1/billmgr").arg(port), QStringLiteral("--user"),
                         QStringLiteral("admin"), QStringLiteral("whoami") },
                env());
        QCOMPARE_EXIT(r, 3);
        QVERIFY2(r.err.contains("refused"), r.err.constData());
    }

    void exitUnpinnedCertificate()
    {
        const QByteArray fingerprint
            = m_server.certificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper();
        const auto r
            = runCli({ QStringLiteral("call"), QStringLiteral("--url"), m_url, QStringLiteral("--user"),
                         QStringLiteral("admin"), QStringLiteral("whoami") },
                env());
        QCOMPARE_EXIT(r, 3);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(fingerprint), r.err.constData());
        // A saved account without a pinned certificate: the same refusal.
        const auto a = runCli(viaAccount(QStringLiteral("Unpinned"), { QStringLiteral("whoami") }));
        QCOMPARE_EXIT(a, 3);
        QVERIFY2(a.err.contains(fingerprint), a.err.constData());
        // Another certificate given as --cacert does not make it trusted.
        QTemporaryDir other;
        QString otherCert, otherKey;
        QVERIFY(
            test::DemoServer::makeCertificate(other.path(), QStringLiteral("other"), &otherCert, &otherKey));
        const auto c = runCli(
            { QStringLiteral("call"), QStringLiteral("--url"), m_url, QStringLiteral("--user"),
                QStringLiteral("admin"), QStringLiteral("--cacert"), otherCert, QStringLiteral("whoami") },
            env());
        QCOMPARE_EXIT(c, 3);
    }

    void exitNotApiReply_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("web page") << QStringLiteral("whoami=html");
        QTest::newRow("http 500") << QStringLiteral("whoami=http500");
    }
    void exitNotApiReply()
    {
        QFETCH(QString, fault);
        QVERIFY(m_server.addFault(fault));
        const auto r = callAdhoc({ QStringLiteral("whoami") });
        QVERIFY(m_server.clearFaults());
        QCOMPARE_EXIT(r, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
    }

    void exitUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no function") << QStringList { QStringLiteral("call"), QStringLiteral("--account"),
            QStringLiteral("Demo") };
        QTest::newRow("password option")
            << QStringList { QStringLiteral("call"), QStringLiteral("--account"), QStringLiteral("Demo"),
                   QStringLiteral("--password"), QStringLiteral("demo"), QStringLiteral("whoami") };
        QTest::newRow("unknown option")
            << QStringList { QStringLiteral("call"), QStringLiteral("--bogus"), QStringLiteral("whoami") };
        QTest::newRow("auth param") << QStringList { QStringLiteral("call"), QStringLiteral("--account"),
            QStringLiteral("Demo"), QStringLiteral("whoami"), QStringLiteral("authinfo=admin:demo") };
        QTest::newRow("func=auth") << QStringList { QStringLiteral("call"), QStringLiteral("--account"),
            QStringLiteral("Demo"), QStringLiteral("auth"), QStringLiteral("username=admin") };
        QTest::newRow("not name=value") << QStringList { QStringLiteral("call"), QStringLiteral("--account"),
            QStringLiteral("Demo"), QStringLiteral("user"), QStringLiteral("elid") };
        QTest::newRow("bad format") << QStringList { QStringLiteral("call"), QStringLiteral("--account"),
            QStringLiteral("Demo"), QStringLiteral("--format"), QStringLiteral("xml"),
            QStringLiteral("user") };
        QTest::newRow("account and url")
            << QStringList { QStringLiteral("call"), QStringLiteral("--account"), QStringLiteral("Demo"),
                   QStringLiteral("--url"), QStringLiteral("https://h"), QStringLiteral("user") };
        QTest::newRow("no account") << QStringList { QStringLiteral("call"), QStringLiteral("user") };
        QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") };
    }
    void exitUsage()
    {
        QFETCH(QStringList, args);
        const auto r = runCli(args, env());
        QCOMPARE_EXIT(r, 64);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("usage"));
        QVERIFY2(!r.err.contains("demo\n") || args.contains(QStringLiteral("--password")), r.err.constData());
    }

    void unknownAccountIsUsage()
    {
        const auto r = runCli(viaAccount(QStringLiteral("Nope"), { QStringLiteral("whoami") }));
        QCOMPARE_EXIT(r, 64);
        QVERIFY(r.err.contains("Nope"));
    }

    void allEqualsRawFetch()
    {
        // Raw: one POST for the whole list, decoded by mgrdesk-cli decode.
        QNetworkAccessManager nam;
        QNetworkRequest nr(m_server.baseUrl());
        nr.setSslConfiguration(m_server.sslConfiguration());
        nr.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = nam.post(
            nr, QByteArrayLiteral("func=payment&out=xml&p_num=1&p_cnt=100000&authinfo=admin:demo"));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(30000));
        const QString raw = m_dir.filePath(QStringLiteral("raw.xml"));
        QVERIFY(test::writeFile(raw, reply->readAll()));
        reply->deleteLater();
        const auto decoded = runCli({ QStringLiteral("decode"), raw });
        QCOMPARE_EXIT(decoded, 0);
        const QJsonArray rawRows = jsonLines(decoded.out).value(0).value(QLatin1String("rows")).toArray();
        QVERIFY(rawRows.size() >= 1000);

        const auto all = callAdhoc({ QStringLiteral("--all"), QStringLiteral("--format"),
            QStringLiteral("json"), QStringLiteral("payment"), QStringLiteral("p_cnt=97") });
        QCOMPARE_EXIT(all, 0);
        const QList<QJsonObject> pages = jsonLines(all.out);
        QCOMPARE(pages.size(), int((rawRows.size() + 96) / 97)); // one object per page, streamed
        QJsonArray rows;
        for (const QJsonObject &page : pages) {
            for (const QJsonValue &row : page.value(QLatin1String("rows")).toArray())
                rows.append(row);
        }
        QCOMPARE(rows.size(), rawRows.size());
        QCOMPARE(rows, rawRows);

        // CSV: the pages continue one table (one header) and equal the single big page.
        const auto csvAll = callAdhoc({ QStringLiteral("--all"), QStringLiteral("--format"),
            QStringLiteral("csv"), QStringLiteral("payment"), QStringLiteral("p_cnt=150") });
        const auto csvOne = callAdhoc({ QStringLiteral("--format"), QStringLiteral("csv"),
            QStringLiteral("payment"), QStringLiteral("p_cnt=100000") });
        QCOMPARE_EXIT(csvAll, 0);
        QCOMPARE_EXIT(csvOne, 0);
        QCOMPARE(csvAll.out.count('\n'), rawRows.size() + 1);
        QCOMPARE(csvAll.out, csvOne.out);
    }

    void outputFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("payments.csv"));
        const auto r = callAdhoc({ QStringLiteral("--output"), path, QStringLiteral("--all"),
            QStringLiteral("payment"), QStringLiteral("p_cnt=300") });
        QCOMPARE_EXIT(r, 0);
        QVERIFY(r.out.isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QVERIFY(csv.startsWith("number,")); // .csv → CSV without --format
        QVERIFY(csv.count('\n') > 1000);
        f.close();
        // A failed call leaves the file exactly as it was, and no temporary file behind.
        const auto bad = callAdhoc({ QStringLiteral("--output"), path, QStringLiteral("nosuch.func") });
        QCOMPARE_EXIT(bad, 1);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), csv);
        QCOMPARE(
            QDir(m_dir.path()).entryList({ QStringLiteral("payments.csv*") }, QDir::Files | QDir::Hidden),
            QStringList { QStringLiteral("payments.csv") });
        // A form into a .json file.
        const QString json = m_dir.filePath(QStringLiteral("user.json"));
        QCOMPARE_CLI(callAdhoc({ QStringLiteral("--output"), json, QStringLiteral("user.edit"),
                         QStringLiteral("elid=3") }),
            0);
        QFile j(json);
        QVERIFY(j.open(QIODevice::ReadOnly));
        QCOMPARE(
            jsonLines(j.readAll()).value(0).value(QLatin1String("kind")).toString(), QStringLiteral("form"));
    }

    void outputDocument()
    {
        // A PDF and a printed form are written as the server sent them (compared with the CLI's own JSON-free
        // fetch of the same document through a pipe), atomically into the file.
        const QString pdf = m_dir.filePath(QStringLiteral("DH-7.pdf"));
        const auto r = callAdhoc({ QStringLiteral("--output"), pdf, QStringLiteral("payment.print.pdf"),
            QStringLiteral("elid=7"), QStringLiteral("out=pdf_print") });
        QCOMPARE_EXIT(r, 0);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.contains("DH-000007"));
        const auto piped = callAdhoc({ QStringLiteral("payment.print.pdf"), QStringLiteral("elid=7"),
            QStringLiteral("out=pdf_print") });
        QCOMPARE_EXIT(piped, 0);
        QCOMPARE(piped.out, bytes);
        const auto html = callAdhoc(
            { QStringLiteral("payment.print"), QStringLiteral("elid=7"), QStringLiteral("out=doc_print") });
        QCOMPARE_EXIT(html, 0);
        QVERIFY(html.out.contains("<h1>Payment DH-000007</h1>"));
        // A missing document is the server's error, not a file.
        const auto missing = callAdhoc({ QStringLiteral("--output"), pdf, QStringLiteral("payment.print.pdf"),
            QStringLiteral("elid=99999999"), QStringLiteral("out=pdf_print") });
        QCOMPARE_EXIT(missing, 1);
        QVERIFY(f.seek(0));
        QCOMPARE(f.readAll(), bytes); // left as it was
    }

    void secondFactorOnStandardInput()
    {
        // admin2fa's login asks for a TOTP code: read from standard input (no terminal here), never an
        // option.
        QStringList args { QStringLiteral("call"), QStringLiteral("--url"), m_url, QStringLiteral("--user"),
            QStringLiteral("admin2fa"), QStringLiteral("--cacert"), m_cert, QStringLiteral("--format"),
            QStringLiteral("json"), QStringLiteral("payment"), QStringLiteral("p_cnt=1") };
        const auto ok = runCli(args, env(), test::totp::currentCode().toLatin1() + '\n');
        QCOMPARE_EXIT(ok, 0);
        QVERIFY(ok.out.contains("\"kind\":\"table\""));
        QVERIFY(ok.err.contains("second login step"));
        const QString wrong = test::totp::wrongCode();
        const auto bad = runCli(args, env(), wrong.toLatin1() + '\n');
        QCOMPARE_EXIT(bad, 1);
        QVERIFY(!bad.err.contains(wrong.toLatin1())); // the code is not echoed back
        const auto none = runCli(args, env(), QByteArray(""));
        QCOMPARE_EXIT(none, 1);
    }

    void su()
    {
        const auto r = callAdhoc({ QStringLiteral("--su"), QStringLiteral("client1"),
            QStringLiteral("--format"), QStringLiteral("text"), QStringLiteral("whoami") });
        QCOMPARE_EXIT(r, 0);
        QVERIFY2(r.out.contains("\nuser.name: client1\n"), r.out.constData()); // whoami's <user name=…>
        QVERIFY2(r.err.contains("client1"), "su is always visible");
        // A client may not act as another client: the server's refusal, exit 1.
        const auto refused
            = runCli({ QStringLiteral("call"), QStringLiteral("--url"), m_url, QStringLiteral("--user"),
                         QStringLiteral("client2"), QStringLiteral("--cacert"), m_cert,
                         QStringLiteral("--su"), QStringLiteral("client1"), QStringLiteral("whoami") },
                env());
        QCOMPARE_EXIT(refused, 1);
    }

    void passwordFromStdin()
    {
        const auto r
            = runCli(adhoc({ QStringLiteral("--format"), QStringLiteral("text"), QStringLiteral("whoami") }),
                {}, QByteArrayLiteral("demo\n"));
        QCOMPARE_EXIT(r, 0);
        QVERIFY2(r.out.contains("\nuser.name: admin\n"), r.out.constData());
        // Nothing on stdin and no MGRDESK_PASSWORD: a usage error, not a hang.
        const auto none = runCli(adhoc({ QStringLiteral("whoami") }), {}, QByteArray(""));
        QCOMPARE_EXIT(none, 64);
    }

    void passwordFromEnvironment()
    {
        const auto r = callAdhoc({ QStringLiteral("whoami") }, QByteArray(""));
        QCOMPARE_EXIT(r, 0);
    }

    void passwordNeverInArguments_data()
    {
        QTest::addColumn<bool>("viaStdin");
        QTest::newRow("stdin") << true;
        QTest::newRow("environment") << false;
    }
    void passwordNeverInArguments()
    {
        QFETCH(bool, viaStdin);
        // Slow the reply so the process can be looked at with ps while it runs.
        QVERIFY(m_server.addFault(QStringLiteral("whoami=latency:1500")));
        QProcess cli;
        cli.setProcessEnvironment(test::cliEnvironment(viaStdin ? QStringList() : env()));
        cli.start(QStringLiteral(MGRDESK_CLI), adhoc({ QStringLiteral("whoami") }));
        QVERIFY(cli.waitForStarted());
        if (viaStdin)
            cli.write("demo\n");
        cli.closeWriteChannel();
        QTest::qWait(500);
        QProcess ps;
        ps.start(QStringLiteral("ps"),
            { QStringLiteral("-ww"), QStringLiteral("-o"), QStringLiteral("args="), QStringLiteral("-p"),
                QString::number(cli.processId()) });
        QVERIFY(ps.waitForFinished());
        const QByteArray args = ps.readAllStandardOutput();
        QVERIFY2(args.contains("whoami"), args.constData()); // we saw the running process
        QVERIFY2(!args.contains(test::demoPassword.toUtf8()), args.constData());
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(cli.processId()));
        if (cmdline.open(QIODevice::ReadOnly))
            QVERIFY(!cmdline.readAll().split('\0').contains(test::demoPassword.toUtf8()));
        QVERIFY(cli.waitForFinished(30000));
        QVERIFY(m_server.clearFaults());
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    }

    void savedAccount()
    {
        // The pinned certificate and the keychain password of a saved account: no password, no --cacert
        // given.
        const auto r = runCli(viaAccount(QStringLiteral("Demo"),
            { QStringLiteral("--format"), QStringLiteral("text"), QStringLiteral("whoami") }));
        QCOMPARE_EXIT(r, 0);
        QVERIFY2(r.out.contains("\nuser.name: admin\n"), r.out.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData()); // no diagnostics of the core (keychain, net) on stderr
        // --url/--user of a saved account: its pinned certificate is used (the password still comes from
        // MGRDESK_PASSWORD or stdin), which is what the console's "Copy as mgrdesk-cli" relies on.
        const auto byUrl = runCli(
            { QStringLiteral("call"), QStringLiteral("--settings"), m_settings, QStringLiteral("--url"),
                m_url, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("whoami") },
            env());
        QCOMPARE_EXIT(byUrl, 0);
        // Names are matched case-insensitively when unique.
        QCOMPARE_CLI(runCli(viaAccount(QStringLiteral("demo"), { QStringLiteral("whoami") })), 0);
    }

    void sessionIdNeverPrinted()
    {
        // func=session lists the sessions, our own included: its id is masked in every format.
        // (The text format shows the server's columns, which do not include the id.)
        for (const QString &format : { QStringLiteral("json"), QStringLiteral("csv") }) {
            const auto r = runCli(viaAccount(
                QStringLiteral("Demo"), { QStringLiteral("--format"), format, QStringLiteral("session") }));
            QCOMPARE_EXIT(r, 0);
            QVERIFY2(r.out.contains("*****"), qPrintable(format + QString::fromUtf8(r.out.left(400))));
        }
    }

    void changeSentOnce()
    {
        // A change goes through the core's one-shot path: suspending client1-sub answers ok, and its status
        // shows it.
        const auto suspend = callAdhoc({ QStringLiteral("--format"), QStringLiteral("text"),
            QStringLiteral("user.suspend"), QStringLiteral("elid=3") });
        QCOMPARE_EXIT(suspend, 0);
        QCOMPARE(suspend.out, QByteArray("ok\n"));
        auto form = callAdhoc({ QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral("user.edit"), QStringLiteral("elid=3"), QStringLiteral("lang=en") });
        const auto status = [&form] {
            return jsonLines(form.out)
                .value(0)
                .value(QLatin1String("values"))
                .toObject()
                .value(QLatin1String("status"))
                .toString();
        };
        QCOMPARE(status(), QStringLiteral("Disabled"));
        QCOMPARE_CLI(callAdhoc({ QStringLiteral("user.resume"), QStringLiteral("elid=3") }), 0);
        form
            = callAdhoc({ QStringLiteral("user.edit"), QStringLiteral("elid=3"), QStringLiteral("lang=en") });
        QCOMPARE(status(), QStringLiteral("Enabled"));
    }
};

QTEST_MAIN(TestCliCall)
#include "tst_cli_call.moc"
