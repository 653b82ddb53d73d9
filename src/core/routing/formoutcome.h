#pragma once
// What happens after a form's <ok/> (docs/protocol.md §6): the list it came from is refreshed and the new
// object's row (<id>) selected; a redirect ok opens its target, a form or a list. Wizard steps (<ok
// type="form">) never get here: models::FormSession walks them itself. Hosts (the main window's tabs,
// ImpersonationTab, FormDialog users) hand FormWidget::accepted to gui::PageRouter, which applies it the same
// way everywhere (gui/common/refreshandselect.h refreshes the origin list). Widget-free, so a CLI can use it.
//
//   connect(form, &FormWidget::accepted, this, [=](const QString &id, const QString &r, const QString &t) {
//       const FormOutcome o = FormOutcome::of(id, r, t);
//       closeTheFormTab();
//       refreshAndSelect(originList, o.selectId);
//       if (o.opensList()) openList(o.function, o.plid); else if (o.opensForm()) openForm(o.function, o.elid,
//       o.plid);
//   });

#include "core/models/formsession.h"

#include <QString>

namespace mgrdesk::routing {

struct FormOutcome
{
    enum class Target { None, Form, List, Url };

    QString selectId; // the new object's key to select in the refreshed list (may be empty)
    Target target = Target::None; // what the redirect opens
    QString function, elid, plid; // the redirect's target
    QString url; // Target::Url ("url"/"blank" types): the text as sent; hosts decide
    models::FormSession::Params params; // every redirect parameter but func (elid and plid included)

    bool opensForm() const { return target == Target::Form; }
    bool opensList() const { return target == Target::List; }

    // id, redirect ("func=x&elid=…", may be a URL) and its type as FormWidget::accepted gives them. Types:
    // "form"; "list" and "top" open a list; "url"/"blank" are Target::Url; empty: by the function's name
    // (x.edit, x.order, … are forms, bare names lists).
    static FormOutcome of(const QString &id, const QString &redirect, const QString &redirectType);
};

} // namespace mgrdesk::routing
