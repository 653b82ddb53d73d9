// Lists on the real demo server: paging with clamped pages, sticky per-user page/sort, server-side sort with
// unsortable columns ignored, the alternative sort/pagesize/startidx paging, filters (form, reset,
// remembered, filter=on), setfilter, nested lists via plid, access per list and row, and a 100,000-row page.
#include "simclient.h"

#include <QtTest>
#include <algorithm>

using namespace simtest;
using mgrdesk::test::DemoServer;

namespace {

QStringList column(const XNode &doc, const QString &name)
{
    QStringList out;
    for (const XNode *e : doc.all(QStringLiteral("elem")))
        out << e->value(name);
    return out;
}

double number(const QString &money)
{
    return money.section(QLatin1Char(' '), 0, 0).toDouble();
}

} // namespace

class TestSimLists : public QObject
{
    Q_OBJECT
private:
    XNode list(const QString &who, Params params)
    {
        params.prepend(P("authinfo", who + QStringLiteral(":demo")));
        return m_client->xml(params);
    }
    void resetState(const QString &who, const QString &func)
    {
        QVERIFY(list(who,
            { P("func", func + QStringLiteral(".filter")), P("sok", "ok"), P("clicked_button", "reset") })
                    .has(QStringLiteral("ok")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_client = std::make_unique<SimClient>(m_server);
    }

    void datasetCoversEveryDocumentedList_data()
    {
        QTest::addColumn<QString>("func");
        QTest::addColumn<int>("total"); // at --scale 1 (docs/demo-server.md)
        QTest::addColumn<QString>("money"); // a money column ("15.00 USD"), or ""
        QTest::addColumn<QString>("date"); // a YYYY-MM-DD column, or ""
        QTest::addColumn<QString>("status"); // a status column (orig + color), or ""
        QTest::newRow("account") << "account" << 40 << "balance"
                                 << "tz_registration_date"
                                 << "account_status";
        QTest::newRow("user") << "user" << -1 << ""
                              << ""
                              << "status";
        QTest::newRow("pricelist") << "pricelist" << -1 << "pricelist_cost"
                                   << ""
                                   << "status";
        QTest::newRow("vds") << "vds" << 60 << "cost"
                             << "createdate"
                             << "item_status";
        QTest::newRow("domain") << "domain" << 80 << "cost"
                                << "expiredate"
                                << "item_status";
        QTest::newRow("payment") << "payment" << 1000 << "paymethodamount_iso"
                                 << "create_date"
                                 << "status";
        QTest::newRow("invoice") << "invoice" << 300 << "amount_iso"
                                 << "cdate"
                                 << "invoice_status";
        QTest::newRow("expense") << "expense" << 1000 << "amount"
                                 << "realdate"
                                 << "";
        QTest::newRow("ticket") << "ticket" << -1 << ""
                                << ""
                                << "";
        QTest::newRow("ticket_all") << "ticket_all" << 30 << ""
                                    << ""
                                    << "tstatus";
        QTest::newRow("journal") << "journal" << 1000 << ""
                                 << ""
                                 << "";
        QTest::newRow("currency") << "currency" << -1 << ""
                                  << ""
                                  << "status";
    }

    void datasetCoversEveryDocumentedList()
    {
        QFETCH(QString, func);
        QFETCH(int, total);
        QFETCH(QString, money);
        QFETCH(QString, date);
        QFETCH(QString, status);
        const XNode doc = list(QStringLiteral("admin"),
            { P("func", func), P("out", "devel"), P("p_cnt", "50"), P("p_num", "1") });
        QVERIFY2(errorType(doc).isEmpty(), qPrintable(errorType(doc)));
        const XNode *meta = doc.child(QStringLiteral("metadata"));
        QVERIFY(meta);
        QCOMPARE(meta->attrs.value(QStringLiteral("type")), QStringLiteral("list"));
        QCOMPARE(meta->attrs.value(QStringLiteral("key")), QStringLiteral("id"));
        QVERIFY(!meta->attrs.value(QStringLiteral("keyname")).isEmpty());
        QVERIFY(meta->child(QStringLiteral("coldata"))->all(QStringLiteral("col")).size() >= 2);
        QVERIFY(meta->find(QStringLiteral("toolbtn")));
        bool titled = false;
        for (const XNode *m : doc.child(QStringLiteral("messages"))->all(QStringLiteral("msg")))
            titled = titled
                || (m->attrs.value(QStringLiteral("name")) == QLatin1String("title") && !m->text.isEmpty());
        QVERIFY(titled);
        const int elems = doc.value(QStringLiteral("p_elems")).toInt();
        if (total >= 0)
            QCOMPARE(elems, total);
        else
            QVERIFY(elems > 0);
        const auto rows = doc.all(QStringLiteral("elem"));
        QCOMPARE(rows.size(), qMin(elems, 50));
        const QRegularExpression moneyRe(QStringLiteral("^-?\\d+\\.\\d\\d [A-Z]{3}$"));
        const QRegularExpression dateRe(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d$"));
        int moneyCells = 0, dateCells = 0, statusCells = 0;
        for (const XNode *e : rows) {
            QVERIFY(!e->value(QStringLiteral("id")).isEmpty());
            if (!money.isEmpty() && e->has(money)) {
                ++moneyCells;
                QVERIFY2(moneyRe.match(e->value(money)).hasMatch(), qPrintable(e->value(money)));
            }
            if (!date.isEmpty() && e->has(date)) {
                ++dateCells;
                QVERIFY2(dateRe.match(e->value(date)).hasMatch(), qPrintable(e->value(date)));
            }
            if (!status.isEmpty() && e->has(status)) {
                ++statusCells;
                const XNode *cell = e->child(status);
                QVERIFY(!cell->text.isEmpty()); // the localized word
                QVERIFY(!cell->attrs.value(QStringLiteral("orig")).isEmpty()); // the code
                QVERIFY(!cell->attrs.value(QStringLiteral("color")).isEmpty());
            }
        }
        QVERIFY(money.isEmpty() || moneyCells > 0);
        QVERIFY(date.isEmpty() || dateCells > 0);
        QVERIFY(status.isEmpty() || statusCells > 0);
    }

    void pagingAndClamping()
    {
        const XNode p2
            = list(QStringLiteral("admin"), { P("func", "payment"), P("p_cnt", "100"), P("p_num", "2") });
        const XNode p3
            = list(QStringLiteral("admin"), { P("func", "payment"), P("p_cnt", "100"), P("p_num", "3") });
        QCOMPARE(p3.value(QStringLiteral("p_num")), QStringLiteral("3"));
        QCOMPARE(p3.value(QStringLiteral("p_cnt")), QStringLiteral("100"));
        QCOMPARE(p3.all(QStringLiteral("elem")).size(), 100);
        QVERIFY(column(p2, QStringLiteral("id")) != column(p3, QStringLiteral("id")));
        const int total = p3.value(QStringLiteral("p_elems")).toInt();
        QCOMPARE(total, 1000);
        const XNode past
            = list(QStringLiteral("admin"), { P("func", "payment"), P("p_cnt", "300"), P("p_num", "99999") });
        QCOMPARE(past.value(QStringLiteral("p_num")), QStringLiteral("4")); // the last page again
        QCOMPARE(past.all(QStringLiteral("elem")).size(), total - 900);
        const XNode before
            = list(QStringLiteral("admin"), { P("func", "payment"), P("p_cnt", "300"), P("p_num", "-3") });
        QCOMPARE(before.value(QStringLiteral("p_num")), QStringLiteral("1"));
    }

    void pageAndSortAreStickyPerUser()
    {
        const XNode set = list(QStringLiteral("client2"),
            { P("func", "invoice"), P("p_cnt", "7"), P("p_num", "2"), P("p_sort", "cdate"),
                P("p_order", "desc") });
        QCOMPARE(set.value(QStringLiteral("p_num")), QStringLiteral("2"));
        const XNode again = list(QStringLiteral("client2"), { P("func", "invoice") });
        QCOMPARE(again.value(QStringLiteral("p_num")), QStringLiteral("2"));
        QCOMPARE(again.value(QStringLiteral("p_cnt")), QStringLiteral("7"));
        QCOMPARE(again.value(QStringLiteral("p_sort")), QStringLiteral("cdate"));
        QCOMPARE(again.value(QStringLiteral("p_order")), QStringLiteral("desc"));
        QCOMPARE(column(again, QStringLiteral("id")), column(set, QStringLiteral("id")));
        const XNode other = list(QStringLiteral("client1"), { P("func", "invoice") });
        QCOMPARE(other.value(QStringLiteral("p_num")), QStringLiteral("1"));
        QVERIFY(other.value(QStringLiteral("p_cnt")) != QLatin1String("7"));
    }

    void sortingAndIgnoredSort()
    {
        const XNode desc = list(QStringLiteral("admin"),
            { P("func", "payment"), P("p_cnt", "200"), P("p_num", "1"), P("p_sort", "subaccountamount_iso"),
                P("p_order", "desc") });
        const QStringList amounts = column(desc, QStringLiteral("subaccountamount_iso"));
        for (int i = 1; i < amounts.size(); ++i)
            QVERIFY2(number(amounts[i - 1]) >= number(amounts[i]),
                qPrintable(amounts[i - 1] + QLatin1Char('<') + amounts[i]));
        const XNode byDate = list(QStringLiteral("admin"),
            { P("func", "expense"), P("p_cnt", "100"), P("p_num", "1"), P("p_sort", "realdate"),
                P("p_order", "asc"), P("out", "devel") });
        QStringList dates = column(byDate, QStringLiteral("realdate"));
        QStringList sorted = dates;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(dates, sorted);
        bool marked = false;
        for (const XNode *c : byDate.child(QStringLiteral("metadata"))
                                  ->child(QStringLiteral("coldata"))
                                  ->all(QStringLiteral("col")))
            if (c->attrs.value(QStringLiteral("name")) == QLatin1String("realdate"))
                marked = c->attrs.value(QStringLiteral("sorted")) == QLatin1String("+1");
        QVERIFY(marked);
        // "payments" is not sortable and "nosuch" does not exist: both are ignored, the previous sort stays
        for (const char *bad : { "payments", "nosuch" }) {
            const XNode ignored = list(QStringLiteral("admin"),
                { P("func", "expense"), P("p_cnt", "100"), P("p_num", "1"), P("p_sort", bad) });
            QCOMPARE(ignored.value(QStringLiteral("p_sort")), QStringLiteral("realdate"));
            QCOMPARE(column(ignored, QStringLiteral("id")), column(byDate, QStringLiteral("id")));
        }
    }

    void alternativePaging()
    {
        const XNode classic = list(QStringLiteral("client1"),
            { P("func", "payment"), P("p_sort", "create_date"), P("p_order", "asc"), P("p_cnt", "5"),
                P("p_num", "3") });
        const XNode alt = list(QStringLiteral("client1"),
            { P("func", "payment"), P("sort", "create_date"), P("pagesize", "5"), P("startidx", "10") });
        QCOMPARE(alt.all(QStringLiteral("elem")).size(), 5);
        QCOMPARE(column(alt, QStringLiteral("id")), column(classic, QStringLiteral("id")));
        const XNode desc = list(QStringLiteral("client1"),
            { P("func", "payment"), P("sort", "-create_date"), P("pagesize", "50"), P("startidx", "0") });
        const QStringList dates = column(desc, QStringLiteral("create_date"));
        for (int i = 1; i < dates.size(); ++i)
            QVERIFY(dates[i - 1] >= dates[i]);
    }

    void filterFormAppliedRememberedAndReset()
    {
        resetState(QStringLiteral("admin"), QStringLiteral("payment"));
        const XNode form = list(QStringLiteral("admin"), { P("func", "payment.filter"), P("out", "devel") });
        QCOMPARE(attr(form, QStringLiteral("metadata"), QStringLiteral("type")), QStringLiteral("form"));
        QStringList buttons; // the form offers the reset button that clears the filter
        for (const XNode *b : form.find(QStringLiteral("buttons"))->all(QStringLiteral("button")))
            buttons << b->attrs.value(QStringLiteral("name"));
        QVERIFY2(buttons.contains(QStringLiteral("reset")), qPrintable(buttons.join(QLatin1Char(','))));
        const XNode *slist = nullptr;
        for (const XNode *s : form.all(QStringLiteral("slist")))
            if (s->attrs.value(QStringLiteral("name")) == QLatin1String("status"))
                slist = s;
        QVERIFY(slist);
        QVERIFY(slist->all(QStringLiteral("val")).size() >= 8);
        const int total = list(QStringLiteral("admin"), { P("func", "payment"), P("p_cnt", "1") })
                              .value(QStringLiteral("p_elems"))
                              .toInt();
        QVERIFY(
            list(QStringLiteral("admin"), { P("func", "payment.filter"), P("sok", "ok"), P("status", "4") })
                .has(QStringLiteral("ok")));
        const XNode filtered
            = list(QStringLiteral("admin"), { P("func", "payment"), P("p_cnt", "2000"), P("p_num", "1") });
        const int n = filtered.value(QStringLiteral("p_elems")).toInt();
        QVERIFY(n > 0 && n < total);
        for (const XNode *e : filtered.all(QStringLiteral("elem")))
            QCOMPARE(
                e->child(QStringLiteral("status"))->attrs.value(QStringLiteral("orig")), QStringLiteral("4"));
        // remembered: the form shows it, the next plain request still filters
        QCOMPARE(
            list(QStringLiteral("admin"), { P("func", "payment.filter") }).value(QStringLiteral("status")),
            QStringLiteral("4"));
        QCOMPARE(list(QStringLiteral("admin"), { P("func", "payment"), P("p_cnt", "1") })
                     .value(QStringLiteral("p_elems"))
                     .toInt(),
            n);
        // per user: another user's view is unfiltered
        const int own = list(QStringLiteral("client1"), { P("func", "payment"), P("p_cnt", "1") })
                            .value(QStringLiteral("p_elems"))
                            .toInt();
        const XNode clientAll
            = list(QStringLiteral("client1"), { P("func", "payment"), P("p_cnt", "2000"), P("p_num", "1") });
        QStringList statuses;
        for (const XNode *e : clientAll.all(QStringLiteral("elem")))
            statuses << e->child(QStringLiteral("status"))->attrs.value(QStringLiteral("orig"));
        statuses.removeDuplicates();
        QVERIFY(statuses.size() > 1);
        QCOMPARE(clientAll.all(QStringLiteral("elem")).size(), own);
        // reset
        resetState(QStringLiteral("admin"), QStringLiteral("payment"));
        QCOMPARE(list(QStringLiteral("admin"), { P("func", "payment"), P("p_cnt", "1") })
                     .value(QStringLiteral("p_elems"))
                     .toInt(),
            total);
    }

    void filterInOneRequest()
    {
        const XNode f = list(QStringLiteral("admin"),
            { P("func", "payment"), P("filter", "on"), P("status", "7"), P("createdate", "other"),
                P("createdatestart", "2025-01-01"), P("createdateend", "2025-12-31"), P("p_cnt", "2000"),
                P("p_num", "1") });
        QVERIFY(f.value(QStringLiteral("p_elems")).toInt() > 0);
        for (const XNode *e : f.all(QStringLiteral("elem"))) {
            QCOMPARE(
                e->child(QStringLiteral("status"))->attrs.value(QStringLiteral("orig")), QStringLiteral("7"));
            QVERIFY(e->value(QStringLiteral("create_date")) >= QLatin1String("2025-01-01"));
            QVERIFY(e->value(QStringLiteral("create_date")) <= QLatin1String("2025-12-31"));
        }
        const XNode wild = list(QStringLiteral("admin"),
            { P("func", "payment"), P("filter", "on"), P("number", "DH-0001*"), P("p_cnt", "2000") });
        QCOMPARE(wild.value(QStringLiteral("p_elems")).toInt(), 100); // DH-000100 … DH-000199
        resetState(QStringLiteral("admin"), QStringLiteral("payment"));
    }

    void setFilterByClient()
    {
        const int client2 = list(QStringLiteral("client2"), { P("func", "payment"), P("p_cnt", "1") })
                                .value(QStringLiteral("p_elems"))
                                .toInt();
        QVERIFY(list(QStringLiteral("admin"), { P("func", "payment.setfilter"), P("elid", "2") })
                    .has(QStringLiteral("ok")));
        const XNode f
            = list(QStringLiteral("admin"), { P("func", "payment"), P("p_cnt", "2000"), P("p_num", "1") });
        QCOMPARE(f.value(QStringLiteral("p_elems")).toInt(), client2);
        for (const XNode *e : f.all(QStringLiteral("elem")))
            QCOMPARE(e->value(QStringLiteral("account_name")), QStringLiteral("client2"));
        QCOMPARE(
            errorType(list(QStringLiteral("client1"), { P("func", "payment.setfilter"), P("elid", "2") })),
            QStringLiteral("access"));
        resetState(QStringLiteral("admin"), QStringLiteral("payment"));
    }

    void nestedListByPlid()
    {
        const XNode msgs = list(QStringLiteral("admin"), { P("func", "ticket_all.message"), P("plid", "3") });
        QVERIFY(msgs.all(QStringLiteral("elem")).size() > 0);
        QCOMPARE(msgs.value(QStringLiteral("plid")), QStringLiteral("3"));
        QCOMPARE(errorType(list(
                     QStringLiteral("admin"), { P("func", "ticket_all.message"), P("plid", "99999999") })),
            QStringLiteral("notfound"));
        // the toolbar opens it as an editlist
        const XNode meta
            = list(QStringLiteral("admin"), { P("func", "ticket_all"), P("out", "devel"), P("p_cnt", "1") });
        bool editlist = false;
        for (const XNode *b : meta.find(QStringLiteral("toolgrp"))->all(QStringLiteral("toolbtn")))
            editlist = editlist
                || (b->attrs.value(QStringLiteral("type")) == QLatin1String("editlist")
                    && b->attrs.value(QStringLiteral("func")) == QLatin1String("ticket_all.message"));
        QVERIFY(editlist);
        // a client reaches only the messages of its own tickets
        const QStringList mine
            = column(list(QStringLiteral("client2"), { P("func", "clientticket"), P("p_cnt", "1000") }),
                QStringLiteral("id"));
        const QStringList theirs
            = column(list(QStringLiteral("client1"), { P("func", "clientticket"), P("p_cnt", "1000") }),
                QStringLiteral("id"));
        QVERIFY(!mine.isEmpty() && !theirs.isEmpty());
        QVERIFY(
            list(QStringLiteral("client2"), { P("func", "clientticket.message"), P("plid", mine.first()) })
                .all(QStringLiteral("elem"))
                .size()
            > 0);
        QCOMPARE(errorType(list(QStringLiteral("client2"),
                     { P("func", "clientticket.message"), P("plid", theirs.first()) })),
            QStringLiteral("access"));
    }

    void accessPerListAndRow()
    {
        for (const char *adminOnly : { "account", "pricelist", "ticket", "ticket_all", "currency" })
            QCOMPARE(errorType(list(QStringLiteral("client1"), { P("func", adminOnly) })),
                QStringLiteral("access"));
        QCOMPARE(errorType(list(QStringLiteral("admin"), { P("func", "clientticket") })),
            QStringLiteral("access"));
        const QStringList c1 = column(
            list(QStringLiteral("client1"), { P("func", "payment"), P("p_cnt", "5000"), P("p_num", "1") }),
            QStringLiteral("id"));
        const QStringList c2 = column(
            list(QStringLiteral("client2"), { P("func", "payment"), P("p_cnt", "5000"), P("p_num", "1") }),
            QStringLiteral("id"));
        QVERIFY(!c1.isEmpty() && !c2.isEmpty());
        for (const QString &id : c1)
            QVERIFY(!c2.contains(id));
        const XNode adminView = list(QStringLiteral("admin"),
            { P("func", "payment"), P("filter", "on"), P("account", "1"), P("p_cnt", "5000"),
                P("p_num", "1") });
        QStringList adminIds = column(adminView, QStringLiteral("id"));
        QStringList ownIds = c1;
        adminIds.sort();
        ownIds.sort(); // each user has its own sticky sort: compare the sets
        QCOMPARE(adminIds, ownIds);
        resetState(QStringLiteral("admin"), QStringLiteral("payment"));
        // the client's rows do not carry admin-only columns
        const XNode clientRows = list(QStringLiteral("client1"), { P("func", "payment"), P("p_cnt", "20") });
        QVERIFY(clientRows.has(QStringLiteral("elem")));
        for (const XNode *e : clientRows.all(QStringLiteral("elem")))
            QVERIFY(!e->has(QStringLiteral("account_name")));
    }

    void hundredThousandRowsInOnePage()
    {
        DemoServer::Options o;
        o.http = true;
        o.scale = 100;
        DemoServer big(o);
        QVERIFY2(big.start(120000), qPrintable(big.errorString()));
        SimClient c(big);
        const HttpResult r = c.post(
            { P("func", "payment"), P("authinfo", "admin:demo"), P("out", "xml"), P("p_cnt", "100000") }, {},
            240000);
        QCOMPARE(r.status, 200);
        QXmlStreamReader reader(r.body);
        int elems = 0, depth = 0;
        QString total;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement()) {
                ++depth;
                if (depth == 2 && reader.name() == QLatin1String("elem"))
                    ++elems;
                if (depth == 2 && reader.name() == QLatin1String("p_elems"))
                    total = reader.readElementText(), --depth;
            } else if (reader.isEndElement()) {
                --depth;
            }
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(elems, 100000);
        QCOMPARE(total, QStringLiteral("100000"));
        QCOMPARE(big.stop(), 0);
    }

private:
    DemoServer m_server;
    std::unique_ptr<SimClient> m_client;
};

QTEST_GUILESS_MAIN(TestSimLists)
#include "tst_sim_lists.moc"
