// TableModel over code-made list replies and over a fixture parsed by ReplyParser: columns, sparse rows,
// typed and locale-aware local sort by permutation, key lookup, batch inserts, cell colours and prop columns.
#include "core/models/listexport.h"
#include "core/models/tablemodel.h"
#include "core/protocol/replyparser.h"
#include "tabletestdata.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace mgrdesk;
using namespace mgrdesk::models;
using test::makeTable;
using test::sl;

namespace {
QStringList columnValues(const TableModel &m, const QString &name)
{
    QStringList out;
    const int c = m.columnForName(name);
    for (int r = 0; r < m.rowCount(); ++r)
        out.append(m.index(r, c).data().toString());
    return out;
}

// Sorts and, when the model builds the keys on its worker thread, waits until the rows are in the new order.
// (A liveness wait with a generous bound, not a timing assertion.)
bool sortAndWait(TableModel &m, int column, Qt::SortOrder order = Qt::AscendingOrder)
{
    m.sort(column, order);
    if (!m.isSorting())
        return true;
    return QTest::qWaitFor([&]() { return !m.isSorting(); }, 120000);
}

// n rows: id = row, name = a text whose collation order differs from the load order, sum = money.
QSharedPointer<protocol::TableData> bigTable(int n, int firstId = 0)
{
    QList<test::Row> rows;
    rows.reserve(n);
    for (int i = 0; i < n; ++i) {
        const int id = firstId + i;
        const int v = (id * 7919) % 100003;
        rows.append({ { "id", QString::number(id) },
            { "name", QStringLiteral("name %1").arg(v, 6, 10, QLatin1Char('0')) },
            { "sum", QStringLiteral("%1.%2 USD").arg(v % 9973).arg(v % 100, 2, 10, QLatin1Char('0')) } });
    }
    return makeTable(rows);
}

bool sortedBy(const TableModel &m, int column, Qt::SortOrder order)
{
    for (int r = 1; r < m.rowCount(); ++r) {
        const QString a = m.index(r - 1, column).data().toString();
        const QString b = m.index(r, column).data().toString();
        if (order == Qt::AscendingOrder ? a > b : a < b)
            return false;
    }
    return true;
}

QSharedPointer<protocol::TableData> payments()
{
    return makeTable({
        { { "id", "5001" }, { "date", "2024-04-10" }, { "sum", "150.00 USD" },
            { "status", "processed|color=green" }, { "name", "Zebra" } },
        { { "id", "5002" }, { "sum", "75.50 USD" }, { "status", "pending" }, { "name", "Äpfel" } },
        { { "id", "10" }, { "date", "2023-12-31" }, { "sum", "1 234.00 RUB" }, { "name", "apple" },
            { "blocked", "on" } },
        { { "id", "900" }, { "date", "2024-01-05" }, { "sum", "-5.00 USD" }, { "status", "pending" },
            { "name", "Banane" } },
    });
}
} // namespace

class TestTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void columnsAreTheUnionOfFields()
    {
        TableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setData(payments());
        QCOMPARE(m.rowCount(), 4);
        QCOMPARE(m.columnCount(), 6);
        QCOMPARE(m.columnName(0), QStringLiteral("id"));
        QCOMPARE(m.columnName(5), QStringLiteral("blocked")); // first seen in the third row: last
        QCOMPARE(m.headerData(1, Qt::Horizontal).toString(), QStringLiteral("date")); // no messages: the name
    }

    void sparseRowsAreEmptyCells()
    {
        TableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setData(payments());
        const int date = m.columnForName(QStringLiteral("date"));
        QCOMPARE(m.index(1, date).data().toString(), QString());
        QVERIFY(!m.hasValue(1, QStringLiteral("date")));
        QVERIFY(m.hasValue(0, QStringLiteral("date")));
        QCOMPARE(m.value(2, QStringLiteral("blocked")), QStringLiteral("on"));
        QCOMPARE(m.value(0, QStringLiteral("nosuchfield")), QString());
    }

    void metadataColumnsAndTitles()
    {
        auto t = payments();
        t->metadata.present = true;
        t->metadata.key = QStringLiteral("id");
        t->metadata.columns
            = { test::col(QStringLiteral("name"), QStringLiteral("data"), QStringLiteral("alpha")),
                  test::col(QStringLiteral("sum"), QStringLiteral("price")),
                  test::col(QStringLiteral("edit"), QStringLiteral("button")),
                  test::col(QStringLiteral("note")) }; // no row has it
        t->messages.insert(QStringLiteral("name"), QStringLiteral("Client"));
        t->messages.insert(QStringLiteral("hint_sum"), QStringLiteral("Amount credited"));
        TableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setData(t);
        QCOMPARE(m.columnCount(), 3); // button columns are not shown
        QCOMPARE(m.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Client"));
        QCOMPARE(
            m.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString(), QStringLiteral("Amount credited"));
        QCOMPARE(
            m.headerData(2, Qt::Horizontal, TableModel::ColumnNameRole).toString(), QStringLiteral("note"));
        QCOMPARE(m.index(0, 2).data().toString(), QString());
        QVERIFY(m.isServerSortable(0));
        QVERIFY(!m.isServerSortable(2));
        QCOMPARE(m.columnType(1), SortKeys::Type::Money);
        QCOMPARE(m.value(0, QStringLiteral("id")), QStringLiteral("5001")); // fields that are not columns
    }

    void sortNumbers()
    {
        TableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setData(payments());
        const int id = m.columnForName(QStringLiteral("id"));
        QCOMPARE(m.columnType(id), SortKeys::Type::Number);
        m.sort(id, Qt::AscendingOrder);
        QCOMPARE(columnValues(m, QStringLiteral("id")), sl({ "10", "900", "5001", "5002" }));
        m.sort(id, Qt::DescendingOrder);
        QCOMPARE(columnValues(m, QStringLiteral("id")), sl({ "5002", "5001", "900", "10" }));
        QCOMPARE(m.index(0, id).data(TableModel::SortRole).typeId(), QMetaType::Double);
        QCOMPARE(m.index(0, id).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
            Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }

    void sortMoney()
    {
        TableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setData(payments());
        const int sum = m.columnForName(QStringLiteral("sum"));
        QCOMPARE(m.columnType(sum), SortKeys::Type::Money);
        m.sort(sum);
        QCOMPARE(columnValues(m, QStringLiteral("sum")),
            sl({ "-5.00 USD", "75.50 USD", "150.00 USD", "1 234.00 RUB" }));
        QCOMPARE(m.index(3, sum).data(TableModel::SortRole).toDouble(), 1234.0);
    }

    void sortDatesEmptyFirst()
    {
        TableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setData(payments());
        const int date = m.columnForName(QStringLiteral("date"));
        QCOMPARE(m.columnType(date), SortKeys::Type::Date);
        m.sort(date);
        QCOMPARE(
            columnValues(m, QStringLiteral("date")), sl({ "", "2023-12-31", "2024-01-05", "2024-04-10" }));
        QCOMPARE(m.index(1, date).data(TableModel::SortRole).toDateTime(),
            QDateTime(QDate(2023, 12, 31), QTime(0, 0)));
        m.sort(date, Qt::DescendingOrder);
        QCOMPARE(
            columnValues(m, QStringLiteral("date")), sl({ "2024-04-10", "2024-01-05", "2023-12-31", "" }));
    }

    void sortDottedDates()
    {
        TableModel m;
        m.setData(
            makeTable({ { { "d", "10.04.2024" } }, { { "d", "31.12.2023" } }, { { "d", "05.01.2024" } } }));
        m.sort(0);
        QCOMPARE(columnValues(m, QStringLiteral("d")), sl({ "31.12.2023", "05.01.2024", "10.04.2024" }));
    }

    void sortLocaleAware()
    {
        TableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setLocale(QLocale(QLocale::German, QLocale::Germany));
        m.setData(payments());
        const int name = m.columnForName(QStringLiteral("name"));
        m.sort(name);
        // Byte order would give Banane, Zebra, apple, Äpfel; German collation ignores case and treats Ä as A.
        QCOMPARE(columnValues(m, QStringLiteral("name")), sl({ "Äpfel", "apple", "Banane", "Zebra" }));
    }

    void sortNumericStrings()
    {
        TableModel m;
        m.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        m.setData(makeTable({ { { "n", "item10" } }, { { "n", "item2" } }, { { "n", "Item1" } } }));
        m.sort(0);
        QCOMPARE(columnValues(m, QStringLiteral("n")), sl({ "Item1", "item2", "item10" }));
    }

    void sortIsStableAndRestorable()
    {
        TableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setData(payments());
        const int status = m.columnForName(QStringLiteral("status"));
        m.sort(status);
        // "" (absent) first, then pending ×2 in load order (5002 before 900), then processed
        QCOMPARE(columnValues(m, QStringLiteral("id")), sl({ "10", "5002", "900", "5001" }));
        m.sort(status, Qt::DescendingOrder);
        QCOMPARE(columnValues(m, QStringLiteral("id")), sl({ "5001", "5002", "900", "10" }));
        m.sortLocally(-1, Qt::AscendingOrder);
        QCOMPARE(columnValues(m, QStringLiteral("id")), sl({ "5001", "5002", "10", "900" }));
    }

    void keyLookupFollowsSort()
    {
        TableModel m;
        m.setData(payments());
        QCOMPARE(m.rowForKey(QStringLiteral("900")), 3);
        QCOMPARE(m.rowForKey(QStringLiteral("nope")), -1);
        m.sort(m.columnForName(QStringLiteral("id")));
        QCOMPARE(m.rowForKey(QStringLiteral("900")), 1);
        QCOMPARE(m.rowKey(1), QStringLiteral("900"));
        QCOMPARE(m.index(1, 0).data(TableModel::KeyRole).toString(), QStringLiteral("900"));
    }

    void persistentIndexesFollowSort()
    {
        TableModel m;
        m.setData(payments());
        QPersistentModelIndex p(m.index(2, 1)); // key 10
        m.sort(m.columnForName(QStringLiteral("id")), Qt::DescendingOrder);
        QCOMPARE(p.row(), 3);
        QCOMPARE(p.column(), 1);
        QCOMPARE(m.rowKey(p.row()), QStringLiteral("10"));
    }

    void appendPageIsOneBatch()
    {
        TableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setData(makeTable({ { { "id", "1" }, { "name", "b" } }, { { "id", "3" }, { "name", "d" } } }));
        m.sort(0, Qt::DescendingOrder);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy columns(&m, &QAbstractItemModel::columnsInserted);
        const auto page = makeTable({ { { "id", "2" }, { "name", "c" }, { "extra", "x" } },
            { { "id", "4" }, { "name", "e" } }, { { "id", "0" }, { "name", "a" } } });
        m.appendPage(*page);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 2);
        QCOMPARE(inserted.at(0).at(2).toInt(), 4);
        QCOMPARE(columns.count(), 1);
        QCOMPARE(m.columnCount(), 3);
        QCOMPARE(m.rowCount(), 5);
        // the local sort is kept over the new rows
        QCOMPARE(columnValues(m, QStringLiteral("id")), sl({ "4", "3", "2", "1", "0" }));
        QCOMPARE(m.rowForKey(QStringLiteral("2")), 2);
        QCOMPARE(m.value(2, QStringLiteral("extra")), QStringLiteral("x"));
    }

    void colorsAndProps()
    {
        auto t = payments();
        t->metadata.present = true;
        protocol::ColumnInfo status = test::col(QStringLiteral("status"));
        protocol::ColumnInfo state
            = test::col(QStringLiteral("state"), QStringLiteral("prop"), QStringLiteral("prop"));
        state.props = { { { QStringLiteral("name"), QStringLiteral("blocked") },
                            { QStringLiteral("img"), QStringLiteral("p-lock") } },
            { { QStringLiteral("name"), QStringLiteral("status") },
                { QStringLiteral("value"), QStringLiteral("pending") },
                { QStringLiteral("img"), QStringLiteral("p-wait") } } };
        t->metadata.columns = { status, state };
        t->messages.insert(QStringLiteral("blocked"), QStringLiteral("Blocked"));
        TableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setData(t);
        QCOMPARE(m.index(0, 0).data(TableModel::ColorRole).toString(), QStringLiteral("green"));
        QVERIFY(!m.index(1, 0).data(TableModel::ColorRole).isValid());
        QCOMPARE(m.index(2, 1).data(TableModel::PropsRole).toStringList(),
            QStringList { QStringLiteral("p-lock") });
        QCOMPARE(m.index(2, 1).data(Qt::ToolTipRole).toString(), QStringLiteral("Blocked"));
        QCOMPARE(m.index(1, 1).data(TableModel::PropsRole).toStringList(),
            QStringList { QStringLiteral("p-wait") });
        QCOMPARE(m.index(0, 1).data(TableModel::PropsRole).toStringList(), QStringList());
    }

    void bigListSortsByPermutation()
    {
        // 20,000 rows with repeated values: every column sorts, and the result is ordered by the typed value.
        QList<test::Row> rows;
        for (int i = 0; i < 20000; ++i) {
            const int v = (i * 7919) % 20000;
            rows.append({ { "id", QString::number(v) },
                { "sum", QStringLiteral("%1.%2 USD").arg(v % 997).arg(v % 100, 2, 10, QLatin1Char('0')) },
                { "date", QDate(2020, 1, 1).addDays(v % 1500).toString(Qt::ISODate) },
                { "client", QStringLiteral("client %1").arg(v % 313) } });
        }
        TableModel m;
        m.setData(makeTable(rows));
        for (int c = 0; c < m.columnCount(); ++c) {
            for (const auto order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                QVERIFY(sortAndWait(m, c, order));
                for (int r = 1; r < m.rowCount(); ++r) {
                    const QVariant a = m.index(r - 1, c).data(TableModel::SortRole);
                    const QVariant b = m.index(r, c).data(TableModel::SortRole);
                    const auto cmp = QVariant::compare(a, b);
                    if (a.typeId() == QMetaType::QString)
                        continue; // text order is the collator's, checked elsewhere
                    QVERIFY2(order == Qt::AscendingOrder ? cmp != QPartialOrdering::Greater
                                                         : cmp != QPartialOrdering::Less,
                        qPrintable(QStringLiteral("column %1 row %2").arg(c).arg(r)));
                }
            }
        }
    }

    // ---- sort keys built on a worker thread

    void smallModelsSortSynchronously()
    {
        TableModel m;
        QCOMPARE(m.asyncSortThreshold(), TableModel::kDefaultAsyncSortThreshold);
        m.setData(payments());
        QSignalSpy busy(&m, &TableModel::sortingChanged);
        m.sort(m.columnForName(QStringLiteral("name")));
        QVERIFY(!m.isSorting());
        QCOMPARE(busy.count(), 0);
        QCOMPARE(m.sortColumn(), m.columnForName(QStringLiteral("name")));
    }

    void secretColumnsAreMaskedInEveryRendering()
    {
        // A list whose rows carry a secret (an FTP user's password, an API key): the table, the copy text
        // (cellText) and the CSV export show *****; the rules still read the real value.
        const QString secret = QStringLiteral("S3cr3t-Pa55");
        auto t
            = makeTable({ { { "id", "1" }, { "name", "ftp1" }, { "password", secret.toUtf8().constData() } },
                { { "id", "2" }, { "name", "ftp2" }, { "password", "" } } });
        TableModel m;
        m.setData(t);
        const int pw = m.columnForName(QStringLiteral("password"));
        QVERIFY(pw >= 0);
        QVERIFY(m.isSecretColumn(pw));
        QVERIFY(!m.isSecretColumn(m.columnForName(QStringLiteral("name"))));
        QCOMPARE(m.data(m.index(0, pw)).toString(), QStringLiteral("*****"));
        QCOMPARE(m.cellText(0, pw), QStringLiteral("*****"));
        QCOMPARE(m.cellText(1, pw), QString()); // an empty value stays empty
        QCOMPARE(m.value(0, QStringLiteral("password")), secret);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secret.csv"));
        QString error;
        QCOMPARE(ListExport::write(CsvSnapshot::fromModel(m), path, {}, &error), ListExport::Result::Ok);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QVERIFY2(!csv.contains(secret.toUtf8()), csv.constData());
        QVERIFY(csv.contains("ftp1,*****"));
    }

    void asyncSortKeepsOrderUntilReady()
    {
        TableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setData(bigTable(20000));
        QVERIFY(m.rowCount() >= m.asyncSortThreshold());
        const int name = m.columnForName(QStringLiteral("name"));
        QPersistentModelIndex p(m.index(123, name));
        const QString pinned = p.data().toString();
        QSignalSpy busy(&m, &TableModel::sortingChanged);
        QSignalSpy sorted(&m, &TableModel::sorted);
        QSignalSpy layout(&m, &QAbstractItemModel::layoutChanged);
        m.sort(name, Qt::DescendingOrder);
        QVERIFY(m.isSorting());
        QCOMPARE(m.pendingSortColumn(), name);
        QCOMPARE(busy.count(), 1);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        // nothing moved yet: the load order is what the view shows
        QCOMPARE(layout.count(), 0);
        QCOMPARE(m.sortColumn(), -1);
        QCOMPARE(m.rowKey(0), QStringLiteral("0"));
        QCOMPARE(p.row(), 123);
        QVERIFY(QTest::qWaitFor([&]() { return !m.isSorting(); }, 120000));
        QCOMPARE(busy.count(), 2);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
        QCOMPARE(sorted.count(), 1);
        QCOMPARE(layout.count(), 1);
        QCOMPARE(m.sortColumn(), name);
        QCOMPARE(m.sortOrder(), Qt::DescendingOrder);
        QVERIFY(sortedBy(m, name, Qt::DescendingOrder));
        QCOMPARE(p.data().toString(), pinned); // the persistent index followed its row
        // the keys were really built off the GUI thread
        QVERIFY(m.keyBuildThread() != nullptr);
        QVERIFY(m.keyBuildThread() != QThread::currentThreadId());
        // the keys are kept: the other direction is immediate
        m.sort(name, Qt::AscendingOrder);
        QVERIFY(!m.isSorting());
        QCOMPARE(busy.count(), 2);
        QVERIFY(sortedBy(m, name, Qt::AscendingOrder));
        QCOMPARE(p.data().toString(), pinned);
    }

    void newerSortSupersedesPending()
    {
        TableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setAsyncSortThreshold(0); // every first sort of a column goes to the worker
        m.setData(payments());
        const int name = m.columnForName(QStringLiteral("name"));
        const int id = m.columnForName(QStringLiteral("id"));
        QSignalSpy busy(&m, &TableModel::sortingChanged);
        QSignalSpy sorted(&m, &TableModel::sorted);
        m.sort(name);
        QVERIFY(m.isSorting());
        m.sort(id, Qt::DescendingOrder); // supersedes the name sort
        QCOMPARE(m.pendingSortColumn(), id);
        QCOMPARE(busy.count(), 1); // still one busy period
        QVERIFY(QTest::qWaitFor([&]() { return !m.isSorting(); }, 120000));
        QCOMPARE(busy.count(), 2);
        QCOMPARE(sorted.count(), 1); // the name order was never applied
        QCOMPARE(sorted.at(0).at(0).toInt(), id);
        QCOMPARE(columnValues(m, QStringLiteral("id")), sl({ "5002", "5001", "900", "10" }));
        QTest::qWait(50); // a late result of the superseded build changes nothing
        QCOMPARE(sorted.count(), 1);
        QCOMPARE(columnValues(m, QStringLiteral("id")), sl({ "5002", "5001", "900", "10" }));
    }

    void sameColumnOtherDirectionWhilePending()
    {
        TableModel m;
        m.setAsyncSortThreshold(0);
        m.setData(payments());
        const int id = m.columnForName(QStringLiteral("id"));
        m.sort(id, Qt::AscendingOrder);
        m.sort(id, Qt::DescendingOrder);
        QVERIFY(QTest::qWaitFor([&]() { return !m.isSorting(); }, 120000));
        QCOMPARE(m.sortOrder(), Qt::DescendingOrder);
        QCOMPARE(columnValues(m, QStringLiteral("id")), sl({ "5002", "5001", "900", "10" }));
    }

    void synchronousSortOrResetCancelsPending()
    {
        TableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setAsyncSortThreshold(0);
        m.setData(payments());
        QSignalSpy busy(&m, &TableModel::sortingChanged);
        QSignalSpy sorted(&m, &TableModel::sorted);
        m.sort(m.columnForName(QStringLiteral("name")));
        QVERIFY(m.isSorting());
        m.sortLocally(-1, Qt::AscendingOrder); // back to load order, now
        QVERIFY(!m.isSorting());
        QCOMPARE(busy.count(), 2);
        QCOMPARE(sorted.count(), 1);
        QTest::qWait(50);
        QCOMPARE(sorted.count(), 1);
        QCOMPARE(columnValues(m, QStringLiteral("id")), sl({ "5001", "5002", "10", "900" }));

        m.sort(m.columnForName(QStringLiteral("name")));
        QVERIFY(m.isSorting());
        m.setServerSorted(m.columnForName(QStringLiteral("id")), Qt::AscendingOrder); // the server's order
        QVERIFY(!m.isSorting());
        QTest::qWait(50);
        QCOMPARE(m.sortColumn(), m.columnForName(QStringLiteral("id")));
        QCOMPARE(columnValues(m, QStringLiteral("id")), sl({ "5001", "5002", "10", "900" }));

        m.sort(m.columnForName(QStringLiteral("name")));
        QVERIFY(m.isSorting());
        m.setData(bigTable(10)); // a reset: the pending sort is dropped
        QVERIFY(!m.isSorting());
        QTest::qWait(50);
        QCOMPARE(m.sortColumn(), -1);
        QCOMPARE(m.rowKey(0), QStringLiteral("0"));
    }

    void sortWhilePagesAreAppended()
    {
        TableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setData(bigTable(8000));
        const int name = m.columnForName(QStringLiteral("name"));
        QSignalSpy busy(&m, &TableModel::sortingChanged);
        m.sort(name);
        QVERIFY(m.isSorting());
        // Pages arrive while the keys build (the build's result is delivered through the event loop, so it
        // cannot land before these appends).
        m.appendPage(*bigTable(3000, 8000));
        QCOMPARE(m.rowCount(), 11000);
        QPersistentModelIndex late(m.index(10999, name)); // a row of the second page
        const QString lateName = late.data().toString();
        m.appendPage(*bigTable(3000, 11000));
        QCOMPARE(m.rowCount(), 14000);
        QVERIFY(m.isSorting());
        QVERIFY(QTest::qWaitFor([&]() { return !m.isSorting(); }, 120000));
        QCOMPARE(busy.count(), 2); // one busy period, however many builds it took
        QCOMPARE(m.rowCount(), 14000);
        QCOMPARE(m.sortColumn(), name);
        QVERIFY(sortedBy(m, name, Qt::AscendingOrder));
        QCOMPARE(late.data().toString(), lateName);
        // every row is there once
        QSet<QString> keys;
        for (int r = 0; r < m.rowCount(); ++r)
            keys.insert(m.rowKey(r));
        QCOMPARE(keys.size(), 14000);
        QCOMPARE(m.rowForKey(QStringLiteral("13999")) >= 0, true);
        // a page appended to a sorted model re-sorts, again off the GUI thread, and ends sorted
        m.appendPage(*bigTable(2000, 14000));
        QVERIFY(QTest::qWaitFor([&]() { return !m.isSorting(); }, 120000));
        QCOMPARE(m.rowCount(), 16000);
        QVERIFY(sortedBy(m, name, Qt::AscendingOrder));
    }

    void pageAppendedBeforeEachResult()
    {
        // The build's result always finds more rows than it knew: each time the rows it knew are ordered, the
        // new ones follow in load order, and the keys are built again; once the pages stop, the order is
        // whole.
        TableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setAsyncSortThreshold(0);
        m.setData(bigTable(300));
        const int sum = m.columnForName(QStringLiteral("sum"));
        m.sort(sum, Qt::DescendingOrder);
        QSignalSpy sorted(&m, &TableModel::sorted);
        int next = 300;
        for (int round = 0; round < 5; ++round) {
            m.appendPage(*bigTable(100, next));
            next += 100;
            QVERIFY(QTest::qWaitFor([&]() { return sorted.count() > round; }, 120000));
            // the rows before the newest page are ordered, the newest page follows in load order
            QVERIFY(m.rowCount() == next);
            if (m.isSorting()) {
                for (int r = next - 100; r < next; ++r)
                    QCOMPARE(m.sourceRow(r), r);
            }
        }
        QVERIFY(QTest::qWaitFor([&]() { return !m.isSorting(); }, 120000));
        for (int r = 1; r < m.rowCount(); ++r)
            QVERIFY(m.index(r - 1, sum).data(TableModel::SortRole).toDouble()
                >= m.index(r, sum).data(TableModel::SortRole).toDouble());
    }

    void numericColumnsByMetadataKeepTheirSniffedType()
    {
        // coldata sort="digit": ranked as numbers without sniffing; the type is still Number or Money by the
        // values, on both the synchronous and the worker path.
        for (const int threshold : { TableModel::kDefaultAsyncSortThreshold, 0 }) {
            auto t = payments();
            t->metadata.present = true;
            t->metadata.columns
                = { test::col(QStringLiteral("id"), QStringLiteral("data"), QStringLiteral("digit")),
                      test::col(QStringLiteral("sum"), QStringLiteral("data"), QStringLiteral("digit")) };
            TableModel m;
            m.setAsyncSortThreshold(threshold);
            m.setData(t);
            QVERIFY(sortAndWait(m, 0, Qt::DescendingOrder));
            QCOMPARE(columnValues(m, QStringLiteral("id")), sl({ "5002", "5001", "900", "10" }));
            QVERIFY(sortAndWait(m, 1));
            QCOMPARE(columnValues(m, QStringLiteral("sum")),
                sl({ "-5.00 USD", "75.50 USD", "150.00 USD", "1 234.00 RUB" }));
            QCOMPARE(m.columnType(0), SortKeys::Type::Number);
            QCOMPARE(m.columnType(1), SortKeys::Type::Money);
        }
    }

    void destroyedWhileSorting()
    {
        auto *m = new TableModel;
        m->setData(bigTable(20000));
        m->sort(m->columnForName(QStringLiteral("name")));
        QVERIFY(m->isSorting());
        delete m; // waits for (or stops) the build; its result is never delivered
        QTest::qWait(50);
    }

    void localeChangeWhilePending()
    {
        TableModel m;
        m.setAsyncSortThreshold(0);
        m.setData(payments());
        const int name = m.columnForName(QStringLiteral("name"));
        m.sort(name);
        m.setLocale(QLocale(QLocale::German, QLocale::Germany)); // the build starts again with this collation
        QVERIFY(m.isSorting());
        QVERIFY(QTest::qWaitFor([&]() { return !m.isSorting(); }, 120000));
        QCOMPARE(columnValues(m, QStringLiteral("name")), sl({ "Äpfel", "apple", "Banane", "Zebra" }));
    }

    void fixtureParsedByReplyParser()
    {
        QFile f(QStringLiteral(MGRDESK_MODELS_TEST_DIR "/payment-devel.xml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const protocol::Reply reply = protocol::ReplyParser::parse(f.readAll());
        QCOMPARE(int(reply.kind), int(protocol::ReplyKind::Table));
        TableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setData(reply.table);
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.headerData(m.columnForName(QStringLiteral("account_name")), Qt::Horizontal).toString(),
            QStringLiteral("Client"));
        QCOMPARE(m.rowForKey(QStringLiteral("7")), 1);
        const int amount = m.columnForName(QStringLiteral("subaccountamount_iso"));
        m.sort(amount);
        QCOMPARE(m.rowKey(0), QStringLiteral("7"));
        QCOMPARE(m.rowKey(2), QStringLiteral("5"));
        QCOMPARE(m.index(m.rowForKey(QStringLiteral("6")), m.columnForName(QStringLiteral("status")))
                     .data(TableModel::ColorRole)
                     .toString(),
            QStringLiteral("green"));
    }
};

QTEST_GUILESS_MAIN(TestTableModel)
#include "tst_tablemodel.moc"
