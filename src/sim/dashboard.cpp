#include "dashboard.h"

#include "dataset.h"
#include "listengine.h"
#include "messages.h"
#include "reportmessages.h"
#include "reportperiod.h"

namespace mgrdesk::sim {

namespace {

QString L(const char *s)
{
    return QString::fromLatin1(s);
}

qint64 cents(const QString &money)
{
    bool ok = false;
    const double v = money.section(QLatin1Char(' '), 0, 0).toDouble(&ok);
    return ok ? qRound64(v * 100) : 0;
}

QString usd(qint64 c)
{
    return QStringLiteral("%1%2.%3 USD")
        .arg(c < 0 ? QStringLiteral("-") : QString())
        .arg(qAbs(c) / 100)
        .arg(qAbs(c) % 100, 2, 10, QLatin1Char('0'));
}

struct Col
{
    const char *name;
    const char *sort;
    const char *sorted;
};

Node block(const char *name, const char *position, const char *type, const char *func, int rows,
    std::initializer_list<Col> cols)
{
    Node b(L("block"));
    b.attr(L("name"), L(name)).attr(L("position"), L(position)).attr(L("type"), L(type));
    if (func)
        b.attr(L("func"), L(func));
    if (rows)
        b.attr(L("rows"), QString::number(rows));
    b.attr(L("display"), L("max"));
    for (const Col &c : cols) {
        Node &n = b.add(Node(L("col")).attr(L("name"), L(c.name)).attr(L("type"), L("data")));
        if (c.sort)
            n.attr(L("sort"), L(c.sort));
        if (c.sorted)
            n.attr(L("sorted"), L(c.sorted));
    }
    return b;
}

Node toolbtn(const char *name, const char *form, const char *list, const char *img)
{
    Node t(L("toolbtn"));
    if (form)
        t.attr(L("form"), L(form));
    if (list)
        t.attr(L("list"), L(list));
    t.attr(L("img"), L(img)).attr(L("name"), L(name));
    return t;
}

} // namespace

Dashboard::Dashboard(Dataset &data, ListEngine &lists, TaskSource tasks)
    : m_data(data)
    , m_lists(lists)
    , m_tasks(std::move(tasks))
{
}

bool Dashboard::handle(Context &ctx, Node &doc)
{
    if (ctx.func == QLatin1String("dashboard"))
        page(ctx, doc);
    else if (ctx.func == QLatin1String("dashboard.figures"))
        figures(ctx, doc);
    else if (ctx.func == QLatin1String("longtask"))
        longtask(ctx, doc);
    else
        return false;
    return true;
}

void Dashboard::page(const Context &ctx, Node &doc) const
{
    doc.attr(L("stylesheet"), L("dashboard"));
    Node messages(L("messages"));
    messages.attr(L("name"), L("dashboard"));
    auto msg = [&](const QString &name, const QString &text) {
        messages.add(Node(L("msg"), text).attr(L("name"), name));
    };
    msg(L("title"), Messages::text(L("title_dashboard"), ctx.lang));
    QStringList blocks;
    QStringList buttons;
    if (ctx.isAdmin()) {
        Node bar = block("taskbar", "top", "toolbar", nullptr, 0, {});
        bar.add(toolbtn("account.edit", "account.edit", "account", "mb-client-new"));
        bar.add(toolbtn("payment", nullptr, "payment", "mb-payment"));
        bar.add(toolbtn("ticket", nullptr, "ticket", "m-support"));
        bar.add(toolbtn("report.income", "report.income", nullptr, "mb-report"));
        bar.add(toolbtn("journal.stat", "journal.stat", nullptr, "mb-report"));
        doc.add(bar);
        buttons = QStringList { L("account.edit"), L("payment"), L("ticket"), L("report.income"),
            L("journal.stat") };
        doc.add(block("figures", "top", "list", "dashboard.figures", 6,
            { { "name", nullptr, "yes" }, { "value", nullptr, nullptr } }));
        doc.add(block("ticket", "left", "list", "ticket", 5,
            { { "ticket", "alpha", nullptr }, { "name", "alpha", nullptr }, { "client", "alpha", nullptr },
                { "delay", nullptr, nullptr }, { "date_start", "alpha", "desc" } }));
        doc.add(block("payment", "left", "list", "payment", 5,
            { { "number", "alpha", nullptr }, { "create_date", "alpha", "desc" },
                { "account_name", "alpha", nullptr }, { "paymethodamount_iso", "digit", nullptr },
                { "status", "prop", nullptr } }));
        doc.add(block("revenue", "right", "report", "dashboard.revenue", 0, {}));
        doc.add(block("longtask", "right", "list", "longtask", 5,
            { { "name", "alpha", nullptr }, { "startdate", "alpha", "desc" }, { "status", "alpha", nullptr },
                { "comment", "alpha", nullptr } }));
        blocks = QStringList { L("taskbar"), L("figures"), L("ticket"), L("payment"), L("revenue"),
            L("longtask") };
    } else {
        Node bar = block("taskbar", "top", "toolbar", nullptr, 0, {});
        bar.add(toolbtn("vds.order", "vds.order", "vds", "mb-order"));
        bar.add(toolbtn("clientticket.edit", "clientticket.edit", "clientticket", "m-support"));
        bar.add(toolbtn("payment", nullptr, "payment", "mb-payment"));
        doc.add(bar);
        buttons = QStringList { L("vds.order"), L("clientticket.edit"), L("payment") };
        doc.add(block("figures", "top", "list", "dashboard.figures", 6,
            { { "name", nullptr, "yes" }, { "value", nullptr, nullptr } }));
        doc.add(block("clientticket", "left", "list", "clientticket", 5,
            { { "name", "alpha", nullptr }, { "last_message", "alpha", "desc" } }));
        doc.add(block("payment", "left", "list", "payment", 5,
            { { "number", "alpha", nullptr }, { "create_date", "alpha", "desc" },
                { "paymethodamount_iso", "digit", nullptr }, { "status", "prop", nullptr } }));
        doc.add(block("vds", "right", "list", "vds", 5,
            { { "domain", "alpha", nullptr }, { "pricelist", "alpha", nullptr },
                { "expiredate", "alpha", "yes" }, { "item_status", "prop", nullptr } }));
        blocks = QStringList { L("taskbar"), L("figures"), L("clientticket"), L("payment"), L("vds") };
    }
    for (const QString &b : blocks)
        msg(b, ReportMessages::text(L("block_") + b, ctx.lang));
    for (const QString &b : buttons) {
        QString title = ReportMessages::text(L("title_") + b, ctx.lang);
        msg(L("short_") + b, title == L("title_") + b ? b : title);
    }
    doc.add(messages);
}

void Dashboard::figures(const Context &ctx, Node &doc) const
{
    auto line = [&](const char *key, const QString &value) {
        Node e(L("elem"));
        e.add(L("name"), ReportMessages::text(L(key), ctx.lang));
        e.add(L("value"), value);
        doc.add(std::move(e));
    };
    const Table *accounts = m_data.table(L("account"));
    const QDate today = QDate::fromString(m_data.today(), Qt::ISODate);
    auto revenue = [&](const QString &periodKey) {
        Context c = ctx;
        c.params.insert(L("period"), periodKey);
        const ReportPeriod p = ReportPeriod::fromContext(c, today, periodKey);
        const Table *t = m_data.table(L("payment"));
        const int cs = t->column(L("status")), cd = t->column(L("create_date"));
        const int ca = t->column(L("subaccountamount_iso"));
        qint64 sum = 0;
        for (int i = 0; i < t->size(); ++i) {
            const Row &r = t->at(i);
            if ((r.cells[cs] == QLatin1String("2") || r.cells[cs] == QLatin1String("4"))
                && (ctx.isAdmin() || r.owner == ctx.account)
                && p.contains(QDate::fromString(r.cells[cd], Qt::ISODate)))
                sum += cents(r.cells[ca]);
        }
        return usd(sum);
    };
    const int services = m_lists.countVisible(ctx, L("vds"), { L("2") }, L("item_status"))
        + m_lists.countVisible(ctx, L("domain"), { L("2") }, L("item_status"));
    if (ctx.isAdmin()) {
        qint64 balance = 0;
        for (int i = 0; i < accounts->size(); ++i)
            balance += cents(accounts->value(accounts->at(i), L("balance")));
        line("fig_clients", QString::number(accounts->size()));
        line("fig_balance_total", usd(balance));
        line("fig_revenue_month", revenue(L("currentmonth")));
        line("fig_revenue_lastmonth", revenue(L("lastmonth")));
        line("fig_tickets",
            QString::number(
                m_lists.countVisible(ctx, L("ticket_all"), { L("0"), L("1"), L("2") }, L("tstatus"))));
        line("fig_services", QString::number(services));
    } else {
        line("fig_balance", accounts->value(ctx.account, L("balance")));
        line("fig_services", QString::number(services));
        line("fig_tickets",
            QString::number(
                m_lists.countVisible(ctx, L("ticket_all"), { L("0"), L("1"), L("2") }, L("tstatus"))));
        line("fig_payments", QString::number(m_lists.countVisible(ctx, L("payment"))));
    }
    doc.add(Node(L("p_elems"), QString::number(ctx.isAdmin() ? 6 : 4)));
    if (ctx.wantsMetadata()) {
        Node meta(L("metadata"));
        meta.attr(L("name"), L("dashboard.figures")).attr(L("type"), L("list")).attr(L("key"), L("name"));
        Node &coldata = meta.add(L("coldata"));
        coldata.add(
            Node(L("col")).attr(L("name"), L("name")).attr(L("type"), L("data")).attr(L("sort"), L("alpha")));
        coldata.add(Node(L("col"))
                        .attr(L("name"), L("value"))
                        .attr(L("type"), L("data"))
                        .attr(L("sort"), L("alpha")));
        doc.add(std::move(meta));
        Node messages(L("messages"));
        messages.attr(L("name"), L("dashboard.figures"));
        messages.add(Node(L("msg"), ReportMessages::text(L("title_dashboard.figures"), ctx.lang))
                         .attr(L("name"), L("title")));
        messages.add(Node(L("msg"), ReportMessages::text(L("name"), ctx.lang)).attr(L("name"), L("name")));
        messages.add(Node(L("msg"), ReportMessages::text(L("value"), ctx.lang)).attr(L("name"), L("value")));
        doc.add(std::move(messages));
    }
}

void Dashboard::longtask(const Context &ctx, Node &doc) const
{
    if (!ctx.isAdmin())
        throw ApiError { L("access"), ctx.func, ctx.func, L("err_access"), {} };
    QList<Task> tasks = m_tasks ? m_tasks() : QList<Task>();
    std::stable_sort(
        tasks.begin(), tasks.end(), [](const Task &a, const Task &b) { return a.startMs > b.startMs; });
    for (const Task &t : tasks) {
        Node e(L("elem"));
        e.add(L("id"), t.id);
        e.add(L("name"), t.action);
        e.add(L("startdate"), QDateTime::fromMSecsSinceEpoch(t.startMs).toString(L("yyyy-MM-dd HH:mm:ss")));
        e.add(Node(L("status"), ReportMessages::text(t.done ? L("task_done") : L("task_running"), ctx.lang))
                  .attr(L("orig"), t.done ? L("done") : L("run")));
        e.add(L("comment"), t.comment);
        doc.add(std::move(e));
    }
    doc.add(Node(L("p_elems"), QString::number(tasks.size())));
    if (ctx.wantsMetadata()) {
        Node meta(L("metadata"));
        meta.attr(L("name"), L("longtask")).attr(L("type"), L("list")).attr(L("key"), L("id"));
        Node &coldata = meta.add(L("coldata"));
        for (const char *c : { "name", "startdate", "status", "comment" })
            coldata.add(
                Node(L("col")).attr(L("name"), L(c)).attr(L("type"), L("data")).attr(L("sort"), L("alpha")));
        doc.add(std::move(meta));
        Node messages(L("messages"));
        messages.attr(L("name"), L("longtask"));
        messages.add(
            Node(L("msg"), ReportMessages::text(L("title_longtask"), ctx.lang)).attr(L("name"), L("title")));
        for (const char *c : { "name", "startdate", "status", "comment" })
            messages.add(Node(L("msg"), ReportMessages::text(L(c), ctx.lang)).attr(L("name"), L(c)));
        doc.add(std::move(messages));
    }
}

} // namespace mgrdesk::sim
