// search::CrossSearch against two real demo servers over HTTPS: results from both, a slow server reported as
// not answering while the other's results stay, at most two requests per server on the network, a query
// change cancelling the old search, and the user's saved list filters put back on the server afterwards.
#include "core/net/apijob.h"
#include "core/net/connection.h"
#include "core/protocol/formdata.h"
#include "core/search/crosssearch.h"
#include "democlient.h"
#include "demoserver.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace mgrdesk;
using search::CrossSearch;
using search::ResultKind;
using search::SearchResult;
using search::SearchTarget;

class TestCrossSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fast.start(), qPrintable(m_fast.errorString()));
        QVERIFY2(m_slow.start(), qPrintable(m_slow.errorString()));
        m_a = connect(m_fast, QStringLiteral("fast"));
        m_b = connect(m_slow, QStringLiteral("slow"));
        QVERIFY(m_a && m_b);
    }
    void cleanup()
    {
        m_fast.clearFaults();
        m_slow.clearFaults();
        // nothing of a test's search may still be on the way when the next one starts
        QTRY_VERIFY_WITH_TIMEOUT(m_a->pendingJobCount() == 0 && m_b->pendingJobCount() == 0, 30000);
    }

    void planFollowsTheQuery()
    {
        const auto lists = [](const QList<SearchTarget> &targets) {
            QStringList out;
            for (const SearchTarget &t : targets)
                out << t.list + QLatin1Char(':') + t.fields.join(QLatin1Char('+'));
            return out;
        };
        QCOMPARE(lists(SearchTarget::plan(QStringLiteral("a"))), QStringList());
        QCOMPARE(lists(SearchTarget::plan(QStringLiteral("client1@example"))), strings({ "account:email" }));
        QCOMPARE(lists(SearchTarget::plan(QStringLiteral("10.0.3"))), strings({ "vds:ip" }));
        QCOMPARE(lists(SearchTarget::plan(QStringLiteral("17"))),
            strings({ "account:name+email", "vds:domain", "domain:domain", "invoice:number", "payment:number",
                "ticket_all:id+name" }));
        QCOMPARE(lists(SearchTarget::plan(QStringLiteral("vm3"))),
            strings({ "account:name+email", "vds:domain", "domain:domain", "invoice:number", "payment:number",
                "ticket_all:name" }));
        // a client's menu has no clients list and no ticket_all: those are not asked for
        QCOMPARE(lists(SearchTarget::plan(
                     QStringLiteral("example"), strings({ "vds", "payment", "clientticket" }))),
            strings({ "vds:domain", "payment:number" }));
    }

    void resultsFromBothServersAndTheSlowOneReported()
    {
        // The slow server answers its first two requests (the two filter forms read first) after 4 s.
        QVERIFY(m_slow.addFault(QStringLiteral("*=latency:4000@2")));
        CrossSearch search;
        search.setAccounts({ { QStringLiteral("fast"), m_a, {} }, { QStringLiteral("slow"), m_b, {} } });
        search.setTimeoutMs(1500);
        QSignalSpy results(&search, &CrossSearch::resultsFound);
        QSignalSpy accounts(&search, &CrossSearch::accountFinished);
        QSignalSpy finished(&search, &CrossSearch::finished);
        search.searchNow(QStringLiteral("client2"));
        QCOMPARE(search.searchedAccounts(), strings({ "fast", "slow" }));
        QVERIFY(finished.wait(15000));
        QCOMPARE(search.outcome(QStringLiteral("fast")), CrossSearch::Outcome::Done);
        QCOMPARE(search.outcome(QStringLiteral("slow")), CrossSearch::Outcome::NoAnswer);
        const QList<SearchResult> fast = search.results(QStringLiteral("fast"));
        QVERIFY(!fast.isEmpty());
        bool client = false;
        for (const SearchResult &r : fast) {
            QCOMPARE(r.accountId, QStringLiteral("fast"));
            if (r.kind == ResultKind::Client && r.title == QLatin1String("client2")) {
                client = true;
                QCOMPARE(r.key, QStringLiteral("2"));
                QCOMPARE(r.openFunction, QStringLiteral("account.edit")); // the list's default edit button
            }
        }
        QVERIFY(client);
        QVERIFY(search.results(QStringLiteral("slow")).isEmpty());
        // Without the fault the same server answers: results from both.
        QTRY_VERIFY_WITH_TIMEOUT(m_b->pendingJobCount() == 0, 30000);
        search.setTimeoutMs(15000);
        search.searchNow(QStringLiteral("client2"));
        QVERIFY(finished.wait(15000));
        QCOMPARE(search.outcome(QStringLiteral("slow")), CrossSearch::Outcome::Done);
        QCOMPARE(
            search.results(QStringLiteral("slow")).size(), search.results(QStringLiteral("fast")).size());
    }

    void atMostTwoRequestsPerServer()
    {
        // Every request takes 150 ms, so parallel requests overlap and are counted.
        QVERIFY(m_fast.addFault(QStringLiteral("*=latency:150")));
        CrossSearch search;
        search.setAccounts({ { QStringLiteral("fast"), m_a, {} } });
        QSignalSpy finished(&search, &CrossSearch::finished);
        const int before = m_a->requestLog()->entries().size();
        search.searchNow(QStringLiteral("17")); // six lists, ticket ids too
        QVERIFY(finished.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(search.requestsInFlight(QStringLiteral("fast")), 0, 30000);
        QCOMPARE(search.peakRequestsInFlight(QStringLiteral("fast")), 2);
        // the connection's own log: a filter form, the searched fields and a restore per list
        const int sent = m_a->requestLog()->entries().size() - before;
        QVERIFY2(sent >= 6 * 3, qPrintable(QString::number(sent)));
    }

    void savedFiltersArePutBack()
    {
        // The user's payment list is filtered to credited payments (as the web interface would keep it).
        QVERIFY(call(m_a, { { "func", "payment.filter" }, { "sok", "ok" }, { "status", "4" } }).ok());
        CrossSearch search;
        search.setAccounts({ { QStringLiteral("fast"), m_a, {} } });
        QSignalSpy finished(&search, &CrossSearch::finished);
        search.searchNow(QStringLiteral("DH-00001"));
        QVERIFY(finished.wait(30000));
        bool payment = false;
        for (const SearchResult &r : search.results(QStringLiteral("fast")))
            payment
                = payment || (r.kind == ResultKind::Payment && r.title.startsWith(QLatin1String("DH-00001")));
        QVERIFY(payment); // the search itself was not limited by the saved status filter
        QTRY_COMPARE_WITH_TIMEOUT(m_a->pendingJobCount(), 0, 30000);
        const net::ApiResult form = call(m_a, { { "func", "payment.filter" } });
        QVERIFY(form.ok() && form.reply.form);
        QCOMPARE(form.reply.form->value(QStringLiteral("status")), QStringLiteral("4"));
        QCOMPARE(form.reply.form->value(QStringLiteral("number")), QString());
        // a list without a saved filter is left without one
        const net::ApiResult clients = call(m_a, { { "func", "account.filter" } });
        QVERIFY(clients.ok() && clients.reply.form);
        QCOMPARE(clients.reply.form->value(QStringLiteral("name")), QString());
        QVERIFY(
            call(m_a, { { "func", "payment.filter" }, { "sok", "ok" }, { "clicked_button", "reset" } }).ok());
    }

    void aNewQueryCancelsTheOldOne()
    {
        QVERIFY(m_fast.addFault(QStringLiteral("*=latency:100")));
        CrossSearch search;
        search.setAccounts({ { QStringLiteral("fast"), m_a, {} } });
        search.setDebounceMs(200);
        QSignalSpy started(&search, &CrossSearch::started);
        QSignalSpy results(&search, &CrossSearch::resultsFound);
        QSignalSpy finished(&search, &CrossSearch::finished);
        // typing: one search for the last text only
        search.setQuery(QStringLiteral("cl"));
        search.setQuery(QStringLiteral("clie"));
        search.setQuery(QStringLiteral("client1"));
        QVERIFY(started.wait(5000));
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.at(0).at(0).toString(), QStringLiteral("client1"));
        // a new query while the first runs: nothing of "client1" arrives after it
        QTRY_VERIFY_WITH_TIMEOUT(search.requestsInFlight(QStringLiteral("fast")) > 0, 5000);
        results.clear();
        search.searchNow(QStringLiteral("INV-0001"));
        QVERIFY(finished.wait(30000));
        QVERIFY(!results.isEmpty());
        for (const QList<QVariant> &args : std::as_const(results)) {
            const auto rows = args.at(1).value<QList<SearchResult>>();
            for (const SearchResult &r : rows)
                QVERIFY2(r.title.contains(QLatin1String("INV-0001")), qPrintable(r.title));
        }
        // a query too short clears
        QSignalSpy cleared(&search, &CrossSearch::cleared);
        search.setQuery(QStringLiteral("x"));
        QCOMPARE(cleared.size(), 1);
        QVERIFY(search.searchedAccounts().isEmpty());
    }

