// Typed readings of list cells: numbers, money, dates (docs/protocol.md §5), and the column type sniffing.
#include "core/models/cellvalue.h"
#include "core/models/sortkeys.h"
#include "tabletestdata.h"

#include <QtTest>

using namespace mgrdesk::models;

class TestCellValue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void numbers_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("value");
        QTest::newRow("int") << QByteArray("5001") << true << 5001.0;
        QTest::newRow("negative") << QByteArray("-12.5") << true << -12.5;
        QTest::newRow("spaces around") << QByteArray("  42 ") << true << 42.0;
        QTest::newRow("decimal comma") << QByteArray("3,75") << true << 3.75;
        QTest::newRow("grouped comma") << QByteArray("1,234") << true << 1234.0;
        QTest::newRow("grouped both") << QByteArray("1,234,567.25") << true << 1234567.25;
        QTest::newRow("european") << QByteArray("1.234,5") << true << 1234.5;
        QTest::newRow("space groups") << QByteArray("1 234 567") << true << 1234567.0;
        QTest::newRow("nbsp groups") << QByteArray("12\xc2\xa0"
                                                   "345,60")
                                     << true << 12345.6;
        QTest::newRow("empty") << QByteArray("") << false << 0.0;
        QTest::newRow("text") << QByteArray("abc") << false << 0.0;
        QTest::newRow("date") << QByteArray("2024-04-10") << false << 0.0;
        QTest::newRow("trailing text") << QByteArray("12 apples") << false << 0.0;
        QTest::newRow("two commas decimals") << QByteArray("1,2,3") << true << 123.0;
        QTest::newRow("double separator") << QByteArray("1.,2") << false << 0.0;
    }
    void numbers()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QFETCH(double, value);
        const auto v = CellValue::number(text);
        QCOMPARE(v.has_value(), valid);
        if (valid)
            QCOMPARE(*v, value);
    }

    void plainNumbersReadLikeGroupedOnes()
    {
        // "1234.56" takes a shortcut; "1 234.56" and "1'234.56" the general reading: the very same double.
        for (const char *digits : { "1234.56", "98765.4321", "0.1", "7", "123456789.987654321", "-42.05" }) {
            const QByteArray plain(digits);
            const auto fast = CellValue::number(plain);
            QVERIFY(fast.has_value());
            QByteArray grouped = plain;
            const qsizetype dot = grouped.indexOf('.') < 0 ? grouped.size() : grouped.indexOf('.');
            const qsizetype firstDigit = grouped.startsWith('-') ? 1 : 0;
            if (dot - firstDigit > 3)
                grouped.insert(dot - 3, ' ');
            else
                grouped.append(' '); // trailing space: trimmed, general path not needed; still equal
            const auto general = CellValue::number(grouped);
            QVERIFY(general.has_value());
            QCOMPARE(*fast, *general); // exact
            QCOMPARE(*CellValue::money(plain + " USD"), *fast);
        }
        QVERIFY(!CellValue::number(QByteArray(70, '1')).has_value()); // longer than any cell number: not one
        QVERIFY(!CellValue::number(QByteArray("12.")).has_value());
        QCOMPARE(*CellValue::number(QByteArray("12.3.4")), 1234.0); // several dots: group separators
        QCOMPARE(*CellValue::number(QByteArray("12.3,4")), 123.4); // mixed separators: the general rules
    }

    void money_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("value");
        QTest::newRow("code after") << QByteArray("15.00 USD") << true << 15.0;
        QTest::newRow("grouped") << QByteArray("1 234.50 RUB") << true << 1234.5;
        QTest::newRow("symbol before") << QByteArray("$1,200.00") << true << 1200.0;
        QTest::newRow("negative symbol") << QByteArray("-$5") << true << -5.0;
        QTest::newRow("euro after") << QByteArray("15,00 \xe2\x82\xac") << true << 15.0;
        QTest::newRow("rub abbreviation") << QByteArray("100 \xd1\x80\xd1\x83\xd0\xb1.") << true << 100.0;
        QTest::newRow("plain number") << QByteArray("7.5") << true << 7.5;
        QTest::newRow("no digits") << QByteArray("USD") << false << 0.0;
        QTest::newRow("long words") << QByteArray("Invoice number 15") << false << 0.0;
        QTest::newRow("name with number") << QByteArray("Wayne 1234") << false << 0.0;
        QTest::newRow("status label") << QByteArray("Status 3") << false << 0.0;
        QTest::newRow("code before") << QByteArray("USD 15") << true << 15.0;
        QTest::newRow("lowercase code") << QByteArray("15 usd") << false << 0.0;
    }
    void money()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QFETCH(double, value);
        const auto v = CellValue::money(text);
        QCOMPARE(v.has_value(), valid);
        if (valid)
            QCOMPARE(*v, value);
    }

    void dates_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("key");
        QTest::newRow("iso date") << QByteArray("2024-04-10") << qint64(20240410000000);
        QTest::newRow("iso date-time") << QByteArray("2024-04-10 12:30:05") << qint64(20240410123005);
        QTest::newRow("iso no seconds") << QByteArray("2024-04-10 12:30") << qint64(20240410123000);
        QTest::newRow("dotted") << QByteArray("10.04.2024") << qint64(20240410000000);
        QTest::newRow("dotted time") << QByteArray("10.04.2024 08:00") << qint64(20240410080000);
        QTest::newRow("bad month") << QByteArray("2024-13-10") << qint64(-1);
        QTest::newRow("bad time") << QByteArray("2024-04-10 25:00") << qint64(-1);
        QTest::newRow("number") << QByteArray("20240410") << qint64(-1);
        QTest::newRow("trailing junk") << QByteArray("2024-04-10x") << qint64(-1);
    }
    void dates()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, key);
        const auto v = CellValue::dateKey(text);
        QCOMPARE(v.has_value(), key >= 0);
        if (v)
            QCOMPARE(*v, key);
    }

    void dateTimeFromKey()
    {
        QCOMPARE(CellValue::dateTimeFromKey(20240410123005), QDateTime(QDate(2024, 4, 10), QTime(12, 30, 5)));
    }

    void sniff()
    {
        using test::makeTable;
        using test::sl;
        const auto t = makeTable({
            { { "id", "2" }, { "date", "2024-01-02" }, { "sum", "15.00 USD" }, { "name", "Bob" },
                { "mixed", "5" } },
            { { "id", "10" }, { "date", "2023-12-31 10:00" }, { "sum", "3 EUR" }, { "name", "alice" },
                { "mixed", "x" } },
            { { "id", "1" }, { "sum", "7" } }, // sparse: date, name absent
        });
        QCOMPARE(SortKeys::sniff(*t, t->columnIndex(QStringLiteral("id"))), SortKeys::Type::Number);
        QCOMPARE(SortKeys::sniff(*t, t->columnIndex(QStringLiteral("date"))), SortKeys::Type::Date);
        QCOMPARE(SortKeys::sniff(*t, t->columnIndex(QStringLiteral("sum"))), SortKeys::Type::Money);
        QCOMPARE(SortKeys::sniff(*t, t->columnIndex(QStringLiteral("name"))), SortKeys::Type::Text);
        QCOMPARE(SortKeys::sniff(*t, t->columnIndex(QStringLiteral("mixed"))), SortKeys::Type::Text);
        QCOMPARE(SortKeys::sniff(*t, -1), SortKeys::Type::Text);
    }

    void orderIsStableCountingSort()
    {
        const std::vector<quint32> ranks { 2, 0, 1, 2, 1, 0 };
        QCOMPARE(SortKeys::order(ranks, Qt::AscendingOrder), (std::vector<int> { 1, 5, 2, 4, 0, 3 }));
        QCOMPARE(SortKeys::order(ranks, Qt::DescendingOrder), (std::vector<int> { 0, 3, 2, 4, 1, 5 }));
        QCOMPARE(SortKeys::order({}, Qt::AscendingOrder), std::vector<int> {});
    }
};

QTEST_GUILESS_MAIN(TestCellValue)
#include "tst_cellvalue.moc"
