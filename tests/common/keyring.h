#pragma once
// What the Secret Service holds, seen from another process the way a user would look (scripts/test runs the
// suites in a private D-Bus session with an unlocked gnome-keyring). Header-only: for suites that link
// mgrdesk_core.

#include "core/accounts/credentialstore.h"

#include <QProcess>
#include <QString>
#include <QStringList>

namespace mgrdesk::test {

// `secret-tool lookup user KEY server SERVICE`: true when it prints a secret (put in *secret, if given).
// False when there is none or secret-tool does not finish within 30 s.
inline bool secretExists(const QString &key, QString *secret = nullptr,
    const QString &service = accounts::CredentialStore::defaultService())
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
        { QStringLiteral("lookup"), QStringLiteral("user"), key, QStringLiteral("server"), service });
    if (!p.waitForFinished(30000))
        return false;
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    if (secret)
        *secret = out;
    return p.exitCode() == 0 && !out.isEmpty();
}

} // namespace mgrdesk::test
