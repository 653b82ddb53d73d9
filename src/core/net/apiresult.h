#pragma once
// The typed outcome of one API request (ApiJob::finished).

#include "core/documents/documentkind.h"
#include "core/protocol/reply.h"

#include <QMetaType>
#include <QString>
#include <QUrl>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QTemporaryDir;
QT_END_NAMESPACE

namespace mgrdesk::net {

// A reply that is a file (docs/documents.md): decided from the request and the headers.
struct DocumentReply
{
    documents::DocumentKind kind = documents::DocumentKind::Other;
    QByteArray bytes;
    QByteArray contentType; // as the server sent it
    QString fileName; // from Content-Disposition, without any directory part; may be empty
    // Streamed to a file (JobOptions::downloadTo or documentFileAbove): where it is (bytes stay empty), its
    // size, and for a temporary file the private folder that is removed with the last copy of this result.
    QString filePath;
    qint64 size = 0;
    std::shared_ptr<QTemporaryDir> temporaryFolder;
    bool inFile() const { return !filePath.isEmpty(); }
};

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

    std::optional<DocumentReply> document; // set (with status Ok) when the reply is a file, not an API reply

    bool ok() const { return status == Status::Ok; }
    static QString statusName(Status status); // stable English token for logs: "ok", "timeout", …
};

} // namespace mgrdesk::net

Q_DECLARE_METATYPE(mgrdesk::net::ApiResult)
