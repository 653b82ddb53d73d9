#include "crosssearch.h"

#include "core/net/connection.h"

namespace mgrdesk::search {

struct CrossSearch::Run
{
    QPointer<net::Connection> connection;
    QList<SearchTarget> pending; // not started yet
    int active = 0; // ListSearches of this search whose results are not complete
    Outcome outcome = Outcome::Searching;
    QString message;
    QList<SearchResult> results;
    QTimer timer;
};

CrossSearch::CrossSearch(QObject *parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, [this] { searchNow(m_pending); });
}

CrossSearch::~CrossSearch()
{
    // The ListSearches live on their connections and still put the saved filters back.
    for (const Server &server : std::as_const(m_servers))
        for (const QPointer<ListSearch> &s : server.running)
            if (s)
                s->cancel();
    qDeleteAll(m_runs);
}

void CrossSearch::setAccounts(const QList<Account> &accounts)
{
    m_accounts = accounts;
}

void CrossSearch::setQuery(const QString &query)
{
    m_pending = query.trimmed();
    if (m_pending.size() < SearchTarget::minimumQueryLength()) {
        m_debounce.stop();
        cancel();
        m_query.clear();
        qDeleteAll(m_runs);
        m_runs.clear();
        m_order.clear();
        Q_EMIT cleared();
        return;
    }
    if (m_pending == m_query && isSearching())
        return;
    cancel(); // the old results stop at once; the new search starts when typing pauses
    m_debounce.start();
}

void CrossSearch::searchNow(const QString &query)
{
    m_debounce.stop();
    cancel();
    m_query = query.trimmed();
    start();
}

void CrossSearch::cancel()
{
    ++m_generation;
    for (Server &server : m_servers)
        for (const QPointer<ListSearch> &s : std::as_const(server.running))
            if (s)
                s->cancel();
    for (Run *run : std::as_const(m_runs)) {
        run->timer.stop();
        run->pending.clear();
    }
}

bool CrossSearch::isSearching() const
{
    for (const Run *run : m_runs)
        if (run->outcome == Outcome::Searching)
            return true;
    return false;
}

CrossSearch::Outcome CrossSearch::outcome(const QString &accountId) const
{
    const Run *run = m_runs.value(accountId);
    return run ? run->outcome : Outcome::Done;
}

QString CrossSearch::message(const QString &accountId) const
{
    const Run *run = m_runs.value(accountId);
    return run ? run->message : QString();
}

QList<SearchResult> CrossSearch::results(const QString &accountId) const
{
    const Run *run = m_runs.value(accountId);
    return run ? run->results : QList<SearchResult>();
}

int CrossSearch::requestsInFlight(const QString &accountId) const
{
    return m_servers.value(accountId).inFlight;
}

int CrossSearch::peakRequestsInFlight(const QString &accountId) const
{
    return m_servers.value(accountId).peak;
}

void CrossSearch::start()
{
    qDeleteAll(m_runs);
    m_runs.clear();
    m_order.clear();
    const int generation = m_generation;
    if (m_query.size() < SearchTarget::minimumQueryLength()) {
        Q_EMIT cleared();
        return;
    }
    for (const Account &a : std::as_const(m_accounts)) {
        if (!a.connection || a.connection->state() != net::Connection::State::Connected)
            continue; // never logs in by itself: only connected accounts are searched
        auto *run = new Run;
        run->connection = a.connection;
        run->pending = SearchTarget::plan(m_query, a.functions);
        run->timer.setSingleShot(true);
        const QString id = a.id;
        connect(&run->timer, &QTimer::timeout, this, [this, id, generation] {
            if (generation == m_generation)
                finishAccount(id, Outcome::NoAnswer, QString());
        });
        m_runs.insert(id, run);
        m_order << id;
    }
    Q_EMIT started(m_query, m_order);
    for (const QString &id : std::as_const(m_order)) {
        Run *run = m_runs.value(id);
        run->timer.start(m_timeoutMs);
        pump(id);
        if (m_generation != generation)
            return;
        checkDone(id);
    }
    if (m_order.isEmpty())
        Q_EMIT finished();
}

