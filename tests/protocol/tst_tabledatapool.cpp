// TableData's pooled column form (a dictionary of distinct values and a code per row) and its switch to the
// plain form (UTF-8 + offsets): every cell read back equal in both forms, attributes, absent and empty cells,
// huge values, pages appended across forms, and the memory a repetitive table takes.
#include "generatedlists.h"
#include "parsertesthelpers.h"

#include <QRandomGenerator>

#include <optional>

using namespace mgrdesk::protocol;
using namespace testhelpers;

namespace mgrdesk::protocol {
// Looks at a column's form (friend of TableData): 0 = plain, 1/2/4 = pooled with codes of that many bytes.
struct TableDataProbe
{
    static int width(const TableData &t, int column) { return t.m_columns[size_t(column)].width; }
};
} // namespace mgrdesk::protocol

namespace {

// What a column should hold: per row, absent or a value (and an optional attribute).
struct Expected
{
    std::vector<std::optional<QByteArray>> values;
    std::vector<QString> colors; // empty: no attribute
};

void fill(TableData &t, int column, const Expected &e, bool streamed)
{
    for (size_t r = 0; r < e.values.size(); ++r) {
        t.beginRow();
        const auto &v = e.values[r];
        if (v) {
            Attributes attrs;
            if (!e.colors[r].isEmpty())
                attrs.append({ QStringLiteral("color"), e.colors[r] });
            if (streamed) { // the parser's path: open, append in two parts, close with raw attributes
                QVERIFY(t.openCell(column));
                const qsizetype half = v->size() / 2;
                t.appendToOpenCell(v->constData(), half);
                t.appendToOpenCell(v->constData() + half, v->size() - half);
                std::vector<std::pair<std::string, std::string>> raw;
                for (const auto &a : attrs)
                    raw.emplace_back(a.first.toStdString(), a.second.toStdString());
                t.closeCell(raw.data(), raw.size());
            } else {
                t.setCell(column, *v, attrs);
            }
        }
        t.endRow();
    }
}

void check(const TableData &t, int column, const Expected &e, int firstRow = 0)
{
    for (size_t i = 0; i < e.values.size(); ++i) {
        const int r = firstRow + int(i);
        const auto &v = e.values[i];
        QCOMPARE(t.hasCell(r, column), bool(v));
        if (v) {
            QCOMPARE(t.cellView(r, column), QByteArrayView(*v));
            QCOMPARE(t.cellUtf8(r, column), *v);
            QCOMPARE(t.cell(r, column), QString::fromUtf8(*v));
        } else {
            QVERIFY(t.cellView(r, column).isEmpty());
            QVERIFY(t.cell(r, column).isNull());
        }
        const Attributes attrs = t.cellAttributes(r, column);
        QCOMPARE(attrs.isEmpty(), e.colors[i].isEmpty() || !v);
        if (!attrs.isEmpty())
            QCOMPARE(attrs.value(0).second, e.colors[i]);
    }
}

// A column of `rows` rows whose values come from `value(row)`; every 7th absent, every 11th empty, a color
// attribute on every 4th.
Expected make(int rows, const std::function<QByteArray(int)> &value)
{
    Expected e;
    for (int r = 0; r < rows; ++r) {
        if (r % 7 == 3)
            e.values.emplace_back(std::nullopt);
        else if (r % 11 == 5)
            e.values.emplace_back(QByteArray(""));
        else
            e.values.emplace_back(value(r));
        e.colors.push_back(r % 4 == 1 ? QStringLiteral("c%1").arg(r % 3) : QString());
    }
    return e;
}

Expected concat(const Expected &a, const Expected &b)
{
    Expected out = a;
    out.values.insert(out.values.end(), b.values.begin(), b.values.end());
    out.colors.insert(out.colors.end(), b.colors.begin(), b.colors.end());
    return out;
}

const QByteArray kStatus[] = { "Credited", "Promised", "Новый", "Cancelled", "Refunded" };

} // namespace

