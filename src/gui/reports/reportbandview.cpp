#include "reportbandview.h"

#include "lists/celldelegate.h"
#include "reportchart.h"

#include "core/models/tablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mgrdesk::gui {

using namespace mgrdesk::protocol;

ReportBandView::ReportBandView(const ReportBand &band, QSharedPointer<ReportBandData> data, QWidget *parent)
    : QWidget(parent)
    , m_band(band)
    , m_data(std::move(data))
{
    setObjectName(QStringLiteral("band_") + band.name);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(band.title.isEmpty() ? band.name : band.title, this);
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);

    QSharedPointer<TableData> table = m_data ? m_data->table : QSharedPointer<TableData>::create();
    // the band's columns, in metadata order, with their titles: what the list model shows
    table->metadata.present = true;
    table->metadata.columns.clear();
    for (const ReportColumn &c : band.columns) {
        ColumnInfo info;
        info.name = c.name;
        info.type = c.type.isEmpty() ? QStringLiteral("data") : c.type;
        info.sort = c.sort;
        info.sorted = c.sorted;
        info.title = c.title.isEmpty() ? c.name : c.title;
        table->metadata.columns.append(info);
        if (!c.title.isEmpty())
            table->messages.insert(c.name, c.title);
        table->addColumn(c.name);
        if (c.link && m_linkColumn.isEmpty())
            m_linkColumn = c.name;
    }
    m_model = new models::TableModel(this);
    m_model->setData(table);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("bandTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new CellDelegate(m_table));
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the server's order first
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    const int rows = m_model->rowCount();
    m_table->setMinimumHeight(qMin(rows, 12) * m_table->verticalHeader()->defaultSectionSize()
        + m_table->horizontalHeader()->sizeHint().height() + 4);
    layout->addWidget(m_table, 1);

    m_totals = reportTotals(band, *table);
    m_footer = new QTableWidget(1, m_model->columnCount(), this);
    m_footer->setObjectName(QStringLiteral("bandFooter"));
    m_footer->horizontalHeader()->hide();
    m_footer->verticalHeader()->hide();
    m_footer->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_footer->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_footer->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_footer->setFixedHeight(m_footer->verticalHeader()->defaultSectionSize() + 2);
    m_footer->setFocusPolicy(Qt::NoFocus);
    m_footer->setAccessibleName(tr("Totals"));
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QString text;
        for (const ReportTotal &t : std::as_const(m_totals))
            if (t.column == m_model->columnName(c))
                text = t.kind == QLatin1String("count") ? tr("%n row(s)", nullptr, int(t.value))
                                                        : QLocale().toString(t.value, 'f', t.decimals);
        auto *item = new QTableWidgetItem(text);
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
        item->setData(Qt::UserRole, m_model->columnName(c));
        m_footer->setItem(0, c, item);
    }
    m_footer->setVisible(!m_totals.isEmpty());
    layout->addWidget(m_footer);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, &ReportBandView::syncFooter);
    connect(m_table->horizontalScrollBar(), &QScrollBar::valueChanged, m_footer->horizontalScrollBar(),
        &QScrollBar::setValue);

    if (!band.diagrams.isEmpty()) {
        auto *charts = new QHBoxLayout;
        for (const ReportDiagram &d : band.diagrams) {
            auto *chart = new ReportChart(d, table, band, this);
            chart->setObjectName(QStringLiteral("chart_") + d.name);
            chart->setMinimumHeight(280);
            m_charts.append(chart);
            charts->addWidget(chart, 1);
        }
        layout->addLayout(charts);
    }

    if (!m_linkColumn.isEmpty()) {
        m_table->setMouseTracking(true);
        connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
            if (m_model->columnName(index.column()) != m_linkColumn)
                return;
            const int source = m_model->sourceRow(index.row());
            if (canOpen(source))
                Q_EMIT openRequested(source);
        });
        connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
            const int source = m_model->sourceRow(index.row());
            if (canOpen(source))
                Q_EMIT openRequested(source);
        });
        m_table->setToolTip(
            tr("Click a value of “%1” to open its details")
                .arg(m_band.column(m_linkColumn)->title.isEmpty() ? m_linkColumn
                                                                  : m_band.column(m_linkColumn)->title));
    }
    syncFooter();
}

void ReportBandView::syncFooter()
{
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_footer->setColumnWidth(c, m_table->columnWidth(c));
}

QString ReportBandView::footerText(const QString &column) const
{
    for (int c = 0; c < m_footer->columnCount(); ++c)
        if (m_footer->item(0, c)->data(Qt::UserRole).toString() == column)
            return m_footer->item(0, c)->text();
    return {};
}

bool ReportBandView::canOpen(int sourceRow) const
{
    if (m_linkColumn.isEmpty() || !m_data)
        return false;
    for (const ReportBand &nested : m_band.bands)
        if (const auto d = m_data->nestedBand(sourceRow, nested.name); d && d->table->rowCount() > 0)
            return true;
    return false;
}

QString ReportBandView::linkText(int sourceRow) const
{
    const TableData *t = m_model->tableData();
    const int c = t ? t->columnIndex(m_linkColumn) : -1;
    return c >= 0 ? t->cell(sourceRow, c) : QString();
}

} // namespace mgrdesk::gui
