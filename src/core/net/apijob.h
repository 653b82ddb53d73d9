#pragma once
// One API request. Created by Connection::send(); finishes exactly once (finished() is always emitted from
// the event loop, never from inside send() or cancel()), then deletes itself.

#include "apiresult.h"
#include "core/protocol/request.h"

#include <QObject>
#include <QPointer>

namespace mgrdesk::net {

class Connection;

class ApiJob : public QObject
{
    Q_OBJECT
public:
    ~ApiJob() override;

    const protocol::Request &request() const { return m_request; }
    bool isFinished() const { return m_done; }
    // Finishes the job with Cancelled (exactly once): its network reply is aborted, and a reply that already
    // arrived but was not delivered yet is dropped.
    void cancel();

Q_SIGNALS:
    void finished(const mgrdesk::net::ApiResult &result);
    void progress(qint64 received, qint64 total);
    void started(); // the request went to the network (again on a replay after re-login)
    void received(); // the whole reply arrived and is being parsed (maybe on a worker thread)

private:
    friend class Connection;
    ApiJob(const protocol::Request &request, Connection *connection);
    // Called by Connection: records the result and delivers it from the event loop.
    void finish(ApiResult result);
    void deliver();

    protocol::Request m_request;
    QPointer<Connection> m_connection;
    ApiResult m_result;
    bool m_done = false; // a result is decided (maybe not delivered yet)
    bool m_delivered = false; // finished() was emitted
};

} // namespace mgrdesk::net
