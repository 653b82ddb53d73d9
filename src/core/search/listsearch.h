#pragma once
// One list searched on one server: the saved filter is read, each filter field is searched, the saved filter
// is put back (docs/search.md "The user's saved filter").
//
//   LIST.filter out=devel                       the filter the server remembers for this user (its values)
//   LIST filter=on FIELD=QUERY p_num=1 out=devel  one per field: the matching rows (sticky: replaces the
//   filter) LIST.filter sok=ok [saved values]           put back what was saved (clicked_button=reset when
//   nothing was)
//
// At most one request of a ListSearch is on the network at a time. cancel() stops the results (and the
// fields not searched yet) but never the restore: once a filtered list was sent, the saved filter is put
// back even when the search was cancelled, timed out or its owner went away (the object lives on the
// connection and deletes itself when done).

#include "searchtarget.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>

namespace mgrdesk::protocol {
class TableData;
} // namespace mgrdesk::protocol

namespace mgrdesk::net {
class Connection;
struct ApiResult;
} // namespace mgrdesk::net

namespace mgrdesk::search {

class ListSearch : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Searched, Unavailable, Failed };
    Q_ENUM(Outcome)

    // Parented to `connection`; start() sends the first request.
    ListSearch(net::Connection *connection, const QString &accountId, const SearchTarget &target,
        const QString &query, int maxResults);

    void start();
    void cancel(); // no more results; a started filter is still restored
    bool isCancelled() const { return m_cancelled; }
    const SearchTarget &target() const { return m_target; }
    QString accountId() const { return m_accountId; }

    // Rows of a filtered list reply as results (at most maxResults), for tests and the engine.
    static QList<SearchResult> resultsFrom(const protocol::TableData &table, const QString &accountId,
        const SearchTarget &target, const QString &field, int maxResults);

Q_SIGNALS:
    void requestStarted(); // a request of this search went out (the engine counts them)
    void requestFinished();
    void found(const QList<mgrdesk::search::SearchResult> &results); // not after cancel()
    // The results are complete (or not available, or failed: `message`); the restore may still be running.
    void searched(mgrdesk::search::ListSearch::Outcome outcome, const QString &message);
    // The saved filter could not be put back (the server said why in `message`).
    void restoreFailed(const QString &message);
    void done(); // nothing more will be sent; the object deletes itself

private:
    void onFilterForm(const net::ApiResult &result);
    void searchNextField();
    void onList(const net::ApiResult &result);
    void finishSearch(Outcome outcome, const QString &message);
    void restore();
    void onRestored(const net::ApiResult &result);

    QPointer<net::Connection> m_connection;
    QString m_accountId;
    SearchTarget m_target;
    QString m_query;
    int m_maxResults;
    QStringList m_fields; // the target's fields the filter form has
    QList<QPair<QString, QString>> m_saved; // the filter form's field values
    QString m_currentField;
    QStringList m_seenKeys;
    bool m_cancelled = false;
    bool m_dirty = false; // a filtered list was sent: the saved filter must be put back
    bool m_searchedReported = false;
};

} // namespace mgrdesk::search
