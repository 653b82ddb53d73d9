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
    void cellViewSparseRows();
    void cellViewEmptyCells();
    void openCellUtf8Multibyte();
    void openCellAttributes();
    void openCellRefusals();
    void replaceOpenCellText();
    void lateColumnThroughOpenCell();
    void copiesAreIndependent();
    void columnSnapshot();
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

// ---- cellView and the streaming builder (openCell / appendToOpenCell / closeCell), directly

void TestTableData::cellViewSparseRows()
{
    TableData t;
    const int a = t.addColumn(QStringLiteral("a"));
    const int b = t.addColumn(QStringLiteral("b"));
    // row 0: a only; row 1: b only; row 2: neither; row 3: both
    t.beginRow();
    QVERIFY(t.openCell(a));
    t.appendToOpenCell("a0", 2);
    t.closeCell();
    t.endRow();
    t.beginRow();
    QVERIFY(t.openCell(b));
    t.appendToOpenCell("b1", 2);
    t.closeCell();
    t.endRow();
    t.beginRow();
    t.endRow();
    t.beginRow();
    QVERIFY(t.openCell(a));
    t.appendToOpenCell("a3", 2);
    QVERIFY(t.openCell(b)); // opening the next cell closes the open one
    t.appendToOpenCell("b3", 2);
    t.endRow(); // and ending the row closes the last one
    QCOMPARE(t.rowCount(), 4);
    const auto view = [&t](int row, int column) { return QByteArray(t.cellView(row, column).toByteArray()); };
    QCOMPARE(view(0, a), QByteArray("a0"));
    QVERIFY(!t.hasCell(0, b));
    QVERIFY(t.cellView(0, b).isEmpty());
    QVERIFY(!t.hasCell(1, a));
    QVERIFY(t.cellView(1, a).isEmpty());
    QCOMPARE(view(1, b), QByteArray("b1"));
    QVERIFY(!t.hasCell(2, a) && !t.hasCell(2, b));
    QVERIFY(t.cellView(2, a).isEmpty() && t.cellView(2, b).isEmpty());
    QCOMPARE(view(3, a), QByteArray("a3"));
    QCOMPARE(view(3, b), QByteArray("b3"));
    // out of range: empty views, never a crash
    QVERIFY(t.cellView(4, a).isEmpty());
    QVERIFY(t.cellView(-1, a).isEmpty());
    QVERIFY(t.cellView(0, 2).isEmpty());
    QVERIFY(t.cellView(0, -1).isEmpty());
    // the view and the other accessors agree
    for (int r = 0; r < t.rowCount(); ++r) {
        for (int c = 0; c < t.columnCount(); ++c) {
            QCOMPARE(t.cellView(r, c).toByteArray(), t.cellUtf8(r, c));
            QCOMPARE(QString::fromUtf8(t.cellView(r, c)), t.cell(r, c));
        }
    }
}

void TestTableData::cellViewEmptyCells()
{
    TableData t;
    const int a = t.addColumn(QStringLiteral("a"));
    t.beginRow();
    QVERIFY(t.openCell(a));
    t.closeCell(); // present, empty
    t.endRow();
    t.beginRow();
    t.endRow(); // absent
    t.beginRow();
    QVERIFY(t.openCell(a));
    t.appendToOpenCell("x", 1);
    t.closeCell();
    t.endRow();
    QVERIFY(t.hasCell(0, a));
    QVERIFY(t.cellView(0, a).isEmpty());
    QCOMPARE(t.cell(0, a), QString());
    QVERIFY(!t.hasCell(1, a));
    QVERIFY(t.cellView(1, a).isEmpty());
    QCOMPARE(t.cellView(2, a), QByteArrayView("x")); // offsets right after empty and absent cells
    // a column with no value at all, in every row
    const int none = t.addColumn(QStringLiteral("none"));
    for (int r = 0; r < t.rowCount(); ++r) {
        QVERIFY(!t.hasCell(r, none));
        QVERIFY(t.cellView(r, none).isEmpty());
    }
}

