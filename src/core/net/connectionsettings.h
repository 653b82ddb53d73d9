#pragma once
// What a Connection needs to know about its account (the accounts layer fills it; no password here).

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace mgrdesk::net {

// Key login is an action (Connection::requestWebLoginUrl), not a method.
enum class LoginMethod { Session, AuthInfo };

struct ConnectionSettings
{
    QString accountId; // account uuid (for logs)
    QUrl baseUrl; // full: https://host:1500/billmgr
    QString username;
    LoginMethod method = LoginMethod::Session;
    QString lang; // "en", "ru", … ; empty = the app's UI language
    QString defaultSu; // empty = none
    QByteArray pinnedCertificatePem; // the certificate the user chose to trust (may be empty)
    int maxConcurrent = 4;
    int timeoutMs = 30000; // per request: abort when no data arrived for this long
};

} // namespace mgrdesk::net
