#include "appstores.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace mgrdesk::cli {

using accounts::Account;
using accounts::CredentialResult;

AppStores::AppStores(const QString &settingsFile)
{
    if (!settingsFile.isEmpty()) {
        m_accounts = std::make_unique<accounts::AccountStore>(settingsFile);
        return;
    }
    // QSettings() reads the application's identity when it is created: borrow the desktop app's, so that the
    // CLI sees exactly the accounts the app saved (~/.config/mgrdesk/mgrdesk.conf, the registry, the plist).
    const QString ownName = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(QStringLiteral("mgrdesk"));
    m_accounts = std::make_unique<accounts::AccountStore>();
    QCoreApplication::setApplicationName(ownName);
}

std::optional<Account> AppStores::find(const QString &nameOrId, QString *error) const
{
    const QList<Account> all = m_accounts->accounts();
    for (const Account &a : all) {
        if (a.name == nameOrId)
            return a;
    }
    QList<Account> folded;
    for (const Account &a : all) {
        if (a.name.compare(nameOrId, Qt::CaseInsensitive) == 0)
            folded.append(a);
    }
    if (folded.size() == 1)
        return folded.first();
    if (m_accounts->contains(nameOrId))
        return m_accounts->account(nameOrId);
    *error = folded.isEmpty()
        ? QCoreApplication::translate(
            "mgrdesk::cli", "no account named “%1” (mgrdesk-cli accounts list shows them)")
              .arg(nameOrId)
        : QCoreApplication::translate("mgrdesk::cli", "several accounts are named “%1”: give its exact name")
              .arg(nameOrId);
    return std::nullopt;
}

CredentialResult AppStores::wait(accounts::CredentialRequest *request)
{
    CredentialResult result;
    QEventLoop loop;
    QObject::connect(
        request, &accounts::CredentialRequest::finished, &loop, [&result, &loop](const CredentialResult &r) {
            result = r;
            loop.quit();
        });
    loop.exec();
    return result;
}

CredentialResult AppStores::readPassword(const Account &account)
{
    return wait(m_credentials.readPassword(account.credentialKey()));
}

CredentialResult AppStores::writePassword(const Account &account, const QString &password)
{
    return wait(m_credentials.writePassword(account.credentialKey(), password));
}

CredentialResult AppStores::removePassword(const Account &account)
{
    return wait(m_credentials.removePassword(account.credentialKey()));
}

} // namespace mgrdesk::cli
