#include "listsearch.h"

#include "core/net/apijob.h"
#include "core/net/connection.h"
#include "core/protocol/formdata.h"
#include "core/protocol/tabledata.h"

namespace mgrdesk::search {

namespace {

// Values that filter nothing (the same rule as models::ListFilter): empty, a select's null, a period's
// nodate.
bool neutral(const QString &value)
{
    return value.isEmpty() || value == QLatin1String("null") || value == QLatin1String("nodate");
}

// Cells worth showing beside the title, by list (the first ones present and not empty).
QStringList detailColumns(ResultKind kind)
{
    switch (kind) {
    case ResultKind::Client:
        return { QStringLiteral("email"), QStringLiteral("balance"), QStringLiteral("project") };
    case ResultKind::Service:
        return { QStringLiteral("ip"), QStringLiteral("account"), QStringLiteral("pricelist") };
    case ResultKind::Invoice:
        return { QStringLiteral("customer"), QStringLiteral("amount_iso"), QStringLiteral("cdate") };
    case ResultKind::Payment:
        return { QStringLiteral("account_name"), QStringLiteral("subaccountamount_iso"),
            QStringLiteral("create_date") };
    case ResultKind::Ticket:
        return { QStringLiteral("client"), QStringLiteral("last_activity"), QStringLiteral("date_start") };
    }
    return {};
}

} // namespace

ListSearch::ListSearch(net::Connection *connection, const QString &accountId, const SearchTarget &target,
    const QString &query, int maxResults)
    : QObject(connection)
    , m_connection(connection)
    , m_accountId(accountId)
    , m_target(target)
    , m_query(query)
    , m_maxResults(maxResults)
{
}

void ListSearch::start()
{
    protocol::Request request(m_target.list + QStringLiteral(".filter"));
    request.set(QStringLiteral("out"), QStringLiteral("devel")); // the field list, not only the values
    net::ApiJob *job = m_connection->send(request, this);
    Q_EMIT requestStarted();
    connect(job, &net::ApiJob::finished, this, [this](const net::ApiResult &result) {
        Q_EMIT requestFinished();
        onFilterForm(result);
    });
}

void ListSearch::cancel()
{
    m_cancelled = true;
}

void ListSearch::onFilterForm(const net::ApiResult &result)
{
    if (result.status == net::ApiResult::Status::ApiError) {
        // no such list or filter on this server, or not for this user: nothing to search here
        finishSearch(Outcome::Unavailable, result.message);
        Q_EMIT done();
        deleteLater();
        return;
    }
    if (!result.ok() || !result.reply.form) {
        finishSearch(
            Outcome::Failed, result.ok() ? tr("The server did not send the filter form.") : result.message);
        Q_EMIT done();
        deleteLater();
        return;
    }
    const protocol::FormData &form = *result.reply.form;
    QStringList present;
    if (form.hasMetadata) {
        for (const protocol::FormField &f : form.fields)
            if (f.control != QLatin1String("button") && f.control != QLatin1String("textdata"))
                present << f.name;
    } else {
        for (const auto &v : form.values)
            present << v.first;
    }
    present.removeAll(QStringLiteral("elid"));
    for (const auto &v : form.values)
        if (present.contains(v.first))
            m_saved.append(v);
    for (const QString &f : std::as_const(m_target.fields))
        if (present.contains(f))
            m_fields << f;
    if (m_fields.isEmpty()) {
        finishSearch(Outcome::Unavailable, QString());
        Q_EMIT done();
        deleteLater();
        return;
    }
    searchNextField();
}

void ListSearch::searchNextField()
{
    if (m_cancelled || m_fields.isEmpty() || !m_connection) {
        finishSearch(Outcome::Searched, QString());
        restore();
        return;
    }
    m_currentField = m_fields.takeFirst();
    protocol::Request request(m_target.list);
    request.set(QStringLiteral("filter"), QStringLiteral("on"));
    request.set(m_currentField, m_query);
    // p_num: a filter change starts at page 1 anyway. No p_cnt: the page size the server remembers for this
    // list is left as the user set it (docs/search.md).
    request.set(QStringLiteral("p_num"), QStringLiteral("1"));
    request.set(QStringLiteral("out"), QStringLiteral("devel")); // key, keyname, toolbar (which form opens)
    m_dirty = true; // from here on the server may hold our filter
    net::ApiJob *job = m_connection->send(request, this);
    Q_EMIT requestStarted();
    connect(job, &net::ApiJob::finished, this, [this](const net::ApiResult &result) {
        Q_EMIT requestFinished();
        onList(result);
    });
}

void ListSearch::onList(const net::ApiResult &result)
{
    if (result.ok() && result.reply.table && !m_cancelled) {
        QList<SearchResult> rows
            = resultsFrom(*result.reply.table, m_accountId, m_target, m_currentField, m_maxResults);
        QList<SearchResult> fresh;
        for (const SearchResult &r : std::as_const(rows)) {
            if (m_seenKeys.contains(r.key) || m_seenKeys.size() >= m_maxResults)
                continue;
            m_seenKeys << r.key;
            fresh << r;
        }
        if (!fresh.isEmpty())
            Q_EMIT found(fresh);
    } else if (!result.ok() && result.status != net::ApiResult::Status::Cancelled
        && result.status != net::ApiResult::Status::ApiError) {
        m_fields.clear();
        finishSearch(Outcome::Failed, result.message);
    }
    searchNextField();
}

void ListSearch::finishSearch(Outcome outcome, const QString &message)
{
    if (m_searchedReported)
        return;
    m_searchedReported = true;
    Q_EMIT searched(outcome, message);
}

void ListSearch::restore()
{
    if (!m_dirty || !m_connection) {
        Q_EMIT done();
        deleteLater();
        return;
    }
    protocol::Request request(m_target.list + QStringLiteral(".filter"));
    bool any = false;
    for (const auto &v : std::as_const(m_saved)) {
        request.set(v.first, v.second);
        any = any || !neutral(v.second);
    }
    request.setClickedButton(any ? QStringLiteral("ok") : QStringLiteral("reset"));
    request.setSok();
    net::ApiJob *job = m_connection->send(request, this);
    Q_EMIT requestStarted();
    connect(job, &net::ApiJob::finished, this, [this](const net::ApiResult &result) {
        Q_EMIT requestFinished();
        onRestored(result);
    });
}

void ListSearch::onRestored(const net::ApiResult &result)
{
    if (!result.ok())
        Q_EMIT restoreFailed(result.message);
    Q_EMIT done();
    deleteLater();
}

QList<SearchResult> ListSearch::resultsFrom(const protocol::TableData &table, const QString &accountId,
    const SearchTarget &target, const QString &field, int maxResults)
{
    QString openFunction;
    for (const protocol::ToolButton &b : table.metadata.toolbar) {
        if (b.type != QLatin1String("edit") || b.func.isEmpty())
            continue;
        if (b.isDefault) {
            openFunction = b.func;
            break;
        }
        if (openFunction.isEmpty())
            openFunction = b.func;
    }
    QString titleColumn = table.metadata.keyName;
    if (titleColumn.isEmpty() || table.columnIndex(titleColumn) < 0)
        titleColumn = table.columnIndex(field) >= 0 ? field : QString();
    const int cTitle = titleColumn.isEmpty() ? -1 : table.columnIndex(titleColumn);
    QList<int> details;
    for (const QString &c : detailColumns(target.kind)) {
        const int i = table.columnIndex(c);
        if (i >= 0 && c != titleColumn)
            details << i;
    }
    QList<SearchResult> out;
    for (int row = 0; row < table.rowCount() && out.size() < maxResults; ++row) {
        SearchResult r;
        r.accountId = accountId;
        r.kind = target.kind;
        r.list = target.list;
        r.key = table.rowKey(row);
        if (r.key.isEmpty())
            continue;
        r.title = cTitle >= 0 ? table.cell(row, cTitle).simplified() : r.key;
        if (r.title.isEmpty())
            r.title = r.key;
        QStringList parts;
        for (int c : std::as_const(details)) {
            const QString v = table.cell(row, c).simplified();
            if (!v.isEmpty())
                parts << v;
        }
        r.detail = parts.join(QStringLiteral(" · "));
        r.field = field;
        r.openFunction = openFunction;
        out << r;
    }
    return out;
}

} // namespace mgrdesk::search
