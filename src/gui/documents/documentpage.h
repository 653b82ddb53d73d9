#pragma once
// The "document" page kind: a print or PDF function (a list's print/PDF buttons, a link, the console) run
// inside the app. One row: the document downloads (with progress, cancellable) into a DocumentView. Several
// rows (elid=a, b, c): one document per row saved into a folder the user picks, names from a template
// ({number}.pdf), progress and the rows that failed listed.

#include "router/pagecontext.h"

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
QT_END_NAMESPACE

namespace mgrdesk::net {
class ApiJob;
struct ApiResult;
} // namespace mgrdesk::net
namespace mgrdesk::operations {
class BatchDownload;
}

namespace mgrdesk::gui {

class DocumentView;

class DocumentPage : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentPage(const PageContext &context);
    ~DocumentPage() override;

    DocumentView *view() const { return m_view; }
    QListWidget *batchResults() const { return m_results; }
    // For a batch: the folder to write into, asked with a dialog unless set (tests, a remembered folder).
    void setBatchFolder(const QString &folder) { m_folder = folder; }
    static QString outFor(const QString &function); // pdf_print for *.pdf, doc_print for *.print
    // Documents (ticket attachments too) bigger than this are streamed to a private temporary file as they
    // arrive instead of being held in memory (net::JobOptions::documentFileAbove); 16 MiB by default. Tests
    // lower it to stream moderate files.
    static qint64 fileThreshold();
    static void setFileThreshold(qint64 bytes);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void titleChanged(const QString &title);
    void loaded(bool ok);

private:
    void onResult(const net::ApiResult &result);
    void startBatch(const QStringList &ids);

    PageContext m_context;
    QStackedWidget *m_stack;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    DocumentView *m_view;
    QListWidget *m_results;
    QPointer<net::ApiJob> m_job;
    QPointer<operations::BatchDownload> m_batch;
    QString m_folder;
};

} // namespace mgrdesk::gui
