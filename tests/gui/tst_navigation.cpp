// The main window's navigation: after login the server's menu (func=desktop) fills the tree; the search field
// filters it; activating the payments entry opens a list tab that loads rows; lists open forms in tabs that
// close on request; F5/close-tab work on the current tab; switching accounts shows the other user's menu.
// Offscreen, against the real demo server over HTTPS with its certificate pinned in the account.
#include "core/accounts/accountstore.h"
#include "core/accounts/credentialstore.h"
#include "core/models/listloader.h"
#include "core/models/tablemodel.h"
#include "demoserver.h"
#include "forms/formwidget.h"
#include "impersonation/actasdialog.h"
#include "impersonation/impersonationbanner.h"
#include "impersonation/impersonationtab.h"
#include "lists/listview.h"
#include "mainwindow/mainwindow.h"
#include "navigation/navigationtree.h"
#include "navigation/quickswitcher.h"
#include "sessions/sessionswidget.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace mgrdesk;
using accounts::Account;

class TestNavigation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }
    void init()
    {
        m_store
            = std::make_unique<accounts::AccountStore>(m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_n)));
        m_creds = std::make_unique<accounts::CredentialStore>();
    }
    void cleanup()
    {
        m_creds.reset();
        m_store.reset();
    }

    void menuLoadsAndPaymentsOpenAList()
    {
        const Account admin = addAccount(QStringLiteral("Admin"), QStringLiteral("admin"));
        gui::MainWindow window(m_store.get(), m_creds.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        gui::NavigationTree *nav = window.navigationTree();
        QVERIFY(nav);
        QVERIFY(nav->isVisible());
        QCOMPARE(nav->connection(), window.currentConnection());
        QTRY_VERIFY_WITH_TIMEOUT(nav->entryCount() > 0, 30000);
        QCOMPARE(window.currentConnection()->state(), net::Connection::State::Connected);
        QVERIFY(nav->findAction(QStringLiteral("account"))); // admin menu
        QTreeWidgetItem *payments = nav->findAction(QStringLiteral("payment"));
        QVERIFY(payments);
        const QString title = payments->text(0);
        QVERIFY(!title.isEmpty());
        QVERIFY(title != QLatin1String("payment")); // the title from <messages>, not the function name

        // Search filters: the payments entry stays, the clients list goes, and comes back when cleared.
        nav->setFilterText(title.left(4));
        QVERIFY(nav->findAction(QStringLiteral("payment")));
        QVERIFY(!nav->findAction(QStringLiteral("account")));
        nav->setFilterText(QString());
        QVERIFY(nav->findAction(QStringLiteral("account")));

        QVERIFY(nav->activateAction(QStringLiteral("payment")));
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.tabs()->tabText(0), title);
        gui::ListView *list = window.currentListView();
        QVERIFY(list);
        QCOMPARE(list->function(), QStringLiteral("payment"));
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() > 0, 30000);

        // F5 (the window's refresh) reloads the current list.
        QSignalSpy refreshed(list->loader(), &models::ListLoader::refreshed);
        window.refreshCurrentTab();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() == 1, 30000);
        QVERIFY(list->model()->rowCount() > 0);

        // A form requested by the list opens in a tab; closing it returns to the list.
        Q_EMIT list->openFormRequested(QStringLiteral("payment.edit"), QString(), QString());
        QCOMPARE(window.tabs()->count(), 2);
        auto *form = qobject_cast<gui::FormWidget *>(window.tabs()->currentWidget());
        QVERIFY(form);
        Q_EMIT form->closeRequested();
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.tabs()->currentWidget(), list);

        // An accepted form closes its tab and refreshes the list it came from.
        Q_EMIT list->openFormRequested(QStringLiteral("payment.edit"), QString(), QString());
        form = qobject_cast<gui::FormWidget *>(window.tabs()->currentWidget());
        QVERIFY(form);
        Q_EMIT form->accepted(QStringLiteral("1"), QString(), QString());
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.tabs()->currentWidget(), list);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() == 2, 30000);

        // A list requested by the list opens in another tab with its plid.
        Q_EMIT list->openListRequested(QStringLiteral("invoice"), QStringLiteral("1"));
        QCOMPARE(window.tabs()->count(), 2);
        gui::ListView *child = window.currentListView();
        QVERIFY(child && child != list);
        QCOMPARE(child->function(), QStringLiteral("invoice"));
        QCOMPARE(child->plid(), QStringLiteral("1"));

        // Close Tab (Ctrl+W) closes the current one.
        QAction *closeTab = window.findChild<QAction *>(QStringLiteral("actionCloseTab"));
        QVERIFY(closeTab);
        QVERIFY(closeTab->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_W)));
        closeTab->trigger();
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.currentListView(), list);
        Q_UNUSED(admin);
    }

    void switchingAccountsReloadsTheMenu()
    {
        const Account admin = addAccount(QStringLiteral("Admin"), QStringLiteral("admin"));
        const Account client = addAccount(QStringLiteral("Client"), QStringLiteral("client1"));
        gui::MainWindow window(m_store.get(), m_creds.get());
        gui::NavigationTree *nav = window.navigationTree();
        QTRY_VERIFY_WITH_TIMEOUT(nav->findAction(QStringLiteral("account")), 30000);

        window.selectAccount(client.id);
        QCOMPARE(nav->connection(), window.currentConnection());
        QTRY_VERIFY_WITH_TIMEOUT(nav->findAction(QStringLiteral("clientticket")), 30000); // client menu
        QVERIFY(!nav->findAction(QStringLiteral("account")));

        window.selectAccount(admin.id);
        QTRY_VERIFY_WITH_TIMEOUT(nav->findAction(QStringLiteral("account")), 30000);
        QVERIFY(!nav->findAction(QStringLiteral("clientticket")));
    }

    void accountMenuAndSearchShortcut()
    {
        addAccount(QStringLiteral("Admin"), QStringLiteral("admin"));
        gui::MainWindow window(m_store.get(), m_creds.get());
        const QList<QAction *> menus = window.menuBar()->actions();
        QCOMPARE(menus.size(), 4);
        QCOMPARE(menus.at(1)->text(), QStringLiteral("A&ccount"));
        QCOMPARE(menus.at(2)->text(), QStringLiteral("&View"));
        for (const char *name : { "actionActAs", "actionOpenInBrowser", "actionSessions", "actionAuditTrail" })
            QVERIFY2(window.findChild<QAction *>(QString::fromLatin1(name)), name);

        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // Ctrl+L focuses the menu's search field; Ctrl+K opens the quick switcher with its own search field.
        window.tabs()->setFocus();
        QVERIFY(!window.navigationTree()->searchEdit()->hasFocus());
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(window.navigationTree()->searchEdit()->hasFocus());
        window.tabs()->setFocus();
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(window.quickSwitcher()->isVisible());
        QTRY_VERIFY(window.quickSwitcher()->searchEdit()->hasFocus());
        QTest::keyClick(window.quickSwitcher()->searchEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!window.quickSwitcher()->isVisible());
    }

    // F5 refreshes the current list whether the focus is outside it (the window's shortcut) or inside it (the
    // list's own): never both, which would be ambiguous and do nothing.
    void f5RefreshesTheCurrentList()
    {
        addAccount(QStringLiteral("Admin"), QStringLiteral("admin"));
        gui::MainWindow window(m_store.get(), m_creds.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        gui::NavigationTree *nav = window.navigationTree();
        QTRY_VERIFY_WITH_TIMEOUT(nav->findAction(QStringLiteral("payment")), 30000);
        QVERIFY(nav->activateAction(QStringLiteral("payment")));
        gui::ListView *list = window.currentListView();
        QVERIFY(list);
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() > 0, 30000);
        QSignalSpy refreshed(list->loader(), &models::ListLoader::refreshed);

        nav->searchEdit()->setFocus();
        QTRY_VERIFY(nav->searchEdit()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() == 1, 30000);

        list->tableView()->setFocus();
        QTRY_VERIFY(list->tableView()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() == 2, 30000);
    }

    void accountMenuOpensTabs()
    {
        addAccount(QStringLiteral("Admin"), QStringLiteral("admin"));
        gui::MainWindow window(m_store.get(), m_creds.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(
            window.currentConnection()->state(), net::Connection::State::Connected, 30000);
        QVERIFY(!window.impersonationBanner()); // no default su

        window.findChild<QAction *>(QStringLiteral("actionSessions"))->trigger();
        QCOMPARE(window.tabs()->count(), 1);
        QVERIFY(qobject_cast<gui::SessionsWidget *>(window.tabs()->currentWidget()));

        window.findChild<QAction *>(QStringLiteral("actionActAs"))->trigger();
        gui::ActAsDialog *ask = window.findChild<gui::ActAsDialog *>();
        QVERIFY(ask);
        QTRY_VERIFY(ask->isVisible());
        QTest::keyClicks(ask->loginEdit(), QStringLiteral("client1"));
        QTest::keyClick(ask->loginEdit(), Qt::Key_Return);
        QTRY_COMPARE(window.tabs()->count(), 2);
        auto *su = qobject_cast<gui::ImpersonationTab *>(window.tabs()->currentWidget());
        QVERIFY(su);
        QVERIFY(su->title().contains(QLatin1String("client1")));
        QCOMPARE(window.currentListView(), su->listView());
    }

    void defaultSuShowsTheBanner()
    {
        Account a = addAccount(QStringLiteral("As client"), QStringLiteral("admin"));
        a.defaultSu = QStringLiteral("client1");
        QVERIFY(m_store->update(a));
        gui::MainWindow window(m_store.get(), m_creds.get());
        QVERIFY(window.impersonationBanner());
        QCOMPARE(window.impersonationBanner()->actingAs(), QStringLiteral("client1"));
    }

private:
    Account addAccount(const QString &name, const QString &user)
    {
        Account a = Account::create();
        a.name = name;
        a.baseUrl = m_server.baseUrl();
        a.username = user;
        a.pinnedCertificatePem = m_server.certificatePem();
        if (!m_store->add(a))
            qWarning("account not added");
        m_creds->setSessionPassword(a.credentialKey(), QStringLiteral("demo"));
        return a;
    }

    QTemporaryDir m_dir;
    test::DemoServer m_server;
    int m_n = 0;
    std::unique_ptr<accounts::AccountStore> m_store;
    std::unique_ptr<accounts::CredentialStore> m_creds;
};

QTEST_MAIN(TestNavigation)
#include "tst_navigation.moc"
