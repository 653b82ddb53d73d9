#pragma once
// GUI-side helpers for suites that show the real main window against the demo server. Header-only, like
// democlient.h: for suites that link mgrdesk_gui.

#include "core/accounts/accountstore.h"
#include "core/accounts/credentialstore.h"
#include "core/models/tablemodel.h"
#include "core/net/connection.h"
#include "democlient.h"
#include "demoserver.h"
#include "lists/listview.h"
#include "mainwindow/mainwindow.h"
#include "navigation/navigationtree.h"
#include "preferences/preferencekeys.h"
#include "router/pagecontext.h"
#include "tickets/ticketpage.h"

#include <QSignalSpy>
#include <QSize>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace mgrdesk::test {

// Opens the list `func` the way a user does: from `window`'s navigation tree once the menu has it (waits up
// to `timeoutMs` for the menu), then waits up to `timeoutMs` for its first rows. The list, or nullptr with
// the step that failed in *why.
inline gui::ListView *openListFromMenu(
    gui::MainWindow &window, const QString &func, QString *why, int timeoutMs = 30000)
{
    gui::NavigationTree *nav = window.navigationTree();
    if (!QTest::qWaitFor([&] { return nav->findAction(func) != nullptr; }, timeoutMs)) {
        *why = QStringLiteral("the menu has no %1").arg(func);
        return nullptr;
    }
    if (!nav->activateAction(func)) {
        *why = QStringLiteral("%1 could not be activated").arg(func);
        return nullptr;
    }
    gui::ListView *list = window.currentListView();
    if (!list) {
        *why = QStringLiteral("%1 opened no list").arg(func);
        return nullptr;
    }
    if (!QTest::qWaitFor([&] { return list->model()->rowCount() > 0; }, timeoutMs)) {
        *why = QStringLiteral("the %1 list has no rows").arg(func);
        return nullptr;
    }
    return list;
}

// A ticket page (gui::TicketPage) for `context` on its own, shown at 1100x700, once its conversation loaded
// (a warning when that took more than `timeoutMs`: the test's own checks then fail).
inline std::unique_ptr<gui::TicketPage> showTicketPage(const gui::PageContext &context, int timeoutMs = 30000)
{
    auto page = std::make_unique<gui::TicketPage>(context);
    page->resize(1100, 700);
    page->show();
    QSignalSpy loaded(page.get(), &gui::TicketPage::conversationLoaded);
    if (!loaded.wait(timeoutMs))
        qWarning("the ticket did not open in time");
    return page;
}

// What a suite that opens main windows against one demo server sets up: one folder and one server for the
// suite, fresh account and credential stores (and a window) for each test.
//
//     void initTestCase() { QVERIFY2(m_desk.start(&why), qPrintable(why)); }
//     void init() { m_desk.renew(); m_desk.addAccount("Admin", "admin"); }   // + showWindow() if wanted
//     void cleanup() { m_desk.clear(); }
struct DemoDesk
{
    QTemporaryDir dir;
    DemoServer server;
    int n = 0; // stores made so far: the n-th has the settings file <prefix>n.ini
    std::unique_ptr<accounts::AccountStore> store;
    std::unique_ptr<accounts::CredentialStore> creds;
    std::unique_ptr<gui::MainWindow> window; // made by showWindow()

    // The folder and the server (initTestCase()). False with the reason in *why.
    bool start(QString *why)
    {
        if (!dir.isValid()) {
            *why = QStringLiteral("no temporary folder: %1").arg(dir.errorString());
            return false;
        }
        if (!server.start()) {
            *why = server.errorString();
            return false;
        }
        return true;
    }

    // A fresh account store (its own settings file in `dir`) and credential store (init()). The start page
    // (docs/desktop.md) stays closed unless a test opens it: these suites count tabs.
    void renew(const QString &prefix = QStringLiteral("s"))
    {
        store = std::make_unique<accounts::AccountStore>(
            dir.filePath(QStringLiteral("%1%2.ini").arg(prefix).arg(++n)));
        store->appSettings()->set(settings::keys::openStartPage, false);
        creds = std::make_unique<accounts::CredentialStore>();
    }

    // An account on the server as `user`, in the stores (see addDemoAccount()).
    accounts::Account addAccount(const QString &name, const QString &user)
    {
        return addDemoAccount(store.get(), creds.get(), server, name, user);
    }

    // A main window on the stores, shown at `size` and exposed, its current connection connected within 30 s.
    // False with the reason in *why.
    bool showWindow(const QSize &size, QString *why)
    {
        window = std::make_unique<gui::MainWindow>(store.get(), creds.get());
        window->resize(size);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get())) {
            *why = QStringLiteral("the main window was not exposed");
            return false;
        }
        const auto connected = [this] {
            return window->currentConnection()
                && window->currentConnection()->state() == net::Connection::State::Connected;
        };
        if (!QTest::qWaitFor(connected, 30000)) {
            *why = QStringLiteral("the main window's connection did not connect");
            return false;
        }
        return true;
    }

    // The window, the credentials and the store, in that order (cleanup()).
    void clear()
    {
        window.reset();
        creds.reset();
        store.reset();
    }
};

} // namespace mgrdesk::test
