// Reports and the dashboard on the real demo server (docs/protocol.md §13): the admin menu's "Reports"
// group, each report's parameter form (firstrun="no", a period), a run whose bands, nested bands, diagrams
// and totals match what the ordinary lists say about the same data, period choices and errors, languages,
// access, and the dashboard's <block>s with the functions that feed them.
#include "simclient.h"

#include <QDate>
#include <QtTest>

using namespace simtest;
using mgrdesk::test::DemoServer;

namespace {

const QDate kToday(2026, 3, 2); // the dataset's fixed "today" (docs/demo-server.md)

qint64 cents(const QString &money)
{
    return qRound64(money.section(QLatin1Char(' '), 0, 0).toDouble() * 100);
}

QList<const XNode *> elems(const XNode *band)
{
    return band ? band->all(QStringLiteral("elem")) : QList<const XNode *>();
}

const XNode *band(const XNode &parent, const QString &name)
{
    for (const auto &c : parent.children)
        if (c.name == QLatin1String("band") && c.attrs.value(QStringLiteral("name")) == name)
            return &c;
    return nullptr;
}

QString msg(const XNode &doc, const QString &name)
{
    const XNode *m = doc.child(QStringLiteral("messages"));
    if (!m)
        return {};
    for (const XNode *x : m->all(QStringLiteral("msg")))
        if (x->attrs.value(QStringLiteral("name")) == name)
            return x->text;
    return {};
}

} // namespace

class TestSimReports : public QObject
{
    Q_OBJECT
private:
    XNode run(const QString &func, Params extra = {}, const QString &who = QStringLiteral("admin"))
    {
        Params p { P("func", func), P("authinfo", who + QStringLiteral(":demo")), P("out", "devel") };
        p.append(extra);
        return m_client->xml(p);
    }
    // Every row of a list in one page (the lists are the independent source of truth for the reports).
    XNode all(const QString &func)
    {
        return m_client->xml(
            { P("func", func), P("authinfo", "admin:demo"), P("p_cnt", "100000"), P("p_num", "1") });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_client = std::make_unique<SimClient>(m_server);
    }

    void menuHasAReportsGroup()
    {
        const XNode doc = run(QStringLiteral("desktop"));
        const XNode *menu = doc.child(QStringLiteral("mainmenu"));
        QVERIFY(menu);
        QCOMPARE(menu->attrs.value(QStringLiteral("startpage")), QStringLiteral("dashboard"));
        const XNode *reports = nullptr;
        for (const XNode *g : menu->all(QStringLiteral("node"))) {
            if (g->attrs.value(QStringLiteral("name")) == QLatin1String("reports"))
                reports = g;
            for (const XNode *n : g->all(QStringLiteral("node")))
                QVERIFY2(n->attrs.value(QStringLiteral("action")) != QLatin1String("dashboard"),
                    "the dashboard is the start page, not a report in the menu");
        }
        QVERIFY(reports);
        QStringList actions;
        for (const XNode *n : reports->all(QStringLiteral("node"))) {
            QCOMPARE(n->attrs.value(QStringLiteral("type")), QStringLiteral("report"));
            actions << n->attrs.value(QStringLiteral("action"));
        }
        QCOMPARE(
            actions, QStringLiteral("report.income report.services journal.stat").split(QLatin1Char(' ')));
        QCOMPARE(msg(doc, QStringLiteral("reports")), QStringLiteral("Reports"));
        QCOMPARE(msg(run(QStringLiteral("desktop"), { P("lang", "ru") }), QStringLiteral("reports")),
            QStringLiteral("Отчёты"));
        // a client has no reports group
        const XNode client = run(QStringLiteral("desktop"), {}, QStringLiteral("client1"));
        for (const XNode *g : client.child(QStringLiteral("mainmenu"))->all(QStringLiteral("node")))
            QVERIFY(g->attrs.value(QStringLiteral("name")) != QLatin1String("reports"));
    }

