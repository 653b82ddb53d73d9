#pragma once
// The desktop app's own stores, seen from mgrdesk-cli: the account list (the app's settings file, or
// --settings FILE) and the keychain (same service as the app), with blocking helpers: a command-line tool
// waits for the keychain's answer in a local event loop (there is no window to keep responsive).

#include "core/accounts/accountstore.h"
#include "core/accounts/credentialstore.h"

#include <memory>
#include <optional>

namespace mgrdesk::cli {

class AppStores
{
public:
    explicit AppStores(const QString &settingsFile);

    accounts::AccountStore &accounts() { return *m_accounts; }
    accounts::CredentialStore &credentials() { return m_credentials; }

    // By name (exact, else case-insensitive when unique), else by id. nullopt and *error when not found.
    std::optional<accounts::Account> find(const QString &nameOrId, QString *error) const;

    // Blocking keychain calls (the store's own timeout applies).
    accounts::CredentialResult readPassword(const accounts::Account &account);
    accounts::CredentialResult writePassword(const accounts::Account &account, const QString &password);
    accounts::CredentialResult removePassword(const accounts::Account &account);

private:
    accounts::CredentialResult wait(accounts::CredentialRequest *request);

    std::unique_ptr<accounts::AccountStore> m_accounts;
    accounts::CredentialStore m_credentials;
};

} // namespace mgrdesk::cli
