// Billmgr: navigation functions (whoami, desktop, notify); the dashboard is dashboard.cpp.
#include "billmgr.h"

#include "dataset.h"
#include "messages.h"
#include "reportmessages.h"

#include <QSet>

#include <algorithm>

namespace mgrdesk::sim {

namespace {

QString L(const char *s)
{
    return QString::fromLatin1(s);
}

const char *const kBillmgrVersion = "6.94.1-2026.03.02_00:00";
const char *const kCoreVersion = "5.389.1-2026.03.02_00:00";

} // namespace

void Billmgr::whoami(Context &ctx, Node &doc)
{
    // The real shape (billmgr6-whoami-outxml.xml): <user> with the effective user's attributes and no text,
    // <path> elements for the su chain (the login first, the effective user last), <mgr> and <version>.
    const Row *u = m_data.userByName(ctx.user);
    const Table *accounts = m_data.table(L("account"));
    Node user(L("user"));
    user.attr(L("realname"), m_data.userValue(*u, L("realname")))
        .attr(L("level"), QString::number(ctx.level))
        .attr(L("hostname"), QString())
        .attr(L("lang"), ctx.lang)
        .attr(L("name"), ctx.user)
        .attr(L("id"), QString::number(u->id));
    if (ctx.account)
        user.attr(L("account"), QString::number(ctx.account));
    user.attr(L("email"), m_data.userValue(*u, L("email")))
        .attr(L("email_verified"), L("on"))
        .attr(L("phone"), m_data.userValue(*u, L("phone")))
        .attr(L("avatar"), QString())
        .attr(L("avatar_src"), L("/manimg/userdata/img/customer.png"))
        .attr(L("timezone"), ctx.account ? accounts->value(ctx.account, L("timezone")) : QString())
        .attr(L("need_email_validate"), L("false"))
        .attr(L("need_phone_validate"), L("false"));
    if (ctx.account) {
        // the balance as a number with the currency beside it
        const QStringList balance = accounts->value(ctx.account, L("balance")).split(QLatin1Char(' '));
        const QString iso = balance.value(1, L("USD"));
        static const QHash<QString, QString> currencyIds { { L("USD"), L("1") }, { L("EUR"), L("2") },
            { L("RUB"), L("3") }, { L("GBP"), L("4") } };
        user.attr(L("account_regdate"),
                accounts->value(ctx.account, L("tz_registration_date")) + L(" 00:00:00"))
            .attr(L("balance"), balance.value(0))
            .attr(L("currency"), iso)
            .attr(L("currency_id"), currencyIds.value(iso));
    }
    const bool full = m_data.userValue(*u, L("default_access_allow")) == QLatin1String("on");
    user.attr(L("allowsuspenditem"), full ? L("on") : L("off"))
        .attr(L("allowdeleteitem"), full ? L("on") : L("off"))
        .attr(L("ignoreitemmax"), L("off"))
        .attr(L("ignoreabuserate"), L("off"));
    doc.add(user);
    if (ctx.login != ctx.user) {
        for (const QString &name : { ctx.login, ctx.user }) {
            const Row *p = m_data.userByName(name);
            if (!p)
                continue;
            doc.add(Node(L("path"), QString::number(p->id))
                        .attr(L("name"), name)
                        .attr(L("level"), m_data.userValue(*p, L("level"))));
        }
    }
    doc.add(Node(L("mgr"), L("billmgr")).attr(L("version"), L(kBillmgrVersion)).attr(L("dist"), L("3")));
    Node version(L("version"));
    version.attr(L("mgr"), L("billmgr"));
    version.add(Node(L("billmgr"), L(kBillmgrVersion)).attr(L("type"), L("release")));
    version.add(Node(L("core"), L(kCoreVersion)).attr(L("type"), L("release")));
    doc.add(version);
    doc.add(L("default_avatar"), L("/manimg/userdata/img/customer.png"));
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

QList<Billmgr::NotifyItem> Billmgr::notifyItems(const Context &ctx) const
{
    const bool admin = ctx.isAdmin();
    QList<NotifyItem> items;
    // staff: tickets that wait for the staff (new, under review); a client: its tickets that wait for its
    // reply
    const int tickets = admin ? m_lists.countVisible(ctx, L("ticket_all"), { L("0"), L("1") }, L("tstatus"))
                              : m_lists.countVisible(ctx, L("ticket_all"), { L("2") }, L("tstatus"));
    items.append(
        { L("ticket"), L("list"), L("m-support"), admin ? L("ticket") : L("clientticket"), tickets });
    items.append({ L("payment"), L("list"), L("m-finance"), L("payment"),
        m_lists.countVisible(ctx, L("payment"), { L("1") }, L("status")) });
    return items;
}

int Billmgr::notifyTotal(const Context &ctx) const
{
    if (ctx.user.isEmpty() || !m_data.userByName(ctx.user))
        return 0;
    // counted over whole tables: cached per user until a table changes
    const Table *t = m_data.table(L("ticket"));
    const Table *p = m_data.table(L("payment"));
    const QString key = ctx.user + QLatin1Char('/') + QString::number(t->version()) + QLatin1Char('/')
        + QString::number(p->version());
    auto it = m_notifyCache.constFind(ctx.user);
    if (it != m_notifyCache.constEnd() && it->first == key)
        return it->second;
    int total = 0;
    const QList<NotifyItem> items = notifyItems(ctx);
    for (const NotifyItem &i : items)
        total += i.count;
    m_notifyCache.insert(ctx.user, { key, total });
    return total;
}

void Billmgr::notify(Context &ctx, Node &doc)
{
    // The documented shape (docs/protocol.md §8, billmgr6-notify.xml): the count is the <msg> child, the
    // balance item carries <value>, <timeout> is the poll period, hint_NAME messages are the tooltips.
    Node n(L("notify"));
    Node messages(L("messages"));
    messages.attr(L("name"), L("notify"));
    messages.add(Node(L("msg"), Messages::text(L("title_notify"), ctx.lang)).attr(L("name"), L("title")));
    const QList<NotifyItem> items = notifyItems(ctx);
    for (const NotifyItem &i : items) {
        Node item(L("item"));
        item.attr(L("name"), i.name)
            .attr(L("type"), i.type)
            .attr(L("img"), i.img)
            .attr(L("action"), i.action);
        item.add(L("msg"), QString::number(i.count));
        n.add(item);
        messages.add(Node(L("msg"), Messages::text(L("notify_") + i.name, ctx.lang))
                         .attr(L("name"), L("hint_") + i.name));
    }
    if (ctx.account) {
        Node balance(L("item"));
        balance.attr(L("balance"), L("yes")).attr(L("action"), L("desktop"));
        balance.add(L("value"), m_data.table(L("account"))->value(ctx.account, L("balance")));
        n.add(balance);
        messages.add(
            Node(L("msg"), Messages::text(L("balance"), ctx.lang)).attr(L("name"), L("hint_balance")));
    }
    if (ctx.wantsMetadata())
        doc.add(Node(L("metadata")).attr(L("name"), L("notify")).attr(L("mgr"), L("billmgr")));
    doc.add(messages);
    doc.add(n);
    doc.add(L("timeout"), L("60"));
}

QByteArray Billmgr::textOutput(const Node &doc)
{
    // mgrctl's default output: one object per line, `key=value` pairs separated by spaces
    static const QSet<QString> skip { L("tparams"), L("metadata"), L("messages"), L("saved_filters"),
        L("links"), L("branding"), L("tips"), L("addon"), L("slist") };
    auto line = [](const QList<QPair<QString, QString>> &pairs) {
        QStringList parts;
        for (const auto &p : pairs)
            parts << p.first + QLatin1Char('=') + QString(p.second).replace(QLatin1Char('\n'), L("\\n"));
        return parts.join(QLatin1Char(' ')).toUtf8() + '\n';
    };
    QByteArray out;
    if (const Node *err = doc.find(L("error"))) {
        QString msg;
        for (const auto &c : err->children)
            if (c.name == QLatin1String("msg"))
                msg = c.text;
        out += QStringLiteral("ERROR %1(%2): %3\n")
                   .arg(err->attrValue(L("type")), err->attrValue(L("object")), msg)
                   .toUtf8();
        return out;
    }
    QList<QPair<QString, QString>> values;
    for (const auto &c : doc.children) {
        if (skip.contains(c.name))
            continue;
        if (c.name == QLatin1String("ok")) {
            out += c.text.isEmpty() ? QByteArray("OK\n") : QByteArray("OK ") + c.text.toUtf8() + '\n';
            continue;
        }
        if (c.children.empty() && c.attrs.isEmpty()) {
            values.append({ c.name, c.text });
        } else if (c.children.empty()) {
            // an element of attributes (whoami's <user>): one object
            QList<QPair<QString, QString>> pairs;
            if (!c.text.isEmpty())
                pairs.append({ c.name, c.text });
            for (const auto &a : c.attrs)
                pairs.append(a);
            out += line(pairs);
        } else if (c.name == QLatin1String("elem") || c.name == QLatin1String("notify")
            || c.name == QLatin1String("list")) {
            for (const auto &e : c.children) {
                QList<QPair<QString, QString>> pairs = e.attrs;
                for (const auto &f : e.children)
                    pairs.append({ f.name, f.text });
                if (!e.text.isEmpty())
                    pairs.append({ e.name, e.text });
                out += line(pairs);
            }
        }
    }
    if (doc.rows) {
        const int n = doc.rows->count();
        for (int i = 0; i < n; ++i) {
            const Node r = doc.rows->row(i);
            QList<QPair<QString, QString>> pairs;
            for (const auto &f : r.children)
                pairs.append({ f.name, f.text });
            out += line(pairs);
        }
        // the paging fields are not objects
        values.erase(std::remove_if(values.begin(), values.end(),
                         [](const auto &v) {
                             return v.first.startsWith(QLatin1String("p_"))
                                 || v.first == QLatin1String("page");
                         }),
            values.end());
    }
    if (!values.isEmpty())
        out += line(values);
    return out;
}

} // namespace mgrdesk::sim
