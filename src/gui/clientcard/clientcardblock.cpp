#include "clientcardblock.h"

#include "icons/iconprovider.h"
#include "lists/celldelegate.h"

#include "core/models/tablemodel.h"
#include "core/net/apijob.h"
#include "core/net/connection.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace mgrdesk::gui {

using protocol::Reply;
using protocol::ReplyKind;
using protocol::Request;
using routing::PageRequest;

ClientCardBlock::ClientCardBlock(net::Connection *connection, const ClientCardListSpec &spec,
    const net::JobOptions &options, int rows, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_spec(spec)
    , m_options(options)
    , m_rows(qMax(1, rows))
{
    setObjectName(QStringLiteral("block_") + spec.name);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *frame = new QGroupBox(spec.title, this);
    outer->addWidget(frame);
    auto *layout = new QVBoxLayout(frame);
    layout->setSpacing(4);

    auto *header = new QHBoxLayout;
    m_status = new QLabel(frame);
    m_status->setObjectName(QStringLiteral("status"));
    header->addWidget(m_status, 1);
    m_refresh = new QToolButton(frame);
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_refresh->setIcon(IconProvider::icon(QStringLiteral("t-refresh")));
    m_refresh->setToolTip(tr("Refresh %1").arg(spec.title));
    m_refresh->setAccessibleName(tr("Refresh %1").arg(spec.title));
    m_refresh->setAutoRaise(true);
    connect(m_refresh, &QToolButton::clicked, this, &ClientCardBlock::refresh);
    header->addWidget(m_refresh);
    m_openList = new QToolButton(frame);
    m_openList->setObjectName(QStringLiteral("openList"));
    m_openList->setText(tr("Open list"));
    m_openList->setToolTip(tr("Open the whole list, filtered to this client"));
    m_openList->setAutoRaise(true);
    m_openList->setEnabled(false);
    connect(m_openList, &QToolButton::clicked, this, [this] { Q_EMIT openRequested(listRequest()); });
    header->addWidget(m_openList);
    layout->addLayout(header);

    m_model = new models::TableModel(this);
    m_table = new QTableView(frame);
    m_table->setObjectName(QStringLiteral("blockTable"));
    m_table->setAccessibleName(spec.title);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new CellDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    // compact: exactly m_rows rows of one text line, a horizontal scroll bar for wide lists, no vertical one
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    fitHeight();
    connect(m_table, &QAbstractItemView::activated, this,
        [this](const QModelIndex &index) { Q_EMIT openRequested(requestForRow(index.row())); });
    layout->addWidget(m_table);

    m_error = new QLabel(frame);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #ffffff; background: #b00020; padding: 4px;"));
    m_error->hide();
    layout->addWidget(m_error);
}

void ClientCardBlock::fitHeight()
{
    const int row
        = m_model->rowCount() > 0 ? m_table->rowHeight(0) : m_table->verticalHeader()->defaultSectionSize();
    m_table->setFixedHeight(m_rows * row + m_table->horizontalHeader()->sizeHint().height()
        + m_table->horizontalScrollBar()->sizeHint().height() + 2 * m_table->frameWidth() + 2);
}

QString ClientCardBlock::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString ClientCardBlock::statusText() const
{
    return m_status->text();
}

void ClientCardBlock::load(const QString &value)
{
    m_value = value;
    refresh();
}

void ClientCardBlock::refresh()
{
    if (!m_connection || m_value.isEmpty())
        return;
    const int generation = ++m_generation;
    m_loaded = false;
    m_loading = true;
    m_error->hide();
    m_status->setText(tr("Loading…"));
    if (m_spec.filter == ClientCardListSpec::Filter::Params) {
        fetchList();
        return;
    }
    // The server remembers the filter per user and list: set it to this client, then read the first page.
    Request set(m_spec.function + QStringLiteral(".setfilter"));
    set.setElid(m_value);
    net::ApiJob *job = m_connection->send(set, this, m_options);
    connect(job, &net::ApiJob::finished, this, [this, generation](const net::ApiResult &result) {
        if (generation != m_generation || result.status == net::ApiResult::Status::Cancelled)
            return;
        if (!result.ok()) {
            fail(result.message);
            return;
        }
        fetchList();
    });
}

void ClientCardBlock::fetchList()
{
    if (!m_connection)
        return;
    const int generation = m_generation;
    Request r(m_spec.function);
    if (m_spec.filter == ClientCardListSpec::Filter::Params) {
        r.set(QStringLiteral("filter"), QStringLiteral("on"));
        r.set(m_spec.filterField, m_value);
    }
    r.set(QStringLiteral("out"), QStringLiteral("devel"));
    r.setPage(1, m_rows);
    if (!m_spec.sortColumn.isEmpty())
        r.setSort(m_spec.sortColumn, Qt::DescendingOrder);
    net::ApiJob *job = m_connection->send(r, this, m_options);
    connect(job, &net::ApiJob::finished, this,
        [this, generation](const net::ApiResult &result) { finishList(result, generation); });
}

void ClientCardBlock::finishList(const net::ApiResult &result, int generation)
{
    if (generation != m_generation || result.status == net::ApiResult::Status::Cancelled)
        return;
    if (!result.ok()) {
        fail(result.message);
        return;
    }
    const Reply &reply = result.reply;
    if (reply.kind != ReplyKind::Table || !reply.table) {
        fail(tr("The server's answer is not a list."));
        return;
    }
    m_defaultFunc.clear();
    m_defaultType.clear();
    for (const protocol::ToolButton &b : reply.table->metadata.toolbar) {
        if (b.isDefault) {
            m_defaultFunc = b.func;
            m_defaultType = b.type;
            break;
        }
    }
    const int rows = reply.table->rowCount();
    const qint64 total = reply.table->total.value_or(rows);
    m_model->setData(reply.table);
    for (int r = 0; r < m_model->rowCount(); ++r)
        m_table->setRowHidden(r, r >= m_rows);
    m_table->resizeColumnsToContents();
    fitHeight();
    if (rows == 0)
        m_status->setText(tr("No records"));
    else
        m_status->setText(tr("%1 of %2").arg(qMin(rows, m_rows)).arg(total));
    m_openList->setEnabled(true);
    m_loading = false;
    m_loaded = true;
    Q_EMIT loaded(true);
}

void ClientCardBlock::fail(const QString &message)
{
    m_model->clear();
    m_error->setText(message.isEmpty() ? tr("The list could not be loaded.") : message);
    m_error->show();
    m_status->setText(tr("Not loaded"));
    m_openList->setEnabled(!m_value.isEmpty());
    m_loading = false;
    m_loaded = true;
    Q_EMIT loaded(false);
}

void ClientCardBlock::showError(const QString &message)
{
    ++m_generation;
    m_value.clear();
    fail(message);
}

PageRequest ClientCardBlock::listRequest() const
{
    PageRequest next;
    next.function = m_spec.function;
    next.kind = QString::fromLatin1(routing::PageKind::List);
    return next;
}

PageRequest ClientCardBlock::requestForRow(int row) const
{
    const QString key = m_model->rowKey(row);
    if (key.isEmpty() || m_defaultFunc.isEmpty())
        return listRequest();
    PageRequest next;
    next.function = m_defaultFunc;
    if (m_defaultType == QLatin1String("editlist")) {
        next.plid = key;
        next.kind = QString::fromLatin1(routing::PageKind::List);
    } else {
        next.elid = key;
        next.kind = QString::fromLatin1(routing::PageKind::Form);
    }
    return next;
}

} // namespace mgrdesk::gui
