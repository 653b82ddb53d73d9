#include "listengine.h"

#include "dataset.h"
#include "formbuilder.h"
#include "messages.h"

#include <QDate>

#include <algorithm>
#include <optional>

namespace mgrdesk::sim {

namespace {

QString L(const char *s)
{
    return QString::fromLatin1(s);
}

double leadingNumber(const QString &v)
{
    int end = 0;
    while (end < v.size()
        && (v[end].isDigit() || v[end] == QLatin1Char('.') || (end == 0 && v[end] == QLatin1Char('-'))))
        ++end;
    return v.left(end).toDouble();
}

bool wildcardContains(const QString &cell, const QString &pattern)
{
    const QStringList parts = pattern.split(QLatin1Char('*'), Qt::SkipEmptyParts);
    int from = 0;
    for (const QString &p : parts) {
        const int at = cell.indexOf(p, from, Qt::CaseInsensitive);
        if (at < 0)
            return false;
        from = at + int(p.size());
    }
    return true;
}

// Sums money cells ("15.00 USD") of the given rows in cents per currency: "12221253.00 RUB", several
// currencies joined with ", " in ISO order.
QString moneyTotal(const Table &t, const QString &column, const std::vector<int> &rows)
{
    const int c = t.column(column);
    QMap<QString, qint64> cents;
    for (int i : rows) {
        const Row &r = t.at(i);
        if (c < 0 || c >= r.cells.size() || r.cells[c].isEmpty())
            continue;
        const QString &v = r.cells[c];
        const int space = int(v.indexOf(QLatin1Char(' ')));
        const QString amount = space < 0 ? v : v.left(space);
        const QString iso = space < 0 ? QString() : v.mid(space + 1);
        const int dot = int(amount.indexOf(QLatin1Char('.')));
        const bool negative = amount.startsWith(QLatin1Char('-'));
        qint64 whole = qAbs((dot < 0 ? amount : amount.left(dot)).toLongLong());
        qint64 frac = dot < 0 ? 0 : (amount.mid(dot + 1) + QStringLiteral("00")).left(2).toLongLong();
        const qint64 value = whole * 100 + frac;
        cents[iso] += negative ? -value : value;
    }
    if (cents.isEmpty())
        return QStringLiteral("0.00");
    QStringList parts;
    for (auto it = cents.constBegin(); it != cents.constEnd(); ++it) {
        const qint64 v = it.value();
        QString text = QStringLiteral("%1%2.%3")
                           .arg(v < 0 ? QStringLiteral("-") : QString())
                           .arg(qAbs(v) / 100)
                           .arg(qAbs(v) % 100, 2, 10, QLatin1Char('0'));
        if (!it.key().isEmpty())
            text += QLatin1Char(' ') + it.key();
        parts << text;
    }
    return parts.join(QStringLiteral(", "));
}

// A neutral filter value is no filter (real filter forms send them for "anything"): empty, null, nodate,
// and the period choice "other" (the range fields carry it).
bool neutral(const QString &v)
{
    return v.isEmpty() || v == QLatin1String("null") || v == QLatin1String("nodate")
        || v == QLatin1String("other");
}

const char *const kPeriods[] = { "nodate", "today", "currentweek", "currentmonth", "currentyear", "lastday",
    "lastweek", "lastmonth", "lastyear", "week", "month", "quarter", "halfyear", "year", "other" };

// The dates [from, to] of a named period relative to the dataset's today; an invalid pair for unknown names.
QPair<QDate, QDate> periodRange(const QString &period, const QDate &today)
{
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QDate first(today.year(), today.month(), 1);
    if (period == QLatin1String("today"))
        return { today, today };
    if (period == QLatin1String("currentweek"))
        return { monday, today };
    if (period == QLatin1String("currentmonth"))
        return { first, today };
    if (period == QLatin1String("currentyear"))
        return { QDate(today.year(), 1, 1), today };
    if (period == QLatin1String("lastday"))
        return { today.addDays(-1), today.addDays(-1) };
    if (period == QLatin1String("lastweek"))
        return { monday.addDays(-7), monday.addDays(-1) };
    if (period == QLatin1String("lastmonth"))
        return { first.addMonths(-1), first.addDays(-1) };
    if (period == QLatin1String("lastyear"))
        return { QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31) };
    if (period == QLatin1String("week"))
        return { today.addDays(-6), today };
    if (period == QLatin1String("month"))
        return { today.addMonths(-1).addDays(1), today };
    if (period == QLatin1String("quarter"))
        return { today.addMonths(-3).addDays(1), today };
    if (period == QLatin1String("halfyear"))
        return { today.addMonths(-6).addDays(1), today };
    if (period == QLatin1String("year"))
        return { today.addYears(-1).addDays(1), today };
    return {};
}

class ListRows : public RowSource
{
public:
    ListRows(const Table &t, QList<ColDef> cols, std::vector<int> rows, QString lang)
        : m_table(t)
        , m_cols(std::move(cols))
        , m_rows(std::move(rows))
        , m_lang(std::move(lang))
        , m_version(t.version())
    {
        for (const ColDef &c : m_cols)
            m_colIndex.append(m_table.column(c.column()));
        m_ids.reserve(m_rows.size());
        for (const int i : m_rows)
            m_ids.push_back(m_table.at(i).id);
    }
    int count() const override { return int(m_rows.size()); }
    Node row(int index) const override
    {
        // A big reply is written while the server goes on serving other requests (httpserver.cpp streams it),
        // so the table may have changed since the page was chosen: rows are then found again by id, and a
        // row deleted meanwhile is left out (an unnamed node, which the writers skip).
        int at = m_rows[size_t(index)];
        if (m_table.version() != m_version) {
            at = m_table.indexOf(m_ids[size_t(index)]);
            if (at < 0)
                return Node();
        }
        const Row &r = m_table.at(at);
        Node elem(QStringLiteral("elem"));
        elem.children.reserve(size_t(m_cols.size() + 1));
        elem.add(QStringLiteral("id"), QString::number(r.id));
        for (int i = 0; i < m_cols.size(); ++i) {
            const int c = m_colIndex[i];
            if (c < 0 || c >= r.cells.size() || r.cells[c].isEmpty())
                continue; // sparse: an absent field is an empty cell
            const ColDef &cd = m_cols[i];
            const QString &v = r.cells[c];
            if (cd.statusSet.isEmpty()) {
                elem.add(cd.name, v);
            } else {
                Node &n = elem.add(cd.name, Messages::status(cd.statusSet, v, m_lang));
                n.attr(QStringLiteral("orig"), v);
                const QString color = Messages::statusColor(cd.statusSet, v);
                if (!color.isEmpty())
                    n.attr(QStringLiteral("color"), color);
            }
        }
        return elem;
    }

private:
    const Table &m_table;
    QList<ColDef> m_cols;
    QList<int> m_colIndex;
    std::vector<int> m_rows;
    std::vector<qint64> m_ids; // of m_rows, to find them again after a change of the table
    QString m_lang;
    quint64 m_version = 0; // of the table when the page was chosen
};

} // namespace

