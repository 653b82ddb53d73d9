#pragma once
// Loads a list into a TableModel page by page through net::Connection (docs/protocol.md §5): explicit
// p_num/p_cnt on every request (the server remembers paging per user), stops when a page repeats (clamped
// past the end) or comes back short, takes the total from p_elems, sorts on the server when the column is
// sortable there and not every row is loaded yet. Also runs the list's actions. Its jobs are cancelled when
// it is destroyed.

#include "core/net/apijob.h"
#include "core/net/connection.h"
#include "core/protocol/request.h"

#include <QObject>
#include <QPointer>
#include <QSharedPointer>

#include <optional>

namespace mgrdesk::models {

class TableModel;

class ListLoader : public QObject
{
    Q_OBJECT
public:
    ListLoader(net::Connection *connection, TableModel *model, QObject *parent = nullptr);
    ~ListLoader() override;

    void setFunction(const QString &function) { m_function = function; }
    QString function() const { return m_function; }
    void setPlid(const QString &plid) { m_plid = plid; }
    QString plid() const { return m_plid; }
    // Extra parameters sent with every page (a filter such as filter=on&status=1).
    void setParameters(const QList<protocol::Request::Param> &params) { m_params = params; }
    QList<protocol::Request::Param> parameters() const { return m_params; }
    void setPageSize(int rows) { m_pageSize = rows > 0 ? rows : 1; }
    int pageSize() const { return m_pageSize; }
    // A small first page, so the first rows are on screen before a big page is built, sent and parsed: load()
    // asks page 1 with p_cnt=firstPageSize() (out=devel), shows it, then asks page 1 again with the full page
    // size and appends the rows after the ones shown (a list changed in between replaces them). Pages 2… are
    // full pages as before, so p_num/p_cnt paging is unchanged. Automatic (-1, the default): 100 rows when
    // the page size is 1,000 or more, else off; 0: off; N: N rows when N < pageSize().
    void setFirstPageSize(int rows) { m_firstPageSize = rows; }
    int firstPageSize() const; // the rows the first request of load() asks for (pageSize() when off)
    static constexpr int kAutoFirstPageSize = 100;
    static constexpr int kAutoFirstPageFrom = 1000;
    void setJobOptions(const net::JobOptions &options) { m_options = options; }
    net::JobOptions jobOptions() const { return m_options; } // su: the list's other requests use it too
    net::Connection *connection() const { return m_connection; }
    TableModel *model() const; // defined out of line: QPointer<TableModel> needs the complete type

    void load(); // from page 1; the model is reset when the first page arrives
    void refresh(); // reloads as many rows as are loaded, then swaps them in (the view keeps its place)
    void fetchMore(); // the next page, when there is one and nothing is loading
    void loadAll(); // every remaining page (export); completed() when done
    void cancel(); // the running request, if any; what is loaded stays

    bool canFetchMore() const { return !m_complete && !m_job && m_started && !m_handling; }
    bool isLoading() const { return !m_job.isNull(); }
    bool isComplete() const { return m_complete; }
    std::optional<qint64> total() const { return m_total; }
    int loadedRows() const;
    // Only the small first page is loaded; the rest of page 1 is asked (or will be, by
    // fetchMore()/loadAll()).
    bool hasPartialFirstPage() const { return m_headRows > 0; }
    QString lastError() const { return m_lastError; }

    // Called by TableModel::sort(): true when the loader takes it (reload sorted by the server).
    bool sortOnServer(int column, Qt::SortOrder order);
    QString serverSortColumn() const { return m_sortColumn; }

    // Runs an action request (group delete, suspend, …); actionFinished() reports it. The list is not
    // refreshed here: the caller decides (ListView shows the result, then refreshes).
    void runAction(const protocol::Request &request);

Q_SIGNALS:
    void loadingChanged(bool loading);
    // A page was added. With a small first page, page 1 is reported once, when its first rows arrive; the
    // rest of page 1 comes as rows inserted into the model (no second pageLoaded(1)).
    void pageLoaded(int page, int rows);
    void completed(); // every row of the list is loaded
    void refreshed(); // refresh() finished and the model holds the new rows
    void failed(const QString &message);
    void actionFinished(const mgrdesk::protocol::Request &request, bool ok, const QString &message);

private:
    // Rest: page 1 again at the full page size, after a small first page (the rows after those shown).
    enum class Mode { Load, Append, Refresh, Rest };
    void requestPage(int page, Mode mode, int count = 0); // count: p_cnt when not the page size
    void requestNext(); // the rest of page 1, else the next page
    void onPage(const net::ApiResult &result, int page, Mode mode, int count, quint64 generation);
    void takeRest(const QSharedPointer<protocol::TableData> &table);
    void finishRefresh();
    void setJob(net::ApiJob *job);

    QPointer<net::Connection> m_connection;
    QPointer<TableModel> m_model;
    QString m_function, m_plid;
    QList<protocol::Request::Param> m_params;
    net::JobOptions m_options;
    int m_pageSize = 1000;
    int m_firstPageSize = -1; // automatic
    int m_headRows = 0; // rows of a small first page, while the rest of page 1 is not loaded
    QPointer<net::ApiJob> m_job;
    quint64 m_generation = 0;
    bool m_started = false;
    bool m_complete = false;
    bool m_loadAll = false;
    bool m_handling = false; // inside onPage: views asking fetchMore() must wait
    int m_pagesLoaded = 0;
    int m_refreshPages = 0;
    QString m_firstKeyOfLastPage;
    std::optional<qint64> m_total;
    QString m_sortColumn; // server-side sort, empty = the server's own
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QSharedPointer<protocol::TableData> m_refreshData;
    QString m_lastError;
    QList<QPointer<net::ApiJob>> m_actions;
};

} // namespace mgrdesk::models
