#pragma once
// A document streamed to a file while it downloads (docs/documents.md "Big downloads"): chunks pushed on the
// connection's thread are written by QThreadPool workers, one at a time and in order, through a QSaveFile, so
// the file appears whole when the download ends and never half-written: a cancel, a network fault or a write
// error discards it. Either into a file the caller named (JobOptions::downloadTo) or into a private temporary
// folder (0700) that lives as long as the result refers to it (JobOptions::documentFileAbove).

#include <QByteArray>
#include <QFuture>
#include <QMutex>
#include <QPromise>
#include <QString>

#include <atomic>
#include <deque>
#include <memory>

QT_BEGIN_NAMESPACE
class QSaveFile;
class QTemporaryDir;
QT_END_NAMESPACE

namespace mgrdesk::net {

class DownloadSink : public std::enable_shared_from_this<DownloadSink>
{
public:
    // Into `path` (its folder must exist; an existing file is replaced only when the download ends well).
    static std::shared_ptr<DownloadSink> toFile(const QString &path);
    // Into `fileName` inside a new private temporary folder; nullptr when none can be made.
    static std::shared_ptr<DownloadSink> toTemporaryFolder(const QString &fileName);
    ~DownloadSink();

    void push(QByteArray chunk); // the connection's thread
    // No more chunks: the file is committed on a worker; the future's result is empty on success, else why
    // it could not be written (then no file is left).
    QFuture<QString> finish();
    void cancel(); // nothing is committed; the partial file is removed

    bool hasFailed() const { return m_failed.load(); } // a write failed: stop downloading
    QString errorString() const;
    QString filePath() const { return m_path; }
    std::shared_ptr<QTemporaryDir> temporaryFolder() const { return m_temporary; }
    qint64 written() const { return m_written.load(); }

private:
    explicit DownloadSink(const QString &path);
    void schedule(); // m_mutex held
    void drain(); // worker
    bool writeChunk(const QByteArray &chunk); // worker
    void fail(const QString &why); // worker, m_mutex not held

    QString m_path;
    std::shared_ptr<QTemporaryDir> m_temporary;
    mutable QMutex m_mutex;
    std::deque<QByteArray> m_chunks;
    bool m_finished = false, m_running = false, m_cancelled = false, m_delivered = false;
    std::atomic<bool> m_failed { false };
    std::atomic<qint64> m_written { 0 };
    QString m_error;
    std::unique_ptr<QSaveFile> m_file; // used by one worker at a time (m_running)
    QPromise<QString> m_promise;
};

} // namespace mgrdesk::net
