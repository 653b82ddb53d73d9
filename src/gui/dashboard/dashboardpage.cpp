#include "dashboardpage.h"

#include "router/pagecontext.h"
#include "router/pagehost.h"

namespace mgrdesk::gui {

DashboardPage::DashboardPage(const PageContext &context)
    : DashboardView(context.connection)
{
    setJobOptions(context.jobOptions());
    if (PageHost *host = context.host) {
        connect(this, &DashboardView::openRequested, this,
            [context, host, this](const QString &function, const QString &kind) {
                routing::PageRequest next;
                next.function = function;
                next.kind = kind;
                host->requestPage(context.follow(next), this);
            });
        connect(this, &DashboardView::titleChanged, this,
            [host, this](const QString &title) { host->pageTitleChanged(this, title); });
    }
    load();
}

} // namespace mgrdesk::gui
