// MainWindow: the status area (running requests), the notification badge (func=notify per logged-in
// account) and the quick switcher (Ctrl+K) over the menus of every account.
#include "mainwindow.h"

#include "activityindicator.h"
#include "core/accounts/accountstore.h"
#include "core/navigation/menustore.h"
#include "core/net/connectionmanager.h"
#include "core/notify/notificationpoller.h"
#include "lists/listview.h"
#include "navigation/quickswitcher.h"
#include "notify/notificationbadge.h"
#include "tabwidget.h"

#include <memory>

namespace mgrdesk::gui {

using accounts::Account;

void MainWindow::updateActivity()
{
    int current = 0;
    QList<QPair<QString, int>> others;
    const QList<Account> accounts = m_store->accounts();
    for (const Account &a : accounts) {
        const net::Connection *c = m_connections->existingConnection(a.id);
        if (!c)
            continue;
        const int n = c->pendingJobCount();
        if (a.id == m_currentId)
            current = n;
        else if (n > 0)
            others.append({ a.name, n });
    }
    m_activity->setActivity(current, others);
}

notify::NotificationPoller *MainWindow::notificationPoller(const QString &accountId) const
{
    return m_pollers.value(accountId);
}

void MainWindow::setNotificationInterval(int ms)
{
    m_notifyInterval = qMax(0, ms);
    for (const QPointer<notify::NotificationPoller> &poller : std::as_const(m_pollers)) {
        if (poller)
            poller->setInterval(
                m_notifyInterval > 0 ? m_notifyInterval : notify::NotificationPoller::defaultInterval());
    }
}

void MainWindow::checkNotificationsNow()
{
    for (const QPointer<notify::NotificationPoller> &poller : std::as_const(m_pollers)) {
        if (poller)
            poller->pollNow();
    }
}

void MainWindow::updateNotifications()
{
    QList<NotificationBadge::Account> list;
    const QList<Account> accounts = m_store->accounts();
    for (const Account &a : accounts) {
        notify::NotificationPoller *poller = m_pollers.value(a.id);
        if (!poller)
            continue;
        NotificationBadge::Account entry;
        entry.id = a.id;
        entry.name = a.name;
        entry.icon = accountMarker(a.id);
        entry.state = poller->state();
        entry.counters = poller->counters();
        entry.total = poller->total(); // includes a newer <doc notify> total
        entry.balance = poller->balance();
        entry.message = poller->message();
        entry.lastChecked = poller->lastChecked();
        list.append(entry);
        // Which list a counter opens comes from the account's menu: have it ready before the click.
        if (entry.state == notify::NotificationPoller::State::Ok)
            m_menus->load(a.id, poller->connection());
    }
    m_badge->setAccounts(list, m_currentId);
}

void MainWindow::openNotification(const QString &accountId, const QString &counterName, const QString &title)
{
    if (!m_store->contains(accountId))
        return;
    net::Connection *c = m_connections->connection(accountId);
    if (!m_menus->hasMenu(accountId) && c && c->state() == net::Connection::State::Connected) {
        // Learn the account's menu first (ticket → clientticket for a client), then open.
        m_menus->load(accountId, c);
        if (m_menus->isLoading(accountId)) {
            auto once = std::make_shared<QMetaObject::Connection>();
            *once = connect(m_menus, &navigation::MenuStore::menuChanged, this,
                [this, once, accountId, counterName, title](const QString &id) {
                    if (id != accountId)
                        return;
                    disconnect(*once);
                    openNotification(accountId, counterName, title);
                });
            return;
        }
    }
    const navigation::MenuEntry entry = m_menus->entryForCounter(accountId, counterName);
    const QString function = entry.action.isEmpty() ? counterName : entry.action;
    const QString tabTitle = entry.title.isEmpty() ? title : entry.title;
    if (accountId != m_currentId)
        selectAccount(accountId);
    // The list is open already: show it again, fresh.
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *list = qobject_cast<ListView *>(m_tabs->widget(i));
        if (list && tabAccountId(i) == accountId && list->function() == function && list->plid().isEmpty()) {
            m_tabs->setCurrentIndex(i);
            list->refresh();
            return;
        }
    }
    openListFor(accountId, function, QString(), tabTitle);
}

void MainWindow::showQuickSwitcher()
{
    QList<QuickSwitcher::Account> accounts;
    const QList<Account> all = m_store->accounts();
    for (int pass = 0; pass < 2; ++pass) { // the current account first
        for (const Account &a : all) {
            if ((pass == 0) != (a.id == m_currentId))
                continue;
            accounts.append({ a.id, a.name, accountMarker(a.id), m_connections->existingConnection(a.id),
                Account::tagColorName(a.tag) });
            // Menus of the logged-in accounts not loaded yet come in while the popup is open.
            if (net::Connection *c = m_connections->existingConnection(a.id))
                m_menus->load(a.id, c);
        }
    }
    m_switcherPopup->setAccounts(accounts);
    m_switcherPopup->popup();
}

void MainWindow::openEntryOn(
    const QString &accountId, const QString &action, const QString &type, const QString &title)
{
    if (!m_store->contains(accountId))
        return;
    if (accountId != m_currentId)
        selectAccount(accountId);
    openNavigationEntry(action, type, title);
}

} // namespace mgrdesk::gui
