#include "formoutcome.h"

namespace mgrdesk::routing {

FormOutcome FormOutcome::of(const QString &id, const QString &redirect, const QString &redirectType)
{
    FormOutcome o;
    o.selectId = id.trimmed();
    if (redirect.trimmed().isEmpty())
        return o;
    if (redirectType == QLatin1String("url") || redirectType == QLatin1String("blank")) {
        o.target = Target::Url;
        o.url = redirect.trimmed();
        return o;
    }
    o.function = models::FormSession::parseRedirect(redirect, &o.params);
    if (o.function.isEmpty())
        return o;
    for (const auto &p : std::as_const(o.params)) {
        if (p.first == QLatin1String("elid"))
            o.elid = p.second;
        else if (p.first == QLatin1String("plid"))
            o.plid = p.second;
    }
    if (redirectType == QLatin1String("form")) {
        o.target = Target::Form;
    } else if (redirectType == QLatin1String("list") || redirectType == QLatin1String("top")) {
        o.target = Target::List;
    } else {
        // No type: BILLmanager's form functions are named x.edit, x.order, x.filter, …; lists are bare names.
        const bool form = o.function.contains(QLatin1Char('.'));
        o.target = form ? Target::Form : Target::List;
    }
    return o;
}

} // namespace mgrdesk::routing
