#pragma once
// The servers' main menus (func=desktop) per account, as far as they have been loaded. The one place that
// fetches a menu: the navigation tree, the request console's completion, the quick switcher and the
// notification counters all ask here (load/reload) and listen for menuLoaded/menuFailed; however many ask,
// at most one func=desktop is on its way per account. Also answers "which list shows this notification
// counter" from an account's menu.

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

    // The key a connection's menu is kept under: its account id, else (a connection made without an
    // account: tests, tools) its server and user name.
    static QString keyFor(const net::Connection *connection);

    void setMenu(const QString &accountId, const protocol::MenuData &menu);
    void forget(const QString &accountId);
    bool hasMenu(const QString &accountId) const { return m_entries.contains(accountId); }
    bool isLoading(const QString &accountId) const { return m_loading.value(accountId) != nullptr; }
    QStringList accounts() const { return m_entries.keys(); }
    QList<MenuEntry> entries(const QString &accountId) const { return m_entries.value(accountId); }
    protocol::MenuData menu(const QString &accountId) const { return m_menus.value(accountId); }
    QStringList functions(const QString &accountId) const; // the entries' actions, each once, in menu order

    // Loads the menu of `accountId` over `connection` unless it is known or on its way. Never logs in by
    // itself: a connection that is not logged in is left alone.
    void load(const QString &accountId, net::Connection *connection);
    // Fetches the menu again even when it is known (after a login, on the user's request); joins the
    // request on its way when there is one. The known menu stays until the new one arrives.
    void reload(const QString &accountId, net::Connection *connection);
    int requestsSent() const { return m_requestsSent; } // func=desktop requests this store has sent

    // The list entry for a notify counter `name` (ticket → "ticket" for an admin, "clientticket" for a
    // client): an entry whose action is the name, else one ending with it, else one containing it. Empty
    // action when the account's menu has none (or is not loaded).
    MenuEntry entryForCounter(const QString &accountId, const QString &name) const;

Q_SIGNALS:
    // Any change of an account's menu: loaded, set, forgotten, or a load that failed (waiters stop waiting).
    void menuChanged(const QString &accountId);
    void menuLoaded(const QString &accountId); // a fetched menu arrived (menu(accountId) holds it)
    void menuFailed(const QString &accountId, const QString &message); // translated, for the user

private:
    void fetch(const QString &accountId, net::Connection *connection);

    QHash<QString, QList<MenuEntry>> m_entries;
    QHash<QString, protocol::MenuData> m_menus;
    QHash<QString, QPointer<QObject>> m_loading; // accountId → the job's context
    int m_requestsSent = 0;
};

} // namespace mgrdesk::navigation
