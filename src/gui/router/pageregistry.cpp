#include "pageregistry.h"

#include "placeholderpage.h"

#include "core/net/connection.h"

#include <QHash>

namespace mgrdesk::gui {

namespace {
QHash<QString, PageFactory> &factories()
{
    static QHash<QString, PageFactory> map;
    return map;
}
void ensureBuiltins()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    registerBuiltinPages();
}
} // namespace

net::JobOptions PageContext::jobOptions() const
{
    net::JobOptions options;
    if (!request.su.isEmpty()) {
        options.su = request.su;
        options.noDefaultSu = true;
    }
    return options;
}

routing::PageRequest PageContext::follow(routing::PageRequest next) const
{
    if (next.accountId.isEmpty())
        next.accountId = request.accountId;
    if (next.su.isEmpty())
        next.su = request.su;
    return next;
}

void PageRegistry::registerKind(const QString &kind, PageFactory factory)
{
    ensureBuiltins(); // built-ins first, so a later registration replaces one
    factories().insert(kind, std::move(factory));
}

bool PageRegistry::has(const QString &kind)
{
    ensureBuiltins();
    return factories().contains(kind);
}

QStringList PageRegistry::kinds()
{
    ensureBuiltins();
    QStringList all = factories().keys();
    all.sort();
    return all;
}

QWidget *PageRegistry::create(const PageContext &context)
{
    ensureBuiltins();
    const auto it = factories().constFind(context.request.resolvedKind());
    if (it != factories().constEnd() && context.connection) {
        if (QWidget *page = (*it)(context))
            return page;
    }
    return new PlaceholderPage(context);
}

} // namespace mgrdesk::gui
