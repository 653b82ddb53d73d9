// ListLoader against the real demo server (HTTPS on 127.0.0.1): paging with explicit p_num/p_cnt until the
// end, the server's total, server-side sort, a group delete and refresh, and a session that expires mid-list.
// ListFilter: the active server filter read from the list's filter form, and cleared by its reset button.
// ListExport: the CSV writer (RFC 4180, all or nothing through QSaveFile, cancel between chunks, errors).
#include "core/models/listactions.h"
#include "core/models/listexport.h"
#include "core/models/listfilter.h"
#include "core/models/listloader.h"
#include "core/models/tablemodel.h"
#include "core/net/connection.h"
#include "core/protocol/replyparser.h"
#include "demoserver.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
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

// A document of ../shared/docs/samples/real/ (beside the repository; MGRDESK_REAL_SAMPLES overrides).
QString realSample(const char *name)
{
    QString dir = qEnvironmentVariable("MGRDESK_REAL_SAMPLES");
    if (dir.isEmpty())
        dir = QStringLiteral(MGRDESK_FIXTURES_DIR "/../../../shared/docs/samples/real");
    return dir + QLatin1Char('/') + QLatin1String(name);
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
        // two payments the hide rules allow deleting (paid ones are not: the rules name their status text)
        QList<int> rows;
        for (int r = 0; r < model.rowCount() && rows.size() < 2; ++r) {
            if (actions.isEnabled(*del, { r }))
                rows.append(r);
        }
        QCOMPARE(rows.size(), 2);
        QVERIFY(actions.isEnabled(*del, rows));
        const ActionIntent intent = actions.intent(*del, rows);
        QCOMPARE(int(intent.kind), int(ActionIntent::Kind::RunRequest));
        QVERIFY(intent.needsConfirmation);
        QVERIFY(intent.confirmation.contains(model.value(rows.at(0), QStringLiteral("number"))));
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
        test::DemoServer server;
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
        QCOMPARE(lost.count(), 0);
        // The server forgets the session (as after the idle time) when the next page is asked for.
        QVERIFY(server.addFault(QStringLiteral("payment=expire@1")));
        QSignalSpy failed(&loader, &ListLoader::failed);
        model.fetchMore({});
        QVERIFY(waitIdle(loader));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(lost.count(), 1); // the connection logged in again and replayed the page
        QCOMPARE(model.rowCount(), 200); // the view keeps its rows and gets the next page
        QCOMPARE(model.rowKey(0), firstKey);
    }

    void filterIsReadFromTheFilterFormAndCleared()
    {
        auto conn = openConnection(m_server);
        TableModel model;
        ListLoader loader(conn.get(), &model);
        ListFilter filter(&loader);
        loader.setFunction(QStringLiteral("payment"));
        loader.setPageSize(50);
        QSignalSpy changed(&filter, &ListFilter::changed);
        loader.load();
        QVERIFY(waitIdle(loader));
        QCOMPARE(filter.filterFunction(), QStringLiteral("payment.filter"));
        QCOMPARE(filter.filterButton(), QStringLiteral("filter"));
        const qint64 all = *loader.total();

        // apply status=2 and number contains "1" the way the filter form's OK does
        protocol::Request apply(QStringLiteral("payment.filter"));
        apply.set(QStringLiteral("status"), QStringLiteral("2"));
        apply.set(QStringLiteral("number"), QStringLiteral("1"));
        apply.set(QStringLiteral("sok"), QStringLiteral("ok"));
        QSignalSpy applied(conn->send(apply), &net::ApiJob::finished);
        QVERIFY(applied.wait(30000));
        QVERIFY(applied.at(0).at(0).value<net::ApiResult>().ok());
        QSignalSpy refreshed(&loader, &ListLoader::refreshed);
        loader.refresh();
        QVERIFY(refreshed.wait(30000));
        QVERIFY(QTest::qWaitFor([&] { return filter.isActive(); }, 30000));
        QVERIFY(filter.fromServer());
        const auto conditions = filter.conditions();
        QCOMPARE(conditions.size(), 2);
        QCOMPARE(conditions.at(0).field, QStringLiteral("number"));
        QCOMPARE(conditions.at(0).label, QStringLiteral("Number"));
        QCOMPARE(conditions.at(0).display, QStringLiteral("1"));
        QCOMPARE(conditions.at(1).field, QStringLiteral("status"));
        QCOMPARE(conditions.at(1).label, QStringLiteral("Status"));
        QCOMPARE(conditions.at(1).value, QStringLiteral("2"));
        QVERIFY(!conditions.at(1).display.isEmpty() && conditions.at(1).display != QStringLiteral("2"));
        QCOMPARE(filter.summary(), QStringLiteral("Number = 1, Status = %1").arg(conditions.at(1).display));
        QVERIFY(*loader.total() < all);

        QSignalSpy cleared(&filter, &ListFilter::cleared);
        filter.clear();
        QVERIFY(filter.isClearing());
        QVERIFY(cleared.wait(30000));
        QVERIFY(!filter.isActive());
        loader.load();
        QVERIFY(waitIdle(loader));
        QCOMPARE(*loader.total(), all);
        QTest::qWait(0);
        QVERIFY(QTest::qWaitFor([&] { return !filter.isActive(); }, 30000));
    }

    void filterConditionsSkipEmptyAndNullValues()
    {
        protocol::FormData form;
        form.values
            = { { QStringLiteral("name"), QString() }, { QStringLiteral("status"), QStringLiteral("null") },
                  { QStringLiteral("kind"), QStringLiteral("a,b") },
                  { QStringLiteral("flag"), QStringLiteral("off") },
                  { QStringLiteral("on"), QStringLiteral("on") } };
        form.options.insert(QStringLiteral("status"),
            { { QStringLiteral("null"), QStringLiteral("-- any --"), true },
                { QStringLiteral("1"), QStringLiteral("New") } });
        form.options.insert(QStringLiteral("kind"),
            { { QStringLiteral("a"), QStringLiteral("Alpha") },
                { QStringLiteral("b"), QStringLiteral("Beta") } });
        form.hasMetadata = true;
        auto field = [](const char *name, const char *control, const char *type) {
            protocol::FormField f;
            f.name = QLatin1String(name);
            f.control = QLatin1String(control);
            f.type = QLatin1String(type);
            return f;
        };
        form.fields = { field("name", "input", "text"), field("status", "select", ""),
            field("kind", "select", "multiple"), field("flag", "input", "checkbox"),
            field("on", "input", "checkbox") };
        form.messages.insert(QStringLiteral("kind"), QStringLiteral("Kind"));
        form.pages = { { QString(),
            { QStringLiteral("name"), QStringLiteral("status"), QStringLiteral("kind"),
                QStringLiteral("flag"), QStringLiteral("on") } } };
        const auto c = ListFilter::conditionsFrom(form);
        QCOMPARE(c.size(), 2);
        QCOMPARE(c.at(0).field, QStringLiteral("kind"));
        QCOMPARE(c.at(0).label, QStringLiteral("Kind"));
        QCOMPARE(c.at(0).display, QStringLiteral("Alpha, Beta"));
        QCOMPARE(c.at(1).field, QStringLiteral("on"));
    }

    void neutralFilterValuesAreNoFilter()
    {
        // The real payment.filter form with nothing filtered (docs/protocol.md §5): createdate "nodate" ("for
        // all time"), restrictrefund "null", every text empty. The filter bar must not call that a filter.
        const QByteArray own = R"(<doc func="payment.filter"><metadata name="payment.filter" type="form">
<form><page name="main">
<field name="number"><input type="text" name="number"/></field>
<field name="createdate"><select period="yes" name="createdate"><if value="other"/><else hide="createdatestart"/></select></field>
<field name="createdatestart"><input type="text" name="createdatestart" check="date"/></field>
<field name="restrictrefund"><select name="restrictrefund"/></field>
<field name="status"><select name="status" type="multiple"/></field>
</page></form></metadata>
<messages><msg name="createdate">Creation date</msg></messages>
<slist name="createdate"><val msg="yes" key="nodate">for all time</val><val msg="yes" key="today">today</val>
<val msg="yes" key="other">range</val></slist>
<slist name="restrictrefund"><val msg="yes" key="null">-- not set --</val><val key="on">Forbidden</val></slist>
<slist name="status"><val key="1">New</val><val key="4">Paid</val></slist>
<number/><createdatestart/><status/><createdate>nodate</createdate><restrictrefund>null</restrictrefund>
</doc>)";
        protocol::Reply reply = protocol::ReplyParser::parse(own);
        QVERIFY(reply.form);
        QVERIFY(ListFilter::conditionsFrom(*reply.form).isEmpty());
        // the same form with a real period is one condition, titled with the option's label
        QByteArray today = own;
        today.replace("<createdate>nodate</createdate>", "<createdate>today</createdate>");
        reply = protocol::ReplyParser::parse(today);
        QVERIFY(reply.form);
        const auto c = ListFilter::conditionsFrom(*reply.form);
        QCOMPARE(c.size(), 1);
        QCOMPARE(c.at(0).label, QStringLiteral("Creation date"));
        QCOMPARE(c.at(0).display, QStringLiteral("today"));

        // The real capture, when the reference folder is present.
        QFile real(realSample("billmgr6-payment-filter-form.xml"));
        if (!real.open(QIODevice::ReadOnly))
            return; // the reference documents are not beside this checkout
        reply = protocol::ReplyParser::parse(real.readAll());
        QVERIFY(reply.form);
        const auto realConditions = ListFilter::conditionsFrom(*reply.form);
        QVERIFY2(realConditions.isEmpty(),
            qPrintable(realConditions.isEmpty() ? QString() : realConditions.constFirst().field));
    }

    void csvIsWrittenAllOrNothing()
    {
        auto conn = openConnection(m_server);
        TableModel model;
        ListLoader loader(conn.get(), &model);
        loader.setFunction(QStringLiteral("payment"));
        loader.setPageSize(1000);
        QSignalSpy completed(&loader, &ListLoader::completed);
        loader.loadAll();
        QVERIFY(completed.wait(60000));
        const CsvSnapshot snapshot = CsvSnapshot::fromModel(model);
        QCOMPARE(snapshot.rowCount(), qint64(model.rowCount()));
        QCOMPARE(snapshot.header.constFirst(), QStringLiteral("id")); // the key is not a column: first
        QVERIFY(snapshot.data.data() != model.tableData()); // a copy: the worker never reads the live model

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old\r\n");
        old.close();
        // cancelled at the first chunk: the old file stays as it was, no temporary file is left
        QString error;
        int calls = 0;
        QCOMPARE(ListExport::write(
                     snapshot, path, [&](qint64) { return ++calls > 1; }, &error),
            ListExport::Result::Cancelled);
        QCOMPARE(calls, 1);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old\r\n"));
        old.close();
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);

        qint64 last = 0;
        QCOMPARE(ListExport::write(
                     snapshot, path,
                     [&](qint64 n) {
                         last = n;
                         return true;
                     },
                     &error),
            ListExport::Result::Ok);
        QCOMPARE(last, snapshot.rowCount());
        QVERIFY(old.open(QIODevice::ReadOnly));
        const QByteArray csv = old.readAll();
        QCOMPARE(csv.count("\r\n"), snapshot.rowCount() + 1);
        QVERIFY(csv.startsWith("id,Number,"));

        QCOMPARE(ListExport::csvField("plain"), QByteArray("plain"));
        QCOMPARE(ListExport::csvField("a,b"), QByteArray("\"a,b\""));
        QCOMPARE(ListExport::csvField("say \"hi\""), QByteArray("\"say \"\"hi\"\"\""));
        QCOMPARE(ListExport::csvField("two\nlines"), QByteArray("\"two\nlines\""));

        // errors name the file and the system's reason
        QCOMPARE(ListExport::write(snapshot, dir.filePath(QStringLiteral("no/such.csv")), {}, &error),
            ListExport::Result::Failed);
        QVERIFY2(error.startsWith(QStringLiteral("Cannot write ")), qPrintable(error));
        if (QFileInfo::exists(QStringLiteral("/dev/full"))) {
            QCOMPARE(ListExport::write(snapshot, QStringLiteral("/dev/full"), {}, &error),
                ListExport::Result::Failed);
            QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
        }
    }

    void exportRunsOnAnotherThread()
    {
        auto conn = openConnection(m_server);
        TableModel model;
        ListLoader loader(conn.get(), &model);
        loader.setFunction(QStringLiteral("payment"));
        loader.setPageSize(200);
        loader.load();
        QVERIFY(waitIdle(loader));
        QTemporaryDir dir;
        ListExport exporter;
        QSignalSpy finished(&exporter, &ListExport::finished);
        QVERIFY(exporter.start(CsvSnapshot::fromModel(model), dir.filePath(QStringLiteral("a.csv"))));
        QVERIFY(exporter.isRunning());
        QVERIFY(!exporter.start(
            CsvSnapshot::fromModel(model), dir.filePath(QStringLiteral("b.csv")))); // one at a time
        QCOMPARE(finished.count(), 0); // never synchronous
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).value<ListExport::Result>(), ListExport::Result::Ok);
        QCOMPARE(exporter.rowsTotal(), 200);
        // the CSV was really built and written by another thread than this (the GUI) one
        QVERIFY(exporter.writerThread() != nullptr);
        QVERIFY(exporter.writerThread() != QThread::currentThreadId());
        QVERIFY(!exporter.isRunning());
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("a.csv"))));
        QVERIFY(exporter.writerThread() != QThread::currentThreadId());
    }

    // Issue 17: a small first page (first rows on screen sooner), then page 1 again at the full size.
    void smallFirstPageThenTheRestOfPageOne()
    {
        auto conn = openConnection(m_server);
        TableModel plainModel;
        ListLoader plain(conn.get(), &plainModel);
        plain.setFunction(QStringLiteral("payment"));
        plain.setPageSize(1000);
        plain.setFirstPageSize(0);
        QCOMPARE(plain.firstPageSize(), 1000);
        plain.load();
        QVERIFY(waitIdle(plain));

        TableModel model;
        ListLoader loader(conn.get(), &model);
        loader.setFunction(QStringLiteral("payment"));
        loader.setPageSize(1000); // the app's page size: a first page of 100 rows by default
        QCOMPARE(loader.firstPageSize(), ListLoader::kAutoFirstPageSize);
        const int before = m_server.loggedCount(QStringLiteral("payment"));
        QSignalSpy pages(&loader, &ListLoader::pageLoaded);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        int rowsAtPageOne = -1;
        bool restAsked = false;
        connect(&loader, &ListLoader::pageLoaded, this, [&] {
            rowsAtPageOne = model.rowCount();
            restAsked = loader.isLoading() && loader.hasPartialFirstPage();
        });
        loader.load();
        QVERIFY(waitIdle(loader));
        // page 1 is reported once, when its first 100 rows are in the model; the rest was already asked
        QCOMPARE(pages.count(), 1);
        QCOMPARE(pages.at(0).at(0).toInt(), 1);
        QCOMPARE(pages.at(0).at(1).toInt(), 100);
        QCOMPARE(rowsAtPageOne, 100);
        QVERIFY(restAsked);
        QCOMPARE(m_server.loggedCount(QStringLiteral("payment")) - before, 2);
        // then the model holds what a plain load of page 1 holds, in the same order, appended (one reset)
        QCOMPARE(resets.count(), 1);
        QVERIFY(!loader.hasPartialFirstPage());
        QCOMPARE(model.rowCount(), plainModel.rowCount());
        QCOMPARE(model.columnCount(), plainModel.columnCount());
        for (int r = 0; r < model.rowCount(); ++r) {
            QCOMPARE(model.rowKey(r), plainModel.rowKey(r));
            for (int c = 0; c < model.columnCount(); ++c)
                QCOMPARE(model.cellText(r, c), plainModel.cellText(r, c));
            const QModelIndex i = model.index(r, model.columnForName(QStringLiteral("status")));
            QCOMPARE(
                i.data(TableModel::ColorRole), plainModel.index(r, i.column()).data(TableModel::ColorRole));
        }
        QVERIFY(model.tableData()->metadata.present);
        QCOMPARE(loader.isComplete(), plain.isComplete());
        QCOMPARE(loader.total(), plain.total());
    }

    void loadAllContinuesAfterASmallFirstPage()
    {
        auto conn = openConnection(m_server);
        TableModel model;
        ListLoader loader(conn.get(), &model);
        loader.setFunction(QStringLiteral("payment"));
        loader.setPageSize(300);
        loader.setFirstPageSize(40);
        QCOMPARE(loader.firstPageSize(), 40);
        QSignalSpy completed(&loader, &ListLoader::completed);
        loader.loadAll();
        QVERIFY(QTest::qWaitFor([&] { return completed.count() == 1; }, 60000));
        QVERIFY(loader.total().has_value());
        QCOMPARE(qint64(model.rowCount()), *loader.total());
        QSet<QString> keys;
        for (int r = 0; r < model.rowCount(); ++r)
            keys.insert(model.rowKey(r));
        QCOMPARE(qint64(keys.size()), *loader.total()); // no row twice, none missing

        // fetchMore() after a cancelled rest asks the rest of page 1, not page 2
        TableModel partial;
        ListLoader head(conn.get(), &partial);
        head.setFunction(QStringLiteral("payment"));
        head.setPageSize(300);
        head.setFirstPageSize(40);
        connect(&head, &ListLoader::pageLoaded, this, [&head] { head.cancel(); });
        head.load();
        QVERIFY(QTest::qWaitFor([&] { return partial.rowCount() == 40 && !head.isLoading(); }, 30000));
        QVERIFY(head.hasPartialFirstPage());
        QVERIFY(partial.canFetchMore({}));
        partial.fetchMore({});
        QVERIFY(waitIdle(head));
        QCOMPARE(partial.rowCount(), 300);
        for (int r = 0; r < partial.rowCount(); ++r)
            QCOMPARE(partial.rowKey(r), model.rowKey(r));

        // F5 with only the first rows shown refreshes page 1 in full (refreshed(), as any refresh), and the
        // next page is page 2
        TableModel refreshedModel;
        ListLoader again(conn.get(), &refreshedModel);
        again.setFunction(QStringLiteral("payment"));
        again.setPageSize(300);
        again.setFirstPageSize(40);
        connect(&again, &ListLoader::pageLoaded, this, [&again] { again.cancel(); });
        again.load();
        QVERIFY(
            QTest::qWaitFor([&] { return refreshedModel.rowCount() == 40 && !again.isLoading(); }, 30000));
        QSignalSpy refreshed(&again, &ListLoader::refreshed);
        again.refresh();
        QVERIFY(refreshed.wait(30000));
        QVERIFY(!again.hasPartialFirstPage());
        QCOMPARE(refreshedModel.rowCount(), 300);
        refreshedModel.fetchMore({});
        QVERIFY(waitIdle(again));
        QCOMPARE(refreshedModel.rowCount(), 600);
        for (int r = 0; r < refreshedModel.rowCount(); ++r)
            QCOMPARE(refreshedModel.rowKey(r), model.rowKey(r));
    }

    void aFirstPageChangedMeanwhileIsReplaced()
    {
        // The list changes between the small first page and the rest (a payment deleted elsewhere): the rest
        // replaces the rows shown, so no deleted row stays and none is missing.
        auto conn = openConnection(m_server);
        TableModel plainModel;
        ListLoader plain(conn.get(), &plainModel);
        plain.setFunction(QStringLiteral("payment"));
        plain.setPageSize(20);
        plain.setFirstPageSize(0);
        plain.load();
        QVERIFY(waitIdle(plain));
        ListActions actions(&plainModel);
        const auto del = actions.deleteButton();
        QVERIFY(del.has_value());
        int row = -1;
        for (int r = 0; r < plainModel.rowCount() && row < 0; ++r)
            if (actions.isEnabled(*del, { r }))
                row = r;
        QVERIFY(row >= 0);
        const QString gone = plainModel.rowKey(row);

        QVERIFY(m_server.addFault(QStringLiteral("payment=latency:1500@1"))); // the first page's reply waits
        TableModel model;
        ListLoader loader(conn.get(), &model);
        loader.setFunction(QStringLiteral("payment"));
        loader.setPageSize(200);
        loader.setFirstPageSize(20);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        const int before = m_server.loggedCount(QStringLiteral("payment"));
        loader.load();
        QTRY_VERIFY_WITH_TIMEOUT(m_server.loggedCount(QStringLiteral("payment")) == before + 1, 10000);
        QSignalSpy done(&plain, &ListLoader::actionFinished);
        plain.runAction(actions.intent(*del, { row }).request);
        QVERIFY(done.wait(30000));
        QVERIFY2(done.at(0).at(1).toBool(), qPrintable(done.at(0).at(2).toString()));
        QVERIFY(waitIdle(loader));
        QVERIFY(m_server.clearFaults());
        QCOMPARE(resets.count(), 2); // the first rows, then page 1 replacing them
        QCOMPARE(model.rowForKey(gone), -1);
        plain.setPageSize(200);
        plain.load();
        QVERIFY(waitIdle(plain));
        QCOMPARE(model.rowCount(), plainModel.rowCount());
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.rowKey(r), plainModel.rowKey(r));
    }

private:
    test::DemoServer m_server;
};

QTEST_MAIN(TestListLoader)
#include "tst_listloader.moc"