void TestTableData::openCellUtf8Multibyte()
{
    // Multibyte UTF-8 arriving in pieces (the parser's text callbacks may split anywhere, even inside a
    // character): the cell holds the bytes joined, and cell() decodes them whole.
    const QByteArray text = QStringLiteral("Оплата картой № 5 — 100 ₽ 😀").toUtf8();
    TableData t;
    const int c = t.addColumn(QStringLiteral("note"));
    for (int split = 1; split < text.size(); ++split) {
        t.beginRow();
        QVERIFY(t.openCell(c));
        t.appendToOpenCell(text.constData(), split);
        QCOMPARE(t.openCellText(), QByteArrayView(text.constData(), split));
        t.appendToOpenCell(text.constData() + split, text.size() - split);
        t.closeCell();
        t.endRow();
    }
    QCOMPARE(t.rowCount(), int(text.size()) - 1);
    for (int r = 0; r < t.rowCount(); ++r) {
        QCOMPARE(t.cellView(r, c), QByteArrayView(text));
        QCOMPARE(t.cell(r, c), QString::fromUtf8(text));
    }
    t.squeeze(); // releases spare capacity: the views stay right
    QCOMPARE(t.cellView(t.rowCount() - 1, c), QByteArrayView(text));
}

void TestTableData::openCellAttributes()
{
    TableData t;
    const int status = t.addColumn(QStringLiteral("status"));
    const std::pair<std::string, std::string> attrs[]
        = { { "color", "зелёный" }, { "empty", "" }, { "x", "a&b" } };
    t.beginRow();
    QVERIFY(t.openCell(status));
    t.appendToOpenCell("Paid", 4);
    t.closeCell(attrs, 3);
    t.endRow();
    t.beginRow();
    QVERIFY(t.openCell(status));
    t.appendToOpenCell("Open", 4);
    t.closeCell(); // no attributes
    t.endRow();
    t.beginRow();
    QVERIFY(t.openCell(status));
    t.closeCell(attrs, 1); // an empty cell with an attribute
    t.endRow();
    const Attributes first = t.cellAttributes(0, status);
    QCOMPARE(first.size(), 3);
    QCOMPARE(first.at(0), qMakePair(QStringLiteral("color"), QStringLiteral("зелёный")));
    QCOMPARE(first.at(1), qMakePair(QStringLiteral("empty"), QString()));
    QCOMPARE(first.at(2), qMakePair(QStringLiteral("x"), QStringLiteral("a&b")));
    QVERIFY(t.cellAttributes(1, status).isEmpty());
    QCOMPARE(t.cellAttributes(2, status).size(), 1);
    QVERIFY(t.hasCell(2, status));
    QVERIFY(t.cellView(2, status).isEmpty());
    QCOMPARE(t.cellView(0, status), QByteArrayView("Paid"));
    QCOMPARE(t.cellView(1, status), QByteArrayView("Open"));
    QVERIFY(t.cellAttributes(3, status).isEmpty()); // no such row
    QVERIFY(t.cellAttributes(0, 7).isEmpty()); // no such column
}

void TestTableData::openCellRefusals()
{
    TableData t;
    const int a = t.addColumn(QStringLiteral("a"));
    t.beginRow();
    QVERIFY(!t.openCell(-1));
    QVERIFY(!t.openCell(1)); // unknown column: nothing stored
    t.appendToOpenCell("lost", 4); // no open cell: ignored
    QVERIFY(t.openCell(a));
    t.appendToOpenCell("first", 5);
    t.closeCell();
    QVERIFY(!t.openCell(a)); // a repeated child in one row: the first value wins
    t.appendToOpenCell("second", 6);
    t.closeCell();
    t.endRow();
    QCOMPARE(t.rowCount(), 1);
    QCOMPARE(t.cellView(0, a), QByteArrayView("first"));
}

