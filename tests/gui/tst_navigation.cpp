// The main window's navigation: after login the server's menu (func=desktop) fills the tree; the search field
// filters it; activating the payments entry opens a list tab that loads rows; lists open forms in tabs that
// close on request; F5/close-tab work on the current tab; switching accounts shows the other user's menu.
// Offscreen, against the real demo server over HTTPS with its certificate pinned in the account.
#include "common/impersonationbanner.h"
#include "common/messagebox.h"
#include "console/requestconsole.h"
#include "console/requesteditor.h"
#include "core/accounts/accountstore.h"
#include "core/accounts/credentialstore.h"
#include "core/models/formsession.h"
#include "core/models/listloader.h"
#include "core/models/tablemodel.h"
#include "democlient.h"
#include "demoserver.h"
#include "demowindow.h"
#include "dialoganswerer.h"
#include "forms/formdialog.h"
#include "forms/formwidget.h"
#include "impersonation/actasdialog.h"
#include "impersonation/browserlogin.h"
#include "impersonation/impersonationtab.h"
#include "lists/listview.h"
#include "mainwindow/mainwindow.h"
#include "navigation/navigationtree.h"
#include "navigation/quickswitcher.h"
#include "preferences/preferencekeys.h"
#include "sessions/sessionswidget.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace mgrdesk;
using accounts::Account;

