#include "listexport.h"

#include "tablemodel.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QThread>
#include <QTimer>

namespace mgrdesk::models {

Q_DECLARE_LOGGING_CATEGORY(lcLists)

namespace {
const qsizetype kChunkBytes = 16 * 1024; // a cancel is seen within one chunk
}

CsvSnapshot CsvSnapshot::fromModel(const TableModel &model)
{
    CsvSnapshot s;
    const protocol::TableData *data = model.tableData();
    if (!data)
        return s;
    auto copy = QSharedPointer<protocol::TableData>::create(*data);
    const QString keyColumn = data->keyColumn;
    if (!keyColumn.isEmpty() && model.columnForName(keyColumn) < 0) {
        s.keyColumn = data->columnIndex(keyColumn);
        s.header.append(keyColumn);
    }
    for (int c = 0; c < model.columnCount(); ++c) {
        s.columns.append(data->columnIndex(model.columnName(c)));
        s.header.append(model.columnTitle(c));
        s.secret.append(model.isSecretColumn(c));
    }
    const int rows = model.rowCount();
    s.rows.reserve(size_t(rows));
    for (int r = 0; r < rows; ++r)
        s.rows.push_back(model.sourceRow(r));
    s.data = copy;
    return s;
}

ListExport::ListExport(QObject *parent)
    : QObject(parent)
{
}

ListExport::~ListExport()
{
    if (m_state)
        m_state->cancel = true; // the worker stops at its next chunk and deletes its thread object itself
}

qint64 ListExport::rowsWritten() const
{
    return m_state ? m_state->written.load() : 0;
}

QByteArray ListExport::csvField(QByteArrayView utf8)
{
    bool quote = false;
    for (const char c : utf8)
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    if (!quote)
        return utf8.toByteArray();
    QByteArray out;
    out.reserve(utf8.size() + 4);
    out.append('"');
    for (const char c : utf8) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
    return out;
}

ListExport::Result ListExport::write(const CsvSnapshot &snapshot, const QString &path,
    const std::function<bool(qint64)> &chunkWritten, QString *error)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = tr("Cannot write %1: it is a folder.").arg(path);
        return Result::Failed;
    }
    // A FIFO or a device is written as it is; a regular file through QSaveFile (all or nothing).
    const bool direct = info.exists() && !info.isFile();
    std::unique_ptr<QFileDevice> file;
    QSaveFile *saveFile = nullptr;
    if (direct) {
        file = std::make_unique<QFile>(path);
    } else {
        saveFile = new QSaveFile(path);
        file.reset(saveFile);
    }
    if (!file->open(direct ? QIODevice::WriteOnly | QIODevice::Unbuffered : QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file->errorString());
        return Result::Failed;
    }
    auto fail = [&] {
        *error = tr("Cannot write %1: %2").arg(path, file->errorString());
        if (saveFile)
            saveFile->cancelWriting();
        return Result::Failed;
    };
    auto put = [&](const QByteArray &bytes) {
        qsizetype done = 0;
        while (done < bytes.size()) { // a FIFO may take a part
            const qint64 n = file->write(bytes.constData() + done, bytes.size() - done);
            if (n <= 0)
                return false;
            done += qsizetype(n);
        }
        return true;
    };

    QByteArray out;
    out.reserve(kChunkBytes + 4096);
    for (qsizetype i = 0; i < snapshot.header.size(); ++i) {
        if (i)
            out.append(',');
        out.append(csvField(snapshot.header.at(i).toUtf8()));
    }
    out.append("\r\n");
    const protocol::TableData *data = snapshot.data.data();
    const qint64 total = snapshot.rowCount();
    for (qint64 i = 0; i < total; ++i) {
        const int row = snapshot.rows[size_t(i)];
        bool first = true;
        if (snapshot.keyColumn >= 0) {
            out.append(csvField(data->cellView(row, snapshot.keyColumn)));
            first = false;
        }
        for (qsizetype k = 0; k < snapshot.columns.size(); ++k) {
            const int c = snapshot.columns.at(k);
            if (!first)
                out.append(',');
            first = false;
            if (c < 0)
                continue;
            const QByteArrayView cell = data->cellView(row, c);
            // Secret columns (password, key…) as the list shows them: masked.
            if (!cell.isEmpty() && snapshot.secret.value(k))
                out.append("*****");
            else
                out.append(csvField(cell));
        }
        out.append("\r\n");
        if (out.size() >= kChunkBytes) {
            if (!put(out))
                return fail();
            out.clear();
            if (chunkWritten && !chunkWritten(i + 1)) {
                if (saveFile)
                    saveFile->cancelWriting();
                return Result::Cancelled;
            }
        }
    }
    if (!out.isEmpty() && !put(out))
        return fail();
    if (saveFile) {
        if (!saveFile->commit()) {
            *error = tr("Cannot write %1: %2").arg(path, saveFile->errorString());
            return Result::Failed;
        }
    } else {
        file->close();
        if (file->error() != QFileDevice::NoError)
            return fail();
    }
    if (chunkWritten)
        chunkWritten(total);
    return Result::Ok;
}

bool ListExport::start(const CsvSnapshot &snapshot, const QString &path)
{
    if (m_state)
        return false;
    auto state = std::make_shared<State>();
    m_state = state;
    m_total = snapshot.rowCount();
    m_lastReported = -1;
    m_path = path;
    m_thread = QThread::create([state, snapshot, path] {
        state->thread = QThread::currentThreadId();
        QString error;
        state->result = write(
            snapshot, path,
            [&state](qint64 done) {
                state->written = done;
                return !state->cancel.load();
            },
            &error);
        state->error = error;
    });
    m_thread->setObjectName(QStringLiteral("mgrdesk-csv-export"));
    connect(m_thread, &QThread::finished, this, &ListExport::onThreadFinished);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    if (!m_poll) {
        m_poll = new QTimer(this);
        m_poll->setInterval(100);
        connect(m_poll, &QTimer::timeout, this, [this] {
            const qint64 n = rowsWritten();
            if (n != m_lastReported) {
                m_lastReported = n;
                Q_EMIT progress(n, m_total);
            }
        });
    }
    m_poll->start();
    Q_EMIT progress(0, m_total);
    m_thread->start(QThread::LowPriority);
    return true;
}

void ListExport::cancel()
{
    if (m_state)
        m_state->cancel = true;
}

void ListExport::onThreadFinished()
{
    const std::shared_ptr<State> state = m_state;
    m_state.reset();
    m_thread = nullptr;
    m_poll->stop();
    if (!state)
        return;
    m_writerThread = state->thread;
    const Result result = state->result; // Ok even when cancelled after the last chunk: the file is complete
    QString message = state->error;
    if (result == Result::Ok)
        Q_EMIT progress(m_total, m_total);
    else if (result == Result::Cancelled)
        message = tr("The export was cancelled.");
    qCDebug(lcLists) << "export to" << m_path << "finished:" << int(result);
    Q_EMIT finished(result, m_path, message);
}

} // namespace mgrdesk::models
