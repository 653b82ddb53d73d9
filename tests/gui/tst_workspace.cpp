// The main window as a workspace over several accounts, offscreen against the real demo server over pinned
// HTTPS: the running-requests indicator; tabs that belong to an account (markers, switching the account with
// the tab, lists still loaded after switching away and back); restoring list tabs at the next start (lazily,
// nothing secret saved); the Ctrl+K quick switcher over every account's menu; notification counters opening
// the right list; tab order, accessible names and the palette.
#include "core/accounts/accountstore.h"
#include "core/accounts/credentialstore.h"
#include "core/models/listloader.h"
#include "core/models/tablemodel.h"
#include "core/navigation/menustore.h"
#include "core/net/connectionmanager.h"
#include "core/notify/notificationpoller.h"
#include "democlient.h"
#include "demoserver.h"
#include "lists/listview.h"
#include "mainwindow/activityindicator.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/tabwidget.h"
#include "navigation/navigationtree.h"
#include "navigation/quickswitcher.h"
#include "notify/notificationbadge.h"
#include "preferences/preferencekeys.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace mgrdesk;

namespace {
notify::NotifyCounter counter(const QString &name, const QString &title, int count)
{
    notify::NotifyCounter c;
    c.name = name;
    c.title = title;
    c.count = count;
    return c;
}
} // namespace
using accounts::Account;

