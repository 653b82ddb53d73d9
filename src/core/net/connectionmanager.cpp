#include "connectionmanager.h"

#include "accountconnection.h"
#include "core/accounts/accountstore.h"
#include "core/accounts/credentialstore.h"

namespace mgrdesk::net {

using accounts::Account;
using accounts::CredentialStore;

namespace {
bool sameSettings(const net::ConnectionSettings &a, const net::ConnectionSettings &b)
{
    return a.accountId == b.accountId && a.baseUrl == b.baseUrl && a.username == b.username
        && a.method == b.method && a.lang == b.lang && a.defaultSu == b.defaultSu
        && a.pinnedCertificatePem == b.pinnedCertificatePem;
}
} // namespace

ConnectionManager::ConnectionManager(
    accounts::AccountStore *store, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_credentials(credentials)
{
    connect(store, &accounts::AccountStore::accountChanged, this, &ConnectionManager::onAccountChanged);
    connect(store, &accounts::AccountStore::accountRemoved, this, &ConnectionManager::onAccountRemoved);
    connect(credentials, &CredentialStore::unavailable, this, &ConnectionManager::keychainUnavailable);
    credentials->watch(store); // removing an account (or changing its user/host) removes its secret
}

ConnectionManager::~ConnectionManager() = default;

QString ConnectionManager::keychainProblem() const
{
    return m_credentials->availability() == CredentialStore::Availability::Unavailable
        ? m_credentials->unavailableReason()
        : QString();
}

net::Connection *ConnectionManager::connection(const QString &accountId)
{
    if (net::Connection *existing = m_connections.value(accountId))
        return existing;
    if (!m_store->contains(accountId))
        return nullptr;
    const Account account = m_store->account(accountId);
    auto *c = new net::Connection(connectionSettingsFor(account), this);
    m_connections.insert(accountId, c);

    connect(c, &net::Connection::stateChanged, this,
        [this, accountId](net::Connection::State state) { Q_EMIT stateChanged(accountId, state); });
    connect(c, &net::Connection::loggedIn, this, [this, accountId](std::optional<int> level) {
        const QString toSave = m_rememberAfterLogin.take(accountId);
        if (!toSave.isEmpty() && m_store->contains(accountId))
            m_credentials->writePassword(m_store->account(accountId).credentialKey(), toSave);
        Q_EMIT loggedIn(accountId, level);
    });
    connect(c, &net::Connection::passwordRequired, this,
        [this, accountId](const QString &reason) { onPasswordRequired(accountId, reason); });
    connect(c, &net::Connection::certificateTrustRequired, this,
        [this, accountId](const net::TrustQuestion &q) { Q_EMIT trustRequired(accountId, q); });
    connect(c, &net::Connection::certificatePinned, this,
        [this, accountId](const QByteArray &pem) { m_store->setPinnedCertificate(accountId, pem); });

    m_lookupPending.insert(accountId, true);
    QPointer<net::Connection> guard(c);
    lookupPassword(account, c, [this, accountId, guard](std::optional<QString> password, const QString &why) {
        m_lookupPending.remove(accountId);
        const QString deferred = m_deferredReason.take(accountId);
        const bool wanted = m_loginWanted.take(accountId);
        if (!guard)
            return;
        if (password && !guard->hasPassword())
            guard->setPassword(*password);
        if (guard->hasPassword()) {
            if (wanted)
                guard->login();
            return; // a deferred passwordRequired is answered by setPassword (the connection resumes)
        }
        if (wanted || !deferred.isEmpty())
            Q_EMIT passwordNeeded(accountId, deferred.isEmpty() ? why : deferred);
    });
    Q_EMIT connectionCreated(accountId, c);
    return c;
}

void ConnectionManager::connectAccount(const QString &accountId)
{
    net::Connection *c = connection(accountId);
    if (!c)
        return;
    if (m_lookupPending.value(accountId)) {
        m_loginWanted.insert(accountId, true);
        return;
    }
    switch (c->state()) {
    case net::Connection::State::Connected:
    case net::Connection::State::LoggingIn:
    case net::Connection::State::WaitingForTrust:
    case net::Connection::State::WaitingForSecondFactor:
        return;
    case net::Connection::State::WaitingForPassword:
        // The connection asked once already (and does not ask twice): ask the user again ourselves.
        Q_EMIT passwordNeeded(accountId, m_lastReason.value(accountId));
        return;
    default:
        break;
    }
    if (!c->hasPassword()) {
        const QString problem = keychainProblem();
        Q_EMIT passwordNeeded(
            accountId, problem.isEmpty() ? tr("No password is saved for this account.") : QString());
        return;
    }
    c->login();
}

void ConnectionManager::providePassword(const QString &accountId, const QString &password, bool remember)
{
    if (!m_store->contains(accountId) || password.isEmpty())
        return;
    const QString key = m_store->account(accountId).credentialKey();
    m_credentials->setSessionPassword(key, password);
    if (remember && m_credentials->availability() != CredentialStore::Availability::Unavailable)
        m_rememberAfterLogin.insert(accountId, password);
    else
        m_rememberAfterLogin.remove(accountId);
    net::Connection *c = connection(accountId);
    c->setPassword(password);
    if (c->state() != net::Connection::State::Connected && c->state() != net::Connection::State::LoggingIn)
        c->login();
}

void ConnectionManager::passwordDeclined(const QString &accountId)
{
    m_loginWanted.remove(accountId);
    m_rememberAfterLogin.remove(accountId);
}

void ConnectionManager::lookupPassword(
    const Account &account, QObject *context, std::function<void(std::optional<QString>, QString)> callback)
{
    const QString key = account.credentialKey();
    if (m_credentials->hasSessionPassword(key)) {
        const QString password = m_credentials->sessionPassword(key);
        QMetaObject::invokeMethod(
            context, [callback, password] { callback(password, QString()); }, Qt::QueuedConnection);
        return;
    }
    accounts::CredentialRequest *request = m_credentials->readPassword(key);
    connect(request, &accounts::CredentialRequest::finished, context,
        [callback](const accounts::CredentialResult &result) {
            if (result.ok() && !result.password.isEmpty())
                callback(result.password, QString());
            else
                callback(std::nullopt, result.message);
        });
}

void ConnectionManager::onPasswordRequired(const QString &accountId, const QString &reason)
{
    if (m_lookupPending.value(accountId)) {
        m_deferredReason.insert(accountId, reason); // the keychain may still answer
        return;
    }
    net::Connection *c = m_connections.value(accountId);
    if (c && c->hasPassword() && m_store->contains(accountId)) {
        // The server refused the password we had: do not offer it again this session.
        m_credentials->forgetSessionPassword(m_store->account(accountId).credentialKey());
        m_rememberAfterLogin.remove(accountId);
    }
    m_lastReason.insert(accountId, reason);
    Q_EMIT passwordNeeded(accountId, reason);
}

void ConnectionManager::onAccountChanged(const Account &before, const Account &after)
{
    net::Connection *c = m_connections.value(after.id);
    if (!c)
        return;
    const net::ConnectionSettings settings = connectionSettingsFor(after);
    if (!sameSettings(settings, c->settings()))
        c->setSettings(settings);
    if (before.credentialKey() != after.credentialKey()) {
        // Another user or server: the old password must never be sent there.
        c->setPassword(QString());
        m_rememberAfterLogin.remove(after.id);
        m_lookupPending.insert(after.id, true);
        QPointer<net::Connection> guard(c);
        const QString id = after.id;
        lookupPassword(after, c, [this, id, guard](std::optional<QString> password, const QString &) {
            m_lookupPending.remove(id);
            const QString deferred = m_deferredReason.take(id);
            m_loginWanted.remove(id);
            if (!guard)
                return;
            if (password && !guard->hasPassword())
                guard->setPassword(*password);
            else if (!guard->hasPassword() && !deferred.isEmpty())
                Q_EMIT passwordNeeded(id, deferred);
        });
    }
}

void ConnectionManager::onAccountRemoved(const Account &account)
{
    m_lookupPending.remove(account.id);
    m_deferredReason.remove(account.id);
    m_rememberAfterLogin.remove(account.id);
    m_loginWanted.remove(account.id);
    m_lastReason.remove(account.id);
    if (QPointer<net::Connection> c = m_connections.take(account.id)) {
        c->logout();
        c->deleteLater();
    }
}

} // namespace mgrdesk::net
