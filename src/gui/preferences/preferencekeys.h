#pragma once
// The Preferences dialog's settings (typed keys over the application's one settings file).

#include "core/settings/settings.h"

namespace mgrdesk::settings::keys {

inline const Key<QString> language { QStringLiteral("preferences/language"), QString() }; // "" = the system's
inline const Key<QString> theme { QStringLiteral("preferences/theme"), QStringLiteral("system") };
inline const Key<QString> tableDensity { QStringLiteral("preferences/tableDensity"),
    QStringLiteral("comfortable") };
inline const Key<bool> openStartPage { QStringLiteral("preferences/openStartPage"), true };
inline const Key<bool> confirmChanges { QStringLiteral("preferences/confirmChanges"), true };
inline const Key<bool> alertsEnabled { QStringLiteral("notifications/alerts"), true };
inline const Key<bool> quietHours { QStringLiteral("notifications/quietHours"), false };
inline const Key<QString> quietFrom { QStringLiteral("notifications/quietFrom"), QStringLiteral("22:00") };
inline const Key<QString> quietTo { QStringLiteral("notifications/quietTo"), QStringLiteral("08:00") };
// Closing the window with alerts on: keepInTray is the answer; asked each time until the user ticks "Do not
// ask again" (the dontask/ key below), which Preferences › Confirmations can reset.
inline const Key<bool> keepInTray { QStringLiteral("notifications/keepInTray"), false };
inline const Key<bool> dontAskKeepInTray { QStringLiteral("dontask/keepInTray"), false };
// Per account (docs/desktop.md): alerts on/off, and quiet hours of its own instead of the ones above.
inline Key<bool> accountAlerts(const QString &accountId)
{
    return { QStringLiteral("notifications/account/%1/alerts").arg(accountId), true };
}
inline Key<bool> accountOwnQuietHours(const QString &accountId)
{
    return { QStringLiteral("notifications/account/%1/ownQuietHours").arg(accountId), false };
}
inline Key<QString> accountQuietFrom(const QString &accountId)
{
    return { QStringLiteral("notifications/account/%1/quietFrom").arg(accountId), QStringLiteral("22:00") };
}
inline Key<QString> accountQuietTo(const QString &accountId)
{
    return { QStringLiteral("notifications/account/%1/quietTo").arg(accountId), QStringLiteral("08:00") };
}
inline const Key<QString> downloadsFolder { QStringLiteral("downloads/folder"), QString() };
// "Do not ask again" answers live under this group (one key per question); Preferences can reset them.
inline const QString dontAskGroup = QStringLiteral("dontask");

} // namespace mgrdesk::settings::keys
