#include "reportengine.h"

#include "dataset.h"
#include "messages.h"
#include "reportmessages.h"
#include "reportperiod.h"

#include <QMap>

namespace mgrdesk::sim {

namespace {

QString L(const char *s)
{
    return QString::fromLatin1(s);
}

using Def = ReportEngine::Def;

const std::vector<Def> &defs()
{
    static const std::vector<Def> d = {
        { "report.income", true, "year", "payment",
            { { "bymonth",
                  { { "month", "count", true, "alpha", "yes" }, { "count", "sum", false, "digit" },
                      { "amount", "sum", false, "digit" } },
                  { { "income", "histogram", "month", nullptr, { "amount" } } },
                  { { "payments",
                      { { "number", "count", false, "alpha" },
                          { "create_date", nullptr, false, "alpha", "yes" }, { "account_name" },
                          { "paymethod_name" }, { "amount", "sum", false, "digit" } },
                      {}, {} } } },
                { "bymethod",
                    { { "paymethod_name", "count" }, { "count", "sum", false, "digit" },
                        { "amount", "sum", false, "digit", "desc" } },
                    { { "methods", "pie", "paymethod_name", "amount" } }, {} } } },
        { "report.services", true, "nodate", "vds",
            { { "bytariff",
                  { { "pricelist", "count", true, "alpha" }, { "itemtype" },
                      { "count", "sum", false, "digit", "desc" }, { "active", "sum", false, "digit" } },
                  { { "tariffs", "pie", "pricelist", "count" } },
                  { { "tariffstatus", { { "status", "count" }, { "count", "sum", false, "digit", "desc" } },
                      { { "tariffstatus", "pie", "status", "count" } }, {} } } },
                { "bystatus", { { "status", "count" }, { "count", "sum", false, "digit", "desc" } },
                    { { "statuses", "pie", "status", "count" } }, {} } } },
        // ISPsystem's documented example ("Description of reports"), plus a count column
        { "journal.stat", true, "year", "journal",
            { { "function",
                { { "funcname", "count", true }, { "percentage", "sum", false, "digit", "desc" },
                    { "count", "sum", false, "digit" } },
                { { "func", "pie", "funcname", "percentage" } },
                { { "user",
                    { { "username", "count" }, { "percentage", "sum", false, "digit", "desc" },
                        { "count", "sum", false, "digit" } },
                    { { "user", "histogram", "username", nullptr, { "percentage" } } }, {} } } } } },
        { "dashboard.revenue", false, "halfyear", nullptr,
            { { "bymonth",
                { { "month", "count", false, "alpha", "yes" }, { "count", "sum", false, "digit" },
                    { "amount", "sum", false, "digit" } },
                { { "income", "histogram", "month", nullptr, { "amount" } } }, {} } } },
    };
    return d;
}

qint64 cents(const QString &money)
{
    const QString number = money.section(QLatin1Char(' '), 0, 0);
    bool ok = false;
    const double v = number.toDouble(&ok);
    return ok ? qRound64(v * 100) : 0;
}

QString amount(qint64 c)
{
    return QStringLiteral("%1%2.%3")
        .arg(c < 0 ? QStringLiteral("-") : QString())
        .arg(qAbs(c) / 100)
        .arg(qAbs(c) % 100, 2, 10, QLatin1Char('0'));
}

QString percent(qint64 part, qint64 whole)
{
    return whole ? QString::number(double(part) * 100.0 / double(whole), 'f', 2) : QStringLiteral("0.00");
}

Node elem(std::initializer_list<QPair<const char *, QString>> cells)
{
    Node e(L("elem"));
    for (const auto &c : cells)
        e.add(L(c.first), c.second);
    return e;
}

void addMsg(Node &messages, const QString &name, const QString &text)
{
    for (const Node &m : messages.children)
        if (m.attrValue(QStringLiteral("name")) == name)
            return; // bands share column names: one message each
    messages.add(Node(QStringLiteral("msg"), text).attr(QStringLiteral("name"), name));
}

void addBandMeta(Node &parent, const ReportEngine::Band &band, const QString &lang, Node &messages)
{
    Node &b = parent.add(Node(L("band")).attr(L("name"), L(band.name)));
    addMsg(messages, L(band.name), ReportMessages::text(L(band.name), lang));
    for (const auto &d : band.diagrams) {
        Node &n = b.add(Node(L("diagram")).attr(L("name"), L(d.name)));
        n.attr(L("label"), L(d.label));
        if (d.data)
            n.attr(L("data"), L(d.data));
        n.attr(L("type"), L(d.type));
        for (const char *line : d.lines)
            n.add(Node(L("line")).attr(L("data"), L(line)));
        addMsg(messages, L(d.name), ReportMessages::text(L(d.name), lang));
    }
    for (const auto &c : band.cols) {
        Node &n = b.add(Node(L("col")).attr(L("name"), L(c.name)).attr(L("type"), L("data")));
        if (c.sort)
            n.attr(L("sort"), L(c.sort));
        if (c.sorted)
            n.attr(L("sorted"), L(c.sorted));
        if (c.total)
            n.attr(L("total"), L(c.total));
        if (c.link)
            n.attr(L("link"), L("yes"));
        addMsg(messages, L(c.name), ReportMessages::text(L(c.name), lang));
    }
    for (const auto &nested : band.bands)
        addBandMeta(b, nested, lang, messages);
}

} // namespace

ReportEngine::ReportEngine(Dataset &data)
    : m_data(data)
{
}

QStringList ReportEngine::reportNames()
{
    return { L("report.income"), L("report.services"), L("journal.stat") };
}

QDate ReportEngine::today() const
{
    return QDate::fromString(m_data.today(), Qt::ISODate);
}

bool ReportEngine::handle(Context &ctx, Node &doc)
{
    const Def *def = nullptr;
    for (const Def &d : defs())
        if (ctx.func == QLatin1String(d.name))
            def = &d;
    if (!def)
        return false;
    if (!ctx.isAdmin())
        throw ApiError { L("access"), ctx.func, ctx.func, L("err_access"), {} };
    ReportPeriod period = ReportPeriod::fromContext(ctx, today(), L(def->defaultPeriod));
    if (!def->firstrun) { // the dashboard's chart: the last 6 calendar months, this one included
        period.from = QDate(today().year(), today().month(), 1).addMonths(-5);
        period.to = today();
    }
    const bool run = !def->firstrun || ctx.has(L("sok"));
    if (run) {
        Node data(L("reportdata"));
        if (ctx.func == QLatin1String("report.income"))
            income(ctx, data, period, true);
        else if (ctx.func == QLatin1String("dashboard.revenue"))
            income(ctx, data, period, false);
        else if (ctx.func == QLatin1String("report.services"))
            services(ctx, data, period);
        else
            journalStat(ctx, data, period);
        doc.add(std::move(data));
    }
    if (def->firstrun) {
        period.addValues(doc);
        doc.add(ReportPeriod::choices(ctx.lang));
    }
    metadata(ctx, doc, *def);
    return true;
}

void ReportEngine::metadata(const Context &ctx, Node &doc, const Def &def) const
{
    Node meta(L("metadata"));
    meta.attr(L("name"), L(def.name))
        .attr(L("type"), L("report"))
        .attr(L("level"), QString::number(ctx.level));
    if (def.firstrun)
        meta.attr(L("firstrun"), L("no"));
    Node messages(L("messages"));
    messages.attr(L("name"), L(def.name));
    const QString name = L(def.name);
    messages.add(
        Node(L("msg"), ReportMessages::text(L("title_") + name, ctx.lang)).attr(L("name"), L("title")));
    messages.add(
        Node(L("msg"), ReportMessages::text(L("info_") + name, ctx.lang)).attr(L("name"), L("report_info")));
    if (def.back) {
        Node &tb = meta.add(L("toolbar"));
        tb.add(Node(L("toolbtn"))
                   .attr(L("func"), L(def.back))
                   .attr(L("type"), L("back"))
                   .attr(L("img"), L("t-back"))
                   .attr(L("name"), L("back")));
        messages.add(Node(L("msg"), Messages::text(L("title_") + L(def.back), ctx.lang))
                         .attr(L("name"), L("short_back")));
    }
    if (def.firstrun) {
        Node &form = meta.add(L("form"));
        ReportPeriod::addFormFields(form);
        Node &buttons = form.add(L("buttons"));
        buttons.add(Node(L("button")).attr(L("name"), L("ok")).attr(L("type"), L("ok")));
        for (const char *m : { "period", "hint_period", "periodstart", "periodend", "hint_periodstart",
                 "hint_periodend", "placeholder_periodstart", "placeholder_periodend" })
            messages.add(Node(L("msg"), ReportMessages::text(L(m), ctx.lang)).attr(L("name"), L(m)));
    }
    for (const Band &b : def.bands)
        addBandMeta(meta, b, ctx.lang, messages);
    doc.add(std::move(meta));
    doc.add(std::move(messages));
}

void ReportEngine::income(const Context &ctx, Node &data, const ReportPeriod &period, bool withPayments) const
{
    const Table *t = m_data.table(L("payment"));
    const int cStatus = t->column(L("status")), cDate = t->column(L("create_date"));
    const int cAmount = t->column(L("subaccountamount_iso")), cMethod = t->column(L("paymethod_name"));
    struct Month
    {
        int count = 0;
        qint64 sum = 0;
        std::vector<int> rows;
    };
    QMap<QString, Month> months;
    QMap<QString, QPair<int, qint64>> methods;
    for (int i = 0; i < t->size(); ++i) {
        const Row &r = t->at(i);
        const QString &st = r.cells[cStatus];
        if (st != QLatin1String("2") && st != QLatin1String("4")) // paid or credited
            continue;
        const QDate d = QDate::fromString(r.cells[cDate], Qt::ISODate);
        if (!period.contains(d))
            continue;
        const qint64 c = cents(r.cells[cAmount]);
        Month &m = months[r.cells[cDate].left(7)];
        ++m.count;
        m.sum += c;
        m.rows.push_back(i);
        auto &pm = methods[r.cells[cMethod]];
        ++pm.first;
        pm.second += c;
    }
    Node &byMonth = data.add(L("bymonth"));
    for (auto it = months.cbegin(); it != months.cend(); ++it) {
        Node e = elem({ { "month", it.key() }, { "count", QString::number(it->count) },
            { "amount", amount(it->sum) } });
        if (withPayments) {
            Node &payments = e.add(L("payments"));
            for (int i : it->rows) {
                const Row &r = t->at(i);
                payments.add(elem({ { "number", t->value(r, L("number")) }, { "create_date", r.cells[cDate] },
                    { "account_name", t->value(r, L("account_name")) },
                    { "paymethod_name", r.cells[cMethod] }, { "amount", amount(cents(r.cells[cAmount])) } }));
            }
        }
        byMonth.add(std::move(e));
    }
    if (!withPayments)
        return;
    Node &byMethod = data.add(L("bymethod"));
    QList<QPair<QString, QPair<int, qint64>>> sorted;
    for (auto it = methods.cbegin(); it != methods.cend(); ++it)
        sorted.append({ it.key(), it.value() });
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const auto &a, const auto &b) { return a.second.second > b.second.second; });
    for (const auto &m : sorted)
        byMethod.add(elem({ { "paymethod_name", m.first }, { "count", QString::number(m.second.first) },
            { "amount", amount(m.second.second) } }));
    Q_UNUSED(ctx);
}