ListEngine::ListEngine(Dataset &data)
    : m_data(data)
{
    const QList<ListDef> defs = builtinLists();
    for (const ListDef &d : defs)
        m_defs.insert(d.func, d);
}

const ListDef *ListEngine::find(const QString &func) const
{
    auto it = m_defs.constFind(func);
    return it == m_defs.constEnd() ? nullptr : &*it;
}

bool ListEngine::handle(Context &ctx, Node &doc)
{
    if (const ListDef *d = find(ctx.func)) {
        list(ctx, doc, *d);
        return true;
    }
    const int dot = int(ctx.func.lastIndexOf(QLatin1Char('.')));
    if (dot < 0)
        return false;
    const ListDef *d = find(ctx.func.left(dot));
    const QString action = ctx.func.mid(dot + 1);
    if (!d)
        return false;
    if (action == QLatin1String("filter") && !d->filters.isEmpty()) {
        filterForm(ctx, doc, *d);
        return true;
    }
    if (action == QLatin1String("setfilter") && !d->filters.isEmpty()) {
        setFilter(ctx, doc, *d);
        return true;
    }
    if ((action == QLatin1String("delete") && d->deletable)
        || ((action == QLatin1String("suspend") || action == QLatin1String("resume"))
            && !d->suspendColumn.isEmpty())) {
        groupAction(ctx, doc, *d, action);
        return true;
    }
    return false;
}

