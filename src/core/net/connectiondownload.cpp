// Connection: replies that are documents (docs/documents.md). Held in memory (up to kMaxDocumentInMemory), or
// streamed to a file as they arrive (JobOptions::downloadTo, or documentFileAbove for big ones) through a
// DownloadSink that writes on worker threads and commits atomically: a cancel, a network fault or a write
// error leaves no file. An HTML page with a password field is the login page of a lost session, never a
// printed form: it is parsed, so the usual re-login follows.
#include "connection.h"

#include "connection_p.h"
#include "netlogging.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QLocale>
#include <QNetworkReply>

namespace mgrdesk::net {

namespace {
// A document kept in memory beyond this fails clearly instead of exhausting the memory.
constexpr qint64 kMaxDocumentInMemory = qint64(512) * 1024 * 1024;
// How much of a streamed HTML document is kept to recognise a login page (they are a few KiB).
constexpr qsizetype kLoginPageHead = 256 * 1024;

bool looksLikeLoginPage(const QByteArray &html)
{
    const QByteArray lower = html.left(kLoginPageHead).toLower();
    return lower.contains("type=\"password\"") || lower.contains("type='password'")
        || lower.contains("type=password");
}
} // namespace

void Connection::documentChunk(const PendingPtr &p, QNetworkReply *reply, QByteArray data)
{
    if (!p->stopReason.isEmpty())
        return;
    if (!p->sink) {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        const qint64 limit = p->options.documentFileAbove;
        const bool big = limit >= 0 && (announced > limit || p->body.size() + data.size() > limit);
        if (!p->options.downloadTo.isEmpty()) {
            p->sink = DownloadSink::toFile(p->options.downloadTo);
        } else if (big) {
            QString name = documents::dispositionFileName(reply->rawHeader("Content-Disposition"));
            if (name.isEmpty())
                name = QStringLiteral("document.") + documents::extensionFor(p->documentKind);
            p->sink = DownloadSink::toTemporaryFolder(name);
            if (!p->sink) {
                p->stopReason = tr("The document is too large to keep in memory, and no temporary folder can "
                                   "be created for it in %1.")
                                    .arg(QDir::toNativeSeparators(QDir::tempPath()));
                reply->abort();
                return;
            }
        }
        if (p->sink) {
            p->head = p->body.left(kLoginPageHead);
            p->sink->push(std::move(p->body));
            p->body = QByteArray();
        }
    }
    if (p->sink) {
        if (p->documentKind == documents::DocumentKind::Html && p->head.size() < kLoginPageHead)
            p->head += data.left(kLoginPageHead - p->head.size());
        p->sink->push(std::move(data));
        if (p->sink->hasFailed()) {
            p->stopReason = tr("The document cannot be saved to %1: %2. Nothing was kept.")
                                .arg(QDir::toNativeSeparators(p->sink->filePath()), p->sink->errorString());
            dropSink(p);
            reply->abort();
        }
        return;
    }
    p->body += data;
    if (p->body.size() > kMaxDocumentInMemory) {
        p->body = QByteArray();
        p->stopReason = tr("The document is larger than %1, too large to keep in memory: save it to a file "
                           "instead.")
                            .arg(QLocale().formattedDataSize(kMaxDocumentInMemory));
        reply->abort();
    }
}

bool Connection::finishDocument(const PendingPtr &p, QNetworkReply *reply, ApiResult r)
{
    // A printed form is HTML, and so is a login page: a page with a password field is the login page of a
    // lost session (parsed, so the usual re-login follows), never a document.
    if (p->documentKind == documents::DocumentKind::Html && looksLikeLoginPage(p->sink ? p->head : p->body)) {
        if (p->sink) {
            dropSink(p);
            p->body = p->head;
        }
        return false;
    }
    r.status = ApiResult::Status::Ok;
    DocumentReply d;
    d.kind = p->documentKind;
    d.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString().toLatin1();
    d.fileName = documents::dispositionFileName(reply->rawHeader("Content-Disposition"));
    if (p->job)
        Q_EMIT p->job->received();
    if (!p->sink && !p->options.downloadTo.isEmpty()) {
        // An empty document: nothing was pushed, yet the caller gets its (empty) file.
        p->sink = DownloadSink::toFile(p->options.downloadTo);
    }
    if (!p->sink) {
        d.bytes = std::move(p->body);
        p->body = QByteArray();
        d.size = d.bytes.size();
        r.document = std::move(d);
        handleResult(p, r);
        return true;
    }
    // The file is committed on a worker; the result follows when it is whole.
    std::shared_ptr<DownloadSink> sink = p->sink;
    p->head.clear();
    m_committing.insert(p->id, p);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, p, sink, r, d]() mutable {
        watcher->deleteLater();
        m_committing.remove(p->id);
        const QString error = watcher->future().resultCount() > 0 ? watcher->result() : tr("Cancelled.");
        if (p->cancelled) {
            // Cancelled while the file was being committed: the caller was told, so no file stays.
            if (error.isEmpty() && !sink->temporaryFolder())
                QFile::remove(sink->filePath());
            return;
        }
        p->sink.reset();
        if (!error.isEmpty()) {
            r.status = ApiResult::Status::NetworkError;
            r.message = tr("The document cannot be saved to %1: %2. Nothing was kept.")
                            .arg(QDir::toNativeSeparators(sink->filePath()), error);
            handleResult(p, r);
            return;
        }
        d.filePath = sink->filePath();
        d.size = sink->written();
        d.temporaryFolder = sink->temporaryFolder();
        r.document = std::move(d);
        handleResult(p, r);
    });
    watcher->setFuture(sink->finish());
    return true;
}

void Connection::dropSink(const PendingPtr &p)
{
    if (!p->sink)
        return;
    p->sink->cancel();
    p->sink.reset();
}

} // namespace mgrdesk::net
