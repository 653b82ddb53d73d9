#include "documentview.h"

#include "safehtmlview.h"

#include <QAction>
#include <QDesktopServices>
#include <QFileInfo>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QToolBar>
#include <QVBoxLayout>

namespace mgrdesk::gui {

using documents::DocumentKind;

namespace {
constexpr qreal kZoomStep = 1.25;
constexpr qreal kZoomMin = 0.25;
constexpr qreal kZoomMax = 8.0;
constexpr qsizetype kTextPreviewLimit = 2 * 1024 * 1024; // larger text files: save or open outside
} // namespace

DocumentView::DocumentView(QWidget *parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar(this))
    , m_info(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_pdf(std::make_unique<QPdfDocument>())
    , m_pdfView(new QPdfView(this))
    , m_html(new SafeHtmlView(this))
    , m_text(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("documentView"));
    m_pdfView->setObjectName(QStringLiteral("documentPdfView"));
    m_pdfView->setDocument(m_pdf.get());
    m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_text->setObjectName(QStringLiteral("documentTextView"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_problem->setObjectName(QStringLiteral("documentProblem"));
    m_problem->setAlignment(Qt::AlignCenter);
    m_problem->setWordWrap(true);
    m_info->setObjectName(QStringLiteral("documentInfo"));
    m_info->setWordWrap(true);
    m_info->hide();

    m_stack->addWidget(m_pdfView);
    m_stack->addWidget(m_html);
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_problem);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_info);
    layout->addWidget(m_stack, 1);
    buildToolBar();

    connect(m_html, &SafeHtmlView::resourceBlocked, this, [this] {
        m_info->setText(tr("%n external resource(s) of this document were not loaded (images and styles from "
                           "the network are never fetched).",
            nullptr, int(m_html->blockedResources().size())));
        m_info->show();
    });
    connect(m_html, &SafeHtmlView::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) {
            QDesktopServices::openUrl(url);
            Q_EMIT message(tr("Opened %1 in the browser.").arg(url.host()));
        }
    });
}

DocumentView::~DocumentView()
{
    m_pdfView->setDocument(nullptr);
}

void DocumentView::buildToolBar()
{
    m_toolBar->setObjectName(QStringLiteral("documentToolBar"));
    QAction *save = m_toolBar->addAction(tr("Save As…"), this, &DocumentView::saveAs);
    save->setObjectName(QStringLiteral("documentSaveAs"));
    save->setShortcut(QKeySequence::SaveAs);
    QAction *open
        = m_toolBar->addAction(tr("Open with System Viewer"), this, &DocumentView::openWithSystemViewer);
    open->setObjectName(QStringLiteral("documentOpenExternally"));
    m_print = m_toolBar->addAction(tr("Print…"), this, &DocumentView::print);
    m_print->setObjectName(QStringLiteral("documentPrint"));
    m_print->setShortcut(QKeySequence::Print);
    m_toolBar->addSeparator();
    m_zoomOut = m_toolBar->addAction(tr("Zoom Out"), this, &DocumentView::zoomOut);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_zoomIn = m_toolBar->addAction(tr("Zoom In"), this, &DocumentView::zoomIn);
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    m_fitWidth = m_toolBar->addAction(tr("Fit Width"), this, &DocumentView::fitToWidth);
    for (QAction *a : m_toolBar->actions())
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

bool DocumentView::setDocument(
    const QByteArray &bytes, DocumentKind kind, const QString &fileName, QString *error)
{
    m_bytes = bytes;
    m_kind = kind;
    m_fileName = fileName;
    m_filePath.clear();
    m_keep.reset();
    return showDocument(error);
}

bool DocumentView::setDocumentFile(const QString &path, DocumentKind kind, const QString &fileName,
    std::shared_ptr<QTemporaryDir> keep, QString *error)
{
    m_bytes.clear();
    m_kind = kind;
    m_fileName = fileName;
    m_filePath = path;
    m_keep = std::move(keep);
    // Text and printed forms are previewed up to the preview limit (only that much is read); a PDF is read
    // by Qt PDF from the file as it needs.
    if (kind != DocumentKind::Pdf && QFileInfo(path).size() <= kTextPreviewLimit) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            m_bytes = file.readAll();
    }
    return showDocument(error);
}

