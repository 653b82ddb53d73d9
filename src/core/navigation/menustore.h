#pragma once
// The servers' main menus (func=desktop) per account, as far as they have been loaded: the navigation tree
// puts the current account's menu here, the quick switcher asks for the menus of the other logged-in
// accounts. Also answers "which list shows this notification counter" from an account's menu.

#include "core/protocol/reply.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace mgrdesk::net {
class Connection;
}

namespace mgrdesk::navigation {

// A menu node's title: its own, else the menu's message for its name, else its name or action.
QString menuNodeTitle(const protocol::MenuNode &node, const protocol::MenuData &menu);

struct MenuEntry
{
    QString action, type, title;
    QString path; // the groups above it, "Billing › Payments" style, without the title itself
};

class MenuStore : public QObject
{
    Q_OBJECT
public:
    explicit MenuStore(QObject *parent = nullptr);

    void setMenu(const QString &accountId, const protocol::MenuData &menu);
    void forget(const QString &accountId);
    bool hasMenu(const QString &accountId) const { return m_entries.contains(accountId); }
    bool isLoading(const QString &accountId) const { return m_loading.contains(accountId); }
    QStringList accounts() const { return m_entries.keys(); }
    QList<MenuEntry> entries(const QString &accountId) const { return m_entries.value(accountId); }

    // Loads the menu of `accountId` over `connection` unless it is known or on its way. Never logs in by
    // itself: a connection that is not logged in is left alone.
    void load(const QString &accountId, net::Connection *connection);

    // The list entry for a notify counter `name` (ticket → "ticket" for an admin, "clientticket" for a
    // client): an entry whose action is the name, else one ending with it, else one containing it. Empty
    // action when the account's menu has none (or is not loaded).
    MenuEntry entryForCounter(const QString &accountId, const QString &name) const;

Q_SIGNALS:
    void menuChanged(const QString &accountId);

private:
    QHash<QString, QList<MenuEntry>> m_entries;
    QHash<QString, QPointer<QObject>> m_loading; // accountId → the job's context
};

} // namespace mgrdesk::navigation