void ListEngine::checkAccess(const Context &ctx, const ListDef &def) const
{
    if ((def.access == ListDef::AdminOnly && !ctx.isAdmin())
        || (def.access == ListDef::ClientOnly && ctx.isAdmin()))
        throw ApiError { L("access"), ctx.func, ctx.func, L("err_access"), {} };
}

bool ListEngine::visible(const Context &ctx, const ListDef &def, qint64 id) const
{
    const Table *t = m_data.table(def.table);
    const Row *r = t ? t->find(id) : nullptr;
    return r && (ctx.isAdmin() || r->owner == ctx.account);
}

int ListEngine::countVisible(
    const Context &ctx, const QString &func, const QStringList &statusIn, const QString &statusColumn) const
{
    const ListDef *d = find(func);
    const Table *t = d ? m_data.table(d->table) : nullptr;
    if (!t)
        return 0;
    const int sc = statusColumn.isEmpty() ? -1 : t->column(statusColumn);
    int n = 0;
    for (int i = 0; i < t->size(); ++i) {
        const Row &r = t->at(i);
        if (!ctx.isAdmin() && r.owner != ctx.account)
            continue;
        if (sc >= 0 && !statusIn.contains(r.cells[sc]))
            continue;
        ++n;
    }
    return n;
}

ListEngine::State &ListEngine::state(const Context &ctx, const ListDef &def)
{
    return m_states[ctx.user + QLatin1Char('/') + def.func];
}

bool ListEngine::rowPasses(const Context &ctx, const ListDef &def, const Table &t, int rowIndex,
    const QString &plid, const QMap<QString, QString> &filter) const
{
    const Row &r = t.at(rowIndex);
    if (!ctx.isAdmin() && r.owner != ctx.account)
        return false;
    if (!def.parentColumn.isEmpty() && t.value(r, def.parentColumn) != plid)
        return false;
    if (!def.statusColumn.isEmpty() && !def.statusIn.contains(t.value(r, def.statusColumn)))
        return false;
    for (auto it = filter.constBegin(); it != filter.constEnd(); ++it) {
        for (const FilterDef &f : def.filters) {
            if (f.name != it.key())
                continue;
            const QString cell = f.kind == FilterDef::Owner ? QString() : t.value(r, f.column);
            switch (f.kind) {
            case FilterDef::Substring:
                if (!wildcardContains(cell, it.value()))
                    return false;
                break;
            case FilterDef::Exact:
            case FilterDef::Status:
                if (cell != it.value())
                    return false;
                break;
            case FilterDef::DateFrom:
                if (cell.left(10) < it.value())
                    return false;
                break;
            case FilterDef::DateTo:
                if (cell.left(10) > it.value())
                    return false;
                break;
            case FilterDef::Owner:
                if (QString::number(r.owner) != it.value())
                    return false;
                break;
            case FilterDef::Period: {
                const auto range = periodRange(it.value(), QDate::fromString(m_data.today(), Qt::ISODate));
                if (range.first.isValid()
                    && (cell.left(10) < range.first.toString(Qt::ISODate)
                        || cell.left(10) > range.second.toString(Qt::ISODate)))
                    return false;
                break;
            }
            }
        }
    }
    return true;
}