bool DocumentView::showDocument(QString *error)
{
    const DocumentKind kind = m_kind;
    m_info->hide();
    m_html->clearBlocked();
    m_tempDir.reset();
    m_pdf->close();

    bool ok = true;
    QString problem;
    const bool fromFile = !m_filePath.isEmpty();
    switch (kind) {
    case DocumentKind::Pdf: {
        m_pdfBuffer.close();
        if (fromFile) {
            m_pdf->load(m_filePath);
        } else {
            m_pdfBuffer.setData(m_bytes);
            m_pdfBuffer.open(QIODevice::ReadOnly);
            m_pdf->load(&m_pdfBuffer);
        }
        if (m_pdf->status() != QPdfDocument::Status::Ready || m_pdf->pageCount() < 1) {
            ok = false;
            problem = tr(
                "This PDF cannot be shown (it is damaged or not a PDF). You can still save it or open it "
                "with the system viewer.");
        } else {
            m_stack->setCurrentWidget(m_pdfView);
        }
        break;
    }
    case DocumentKind::Html: {
        if (fromFile && m_bytes.isEmpty()) {
            problem = tr("This file is too large to preview. Save it or open it with the system viewer.");
            break;
        }
        // Printed forms declare their charset; UTF-8 is what BILLmanager sends when they do not.
        auto decoder = QStringDecoder::decoderForHtml(m_bytes);
        const QString html = decoder.isValid() ? decoder.decode(m_bytes) : QString::fromUtf8(m_bytes);
        m_html->setHtml(html);
        m_stack->setCurrentWidget(m_html);
        break;
    }
    case DocumentKind::Csv:
    case DocumentKind::Other:
    case DocumentKind::None: {
        QByteArray start = m_bytes.left(4096);
        bool tooBig = m_bytes.size() > kTextPreviewLimit;
        if (fromFile && QFileInfo(m_filePath).size() > kTextPreviewLimit) {
            tooBig = true;
            QFile file(m_filePath);
            if (file.open(QIODevice::ReadOnly))
                start = file.read(4096);
        }
        const bool looksText = !start.contains('\0');
        if (looksText && !tooBig) {
            m_text->setPlainText(QString::fromUtf8(m_bytes));
            m_stack->setCurrentWidget(m_text);
        } else {
            problem = looksText
                ? tr("This file is too large to preview. Save it or open it with the system viewer.")
                : tr("This file cannot be previewed here. Save it or open it with the system viewer.");
        }
        break;
    }
    }
    if (!problem.isEmpty())
        showProblem(problem);
    if (error)
        *error = ok ? QString() : problem;
    const bool zoomable = m_stack->currentWidget() != m_problem;
    m_zoomIn->setEnabled(zoomable);
    m_zoomOut->setEnabled(zoomable);
    m_fitWidth->setEnabled(kind == DocumentKind::Pdf && ok);
    m_print->setEnabled(zoomable);
    return ok;
}

void DocumentView::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_stack->setCurrentWidget(m_problem);
}

int DocumentView::pageCount() const
{
    if (m_kind == DocumentKind::Pdf)
        return m_pdf->status() == QPdfDocument::Status::Ready ? m_pdf->pageCount() : 0;
    return m_bytes.isEmpty() && m_filePath.isEmpty() ? 0 : 1;
}

qreal DocumentView::zoomFactor() const
{
    if (m_stack->currentWidget() == m_pdfView)
        return m_pdfView->zoomFactor();
    return m_textZoom;
}

void DocumentView::setZoom(qreal factor)
{
    factor = qBound(kZoomMin, factor, kZoomMax);
    if (m_stack->currentWidget() == m_pdfView) {
        m_pdfView->setZoomMode(QPdfView::ZoomMode::Custom);
        m_pdfView->setZoomFactor(factor);
        return;
    }
    QWidget *view = m_stack->currentWidget() == m_html ? static_cast<QWidget *>(m_html) : m_text;
    QFont f = view->font();
    const qreal base = QWidget().font().pointSizeF();
    f.setPointSizeF(qMax<qreal>(4, base * factor));
    view->setFont(f);
    m_textZoom = factor;
}

void DocumentView::zoomIn()
{
    setZoom(zoomFactor() * kZoomStep);
}

void DocumentView::zoomOut()
{
    setZoom(zoomFactor() / kZoomStep);
}

void DocumentView::fitToWidth()
{
    if (m_stack->currentWidget() == m_pdfView)
        m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
}

} // namespace mgrdesk::gui
