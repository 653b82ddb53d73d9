// LinkImporter on the API guide's own examples (docs/protocol.md §3, §8.9), on hostile input, and on a line
// the demo server really wrote to its billmgr.log.
#include "core/links/linkimporter.h"
#include "democlient.h"
#include "demoserver.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace mgrdesk;
using links::ImportedLink;
using links::LinkImporter;

namespace {
QString param(const ImportedLink &l, const QString &name)
{
    return l.request.has(name) ? l.request.value(name) : QStringLiteral("<absent>");
}
accounts::Account account(const QString &name, const QString &url, const QString &user)
{
    accounts::Account a = accounts::Account::create();
    a.name = name;
    a.baseUrl = accounts::Account::normaliseUrl(url).url;
    a.username = user;
    return a;
}
QStringList names(const QList<accounts::Account> &list)
{
    QStringList out;
    for (const auto &a : list)
        out.append(a.name);
    return out;
}
} // namespace

class TestLinkImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void guideWebUrl()
    {
        const ImportedLink l = LinkImporter::parse(
            QStringLiteral("https://billing.example.com:1500/"
                           "billmgr?func=payment.edit&elid=1256&elname=pfx%2F1256&plid=334"));
        QVERIFY2(l.ok(), qPrintable(l.error));
        QCOMPARE(l.source, ImportedLink::Source::WebUrl);
        QCOMPARE(l.server, QUrl(QStringLiteral("https://billing.example.com:1500/billmgr")));
        QCOMPARE(l.request.function(), QStringLiteral("payment.edit"));
        QCOMPARE(l.request.toFormBody(QString()),
            QByteArrayLiteral("func=payment.edit&elid=1256&elname=pfx%2F1256&plid=334"));
        QCOMPARE(param(l, QStringLiteral("elname")), QStringLiteral("pfx/1256"));
        QVERIFY(l.askFor.isEmpty());
        QVERIFY(l.warnings.isEmpty());
    }

    void startform()
    {
        ImportedLink l
            = LinkImporter::parse(QStringLiteral("https://host:1500/billmgr?startform=ticket.edit&elid=42"));
        QVERIFY2(l.ok(), qPrintable(l.error));
        QCOMPARE(l.request.function(), QStringLiteral("ticket.edit"));
        QCOMPARE(param(l, QStringLiteral("elid")), QStringLiteral("42"));
        QVERIFY(!l.request.has(QStringLiteral("startform")));
        // The web interface's desktop with a start form: the form is what opens.
        l = LinkImporter::parse(
            QStringLiteral("https://host:1500/billmgr?func=desktop&startform=ticket.edit&elid=42#x"));
        QCOMPARE(l.request.function(), QStringLiteral("ticket.edit"));
        l = LinkImporter::parse(QStringLiteral("https://host:1500/billmgr?startpage=payment"));
        QCOMPARE(l.request.function(), QStringLiteral("payment"));
        l = LinkImporter::parse(QStringLiteral("https://host:1500/billmgr?func=user&startform=ticket.edit"));
        QCOMPARE(l.request.function(), QStringLiteral("user"));
        QCOMPARE(l.warnings.size(), 1);
    }

    void guideLogLine()
    {
        // The guide's log line (docs/protocol.md §3), completed with domain.edit's ip/ns/owner and the UI's
        // noise.
        const ImportedLink l = LinkImporter::parse(
            QStringLiteral("Feb  6 08:08:07 [2346:23826] core_module INFO Request [188.120.252.33][root] "
                           "'clicked_button=ok&func=domain.edit&elid=&ip=188.120.252.40&name=example.com&ns="
                           "ns1.example.com%20ns2.example.com"
                           "&owner=admin&sfrom=ajax&sok=ok&operafake=1391662087211&zoom-ns=&progressid=false&"
                           "out=xml&password=*'"));
        QVERIFY2(l.ok(), qPrintable(l.error));
        QCOMPARE(l.source, ImportedLink::Source::LogLine);
        QVERIFY(l.server.isEmpty());
        QCOMPARE(l.logTime, QStringLiteral("Feb  6 08:08:07"));
        QCOMPARE(l.logAddress, QStringLiteral("188.120.252.33"));
        QCOMPARE(l.logUser, QStringLiteral("root"));
        QCOMPARE(l.request.function(), QStringLiteral("domain.edit"));
        QStringList kept;
        for (const auto &p : l.request.params())
            kept.append(p.first);
        QCOMPARE(kept,
            QStringList({ QStringLiteral("clicked_button"), QStringLiteral("ip"), QStringLiteral("name"),
                QStringLiteral("ns"), QStringLiteral("owner"), QStringLiteral("sok"),
                QStringLiteral("password") }));
        QCOMPARE(param(l, QStringLiteral("ns")), QStringLiteral("ns1.example.com ns2.example.com"));
        QCOMPARE(l.askFor, QStringList { QStringLiteral("password") });
        QVERIFY(l.needsInput());
        for (const char *d : { "sfrom", "operafake", "progressid", "out" })
            QVERIFY2(l.dropped.contains(QLatin1String(d)), d);
    }

    void logLineQuotesInValue()
    {
        const ImportedLink l = LinkImporter::parse(
            QStringLiteral("Nov 26 15:51:26 [1:1] core_module INFO Request [10.0.0.1][admin] "
                           "'func=user.edit&realname=O'Brien&sok=ok'"));
        QVERIFY2(l.ok(), qPrintable(l.error));
        QCOMPARE(param(l, QStringLiteral("realname")), QStringLiteral("O'Brien"));
    }

    void queryAndSchemeLinks()
    {
        ImportedLink l = LinkImporter::parse(QStringLiteral("func=user&elid=5&su=client1&out=xml"));
        QVERIFY2(l.ok(), qPrintable(l.error));
        QCOMPARE(l.source, ImportedLink::Source::Query);
        QCOMPARE(l.su, QStringLiteral("client1"));
        QVERIFY(!l.request.has(QStringLiteral("su")));
        QCOMPARE(l.request.toDisplayString(), QStringLiteral("func=user&elid=5"));

        const QString web
            = QStringLiteral("https://h.example:1500/billmgr?func=payment.edit&elid=1256&elname=pfx%2F1256");
        l = LinkImporter::parse(QStringLiteral("mgrdesk:") + web);
        QVERIFY2(l.ok(), qPrintable(l.error));
        QCOMPARE(param(l, QStringLiteral("elname")), QStringLiteral("pfx/1256"));
        l = LinkImporter::parse(
            QStringLiteral("mgrdesk://open?url=") + QString::fromLatin1(QUrl::toPercentEncoding(web)));
        QVERIFY2(l.ok(), qPrintable(l.error));
        QCOMPARE(l.server, QUrl(QStringLiteral("https://h.example:1500/billmgr")));
        QCOMPARE(param(l, QStringLiteral("elname")), QStringLiteral("pfx/1256"));
        QVERIFY(LinkImporter::isSchemeLink(QStringLiteral("  MGRDESK:https://x")));
    }

    void secretsAreDropped()
    {
        const ImportedLink l = LinkImporter::parse(
            QStringLiteral("https://admin:hunter2@host:1500/"
                           "billmgr?func=user&auth=abcdef0123&authinfo=admin:hunter2&billmgrses5=ff"));
        QVERIFY2(l.ok(), qPrintable(l.error));
        QCOMPARE(l.request.toDisplayString(), QStringLiteral("func=user"));
        QVERIFY(!l.server.toString().contains(QLatin1String("hunter2")));
        QVERIFY(l.server.userInfo().isEmpty());
        QCOMPARE(l.warnings.size(), 2);
        for (const QString &w : l.warnings)
            QVERIFY(!w.contains(QLatin1String("hunter2")));
    }

    void hostile_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   \t ");
        QTest::newRow("huge") << (QStringLiteral("func=user&x=") + QString(70 * 1024, QLatin1Char('a')));
        QTest::newRow("two lines") << QStringLiteral("func=user\nfunc=user.delete&elid=1");
        QTest::newRow("nul") << QStringLiteral("func=user&x=a") + QChar(0) + QStringLiteral("b");
        QTest::newRow("escape") << QStringLiteral("func=user&name=\x1b[31mred");
        QTest::newRow("encoded nul") << QStringLiteral("func=user&name=a%00b");
        QTest::newRow("encoded newline") << QStringLiteral("func=user&name=a%0Ab");
        QTest::newRow("bad utf8") << QStringLiteral("func=user&name=%C3");
        QTest::newRow("overlong utf8") << QStringLiteral("func=user&name=%C0%AF");
        QTest::newRow("two functions") << QStringLiteral("func=user&func=user.delete&elid=1");
        QTest::newRow("function smuggling") << QStringLiteral("func=user%26func%3Duser.delete");
        QTest::newRow("path function") << QStringLiteral("func=../../etc/passwd");
        QTest::newRow("no function") << QStringLiteral("https://host:1500/billmgr?elid=5");
        QTest::newRow("no query") << QStringLiteral("https://host:1500/billmgr");
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)//func=user");
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd?func=user");
        QTest::newRow("ftp") << QStringLiteral("ftp://host/billmgr?func=user");
        QTest::newRow("no host") << QStringLiteral("https:///billmgr?func=user");
        QTest::newRow("scheme unknown action")
            << QStringLiteral("mgrdesk://delete?url=https%3A%2F%2Fh%2Fb%3Ffunc%3Duser");
        QTest::newRow("scheme nested")
            << QStringLiteral("mgrdesk://open?url=mgrdesk%3Ahttps%3A%2F%2Fh%2Fb%3Ffunc%3Duser");
        QTest::newRow("scheme javascript") << QStringLiteral("mgrdesk:javascript:alert(1)");
        QTest::newRow("scheme empty") << QStringLiteral("mgrdesk://open");
        QTest::newRow("log no quote")
            << QStringLiteral("Feb  6 08:08:07 [1:2] core_module INFO Request [1.2.3.4][root] func=user");
        QTest::newRow("log cut off") << QStringLiteral(
            "Feb  6 08:08:07 [1:2] core_module INFO Request [1.2.3.4][root] 'func=user&elid=");
        QTest::newRow("log empty query")
            << QStringLiteral("Feb  6 08:08:07 [1:2] core_module INFO Request [1.2.3.4][root] ''");
        QTest::newRow("prose") << QStringLiteral("please open the payments list");
        QTest::newRow("html") << QStringLiteral("<a href=\"https://h/b?func=user\">x</a>");
    }
    void hostile()
    {
        QFETCH(QString, text);
        const ImportedLink l = LinkImporter::parse(text);
        QVERIFY2(!l.ok(), qPrintable(l.request.toDisplayString()));
        QVERIFY(!l.error.isEmpty());
        QVERIFY2(l.error.size() < 300, qPrintable(l.error)); // one sentence, never the whole input echoed
        QVERIFY(!l.error.contains(QChar(0)));
    }

    void lenientButSafe()
    {
        // A '%' without two hex digits is kept literally, as browsers do; '+' is a space.
        const ImportedLink l = LinkImporter::parse(QStringLiteral("func=user&name=100%&q=a+b&r=%zz"));
        QVERIFY2(l.ok(), qPrintable(l.error));
        QCOMPARE(param(l, QStringLiteral("name")), QStringLiteral("100%"));
        QCOMPARE(param(l, QStringLiteral("q")), QStringLiteral("a b"));
        QCOMPARE(param(l, QStringLiteral("r")), QStringLiteral("%zz"));
        // A "*" in a URL is a real value (only the log hides values).
        const ImportedLink u = LinkImporter::parse(QStringLiteral("https://h:1500/billmgr?func=user&name=*"));
        QVERIFY(u.askFor.isEmpty());
        QCOMPARE(param(u, QStringLiteral("name")), QStringLiteral("*"));
    }

    void accountMatching()
    {
        const QList<accounts::Account> all {
            account(QStringLiteral("A"), QStringLiteral("https://billing.example.com:1500/billmgr"),
                QStringLiteral("admin")),
            account(QStringLiteral("B"), QStringLiteral("https://billing.example.com:1500/manager"),
                QStringLiteral("admin")),
            account(QStringLiteral("C"), QStringLiteral("billing.example.com"), QStringLiteral("support")),
            account(QStringLiteral("D"), QStringLiteral("https://my.example.com/billmgr"),
                QStringLiteral("admin")),
        };
        const auto match = [&all](const QString &text) {
            const ImportedLink l = LinkImporter::parse(text);
            return names(LinkImporter::matchingAccounts(l.server, all));
        };
        QCOMPARE(match(QStringLiteral("https://BILLING.example.com:1500/billmgr/?func=user")),
            QStringList({ QStringLiteral("A"), QStringLiteral("C") }));
        QCOMPARE(match(QStringLiteral("https://billing.example.com:1500/manager?func=user")),
            QStringList { QStringLiteral("B") });
        QCOMPARE(match(QStringLiteral("https://my.example.com:443/billmgr?func=user")),
            QStringList { QStringLiteral("D") });
        QCOMPARE(match(QStringLiteral("https://my.example.com/billmgr?func=user")),
            QStringList { QStringLiteral("D") });
        QVERIFY(match(QStringLiteral("https://billing.example.com/billmgr?func=user")).isEmpty());
        QVERIFY(
            match(QStringLiteral("https://billing.example.com.evil.test:1500/billmgr?func=user")).isEmpty());
        QVERIFY(match(QStringLiteral("Feb  6 08:08:07 [1:2] x INFO Request [1.2.3.4][root] 'func=user'"))
                    .isEmpty());
    }

    void demoServerLogLine()
    {
        // A line the simulator wrote in BILLmanager's format, for a request with a password in it.
        test::DemoServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QNetworkAccessManager nam;
        QNetworkRequest nr(server.baseUrl());
        nr.setSslConfiguration(server.sslConfiguration());
        nr.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = nam.post(nr,
            QByteArrayLiteral("func=user.edit&out=xml&authinfo=admin:demo&name=linktest&realname=Link%20Test&"
                              "passwd=s3cret&confirm=s3cret&sfrom=ajax&sok=ok"));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(20000));
        reply->deleteLater();
        QVERIFY2(reply->readAll().contains("<ok"), "user.edit was not accepted");
        const auto readLog = [&server] {
            QFile log(server.logFile());
            return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
        };
        QTRY_VERIFY_WITH_TIMEOUT(readLog().contains("func=user.edit"), 10000);
        QString line;
        for (const QByteArray &l : readLog().split('\n')) {
            if (l.contains("func=user.edit"))
                line = QString::fromUtf8(l);
        }
        QVERIFY(!line.contains(QLatin1String("s3cret")));
        const ImportedLink l = LinkImporter::parse(line);
        QVERIFY2(l.ok(), qPrintable(l.error + QLatin1Char(' ') + line));
        QCOMPARE(l.request.function(), QStringLiteral("user.edit"));
        QCOMPARE(param(l, QStringLiteral("name")), QStringLiteral("linktest"));
        QCOMPARE(param(l, QStringLiteral("realname")), QStringLiteral("Link Test"));
        QVERIFY(l.askFor.contains(QStringLiteral("passwd")));
        QVERIFY(!l.request.has(QStringLiteral("sfrom")));
        QVERIFY(!l.request.has(QStringLiteral("authinfo")));
        QCOMPARE(l.logAddress, QStringLiteral("127.0.0.1"));
        QVERIFY(!l.logUser.isEmpty());
    }
};

QTEST_MAIN(TestLinkImporter)
#include "tst_linkimporter.moc"
