// CommandLineText (core) and its use in the request console: "Copy as mgrctl" and "Copy as mgrdesk-cli" give
// shell-safe commands with secrets masked; pasting a web URL with startform= or a log line goes through
// LinkImporter.
#include "console/requestconsole.h"
#include "core/links/commandlinetext.h"
#include "core/net/connection.h"

#include <QApplication>
#include <QClipboard>
#include <QPushButton>
#include <QTest>

using namespace mgrdesk;
using links::CommandLineText;

class TestCommandLineText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quoting()
    {
        QCOMPARE(CommandLineText::shellQuote(QStringLiteral("elid=5")), QStringLiteral("elid=5"));
        QCOMPARE(CommandLineText::shellQuote(QStringLiteral("name=O'Brien & Co")),
            QStringLiteral("'name=O'\\''Brien & Co'"));
        QCOMPARE(CommandLineText::shellQuote(QStringLiteral("$(rm -rf ~)")), QStringLiteral("'$(rm -rf ~)'"));
        QCOMPARE(CommandLineText::shellQuote(QString()), QStringLiteral("''"));
        QCOMPARE(CommandLineText::moduleFor(QUrl(QStringLiteral("https://h:1500/ispmgr"))),
            QStringLiteral("ispmgr"));
        QCOMPARE(CommandLineText::moduleFor(QUrl(QStringLiteral("https://my.example.com/manager"))),
            QStringLiteral("billmgr"));
    }

    void commands()
    {
        protocol::Request r(QStringLiteral("user.edit"));
        r.add(QStringLiteral("name"), QStringLiteral("bob smith"))
            .add(QStringLiteral("passwd"), QStringLiteral("hunter2"))
            .add(QStringLiteral("auth"), QStringLiteral("abcdef"))
            .add(QStringLiteral("out"), QStringLiteral("xml"))
            .add(QStringLiteral("sok"), QStringLiteral("ok"));
        const QUrl base(QStringLiteral("https://billing.example.com:1500/billmgr"));
        QCOMPARE(CommandLineText::mgrctl(r, base, QStringLiteral("client1")),
            QStringLiteral(
                "mgrctl -m billmgr user.edit 'name=bob smith' 'passwd=*****' out=xml sok=ok su=client1"));
        QCOMPARE(CommandLineText::mgrdeskCli(r, base, QStringLiteral("admin"), QStringLiteral("client1")),
            QStringLiteral(
                "mgrdesk-cli call --url https://billing.example.com:1500/billmgr --user admin --su client1 "
                "user.edit 'name=bob smith' 'passwd=*****' sok=ok"));
    }

    void consoleCopiesAndPastes()
    {
        net::ConnectionSettings s;
        s.baseUrl = QUrl(QStringLiteral("https://billing.example.com:1500/billmgr"));
        s.username = QStringLiteral("admin");
        net::Connection connection(s);
        gui::RequestConsole console(&connection);
        console.show();
        protocol::Request r(QStringLiteral("payment.edit"));
        r.add(QStringLiteral("elid"), QStringLiteral("1256"))
            .add(QStringLiteral("elname"), QStringLiteral("pfx/1256"));
        console.setRequest(r);
        QCOMPARE(
            console.mgrctlText(), QStringLiteral("mgrctl -m billmgr payment.edit elid=1256 elname=pfx/1256"));
        QCOMPARE(console.cliText(),
            QStringLiteral("mgrdesk-cli call --url https://billing.example.com:1500/billmgr "
                           "--user admin payment.edit elid=1256 elname=pfx/1256"));
        const auto buttons = console.findChildren<QPushButton *>();
        QPushButton *mgrctl = nullptr, *cli = nullptr;
        for (QPushButton *b : buttons) {
            if (b->text().contains(QLatin1String("mgrctl")))
                mgrctl = b;
            else if (b->text().contains(QLatin1String("mgrdesk-c")))
                cli = b;
        }
        QVERIFY(mgrctl && cli);
        QVERIFY(mgrctl->isEnabled());
        mgrctl->click();
        QCOMPARE(QApplication::clipboard()->text(), console.mgrctlText());
        cli->click();
        QCOMPARE(QApplication::clipboard()->text(), console.cliText());

        // Pasting a web-interface link with startform= (LinkImporter) fills the editor.
        QVERIFY(console.loadText(QStringLiteral(
            "https://billing.example.com:1500/billmgr?startform=ticket.edit&elid=42&sfrom=ajax")));
        QCOMPARE(console.request().function(), QStringLiteral("ticket.edit"));
        QCOMPARE(console.request().value(QStringLiteral("elid")), QStringLiteral("42"));
        QVERIFY(!console.request().has(QStringLiteral("sfrom")));
    }
};

QTEST_MAIN(TestCommandLineText)
#include "tst_commandlinetext.moc"
