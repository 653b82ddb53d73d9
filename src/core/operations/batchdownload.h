#pragma once
// Documents for several rows at once (print/PDF buttons with several rows selected): one request per row,
// two at a time, each document written atomically (QSaveFile) into a folder under a name from a template
// ({number}.pdf), unique in the folder; rows that fail are listed with their error and nothing half-written
// is left behind. Progress and cancel.

#include "core/documents/filenametemplate.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

namespace mgrdesk::net {
class Connection;
class ApiJob;
struct ApiResult;
} // namespace mgrdesk::net

namespace mgrdesk::operations {

class BatchDownload : public QObject
{
    Q_OBJECT

public:
    struct Row
    {
        QString elid;
        QHash<QString, QString> fields; // for the file name template (number, id, …)
    };
    struct RowResult
    {
        QString elid;
        bool ok = false;
        QString path; // the file written (ok)
        QString error; // why not (failed)
    };

    // function/out as the button says (payment.print.pdf + pdf_print, payment.print + doc_print).
    BatchDownload(net::Connection *connection, const QString &function, const QString &out,
        const QList<Row> &rows, const QString &folder, const documents::FileNameTemplate &names,
        QObject *parent = nullptr);

    void start();
    void cancel(); // running requests are cancelled; files already written stay (each is whole)
    void setSu(const QString &su) { m_su = su; }

    int total() const { return int(m_rows.size()); }
    int finishedCount() const { return int(m_results.size()); }
    QList<RowResult> results() const { return m_results; }
    int failedCount() const;
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int finished, int total);
    void rowFinished(const mgrdesk::operations::BatchDownload::RowResult &result);
    void finished(bool cancelled);

private:
    void startNext();
    void onResult(const Row &row, const net::ApiResult &result);

    QPointer<net::Connection> m_connection;
    QString m_function, m_out, m_folder, m_su;
    QList<Row> m_rows;
    documents::FileNameTemplate m_names;
    int m_next = 0, m_inFlight = 0;
    QList<RowResult> m_results;
    QSet<QString> m_taken;
    QList<QPointer<net::ApiJob>> m_jobs;
    bool m_running = false, m_cancelled = false;
};

} // namespace mgrdesk::operations