void ReportEngine::services(const Context &ctx, Node &data, const ReportPeriod &period) const
{
    struct Tariff
    {
        QString type;
        int count = 0, active = 0;
        QMap<int, int> statuses;
    };
    QMap<QString, Tariff> tariffs;
    QMap<int, int> statuses;
    for (const char *table : { "vds", "domain" }) {
        const Table *t = m_data.table(L(table));
        const int cTariff = t->column(L("pricelist")), cStatus = t->column(L("item_status"));
        const int cDate = t->column(L("createdate"));
        for (int i = 0; i < t->size(); ++i) {
            const Row &r = t->at(i);
            if (!period.contains(QDate::fromString(r.cells[cDate], Qt::ISODate)))
                continue;
            const int st = r.cells[cStatus].toInt();
            Tariff &tf = tariffs[r.cells[cTariff]];
            tf.type = ReportMessages::text(L("type_") + L(table), ctx.lang);
            ++tf.count;
            tf.active += st == 2 ? 1 : 0;
            ++tf.statuses[st];
            ++statuses[st];
        }
    }
    auto statusCell = [&](int code) {
        const QString c = QString::number(code);
        return Node(L("status"), Messages::status(L("item"), c, ctx.lang))
            .attr(L("orig"), c)
            .attr(L("color"), Messages::statusColor(L("item"), c));
    };
    auto byCount = [](const QMap<int, int> &m) {
        QList<QPair<int, int>> out;
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            out.append({ it.key(), it.value() });
        std::stable_sort(
            out.begin(), out.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
        return out;
    };
    QList<QPair<QString, Tariff>> sorted;
    for (auto it = tariffs.cbegin(); it != tariffs.cend(); ++it)
        sorted.append({ it.key(), it.value() });
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const auto &a, const auto &b) { return a.second.count > b.second.count; });
    Node &byTariff = data.add(L("bytariff"));
    for (const auto &tf : sorted) {
        Node e = elem({ { "pricelist", tf.first }, { "itemtype", tf.second.type },
            { "count", QString::number(tf.second.count) }, { "active", QString::number(tf.second.active) } });
        Node &nested = e.add(L("tariffstatus"));
        for (const auto &s : byCount(tf.second.statuses)) {
            Node se(L("elem"));
            se.add(statusCell(s.first));
            se.add(L("count"), QString::number(s.second));
            nested.add(std::move(se));
        }
        byTariff.add(std::move(e));
    }
    Node &byStatus = data.add(L("bystatus"));
    for (const auto &s : byCount(statuses)) {
        Node se(L("elem"));
        se.add(statusCell(s.first));
        se.add(L("count"), QString::number(s.second));
        byStatus.add(std::move(se));
    }
}

