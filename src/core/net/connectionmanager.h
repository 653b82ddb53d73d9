#pragma once
// One net::Connection per account, created on first use and kept while the application runs (switching
// accounts keeps every session). Glues the account store, the credential store and the connections together:
// passwords come from this session's memory, else the keychain, else the user (passwordNeeded()); a password
// the user asked to remember is written to the keychain only after it logged in; pinned certificates go to
// the store.

#include "core/accounts/account.h"
#include "core/net/connection.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace mgrdesk::accounts {
class AccountStore;
class CredentialStore;
} // namespace mgrdesk::accounts

namespace mgrdesk::net {

class ConnectionManager : public QObject
{
    Q_OBJECT
public:
    ConnectionManager(
        accounts::AccountStore *store, accounts::CredentialStore *credentials, QObject *parent = nullptr);
    ~ConnectionManager() override;

    accounts::AccountStore *accountStore() const { return m_store; }
    accounts::CredentialStore *credentialStore() const { return m_credentials; }

    // The account's connection, created (and its password looked up) on first call; nullptr for unknown ids.
    net::Connection *connection(const QString &accountId);
    net::Connection *existingConnection(const QString &accountId) const
    {
        return m_connections.value(accountId);
    }
    // Logs in unless connected or already on the way (waits for the keychain's answer first).
    void connectAccount(const QString &accountId);

    // The user's answer to passwordNeeded() (or a password from elsewhere, e.g. --demo-server). remember:
    // write it to the keychain once the server accepted it. Always kept in memory for this session.
    void providePassword(const QString &accountId, const QString &password, bool remember);
    // The user cancelled the prompt: the connection stays waiting; connectAccount() asks again.
    void passwordDeclined(const QString &accountId);

    // Session memory, else the keychain; `callback(password or nullopt, why-not)` runs once, later, unless
    // `context` is gone.
    void lookupPassword(const accounts::Account &account, QObject *context,
        std::function<void(std::optional<QString>, QString)> callback);

    // Text for the password prompt when no keychain works (empty when it does or is not known to fail).
    QString keychainProblem() const;

Q_SIGNALS:
    void connectionCreated(const QString &accountId, mgrdesk::net::Connection *connection);
    void passwordNeeded(const QString &accountId, const QString &reason);
    void trustRequired(const QString &accountId, const mgrdesk::net::TrustQuestion &question);
    void stateChanged(const QString &accountId, mgrdesk::net::Connection::State state);
    void loggedIn(const QString &accountId, std::optional<int> level);
    void keychainUnavailable(const QString &reason); // once

private:
    void onAccountChanged(const accounts::Account &before, const accounts::Account &after);
    void onAccountRemoved(const accounts::Account &account);
    void onPasswordRequired(const QString &accountId, const QString &reason);

    accounts::AccountStore *m_store;
    accounts::CredentialStore *m_credentials;
    QHash<QString, QPointer<net::Connection>> m_connections;
    QHash<QString, bool> m_lookupPending; // a keychain read is on its way for this account
    QHash<QString, QString> m_deferredReason; // passwordRequired that arrived during that read
    QHash<QString, QString> m_rememberAfterLogin; // accountId → password to save once the server accepted it
    QHash<QString, QString> m_lastReason; // why the connection last asked for a password
    QHash<QString, bool> m_loginWanted; // connectAccount() called while the password was looked up
};

} // namespace mgrdesk::net