class TestTableDataPool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void repeatedValuesArePooled_data();
    void repeatedValuesArePooled();
    void distinctValuesTurnPlain();
    void columnGoesDistinctMidway();
    void codesWiden();
    void hugeValues();
    void appendRowsAcrossForms();
    void pagesPoolAgain();
    void squeezedCopyAndSnapshotKeepBuilding();
    void parsedListPoolsRepeatedColumns();
    void repetitiveTableMemory();
};

void TestTableDataPool::repeatedValuesArePooled_data()
{
    QTest::addColumn<bool>("streamed");
    QTest::newRow("setCell") << false;
    QTest::newRow("openCell/closeCell") << true;
}

void TestTableDataPool::repeatedValuesArePooled()
{
    QFETCH(bool, streamed);
    TableData t;
    const int c = t.addColumn(QStringLiteral("status"));
    const Expected e = make(5000, [](int r) { return kStatus[r % 5]; });
    fill(t, c, e, streamed);
    QCOMPARE(t.rowCount(), 5000);
    QCOMPARE(TableDataProbe::width(t, c), 1);
    check(t, c, e);
    t.squeeze();
    check(t, c, e);
}

void TestTableDataPool::distinctValuesTurnPlain()
{
    TableData t;
    const int c = t.addColumn(QStringLiteral("number"));
    const Expected e = make(3000, [](int r) { return QByteArray("DH-") + QByteArray::number(r); });
    fill(t, c, e, true);
    QCOMPARE(TableDataProbe::width(t, c), 0);
    check(t, c, e);
}

void TestTableDataPool::columnGoesDistinctMidway()
{
    TableData t;
    const int c = t.addColumn(QStringLiteral("name"));
    const int s = t.addColumn(QStringLiteral("status"));
    // 3,000 rows of five values, then 20,000 distinct ones: pooled at first, plain from some point on.
    const Expected e = make(23000,
        [](int r) { return r < 3000 ? kStatus[r % 5] : QByteArray("client ") + QByteArray::number(r); });
    const Expected status = make(23000, [](int r) { return kStatus[(r / 3) % 5]; });
    for (size_t r = 0; r < e.values.size(); ++r) {
        t.beginRow();
        if (e.values[r]) {
            Attributes attrs;
            if (!e.colors[r].isEmpty())
                attrs.append({ QStringLiteral("color"), e.colors[r] });
            t.setCell(c, *e.values[r], attrs);
        }
        if (status.values[r]) {
            Attributes attrs;
            if (!status.colors[r].isEmpty())
                attrs.append({ QStringLiteral("color"), status.colors[r] });
            t.setCell(s, *status.values[r], attrs);
        }
        t.endRow();
        if (r == 2999)
            QCOMPARE(TableDataProbe::width(t, c), 1);
    }
    QCOMPARE(TableDataProbe::width(t, c), 0);
    QCOMPARE(TableDataProbe::width(t, s), 1);
    check(t, c, e);
    check(t, s, status);
}

void TestTableDataPool::codesWiden()
{
    TableData t;
    const int c = t.addColumn(QStringLiteral("amount"));
    // 70,000 distinct values, each on three rows: codes widen from 1 to 2 to 4 bytes, the column stays
    // pooled.
    const Expected e = make(215000, [](int r) { return QByteArray::number((r / 3) % 70000) + " USD"; });
    fill(t, c, e, true);
    QCOMPARE(TableDataProbe::width(t, c), 4);
    check(t, c, e);
    TableData small;
    const int d = small.addColumn(QStringLiteral("date"));
    const Expected dates
        = make(4000, [](int r) { return QByteArray("2025-01-") + QByteArray::number((r / 3) % 1200); });
    fill(small, d, dates, false);
    QCOMPARE(TableDataProbe::width(small, d), 2);
    check(small, d, dates);
}

