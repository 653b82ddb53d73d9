// MainWindow: the tabs it opens (lists and forms from the navigation tree and from lists, impersonation,
// sessions), the Account menu and the window-wide shortcuts.
#include "mainwindow.h"

#include "accounts/connectionmanager.h"
#include "core/accounts/accountstore.h"
#include "forms/formwidget.h"
#include "impersonation/actasdialog.h"
#include "impersonation/audittraildialog.h"
#include "impersonation/browserlogin.h"
#include "impersonation/impersonationbanner.h"
#include "impersonation/impersonationtab.h"
#include "lists/listview.h"
#include "navigation/navigationtree.h"
#include "sessions/sessionswidget.h"
#include "tabwidget.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QShortcut>
#include <QStatusBar>
#include <QTabWidget>
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
        [this, list, conn](const QString &func, const QString &elid, const QString &plid) {
            openFormOn(conn, func, elid, plid, list);
        });
    connect(list, &ListView::openListRequested, this,
        [this, list, conn](const QString &func, const QString &plid) {
            const int index = m_tabs->indexOf(list);
            const QString parentTitle = index >= 0 ? m_tabs->tabText(index) : QString();
            openListOn(conn, func, plid,
                parentTitle.isEmpty() ? func
                                      : tr("%1 › %2", "parent list › child list").arg(parentTitle, func));
        });
    connect(list, &ListView::actionFinished, this, [this](const QString &, bool ok, const QString &message) {
        if (!message.isEmpty())
            statusBar()->showMessage(message, ok ? 5000 : 10000);
    });
}

FormWidget *MainWindow::openForm(
    const QString &function, const QString &elid, const QString &plid, ListView *origin)
{
    return openFormOn(currentConnection(), function, elid, plid, origin);
}

FormWidget *MainWindow::openFormOn(
    net::Connection *c, const QString &function, const QString &elid, const QString &plid, ListView *origin)
{
    if (!c)
        return nullptr;
    auto *form = new FormWidget(c);
    QPointer<ListView> from(origin);
    connect(form, &FormWidget::accepted, this, [this, form, from] {
        closeTabOf(form);
        if (from)
            from->refresh();
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
    ActAsDialog::ask(this, QString(), this, [this, conn](const QString &login) {
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
}

void MainWindow::openInBrowser()
{
    if (net::Connection *c = currentConnection())
        BrowserLogin::open(c, QString(), this);
    else
        statusBar()->showMessage(tr("Select an account first."), 5000);
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