const std::vector<int> &ListEngine::sortedIndex(
    const ListDef &def, const Table &t, const QString &column, bool desc)
{
    const QString key
        = def.table + QLatin1Char('/') + column + (desc ? QLatin1String("/d") : QLatin1String("/a"));
    SortCache &cache = m_sortCache[key];
    if (cache.version == t.version() && int(cache.order.size()) == t.size())
        return cache.order;
    const int n = t.size();
    cache.order.resize(size_t(n));
    for (int i = 0; i < n; ++i)
        cache.order[size_t(i)] = i;
    QString sortKind = QStringLiteral("digit");
    QString source = column;
    for (const ColDef &c : def.cols)
        if (c.name == column) {
            sortKind = c.sort;
            source = c.column();
        }
    if (sortKind == QLatin1String("digit")) {
        std::vector<double> keys(static_cast<size_t>(n));
        const bool byKey = column == QLatin1String("id"); // the key lives in Row::id
        for (int i = 0; i < n; ++i)
            keys[size_t(i)] = byKey ? double(t.at(i).id) : leadingNumber(t.value(t.at(i), source));
        std::stable_sort(cache.order.begin(), cache.order.end(), [&](int a, int b) {
            return desc ? keys[size_t(a)] > keys[size_t(b)] : keys[size_t(a)] < keys[size_t(b)];
        });
    } else {
        std::vector<QString> keys(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i)
            keys[size_t(i)] = t.value(t.at(i), source);
        std::stable_sort(cache.order.begin(), cache.order.end(), [&](int a, int b) {
            const int c = keys[size_t(a)].compare(keys[size_t(b)], Qt::CaseInsensitive);
            return desc ? c > 0 : c < 0;
        });
    }
    cache.version = t.version();
    return cache.order;
}