void TestTableData::replaceOpenCellText()
{
    TableData t;
    const int a = t.addColumn(QStringLiteral("a"));
    t.beginRow();
    QVERIFY(t.openCell(a));
    t.appendToOpenCell("  \n", 3);
    t.replaceOpenCellText("Ж nested", qsizetype(qstrlen("Ж nested")));
    QCOMPARE(t.openCellText(), QByteArrayView("Ж nested"));
    t.closeCell();
    QVERIFY(t.openCellText().isEmpty()); // nothing open
    t.endRow();
    t.beginRow();
    QVERIFY(t.openCell(a));
    t.appendToOpenCell("next", 4);
    t.endRow();
    QCOMPARE(t.cell(0, a), QStringLiteral("Ж nested"));
    QCOMPARE(t.cellView(1, a), QByteArrayView("next"));
}

void TestTableData::lateColumnThroughOpenCell()
{
    TableData t;
    const int a = t.addColumn(QStringLiteral("a"));
    for (int i = 0; i < 4; ++i) {
        t.beginRow();
        QVERIFY(t.openCell(a));
        const QByteArray v = QByteArray::number(i);
        t.appendToOpenCell(v.constData(), v.size());
        if (i == 2) {
            const int late = t.addColumn(QStringLiteral("late"));
            QVERIFY(t.openCell(late)); // closes a, pads the rows before
            t.appendToOpenCell("L", 1);
        }
        t.endRow();
    }
    const int late = t.columnIndex(QStringLiteral("late"));
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(t.cellView(i, a).toByteArray(), QByteArray::number(i));
        QCOMPARE(t.hasCell(i, late), i == 2);
        QCOMPARE(t.cellView(i, late).toByteArray(), i == 2 ? QByteArray("L") : QByteArray());
    }
}

void TestTableData::copiesAreIndependent()
{
    TableData t;
    const int a = t.addColumn(QStringLiteral("a"));
    t.beginRow();
    t.setCell(a, QByteArray("one"), { { QStringLiteral("color"), QStringLiteral("red") } });
    t.endRow();
    TableData copy = t;
    t.beginRow();
    t.setCell(a, QByteArray("two"));
    t.endRow();
    QCOMPARE(copy.rowCount(), 1);
    QCOMPARE(copy.cellView(0, a), QByteArrayView("one"));
    QCOMPARE(copy.cellAttributes(0, a).value(0).second, QStringLiteral("red"));
    QCOMPARE(t.cellView(1, a), QByteArrayView("two"));
    TableData moved = std::move(copy);
    QCOMPARE(moved.cellView(0, a), QByteArrayView("one"));
    copy = t; // assigned again after the move
    QCOMPARE(copy.rowCount(), 2);
    QCOMPARE(copy.cellView(1, a), QByteArrayView("two"));
}

void TestTableData::columnSnapshot()
{
    const Reply reply = ReplyParser::parse(paymentListXml(500, true));
    QVERIFY(reply.table);
    const TableData &t = *reply.table;
    for (int c = 0; c < t.columnCount(); ++c) {
        const TableData one = t.columnSnapshot(c);
        QCOMPARE(one.rowCount(), t.rowCount());
        QCOMPARE(one.columnCount(), 1);
        QCOMPARE(one.columns().value(0), t.columns().at(c));
        for (int r = 0; r < t.rowCount(); ++r) {
            QCOMPARE(one.hasCell(r, 0), t.hasCell(r, c));
            QCOMPARE(one.cellView(r, 0), t.cellView(r, c));
        }
    }
    const TableData none = t.columnSnapshot(-1);
    QCOMPARE(none.rowCount(), t.rowCount());
    QCOMPARE(none.columnCount(), 0);
}

QTEST_GUILESS_MAIN(TestTableData)
#include "tst_tabledata.moc"
