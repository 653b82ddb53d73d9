#include "pagerequest.h"

#include "formoutcome.h"

namespace mgrdesk::routing {

QString PageRequest::resolvedKind() const
{
    return kind.isEmpty() ? kindFor(function, metadataType) : kind;
}

QString PageRequest::kindFor(const QString &function, const QString &metadataType)
{
    const QString type = metadataType.trimmed().toLower();
    if (type == QLatin1String("pdf") || type == QLatin1String("doc") || type == QLatin1String("print"))
        return QString::fromLatin1(PageKind::Document);
    if (!type.isEmpty())
        return type;
    return QString::fromLatin1(function.contains(QLatin1Char('.')) ? PageKind::Form : PageKind::List);
}

PageRequest PageRequest::fromRequest(const protocol::Request &request)
{
    PageRequest page;
    page.function = request.function();
    for (const auto &p : request.params()) {
        if (p.first == QLatin1String("func"))
            continue;
        if (p.first == QLatin1String("elid"))
            page.elid = p.second;
        else if (p.first == QLatin1String("plid"))
            page.plid = p.second;
        else
            page.params.append(p);
    }
    return page;
}

PageRequest PageRequest::fromOutcome(const FormOutcome &outcome)
{
    PageRequest page;
    page.function = outcome.function;
    page.elid = outcome.elid;
    page.plid = outcome.plid;
    for (const auto &p : outcome.params) {
        if (p.first != QLatin1String("elid") && p.first != QLatin1String("plid")
            && p.first != QLatin1String("func"))
            page.params.append(p);
    }
    if (outcome.opensForm())
        page.kind = QString::fromLatin1(PageKind::Form);
    else if (outcome.opensList())
        page.kind = QString::fromLatin1(PageKind::List);
    return page;
}

protocol::Request PageRequest::toRequest() const
{
    protocol::Request request(function);
    if (!elid.isEmpty())
        request.setElid(elid);
    if (!plid.isEmpty())
        request.setPlid(plid);
    for (const auto &p : params)
        request.add(p.first, p.second);
    return request;
}

} // namespace mgrdesk::routing
