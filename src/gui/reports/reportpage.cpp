#include "reportpage.h"

#include "router/pagecontext.h"
#include "router/pagehost.h"

#include <QDir>

namespace mgrdesk::gui {

ReportPage::ReportPage(const PageContext &context)
    : ReportView(context.connection, context.request.function)
{
    setJobOptions(context.jobOptions());
    if (PageHost *host = context.host) {
        connect(this, &ReportView::openFunctionRequested, this, [context, host, this](const QString &func) {
            routing::PageRequest next;
            next.function = func;
            host->requestPage(context.follow(next), this);
        });
        connect(this, &ReportView::titleChanged, this,
            [host, this](const QString &title) { host->pageTitleChanged(this, title); });
        connect(this, &ReportView::exportFinished, this,
            [host](bool ok, const QString &path, const QString &message) {
                host->showPageMessage(
                    ok ? tr("Exported to %1").arg(QDir::toNativeSeparators(path)) : message, !ok);
            });
    }
    open();
}

} // namespace mgrdesk::gui
