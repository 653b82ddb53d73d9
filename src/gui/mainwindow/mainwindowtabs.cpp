// MainWindow: the Account menu's actions (act as, open in browser, sessions, audit trail), the request
// console and the window-wide shortcuts. Pages are opened by the PageRouter (mainwindowpages.cpp).
#include "mainwindow.h"

#include "common/impersonationbanner.h"
#include "common/refreshandselect.h"
#include "console/requestconsole.h"
#include "core/accounts/accountstore.h"
#include "core/models/listloader.h"
#include "core/models/tablemodel.h"
#include "core/navigation/menustore.h"
#include "core/net/connectionmanager.h"
#include "core/routing/formoutcome.h"
#include "forms/formdialog.h"
#include "forms/formwidget.h"
#include "impersonation/actasdialog.h"
#include "impersonation/audittraildialog.h"
#include "impersonation/browserlogin.h"
#include "impersonation/impersonationtab.h"
#include "lists/listview.h"
#include "navigation/navigationtree.h"
#include "sessions/sessionswidget.h"
#include "tabwidget.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenuBar>
#include <QShortcut>
#include <QStatusBar>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace mgrdesk::gui {

void MainWindow::createAccountMenu()
{
    QMenu *account = menuBar()->addMenu(tr("A&ccount"));
    account->setObjectName(QStringLiteral("menuAccount"));
    QAction *actAsAction = account->addAction(tr("Act &as…"), this, &MainWindow::actAs);
    actAsAction->setObjectName(QStringLiteral("actionActAs"));
    QAction *browser = account->addAction(tr("Open in &Browser"), this, &MainWindow::openInBrowser);
    browser->setObjectName(QStringLiteral("actionOpenInBrowser"));
    QAction *browserAs = account->addAction(
        tr("Open in Browser as Selected &User…"), this, &MainWindow::openInBrowserAsSelected);
    browserAs->setObjectName(QStringLiteral("actionOpenInBrowserAsSelected"));
    QAction *sessions = account->addAction(tr("&Sessions"), this, &MainWindow::showSessions);
    sessions->setObjectName(QStringLiteral("actionSessions"));
    account->addSeparator();
    QAction *audit = account->addAction(tr("Impersonation Audit &Trail…"), this, &MainWindow::showAuditTrail);
    audit->setObjectName(QStringLiteral("actionAuditTrail"));
}

void MainWindow::createShortcuts()
{
    // F5 refreshes the current tab. A list or the sessions view has its own F5 while the focus is inside it;
    // this one is for the rest of the window and stays off while the focus is in the current tab (two
    // enabled shortcuts for one key would be ambiguous and do nothing).
    m_refreshShortcut = new QShortcut(QKeySequence::Refresh, this, this, &MainWindow::refreshCurrentTab);
    m_refreshShortcut->setObjectName(QStringLiteral("refreshShortcut"));
    m_appConnections << connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        QWidget *tab = m_tabs->currentWidget();
        m_refreshShortcut->setEnabled(!(tab && now && (tab == now || tab->isAncestorOf(now))));
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        QWidget *tab = m_tabs->currentWidget();
        QWidget *now = QApplication::focusWidget();
        m_refreshShortcut->setEnabled(!(tab && now && (tab == now || tab->isAncestorOf(now))));
    });
    // Ctrl+K (View › Go to Menu Entry) and Ctrl+L (View › Search the Menu) are the View menu's actions.
}

void MainWindow::onCurrentAccountChanged(const QString &, net::Connection *connection)
{
    if (m_navTree)
        m_navTree->setConnection(connection);
    updateBanner(connection);
}

ImpersonationBanner *MainWindow::impersonationBanner() const
{
    return m_banner;
}

void MainWindow::updateBanner(net::Connection *connection)
{
    if (m_banner) {
        m_bannerLayout->removeWidget(m_banner);
        m_banner->deleteLater();
    }
    m_banner = connection ? ImpersonationBanner::forConnection(connection, this) : nullptr;
    if (m_banner)
        m_bannerLayout->addWidget(m_banner);
    updateBannerVisibility();
}

void MainWindow::updateBannerVisibility()
{
    // A console tab shows its own banner for exactly the su it sends ("Run as", filled with the default su):
    // the window's banner above it would say the same twice, or something the console does not send once
    // "Run as" is cleared.
    if (m_banner)
        m_banner->setVisible(!qobject_cast<RequestConsole *>(m_tabs->currentWidget()));
}

