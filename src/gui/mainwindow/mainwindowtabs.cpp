// MainWindow: the tabs it opens (lists and forms from the navigation tree and from lists, impersonation,
// sessions), the Account menu and the window-wide shortcuts.
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
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
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
    // Completion from the navigation menu of that account (func=desktop), now and whenever it is reloaded.
    const auto feed = [this, console, accountId] {
        QStringList functions;
        const QList<navigation::MenuEntry> entries = m_menus->entries(accountId);
        for (const navigation::MenuEntry &e : entries) {
            if (!e.action.isEmpty() && !functions.contains(e.action))
                functions.append(e.action);
        }
        if (!functions.isEmpty())
            console->setKnownFunctions(functions);
    };
    feed();
    connect(m_menus, &navigation::MenuStore::menuChanged, console, [feed, accountId](const QString &id) {
        if (id == accountId)
            feed();
    });
    openTab(console, console->title(), accountId);
    return console;
}

void MainWindow::openNavigationEntry(const QString &action, const QString &type, const QString &title)
{
    if (type == QLatin1String("form"))
        openForm(action, QString(), QString());
    else if (type.isEmpty() || type == QLatin1String("list"))
        openList(action, QString(), title);
    else
        statusBar()->showMessage(tr("“%1” (%2) cannot be shown by this version yet.").arg(title, type), 8000);
}

ListView *MainWindow::openList(const QString &function, const QString &plid, const QString &title)
{
    return openListOn(currentConnection(), function, plid, title);
}

ListView *MainWindow::openListOn(
    net::Connection *c, const QString &function, const QString &plid, const QString &title)
{
    if (!c)
        return nullptr;
    auto *list = new ListView(c, function, plid);
    wireList(list, c);
    openTab(list, title.isEmpty() ? function : title, accountIdOf(c));
    list->load();
    return list;
}

void MainWindow::wireList(ListView *list, net::Connection *c)
{
    // Lists and forms opened from a list work on that list's connection, whichever account is current.
    QPointer<net::Connection> conn(c);
    connect(list, &ListView::openFormRequested, this,
        [this, list, conn](
            const QString &func, const QString &elid, const QString &plid, const QString &buttonType) {
            openFormOn(conn, func, elid, plid, list, buttonType == QLatin1String("groupform"));
        });
    connect(list, &ListView::openListRequested, this,
        [this, list, conn](const QString &func, const QString &plid) {
            const int index = m_tabs->indexOf(list);
            const QString parentTitle = index >= 0 ? m_tabs->tabText(index) : QString();
            openListOn(conn, func, plid,
                parentTitle.isEmpty() ? func
                                      : tr("%1 › %2", "parent list › child list").arg(parentTitle, func));
        });
    // A "window" button names a function: a form (x.edit, x.order, …) or a list, opened here like any other.
    connect(list, &ListView::openWindowRequested, this, [this, list, conn](const protocol::Request &request) {
        const QString func = request.function();
        if (func.isEmpty() || !conn)
            return;
        const QString plid = request.value(QStringLiteral("plid"));
        if (func.contains(QLatin1Char('.')))
            openFormOn(conn, func, request.value(QStringLiteral("elid")), plid, list);
        else
            openListOn(conn, func, plid, func);
    });
    connect(list, &ListView::actionFinished, this, [this](const QString &, bool ok, const QString &message) {
        if (!message.isEmpty())
            statusBar()->showMessage(message, ok ? 5000 : 10000);
    });
    connect(
        list, &ListView::exportFinished, this, [this](const QString &path, bool ok, const QString &message) {
            if (ok)
                statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
            else if (!message.isEmpty())
                statusBar()->showMessage(message, 10000);
        });
}

FormWidget *MainWindow::openForm(
    const QString &function, const QString &elid, const QString &plid, ListView *origin)
{
    return openFormOn(currentConnection(), function, elid, plid, origin);
}

FormWidget *MainWindow::openFormOn(net::Connection *c, const QString &function, const QString &elid,
    const QString &plid, ListView *origin, bool inDialog)
{
    if (!c)
        return nullptr;
    QPointer<net::Connection> conn(c);
    QPointer<ListView> from(origin);
    if (inDialog) {
        // A groupform (e.g. payment.setstatus for the selected payments): a short, non-modal dialog.
        auto *dialog = new FormDialog(c, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setObjectName(QStringLiteral("groupFormDialog"));
        dialog->setWindowTitle(function);
        connect(dialog, &FormDialog::formAccepted, this,
            [this, conn, from](const QString &id, const QString &redirect, const QString &type) {
                applyFormOutcome(conn, from, id, redirect, type);
            });
        dialog->form()->open(function, elid, plid);
        dialog->open();
        return dialog->form();
    }
    auto *form = new FormWidget(c);
    connect(form, &FormWidget::accepted, this,
        [this, form, conn, from](const QString &id, const QString &redirect, const QString &type) {
            closeTabOf(form);
            if (from && m_tabs->indexOf(from) >= 0)
                m_tabs->setCurrentWidget(from); // back where the form came from, the new row selected
            applyFormOutcome(conn, from, id, redirect, type);
        });
    connect(form, &FormWidget::closeRequested, this, [this, form] { closeTabOf(form); });
    connect(form, &FormWidget::titleChanged, this, [this, form](const QString &title) {
        const int index = m_tabs->indexOf(form);
        if (index >= 0 && !title.isEmpty()) {
            m_tabs->setTabText(index, title);
            updateTabMarkers(); // the tooltip: title and account
        }
    });
    openTab(form, elid.isEmpty() ? tr("New (%1)").arg(function) : tr("%1 #%2").arg(function, elid),
        accountIdOf(c));
    form->open(function, elid, plid);
    return form;
}

void MainWindow::applyFormOutcome(net::Connection *c, ListView *origin, const QString &id,
    const QString &redirect, const QString &redirectType)
{
    const routing::FormOutcome outcome = routing::FormOutcome::of(id, redirect, redirectType);
    refreshAndSelect(origin, outcome.selectId); // nothing when the list was closed meanwhile
    if (!c)
        return;
    if (outcome.opensForm())
        openFormOn(c, outcome.function, outcome.elid, outcome.plid, origin);
    else if (outcome.opensList())
        openListOn(c, outcome.function, outcome.plid, outcome.function);
    else if (outcome.target == routing::FormOutcome::Target::Url && !outcome.url.isEmpty())
        // Only the host: such a URL may carry a one-time key.
        statusBar()->showMessage(
            tr("Saved. The server suggests a web page on %1.").arg(QUrl(outcome.url).host()), 10000);
}

void MainWindow::closeTabOf(QWidget *widget)
{
    const int index = m_tabs->indexOf(widget);
    if (index < 0)
        return;
    m_tabs->removeTab(index);
    widget->deleteLater();
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
            ImpersonationTab *tab
                = ImpersonationTab::open(conn, login, ImpersonationTab::defaultFunction(), this);
            connect(tab, &ImpersonationTab::openListRequested, this,
                [this, conn](const QString &function, const QString &plid, const QString &actingAs) {
                    if (!conn)
                        return;
                    ImpersonationTab *more = ImpersonationTab::open(conn, actingAs, function, this, plid);
                    openTab(more, more->title(), accountIdOf(conn));
                });
            openTab(tab, tab->title(), accountIdOf(conn));
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