void ListEngine::list(Context &ctx, Node &doc, const ListDef &def)
{
    checkAccess(ctx, def);
    const Table *t = m_data.table(def.table);
    const QString plid = ctx.param(QStringLiteral("plid"));
    if (!def.parentColumn.isEmpty()) {
        if (plid.isEmpty())
            throw ApiError { L("missed"), L("plid"), {}, L("err_missed"), L("plid") };
        const ListDef *parent = find(def.parentList);
        const Table *pt = m_data.table(parent->table);
        if (!pt->find(plid.toLongLong()))
            throw ApiError { L("notfound"), L("plid"), plid, L("err_notfound"), {} };
        if (!visible(ctx, *parent, plid.toLongLong()))
            throw ApiError { L("access"), L("plid"), plid, L("err_access"), {} };
    }
    State &st = state(ctx, def);
    auto intParam = [&](const QString &name, int min) -> std::optional<int> {
        if (!ctx.has(name) || ctx.param(name).isEmpty())
            return std::nullopt;
        bool ok = false;
        const int v = ctx.param(name).toInt(&ok);
        if (!ok || v < min)
            throw ApiError { L("value"), name, ctx.param(name), L("err_value"), name };
        return v;
    };
    if (ctx.param(QStringLiteral("filter")) == QLatin1String("on")) {
        st.filter.clear();
        for (const FilterDef &f : def.filters)
            if (!neutral(ctx.param(f.name)))
                st.filter.insert(f.name, ctx.param(f.name));
    }
    if (auto v = intParam(QStringLiteral("p_cnt"), 1))
        st.pcnt = qMin(*v, 1000000);
    if (auto v = intParam(QStringLiteral("pagesize"), 1))
        st.pcnt = qMin(*v, 1000000);
    if (auto v = intParam(QStringLiteral("p_num"), -1000000000))
        st.pnum = *v;
    auto sortable = [&](const QString &c) {
        if (c == QLatin1String("id"))
            return true;
        for (const ColDef &cd : def.cols)
            if (cd.name == c && !cd.sort.isEmpty() && cd.level <= ctx.level)
                return true;
        return false;
    };
    for (const QString &p : { QStringLiteral("p_sort"), QStringLiteral("sort") }) {
        QString c = ctx.param(p);
        if (p == QLatin1String("sort") && c.startsWith(QLatin1Char('-'))) {
            c = c.mid(1);
            if (sortable(c))
                st.order = QStringLiteral("desc");
        }
        if (sortable(c)) // an unsortable or unknown column is ignored, as the real server does
            st.sort = c;
    }
    const QString order = ctx.param(QStringLiteral("p_order"));
    if (order == QLatin1String("asc") || order == QLatin1String("desc"))
        st.order = order;

    std::vector<int> matched;
    matched.reserve(size_t(t->size()));
    if (st.sort.isEmpty() && st.order != QLatin1String("desc")) {
        for (int i = 0; i < t->size(); ++i)
            if (rowPasses(ctx, def, *t, i, plid, st.filter))
                matched.push_back(i);
    } else {
        const std::vector<int> &order = sortedIndex(
            def, *t, st.sort.isEmpty() ? QStringLiteral("id") : st.sort, st.order == QLatin1String("desc"));
        for (int i : order)
            if (rowPasses(ctx, def, *t, i, plid, st.filter))
                matched.push_back(i);
    }
    const int total = int(matched.size());
    const int pages = qMax(1, (total + st.pcnt - 1) / st.pcnt);
    int offset = 0;
    if (auto start = intParam(QStringLiteral("startidx"), 0)) {
        offset = qMin(*start, total);
        st.pnum = offset / st.pcnt + 1;
    } else {
        st.pnum = qBound(1, st.pnum, pages); // a page past the end gives the last page
        offset = (st.pnum - 1) * st.pcnt;
    }
    const int end = qMin(total, offset + st.pcnt);
    std::vector<int> page(matched.begin() + offset, matched.begin() + end);

    QList<ColDef> cols;
    for (const ColDef &c : def.cols)
        if (c.level <= ctx.level)
            cols.append(c);
    if (ctx.param(QStringLiteral("out")).compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0) {
        // out=csv: the whole filtered, sorted list as one file (the page size the user keeps is untouched).
        // Header: the columns' titles in the request's language; RFC 4180 quoting; UTF-8.
        auto quote = [](const QString &v) {
            if (!v.contains(QLatin1Char(',')) && !v.contains(QLatin1Char('"'))
                && !v.contains(QLatin1Char('\n')) && !v.contains(QLatin1Char('\r')))
                return v;
            return QLatin1Char('"') + QString(v).replace(QLatin1Char('"'), QStringLiteral("\"\""))
                + QLatin1Char('"');
        };
        QStringList header;
        for (const ColDef &c : cols)
            header.append(quote(Messages::text(c.name, ctx.lang)));
        QString csv = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        const ListRows all(*t, cols, matched, ctx.lang);
        for (int i = 0; i < all.count(); ++i) {
            const Node row = all.row(i);
            QStringList cells;
            for (const ColDef &c : cols) {
                const Node *cell = row.find(c.name);
                cells.append(quote(cell ? cell->text : QString()));
            }
            csv += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        }
        doc.add(Node(QStringLiteral("__csv__"), csv).attr(QStringLiteral("name"), def.func));
        return;
    }
    if (ctx.wantsMetadata())
        addMetadata(ctx, doc, def, st, t, matched);
    if (!plid.isEmpty() && !def.parentColumn.isEmpty())
        doc.add(QStringLiteral("plid"), plid);
    doc.add(QStringLiteral("p_elems"), QString::number(total));
    doc.add(QStringLiteral("p_num"), QString::number(st.pnum));
    doc.add(QStringLiteral("p_cnt"), QString::number(st.pcnt));
    // p_sort even when unsorted: the table order is the key's order
    doc.add(QStringLiteral("p_sort"), st.sort.isEmpty() ? QStringLiteral("id") : st.sort);
    doc.add(QStringLiteral("p_order"), st.order);
    if (!st.filter.isEmpty())
        doc.add(QStringLiteral("filter"), QStringLiteral("on"));
    if (!def.filters.isEmpty()) {
        Node possible(QStringLiteral("p_possible_filters"));
        for (const FilterDef &f : def.filters)
            if (f.kind != FilterDef::Owner || ctx.isAdmin())
                possible.add(Node(QStringLiteral("filter")).attr(QStringLiteral("name"), f.name));
        doc.add(possible);
    }
    doc.add(QStringLiteral("page"), QStringLiteral("%1 - %2").arg(total).arg(st.pnum));
    doc.rows = std::make_shared<ListRows>(*t, cols, std::move(page), ctx.lang);
}

