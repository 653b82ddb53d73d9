#pragma once
// The typed outcome of one API request (ApiJob::finished).

#include "core/protocol/reply.h"

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace mgrdesk::net {

struct ApiResult
{
    enum class Status {
        Ok,
        NetworkError,
        HttpError,
        TlsError,
        Timeout,
        Cancelled,
        NotApiReply,
        ApiError,
        AuthError
    };
    Status status = Status::Cancelled;
    protocol::Reply reply; // the parsed reply (for ApiError/AuthError: reply.error is set)
    int httpStatus = 0;
    QString message; // translated, human-readable, one line (server's message for ApiError)
    qint64 elapsedMs = 0, bytes = 0;
    QUrl url; // Connection::requestWebLoginUrl only: the one-time login URL (never logged)
    bool mayHaveRun = false; // NetworkError/Timeout of a request that changes state after it was sent: the
                             // server may have carried it out (it is never re-sent automatically)

    bool ok() const { return status == Status::Ok; }
    static QString statusName(Status status); // stable English token for logs: "ok", "timeout", …
};

} // namespace mgrdesk::net

Q_DECLARE_METATYPE(mgrdesk::net::ApiResult)
