#include "sessionstore.h"

#include <QRandomGenerator>

namespace mgrdesk::sim {

SessionStore::SessionStore(int idleSeconds)
    : m_idleSeconds(idleSeconds > 0 ? idleSeconds : 3600)
{
    m_clock.start();
}

Session &SessionStore::create(const QString &login, const QString &ip)
{
    purge();
    QString id;
    do {
        id.clear();
        for (int i = 0; i < 3; ++i)
            id += QStringLiteral("%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    } while (m_sessions.contains(id));
    Session s;
    s.id = id;
    s.login = login;
    s.effective = login;
    s.ip = ip;
    s.lastActive = now();
    s.created = QDateTime::currentDateTime();
    return *m_sessions.insert(id, s);
}

Session *SessionStore::use(const QString &id, const QString &ip)
{
    auto it = m_sessions.find(id);
    if (it == m_sessions.end())
        return nullptr;
    if (now() - it->lastActive > qint64(m_idleSeconds) * 1000) {
        m_sessions.erase(it);
        return nullptr;
    }
    if (it->ip != ip)
        return nullptr;
    it->lastActive = now();
    return &*it;
}

Session *SessionStore::find(const QString &id)
{
    auto it = m_sessions.find(id);
    return it == m_sessions.end() ? nullptr : &*it;
}

bool SessionStore::remove(const QString &id)
{
    return m_sessions.remove(id) > 0;
}

void SessionStore::expire(const QString &id)
{
    m_sessions.remove(id);
}

QList<Session> SessionStore::all()
{
    purge();
    return m_sessions.values();
}

void SessionStore::addKey(const QString &login, const QString &key)
{
    m_keys.insert(key, { login, now() });
}

bool SessionStore::takeKey(const QString &login, const QString &key)
{
    auto it = m_keys.find(key);
    if (it == m_keys.end())
        return false;
    const bool ok = it->login == login && now() - it->created <= qint64(m_idleSeconds) * 1000;
    if (it->login == login)
        m_keys.erase(it); // single use, whatever the outcome
    return ok;
}

void SessionStore::purge()
{
    const qint64 limit = qint64(m_idleSeconds) * 1000;
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (now() - it->lastActive > limit)
            it = m_sessions.erase(it);
        else
            ++it;
    }
}

} // namespace mgrdesk::sim