private:
    static QStringList strings(std::initializer_list<const char *> list)
    {
        QStringList out;
        for (const char *s : list)
            out << QString::fromUtf8(s);
        return out;
    }
    net::Connection *connect(const test::DemoServer &server, const QString &id)
    {
        net::ConnectionSettings s = test::demoConnectionSettings(server, QStringLiteral("admin"));
        s.accountId = id;
        auto c = std::make_unique<net::Connection>(s);
        c->setPassword(test::demoPassword);
        c->login();
        if (!QTest::qWaitFor([&] { return c->state() == net::Connection::State::Connected; }, 30000))
            return nullptr;
        m_connections.push_back(std::move(c));
        return m_connections.back().get();
    }
    net::ApiResult call(
        net::Connection *c, std::initializer_list<std::pair<const char *, const char *>> params)
    {
        protocol::Request r;
        for (const auto &p : params) {
            if (QByteArray(p.first) == "func")
                r.setFunction(QString::fromUtf8(p.second));
            else
                r.set(QString::fromUtf8(p.first), QString::fromUtf8(p.second));
        }
        net::ApiJob *job = c->send(r, this);
        QSignalSpy spy(job, &net::ApiJob::finished);
        if (!spy.wait(30000))
            return {};
        return spy.at(0).at(0).value<net::ApiResult>();
    }

    test::DemoServer m_fast, m_slow;
    std::vector<std::unique_ptr<net::Connection>> m_connections;
    net::Connection *m_a = nullptr, *m_b = nullptr;
};

QTEST_MAIN(TestCrossSearch)
#include "tst_crosssearch.moc"
