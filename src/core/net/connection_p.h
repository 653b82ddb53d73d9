#pragma once
// Private to Connection: one queued or running request.

#include "connection.h"
#include "core/protocol/reply.h"
#include "downloadsink.h"
#include "parsetask.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

#include <memory>

namespace mgrdesk::net {

struct Connection::Pending
{
    quint64 id = 0;
    Kind kind = Kind::User;
    protocol::Request request; // as the caller gave it (no auth, su or lang)
    JobOptions options;
    QPointer<ApiJob> job; // User jobs and requestWebLoginUrl
    std::function<void(ApiResult &)> onOk; // internal completion hook (e.g. building the web login URL)
    QNetworkReply *reply = nullptr;
    std::unique_ptr<QTimer> timer;
    QElapsedTimer elapsed;
    QDateTime sentAt;
    QByteArray body;
    std::shared_ptr<StreamParse> stream; // big 2xx bodies: parsed on workers while they download
    qint64 bytesReceived = 0;
    QString sessionUsed; // the auth= it carried (empty: none)
    QString displayParams; // masked, computed when sent
    int httpStatus = 0;
    int relogins = 0; // session-lost replays of this request (at most one)
    bool timedOut = false;
    bool changesState = false; // sent once, on its own connection (Connection::changesState)
    bool bodySent = false; // the whole body went out (a later failure: it may have run)
    bool cancelled = false;
    // Decided from the request and the first response headers: a file (never parsed as an API reply).
    bool documentDecided = false;
    documents::DocumentKind documentKind = documents::DocumentKind::None;
    // A document streamed to a file (JobOptions::downloadTo / documentFileAbove): the sink writing it, the
    // first bytes kept to tell an HTML login page from a printed form, and why the download was stopped.
    std::shared_ptr<DownloadSink> sink;
    QByteArray head;
    QString stopReason; // why the download was stopped (the file cannot be written, too large to hold)
    // TLS: set by sslErrors when the peer certificate is neither verified nor pinned
    QSslCertificate untrustedCertificate;
    QList<QSslCertificate> untrustedChain;
    QList<QSslError> tlsErrors;
};

} // namespace mgrdesk::net