void ListEngine::addMetadata(const Context &ctx, Node &doc, const ListDef &def, const State &st,
    const Table *table, const std::vector<int> &matched) const
{
    Node meta(QStringLiteral("metadata"));
    meta.attr(QStringLiteral("name"), def.func).attr(QStringLiteral("type"), QStringLiteral("list"));
    meta.attr(QStringLiteral("key"), QStringLiteral("id")).attr(QStringLiteral("keyname"), def.keyname);
    if (def.func.startsWith(QLatin1String("ticket")))
        meta.attr(QStringLiteral("autoupdate"), QStringLiteral("60"));
    Node messages(QStringLiteral("messages"));
    messages.attr(QStringLiteral("name"), def.func);
    messages.add(Node(QStringLiteral("msg"), Messages::text(QStringLiteral("title_") + def.func, ctx.lang))
                     .attr(QStringLiteral("name"), QStringLiteral("title")));
    Node toolbar(QStringLiteral("toolbar"));
    toolbar.attr(QStringLiteral("view"), QStringLiteral("buttontext"));
    Node grp(QStringLiteral("toolgrp"));
    grp.attr(QStringLiteral("name"), QStringLiteral("main"));
    // the localised text a rule compares: real servers name the cell's displayed text (status words in the
    // request's language), not the code
    auto ruleValue = [&](const RuleDef &r) {
        for (const ColDef &c : def.cols)
            if (c.name == r.name && !c.statusSet.isEmpty())
                return Messages::status(c.statusSet, r.value, ctx.lang);
        return r.value;
    };
    auto ruleNode = [&](const char *kind, const RuleDef &r) {
        Node n(QString::fromLatin1(kind));
        n.attr(QStringLiteral("name"), r.name).attr(QStringLiteral("value"), ruleValue(r));
        if (r.userOnly)
            n.attr(QStringLiteral("level"), QStringLiteral("user"));
        return n;
    };
    for (const BtnDef &b : def.buttons) {
        if (b.level > ctx.level)
            continue;
        if (b.func == QLatin1String("su") && !ctx.isAdmin())
            continue;
        if (b.userOnly && ctx.isAdmin())
            continue;
        Node tb(QStringLiteral("toolbtn"));
        tb.attr(QStringLiteral("name"), b.name).attr(QStringLiteral("func"), b.func);
        tb.attr(QStringLiteral("type"), b.type).attr(QStringLiteral("img"), b.img);
        if (b.isDefault)
            tb.attr(QStringLiteral("default"), QStringLiteral("yes"));
        if (b.userOnly)
            tb.attr(QStringLiteral("level"), QStringLiteral("user"));
        if (b.warning)
            tb.attr(QStringLiteral("warning"), QStringLiteral("yes"));
        for (const auto &h : b.hide)
            tb.add(ruleNode("hide", h));
        for (const auto &h : b.show)
            tb.add(ruleNode("show", h));
        grp.add(tb);
        const QString title = Messages::text(QStringLiteral("btn_") + b.name, ctx.lang);
        messages.add(Node(QStringLiteral("msg"), title)
                         .attr(QStringLiteral("name"), QStringLiteral("short_") + b.name));
        messages.add(Node(QStringLiteral("msg"), title)
                         .attr(QStringLiteral("name"), QStringLiteral("hint_") + b.name));
        if (b.type == QLatin1String("group") || b.warning)
            messages.add(
                Node(QStringLiteral("msg"), Messages::text(QStringLiteral("confirm_") + b.name, ctx.lang))
                    .attr(QStringLiteral("name"), QStringLiteral("msg_confirm_") + b.name));
    }
    toolbar.add(grp);
    meta.add(toolbar);
    Node coldata(QStringLiteral("coldata"));
    for (const ColDef &c : def.cols) {
        if (c.level > ctx.level)
            continue;
        Node cn(QStringLiteral("col"));
        cn.attr(QStringLiteral("name"), c.name).attr(QStringLiteral("type"), c.type);
        if (!c.sort.isEmpty())
            cn.attr(QStringLiteral("sort"), c.sort);
        if (st.sort == c.name)
            cn.attr(QStringLiteral("sorted"),
                st.order == QLatin1String("desc") ? QStringLiteral("-1") : QStringLiteral("+1"));
        if (c.stat && table) {
            cn.attr(QStringLiteral("stat"), QStringLiteral("yes"));
            cn.attr(QStringLiteral("total"), moneyTotal(*table, c.column(), matched));
        }
        coldata.add(cn);
        messages.add(Node(QStringLiteral("msg"), Messages::text(c.name, ctx.lang))
                         .attr(QStringLiteral("name"), c.name));
    }
    meta.add(coldata);
    messages.add(Node(QStringLiteral("msg"), Messages::text(QStringLiteral("id"), ctx.lang))
                     .attr(QStringLiteral("name"), QStringLiteral("id")));
    doc.add(meta);
    doc.add(messages);
}

