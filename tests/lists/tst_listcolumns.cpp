// gui::ListView's first column sizing (issue 17, "Speed you can feel"): the widths come from the rows that
// fit in the viewport, not from the first 1,000 rows QHeaderView would ask the delegate for (that sizing was
// most of the GUI thread's stall before the first rows were painted). Offscreen, no server: the first page is
// given to the view's model directly, as ListLoader does when page 1 arrives.
#include "lists/listview.h"

#include "core/models/tablemodel.h"
#include "core/settings/settings.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace mgrdesk;
using gui::ListView;

namespace {
// A first page of `rows` rows: id, name, amount; `name` is "short" except at the rows in `longAt`.
QSharedPointer<protocol::TableData> page(int rows, const QList<int> &longAt, const QString &longText)
{
    auto t = QSharedPointer<protocol::TableData>::create();
    const int id = t->addColumn(QStringLiteral("id"));
    const int name = t->addColumn(QStringLiteral("name"));
    const int amount = t->addColumn(QStringLiteral("amount"));
    for (int r = 0; r < rows; ++r) {
        t->beginRow();
        t->setCell(id, QByteArray::number(r + 1));
        t->setCell(name, longAt.contains(r) ? longText.toUtf8() : QByteArrayLiteral("short"));
        t->setCell(amount, QByteArrayLiteral("10.00 USD"));
        t->endRow();
    }
    t->keyColumn = QStringLiteral("id");
    return t;
}

QString longText()
{
    return QStringLiteral("A very long client name that nobody sees on the first screen of the list")
        .repeated(3);
}
} // namespace

class TestListColumns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<settings::Settings>(m_dir.filePath(QStringLiteral("mgrdesk.ini")));
        settings::Settings::setApplication(m_settings.get());
    }
    void cleanupTestCase() { settings::Settings::setApplication(nullptr); }

    void widthsComeFromTheVisibleRows()
    {
        // The long name sits far below what the viewport shows: the column is sized for "short", not for it.
        ListView view(nullptr, QStringLiteral("sizing_far"));
        view.resize(900, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int far = 900;
        QVERIFY(far > view.sizingRows() + 10);
        view.model()->setData(page(1000, { far }, longText()));
        QTableView *table = view.tableView();
        const int name = view.model()->columnForName(QStringLiteral("name"));
        QVERIFY(name >= 0);
        const QFontMetrics fm(table->font());
        const int width = table->columnWidth(name);
        QVERIFY2(width >= fm.horizontalAdvance(QStringLiteral("short")), qPrintable(QString::number(width)));
        QVERIFY2(width < fm.horizontalAdvance(longText()) / 2,
            qPrintable(QStringLiteral("%1 wide: sized for a row nobody sees").arg(width)));
        // Only the automatic sizing is bounded: a double-click on a divider keeps Qt's default sample.
        QCOMPARE(table->horizontalHeader()->resizeContentsPrecision(), 1000);
    }

    void aLongValueInAVisibleRowWidensItsColumn()
    {
        ListView view(nullptr, QStringLiteral("sizing_near"));
        view.resize(900, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.model()->setData(page(1000, { 3 }, longText()));
        QTableView *table = view.tableView();
        const int name = view.model()->columnForName(QStringLiteral("name"));
        const QFontMetrics fm(table->font());
        // `name` is not the last (stretched) section, so its width is what the sizing gave it.
        QVERIFY(table->horizontalHeader()->visualIndex(name) < table->horizontalHeader()->count() - 1);
        QVERIFY2(table->columnWidth(name) >= fm.horizontalAdvance(longText()),
            qPrintable(QStringLiteral("%1 < %2")
                           .arg(table->columnWidth(name))
                           .arg(fm.horizontalAdvance(longText()))));
        // The money column fits its values, and no column is narrower than its title.
        const int amount = view.model()->columnForName(QStringLiteral("amount"));
        QVERIFY(table->columnWidth(amount) >= fm.horizontalAdvance(QStringLiteral("10.00 USD")));
        for (int c = 0; c < view.model()->columnCount(); ++c)
            QVERIFY(table->columnWidth(c) >= fm.horizontalAdvance(view.model()->columnTitle(c)));
    }

    void sizingLooksAtTheRowsThatFit()
    {
        ListView view(nullptr, QStringLiteral("sizing_rows"));
        view.resize(900, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int rowHeight = view.tableView()->verticalHeader()->defaultSectionSize();
        const int fit = view.tableView()->viewport()->height() / rowHeight + 1;
        QCOMPARE(view.sizingRows(), qBound(ListView::kMinSizingRows, fit, ListView::kMaxSizingRows));
        view.resize(900, 4000); // taller than any screen: bounded
        QTRY_COMPARE(view.sizingRows(),
            qBound(ListView::kMinSizingRows, view.tableView()->viewport()->height() / rowHeight + 1,
                ListView::kMaxSizingRows));
        QVERIFY(view.sizingRows() <= ListView::kMaxSizingRows);
        view.resize(900, 60); // a few rows at most: still a sample of kMinSizingRows
        QTRY_COMPARE(view.sizingRows(), ListView::kMinSizingRows);
    }

    void aSavedLayoutIsNotResized()
    {
        // A list whose layout was saved gets its saved widths back, not a new sizing.
        {
            ListView view(nullptr, QStringLiteral("sizing_saved"));
            view.resize(900, 500);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            view.model()->setData(page(50, {}, QString()));
            view.tableView()->setColumnWidth(1, 333);
        } // saved when the view goes
        ListView view(nullptr, QStringLiteral("sizing_saved"));
        view.resize(900, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.model()->setData(page(50, { 2 }, longText()));
        QCOMPARE(view.tableView()->columnWidth(1), 333);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<settings::Settings> m_settings;
};

QTEST_MAIN(TestListColumns)
#include "tst_listcolumns.moc"
