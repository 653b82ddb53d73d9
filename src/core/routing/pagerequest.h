#pragma once
// What to open, said once for every place that opens something (the navigation tree, list buttons, form
// outcomes and redirects, notifications, Ctrl+K, restored tabs, impersonation tabs, the request console,
// deep links): an account, a request (func, elid, plid, further parameters), an optional su, and the page
// kind (from the caller, the reply's metadata type, or the function's name). Widget-free: gui::PageRouter
// turns it into a page, a networked CLI can turn it into a request.

#include "core/protocol/request.h"

#include <QList>
#include <QPair>
#include <QString>

namespace mgrdesk::routing {

struct FormOutcome;

// The page kinds the client knows by name. A kind is a string so that adding one needs no change here: a
// page class registers under its name (gui::PageRegistry).
namespace PageKind {
inline constexpr char List[] = "list";
inline constexpr char Form[] = "form";
inline constexpr char Report[] = "report";
inline constexpr char Dashboard[] = "dashboard";
inline constexpr char Document[] = "document";
inline constexpr char ClientCard[] = "clientcard"; // gui/clientcard (docs/clientcard.md)
} // namespace PageKind

struct PageRequest
{
    QString accountId; // empty: the account of the page it came from, else the current one
    QString function, elid, plid;
    QList<QPair<QString, QString>> params; // further parameters (not func, elid, plid), in order
    QString su; // act as this user (an impersonation tab); empty: as the account itself
    QString kind; // a PageKind; empty: kindFor(function, metadataType)
    QString metadataType; // the menu node's or reply's type ("list", "form", "report", …), when known
    QString title; // empty: the page names itself
    bool inDialog = false; // a groupform: a short dialog over the window instead of a tab

    // kind, else kindFor(function, metadataType).
    QString resolvedKind() const;
    // "form"/"list"/"report"/… types map to themselves ("pdf", "doc", "print" to document); no type: x.edit,
    // x.order, … (a dot) are forms, bare names lists (BILLmanager's naming).
    static QString kindFor(const QString &function, const QString &metadataType);

    // func, elid and plid of `request`; every other parameter in params.
    static PageRequest fromRequest(const protocol::Request &request);
    // What a form's redirect opens (no account or su: the caller keeps those of the form).
    static PageRequest fromOutcome(const FormOutcome &outcome);
    protocol::Request toRequest() const;
};

} // namespace mgrdesk::routing