void ReportEngine::journalStat(const Context &ctx, Node &data, const ReportPeriod &period) const
{
    Q_UNUSED(ctx);
    const Table *t = m_data.table(L("journal"));
    const int cTime = t->column(L("time")), cUser = t->column(L("user")), cFunc = t->column(L("funcname"));
    QMap<QString, QMap<QString, qint64>> byFunc;
    qint64 total = 0;
    for (int i = 0; i < t->size(); ++i) {
        const Row &r = t->at(i);
        if (!period.contains(QDate::fromString(r.cells[cTime].left(10), Qt::ISODate)))
            continue;
        ++byFunc[r.cells[cFunc]][r.cells[cUser]];
        ++total;
    }
    auto sortedDesc = [](const QMap<QString, qint64> &m) {
        QList<QPair<QString, qint64>> out;
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            out.append({ it.key(), it.value() });
        std::stable_sort(
            out.begin(), out.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
        return out;
    };
    QMap<QString, qint64> funcCounts;
    for (auto it = byFunc.cbegin(); it != byFunc.cend(); ++it) {
        qint64 n = 0;
        for (qint64 c : it.value())
            n += c;
        funcCounts.insert(it.key(), n);
    }
    Node &function = data.add(L("function"));
    for (const auto &f : sortedDesc(funcCounts)) {
        Node e = elem({ { "funcname", f.first }, { "percentage", percent(f.second, total) },
            { "count", QString::number(f.second) } });
        Node &users = e.add(L("user"));
        for (const auto &u : sortedDesc(byFunc.value(f.first)))
            users.add(elem({ { "username", u.first }, { "percentage", percent(u.second, f.second) },
                { "count", QString::number(u.second) } }));
        function.add(std::move(e));
    }
}

} // namespace mgrdesk::sim