void TestTableDataPool::hugeValues()
{
    // One 1 MiB value on 100 rows is kept once.
    const QByteArray big(1 << 20, 'x');
    TableData t;
    const int c = t.addColumn(QStringLiteral("body"));
    const Expected e = make(100, [&big](int r) { return r % 2 ? big : QByteArray("small"); });
    fill(t, c, e, true);
    QCOMPARE(TableDataProbe::width(t, c), 1);
    check(t, c, e);
    t.squeeze();
    QVERIFY2(t.memoryUsage() < 2u << 20, QByteArray::number(qulonglong(t.memoryUsage())));
    // Distinct 1 MiB values pass the dictionary's byte bound: the column turns plain, nothing lost.
    TableData d;
    const int dc = d.addColumn(QStringLiteral("body"));
    const Expected distinct = make(40, [&big](int r) { return QByteArray::number(r) + big; });
    fill(d, dc, distinct, true);
    QCOMPARE(TableDataProbe::width(d, dc), 0);
    check(d, dc, distinct);
}

void TestTableDataPool::appendRowsAcrossForms()
{
    const auto table = [](const Expected &e) {
        TableData t;
        const int c = t.addColumn(QStringLiteral("x"));
        fill(t, c, e, true);
        return t;
    };
    const Expected pooledA = make(1000, [](int r) { return kStatus[r % 5]; });
    const Expected pooledB = make(1000, [](int r) { return kStatus[(r + 2) % 5] + "!"; });
    const Expected plainA = make(1000, [](int r) { return QByteArray("n") + QByteArray::number(r); });
    const Expected plainB = make(1000, [](int r) { return QByteArray("m") + QByteArray::number(r); });
    const Expected *pages[] = { &pooledA, &plainA, &pooledB, &plainB };
    // Every order of a pooled and a plain page into an empty table: pooled+pooled, pooled+plain,
    // plain+pooled, plain+plain, and the four together.
    for (const auto &order : std::vector<std::vector<int>> {
             { 0, 2 }, { 0, 1 }, { 1, 0 }, { 1, 3 }, { 0, 1, 2, 3 }, { 1, 3, 0, 2 } }) {
        TableData into;
        into.addColumn(QStringLiteral("other")); // a column the pages lack: padded as absent
        Expected expected;
        for (const int p : order) {
            into.appendRows(table(*pages[p]));
            expected = concat(expected, *pages[p]);
        }
        const int c = into.columnIndex(QStringLiteral("x"));
        QCOMPARE(into.rowCount(), int(expected.values.size()));
        check(into, c, expected);
        QVERIFY(!into.hasCell(into.rowCount() - 1, 0));
        // Rows go on being built after the append, in whatever form the column took.
        into.beginRow();
        into.setCell(c, QByteArray("Credited"));
        into.endRow();
        QCOMPARE(into.cellView(into.rowCount() - 1, c), QByteArrayView("Credited"));
    }
    // A pooled page whose values make the pooled table mostly distinct: the table turns plain midway.
    TableData into = table(make(300, [](int r) { return kStatus[r % 5]; }));
    QCOMPARE(TableDataProbe::width(into, 0), 1);
    const Expected distinct = make(2000, [](int r) { return QByteArray("d") + QByteArray::number(r); });
    TableData page;
    page.addColumn(QStringLiteral("x"));
    fill(page, 0, distinct, true);
    into.appendRows(page);
    QCOMPARE(TableDataProbe::width(into, 0), 0);
    check(into, 0, concat(make(300, [](int r) { return kStatus[r % 5]; }), distinct));
}

void TestTableDataPool::pagesPoolAgain()
{
    // Pages of 1,000 rows drawing names from 3,000: each page looks distinct (plain), 20 pages do not.
    QRandomGenerator random(17);
    Expected all;
    TableData model;
    for (int p = 0; p < 20; ++p) {
        const Expected e = make(1000,
            [&random](int) { return QByteArray("Client ") + QByteArray::number(random.bounded(3000)); });
        TableData page;
        page.addColumn(QStringLiteral("name"));
        fill(page, 0, e, true);
        page.squeeze();
        QCOMPARE(TableDataProbe::width(page, 0), 0);
        model.appendRows(page);
        all = concat(all, e);
    }
    QCOMPARE(TableDataProbe::width(model, 0), 2);
    check(model, 0, all);
}