class TestNavigation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_desk.start(&why), qPrintable(why));
    }
    void init() { m_desk.renew(); }
    void cleanup() { m_desk.clear(); }

    void menuLoadsAndPaymentsOpenAList()
    {
        const Account admin = addAccount(QStringLiteral("Admin"), QStringLiteral("admin"));
        gui::MainWindow window(m_desk.store.get(), m_desk.creds.get());
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

    // A client created from the clients list's "new" button: the form tab closes, the list is current again,
    // refreshed, with the new row selected. A groupform (payment.setstatus) opens in a dialog, not a tab.
    void newObjectFromAListIsSelectedAndGroupFormsUseADialog()
    {
        addAccount(QStringLiteral("Admin"), QStringLiteral("admin"));
        gui::MainWindow window(m_desk.store.get(), m_desk.creds.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        gui::NavigationTree *nav = window.navigationTree();
        QTRY_VERIFY_WITH_TIMEOUT(nav->findAction(QStringLiteral("account")), 30000);
        QVERIFY(nav->activateAction(QStringLiteral("account")));
        gui::ListView *list = window.currentListView();
        QVERIFY(list);
        QTRY_VERIFY_WITH_TIMEOUT(list->loader()->isComplete() && list->model()->rowCount() > 0, 30000);
        const int rowsBefore = list->model()->rowCount();
        list->selectKeys({ list->model()->rowKey(0) });

        QVERIFY(list->triggerButton(QStringLiteral("new")));
        QCOMPARE(window.tabs()->count(), 2);
        auto *form = qobject_cast<gui::FormWidget *>(window.tabs()->currentWidget());
        QVERIFY(form);
        QTRY_COMPARE_WITH_TIMEOUT(form->session()->phase(), models::FormSession::Phase::Ready, 30000);
        const QString name = QStringLiteral("Nav %1").arg(QDateTime::currentMSecsSinceEpoch());
        typeInto(form->control(QStringLiteral("name")), name);
        typeInto(form->control(QStringLiteral("email")), QStringLiteral("nav@example.com"));
        typeInto(form->control(QStringLiteral("passwd")), QStringLiteral("Pw-4-nav!"));
        typeInto(form->control(QStringLiteral("confirm")), QStringLiteral("Pw-4-nav!"));
        QSignalSpy refreshed(list->loader(), &models::ListLoader::refreshed);
        QSignalSpy accepted(form, &gui::FormWidget::accepted);
        QVERIFY(form->submit());
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 30000);
        const QString id = accepted.first().first().toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.currentListView(), list);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 30000);
        QCOMPARE(list->model()->rowCount(), rowsBefore + 1);
        QTRY_COMPARE(list->selectedRows().size(), 1);
        QCOMPARE(list->model()->rowKey(list->selectedRows().first()), id);
        QCOMPARE(list->model()->value(list->selectedRows().first(), QStringLiteral("name")), name);

        QVERIFY(nav->activateAction(QStringLiteral("payment")));
        gui::ListView *payments = window.currentListView();
        QVERIFY(payments && payments != list);
        QTRY_VERIFY_WITH_TIMEOUT(
            payments->loader()->isComplete() && payments->model()->rowCount() >= 2, 30000);
        payments->selectKeys({ payments->model()->rowKey(0), payments->model()->rowKey(1) });
        const int tabs = window.tabs()->count();
        QVERIFY(payments->triggerButton(QStringLiteral("setstatus")));
        QCOMPARE(window.tabs()->count(), tabs); // no tab
        auto *dialog = window.findChild<gui::FormDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(
            dialog->form()->session()->phase(), models::FormSession::Phase::Ready, 30000);
        auto *status = qobject_cast<QComboBox *>(dialog->form()->control(QStringLiteral("status")));
        QVERIFY(status && status->count() >= 2);
        status->setCurrentIndex(status->currentIndex() == 0 ? 1 : 0);
        QSignalSpy paymentsRefreshed(payments->loader(), &models::ListLoader::refreshed);
        QPointer<gui::FormDialog> guard(dialog);
        QVERIFY(dialog->form()->submit());
        QTRY_VERIFY_WITH_TIMEOUT(!guard, 30000); // accepted and closed (deletes itself)
        QTRY_VERIFY_WITH_TIMEOUT(paymentsRefreshed.count() >= 1, 30000);
    }

    void switchingAccountsReloadsTheMenu()
    {
        const Account admin = addAccount(QStringLiteral("Admin"), QStringLiteral("admin"));
        const Account client = addAccount(QStringLiteral("Client"), QStringLiteral("client1"));
        gui::MainWindow window(m_desk.store.get(), m_desk.creds.get());
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
        gui::MainWindow window(m_desk.store.get(), m_desk.creds.get());
        const QList<QAction *> menus = window.menuBar()->actions();
        QCOMPARE(menus.size(), 6);
        QCOMPARE(menus.at(1)->text(), QStringLiteral("&Edit"));
        QCOMPARE(menus.at(2)->text(), QStringLiteral("A&ccount"));
        QCOMPARE(menus.at(3)->text(), QStringLiteral("&View"));
        QCOMPARE(menus.at(4)->text(), QStringLiteral("&Tools"));
        for (const char *name : { "actionActAs", "actionOpenInBrowser", "actionOpenInBrowserAsSelected",
                 "actionSessions", "actionAuditTrail", "actionRequestConsole" })
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
        gui::MainWindow window(m_desk.store.get(), m_desk.creds.get());
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

    // After login the server's start page (the demo server's desktop names "dashboard") opens in the
    // account's first tab, once; with the preference off, or with tabs already open, nothing opens by itself.
    void startPageOpensAfterLogin()
    {
        m_desk.store->appSettings()->set(settings::keys::openStartPage, true);
        addAccount(QStringLiteral("Admin"), QStringLiteral("admin"));
        gui::MainWindow window(m_desk.store.get(), m_desk.creds.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(window.tabs()->count(), 1, 30000);
        QWidget *page = window.tabs()->widget(0);
        QVERIFY2(QByteArray(page->metaObject()->className()).contains("Dashboard"),
            page->metaObject()->className());
        window.reconnect(); // a new login in the same session does not open it again
        QTest::qWait(500);
        QCOMPARE(window.tabs()->count(), 1);
    }

    void accountMenuOpensTabs()
    {
        addAccount(QStringLiteral("Admin"), QStringLiteral("admin"));
        gui::MainWindow window(m_desk.store.get(), m_desk.creds.get());
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

    // Tools › Request Console (Ctrl+Shift+R) opens a console tab on the current account's connection, with
    // the navigation menu's functions for completion.
    void requestConsoleOpensForTheCurrentAccount()
    {
        addAccount(QStringLiteral("Admin"), QStringLiteral("admin"));
        const Account client = addAccount(QStringLiteral("Client"), QStringLiteral("client1"));
        gui::MainWindow window(m_desk.store.get(), m_desk.creds.get());
        window.selectAccount(client.id);
        QTRY_VERIFY_WITH_TIMEOUT(window.navigationTree()->findAction(QStringLiteral("clientticket")), 30000);
        QAction *action = window.findChild<QAction *>(QStringLiteral("actionRequestConsole"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        action->trigger();
        QCOMPARE(window.tabs()->count(), 1);
        auto *console = qobject_cast<gui::RequestConsole *>(window.tabs()->currentWidget());
        QVERIFY(console);
        QCOMPARE(console->connection(), window.currentConnection());
        QCOMPARE(window.tabAccountId(0), client.id);
        QCOMPARE(window.tabs()->tabText(0), console->title());
        QVERIFY(console->runAs().isEmpty()); // no default su: no su sent, no banner
        QVERIFY(!console->banner()->isVisibleTo(console));
        QVERIFY(console->editor()->knownFunctions().contains(QStringLiteral("clientticket")));
    }

    // With a default su, the console's own banner (what it sends) replaces the window's while it is current.
    void requestConsoleWithDefaultSuShowsOneBanner()
    {
        Account a = addAccount(QStringLiteral("As client"), QStringLiteral("admin"));
        a.defaultSu = QStringLiteral("client1");
        QVERIFY(m_desk.store->update(a));
        gui::MainWindow window(m_desk.store.get(), m_desk.creds.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.impersonationBanner());
        QVERIFY(window.impersonationBanner()->isVisible());
        gui::RequestConsole *console = window.showRequestConsole();
        QVERIFY(console);
        QCOMPARE(console->runAs(), QStringLiteral("client1"));
        QVERIFY(console->banner()->isVisible());
        QVERIFY(!window.impersonationBanner()->isVisible());
        window.closeCurrentTab();
        QVERIFY(window.impersonationBanner()->isVisible());
    }

    // Act as… suggests the selected row's login of the current list; Open in Browser as Selected User opens
    // the browser for that user (after the question naming them).
    void actAsAndBrowserUseTheSelectedRow()
    {
        addAccount(QStringLiteral("Admin"), QStringLiteral("admin"));
        gui::MainWindow window(m_desk.store.get(), m_desk.creds.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        gui::NavigationTree *nav = window.navigationTree();
        QTRY_VERIFY_WITH_TIMEOUT(nav->findAction(QStringLiteral("user")), 30000);
        QVERIFY(nav->activateAction(QStringLiteral("user")));
        gui::ListView *users = window.currentListView();
        QVERIFY(users);
        QTRY_VERIFY_WITH_TIMEOUT(users->loader()->isComplete() && users->model()->rowCount() > 1, 30000);
        const QString login = gui::ActAsDialog::loginForRow(users->model(), QStringLiteral("user"), 1);
        QVERIFY(!login.isEmpty());
        users->selectKeys({ users->model()->rowKey(1) });

        window.findChild<QAction *>(QStringLiteral("actionActAs"))->trigger();
        QTRY_VERIFY(window.findChild<gui::ActAsDialog *>());
        gui::ActAsDialog *ask = window.findChild<gui::ActAsDialog *>();
        QTRY_VERIFY(ask->isVisible());
        QCOMPARE(ask->login(), login);
        ask->reject();

        QList<QUrl> opened;
        gui::BrowserLogin::setUrlOpener([&opened](const QUrl &url) {
            opened.append(url);
            return true;
        });
        test::DialogAnswerer boxes;
        boxes.click(QMessageBox::Open).expectText(login);
        window.findChild<QAction *>(QStringLiteral("actionOpenInBrowserAsSelected"))->trigger();
        QVERIFY2(boxes.waitDone(), qPrintable(boxes.failure()));
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30000);
        gui::BrowserLogin::setUrlOpener({});
        QCOMPARE(QUrlQuery(opened.first()).queryItemValue(QStringLiteral("username")), login);
    }

    // A list's finished CSV export is said in the window's status bar.
    void exportFinishedShowsInTheStatusBar()
    {
        addAccount(QStringLiteral("Admin"), QStringLiteral("admin"));
        gui::MainWindow window(m_desk.store.get(), m_desk.creds.get());
        gui::NavigationTree *nav = window.navigationTree();
        QTRY_VERIFY_WITH_TIMEOUT(nav->findAction(QStringLiteral("payment")), 30000);
        QVERIFY(nav->activateAction(QStringLiteral("payment")));
        gui::ListView *list = window.currentListView();
        QVERIFY(list);
        QTRY_VERIFY_WITH_TIMEOUT(list->loader()->isComplete(), 30000);
        const QString path = m_desk.dir.filePath(QStringLiteral("payments%1.csv").arg(m_desk.n));
        QSignalSpy exported(list, &gui::ListView::exportFinished);
        list->exportCsv(path);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 30000);
        QVERIFY(exported.first().at(1).toBool());
        QVERIFY(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)));
    }

    void defaultSuShowsTheBanner()
    {
        Account a = addAccount(QStringLiteral("As client"), QStringLiteral("admin"));
        a.defaultSu = QStringLiteral("client1");
        QVERIFY(m_desk.store->update(a));
        gui::MainWindow window(m_desk.store.get(), m_desk.creds.get());
        QVERIFY(window.impersonationBanner());
        QCOMPARE(window.impersonationBanner()->actingAs(), QStringLiteral("client1"));
    }

    // Issue 17: one click opens an entry (as in the web interface), a real mouse click on the item's
    // rectangle; a click on a group expands or collapses it; the arrow keys only move the selection and
    // Enter/Return opens the current entry; a double-click opens once.
    void singleClickOpensAnEntry()
    {
        addAccount(QStringLiteral("Admin"), QStringLiteral("admin"));
        gui::MainWindow window(m_desk.store.get(), m_desk.creds.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        gui::NavigationTree *nav = window.navigationTree();
        QTRY_VERIFY_WITH_TIMEOUT(nav->findAction(QStringLiteral("payment")), 30000);
        QTreeWidget *tree = nav->tree();
        QTreeWidgetItem *payments = nav->findAction(QStringLiteral("payment"));
        tree->scrollToItem(payments);
        QCOMPARE(window.tabs()->count(), 0);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(payments).center());
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.currentListView()->function(), QStringLiteral("payment"));

        // A group: a click collapses it, another expands it; nothing opens.
        QTreeWidgetItem *group = payments->parent();
        QVERIFY(group && group->data(0, gui::NavigationTree::ActionRole).toString().isEmpty());
        QVERIFY(group->isExpanded());
        tree->scrollToItem(group);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(group).center());
        QVERIFY(!group->isExpanded());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(group).center());
        QVERIFY(group->isExpanded());
        QCOMPARE(window.tabs()->count(), 1);

        // Keyboard: Down moves the selection without opening; Return opens the current entry.
        window.findChild<QAction *>(QStringLiteral("actionCloseTab"))->trigger();
        QCOMPARE(window.tabs()->count(), 0);
        tree->setFocus();
        tree->setCurrentItem(group);
        QTest::keyClick(tree, Qt::Key_Down);
        QTreeWidgetItem *next = tree->currentItem();
        QVERIFY(next && next != group);
        QCOMPARE(window.tabs()->count(), 0);
        const QString action = next->data(0, gui::NavigationTree::ActionRole).toString();
        QVERIFY(!action.isEmpty());
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(window.tabs()->count(), 1);

        // A double-click opens the entry once, not twice.
        QTreeWidgetItem *other = nav->findAction(
            action == QLatin1String("account") ? QStringLiteral("payment") : QStringLiteral("account"));
        QVERIFY(other);
        tree->scrollToItem(other);
        // A real double-click: press, release, double-click, release (QTest::mouseDClick sends only the
        // third).
        const QPoint at = tree->visualItemRect(other).center();
        QTest::mousePress(tree->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseRelease(tree->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseRelease(tree->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(window.tabs()->count(), 2);
    }

private:
    static void typeInto(QWidget *w, const QString &text)
    {
        QVERIFY(w);
        if (auto *line = qobject_cast<QLineEdit *>(w))
            line->clear();
        QTest::keyClicks(w, text);
    }

    Account addAccount(const QString &name, const QString &user) { return m_desk.addAccount(name, user); }

    test::DemoDesk m_desk;
};

QTEST_MAIN(TestNavigation)
#include "tst_navigation.moc"
