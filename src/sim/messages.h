#pragma once
// Localized server strings (en, ru, es where cheap): column titles, status words, menu titles, form labels,
// error messages. Unknown language falls back to English; unknown key to the key itself.
#include <QString>

namespace mgrdesk::sim {

class Messages
{
public:
    static QString text(const QString &key, const QString &lang);
    static bool has(const QString &key);
    // Status word of code `code` in status set `set` (payment, item, ticket, account, onoff, invoice).
    static QString status(const QString &set, const QString &code, const QString &lang);
    static QString statusColor(const QString &set, const QString &code);
    static QStringList statusCodes(const QString &set);
    static QString normalizeLang(const QString &lang, const QString &fallback);
};

} // namespace mgrdesk::sim
