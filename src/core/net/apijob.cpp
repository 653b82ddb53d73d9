#include "apijob.h"

#include "connection.h"

namespace mgrdesk::net {

ApiJob::ApiJob(const protocol::Request &request, Connection *connection)
    : QObject(connection)
    , m_request(request)
    , m_connection(connection)
{
}

ApiJob::~ApiJob()
{
    // Deleted by its parent Connection or by someone else before delivery: let the connection forget it.
    if (!m_done && m_connection)
        m_connection->forgetJob(this);
}

void ApiJob::cancel()
{
    if (m_delivered)
        return;
    if (m_done) {
        // A result is waiting for the event loop: it is stale now, deliver Cancelled instead.
        if (m_result.status != ApiResult::Status::Cancelled) {
            ApiResult cancelled;
            cancelled.status = ApiResult::Status::Cancelled;
            cancelled.message = tr("Cancelled.");
            cancelled.elapsedMs = m_result.elapsedMs;
            m_result = cancelled;
        }
        return;
    }
    if (m_connection)
        m_connection->forgetJob(this);
    ApiResult result;
    result.status = ApiResult::Status::Cancelled;
    result.message = tr("Cancelled.");
    finish(result);
}

void ApiJob::finish(ApiResult result)
{
    if (m_done)
        return;
    m_done = true;
    m_result = std::move(result);
    QMetaObject::invokeMethod(this, &ApiJob::deliver, Qt::QueuedConnection);
}

void ApiJob::deliver()
{
    if (m_delivered)
        return;
    m_delivered = true;
    Q_EMIT finished(m_result);
    deleteLater();
}

} // namespace mgrdesk::net