class TestWorkspace : public QObject
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
        m_path = m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_n));
        m_store = std::make_unique<accounts::AccountStore>(m_path);
        m_store->appSettings()->set(settings::keys::openStartPage, false); // these tests count tabs
        m_creds = std::make_unique<accounts::CredentialStore>();
    }
    void cleanup()
    {
        m_server.clearFaults();
        m_creds.reset();
        m_store.reset();
    }

    void statusShowsRunningRequests()
    {
        addAccount(QStringLiteral("Admin"), QStringLiteral("admin"));
        gui::MainWindow window(m_store.get(), m_creds.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        gui::ActivityIndicator *activity = window.activityIndicator();
        QVERIFY(activity);
        QVERIFY(!activity->accessibleName().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(window.navigationTree()->findAction(QStringLiteral("payment")), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(activity->currentCount(), 0, 30000); // the menu and login are done
        QVERIFY(!activity->isVisible()); // nothing runs: nothing shown

        // A slow payments list: the indicator says one request runs, and goes once it is done.
        QVERIFY(m_server.addFault(QStringLiteral("payment=latency:2500@1")));
        gui::ListView *list
            = window.openList(QStringLiteral("payment"), QString(), QStringLiteral("Payments"));
        QVERIFY(list);
        QTRY_VERIFY_WITH_TIMEOUT(activity->isVisible(), 30000);
        QVERIFY(activity->currentCount() >= 1);
        QVERIFY2(activity->text().contains(QLatin1String("running")), qPrintable(activity->text()));
        QVERIFY(activity->findChild<gui::BusySpinner *>()->isSpinning());
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() > 0, 30000);
        // (the list may ask for more after its first page: wait until nothing runs)
        QTRY_VERIFY_WITH_TIMEOUT(activity->currentCount() == 0 && !activity->isVisible(), 30000);
        // The connection state is still said beside it.
        QVERIFY(window.connectionStateLabel()->text().contains(QLatin1String("Connected")));
    }

    // Tabs of two accounts: each remembers its account; switching the account keeps them open and loaded;
    // activating a tab makes its account current.
    void tabsBelongToTheirAccount()
    {
        const Account admin = addAccount(QStringLiteral("Admin"), QStringLiteral("admin"));
        const Account client = addAccount(QStringLiteral("Client"), QStringLiteral("client1"));
        gui::MainWindow window(m_store.get(), m_creds.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        gui::NavigationTree *nav = window.navigationTree();
        QCOMPARE(window.currentAccountId(), admin.id);
        QTRY_VERIFY_WITH_TIMEOUT(nav->findAction(QStringLiteral("payment")), 30000);
        QVERIFY(nav->activateAction(QStringLiteral("payment")));
        gui::ListView *adminList = window.currentListView();
        QVERIFY(adminList);
        // A big list shows a small first page and then the rest of page 1: count once page 1 is whole.
        QTRY_VERIFY_WITH_TIMEOUT(adminList->model()->rowCount() > 0
                && !adminList->loader()->hasPartialFirstPage() && !adminList->loader()->isLoading(),
            30000);
        const int adminRows = adminList->model()->rowCount();
        QCOMPARE(window.tabAccountId(0), admin.id);
        QVERIFY(!window.tabMarkersShown()); // one account: no markers
        QVERIFY(window.tabs()->tabIcon(0).isNull());
        QVERIFY(window.tabs()->tabToolTip(0).contains(QLatin1String("Admin")));

        // Switch account: the admin tab stays, loaded.
        window.selectAccount(client.id);
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.tabs()->widget(0), adminList);
        QCOMPARE(adminList->model()->rowCount(), adminRows);
        QTRY_VERIFY_WITH_TIMEOUT(nav->findAction(QStringLiteral("clientticket")), 30000);
        QVERIFY(nav->activateAction(QStringLiteral("payment")));
        QCOMPARE(window.tabs()->count(), 2);
        gui::ListView *clientList = window.currentListView();
        QVERIFY(clientList && clientList != adminList);
        QCOMPARE(window.tabAccountId(1), client.id);
        QTRY_VERIFY_WITH_TIMEOUT(clientList->model()->rowCount() > 0
                && !clientList->loader()->hasPartialFirstPage() && !clientList->loader()->isLoading(),
            30000);
        QVERIFY2(clientList->model()->rowCount() < adminRows,
            qPrintable(QStringLiteral("client %1, admin %2")
                           .arg(clientList->model()->rowCount())
                           .arg(adminRows))); // the client sees only their payments

        // Two accounts have tabs: each tab carries a marker, and its tooltip names its account.
        QVERIFY(window.tabMarkersShown());
        QVERIFY(!window.tabs()->tabIcon(0).isNull());
        QVERIFY(!window.tabs()->tabIcon(1).isNull());
        QVERIFY(window.tabs()->tabToolTip(1).contains(QLatin1String("Client")));
        QVERIFY(window.tabs()->tabToolTip(1).contains(QLatin1String("client1")));

        // Activating the admin tab makes the admin current (switcher, menu); the client tab stays.
        window.tabs()->setCurrentIndex(0);
        QCOMPARE(window.currentAccountId(), admin.id);
        QCOMPARE(window.accountSwitcher()->currentData().toString(), admin.id);
        QCOMPARE(nav->connection(), window.currentConnection());
        QTRY_VERIFY_WITH_TIMEOUT(nav->findAction(QStringLiteral("account")), 30000);
        QCOMPARE(window.tabs()->count(), 2);
        QCOMPARE(adminList->model()->rowCount(), adminRows);

        // The client's list still works while the admin is current: it refreshes over its own connection.
        QSignalSpy refreshed(clientList->loader(), &models::ListLoader::refreshed);
        clientList->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() == 1, 30000);
        QVERIFY(clientList->model()->rowCount() > 0);
        QCOMPARE(window.currentAccountId(), admin.id);

        // Back and forth through the switcher: both tabs intact and loaded.
        window.selectAccount(client.id);
        window.selectAccount(admin.id);
        QCOMPARE(window.tabs()->count(), 2);
        QCOMPARE(window.tabs()->widget(0), adminList);
        QCOMPARE(window.tabs()->widget(1), clientList);
        QCOMPARE(adminList->model()->rowCount(), adminRows);
        QVERIFY(clientList->model()->rowCount() > 0);

        // Closing the client's tab: one account left, no markers.
        window.tabs()->setCurrentIndex(1);
        QCOMPARE(window.currentAccountId(), client.id);
        window.closeCurrentTab();
        QCOMPARE(window.tabs()->count(), 1);
        QVERIFY(!window.tabMarkersShown());
        QVERIFY(window.tabs()->tabIcon(0).isNull());
    }

    // Two window lifetimes over one settings file: list tabs come back (forms and impersonation do not), the
    // current one loads at start, the others when first shown (no login for them before that).
    void tabsAreRestoredAtTheNextStart()
    {
        const Account admin = addAccount(QStringLiteral("Admin"), QStringLiteral("admin"));
        const Account client = addAccount(QStringLiteral("Client"), QStringLiteral("client1"));
        QString session;
        {
            gui::MainWindow window(m_store.get(), m_creds.get());
            QVERIFY(!window.restoreTabsAtStart()); // off unless the user wants it
            QAction *restore = window.restoreTabsAction();
            QVERIFY(restore && restore->isCheckable() && !restore->isChecked());
            restore->trigger();
            QVERIFY(window.restoreTabsAtStart());

            QTRY_VERIFY_WITH_TIMEOUT(window.navigationTree()->findAction(QStringLiteral("payment")), 30000);
            QVERIFY(window.openList(QStringLiteral("payment"), QString(), QStringLiteral("Payments")));
            gui::ListView *payments = window.currentListView();
            Q_EMIT payments->openListRequested(QStringLiteral("invoice"), QStringLiteral("1"));
            QCOMPARE(window.tabs()->count(), 2);
            QVERIFY(window.openForm(QStringLiteral("payment.edit"), QString(), QString())); // not restored
            QVERIFY(window.openListFor(
                client.id, QStringLiteral("clientticket"), QString(), QStringLiteral("My tickets")));
            QCOMPARE(window.tabs()->count(), 4);
            QTRY_VERIFY_WITH_TIMEOUT(window.currentListView()->model()->rowCount() > 0, 30000);
            session = window.connections()->existingConnection(admin.id)->sessionId();
            QVERIFY(!session.isEmpty());
            window.tabs()->setCurrentIndex(1); // the invoices of client 1
            QCOMPARE(window.currentAccountId(), admin.id);
            window.close();
        }
        // Nothing secret in the settings file.
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains(session.toUtf8()));
        QVERIFY(!text.contains("demo"));
        QVERIFY(text.contains("clientticket"));

        m_store = std::make_unique<accounts::AccountStore>(m_path);
        m_store->appSettings()->set(settings::keys::openStartPage, false); // these tests count tabs
        gui::MainWindow window(m_store.get(), m_creds.get());
        QVERIFY(window.restoreTabsAtStart());
        QVERIFY(window.restoreTabsAction()->isChecked());
        QTabWidget *tabs = window.tabs();
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Payments"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("My tickets"));
        QCOMPARE(tabs->currentIndex(), 1);
        QCOMPARE(window.tabAccountId(0), admin.id);
        QCOMPARE(window.tabAccountId(2), client.id);
        QVERIFY(window.tabMarkersShown());
        // The current tab loads now, with its plid.
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<gui::ListView *>(tabs->widget(1)), 30000);
        auto *invoices = qobject_cast<gui::ListView *>(tabs->widget(1));
        QCOMPARE(invoices->function(), QStringLiteral("invoice"));
        QCOMPARE(invoices->plid(), QStringLiteral("1"));
        QTRY_VERIFY_WITH_TIMEOUT(invoices->model()->rowCount() > 0, 30000);
        // The others wait until shown: the client has not even been logged in.
        QVERIFY(qobject_cast<gui::RestoredListTab *>(tabs->widget(0)));
        QVERIFY(qobject_cast<gui::RestoredListTab *>(tabs->widget(2)));
        QVERIFY(!window.connections()->existingConnection(client.id));

        tabs->setCurrentIndex(2);
        QCOMPARE(window.currentAccountId(), client.id);
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<gui::ListView *>(tabs->widget(2)), 30000);
        auto *tickets = qobject_cast<gui::ListView *>(tabs->widget(2));
        QCOMPARE(tickets->function(), QStringLiteral("clientticket"));
        QTRY_VERIFY_WITH_TIMEOUT(tickets->model()->rowCount() > 0, 30000);
        QCOMPARE(tabs->tabText(2), QStringLiteral("My tickets"));
        QVERIFY(qobject_cast<gui::RestoredListTab *>(tabs->widget(0))); // still waiting

        // Turned off: the next start opens no tabs.
        window.restoreTabsAction()->trigger();
        QVERIFY(!window.restoreTabsAtStart());
        window.close();
        m_store = std::make_unique<accounts::AccountStore>(m_path);
        m_store->appSettings()->set(settings::keys::openStartPage, false); // these tests count tabs
        gui::MainWindow third(m_store.get(), m_creds.get());
        QCOMPARE(third.tabs()->count(), 0);
    }

    void quickSwitcherOpensEntriesOfAnyAccount()
    {
        const Account admin = addAccount(QStringLiteral("Admin"), QStringLiteral("admin"));
        const Account client = addAccount(QStringLiteral("Client"), QStringLiteral("client1"));
        gui::MainWindow window(m_store.get(), m_creds.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.menuStore()->hasMenu(admin.id), 30000);
        // The client is logged in (e.g. a tab of theirs was used) but its menu was never shown.
        window.connections()->connectAccount(client.id);
        net::Connection *clientConnection = window.connections()->existingConnection(client.id);
        QVERIFY(clientConnection);
        QTRY_COMPARE_WITH_TIMEOUT(clientConnection->state(), net::Connection::State::Connected, 30000);
        // The client's first notification poll may have fetched its menu already (a counter opens a list from
        // it): forget it, so that what follows shows Ctrl+K loading it.
        QTRY_VERIFY_WITH_TIMEOUT(!window.menuStore()->isLoading(client.id), 30000);
        window.menuStore()->forget(client.id);
        QVERIFY(!window.menuStore()->hasMenu(client.id));

        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        gui::QuickSwitcher *popup = window.quickSwitcher();
        QTRY_VERIFY(popup->isVisible());
        QTRY_VERIFY(popup->searchEdit()->hasFocus());
        QVERIFY(!popup->searchEdit()->accessibleName().isEmpty());
        // The client's menu is loaded for it; entries of both accounts are offered, the current one's first.
        QTRY_VERIFY_WITH_TIMEOUT(window.menuStore()->hasMenu(client.id), 30000);
        QTRY_VERIFY(popup->visibleCount() > window.menuStore()->entries(admin.id).size());
        QCOMPARE(popup->list()->item(0)->data(gui::QuickSwitcher::AccountRole).toString(), admin.id);
        QVERIFY(popup->list()->item(0)->text().endsWith(QStringLiteral(" — Admin")));

        // Words match the title and the account: "tick clie" leaves the client's tickets.
        QTest::keyClicks(popup->searchEdit(), QStringLiteral("tick clie"));
        QCOMPARE(popup->visibleCount(), 1);
        QCOMPARE(popup->list()->currentItem()->data(gui::QuickSwitcher::ActionRole).toString(),
            QStringLiteral("clientticket"));
        QTest::keyClick(popup->searchEdit(), Qt::Key_Return);
        QTRY_VERIFY(!popup->isVisible());
        QCOMPARE(window.currentAccountId(), client.id);
        QCOMPARE(window.accountSwitcher()->currentData().toString(), client.id);
        gui::ListView *list = window.currentListView();
        QVERIFY(list);
        QCOMPARE(list->function(), QStringLiteral("clientticket"));
        QCOMPARE(window.tabAccountId(window.tabs()->currentIndex()), client.id);
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() > 0, 30000);

        // Up/Down choose; Escape closes without opening anything.
        window.showQuickSwitcher();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->searchEdit()->text(), QString());
        QTest::keyClicks(popup->searchEdit(), QStringLiteral("payments"));
        QCOMPARE(popup->visibleCount(), 2); // the client's (current, first) and the admin's
        QCOMPARE(popup->list()->currentRow(), 0);
        QTest::keyClick(popup->searchEdit(), Qt::Key_Down);
        QCOMPARE(popup->list()->currentRow(), 1);
        QCOMPARE(popup->list()->currentItem()->data(gui::QuickSwitcher::AccountRole).toString(), admin.id);
        QTest::keyClick(popup->searchEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!popup->isVisible());
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.currentAccountId(), client.id);
    }

    // A counter opens the list the account's menu has for it (ticket → ticket for the admin, clientticket
    // for a client), on that account, switching to it; an open list is shown again rather than duplicated.
    void notificationCountersOpenTheRightList()
    {
        const Account admin = addAccount(QStringLiteral("Admin"), QStringLiteral("admin"));
        const Account client = addAccount(QStringLiteral("Client"), QStringLiteral("client1"));
        gui::MainWindow window(m_store.get(), m_creds.get());
        QTRY_VERIFY_WITH_TIMEOUT(window.menuStore()->hasMenu(admin.id), 30000);
        window.connections()->connectAccount(client.id);
        net::Connection *clientConnection = window.connections()->existingConnection(client.id);
        QVERIFY(clientConnection);
        QTRY_COMPARE_WITH_TIMEOUT(clientConnection->state(), net::Connection::State::Connected, 30000);

        window.openNotification(client.id, QStringLiteral("ticket"), QStringLiteral("Tickets waiting"));
        QTRY_VERIFY_WITH_TIMEOUT(window.tabs()->count() == 1, 30000); // after the client's menu loaded
        QCOMPARE(window.currentAccountId(), client.id);
        gui::ListView *tickets = window.currentListView();
        QCOMPARE(tickets->function(), QStringLiteral("clientticket"));
        QTRY_VERIFY_WITH_TIMEOUT(tickets->model()->rowCount() > 0, 30000);

        window.openNotification(admin.id, QStringLiteral("ticket"), QStringLiteral("Tickets waiting"));
        QCOMPARE(window.tabs()->count(), 2);
        QCOMPARE(window.currentAccountId(), admin.id);
        QCOMPARE(window.currentListView()->function(), QStringLiteral("ticket"));

        QSignalSpy refreshed(tickets->loader(), &models::ListLoader::refreshed);
        window.openNotification(client.id, QStringLiteral("ticket"), QStringLiteral("Tickets waiting"));
        QCOMPARE(window.tabs()->count(), 2);
        QCOMPARE(window.currentListView(), tickets);
        QCOMPARE(window.currentAccountId(), client.id);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() == 1, 30000);
    }

    // The badge's menu lists each account's counters and asks for the list of the one chosen; a failed
    // check is shown quietly on the badge.
    void badgeMenuListsCountersPerAccount()
    {
        gui::NotificationBadge badge;
        QVERIFY(!badge.accessibleName().isEmpty());
        gui::NotificationBadge::Account a;
        a.id = QStringLiteral("a");
        a.name = QStringLiteral("Production");
        a.state = notify::NotificationPoller::State::Ok;
        a.counters = { counter(QStringLiteral("ticket"), QStringLiteral("Tickets waiting for a reply"), 9),
            counter(QStringLiteral("payment"), QStringLiteral("New payments"), 75) };
        a.lastChecked = QDateTime::currentDateTime();
        gui::NotificationBadge::Account b;
        b.id = QStringLiteral("b");
        b.name = QStringLiteral("Staging");
        b.state = notify::NotificationPoller::State::Failed;
        b.message = QStringLiteral("Connection refused");
        b.counters = { counter(QStringLiteral("ticket"), QStringLiteral("Tickets waiting for a reply"), 1) };
        badge.setAccounts({ a, b }, QStringLiteral("a"));
        QCOMPARE(badge.shownCount(), 84);
        QCOMPARE(badge.text(), QStringLiteral("84"));
        QVERIFY(badge.toolTip().contains(QLatin1String("New payments: 75")));
        const QList<QAction *> actions = badge.counterActions();
        QCOMPARE(actions.size(), 3);
        QCOMPARE(actions.at(0)->text(), QStringLiteral("Tickets waiting for a reply (9)"));
        QCOMPARE(actions.at(2)->data().toStringList(),
            (QStringList { QStringLiteral("b"), QStringLiteral("ticket") }));
        QSignalSpy open(&badge, &gui::NotificationBadge::openRequested);
        actions.at(2)->trigger();
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("b"));
        QCOMPARE(open.at(0).at(1).toString(), QStringLiteral("ticket"));

        badge.setAccounts({ a, b }, QStringLiteral("b")); // the current account's last check failed
        QCOMPARE(badge.shownCount(), -1);
        QVERIFY(badge.toolTip().contains(QLatin1String("Connection refused")));
        QVERIFY(!badge.isHidden());
    }

    void notificationPolling()
    {
        addAccount(QStringLiteral("Admin"), QStringLiteral("admin"));
        qputenv("MGRDESK_NOTIFY_INTERVAL_MS", "1500");
        QCOMPARE(notify::NotificationPoller::defaultInterval(), 1500);
        qunsetenv("MGRDESK_NOTIFY_INTERVAL_MS");
        QCOMPARE(notify::NotificationPoller::defaultInterval(), 60000);

        gui::MainWindow window(m_store.get(), m_creds.get());
        window.setNotificationInterval(300);
        net::Connection *c = window.currentConnection();
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), net::Connection::State::Connected, 30000);
        notify::NotificationPoller *poller = window.notificationPoller(window.currentAccountId());
        QVERIFY(poller);
        QCOMPARE(poller->interval(), 300);
        QTRY_VERIFY_WITH_TIMEOUT(poller->pollCount() >= 2, 30000); // polled again after the interval
        QCOMPARE(poller->state(), notify::NotificationPoller::State::Ok);
        QVERIFY(poller->total() > 0);
        QTRY_VERIFY(!window.notificationBadge()->isHidden()); // the window itself is not shown here
        QCOMPARE(window.notificationBadge()->shownCount(), poller->total());
        // A failed poll is quiet: a state on the badge, the last counters kept, no dialog.
        QVERIFY(m_server.addFault(QStringLiteral("notify=http500")));
        const int before = poller->pollCount();
        QTRY_VERIFY_WITH_TIMEOUT(poller->pollCount() > before, 30000);
        QCOMPARE(poller->state(), notify::NotificationPoller::State::Failed);
        QVERIFY(!QApplication::activeModalWidget());
    }

    // Tab walks the chrome in order (switcher, Manage Accounts, menu search, menu, tabs); every focusable
    // control of the window's own has an accessible name; no style sheet fixes colours outside the
    // environment banner (the account's colour tag), and the chrome paints with the palette it is given.
    void tabOrderNamesAndPalette()
    {
        addAccount(QStringLiteral("Admin"), QStringLiteral("admin"));
        gui::MainWindow window(m_store.get(), m_creds.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.navigationTree()->findAction(QStringLiteral("payment")), 30000);
        QVERIFY(window.navigationTree()->activateAction(QStringLiteral("payment")));
        QTRY_VERIFY_WITH_TIMEOUT(window.currentListView()->model()->rowCount() > 0, 30000);

        auto *manage = window.findChild<QPushButton *>(QStringLiteral("manageAccounts"));
        QVERIFY(manage);
        QList<QWidget *> expected { window.accountSwitcher(), manage, window.navigationTree()->searchEdit(),
            window.navigationTree()->tree(), window.tabs()->tabBar() };
        window.accountSwitcher()->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(window.accountSwitcher()->hasFocus());
        for (int i = 1; i < expected.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QTRY_VERIFY2(QApplication::focusWidget() == expected.at(i),
                qPrintable(QStringLiteral("step %1: %2")
                               .arg(i)
                               .arg(QApplication::focusWidget() ? QString::fromLatin1(
                                        QApplication::focusWidget()->metaObject()->className())
                                                                : QStringLiteral("none"))));
        }
        // Then into the current tab's list.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY2(window.currentListView()->isAncestorOf(QApplication::focusWidget()),
            qPrintable(QString::fromLatin1(QApplication::focusWidget()->metaObject()->className())
                + QLatin1Char(' ') + QApplication::focusWidget()->objectName()));

        const QList<QWidget *> widgets = window.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus)
                || window.tabs()->currentWidget()->isAncestorOf(w))
                continue;
            QVERIFY2(!w->accessibleName().isEmpty(),
                qPrintable(QStringLiteral("%1 %2").arg(
                    QString::fromLatin1(w->metaObject()->className()), w->objectName())));
        }
        for (QWidget *w : widgets) {
            if (w->objectName() == QLatin1String("environmentBanner")
                || window.tabs()->currentWidget()->isAncestorOf(w))
                continue;
            QVERIFY2(w->styleSheet().isEmpty(), qPrintable(w->objectName()));
        }

        // A dark palette: the status bar and the menu paint in it.
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Base, QColor(0x18, 0x19, 0x1b));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Button, QColor(0x2a, 0x2c, 0x30));
        dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        window.setPalette(dark);
        QTRY_COMPARE(window.statusBar()->palette().color(QPalette::Window), dark.color(QPalette::Window));
        const QImage status = window.statusBar()->grab().toImage();
        QCOMPARE(status.pixelColor(2, status.height() / 2).rgb(), dark.color(QPalette::Window).rgb());
        QTreeWidget *tree = window.navigationTree()->tree();
        const QImage menu = tree->viewport()->grab().toImage();
        QCOMPARE(
            menu.pixelColor(menu.width() - 2, menu.height() - 2).rgb(), dark.color(QPalette::Base).rgb());
    }

private:
    Account addAccount(const QString &name, const QString &user)
    {
        return test::addDemoAccount(m_store.get(), m_creds.get(), m_server, name, user);
    }

    QTemporaryDir m_dir;
    test::DemoServer m_server;
    int m_n = 0;
    QString m_path;
    std::unique_ptr<accounts::AccountStore> m_store;
    std::unique_ptr<accounts::CredentialStore> m_creds;
};

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
