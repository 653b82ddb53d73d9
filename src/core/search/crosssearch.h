#pragma once
// Search across servers (docs/search.md): one query on every connected account at once, through each
// server's own list filters (SearchTarget::plan, ListSearch). Results stream in per account as each reply
// arrives; at most maxInFlightPerServer() requests per server are on the network (restores of earlier,
// cancelled searches included); a new query (debounced) cancels the previous one; a server that has not
// finished after timeoutMs() is reported as not answering while the others' results stay. Widget-free.

#include "listsearch.h"
#include "searchtarget.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace mgrdesk::net {
class Connection;
} // namespace mgrdesk::net

namespace mgrdesk::search {

class CrossSearch : public QObject
{
    Q_OBJECT
public:
    struct Account
    {
        QString id;
        QPointer<net::Connection> connection; // searched only while it is logged in
        QStringList functions; // the menu's actions; empty: not known (every list is tried)
    };
    enum class Outcome { Searching, Done, NoAnswer, Failed };
    Q_ENUM(Outcome)

    explicit CrossSearch(QObject *parent = nullptr);
    ~CrossSearch() override;

    void setAccounts(const QList<Account> &accounts); // applies to the next search
    // Debounced: the search starts debounceMs() after the last change; a shorter query than
    // SearchTarget::minimumQueryLength() cancels and clears.
    void setQuery(const QString &query);
    void searchNow(const QString &query); // no debounce
    void cancel(); // the running search ends: no more results (filters are still restored)

    QString query() const { return m_query; }
    int generation() const { return m_generation; }
    bool isSearching() const;
    QStringList searchedAccounts() const { return m_order; } // of the current search, in order
    Outcome outcome(const QString &accountId) const;
    QString message(const QString &accountId) const; // why it failed
    QList<SearchResult> results(const QString &accountId) const; // of the current search so far

    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }
    int debounceMs() const { return m_debounce.interval(); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void setMaxInFlightPerServer(int n) { m_maxInFlight = qMax(1, n); }
    int maxInFlightPerServer() const { return m_maxInFlight; }
    void setMaxResultsPerList(int n) { m_maxResults = qMax(1, n); }

    // Test hooks: requests of the search on the network now, and the most ever at once, per account.
    int requestsInFlight(const QString &accountId) const;
    int peakRequestsInFlight(const QString &accountId) const;

Q_SIGNALS:
    void started(const QString &query, const QStringList &accountIds);
    void resultsFound(const QString &accountId, const QList<mgrdesk::search::SearchResult> &results);
    void accountFinished(
        const QString &accountId, mgrdesk::search::CrossSearch::Outcome outcome, const QString &message);
    void finished(); // every account of the current search is done, did not answer or failed
    void cleared(); // the query became too short: no search, no results
    // A saved list filter could not be put back on that server (rare: the server refused or went away).
    void restoreFailed(const QString &accountId, const QString &list, const QString &message);

private:
    struct Run; // per account: what is left of the current search
    struct Server // per account, across searches: the requests on the network and the lists being searched
    {
        int inFlight = 0, peak = 0;
        QSet<QString> busyLists; // a list has one ListSearch at a time (its restore must come first)
        QList<QPointer<ListSearch>> running;
    };

    void start();
    void pump(const QString &accountId);
    void launch(const QString &accountId, net::Connection *connection, const SearchTarget &target);
    void onListSearched(
        const QString &accountId, int generation, ListSearch::Outcome outcome, const QString &message);
    void checkDone(const QString &accountId);
    void finishAccount(const QString &accountId, Outcome outcome, const QString &message);

    QList<Account> m_accounts;
    QString m_query, m_pending;
    int m_generation = 0;
    QTimer m_debounce;
    int m_timeoutMs = 10000;
    int m_maxInFlight = 2;
    int m_maxResults = 8;
    QStringList m_order;
    QHash<QString, Run *> m_runs;
    QHash<QString, Server> m_servers;
};

} // namespace mgrdesk::search