RequestConsole *MainWindow::showRequestConsole()
{
    net::Connection *c = currentConnection();
    if (!c) {
        statusBar()->showMessage(tr("Select an account first."), 5000);
        return nullptr;
    }
    const QString accountId = accountIdOf(c);
    auto *console = new RequestConsole(c);
    console->setMenuStore(m_menus); // completion from the account's menu, shared with the navigation tree
    openTab(console, console->title(), accountId);
    return console;
}

ListView *MainWindow::currentListView() const
{
    QWidget *tab = m_tabs->currentWidget();
    if (auto *list = qobject_cast<ListView *>(tab))
        return list;
    if (auto *su = qobject_cast<ImpersonationTab *>(tab))
        return su->listView();
    return nullptr;
}

void MainWindow::refreshCurrentTab()
{
    if (ListView *list = currentListView())
        list->refresh();
    else if (auto *sessions = qobject_cast<SessionsWidget *>(m_tabs->currentWidget()))
        sessions->reload();
}

void MainWindow::focusNavigationSearch()
{
    if (m_navTree)
        m_navTree->focusSearch();
}

void MainWindow::actAs()
{
    net::Connection *c = currentConnection();
    if (!c) {
        statusBar()->showMessage(tr("Select an account first."), 5000);
        return;
    }
    QPointer<net::Connection> conn(c);
    const auto ask = [this, conn](const QString &suggestion) {
        if (!conn)
            return;
        ActAsDialog::ask(this, suggestion, this, [this, conn](const QString &login) {
            if (!conn)
                return;
            routing::PageRequest request;
            request.accountId = accountIdOf(conn);
            request.function = ImpersonationTab::defaultFunction();
            request.su = login;
            openPage(request);
        });
    };
    // The current list's selected user (or client) is the suggestion; the dialog opens once it is known.
    if (!withSelectedLogin(c, [ask](const QString &login, const QString &) { ask(login); }))
        ask(QString());
}

bool MainWindow::withSelectedLogin(
    net::Connection *connection, std::function<void(const QString &login, const QString &error)> callback)
{
    ListView *list = currentListView();
    if (!list || list->loader()->connection() != connection)
        return false;
    const QList<int> rows = list->selectedRows();
    if (rows.isEmpty())
        return false;
    ActAsDialog::resolveLogin(
        connection, list->model(), list->function(), rows.first(), this, std::move(callback));
    return true;
}

void MainWindow::openInBrowser()
{
    if (net::Connection *c = currentConnection())
        BrowserLogin::open(c, QString(), this);
    else
        statusBar()->showMessage(tr("Select an account first."), 5000);
}

void MainWindow::openInBrowserAsSelected()
{
    net::Connection *c = currentConnection();
    if (!c) {
        statusBar()->showMessage(tr("Select an account first."), 5000);
        return;
    }
    QPointer<net::Connection> conn(c);
    const auto open = [this, conn](const QString &login) {
        if (conn && !login.isEmpty())
            BrowserLogin::open(conn, login, this); // asks first, naming the user
    };
    const auto askLogin = [this, open](const QString &suggestion) {
        ActAsDialog *dialog = ActAsDialog::ask(this, suggestion, this, open);
        if (dialog)
            dialog->setWindowTitle(tr("Open in Browser as"));
    };
    const bool asked
        = withSelectedLogin(c, [open, askLogin, this](const QString &login, const QString &error) {
              if (!login.isEmpty()) {
                  open(login);
                  return;
              }
              if (!error.isEmpty())
                  statusBar()->showMessage(error, 8000);
              askLogin(QString());
          });
    if (!asked)
        askLogin(QString()); // no list row selected: type the login
}

void MainWindow::showSessions()
{
    net::Connection *c = currentConnection();
    if (!c) {
        statusBar()->showMessage(tr("Select an account first."), 5000);
        return;
    }
    auto *sessions = new SessionsWidget(c);
    openTab(sessions, tr("Sessions — %1").arg(m_store->account(currentAccountId()).name));
    sessions->reload();
}

void MainWindow::showAuditTrail()
{
    auto *dialog = new AuditTrailDialog(nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace mgrdesk::gui
