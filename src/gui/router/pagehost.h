#pragma once
// Where pages live and where what they ask for goes. Two hosts exist: gui::PageRouter (the main window's
// tabs) and gui::ImpersonationTab (the pages of one su tab: forms inside the tab, the rest through the
// router). Pages never open anything themselves: they ask their host.

#include <QString>
#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace mgrdesk::routing {
struct PageRequest;
}

namespace mgrdesk::gui {

struct PageContext;

class PageHost
{
public:
    virtual ~PageHost() = default;

    // A page asks for another one: a child list, a form (toolbar button, double click), a window button's
    // target, a groupform (request.inDialog). `origin`: the asking page (a form opened from a list refreshes
    // it after its ok).
    virtual void requestPage(const routing::PageRequest &request, QWidget *origin) = 0;
    // A form page is done: accepted (the host applies the outcome: refreshes the origin, opens the redirect)
    // or closed without saving.
    virtual void formFinished(const PageContext &context, QWidget *form, bool accepted, const QString &id,
        const QString &redirect, const QString &redirectType)
        = 0;
    // A page that stays open after its OK (the ticket workspace after a reply) saved `id`: the host refreshes
    // the list the page was opened from (context.origin, or the list under an impersonation tab) and selects
    // the row, as a form's outcome does. Nothing by default.
    virtual void formApplied(const PageContext &context, QWidget *page, const QString &id)
    {
        Q_UNUSED(context);
        Q_UNUSED(page);
        Q_UNUSED(id);
    }
    virtual void pageTitleChanged(QWidget *page, const QString &title) = 0;
    // A one-line result for the status bar (an action's outcome, an export).
    virtual void showPageMessage(const QString &text, bool error) = 0;
};

} // namespace mgrdesk::gui
