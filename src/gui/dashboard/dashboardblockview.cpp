#include "dashboardblockview.h"

#include "icons/iconprovider.h"
#include "lists/celldelegate.h"
#include "reports/reportchart.h"

#include "core/models/tablemodel.h"
#include "core/net/apijob.h"
#include "core/net/connection.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace mgrdesk::gui {

using namespace mgrdesk::protocol;

DashboardBlockView::DashboardBlockView(
    net::Connection *connection, const DashboardBlock &block, const net::JobOptions &options, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_block(block)
    , m_options(options)
{
    setObjectName(QStringLiteral("block_") + block.name);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *frame = new QGroupBox(block.title.isEmpty() ? block.name : block.title, this);
    outer->addWidget(frame);
    auto *layout = new QVBoxLayout(frame);
    auto *header = new QHBoxLayout;
    header->addStretch(1);
    if (block.type != QLatin1String("toolbar")) {
        auto *refresh = new QToolButton(frame);
        refresh->setObjectName(QStringLiteral("refresh"));
        refresh->setIcon(IconProvider::icon(QStringLiteral("t-refresh")));
        refresh->setText(tr("Refresh"));
        refresh->setToolTip(tr("Refresh this block"));
        refresh->setAutoRaise(true);
        connect(refresh, &QToolButton::clicked, this, &DashboardBlockView::refresh);
        header->addWidget(refresh);
        layout->addLayout(header);
    } else {
        delete header;
    }
    m_body = new QVBoxLayout;
    layout->addLayout(m_body);
    m_error = new QLabel(frame);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    if (block.type == QLatin1String("toolbar")) {
        auto *row = new QHBoxLayout;
        for (const DashboardButton &b : block.buttons) {
            auto *button = new QToolButton(frame);
            button->setObjectName(QStringLiteral("button_") + b.name);
            button->setText(b.title.isEmpty() ? b.name : b.title);
            button->setIcon(IconProvider::icon(b.img));
            button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
            button->setIconSize(QSize(32, 32));
            button->setMinimumWidth(96);
            const QString target = b.target();
            // form= opens a form, list= a list; a bare func/name: the router decides from the name
            const QString kind = !b.form.isEmpty() ? QStringLiteral("form")
                : !b.list.isEmpty()                ? QStringLiteral("list")
                                                   : QString();
            connect(button, &QToolButton::clicked, this,
                [this, target, kind] { Q_EMIT openRequested(target, kind); });
            m_buttons.append(button);
            row->addWidget(button);
        }
        row->addStretch(1);
        m_body->addLayout(row);
        m_loaded = true;
    } else if (block.type == QLatin1String("list")) {
        m_model = new models::TableModel(this);
        m_table = new QTableView(frame);
        m_table->setObjectName(QStringLiteral("blockTable"));
        m_table->setModel(m_model);
        m_table->setItemDelegate(new CellDelegate(m_table));
        m_table->verticalHeader()->hide();
        m_table->horizontalHeader()->setStretchLastSection(true);
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
        const int rows = qMax(1, block.rows);
        m_table->setFixedHeight(rows * m_table->verticalHeader()->defaultSectionSize()
            + m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth() + 2);
        m_body->addWidget(m_table);
        m_more = new QToolButton(frame);
        m_more->setObjectName(QStringLiteral("more"));
        m_more->setText(tr("More…"));
        m_more->setAutoRaise(true);
        const QString func = block.func;
        connect(m_more, &QToolButton::clicked, this,
            [this, func] { Q_EMIT openRequested(func, QStringLiteral("list")); });
        m_body->addWidget(m_more, 0, Qt::AlignRight);
    }
}

QString DashboardBlockView::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void DashboardBlockView::setError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    m_loaded = true;
    Q_EMIT loaded();
}

void DashboardBlockView::refresh()
{
    if (!m_connection || m_block.func.isEmpty() || m_block.type == QLatin1String("toolbar"))
        return;
    Request r(m_block.func);
    r.set(QStringLiteral("out"), QStringLiteral("devel"));
    if (m_block.type == QLatin1String("list")) {
        r.setPage(1, qMax(1, m_block.rows));
        for (const ReportColumn &c : m_block.columns) {
            if (c.sorted.isEmpty())
                continue;
            const bool desc = c.sorted.startsWith(QLatin1Char('-')) || c.sorted == QLatin1String("desc");
            r.setSort(c.name, desc ? Qt::DescendingOrder : Qt::AscendingOrder);
            break;
        }
    }
    m_loaded = false;
    m_error->hide();
    net::ApiJob *job = m_connection->send(r, this, m_options);
    connect(job, &net::ApiJob::finished, this, [this](const net::ApiResult &result) {
        if (!result.ok()) {
            setError(result.message);
            return;
        }
        if (m_block.type == QLatin1String("list"))
            showList(result.reply);
        else
            showReport(result.reply);
    });
}

void DashboardBlockView::showList(const Reply &reply)
{
    if (reply.kind != ReplyKind::Table || !reply.table) {
        setError(tr("The block's list could not be read."));
        return;
    }
    m_model->setData(reply.table);
    // only the block's columns, at most its rows
    QStringList wanted;
    for (const ReportColumn &c : m_block.columns)
        wanted << c.name;
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnHidden(c, !wanted.isEmpty() && !wanted.contains(m_model->columnName(c)));
    for (int r = 0; r < m_model->rowCount(); ++r)
        m_table->setRowHidden(r, m_block.rows > 0 && r >= m_block.rows);
    m_table->resizeColumnsToContents();
    m_loaded = true;
    Q_EMIT loaded();
}

void DashboardBlockView::showReport(const Reply &reply)
{
    if (reply.kind != ReplyKind::Report || !reply.report) {
        setError(tr("The block's report could not be read."));
        return;
    }
    delete m_chart;
    m_chart = nullptr;
    for (const ReportBand &band : reply.report->bands) {
        const auto data = reply.report->dataOf(band.name);
        if (band.diagrams.isEmpty() || !data)
            continue;
        m_chart = new ReportChart(band.diagrams.first(), data->table, band, this);
        m_chart->setObjectName(QStringLiteral("blockChart"));
        m_chart->setCompact(true);
        m_chart->setMinimumHeight(220);
        m_body->addWidget(m_chart);
        break;
    }
    if (!m_chart)
        setError(tr("The report has no chart to show."));
    m_loaded = true;
    Q_EMIT loaded();
}

} // namespace mgrdesk::gui
