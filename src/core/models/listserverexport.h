#pragma once
// The server's own CSV export of a list (docs/protocol.md §8.7: `func=LIST&out=csv` → the whole filtered,
// sorted list as one file, built by the server), beside the client-side ListExport. The reply is a document
// (documents::classifyReply: out=csv, text/csv, Content-Disposition); its bytes are written unchanged to the
// chosen file through QSaveFile on a worker thread, so neither the download nor the write ever blocks the
// GUI thread, and a failed or cancelled export leaves nothing behind (an existing file stays as it was).

#include "core/net/joboptions.h"
#include "core/protocol/request.h"
#include "core/settings/settings.h"

#include <QObject>
#include <QPointer>

#include <memory>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace mgrdesk::net {
class ApiJob;
class Connection;
struct ApiResult;
} // namespace mgrdesk::net

namespace mgrdesk::models {

// The folder the last export or document of an account was saved to (Save dialogs start there).
inline settings::Key<QString> lastFolderKey(const QString &accountId)
{
    return { QStringLiteral("documents/lastFolder/") + accountId, QString() };
}

class ListServerExport : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Downloading, Writing };
    Q_ENUM(State)

    explicit ListServerExport(QObject *parent = nullptr);
    ~ListServerExport() override;

    // func=FUNCTION&out=csv (and plid for a child list): what the web interface's "Save as CSV" asks.
    static protocol::Request request(const QString &function, const QString &plid = QString());

    // Downloads the server's CSV of `function` on `connection` (with `options`: su) and writes it to `path`.
    // finished() reports it once. False (nothing started) while another export runs.
    bool start(net::Connection *connection, const QString &function, const QString &plid,
        const net::JobOptions &options, const QString &path);
    void cancel(); // the download is cancelled; a write in progress is discarded
    State state() const { return m_state; }
    bool isRunning() const { return m_state != State::Idle; }
    QString path() const { return m_path; }
    qint64 bytesWritten() const { return m_bytes; }
    // Tests: the thread that wrote the last file (never the GUI thread).
    Qt::HANDLE writerThread() const { return m_writerThread; }

Q_SIGNALS:
    void stateChanged(mgrdesk::models::ListServerExport::State state);
    void finished(bool ok, const QString &path, const QString &message);

private:
    struct WriteState;
    void onReply(const net::ApiResult &result);
    void write(const QByteArray &bytes);
    void onWritten();
    void done(bool ok, const QString &message);
    void setState(State state);

    State m_state = State::Idle;
    QString m_path;
    qint64 m_bytes = 0;
    Qt::HANDLE m_writerThread = nullptr;
    QPointer<net::ApiJob> m_job;
    QThread *m_thread = nullptr;
    std::shared_ptr<WriteState> m_write;
};

} // namespace mgrdesk::models
