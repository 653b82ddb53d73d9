// The menu is fetched only by navigation::MenuStore: however many consumers ask (the navigation tree, the
// request console's completion, the notification poller, Ctrl+K), one func=desktop per account is on the
// wire, counted where it arrives: the demo server's request log. reload() fetches again, keeps the known
// menu until the new one arrives, and a failure reaches every consumer (menuFailed, the tree's message).
// Against the real demo server over HTTPS, offscreen.
#include "console/requestconsole.h"
#include "console/requesteditor.h"
#include "core/accounts/accountstore.h"
#include "core/accounts/credentialstore.h"
#include "core/navigation/menustore.h"
#include "core/net/apijob.h"
#include "core/net/connection.h"
#include "democlient.h"
#include "demoserver.h"
#include "mainwindow/mainwindow.h"
#include "navigation/navigationtree.h"
#include "preferences/preferencekeys.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QFocusEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mgrdesk;

class TestMenuStore : public QObject
{
    Q_OBJECT

    // func=desktop requests the server logged after byte `from` of its log.
    int desktopRequestsSince(qint64 from) const
    {
        QFile f(m_server.logFile());
        if (!f.open(QIODevice::ReadOnly) || !f.seek(from))
            return -1;
        static const QRegularExpression desktop(QStringLiteral("'func=desktop[&']"));
        return int(QString::fromUtf8(f.readAll()).count(desktop));
    }
    qint64 logSize() const { return QFileInfo(m_server.logFile()).size(); }

    // Every job the connection sent has finished, so the server has logged all of them; then a whoami
    // round trip on top.
    static bool settled(net::Connection *c)
    {
        net::ApiJob *job = c->send(protocol::Request(QStringLiteral("whoami")));
        QSignalSpy done(job, &net::ApiJob::finished);
        return done.wait(30000) && QTest::qWaitFor([c] { return c->pendingJobCount() == 0; }, 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void storeSendsOneRequestPerAccount()
    {
        net::Connection c(test::demoConnectionSettings(m_server, QStringLiteral("admin")));
        c.setPassword(test::demoPassword);
        QVERIFY(settled(&c)); // logged in
        const qint64 from = logSize();
        navigation::MenuStore store;
        QSignalSpy loaded(&store, &navigation::MenuStore::menuLoaded);
        const QString key = navigation::MenuStore::keyFor(&c);
        QCOMPARE(key, QStringLiteral("acct-admin"));

        // Three consumers ask at once: one request.
        store.load(key, &c);
        store.load(key, &c);
        store.reload(key, &c);
        QVERIFY(store.isLoading(key));
        QVERIFY(loaded.wait(30000));
        QVERIFY(settled(&c));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(store.requestsSent(), 1);
        QCOMPARE(desktopRequestsSince(from), 1);
        QVERIFY(store.functions(key).contains(QStringLiteral("payment")));
        QVERIFY(!store.menu(key).nodes.isEmpty());

        // Known: load() sends nothing; reload() fetches again.
        store.load(key, &c);
        QVERIFY(!store.isLoading(key));
        store.reload(key, &c);
        QVERIFY(store.isLoading(key));
        QVERIFY(store.hasMenu(key)); // the known menu stays until the new one arrives
        QVERIFY(loaded.wait(30000));
        QVERIFY(settled(&c));
        QCOMPARE(store.requestsSent(), 2);
        QCOMPARE(desktopRequestsSince(from), 2);

        // A failure reaches the listeners; the known menu stays.
        QVERIFY(m_server.addFault(QStringLiteral("desktop=http500@1")));
        QSignalSpy failed(&store, &navigation::MenuStore::menuFailed);
        store.reload(key, &c);
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().at(0).toString(), key);
        QVERIFY(!failed.first().at(1).toString().isEmpty());
        QVERIFY(store.hasMenu(key));
        QVERIFY(m_server.clearFaults());
    }

    // The main window: the navigation tree and a request console of the same account are served by one
    // func=desktop; the tree's reload fetches again and the console's completion follows.
    void treeAndConsoleShareOneFetch()
    {
        accounts::AccountStore store(m_dir.filePath(QStringLiteral("accounts.ini")));
        store.appSettings()->set(settings::keys::openStartPage, false);
        accounts::CredentialStore creds;
        const accounts::Account admin = test::addDemoAccount(
            &store, &creds, m_server, QStringLiteral("Admin"), QStringLiteral("admin"));
        const qint64 from = logSize();
        gui::MainWindow window(&store, &creds);
        window.show();
        gui::NavigationTree *nav = window.navigationTree();
        QCOMPARE(nav->menuStore(), window.menuStore());
        QTRY_VERIFY_WITH_TIMEOUT(nav->findAction(QStringLiteral("payment")), 30000);

        gui::RequestConsole *console = window.showRequestConsole();
        QVERIFY(console);
        QCOMPARE(console->menuStore(), window.menuStore());
        // The console asks for the menu when its function field gets the focus: the store has it.
        QFocusEvent focusIn(QEvent::FocusIn, Qt::OtherFocusReason);
        QApplication::sendEvent(console->editor()->functionEdit(), &focusIn);
        QVERIFY(console->editor()->knownFunctions().contains(QStringLiteral("payment")));
        QVERIFY(settled(window.currentConnection()));
        QCOMPARE(desktopRequestsSince(from), 1);
        QCOMPARE(window.menuStore()->requestsSent(), 1);

        // Reload from the tree: one more request, both consumers see the new menu.
        QSignalSpy treeLoaded(nav, &gui::NavigationTree::loaded);
        QSignalSpy storeChanged(window.menuStore(), &navigation::MenuStore::menuChanged);
        nav->reload();
        QVERIFY(treeLoaded.wait(30000));
        QVERIFY(settled(window.currentConnection()));
        QCOMPARE(desktopRequestsSince(from), 2);
        QVERIFY(storeChanged.count() >= 1);
        QCOMPARE(storeChanged.first().at(0).toString(), admin.id);
        QVERIFY(nav->findAction(QStringLiteral("payment")));

        // A failed reload: the tree says so and keeps its entries.
        QVERIFY(m_server.addFault(QStringLiteral("desktop=http500@1")));
        QSignalSpy failed(nav, &gui::NavigationTree::loadFailed);
        nav->reload();
        QVERIFY(failed.wait(30000));
        auto *message = nav->findChild<QLabel *>(QStringLiteral("navigationMessage"));
        QVERIFY(message && message->isVisibleTo(nav));
        QVERIFY2(message->text().contains(failed.first().at(0).toString()), qPrintable(message->text()));
        QVERIFY(nav->findAction(QStringLiteral("payment")));
        QVERIFY(m_server.clearFaults());
    }

private:
    QTemporaryDir m_dir;
    test::DemoServer m_server;
};

QTEST_MAIN(TestMenuStore)
#include "tst_menustore.moc"
