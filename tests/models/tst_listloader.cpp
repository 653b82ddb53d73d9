// ListLoader against the real demo server (HTTPS on 127.0.0.1): paging with explicit p_num/p_cnt until the
// end, the server's total, server-side sort, a group delete and refresh, and a session that expires mid-list.
#include "core/models/listactions.h"
#include "core/models/listloader.h"
#include "core/models/tablemodel.h"
#include "core/net/connection.h"
#include "demoserver.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

using namespace mgrdesk;
using namespace mgrdesk::models;

namespace {
std::unique_ptr<net::Connection> openConnection(const test::DemoServer &server)
{
    net::ConnectionSettings s;
    s.accountId = QStringLiteral("lists-test");
    s.baseUrl = server.baseUrl();
    s.username = QStringLiteral("admin");
    s.lang = QStringLiteral("en");
    s.pinnedCertificatePem = server.certificatePem();
    auto c = std::make_unique<net::Connection>(s);
    c->setPassword(QStringLiteral("demo"));
    return c;
}

bool waitIdle(const ListLoader &loader)
{
    return QTest::qWaitFor([&] { return !loader.isLoading(); }, 30000);
}
} // namespace

class TestListLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }

    void pagesUntilTheEnd()
    {
        auto conn = openConnection(m_server);
        TableModel model; // (no model tester here: it calls fetchMore itself)
        ListLoader loader(conn.get(), &model);
        loader.setFunction(QStringLiteral("payment"));
        loader.setPageSize(300);
        QSignalSpy failed(&loader, &ListLoader::failed);
        QSignalSpy completed(&loader, &ListLoader::completed);
        loader.load();
        QVERIFY(loader.isLoading());
        QVERIFY(waitIdle(loader));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(model.rowCount(), 300);
        QVERIFY(loader.total().has_value());
        const qint64 total = *loader.total();
        QVERIFY(total > 300);
        QVERIFY(model.canFetchMore({}));
        int guard = 0;
        while (model.canFetchMore({}) && ++guard < 100) {
            model.fetchMore({});
            QVERIFY(waitIdle(loader));
        }
        QCOMPARE(failed.count(), 0);
        QVERIFY(loader.isComplete());
        QCOMPARE(completed.count(), 1);
        QCOMPARE(qint64(model.rowCount()), total);
        QSet<QString> keys;
        for (int r = 0; r < model.rowCount(); ++r)
            keys.insert(model.rowKey(r));
        QCOMPARE(qint64(keys.size()), total); // no page twice
        // titles and columns come from the metadata of the first page
        QVERIFY(model.columnForName(QStringLiteral("number")) >= 0);
        QVERIFY(model.tableData()->metadata.present);
    }

    void pageSizeDividingTheTotal()
    {
        // Every page is full: the end is seen from p_elems (or from the repeated, clamped last page).
        auto conn = openConnection(m_server);
        TableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ListLoader loader(conn.get(), &model);
        loader.setFunction(QStringLiteral("payment"));
        loader.setPageSize(250);
        QSignalSpy completed(&loader, &ListLoader::completed);
        loader.loadAll();
        QVERIFY(QTest::qWaitFor([&] { return completed.count() == 1; }, 60000));
        QCOMPARE(qint64(model.rowCount()), *loader.total());
        QVERIFY(!model.canFetchMore({}));
    }

    void sortsOnTheServerWhileIncomplete()
    {
        auto conn = openConnection(m_server);
        TableModel model;
        ListLoader loader(conn.get(), &model);
        loader.setFunction(QStringLiteral("payment"));
        loader.setPageSize(100);
        loader.load();
        QVERIFY(waitIdle(loader));
        const int number = model.columnForName(QStringLiteral("number"));
        QVERIFY(model.isServerSortable(number));
        QSignalSpy sorted(&model, &TableModel::sorted);
        model.sort(number, Qt::DescendingOrder);
        QVERIFY(loader.isLoading()); // a reload, not a local sort of 100 rows
        QVERIFY(waitIdle(loader));
        QCOMPARE(loader.serverSortColumn(), QStringLiteral("number"));
        QCOMPARE(model.sortColumn(), number);
        QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), 100);
        const QString top = model.value(0, QStringLiteral("number"));
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.value(r, QStringLiteral("number")) < model.value(r - 1, QStringLiteral("number")));
        // the next page continues in the server's order
        model.fetchMore({});
        QVERIFY(waitIdle(loader));
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(model.value(100, QStringLiteral("number")) < model.value(99, QStringLiteral("number")));
        QCOMPARE(model.value(0, QStringLiteral("number")), top);
    }

    void groupDeleteThenRefresh()
    {
        auto conn = openConnection(m_server);
        TableModel model;
        ListLoader loader(conn.get(), &model);
        loader.setFunction(QStringLiteral("payment"));
        loader.setPageSize(50);
        loader.load();
        QVERIFY(waitIdle(loader));
        const qint64 total = *loader.total();
        ListActions actions(&model);
        const auto del = actions.deleteButton();
        QVERIFY(del.has_value());
        QVERIFY(actions.isEnabled(*del, { 0, 2 }));
        const ActionIntent intent = actions.intent(*del, { 0, 2 });
        QCOMPARE(int(intent.kind), int(ActionIntent::Kind::RunRequest));
        QVERIFY(intent.needsConfirmation);
        QVERIFY(intent.confirmation.contains(model.value(0, QStringLiteral("number"))));
        const QStringList gone = intent.keys;
        QCOMPARE(intent.request.value(QStringLiteral("elid")), gone.join(QStringLiteral(", ")));

        QSignalSpy done(&loader, &ListLoader::actionFinished);
        loader.runAction(intent.request);
        QVERIFY(done.wait(30000));
        QVERIFY2(done.at(0).at(1).toBool(), qPrintable(done.at(0).at(2).toString()));
        QSignalSpy refreshed(&loader, &ListLoader::refreshed);
        loader.refresh();
        QVERIFY(refreshed.wait(30000));
        QCOMPARE(*loader.total(), total - 2);
        QCOMPARE(model.rowCount(), 50);
        for (const QString &key : gone)
            QCOMPARE(model.rowForKey(key), -1);
    }

    void sessionExpiresMidList()
    {
        test::DemoServer::Options o;
        o.idleTimeout = 1;
        test::DemoServer server(o);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        auto conn = openConnection(server);
        QSignalSpy lost(conn.get(), &net::Connection::sessionLost);
        TableModel model;
        ListLoader loader(conn.get(), &model);
        loader.setFunction(QStringLiteral("payment"));
        loader.setPageSize(100);
        loader.load();
        QVERIFY(waitIdle(loader));
        const QString firstKey = model.rowKey(0);
        QTest::qWait(2500); // the server forgets the idle session
        QSignalSpy failed(&loader, &ListLoader::failed);
        model.fetchMore({});
        QVERIFY(waitIdle(loader));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(lost.count(), 1); // the connection logged in again and replayed the page
        QCOMPARE(model.rowCount(), 200); // the view keeps its rows and gets the next page
        QCOMPARE(model.rowKey(0), firstKey);
    }

private:
    test::DemoServer m_server;
};

QTEST_MAIN(TestListLoader)
#include "tst_listloader.moc"
