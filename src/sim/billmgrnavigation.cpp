// Billmgr: navigation functions (whoami, desktop, notify); the dashboard is dashboard.cpp.
#include "billmgr.h"

#include "dataset.h"
#include "messages.h"
#include "reportmessages.h"

namespace mgrdesk::sim {

namespace {

QString L(const char *s)
{
    return QString::fromLatin1(s);
}

} // namespace

void Billmgr::whoami(Context &ctx, Node &doc)
{
    const Row *u = m_data.userByName(ctx.user);
    Node user(L("user"), ctx.user);
    user.attr(L("id"), QString::number(u->id))
        .attr(L("name"), ctx.user)
        .attr(L("level"), QString::number(ctx.level));
    user.attr(L("realname"), m_data.userValue(*u, L("realname")));
    if (ctx.account) {
        user.attr(L("account"), QString::number(ctx.account));
        user.attr(L("balance"), m_data.table(L("account"))->value(ctx.account, L("balance")));
    }
    if (ctx.login != ctx.user)
        user.attr(L("login"), ctx.login);
    doc.add(user);
}

void Billmgr::desktop(Context &ctx, Node &doc)
{
    const bool admin = ctx.isAdmin();
    Node menu(L("mainmenu"));
    menu.attr(L("level"), QString::number(ctx.level)).attr(L("name"), admin ? L("admin") : L("client"));
    menu.attr(L("startpage"), L("dashboard"));
    Node messages(L("messages"));
    messages.attr(L("name"), L("desktop"));
    struct Item
    {
        const char *group;
        const char *func;
        const char *type;
        bool popular;
    };
    static const Item adminItems[] = { { "clients", "account", "list", true },
        { "clients", "user", "list", false }, { "billing", "payment", "list", true },
        { "billing", "invoice", "list", false }, { "billing", "expense", "list", false },
        { "products", "pricelist", "list", false }, { "products", "currency", "list", false },
        { "services", "vds", "list", true }, { "services", "domain", "list", false },
        { "support", "ticket", "list", true }, { "support", "ticket_all", "list", false },
        { "tools", "journal", "list", false }, { "tools", "session", "list", false },
        { "reports", "report.income", "report", false }, { "reports", "report.services", "report", false },
        { "reports", "journal.stat", "report", false } };
    static const Item clientItems[] = { { "services", "vds", "list", true },
        { "services", "domain", "list", false }, { "finance", "payment", "list", true },
        { "finance", "invoice", "list", false }, { "finance", "expense", "list", false },
        { "support", "clientticket", "list", true }, { "myaccount", "user", "list", false },
        { "myaccount", "journal", "list", false }, { "myaccount", "session", "list", false } };
    auto addItems = [&](const Item *items, int n) {
        for (int i = 0; i < n; ++i) {
            const QString group = L(items[i].group);
            Node *g = nullptr;
            for (auto &c : menu.children)
                if (c.attrValue(L("name")) == group)
                    g = &c;
            if (!g) {
                g = &menu.add(Node(L("node")).attr(L("name"), group));
                messages.add(Node(L("msg"), ReportMessages::text(L("menu_") + group, ctx.lang))
                                 .attr(L("name"), group));
            }
            Node n(L("node"));
            n.attr(L("name"), L(items[i].func))
                .attr(L("action"), L(items[i].func))
                .attr(L("type"), L(items[i].type));
            if (items[i].popular)
                n.attr(L("popular"), L("yes"));
            g->add(n);
            messages.add(Node(L("msg"), ReportMessages::text(L("title_") + L(items[i].func), ctx.lang))
                             .attr(L("name"), L(items[i].func)));
        }
    };
    if (admin)
        addItems(adminItems, int(std::size(adminItems)));
    else
        addItems(clientItems, int(std::size(clientItems)));
    doc.add(menu);
    doc.add(messages); // menu titles come with every desktop reply
}

void Billmgr::notify(Context &ctx, Node &doc)
{
    const int waiting = m_lists.countVisible(ctx, L("ticket_all"), { L("0"), L("1") }, L("tstatus"));
    const int newPayments = m_lists.countVisible(ctx, L("payment"), { L("1") }, L("status"));
    Node n(L("notify"));
    n.add(Node(L("item"), Messages::text(L("notify_ticket"), ctx.lang))
              .attr(L("name"), L("ticket"))
              .attr(L("count"), QString::number(waiting)));
    n.add(Node(L("item"), Messages::text(L("notify_payment"), ctx.lang))
              .attr(L("name"), L("payment"))
              .attr(L("count"), QString::number(newPayments)));
    doc.add(n);
}

} // namespace mgrdesk::sim
