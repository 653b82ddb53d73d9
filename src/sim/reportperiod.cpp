#include "reportperiod.h"

#include "reportmessages.h"

namespace mgrdesk::sim {

namespace {

QString L(const char *s)
{
    return QString::fromLatin1(s);
}

QDate quarterStart(const QDate &d)
{
    return QDate(d.year(), (d.month() - 1) / 3 * 3 + 1, 1);
}

} // namespace

QStringList ReportPeriod::keys()
{
    return { L("nodate"), L("today"), L("currentweek"), L("currentmonth"), L("currentyear"), L("lastday"),
        L("lastweek"), L("lastmonth"), L("lastyear"), L("week"), L("month"), L("quarter"), L("halfyear"),
        L("year"), L("other") };
}

ReportPeriod ReportPeriod::fromContext(const Context &ctx, const QDate &today, const QString &defaultKey)
{
    ReportPeriod p;
    p.key = ctx.param(L("period")).trimmed();
    if (p.key.isEmpty())
        p.key = defaultKey;
    const QString &k = p.key;
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QDate firstOfMonth(today.year(), today.month(), 1);
    if (k == QLatin1String("nodate")) {
        return p;
    } else if (k == QLatin1String("today")) {
        p.from = p.to = today;
    } else if (k == QLatin1String("currentweek")) {
        p.from = monday;
        p.to = today;
    } else if (k == QLatin1String("currentmonth")) {
        p.from = firstOfMonth;
        p.to = today;
    } else if (k == QLatin1String("currentyear")) {
        p.from = QDate(today.year(), 1, 1);
        p.to = today;
    } else if (k == QLatin1String("lastday")) {
        p.from = p.to = today.addDays(-1);
    } else if (k == QLatin1String("lastweek")) {
        p.from = monday.addDays(-7);
        p.to = monday.addDays(-1);
    } else if (k == QLatin1String("lastmonth")) {
        p.from = firstOfMonth.addMonths(-1);
        p.to = firstOfMonth.addDays(-1);
    } else if (k == QLatin1String("lastyear")) {
        p.from = QDate(today.year() - 1, 1, 1);
        p.to = QDate(today.year() - 1, 12, 31);
    } else if (k == QLatin1String("week")) { // rolling windows that end today (a guess)
        p.from = today.addDays(-6);
        p.to = today;
    } else if (k == QLatin1String("month")) {
        p.from = today.addMonths(-1).addDays(1);
        p.to = today;
    } else if (k == QLatin1String("quarter")) {
        p.from = quarterStart(today);
        p.to = today;
    } else if (k == QLatin1String("halfyear")) {
        p.from = today.addMonths(-6).addDays(1);
        p.to = today;
    } else if (k == QLatin1String("year")) {
        p.from = today.addYears(-1).addDays(1);
        p.to = today;
    } else if (k == QLatin1String("other")) {
        const QString a = ctx.param(L("periodstart")).trimmed();
        const QString b = ctx.param(L("periodend")).trimmed();
        p.from = a.isEmpty() ? QDate(1970, 1, 1) : QDate::fromString(a, Qt::ISODate);
        p.to = b.isEmpty() ? today : QDate::fromString(b, Qt::ISODate);
        if (!p.from.isValid())
            throw ApiError { L("value"), L("periodstart"), a, L("err_value"), {} };
        if (!p.to.isValid())
            throw ApiError { L("value"), L("periodend"), b, L("err_value"), {} };
        if (p.from > p.to)
            throw ApiError { L("value"), L("periodstart"), a, L("err_value"), {} };
    } else {
        throw ApiError { L("value"), L("period"), k, L("err_value"), {} };
    }
    return p;
}

void ReportPeriod::addFormFields(Node &form)
{
    Node &period = form.add(Node(L("field")).attr(L("name"), L("period")));
    Node &select = period.add(Node(L("select")).attr(L("period"), L("yes")).attr(L("name"), L("period")));
    select.add(Node(L("if")).attr(L("value"), L("other")));
    select.add(Node(L("else")).attr(L("hide"), L("periodstart")));
    select.add(Node(L("else")).attr(L("hide"), L("periodend")));
    for (const char *name : { "periodstart", "periodend" })
        form.add(Node(L("field")).attr(L("name"), L(name)))
            .add(Node(L("input"))
                     .attr(L("type"), L("text"))
                     .attr(L("name"), L(name))
                     .attr(L("check"), L("date"))
                     .attr(L("date"), L("yes"))
                     .attr(L("period"), L("yes"))
                     .attr(L("mask"), L("9999-99-99")));
}

Node ReportPeriod::choices(const QString &lang)
{
    Node slist(L("slist"));
    slist.attr(L("name"), L("period"));
    for (const QString &k : keys())
        slist.add(
            Node(L("val"), ReportMessages::text(k == QLatin1String("month") ? L("month_period") : k, lang))
                .attr(L("msg"), L("yes"))
                .attr(L("key"), k));
    return slist;
}

void ReportPeriod::addValues(Node &doc) const
{
    doc.add(L("period"), key);
    doc.add(L("periodstart"), from.isNull() ? QString() : from.toString(Qt::ISODate));
    doc.add(L("periodend"), to.isNull() ? QString() : to.toString(Qt::ISODate));
}

} // namespace mgrdesk::sim
