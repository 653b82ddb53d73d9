#pragma once
// A document tab: a PDF (Qt PDF: pages, zoom, print), a server's printed form in HTML (read-only, nothing
// loaded from anywhere, printable), or another file (CSV, an attachment) with a preview where it is text.
// Everywhere: Save As… (atomic, the last folder remembered by the owner per account) and Open with System
// Viewer (a private temporary copy).

#include "core/documents/documentkind.h"

#include <QBuffer>
#include <QByteArray>
#include <QWidget>
#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QPdfDocument;
class QPdfView;
class QPlainTextEdit;
class QPrinter;
class QStackedWidget;
class QTemporaryDir;
class QToolBar;
class QAction;
QT_END_NAMESPACE

namespace mgrdesk::gui {

class SafeHtmlView;

class DocumentView : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentView(QWidget *parent = nullptr);
    ~DocumentView() override;

    // Shows `bytes` as `kind`; false (and a message in the view and in `error`) when it cannot be read.
    bool setDocument(const QByteArray &bytes, documents::DocumentKind kind, const QString &fileName,
        QString *error = nullptr);
    // A document streamed to a file (a big download): shown from the file, never read whole into memory.
    // `keep` holds the private temporary folder the file lives in (removed with the view).
    bool setDocumentFile(const QString &path, documents::DocumentKind kind, const QString &fileName,
        std::shared_ptr<QTemporaryDir> keep = {}, QString *error = nullptr);
    QString filePath() const { return m_filePath; } // set for a document shown from a file
    bool isSaving() const { return m_saving; }

    documents::DocumentKind kind() const { return m_kind; }
    QByteArray bytes() const { return m_bytes; }
    QString fileName() const { return m_fileName; }

    // Writes the document's bytes atomically (QSaveFile; for a document shown from a file, a copy of it on
    // this thread: saveAs() copies on a worker). False + a message on failure.
    bool saveTo(const QString &path, QString *error = nullptr) const;
    QString lastFolder() const { return m_lastFolder; }
    void setLastFolder(const QString &folder) { m_lastFolder = folder; }

    int pageCount() const; // PDF pages; 1 for other kinds with content
    QPdfDocument *pdfDocument() const { return m_pdf.get(); }
    QPdfView *pdfView() const { return m_pdfView; }
    SafeHtmlView *htmlView() const { return m_html; }
    QPlainTextEdit *textView() const { return m_text; }
    qreal zoomFactor() const;

    // Renders every page (PDF) or the document (HTML, text) to `printer`.
    bool printTo(QPrinter *printer, QString *error = nullptr);

public Q_SLOTS:
    void saveAs(); // a file dialog in lastFolder(), then saveTo(); lastFolderChanged() on success
    void openWithSystemViewer(); // a private temporary copy opened with QDesktopServices
    void print(); // the print dialog, then printTo()
    void zoomIn();
    void zoomOut();
    void fitToWidth();

Q_SIGNALS:
    void lastFolderChanged(const QString &folder);
    void saveFinished(bool ok, const QString &path); // Save As… of a document shown from a file
    void message(const QString &text); // for the window's status bar

private:
    void buildToolBar();
    void showProblem(const QString &text);
    bool showDocument(QString *error);
    void saveFileAs(const QString &path);
    void setZoom(qreal factor);

    QByteArray m_bytes;
    documents::DocumentKind m_kind = documents::DocumentKind::None;
    QString m_fileName;
    QString m_filePath;
    std::shared_ptr<QTemporaryDir> m_keep;
    QString m_lastFolder;
    bool m_saving = false;

    QToolBar *m_toolBar;
    QAction *m_zoomIn = nullptr, *m_zoomOut = nullptr, *m_fitWidth = nullptr, *m_print = nullptr;
    QLabel *m_info;
    QStackedWidget *m_stack;
    std::unique_ptr<QPdfDocument> m_pdf;
    QBuffer m_pdfBuffer;
    QPdfView *m_pdfView;
    SafeHtmlView *m_html;
    QPlainTextEdit *m_text;
    QLabel *m_problem;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    qreal m_textZoom = 1.0;
};

} // namespace mgrdesk::gui
