#pragma once
// The interface language: the system's, or one the user chose in Preferences. Installs Qt's own translations
// (standard buttons, dialogs) and mgrdesk's, replacing the ones installed before; widgets that handle
// QEvent::LanguageChange follow at once, the rest after a restart.

#include <QString>
#include <QStringList>

namespace mgrdesk::gui {

class Language
{
public:
    // "" (the system's), "en", "ru", "es".
    static QStringList available();
    static QString displayName(const QString &code); // in its own language ("Русский"); "" → "System"
    // Installs the translators for `code` from `directory` (the application's embedded ":/i18n" by default).
    // False when mgrdesk has no catalogue for it (English needs none: true).
    static bool apply(const QString &code, const QString &directory = QStringLiteral(":/i18n"));
    static QString current(); // what apply() last installed ("" = the system's)
};

} // namespace mgrdesk::gui