void CrossSearch::pump(const QString &accountId)
{
    Run *run = m_runs.value(accountId);
    Server &server = m_servers[accountId];
    server.running.removeAll(QPointer<ListSearch>());
    if (!run || run->outcome != Outcome::Searching || !run->connection)
        return;
    // Each ListSearch has at most one request on the network, so running ≤ max keeps requests ≤ max.
    for (int i = 0; i < run->pending.size() && server.running.size() < m_maxInFlight;) {
        const SearchTarget target = run->pending.at(i);
        if (server.busyLists.contains(target.list)) {
            ++i; // an earlier search of this list is still putting its filter back
            continue;
        }
        run->pending.removeAt(i);
        launch(accountId, run->connection, target);
    }
}

void CrossSearch::launch(const QString &accountId, net::Connection *connection, const SearchTarget &target)
{
    Run *run = m_runs.value(accountId);
    const int generation = m_generation;
    auto *s = new ListSearch(connection, accountId, target, m_query, m_maxResults);
    Server &server = m_servers[accountId];
    server.busyLists.insert(target.list);
    server.running << s;
    ++run->active;
    connect(s, &ListSearch::requestStarted, this, [this, accountId] {
        Server &sv = m_servers[accountId];
        sv.peak = qMax(sv.peak, ++sv.inFlight);
    });
    connect(s, &ListSearch::requestFinished, this, [this, accountId] { --m_servers[accountId].inFlight; });
    connect(s, &ListSearch::found, this, [this, accountId, generation](const QList<SearchResult> &rows) {
        Run *r = m_runs.value(accountId);
        if (generation != m_generation || !r || r->outcome != Outcome::Searching)
            return; // a cancelled search, or a server already reported as not answering
        r->results << rows;
        Q_EMIT resultsFound(accountId, rows);
    });
    connect(s, &ListSearch::searched, this,
        [this, accountId, generation](ListSearch::Outcome outcome, const QString &message) {
            onListSearched(accountId, generation, outcome, message);
        });
    const QString list = target.list;
    connect(s, &ListSearch::restoreFailed, this,
        [this, accountId, list](const QString &message) { Q_EMIT restoreFailed(accountId, list, message); });
    connect(s, &ListSearch::done, this, [this, accountId, list, s] {
        Server &sv = m_servers[accountId];
        sv.busyLists.remove(list);
        for (int i = sv.running.size() - 1; i >= 0; --i)
            if (!sv.running.at(i) || sv.running.at(i).data() == s)
                sv.running.removeAt(i);
        pump(accountId);
        checkDone(accountId);
    });
    s->start();
}

void CrossSearch::onListSearched(
    const QString &accountId, int generation, ListSearch::Outcome outcome, const QString &message)
{
    if (generation != m_generation)
        return;
    Run *run = m_runs.value(accountId);
    if (!run)
        return;
    --run->active;
    if (outcome == ListSearch::Outcome::Failed && run->outcome == Outcome::Searching) {
        finishAccount(accountId, Outcome::Failed, message);
        return;
    }
    checkDone(accountId);
}

void CrossSearch::checkDone(const QString &accountId)
{
    Run *run = m_runs.value(accountId);
    if (run && run->outcome == Outcome::Searching && run->pending.isEmpty() && run->active == 0)
        finishAccount(accountId, Outcome::Done, QString());
}

void CrossSearch::finishAccount(const QString &accountId, Outcome outcome, const QString &message)
{
    Run *run = m_runs.value(accountId);
    if (!run || run->outcome != Outcome::Searching)
        return;
    run->outcome = outcome;
    run->message = message;
    run->timer.stop();
    run->pending.clear();
    if (outcome != Outcome::Done) {
        // the rest of this account's search stops (the filters it changed are still put back)
        for (const QPointer<ListSearch> &s : std::as_const(m_servers[accountId].running))
            if (s)
                s->cancel();
    }
    Q_EMIT accountFinished(accountId, outcome, message);
    if (!isSearching())
        Q_EMIT finished();
}

} // namespace mgrdesk::search
