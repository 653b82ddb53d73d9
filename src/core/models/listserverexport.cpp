#include "listserverexport.h"

#include "core/documents/documentkind.h"
#include "core/net/apijob.h"
#include "core/net/apiresult.h"
#include "core/net/connection.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

#include <atomic>

namespace mgrdesk::models {

struct ListServerExport::WriteState
{
    std::atomic_bool cancelled { false };
    bool ok = false;
    QString error;
    Qt::HANDLE thread = nullptr;
};

ListServerExport::ListServerExport(QObject *parent)
    : QObject(parent)
{
}

ListServerExport::~ListServerExport()
{
    if (m_job)
        m_job->cancel();
    if (m_write)
        m_write->cancelled = true;
    if (m_thread) {
        // The worker only holds the shared state and its own copy of the bytes: it ends on its own.
        m_thread->disconnect(this);
        QObject::connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
        m_thread->setParent(nullptr);
    }
}

protocol::Request ListServerExport::request(const QString &function, const QString &plid)
{
    protocol::Request r(function);
    r.set(QStringLiteral("out"), QStringLiteral("csv"));
    if (!plid.isEmpty())
        r.setPlid(plid);
    return r;
}

bool ListServerExport::start(net::Connection *connection, const QString &function, const QString &plid,
    const net::JobOptions &options, const QString &path)
{
    if (isRunning() || !connection || function.isEmpty() || path.isEmpty())
        return false;
    m_path = path;
    m_bytes = 0;
    const QFileInfo target(path);
    if (target.isDir()) {
        setState(State::Downloading);
        done(false, tr("Cannot write %1: it is a folder.").arg(QDir::toNativeSeparators(path)));
        return true;
    }
    setState(State::Downloading);
    m_job = connection->send(request(function, plid), this, options);
    connect(m_job, &net::ApiJob::finished, this, &ListServerExport::onReply);
    return true;
}

void ListServerExport::onReply(const net::ApiResult &result)
{
    m_job = nullptr;
    if (result.status == net::ApiResult::Status::Cancelled) {
        done(false, tr("The export was cancelled."));
        return;
    }
    if (!result.ok()) {
        done(false, tr("The server could not export the list: %1").arg(result.message));
        return;
    }
    if (!result.document || result.document->kind != documents::DocumentKind::Csv) {
        // An XML answer where a file was asked for: this server (or list) has no CSV export.
        done(false, tr("The server did not send a CSV file for this list."));
        return;
    }
    write(result.document->bytes);
}

void ListServerExport::write(const QByteArray &bytes)
{
    setState(State::Writing);
    auto state = std::make_shared<WriteState>();
    m_write = state;
    const QString path = m_path;
    m_thread = QThread::create([state, bytes, path] {
        state->thread = QThread::currentThreadId();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            state->error = file.errorString();
            return;
        }
        constexpr qint64 chunk = 64 * 1024; // a cancel is seen between chunks
        for (qint64 at = 0; at < bytes.size(); at += chunk) {
            if (state->cancelled) {
                file.cancelWriting();
                return;
            }
            if (file.write(bytes.constData() + at, qMin(chunk, bytes.size() - at)) < 0) {
                state->error = file.errorString();
                file.cancelWriting();
                return;
            }
        }
        if (!file.commit()) {
            state->error = file.errorString();
            return;
        }
        state->ok = true;
    });
    m_bytes = bytes.size();
    connect(m_thread, &QThread::finished, this, &ListServerExport::onWritten);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

void ListServerExport::onWritten()
{
    m_thread = nullptr;
    const std::shared_ptr<WriteState> state = std::move(m_write);
    if (!state)
        return;
    m_writerThread = state->thread;
    if (state->cancelled)
        done(false, tr("The export was cancelled."));
    else if (!state->ok)
        done(false, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), state->error));
    else
        done(true, QString());
}

void ListServerExport::cancel()
{
    if (m_job)
        m_job->cancel(); // finishes with Cancelled: onReply reports it
    else if (m_write)
        m_write->cancelled = true; // the worker stops at its next chunk: onWritten reports it
}

void ListServerExport::done(bool ok, const QString &message)
{
    setState(State::Idle);
    Q_EMIT finished(ok, m_path, message);
}

void ListServerExport::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace mgrdesk::models
