#pragma once
// CSV export of a loaded list, written on a worker thread (issue 5: the window stays responsive while a
// 100,000-row list is written). The GUI thread only takes a snapshot (a copy of the TableData, the row order,
// the columns: a few milliseconds); the worker builds the rows from the snapshot's UTF-8 cells in chunks of
// about 16 KiB, writes them, counts the rows done (polled for the progress bar) and stops between chunks when
// cancelled.
//
// Files: a regular path is written through QSaveFile (the old file stays until the new one is complete; a
// cancelled or failed export leaves nothing behind); an existing non-regular file (a FIFO, a device) is
// written directly. Format: RFC 4180 (quotes when needed, CRLF), UTF-8 without BOM; the first column is the
// row key when it is not a column of the list; the header holds the column titles.

#include "core/protocol/reply.h"

#include <QObject>
#include <QSharedPointer>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QThread;
class QTimer;
QT_END_NAMESPACE

namespace mgrdesk::models {

class TableModel;

struct CsvSnapshot
{
    QSharedPointer<const protocol::TableData> data; // an independent copy
    std::vector<int> rows; // data rows in export order (the model's current order)
    QList<int> columns; // data column of each exported column (-1: no row has it)
    QStringList header;
    QList<bool>
        secret; // per exported column: a secret-named column, written as ***** (TableModel::isSecretColumn)
    int keyColumn = -1; // data column of the key, exported first; -1 when the key is already a column
    qint64 rowCount() const { return qint64(rows.size()); }

    // Every loaded row of the model, in its current order, every model column. GUI thread.
    static CsvSnapshot fromModel(const TableModel &model);
};

class ListExport : public QObject
{
    Q_OBJECT
public:
    enum class Result { Ok, Failed, Cancelled };
    Q_ENUM(Result)

    explicit ListExport(QObject *parent = nullptr);
    ~ListExport() override; // cancels a running export (the worker ends on its own)

    // Starts writing on a worker thread. False when one is running already.
    bool start(const CsvSnapshot &snapshot, const QString &path);
    void cancel();
    bool isRunning() const { return m_state != nullptr; }
    qint64 rowsWritten() const;
    qint64 rowsTotal() const { return m_total; }
    QString path() const { return m_path; }
    // The thread that wrote the last finished export (null before any): tests check it is not the GUI thread.
    Qt::HANDLE writerThread() const { return m_writerThread; }

    // The writer itself (any thread): `chunkWritten(rowsDone)` is called after every chunk; returning false
    // cancels. On failure *error holds a message for the user.
    static Result write(const CsvSnapshot &snapshot, const QString &path,
        const std::function<bool(qint64)> &chunkWritten, QString *error);
    static QByteArray csvField(QByteArrayView utf8);

Q_SIGNALS:
    void progress(qint64 written, qint64 total);
    void finished(mgrdesk::models::ListExport::Result result, const QString &path, const QString &message);

private:
    struct State
    {
        std::atomic<qint64> written { 0 };
        std::atomic<bool> cancel { false };
        Result result = Result::Failed; // set by the worker before it ends
        Qt::HANDLE thread = nullptr; // the worker's, set when it starts
        QString error;
    };
    void onThreadFinished();

    std::shared_ptr<State> m_state;
    QThread *m_thread = nullptr;
    QTimer *m_poll = nullptr;
    qint64 m_total = 0;
    qint64 m_lastReported = -1;
    QString m_path;
    Qt::HANDLE m_writerThread = nullptr;
};

} // namespace mgrdesk::models
