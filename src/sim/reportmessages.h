#pragma once
// Localized strings of the demo server's reports and dashboard (en, ru, es): report titles and descriptions,
// band, column and chart titles, period choices, dashboard block titles and figures. Unknown keys fall back
// to the simulator's common Messages.
#include <QString>

namespace mgrdesk::sim {

class ReportMessages
{
public:
    static QString text(const QString &key, const QString &lang);
};

} // namespace mgrdesk::sim
