#pragma once
// Passwords in the operating system's keychain through QtKeychain (service = application id,
// key = user@host:uuid), asynchronous with our own timeout. When no secure store works, it says so once
// (unavailable()) and keeps passwords for this session in memory only: never in plaintext on disk.

#include "account.h"
#include "credentialrequest.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace mgrdesk::accounts {

class AccountStore;

class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Availability { Unknown, Available, Unavailable };
    Q_ENUM(Availability)

    static constexpr int DefaultTimeoutMs = 15000;

    explicit CredentialStore(QObject *parent = nullptr); // service = defaultService()
    explicit CredentialStore(const QString &service, QObject *parent = nullptr);
    ~CredentialStore() override;

    static QString defaultService(); // "io.github.mgrdesk.Mgrdesk"
    QString service() const { return m_service; }

    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }

    Availability availability() const { return m_availability; }
    QString unavailableReason() const { return m_unavailableReason; }
    // Forget an "unavailable" verdict (e.g. the user unlocked the keyring) so the next call tries again.
    void retry();

    // Each returns a request that finishes exactly once (possibly already queued when the store is
    // unavailable).
    CredentialRequest *readPassword(const QString &key);
    CredentialRequest *writePassword(const QString &key, const QString &password);
    CredentialRequest *removePassword(const QString &key);

    // Session memory: what the user typed when there is no keychain (or chose not to save). Never persisted.
    void setSessionPassword(const QString &key, const QString &password);
    QString sessionPassword(const QString &key) const { return m_session.value(key); }
    bool hasSessionPassword(const QString &key) const { return m_session.contains(key); }
    void forgetSessionPassword(const QString &key);

    // Follow an account store: removing an account removes its secret; changing its user or host (the key)
    // removes the secret stored under the old key.
    void watch(AccountStore *store);

Q_SIGNALS:
    // Emitted once per verdict: the secure store does not work; the app asks for passwords each session.
    void unavailable(const QString &reason);
    void availabilityChanged(mgrdesk::accounts::CredentialStore::Availability availability);

private:
    CredentialRequest *start(CredentialRequest::Kind kind, const QString &key, const QString &password);
    void markAvailable();
    void markUnavailable(const QString &reason);

    QString m_service;
    int m_timeoutMs = DefaultTimeoutMs;
    Availability m_availability = Availability::Unknown;
    QString m_unavailableReason;
    QHash<QString, QString> m_session;
    QPointer<AccountStore> m_watched;
};

} // namespace mgrdesk::accounts
