#pragma once
// Page kinds → page factories. Adding a page kind is one page class and one line:
//
//   PageRegistry::registerPage<ReportPage>(routing::PageKind::Report);   // in registerBuiltinPages()
//
// where ReportPage is a QWidget with a constructor `explicit ReportPage(const PageContext &context)` that
// sends its requests on context.connection with context.jobOptions() and asks context.host for anything it
// opens. A kind nobody registered gets a PlaceholderPage that says so.

#include "pagecontext.h"

#include <QStringList>

#include <functional>

namespace mgrdesk::gui {

using PageFactory = std::function<QWidget *(const PageContext &context)>;

class PageRegistry
{
public:
    // Replaces an earlier registration of `kind`.
    static void registerKind(const QString &kind, PageFactory factory);
    template<class Page> static void registerPage(const char *kind)
    {
        registerKind(
            QString::fromLatin1(kind), [](const PageContext &c) -> QWidget * { return new Page(c); });
    }
    static bool has(const QString &kind);
    static QStringList kinds();

    // The page for context.request.resolvedKind(): the registered factory's, else a PlaceholderPage. The
    // page starts loading at once.
    static QWidget *create(const PageContext &context);
};

// The kinds this build shows (lists and forms; reports, dashboards and documents register here once their
// pages exist). Called once, on the first create().
void registerBuiltinPages();

} // namespace mgrdesk::gui
