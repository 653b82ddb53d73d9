#include "batchdownload.h"

#include "core/net/apijob.h"
#include "core/net/connection.h"

#include <QDir>
#include <QFileInfo>

namespace mgrdesk::operations {

namespace {
constexpr int kParallel = 2;
}

BatchDownload::BatchDownload(net::Connection *connection, const QString &function, const QString &out,
    const QList<Row> &rows, const QString &folder, const documents::FileNameTemplate &names, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_function(function)
    , m_out(out)
    , m_folder(folder)
    , m_rows(rows)
    , m_names(names)
{
}

void BatchDownload::start()
{
    if (m_running)
        return;
    m_running = true;
    if (!QDir().mkpath(m_folder)) {
        for (const Row &row : std::as_const(m_rows))
            m_results.append({ row.elid, false, QString(),
                tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_folder)) });
        m_running = false;
        Q_EMIT progress(finishedCount(), total());
        Q_EMIT finished(false);
        return;
    }
    startNext();
}

void BatchDownload::startNext()
{
    while (!m_cancelled && m_connection && m_inFlight < kParallel && m_next < m_rows.size()) {
        const Row row = m_rows.at(m_next++);
        protocol::Request request(m_function);
        request.set(QStringLiteral("elid"), row.elid);
        if (!m_out.isEmpty())
            request.set(QStringLiteral("out"), m_out);
        net::JobOptions options;
        options.su = m_su;
        // Streamed straight into its file (docs/documents.md "Big downloads"): the name is taken now.
        const QString name = documents::FileNameTemplate::unique(
            m_names.expand(row.fields, documents::extensionFor(documents::expectedDocument(request))),
            m_taken, m_folder);
        m_taken.insert(name.toLower());
        options.downloadTo = QDir(m_folder).filePath(name);
        ++m_inFlight;
        net::ApiJob *job = m_connection->send(request, this, options);
        m_jobs.append(job);
        connect(job, &net::ApiJob::finished, this, [this, row](const net::ApiResult &r) {
            --m_inFlight;
            onResult(row, r);
        });
    }
    if (m_inFlight == 0 && (m_cancelled || m_next >= m_rows.size() || !m_connection) && m_running) {
        m_running = false;
        Q_EMIT finished(m_cancelled);
    }
}

void BatchDownload::onResult(const Row &row, const net::ApiResult &r)
{
    RowResult result;
    result.elid = row.elid;
    if (r.status == net::ApiResult::Status::Cancelled) {
        result.error = tr("Cancelled");
    } else if (!r.ok()) {
        result.error = r.message.isEmpty() ? tr("The server did not send the document.") : r.message;
    } else if (!r.document) {
        result.error = tr("The server answered with data instead of a document.");
    } else if (r.document->inFile()) {
        result.ok = true;
        result.path = r.document->filePath;
    } else {
        result.error = tr("The server did not send the document.");
    }
    m_results.append(result);
    Q_EMIT rowFinished(result);
    Q_EMIT progress(finishedCount(), total());
    startNext();
}

void BatchDownload::cancel()
{
    m_cancelled = true;
    for (const auto &job : std::as_const(m_jobs)) {
        if (job)
            job->cancel();
    }
}

int BatchDownload::failedCount() const
{
    int n = 0;
    for (const RowResult &r : m_results)
        n += r.ok ? 0 : 1;
    return n;
}

} // namespace mgrdesk::operations