    void parameterFormFirst_data()
    {
        QTest::addColumn<QString>("func");
        QTest::addColumn<QString>("defaultPeriod");
        QTest::newRow("income") << "report.income"
                                << "year";
        QTest::newRow("services") << "report.services"
                                  << "nodate";
        QTest::newRow("journal") << "journal.stat"
                                 << "year";
    }
    void parameterFormFirst()
    {
        QFETCH(QString, func);
        QFETCH(QString, defaultPeriod);
        const XNode doc = run(func);
        QVERIFY(!doc.has(QStringLiteral("error")));
        const XNode *meta = doc.child(QStringLiteral("metadata"));
        QVERIFY(meta);
        QCOMPARE(meta->attrs.value(QStringLiteral("type")), QStringLiteral("report"));
        QCOMPARE(meta->attrs.value(QStringLiteral("firstrun")), QStringLiteral("no"));
        QVERIFY2(!doc.has(QStringLiteral("reportdata")), "firstrun=no: no data before the parameters");
        const XNode *form = meta->child(QStringLiteral("form"));
        QVERIFY(form);
        const XNode *select = form->find(QStringLiteral("select"));
        QVERIFY(select);
        QCOMPARE(select->attrs.value(QStringLiteral("name")), QStringLiteral("period"));
        QCOMPARE(select->attrs.value(QStringLiteral("period")), QStringLiteral("yes"));
        QCOMPARE(doc.value(QStringLiteral("period")), defaultPeriod);
        const XNode *slist = doc.child(QStringLiteral("slist"));
        QVERIFY(slist);
        QStringList keys;
        for (const XNode *v : slist->all(QStringLiteral("val")))
            keys << v->attrs.value(QStringLiteral("key"));
        for (const char *k : { "nodate", "today", "currentweek", "currentmonth", "lastmonth", "currentyear",
                 "lastyear", "quarter", "other" })
            QVERIFY2(keys.contains(QLatin1String(k)), k);
        QVERIFY(!msg(doc, QStringLiteral("title")).isEmpty());
        QVERIFY(!msg(doc, QStringLiteral("report_info")).isEmpty());
        const XNode *back = meta->find(QStringLiteral("toolbtn"));
        QVERIFY(back);
        QCOMPARE(back->attrs.value(QStringLiteral("type")), QStringLiteral("back"));
        // the data-only format drops metadata, as for lists
        QVERIFY(
            !m_client->xml({ P("func", func), P("authinfo", "admin:demo") }).has(QStringLiteral("metadata")));
    }

