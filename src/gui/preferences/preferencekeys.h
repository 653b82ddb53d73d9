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
inline const Key<bool> keepInTray { QStringLiteral("notifications/keepInTray"), false };
inline const Key<QString> downloadsFolder { QStringLiteral("downloads/folder"), QString() };
// "Do not ask again" answers live under this group (one key per question); Preferences can reset them.
inline const QString dontAskGroup = QStringLiteral("dontask");

} // namespace mgrdesk::settings::keys
