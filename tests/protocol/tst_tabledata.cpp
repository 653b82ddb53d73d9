// TableData, the compact column store of list replies, and generated large/sparse lists through the parser.
#include "generatedlists.h"
#include "parsertesthelpers.h"

using namespace mgrdesk::protocol;
using namespace testhelpers;

class TestTableData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void absentDiffersFromEmpty();
    void lateColumnsArePadded();
    void repeatedCellKeepsFirst();
    void reorderKeepsCellsAndAttributes();
    void appendRowsMergesColumnsByName();
    void large100kXml();
    void large100kSparseXml();
    void large100kJson();
    void sparseJsonEqualsXml();
    void largeChunkedSameResult();
};

void TestTableData::absentDiffersFromEmpty()
{
    TableData t;
    const int a = t.addColumn(QStringLiteral("a"));
    const int b = t.addColumn(QStringLiteral("b"));
    QCOMPARE(t.addColumn(QStringLiteral("a")), a);
    t.beginRow();
    t.setCell(a, QByteArray("x"));
    t.setCell(b, QByteArray());
    t.endRow();
    t.beginRow();
    t.setCell(b, QByteArray("Ж"));
    t.endRow();
    QCOMPARE(t.rowCount(), 2);
    QVERIFY(t.hasCell(0, a) && t.hasCell(0, b));
    QCOMPARE(t.cell(0, b), QString());
    QVERIFY(!t.hasCell(1, a));
    QCOMPARE(t.cell(1, b), QStringLiteral("Ж"));
    QCOMPARE(t.cellUtf8(1, b), QByteArray("Ж"));
    QVERIFY(!t.hasCell(2, a));
    QVERIFY(!t.hasCell(0, 5));
    QCOMPARE(t.cell(-1, 0), QString());
    QCOMPARE(t.columnIndex(QStringLiteral("zzz")), -1);
}

void TestTableData::lateColumnsArePadded()
{
    TableData t;
    const int a = t.addColumn(QStringLiteral("a"));
    for (int i = 0; i < 5; ++i) {
        t.beginRow();
        t.setCell(a, QByteArray::number(i));
        if (i == 3)
            t.setCell(t.addColumn(QStringLiteral("late")), QByteArray("L"));
        t.endRow();
    }
    const int late = t.columnIndex(QStringLiteral("late"));
    QCOMPARE(late, 1);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(t.hasCell(i, late), i == 3);
        QCOMPARE(t.cell(i, a), QString::number(i));
    }
    QCOMPARE(t.cell(3, late), QStringLiteral("L"));
}

void TestTableData::repeatedCellKeepsFirst()
{
    TableData t;
    const int a = t.addColumn(QStringLiteral("a"));
    t.beginRow();
    t.setCell(a, QByteArray("first"));
    QVERIFY(t.hasCellInCurrentRow(a));
    t.setCell(a, QByteArray("second"));
    t.endRow();
    QCOMPARE(t.cell(0, a), QStringLiteral("first"));
}

void TestTableData::reorderKeepsCellsAndAttributes()
{
    TableData t;
    const int x = t.addColumn(QStringLiteral("x"));
    const int y = t.addColumn(QStringLiteral("y"));
    t.beginRow();
    t.setCell(x, QByteArray("1"));
    t.setCell(y, QByteArray("2"), { { QStringLiteral("color"), QStringLiteral("red") } });
    t.endRow();
    t.reorderColumns({ QStringLiteral("meta"), QStringLiteral("y") });
    QCOMPARE(t.columns(), QStringList({ QStringLiteral("meta"), QStringLiteral("y"), QStringLiteral("x") }));
    QVERIFY(!t.hasCell(0, 0));
    QCOMPARE(t.cell(0, 1), QStringLiteral("2"));
    QCOMPARE(t.cellAttributes(0, 1).value(0).second, QStringLiteral("red"));
    QCOMPARE(t.cell(0, 2), QStringLiteral("1"));
    QVERIFY(t.cellAttributes(0, 2).isEmpty());
    QCOMPARE(t.columnIndex(QStringLiteral("x")), 2);
}

