#pragma once
// Sessions (func=auth), single-use login keys (session.newkey) and their expiry. A session is bound to the
// address that created it and expires after an idle time.
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace mgrdesk::sim {

struct Session
{
    QString id;
    QString login; // who logged in
    QString effective; // who the session acts as (func=su)
    QString ip;
    qint64 lastActive = 0; // ms on the store's clock
    QDateTime created;
};

class SessionStore
{
public:
    explicit SessionStore(int idleSeconds);

    Session &create(const QString &login, const QString &ip);
    // The live session `id` for address `ip`, refreshed; nullptr when unknown, expired or bound elsewhere.
    Session *use(const QString &id, const QString &ip);
    Session *find(const QString &id);
    bool remove(const QString &id);
    void expire(const QString &id); // fault injection: the next use fails
    QList<Session> all();

    void addKey(const QString &login, const QString &key);
    // Consumes the key: true once, when it exists, belongs to `login` and has not expired.
    bool takeKey(const QString &login, const QString &key);

    int idleSeconds() const { return m_idleSeconds; }

private:
    void purge();
    qint64 now() const { return m_clock.elapsed(); }

    struct Key
    {
        QString login;
        qint64 created;
    };
    int m_idleSeconds;
    QElapsedTimer m_clock;
    QHash<QString, Session> m_sessions;
    QHash<QString, Key> m_keys;
};

} // namespace mgrdesk::sim
