#pragma once
// The period parameter of the demo server's reports: the choices of BILLmanager 6's period selects (nodate,
// today, currentweek, …, other) turned into a date range, and the form fields that ask for it
// (period + periodstart/periodend, as a real filter form's createdate + createdatestart/createdateend).
#include "context.h"

#include <QDate>

namespace mgrdesk::sim {

struct ReportPeriod
{
    QString key; // the choice, "nodate" when none
    QDate from, to; // both null for "nodate"

    bool all() const { return from.isNull(); }
    bool contains(const QDate &d) const { return all() || (d.isValid() && d >= from && d <= to); }
    // From period/periodstart/periodend; an unknown key or a bad custom range throws an ApiError.
    static ReportPeriod fromContext(const Context &ctx, const QDate &today, const QString &defaultKey);
    static QStringList keys();
    // The form fields (inside <form>) and the slist of choices.
    static void addFormFields(Node &form);
    static Node choices(const QString &lang);
    // The values echoed in the reply (period, periodstart, periodend), as a form echoes its fields.
    void addValues(Node &doc) const;
};

} // namespace mgrdesk::sim