void ListEngine::filterForm(Context &ctx, Node &doc, const ListDef &def)
{
    checkAccess(ctx, def);
    State &st = state(ctx, def);
    if (!ctx.param(QStringLiteral("sok")).isEmpty()) {
        st.filter.clear();
        if (ctx.param(QStringLiteral("clicked_button")) != QLatin1String("reset")) {
            for (const FilterDef &f : def.filters)
                if (!neutral(ctx.param(f.name)))
                    st.filter.insert(f.name, ctx.param(f.name));
        }
        st.pnum = 1;
        doc.add(QStringLiteral("ok"));
        return;
    }
    FormBuilder form(ctx, def.func + QStringLiteral(".filter"), QStringLiteral("title_filter"));
    for (const FilterDef &f : def.filters) {
        if (f.kind == FilterDef::Owner && !ctx.isAdmin())
            continue;
        QString value = st.filter.value(f.name);
        if (f.kind == FilterDef::Period && value.isEmpty())
            value = st.filter.contains(QStringLiteral("createdatestart"))
                    || st.filter.contains(QStringLiteral("createdateend"))
                ? QStringLiteral("other")
                : QStringLiteral("nodate");
        if (f.kind == FilterDef::Status && value.isEmpty())
            value = QStringLiteral("null");
        doc.add(f.name, value);
        if (f.kind == FilterDef::Period) {
            // the real filter form's period select: the range fields only for "other"
            QList<QPair<QString, QString>> options;
            for (const char *p : kPeriods)
                options.append({ QString::fromLatin1(p),
                    Messages::text(QStringLiteral("period_") + QString::fromLatin1(p), ctx.lang) });
            Node &sel = form.select(f.name, options, doc);
            sel.attr(QStringLiteral("period"), QStringLiteral("yes"));
            sel.add(Node(QStringLiteral("if")).attr(QStringLiteral("value"), QStringLiteral("other")));
            sel.add(
                Node(QStringLiteral("else")).attr(QStringLiteral("hide"), QStringLiteral("createdatestart")));
            sel.add(
                Node(QStringLiteral("else")).attr(QStringLiteral("hide"), QStringLiteral("createdateend")));
        } else if (f.kind == FilterDef::Status) {
            QList<QPair<QString, QString>> options { { QStringLiteral("null"),
                Messages::text(QStringLiteral("null"), ctx.lang) } };
            const QStringList codes = Messages::statusCodes(f.statusSet);
            for (const QString &c : codes)
                options.append({ c, Messages::status(f.statusSet, c, ctx.lang) });
            form.select(f.name, options, doc);
        } else if (f.kind == FilterDef::Owner) {
            form.input(f.name, QStringLiteral("text")).attr(QStringLiteral("check"), QStringLiteral("int"));
        } else if (f.kind == FilterDef::DateFrom || f.kind == FilterDef::DateTo) {
            form.input(f.name, QStringLiteral("text")).attr(QStringLiteral("check"), QStringLiteral("date"));
        } else {
            form.input(f.name, QStringLiteral("text"));
        }
    }
    form.button(QStringLiteral("ok"), QStringLiteral("ok"));
    form.button(QStringLiteral("reset"), QStringLiteral("reset"));
    form.button(QStringLiteral("cancel"), QStringLiteral("cancel"));
    form.finish(doc);
}