    void incomeMatchesThePaymentList()
    {
        const XNode doc = run(QStringLiteral("report.income"), { P("sok", "ok"), P("period", "year") });
        QCOMPARE(doc.value(QStringLiteral("periodstart")), QStringLiteral("2025-03-03"));
        QCOMPARE(doc.value(QStringLiteral("periodend")), kToday.toString(Qt::ISODate));
        const XNode *data = doc.child(QStringLiteral("reportdata"));
        QVERIFY(data);
        // independently: credited (4) and paid (2) payments of the last 12 months, from the payment list
        QMap<QString, QPair<int, qint64>> expected;
        QMap<QString, qint64> byMethod;
        qint64 total = 0;
        const XNode payments = all(QStringLiteral("payment"));
        for (const XNode *e : payments.all(QStringLiteral("elem"))) {
            const QString st = e->child(QStringLiteral("status"))->attrs.value(QStringLiteral("orig"));
            const QDate d = QDate::fromString(e->value(QStringLiteral("create_date")), Qt::ISODate);
            if ((st != QLatin1String("2") && st != QLatin1String("4")) || d < QDate(2025, 3, 3) || d > kToday)
                continue;
            auto &m = expected[d.toString(QStringLiteral("yyyy-MM"))];
            ++m.first;
            m.second += cents(e->value(QStringLiteral("subaccountamount_iso")));
            byMethod[e->value(QStringLiteral("paymethod_name"))]
                += cents(e->value(QStringLiteral("subaccountamount_iso")));
            total += cents(e->value(QStringLiteral("subaccountamount_iso")));
        }
        QVERIFY(expected.size() >= 12);
        const auto months = elems(data->child(QStringLiteral("bymonth")));
        QCOMPARE(months.size(), expected.size());
        qint64 reported = 0;
        for (const XNode *m : months) {
            const QString key = m->value(QStringLiteral("month"));
            QVERIFY2(expected.contains(key), qPrintable(key));
            QCOMPARE(m->value(QStringLiteral("count")).toInt(), expected[key].first);
            QCOMPARE(cents(m->value(QStringLiteral("amount"))), expected[key].second);
            reported += cents(m->value(QStringLiteral("amount")));
            // the nested band: the month's payments, adding up to the month
            const auto rows = elems(m->child(QStringLiteral("payments")));
            QCOMPARE(rows.size(), expected[key].first);
            qint64 sum = 0;
            for (const XNode *p : rows) {
                QVERIFY(p->value(QStringLiteral("create_date")).startsWith(key));
                sum += cents(p->value(QStringLiteral("amount")));
            }
            QCOMPARE(sum, expected[key].second);
        }
        QCOMPARE(reported, total);
        const auto methods = elems(data->child(QStringLiteral("bymethod")));
        QCOMPARE(methods.size(), byMethod.size());
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const XNode *m : methods) {
            const qint64 c = cents(m->value(QStringLiteral("amount")));
            QCOMPARE(c, byMethod.value(m->value(QStringLiteral("paymethod_name"))));
            QVERIFY(c <= previous); // sorted="desc"
            previous = c;
        }
        // metadata: the month links into the nested band; a histogram and a pie
        const XNode *meta = doc.child(QStringLiteral("metadata"));
        const XNode *byMonth = band(*meta, QStringLiteral("bymonth"));
        QVERIFY(byMonth);
        QVERIFY(band(*byMonth, QStringLiteral("payments")));
        const XNode *hist = byMonth->child(QStringLiteral("diagram"));
        QCOMPARE(hist->attrs.value(QStringLiteral("type")), QStringLiteral("histogram"));
        QCOMPARE(hist->attrs.value(QStringLiteral("label")), QStringLiteral("month"));
        QCOMPARE(hist->child(QStringLiteral("line"))->attrs.value(QStringLiteral("data")),
            QStringLiteral("amount"));
        bool link = false;
        for (const XNode *c : byMonth->all(QStringLiteral("col")))
            link = link
                || (c->attrs.value(QStringLiteral("name")) == QLatin1String("month")
                    && c->attrs.value(QStringLiteral("link")) == QLatin1String("yes")
                    && c->attrs.value(QStringLiteral("total")) == QLatin1String("count"));
        QVERIFY(link);
        const XNode *pie = band(*meta, QStringLiteral("bymethod"))->child(QStringLiteral("diagram"));
        QCOMPARE(pie->attrs.value(QStringLiteral("type")), QStringLiteral("pie"));
        QCOMPARE(pie->attrs.value(QStringLiteral("data")), QStringLiteral("amount"));
    }

    void periodChoicesBoundTheData()
    {
        auto monthsOf = [&](const Params &p) {
            Params q { P("sok", "ok") };
            q.append(p);
            QStringList out;
            const XNode doc = run(QStringLiteral("report.income"), q);
            for (const XNode *m : elems(doc.find(QStringLiteral("bymonth"))))
                out << m->value(QStringLiteral("month"));
            return out;
        };
        QCOMPARE(monthsOf({ P("period", "lastmonth") }), QStringList { QStringLiteral("2026-02") });
        QCOMPARE(monthsOf({ P("period", "currentmonth") }), QStringList { QStringLiteral("2026-03") });
        QCOMPARE(monthsOf({ P("period", "lastyear") }).size(), 12);
        QCOMPARE(monthsOf({ P("period", "lastyear") }).value(0), QStringLiteral("2025-01"));
        QCOMPARE(
            monthsOf({ P("period", "other"), P("periodstart", "2025-06-10"), P("periodend", "2025-08-31") }),
            QStringLiteral("2025-06 2025-07 2025-08").split(QLatin1Char(' ')));
        const XNode custom = run(QStringLiteral("report.income"),
            { P("sok", "ok"), P("period", "other"), P("periodstart", "2025-06-10"),
                P("periodend", "2025-08-31") });
        for (const XNode *m : elems(custom.find(QStringLiteral("bymonth"))))
            for (const XNode *p : elems(m->child(QStringLiteral("payments")))) {
                const QString d = p->value(QStringLiteral("create_date"));
                QVERIFY2(d >= QLatin1String("2025-06-10") && d <= QLatin1String("2025-08-31"), qPrintable(d));
            }
        // bad parameters are errors of the field, as in forms
        XNode bad = run(QStringLiteral("report.income"), { P("sok", "ok"), P("period", "fortnight") });
        QCOMPARE(errorType(bad), QStringLiteral("value"));
        QCOMPARE(attr(bad, QStringLiteral("error"), QStringLiteral("object")), QStringLiteral("period"));
        bad = run(QStringLiteral("report.income"),
            { P("sok", "ok"), P("period", "other"), P("periodstart", "2025-09-01"),
                P("periodend", "2025-08-31") });
        QCOMPARE(errorType(bad), QStringLiteral("value"));
        bad = run(QStringLiteral("journal.stat"),
            { P("sok", "ok"), P("period", "other"), P("periodstart", "2025-13-45") });
        QCOMPARE(attr(bad, QStringLiteral("error"), QStringLiteral("object")), QStringLiteral("periodstart"));
    }

    void servicesMatchTheServiceLists()
    {
        const XNode doc = run(QStringLiteral("report.services"), { P("sok", "ok") });
        const XNode *data = doc.child(QStringLiteral("reportdata"));
        QVERIFY(data);
        QMap<QString, int> tariffs;
        QMap<QString, int> statuses;
        int active = 0;
        for (const char *func : { "vds", "domain" }) {
            const XNode list = all(QLatin1String(func));
            for (const XNode *e : list.all(QStringLiteral("elem"))) {
                ++tariffs[e->value(QStringLiteral("pricelist"))];
                const QString st
                    = e->child(QStringLiteral("item_status"))->attrs.value(QStringLiteral("orig"));
                ++statuses[st];
                active += st == QLatin1String("2");
            }
        }
        const auto rows = elems(data->child(QStringLiteral("bytariff")));
        QCOMPARE(rows.size(), tariffs.size());
        int sumActive = 0;
        for (const XNode *r : rows) {
            const int n = r->value(QStringLiteral("count")).toInt();
            QCOMPARE(n, tariffs.value(r->value(QStringLiteral("pricelist"))));
            sumActive += r->value(QStringLiteral("active")).toInt();
            int nested = 0;
            for (const XNode *s : elems(r->child(QStringLiteral("tariffstatus"))))
                nested += s->value(QStringLiteral("count")).toInt();
            QCOMPARE(nested, n);
        }
        QCOMPARE(sumActive, active);
        const auto st = elems(data->child(QStringLiteral("bystatus")));
        QCOMPARE(st.size(), statuses.size());
        for (const XNode *s : st) {
            const XNode *cell = s->child(QStringLiteral("status"));
            QCOMPARE(s->value(QStringLiteral("count")).toInt(),
                statuses.value(cell->attrs.value(QStringLiteral("orig"))));
            QVERIFY(!cell->text.isEmpty());
        }
        const XNode *meta = doc.child(QStringLiteral("metadata"));
        QCOMPARE(band(*meta, QStringLiteral("bystatus"))
                     ->child(QStringLiteral("diagram"))
                     ->attrs.value(QStringLiteral("type")),
            QStringLiteral("pie"));
    }

    void journalStatIsTheDocumentedExample()
    {
        const XNode doc = run(QStringLiteral("journal.stat"), { P("sok", "ok"), P("period", "nodate") });
        const XNode *meta = doc.child(QStringLiteral("metadata"));
        QCOMPARE(meta->attrs.value(QStringLiteral("name")), QStringLiteral("journal.stat"));
        const XNode *function = band(*meta, QStringLiteral("function"));
        QVERIFY(function);
        const XNode *pie = function->child(QStringLiteral("diagram"));
        QCOMPARE(pie->attrs.value(QStringLiteral("type")), QStringLiteral("pie"));
        QCOMPARE(pie->attrs.value(QStringLiteral("label")), QStringLiteral("funcname"));
        QCOMPARE(pie->attrs.value(QStringLiteral("data")), QStringLiteral("percentage"));
        QHash<QString, const XNode *> cols;
        for (const XNode *c : function->all(QStringLiteral("col")))
            cols.insert(c->attrs.value(QStringLiteral("name")), c);
        QCOMPARE(cols.value(QStringLiteral("funcname"))->attrs.value(QStringLiteral("total")),
            QStringLiteral("count"));
        QCOMPARE(cols.value(QStringLiteral("funcname"))->attrs.value(QStringLiteral("link")),
            QStringLiteral("yes"));
        QCOMPARE(cols.value(QStringLiteral("percentage"))->attrs.value(QStringLiteral("total")),
            QStringLiteral("sum"));
        QCOMPARE(cols.value(QStringLiteral("percentage"))->attrs.value(QStringLiteral("sorted")),
            QStringLiteral("desc"));
        const XNode *user = band(*function, QStringLiteral("user"));
        QVERIFY(user);
        const XNode *hist = user->child(QStringLiteral("diagram"));
        QCOMPARE(hist->attrs.value(QStringLiteral("type")), QStringLiteral("histogram"));
        QCOMPARE(hist->attrs.value(QStringLiteral("label")), QStringLiteral("username"));
        QCOMPARE(hist->child(QStringLiteral("line"))->attrs.value(QStringLiteral("data")),
            QStringLiteral("percentage"));

        // counts against the journal list (all rows: period nodate)
        QMap<QString, QMap<QString, int>> expected;
        const XNode journal = all(QStringLiteral("journal"));
        int total = 0;
        for (const XNode *e : journal.all(QStringLiteral("elem"))) {
            ++expected[e->value(QStringLiteral("funcname"))][e->value(QStringLiteral("user"))];
            ++total;
        }
        const auto funcs = elems(doc.child(QStringLiteral("reportdata"))->child(QStringLiteral("function")));
        QCOMPARE(funcs.size(), expected.size());
        double share = 0;
        double previous = 101;
        int counted = 0;
        for (const XNode *f : funcs) {
            const QString name = f->value(QStringLiteral("funcname"));
            int n = 0;
            for (int c : expected.value(name))
                n += c;
            QCOMPARE(f->value(QStringLiteral("count")).toInt(), n);
            counted += n;
            const double pct = f->value(QStringLiteral("percentage")).toDouble();
            QVERIFY(qAbs(pct - 100.0 * n / total) < 0.006);
            QVERIFY(pct <= previous);
            previous = pct;
            share += pct;
            const auto users = elems(f->child(QStringLiteral("user")));
            QCOMPARE(users.size(), expected.value(name).size());
            for (const XNode *u : users)
                QCOMPARE(u->value(QStringLiteral("count")).toInt(),
                    expected.value(name).value(u->value(QStringLiteral("username"))));
        }
        QCOMPARE(counted, total);
        QVERIFY(qAbs(share - 100.0) < 0.01 * funcs.size());
    }

    void languagesAndAccess()
    {
        const XNode ru = run(QStringLiteral("journal.stat"), { P("lang", "ru") });
        QCOMPARE(msg(ru, QStringLiteral("title")), QStringLiteral("Статистика журнала операций"));
        QCOMPARE(msg(ru, QStringLiteral("period")), QStringLiteral("Период"));
        const XNode es = run(QStringLiteral("report.income"), { P("lang", "es") });
        QCOMPARE(msg(es, QStringLiteral("title")), QStringLiteral("Ingresos por mes"));
        QCOMPARE(msg(es, QStringLiteral("month")), QStringLiteral("Mes"));
        QCOMPARE(
            errorType(run(QStringLiteral("report.income"), { P("sok", "ok") }, QStringLiteral("client1"))),
            QStringLiteral("access"));
        // JSON carries the same nesting
        const HttpResult r = m_client->post(
            { P("func", "journal.stat"), P("authinfo", "admin:demo"), P("out", "sjson"), P("sok", "ok") });
        QVERIFY(r.body.contains("\"reportdata\""));
        QVERIFY(r.body.contains("\"band\""));
    }

    void dashboardIsBlocks()
    {
        const XNode doc = run(QStringLiteral("dashboard"));
        QCOMPARE(doc.attrs.value(QStringLiteral("func")), QStringLiteral("dashboard"));
        QCOMPARE(doc.attrs.value(QStringLiteral("stylesheet")), QStringLiteral("dashboard"));
        QVERIFY2(!doc.has(QStringLiteral("metadata")) && !doc.has(QStringLiteral("reportdata")),
            "func=dashboard is no longer a report");
        QHash<QString, const XNode *> blocks;
        for (const XNode *b : doc.all(QStringLiteral("block"))) {
            blocks.insert(b->attrs.value(QStringLiteral("name")), b);
            QVERIFY(QStringLiteral("top left right")
                        .split(QLatin1Char(' '))
                        .contains(b->attrs.value(QStringLiteral("position"))));
            QVERIFY(!msg(doc, b->attrs.value(QStringLiteral("name"))).isEmpty());
        }
        for (const char *b : { "taskbar", "figures", "ticket", "payment", "revenue", "longtask" })
            QVERIFY2(blocks.contains(QLatin1String(b)), b);
        QCOMPARE(blocks[QStringLiteral("taskbar")]->attrs.value(QStringLiteral("type")),
            QStringLiteral("toolbar"));
        QVERIFY(blocks[QStringLiteral("taskbar")]->all(QStringLiteral("toolbtn")).size() >= 3);
        QCOMPARE(
            blocks[QStringLiteral("revenue")]->attrs.value(QStringLiteral("type")), QStringLiteral("report"));
        // every list block names a function that answers with a list holding its columns
        for (const XNode *b : doc.all(QStringLiteral("block"))) {
            if (b->attrs.value(QStringLiteral("type")) != QLatin1String("list"))
                continue;
            QVERIFY(b->attrs.value(QStringLiteral("rows")).toInt() > 0);
            bool sorted = false;
            for (const XNode *c : b->all(QStringLiteral("col")))
                sorted = sorted || c->attrs.contains(QStringLiteral("sorted"));
            QVERIFY2(sorted, "ISPsystem: a list block needs a sorted column");
            const XNode list = m_client->xml({ P("func", b->attrs.value(QStringLiteral("func"))),
                P("authinfo", "admin:demo"), P("p_cnt", b->attrs.value(QStringLiteral("rows"))) });
            QVERIFY2(errorType(list).isEmpty(), qPrintable(b->attrs.value(QStringLiteral("func"))));
            const auto rows = list.all(QStringLiteral("elem"));
            if (b->attrs.value(QStringLiteral("func")) != QLatin1String("longtask")) {
                QVERIFY(!rows.isEmpty());
                for (const XNode *c : b->all(QStringLiteral("col")))
                    QVERIFY2(rows.first()->has(c->attrs.value(QStringLiteral("name"))),
                        qPrintable(c->attrs.value(QStringLiteral("name"))));
            }
        }
        // the revenue report runs at once (no firstrun) and has a histogram
        const XNode revenue = run(QStringLiteral("dashboard.revenue"));
        QVERIFY(revenue.child(QStringLiteral("reportdata")));
        QCOMPARE(elems(revenue.find(QStringLiteral("bymonth"))).size(), 6);
        // a client's dashboard: its own blocks
        const XNode client = run(QStringLiteral("dashboard"), {}, QStringLiteral("client1"));
        QStringList names;
        for (const XNode *b : client.all(QStringLiteral("block")))
            names << b->attrs.value(QStringLiteral("name"));
        QVERIFY(names.contains(QStringLiteral("clientticket")));
        QVERIFY(!names.contains(QStringLiteral("longtask")));
    }

    void figuresAreComputedFromTheData()
    {
        const XNode figures = m_client->xml({ P("func", "dashboard.figures"), P("authinfo", "admin:demo") });
        QHash<QString, QString> values;
        for (const XNode *e : figures.all(QStringLiteral("elem")))
            values.insert(e->value(QStringLiteral("name")), e->value(QStringLiteral("value")));
        QCOMPARE(values.value(QStringLiteral("Clients")), QStringLiteral("40"));
        qint64 month = 0;
        const XNode payments = all(QStringLiteral("payment"));
        for (const XNode *e : payments.all(QStringLiteral("elem"))) {
            const QString st = e->child(QStringLiteral("status"))->attrs.value(QStringLiteral("orig"));
            if ((st == QLatin1String("2") || st == QLatin1String("4"))
                && e->value(QStringLiteral("create_date")) >= QLatin1String("2026-03-01"))
                month += cents(e->value(QStringLiteral("subaccountamount_iso")));
        }
        QCOMPARE(cents(values.value(QStringLiteral("Revenue this month"))), month);
        int waiting = 0;
        const XNode tickets = all(QStringLiteral("ticket_all"));
        for (const XNode *e : tickets.all(QStringLiteral("elem"))) {
            const QString st = e->child(QStringLiteral("tstatus"))->attrs.value(QStringLiteral("orig"));
            waiting += st == QLatin1String("0") || st == QLatin1String("1") || st == QLatin1String("2");
        }
        QCOMPARE(values.value(QStringLiteral("Tickets waiting")).toInt(), waiting);
    }

    void runningOperationsAppear()
    {
        // a long operation in flight shows up in longtask
        QNetworkRequest req = m_client->request(m_client->base());
        req.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *op = m_client->nam()->post(req,
            SimClient::encode({ P("func", "vds.reboot"), P("elid", "1"), P("progressid", "rep-op-1"),
                P("authinfo", "admin:demo"), P("out", "xml") }));
        QTRY_VERIFY_WITH_TIMEOUT(m_client->xml({ P("func", "longtask"), P("authinfo", "admin:demo") })
                                     .find(QStringLiteral("elem")),
            5000);
        const XNode tasks = m_client->xml({ P("func", "longtask"), P("authinfo", "admin:demo") });
        QCOMPARE(
            tasks.find(QStringLiteral("elem"))->value(QStringLiteral("name")), QStringLiteral("vds.reboot"));
        SimClient::wait(op, 30000);
    }

private:
    DemoServer m_server;
    std::unique_ptr<SimClient> m_client;
};

QTEST_GUILESS_MAIN(TestSimReports)
#include "tst_sim_reports.moc"
