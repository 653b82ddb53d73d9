#include "downloadsink.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QThreadPool>

namespace mgrdesk::net {

DownloadSink::DownloadSink(const QString &path)
    : m_path(path)
{
    m_promise.start();
}

DownloadSink::~DownloadSink()
{
    m_file.reset(); // uncommitted: QSaveFile removes its temporary file
    if (!m_delivered) {
        m_promise.addResult(QCoreApplication::translate("mgrdesk::net::DownloadSink", "Cancelled."));
        m_promise.finish();
    }
}

std::shared_ptr<DownloadSink> DownloadSink::toFile(const QString &path)
{
    return std::shared_ptr<DownloadSink>(new DownloadSink(path));
}

std::shared_ptr<DownloadSink> DownloadSink::toTemporaryFolder(const QString &fileName)
{
    auto folder = std::make_shared<QTemporaryDir>(
        QDir(QDir::tempPath()).filePath(QStringLiteral("mgrdesk-download-XXXXXX")));
    if (!folder->isValid())
        return nullptr;
    QString name = fileName;
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name.prepend(QStringLiteral("document"));
    std::shared_ptr<DownloadSink> sink(new DownloadSink(folder->filePath(name)));
    sink->m_temporary = std::move(folder);
    return sink;
}

void DownloadSink::push(QByteArray chunk)
{
    if (chunk.isEmpty())
        return;
    QMutexLocker lock(&m_mutex);
    if (m_cancelled || m_finished)
        return;
    m_chunks.push_back(std::move(chunk));
    schedule();
}

QFuture<QString> DownloadSink::finish()
{
    QMutexLocker lock(&m_mutex);
    if (!m_finished && !m_cancelled) {
        m_finished = true;
        schedule();
    }
    return m_promise.future();
}

void DownloadSink::cancel()
{
    QMutexLocker lock(&m_mutex);
    m_cancelled = true;
    m_chunks.clear();
    if (!m_running) {
        m_file.reset(); // no worker holds it: the partial file goes now
        if (!m_delivered) {
            m_delivered = true;
            m_promise.addResult(QCoreApplication::translate("mgrdesk::net::DownloadSink", "Cancelled."));
            m_promise.finish();
        }
    }
}

QString DownloadSink::errorString() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

void DownloadSink::schedule()
{
    if (m_running || m_cancelled || m_delivered)
        return;
    m_running = true;
    std::shared_ptr<DownloadSink> self = shared_from_this();
    QThreadPool::globalInstance()->start([self] { self->drain(); });
}

void DownloadSink::fail(const QString &why)
{
    QMutexLocker lock(&m_mutex);
    if (m_error.isEmpty())
        m_error = why;
    m_failed = true;
    m_chunks.clear();
}

bool DownloadSink::writeChunk(const QByteArray &chunk)
{
    if (!m_file) {
        m_file = std::make_unique<QSaveFile>(m_path);
        if (!m_file->open(QIODevice::WriteOnly)) {
            fail(m_file->errorString());
            m_file.reset();
            return false;
        }
    }
    if (m_file->write(chunk) != chunk.size()) {
        fail(m_file->errorString());
        m_file.reset();
        return false;
    }
    m_written += chunk.size();
    return true;
}

void DownloadSink::drain()
{
    for (;;) {
        QByteArray chunk;
        bool commit = false;
        {
            QMutexLocker lock(&m_mutex);
            if (m_cancelled) {
                m_file.reset();
                m_running = false;
                if (!m_delivered) {
                    m_delivered = true;
                    m_promise.addResult(
                        QCoreApplication::translate("mgrdesk::net::DownloadSink", "Cancelled."));
                    m_promise.finish();
                }
                return;
            }
            if (!m_chunks.empty()) {
                chunk = std::move(m_chunks.front());
                m_chunks.pop_front();
            } else if (m_finished) {
                commit = true;
            } else {
                m_running = false; // the next push schedules a new drain
                return;
            }
        }
        if (!commit) {
            if (!m_failed)
                writeChunk(chunk); // after a failure the rest is dropped; finish() reports it
            continue;
        }
        QString error;
        if (m_failed) {
            error = errorString();
        } else {
            if (!m_file) // an empty document is still a file
                writeChunk(QByteArray());
            if (m_file && !m_file->commit()) {
                fail(m_file->errorString());
                error = errorString();
            } else if (!m_file) {
                error = errorString();
            }
            m_file.reset();
        }
        QMutexLocker lock(&m_mutex);
        m_running = false;
        m_delivered = true;
        m_promise.addResult(error);
        m_promise.finish();
        return;
    }
}

} // namespace mgrdesk::net