void ListEngine::setFilter(Context &ctx, Node &doc, const ListDef &def)
{
    if (!ctx.isAdmin())
        throw ApiError { L("access"), ctx.func, ctx.func, L("err_access"), {} };
    const QString elid = ctx.param(QStringLiteral("elid"));
    if (elid.isEmpty())
        throw ApiError { L("missed"), L("elid"), {}, L("err_missed"), L("elid") };
    State &st = state(ctx, def);
    st.filter.clear();
    st.filter.insert(QStringLiteral("account"), elid.split(QLatin1Char(',')).first().trimmed());
    st.pnum = 1;
    doc.add(QStringLiteral("ok"));
}

void ListEngine::groupAction(Context &ctx, Node &doc, const ListDef &def, const QString &action)
{
    checkAccess(ctx, def);
    if (ctx.level < def.mutateLevel)
        throw ApiError { L("access"), ctx.func, ctx.func, L("err_access"), {} };
    if (!ctx.isAdmin()) {
        // clients change things only with full rights (a sub-user without them may not)
        const Row *me = m_data.userByName(ctx.user);
        if (!me || m_data.userValue(*me, QStringLiteral("default_access_allow")) != QLatin1String("on"))
            throw ApiError { L("access"), ctx.func, ctx.func, L("err_access"), {} };
    }
    const QString elid = ctx.param(QStringLiteral("elid"));
    if (elid.trimmed().isEmpty())
        throw ApiError { L("missed"), L("elid"), {}, L("err_missed"), L("elid") };
    Table *t = m_data.table(def.table);
    QList<qint64> ids;
    const QStringList parts = elid.split(QLatin1Char(','));
    for (const QString &p : parts) {
        bool ok = false;
        const qint64 id = p.trimmed().toLongLong(&ok);
        if (!ok || !t->find(id))
            continue; // deleting what does not exist is fine: the server replies ok
        if (!visible(ctx, def, id))
            throw ApiError { L("access"), L("elid"), p.trimmed(), L("err_access"), {} };
        if (def.clientHideEnforced && !ctx.isAdmin()) {
            // what the toolbar hides from a client (a paid payment's "Delete") the server refuses
            for (const BtnDef &b : def.buttons)
                if (b.func == ctx.func)
                    for (const RuleDef &r : b.hide)
                        if (t->value(id, r.name) == r.value)
                            throw ApiError { L("access"), L("elid"), p.trimmed(), L("err_access"), {} };
        }
        ids.append(id);
    }
    for (qint64 id : ids) {
        if (action == QLatin1String("delete"))
            t->remove(id);
        else
            t->set(id, def.suspendColumn,
                action == QLatin1String("suspend") ? def.suspendValue : def.resumeValue);
    }
    doc.add(QStringLiteral("ok"));
}

} // namespace mgrdesk::sim