void TestTableDataPool::squeezedCopyAndSnapshotKeepBuilding()
{
    TableData t;
    const int c = t.addColumn(QStringLiteral("status"));
    const Expected e = make(2000, [](int r) { return kStatus[r % 5]; });
    fill(t, c, e, true);
    t.squeeze(); // frees the dictionary's hash: the next value rebuilds it
    TableData copy = t;
    TableData snapshot = t.columnSnapshot(c);
    const Expected more = make(
        300, [](int r) { return r % 2 ? kStatus[r % 5] : QByteArray("new ") + QByteArray::number(r % 9); });
    for (TableData *x : { &t, &copy, &snapshot }) {
        fill(*x, 0, more, true);
        QCOMPARE(TableDataProbe::width(*x, 0), 1);
    }
    check(t, c, concat(e, more));
    check(copy, c, concat(e, more));
    for (int r = 0; r < snapshot.rowCount(); ++r)
        QCOMPARE(snapshot.cellView(r, 0), t.cellView(r, c));
}

void TestTableDataPool::parsedListPoolsRepeatedColumns()
{
    const Reply reply = ReplyParser::parse(paymentListXml(20000, true));
    QVERIFY(reply.table);
    const TableData &t = *reply.table;
    int pooled = 0, plain = 0;
    for (int c = 0; c < t.columnCount(); ++c)
        (TableDataProbe::width(t, c) ? pooled : plain)++;
    QVERIFY2(
        pooled >= 3 && plain >= 1, qPrintable(QStringLiteral("%1 pooled, %2 plain").arg(pooled).arg(plain)));
    const QStringList columns = paymentRowColumns(true);
    QCOMPARE(t.columns(), columns);
    for (int row = 0; row < t.rowCount(); row += 37) {
        for (int c = 0; c < columns.size(); ++c) {
            const QString expected = paymentCell(row, 20000, columns.at(c), true);
            QCOMPARE(t.hasCell(row, c), !expected.isNull());
            QCOMPARE(t.cell(row, c), expected.isNull() ? QString() : expected);
        }
        QCOMPARE(t.cellAttributes(row, t.columnIndex(QStringLiteral("status"))).isEmpty(), row % 4 != 2);
    }
}

void TestTableDataPool::repetitiveTableMemory()
{
    // 100,000 rows of the columns a payment list repeats: status, payment method, recipient, a date, a name
    // (200 clients: a column of thousands of names turns plain in one reply and is pooled again when pages of
    // it are appended, pagesPoolAgain).
    QRandomGenerator random(5);
    TableData t;
    const QStringList names { QStringLiteral("status"), QStringLiteral("paymethod_name"),
        QStringLiteral("recipient_name"), QStringLiteral("create_date"), QStringLiteral("sender_name") };
    for (const QString &n : names)
        t.addColumn(n);
    size_t plainBytes = 0; // what the plain store holds at least: the bytes and a 4-byte offset per cell
    for (int r = 0; r < 100000; ++r) {
        const QByteArray v[]
            = { kStatus[random.bounded(5)], random.bounded(2) ? "Bank transfer" : "Карта", "Demo Hosting LLC",
                  "2025-0" + QByteArray::number(1 + random.bounded(9)) + "-1"
                      + QByteArray::number(random.bounded(10)),
                  "Vera Smith #" + QByteArray::number(random.bounded(200)) };
        t.beginRow();
        for (int c = 0; c < 5; ++c) {
            t.setCell(c, v[c]);
            plainBytes += size_t(v[c].size()) + 4;
        }
        t.endRow();
    }
    t.squeeze();
    const size_t memory = t.memoryUsage();
    qInfo("repetitive 100k x 5: %.2f MiB pooled, the plain store at least %.2f MiB", memory / 1048576.0,
        plainBytes / 1048576.0);
    QVERIFY2(
        memory < 1000000, QByteArray::number(qulonglong(memory))); // 7 bytes per row and the dictionaries
    QVERIFY(plainBytes > 8 * memory);
    for (int c = 0; c < 5; ++c)
        QVERIFY(TableDataProbe::width(t, c) != 0);
}

QTEST_GUILESS_MAIN(TestTableDataPool)
#include "tst_tabledatapool.moc"
