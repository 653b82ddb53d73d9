#include "menustore.h"

#include "core/net/apijob.h"
#include "core/net/connection.h"
#include "core/protocol/request.h"

namespace mgrdesk::navigation {

QString menuNodeTitle(const protocol::MenuNode &node, const protocol::MenuData &menu)
{
    if (!node.title.isEmpty())
        return node.title;
    const QString fromMessages = menu.messages.value(node.name);
    if (!fromMessages.isEmpty())
        return fromMessages;
    return node.name.isEmpty() ? node.action : node.name;
}

namespace {

void flatten(const QList<protocol::MenuNode> &nodes, const protocol::MenuData &menu, const QString &path,
    QList<MenuEntry> &out)
{
    for (const protocol::MenuNode &node : nodes) {
        const QString title = menuNodeTitle(node, menu);
        if (!node.action.isEmpty())
            out.append(MenuEntry { node.action, node.type, title, path });
        if (!node.children.isEmpty())
            flatten(node.children, menu,
                path.isEmpty() ? title : MenuStore::tr("%1 › %2", "menu group › subgroup").arg(path, title),
                out);
    }
}
} // namespace

MenuStore::MenuStore(QObject *parent)
    : QObject(parent)
{
}

void MenuStore::setMenu(const QString &accountId, const protocol::MenuData &menu)
{
    QList<MenuEntry> entries;
    flatten(menu.nodes, menu, QString(), entries);
    m_entries.insert(accountId, entries);
    m_menus.insert(accountId, menu);
    if (QObject *context = m_loading.take(accountId))
        context->deleteLater(); // a load on its way is not needed any more
    Q_EMIT menuChanged(accountId);
}

void MenuStore::forget(const QString &accountId)
{
    if (QObject *context = m_loading.take(accountId))
        context->deleteLater();
    m_menus.remove(accountId);
    if (m_entries.remove(accountId) > 0)
        Q_EMIT menuChanged(accountId);
}

QString MenuStore::keyFor(const net::Connection *connection)
{
    if (!connection)
        return QString();
    const net::ConnectionSettings &s = connection->settings();
    return s.accountId.isEmpty() ? s.baseUrl.toString(QUrl::RemoveUserInfo) + QLatin1Char('#') + s.username
                                 : s.accountId;
}

QStringList MenuStore::functions(const QString &accountId) const
{
    QStringList out;
    const QList<MenuEntry> entries = m_entries.value(accountId);
    for (const MenuEntry &e : entries) {
        if (!e.action.isEmpty() && !out.contains(e.action))
            out.append(e.action);
    }
    return out;
}

void MenuStore::load(const QString &accountId, net::Connection *connection)
{
    if (!m_entries.contains(accountId))
        fetch(accountId, connection);
}

void MenuStore::reload(const QString &accountId, net::Connection *connection)
{
    fetch(accountId, connection);
}

void MenuStore::fetch(const QString &accountId, net::Connection *connection)
{
    if (!connection || m_loading.value(accountId))
        return; // one request per account: the one on its way answers everybody
    if (connection->state() != net::Connection::State::Connected)
        return;
    auto *context = new QObject(this); // cancels the job when the store forgets the account
    m_loading.insert(accountId, context);
    ++m_requestsSent;
    net::ApiJob *job = connection->send(protocol::Request(QStringLiteral("desktop")), context);
    connect(job, &net::ApiJob::finished, context, [this, accountId, context](const net::ApiResult &result) {
        if (m_loading.value(accountId) == context)
            m_loading.remove(accountId);
        context->deleteLater();
        if (result.status == net::ApiResult::Status::Cancelled) {
            Q_EMIT menuChanged(accountId); // whoever waits for it stops waiting
            return;
        }
        if (result.ok() && result.reply.menu) {
            setMenu(accountId, *result.reply.menu);
            Q_EMIT menuLoaded(accountId);
            return;
        }
        const QString message = result.ok() ? tr("The server sent no menu.") : result.message;
        Q_EMIT menuFailed(accountId, message);
        Q_EMIT menuChanged(accountId); // no menu: whoever waits for it stops waiting
    });
}

MenuEntry MenuStore::entryForCounter(const QString &accountId, const QString &name) const
{
    const QList<MenuEntry> entries = m_entries.value(accountId);
    const auto isList
        = [](const MenuEntry &e) { return e.type.isEmpty() || e.type == QLatin1String("list"); };
    for (const MenuEntry &e : entries) {
        if (isList(e) && e.action == name)
            return e;
    }
    for (const MenuEntry &e : entries) {
        if (isList(e) && e.action.endsWith(name))
            return e;
    }
    for (const MenuEntry &e : entries) {
        if (isList(e) && e.action.contains(name))
            return e;
    }
    return {};
}

} // namespace mgrdesk::navigation
