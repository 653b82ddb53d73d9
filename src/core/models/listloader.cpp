#include "listloader.h"

#include "core/net/apijob.h"
#include "core/net/connection.h"
#include "tablemodel.h"

#include <QLoggingCategory>

namespace mgrdesk::models {

Q_LOGGING_CATEGORY(lcLists, "mgrdesk.lists")

ListLoader::ListLoader(net::Connection *connection, TableModel *model, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_model(model)
{
    if (model)
        model->setLoader(this);
}

TableModel *ListLoader::model() const
{
    return m_model;
}

ListLoader::~ListLoader()
{
    // The jobs are owned by this object (send(…, this)) and so cancelled by the connection; cancel explicitly
    // as well so that nothing is left running on the wire for a closed list.
    if (m_job)
        m_job->cancel();
    for (const auto &job : std::as_const(m_actions))
        if (job)
            job->cancel();
    if (m_model && m_model->loader() == this)
        m_model->setLoader(nullptr);
}

int ListLoader::loadedRows() const
{
    return m_model ? m_model->rowCount() : 0;
}

int ListLoader::firstPageSize() const
{
    int rows = m_firstPageSize;
    if (rows < 0)
        rows = m_pageSize >= kAutoFirstPageFrom ? kAutoFirstPageSize : 0;
    return rows > 0 && rows < m_pageSize ? rows : m_pageSize;
}

namespace {
// The rows of `page` from `first` on, as a page of their own (columns by name, cells with their attributes).
protocol::TableData rowsFrom(const protocol::TableData &page, int first)
{
    protocol::TableData tail;
    std::vector<int> column;
    for (const QString &name : page.columns())
        column.push_back(tail.addColumn(name));
    for (int r = first; r < page.rowCount(); ++r) {
        tail.beginRow();
        for (int c = 0; c < page.columnCount(); ++c)
            if (page.hasCell(r, c))
                tail.setCell(column[size_t(c)], page.cellUtf8(r, c), page.cellAttributes(r, c));
        tail.endRow();
    }
    tail.keyColumn = page.keyColumn;
    return tail;
}
} // namespace

void ListLoader::setJob(net::ApiJob *job)
{
    const bool was = !m_job.isNull();
    m_job = job;
    if (was != !m_job.isNull())
        Q_EMIT loadingChanged(!m_job.isNull());
}

void ListLoader::cancel()
{
    ++m_generation;
    m_loadAll = false;
    m_refreshData.reset();
    if (m_job) {
        net::ApiJob *job = m_job;
        setJob(nullptr);
        job->cancel();
    }
}

void ListLoader::load()
{
    cancel();
    m_started = true;
    m_complete = false;
    m_total.reset();
    m_pagesLoaded = 0;
    m_headRows = 0;
    m_firstKeyOfLastPage.clear();
    requestPage(1, Mode::Load, firstPageSize());
}

void ListLoader::refresh()
{
    if (!m_started || (m_pagesLoaded == 0 && m_headRows == 0)) {
        load();
        return;
    }
    const int pages = qMax(1, m_pagesLoaded); // a small first page shown: page 1 in full
    cancel();
    m_refreshPages = pages;
    requestPage(1, Mode::Refresh);
}

void ListLoader::fetchMore()
{
    if (!canFetchMore())
        return;
    requestNext();
}

void ListLoader::requestNext()
{
    if (m_headRows > 0)
        requestPage(1, Mode::Rest);
    else
        requestPage(m_pagesLoaded + 1, Mode::Append);
}

void ListLoader::loadAll()
{
    if (m_complete) {
        Q_EMIT completed();
        return;
    }
    if (!m_started) {
        load();
        m_loadAll = true;
    } else {
        m_loadAll = true;
        if (!m_job)
            requestNext();
    }
    // else: the running page continues the chain when it arrives
}

bool ListLoader::sortOnServer(int column, Qt::SortOrder order)
{
    if (!m_model || !m_connection || !m_started || m_complete || column < 0
        || !m_model->isServerSortable(column))
        return false;
    m_sortColumn = m_model->columnName(column);
    m_sortOrder = order;
    qCDebug(lcLists) << m_function << "sorted on the server by" << m_sortColumn;
    load();
    return true;
}

void ListLoader::requestPage(int page, Mode mode, int count)
{
    if (!m_connection) {
        m_lastError = tr("Not connected.");
        Q_EMIT failed(m_lastError);
        return;
    }
    protocol::Request request(m_function);
    for (const auto &p : std::as_const(m_params))
        request.set(p.first, p.second);
    if (!m_plid.isEmpty())
        request.setPlid(m_plid);
    if (count <= 0)
        count = m_pageSize;
    request.setPage(page, count);
    if (!m_sortColumn.isEmpty())
        request.setSort(m_sortColumn, m_sortOrder);
    if (page == 1)
        request.set(QStringLiteral("out"), QStringLiteral("devel")); // metadata: columns, toolbar, titles
    const quint64 generation = m_generation;
    net::ApiJob *job = m_connection->send(request, this, m_options);
    connect(job, &net::ApiJob::finished, this,
        [this, page, mode, count, generation](
            const net::ApiResult &result) { onPage(result, page, mode, count, generation); });
    setJob(job);
}

void ListLoader::onPage(const net::ApiResult &result, int page, Mode mode, int count, quint64 generation)
{
    if (generation != m_generation || !m_model)
        return; // superseded (reload, sort, cancel)
    setJob(nullptr);
    if (!result.ok()) {
        m_loadAll = false;
        m_refreshData.reset();
        if (result.status == net::ApiResult::Status::Cancelled)
            return;
        m_lastError = result.message;
        qCInfo(lcLists) << m_function << "page" << page << "failed:" << result.message;
        Q_EMIT failed(result.message);
        return;
    }
    const QSharedPointer<protocol::TableData> table = result.reply.table;
    if (!table) {
        m_loadAll = false;
        m_refreshData.reset();
        m_lastError = tr("The server did not answer with a list.");
        Q_EMIT failed(m_lastError);
        return;
    }
    if (table->total)
        m_total = table->total;
    const int rows = table->rowCount();
    const int size = table->pageSize.value_or(count) > 0 ? table->pageSize.value_or(count) : count;
    const QString firstKey = rows > 0 ? table->rowKey(0) : QString();

    // A page past the end comes back as the last page again (clamped): that is the end, not new rows.
    bool repeated = false;
    if (page > 1) {
        repeated = (table->page && *table->page != page)
            || (!firstKey.isEmpty() && firstKey == m_firstKeyOfLastPage);
    }
    bool complete = repeated || rows == 0 || rows < size;
    if (mode == Mode::Rest) {
        m_handling = true;
        takeRest(table);
        m_handling = false;
        m_pagesLoaded = 1;
        m_firstKeyOfLastPage = firstKey;
        if (m_total && m_model->rowCount() >= *m_total)
            complete = true;
        m_complete = complete;
        qCDebug(lcLists) << m_function << "rest of page 1:" << rows << "rows" << (complete ? "complete" : "");
        if (m_complete) {
            m_loadAll = false;
            Q_EMIT completed();
        } else if (m_loadAll && !m_job) {
            requestNext();
        }
        return;
    }
    m_handling
        = true; // model signals below may make a view call fetchMore(): not before the state is settled
    if (!repeated) {
        switch (mode) {
        case Mode::Load:
            m_model->setData(table);
            if (!m_sortColumn.isEmpty())
                m_model->setServerSorted(m_model->columnForName(m_sortColumn), m_sortOrder);
            break;
        case Mode::Append:
            m_model->appendPage(*table);
            break;
        case Mode::Refresh:
            if (page == 1)
                m_refreshData = table;
            else if (m_refreshData)
                m_refreshData->appendRows(*table);
            break;
        case Mode::Rest: // handled above
            break;
        }
        m_firstKeyOfLastPage = firstKey;
        const qint64 loaded = mode == Mode::Refresh ? (m_refreshData ? m_refreshData->rowCount() : 0)
                                                    : qint64(m_model->rowCount());
        if (m_total && loaded >= *m_total)
            complete = true;
        if (mode != Mode::Refresh || !m_refreshData.isNull())
            m_pagesLoaded = page;
        if (mode == Mode::Load && count < m_pageSize && !complete) {
            m_headRows = rows; // a small first page: the rest of page 1 is asked right below
            m_pagesLoaded = 0;
        }
    }
    m_handling = false;
    qCDebug(lcLists) << m_function << "page" << page << rows << "rows" << (repeated ? "(repeated)" : "")
                     << (complete ? "complete" : "");

    if (mode == Mode::Refresh) {
        if (!complete && page < m_refreshPages) {
            requestPage(page + 1, Mode::Refresh);
            return;
        }
        m_complete = complete;
        finishRefresh();
        return;
    }
    m_complete = complete;
    if (m_headRows > 0 && !m_job)
        requestPage(1, Mode::Rest); // asked before pageLoaded(): a listener's loadAll() continues after it
    Q_EMIT pageLoaded(page, rows);
    if (m_complete) {
        m_loadAll = false;
        Q_EMIT completed();
    } else if (m_loadAll && !m_job) {
        requestNext();
    }
}

void ListLoader::takeRest(const QSharedPointer<protocol::TableData> &table)
{
    const int head = m_headRows;
    m_headRows = 0;
    const protocol::TableData *shown = m_model->tableData();
    // The rows shown must be the first rows of the full page; else the list changed in between (a row added
    // or deleted elsewhere) and the full page replaces them.
    bool same = shown && shown->rowCount() >= head && table->rowCount() >= head;
    for (int r = 0; same && r < head; ++r)
        same = shown->rowKey(r) == table->rowKey(r);
    if (!same) {
        qCDebug(lcLists) << m_function << "page 1 changed after its first rows: replaced";
        m_model->setData(table);
        if (!m_sortColumn.isEmpty())
            m_model->setServerSorted(m_model->columnForName(m_sortColumn), m_sortOrder);
        return;
    }
    if (table->total)
        m_total = table->total;
    if (table->rowCount() > head)
        m_model->appendPage(rowsFrom(*table, head));
}

void ListLoader::finishRefresh()
{
    const QSharedPointer<protocol::TableData> data = m_refreshData;
    m_refreshData.reset();
    if (!data || !m_model)
        return;
    m_handling = true;
    m_headRows = 0; // the refresh brought page 1 in full
    const int column = m_model->sortColumn();
    const QString columnName = m_model->columnName(column);
    const Qt::SortOrder order = m_model->sortOrder();
    m_model->setData(data);
    const int newColumn = m_model->columnForName(columnName);
    if (!m_sortColumn.isEmpty())
        m_model->setServerSorted(m_model->columnForName(m_sortColumn), m_sortOrder);
    else if (newColumn >= 0)
        m_model->sortLocally(newColumn, order);
    m_handling = false;
    Q_EMIT refreshed();
    if (m_complete)
        Q_EMIT completed();
    if (m_loadAll && !m_complete && !m_job)
        requestPage(m_pagesLoaded + 1, Mode::Append);
}

void ListLoader::runAction(const protocol::Request &request)
{
    if (!m_connection) {
        Q_EMIT actionFinished(request, false, tr("Not connected."));
        return;
    }
    net::ApiJob *job = m_connection->send(request, this, m_options);
    m_actions.append(job);
    connect(job, &net::ApiJob::finished, this, [this, request, job](const net::ApiResult &result) {
        m_actions.removeAll(job);
        if (result.status == net::ApiResult::Status::Cancelled)
            return;
        QString message = result.message;
        if (result.ok() && message.isEmpty())
            message = tr("Done.");
        Q_EMIT actionFinished(request, result.ok(), message);
    });
}

} // namespace mgrdesk::models
