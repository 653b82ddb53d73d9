#include "documentpage.h"

#include "core/net/apijob.h"
#include "core/net/connection.h"
#include "core/operations/batchdownload.h"
#include "documentview.h"

#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace mgrdesk::gui {

namespace {
constexpr qint64 kDefaultFileThreshold = 16 * 1024 * 1024; // bigger documents go to a temporary file
qint64 s_fileThreshold = kDefaultFileThreshold;
} // namespace

qint64 DocumentPage::fileThreshold()
{
    return s_fileThreshold;
}

void DocumentPage::setFileThreshold(qint64 bytes)
{
    s_fileThreshold = bytes < 0 ? kDefaultFileThreshold : bytes;
}

DocumentPage::DocumentPage(const PageContext &context)
    : m_context(context)
    , m_stack(new QStackedWidget(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_view(new DocumentView(this))
    , m_results(new QListWidget(this))
{
    setObjectName(QStringLiteral("documentPage"));
    m_results->setObjectName(QStringLiteral("documentBatchResults"));
    auto *waiting = new QWidget(this);
    auto *waitLayout = new QVBoxLayout(waiting);
    waitLayout->addStretch();
    waitLayout->addWidget(m_status, 0, Qt::AlignHCenter);
    waitLayout->addWidget(m_progress);
    waitLayout->addWidget(m_cancel, 0, Qt::AlignHCenter);
    waitLayout->addWidget(m_results, 1);
    waitLayout->addStretch();
    m_status->setWordWrap(true);
    m_results->hide();
    m_stack->addWidget(waiting);
    m_stack->addWidget(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        if (m_batch)
            m_batch->cancel();
    });
    connect(m_view, &DocumentView::message, m_status, &QLabel::setText);
    QMetaObject::invokeMethod(this, &DocumentPage::reload, Qt::QueuedConnection);
}

DocumentPage::~DocumentPage() = default;

QString DocumentPage::outFor(const QString &function)
{
    if (function.endsWith(QLatin1String(".pdf")))
        return QStringLiteral("pdf_print");
    if (function.endsWith(QLatin1String(".print")))
        return QStringLiteral("doc_print");
    return {};
}

void DocumentPage::reload()
{
    if (!m_context.connection)
        return;
    const QString function = m_context.request.function;
    const QStringList ids = m_context.request.elid.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (ids.size() > 1) {
        startBatch(ids);
        return;
    }
    protocol::Request request = m_context.request.toRequest();
    if (!request.has(QStringLiteral("out")) && !outFor(function).isEmpty())
        request.set(QStringLiteral("out"), outFor(function));
    m_stack->setCurrentIndex(0);
    m_status->setText(tr("Downloading %1…").arg(function));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    net::JobOptions options = m_context.jobOptions();
    // A big document goes to a private temporary file as it arrives (never whole in memory); the view shows
    // it from there and Save As… copies it.
    options.documentFileAbove = fileThreshold();
    m_job = m_context.connection->send(request, this, options);
    connect(m_job, &net::ApiJob::progress, this, [this, function](qint64 received, qint64 total) {
        const QLocale locale;
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(received * 1000 / total));
            m_status->setText(
                tr("Downloading %1… %2 of %3")
                    .arg(function, locale.formattedDataSize(received), locale.formattedDataSize(total)));
        } else if (received > 0) {
            m_status->setText(tr("Downloading %1… %2").arg(function, locale.formattedDataSize(received)));
        }
    });
    connect(m_job, &net::ApiJob::finished, this, &DocumentPage::onResult);
}

void DocumentPage::onResult(const net::ApiResult &result)
{
    m_cancel->hide();
    m_progress->hide();
    if (result.status == net::ApiResult::Status::Cancelled) {
        m_status->setText(tr("The download was cancelled."));
        Q_EMIT loaded(false);
        return;
    }
    if (!result.ok() || !result.document) {
        m_status->setText(result.ok() ? tr("The server answered with data, not a document.")
                                      : tr("The document could not be loaded: %1").arg(result.message));
        Q_EMIT loaded(false);
        return;
    }
    QString name = result.document->fileName;
    if (name.isEmpty())
        name = m_context.request.function + QLatin1Char('-') + m_context.request.elid + QLatin1Char('.')
            + documents::extensionFor(result.document->kind);
    if (result.document->inFile())
        m_view->setDocumentFile(
            result.document->filePath, result.document->kind, name, result.document->temporaryFolder);
    else
        m_view->setDocument(result.document->bytes, result.document->kind, name);
    m_stack->setCurrentWidget(m_view);
    Q_EMIT titleChanged(name);
    Q_EMIT loaded(true);
}

void DocumentPage::startBatch(const QStringList &rawIds)
{
    QStringList ids;
    for (const QString &id : rawIds)
        ids.append(id.trimmed());
    QString folder = m_folder;
    if (folder.isEmpty()) {
        folder
            = QFileDialog::getExistingDirectory(this, tr("Save %n Documents Into", nullptr, int(ids.size())),
                QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
        if (folder.isEmpty()) {
            m_status->setText(tr("No folder was chosen: nothing was downloaded."));
            m_progress->hide();
            m_cancel->hide();
            Q_EMIT loaded(false);
            return;
        }
    }
    QList<operations::BatchDownload::Row> rows;
    for (const QString &id : std::as_const(ids))
        rows.append({ id, { { QStringLiteral("id"), id } } });
    const QString function = m_context.request.function;
    auto *batch
        = new operations::BatchDownload(m_context.connection, function, outFor(function), rows, folder,
            documents::FileNameTemplate(
                QStringLiteral("%1-{id}.{ext}").arg(function.section(QLatin1Char('.'), 0, 0))),
            this);
    batch->setSu(m_context.request.su);
    m_batch = batch;
    m_stack->setCurrentIndex(0);
    m_results->clear();
    m_results->show();
    m_progress->setRange(0, int(ids.size()));
    m_progress->setValue(0);
    m_cancel->show();
    m_status->setText(
        tr("Saving %n documents into %1…", nullptr, int(ids.size())).arg(QDir::toNativeSeparators(folder)));
    connect(batch, &operations::BatchDownload::progress, m_progress, &QProgressBar::setValue);
    connect(batch, &operations::BatchDownload::rowFinished, this,
        [this](const operations::BatchDownload::RowResult &r) {
            m_results->addItem(r.ok ? tr("%1: saved as %2").arg(r.elid, QDir::toNativeSeparators(r.path))
                                    : tr("%1: failed: %2").arg(r.elid, r.error));
        });
    connect(batch, &operations::BatchDownload::finished, this, [this, batch, folder](bool cancelled) {
        m_cancel->hide();
        const int failed = batch->failedCount();
        const int saved = batch->finishedCount() - failed;
        m_status->setText(cancelled ? tr("Cancelled: %1 saved, %2 failed.").arg(saved).arg(failed)
                                    : tr("%1 saved into %2, %3 failed.")
                                          .arg(saved)
                                          .arg(QDir::toNativeSeparators(folder))
                                          .arg(failed));
        Q_EMIT loaded(failed == 0 && !cancelled);
    });
    batch->start();
}

} // namespace mgrdesk::gui
