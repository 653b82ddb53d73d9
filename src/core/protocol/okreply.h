#pragma once
// An ok reply (an action done), with its optional new id and redirect.

#include <QString>

namespace mgrdesk::protocol {

struct OkReply
{
    QString id; // doc/id (new object), empty when absent
    QString redirect; // ok text like "func=x&elid=y", empty when absent
    QString redirectType; // ok/@type: form, list, top, blank, url
    // <ok type="url" on_blank_redirect_action="func=payment">/mancgi/…</ok>: after opening the panel page
    // (type url: redirect is a path on the panel) in the browser, show this.
    QString onBlankRedirectAction;
    bool showSuccess = false;
};

} // namespace mgrdesk::protocol