void TestTableData::appendRowsMergesColumnsByName()
{
    TableData page1;
    page1.beginRow();
    page1.setCell(page1.addColumn(QStringLiteral("id")), QByteArray("1"));
    page1.endRow();
    TableData page2;
    page2.beginRow();
    page2.setCell(page2.addColumn(QStringLiteral("name")), QByteArray("n"),
        { { QStringLiteral("a"), QStringLiteral("b") } });
    page2.setCell(page2.addColumn(QStringLiteral("id")), QByteArray("2"));
    page2.endRow();
    page1.appendRows(page2);
    QCOMPARE(page1.rowCount(), 2);
    QCOMPARE(page1.columns(), QStringList({ QStringLiteral("id"), QStringLiteral("name") }));
    QCOMPARE(page1.cell(1, 0), QStringLiteral("2"));
    QCOMPARE(page1.cell(1, 1), QStringLiteral("n"));
    QCOMPARE(page1.cellAttributes(1, 1).size(), 1);
    QVERIFY(!page1.hasCell(0, 1));
}

static void checkRows(const TableData &t, int rows, bool sparse)
{
    QCOMPARE(t.rowCount(), rows);
    const QStringList columns = paymentRowColumns(sparse);
    QCOMPARE(t.columns(), columns);
    for (const int row : { 0, 1, 2, 3, 6, 7, rows / 2, rows / 2 + 10, rows - 2, rows - 1 }) {
        for (int c = 0; c < columns.size(); ++c) {
            const QString expected = paymentCell(row, rows, columns.at(c), sparse);
            QVERIFY2(t.hasCell(row, c) == !expected.isNull(),
                qPrintable(QStringLiteral("%1/%2").arg(row).arg(columns.at(c))));
            QCOMPARE(t.cell(row, c), expected.isNull() ? QString() : expected);
        }
        const int status = t.columnIndex(QStringLiteral("status"));
        QCOMPARE(t.cellAttributes(row, status).isEmpty(), row % 4 != 2);
    }
    QCOMPARE(t.keyColumn, QStringLiteral("id"));
    QCOMPARE(t.total, std::optional<qint64>(rows));
}

void TestTableData::large100kXml()
{
    const QByteArray body = paymentListXml(100000);
    QVERIFY(body.size() > 30 * 1024 * 1024);
    const Reply r = parseChunked(body, 64 * 1024);
    QCOMPARE(r.kind, ReplyKind::Table);
    checkRows(*r.table, 100000, false);
    const size_t memory = r.table->memoryUsage();
    qInfo("100k rows: XML %.1f MiB, TableData %.1f MiB", body.size() / 1048576.0, memory / 1048576.0);
    QVERIFY2(memory < size_t(26) * 1024 * 1024, qPrintable(QString::number(memory)));
}

void TestTableData::large100kSparseXml()
{
    const Reply r = ReplyParser::parse(paymentListXml(100000, true));
    QCOMPARE(r.kind, ReplyKind::Table);
    checkRows(*r.table, 100000, true);
    const TableData &t = *r.table;
    const int refund = t.columnIndex(QStringLiteral("refund"));
    QCOMPARE(refund, 12);
    QVERIFY(!t.hasCell(0, refund));
    QVERIFY(t.hasCell(50000, refund));
    QVERIFY(!t.hasCell(50001, refund));
    QCOMPARE(t.cell(99990, refund), QStringLiteral("0.00"));
}

void TestTableData::large100kJson()
{
    const QByteArray body = paymentListJson(100000);
    const Reply r = parseChunked(body, 64 * 1024);
    QCOMPARE(r.kind, ReplyKind::Table);
    checkRows(*r.table, 100000, false);
}

void TestTableData::sparseJsonEqualsXml()
{
    const Reply xml = ReplyParser::parse(paymentListXml(3000, true));
    const Reply json = ReplyParser::parse(paymentListJson(3000, true));
    QCOMPARE(dump(json), dump(xml));
    checkRows(*json.table, 3000, true);
}

void TestTableData::largeChunkedSameResult()
{
    const QByteArray xml = paymentListXml(5000, true);
    const QString whole = dump(ReplyParser::parse(xml));
    QCOMPARE(dump(parseChunked(xml, 4096)), whole);
    QCOMPARE(dump(parseRandomChunks(xml, 42)), whole);
    const QByteArray json = paymentListJson(5000, true);
    QCOMPARE(dump(parseRandomChunks(json, 43)), dump(ReplyParser::parse(json)));
}

QTEST_GUILESS_MAIN(TestTableData)
#include "tst_tabledata.moc"
