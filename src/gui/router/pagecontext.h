#pragma once
// What a page is created with: the connection of its account, the request it shows (su included), the host
// its own requests go to (a child list, a form, a window button, a redirect) and the page it was opened from.

#include "core/net/joboptions.h"
#include "core/routing/pagerequest.h"

#include <QPointer>
#include <QWidget>

namespace mgrdesk::net {
class Connection;
}
namespace mgrdesk::operations {
class OperationsModel;
}

namespace mgrdesk::gui {

class PageHost;

struct PageContext
{
    net::Connection *connection = nullptr;
    routing::PageRequest request;
    PageHost *host = nullptr; // nullptr: the page opens nothing by itself
    QPointer<QWidget> origin; // the page it came from (a form's outcome refreshes it); may be gone
    // Where long operations (group actions sent with a progressid) are tracked: the window's Operations
    // panel. nullptr: the page runs its actions as plain requests.
    operations::OperationsModel *operations = nullptr;
    QString accountName; // the account's display name (the Operations panel names it)

    // su=request.su (and no default su) when the page acts as another user; empty options otherwise. Every
    // request the page sends carries them.
    net::JobOptions jobOptions() const;
    // A request for another page on the same account and as the same user.
    routing::PageRequest follow(routing::PageRequest next) const;
};

} // namespace mgrdesk::gui
