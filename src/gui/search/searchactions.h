#pragma once
// What a search result opens (docs/search.md): its form through the page router, in its account; a client's
// card once the client card page kind is registered; "Act as" the client (the impersonation flow).

#include "core/routing/pagerequest.h"
#include "core/search/searchtarget.h"

#include <QCoreApplication>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace mgrdesk::gui {

class PageRouter;

class SearchActions
{
    Q_DECLARE_TR_FUNCTIONS(mgrdesk::gui::SearchActions)
public:
    // HOOK (client card): the page kind of the client card. While no page registers it
    // (PageRegistry::has() is false), a client result opens the client's form instead.
    static QString clientCardKind() { return QStringLiteral("clientcard"); }

    // The page a result opens: a client card (when registered) for a client; else the list's edit form for
    // the row (result.openFunction with elid = key); else the list itself.
    static routing::PageRequest pageRequestFor(const search::SearchResult &result);
    // The translated name of a kind ("Client", "Service", …).
    static QString kindName(search::ResultKind kind);
    // The translated name of a filter field the search uses ("e-mail", "IP address", …); else the field.
    static QString fieldName(const QString &field);

    static bool canActAs(const search::SearchResult &result)
    {
        return result.kind == search::ResultKind::Client;
    }
    // Finds the client's login (ActAsDialog::resolveLogin), asks with the Act As dialog over `parent` (the
    // login filled in), then opens the impersonation tab of the result's account through `router`.
    static void actAs(PageRouter *router, const search::SearchResult &result, QWidget *parent);
};

} // namespace mgrdesk::gui
