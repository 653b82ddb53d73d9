// DocumentView's output: Save As… (atomic; a document shown from a file is copied on a worker), Open with
// System Viewer (a private temporary copy) and printing (every PDF page at the printer's resolution, or the
// HTML/text document).
#include "documentview.h"

#include "core/documents/filecopy.h"
#include "safehtmlview.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPainter>
#include <QPdfDocument>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QUrl>

namespace mgrdesk::gui {

using documents::DocumentKind;

bool DocumentView::saveTo(const QString &path, QString *error) const
{
    if (!m_filePath.isEmpty()) {
        const QString failure = documents::copyFileAtomically(m_filePath, path).result();
        if (error)
            *error = failure;
        return failure.isEmpty();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_bytes) != m_bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void DocumentView::saveAs()
{
    QString folder = m_lastFolder;
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString ext = documents::extensionFor(m_kind);
    const QString proposed
        = QDir(folder).filePath(m_fileName.isEmpty() ? tr("document") + QLatin1Char('.') + ext : m_fileName);
    QFileDialog dialog(this, tr("Save Document"), proposed);
    dialog.setObjectName(QStringLiteral("documentSaveDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.selectFile(QFileInfo(proposed).fileName());
    dialog.setDirectory(folder);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    if (!m_filePath.isEmpty()) {
        saveFileAs(path);
        return;
    }
    QString error;
    if (!saveTo(path, &error)) {
        showProblem(error);
        Q_EMIT message(error);
        return;
    }
    m_lastFolder = QFileInfo(path).absolutePath();
    Q_EMIT lastFolderChanged(m_lastFolder);
    Q_EMIT message(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void DocumentView::saveFileAs(const QString &path)
{
    // A big document: copied on a worker (the GUI thread never waits on the disk), atomically.
    m_saving = true;
    Q_EMIT message(tr("Saving %1…").arg(QDir::toNativeSeparators(path)));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_saving = false;
        const QString error = watcher->result();
        if (!error.isEmpty()) {
            Q_EMIT message(error);
            Q_EMIT saveFinished(false, path);
            return;
        }
        m_lastFolder = QFileInfo(path).absolutePath();
        Q_EMIT lastFolderChanged(m_lastFolder);
        Q_EMIT message(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
        Q_EMIT saveFinished(true, path);
    });
    watcher->setFuture(documents::copyFileAtomically(m_filePath, path));
}

void DocumentView::openWithSystemViewer()
{
    if (!m_filePath.isEmpty() && m_keep) {
        // Already a private temporary file (a big download): open it as it is.
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_filePath)))
            Q_EMIT message(tr("No application is set up to open %1.").arg(QFileInfo(m_filePath).fileName()));
        return;
    }
    // A private folder (0700) removed with the view: the copy lives as long as the tab may need it.
    if (!m_tempDir)
        m_tempDir = std::make_unique<QTemporaryDir>();
    if (!m_tempDir->isValid()) {
        Q_EMIT message(tr("Cannot create a temporary folder for the document."));
        return;
    }
    const QString name
        = m_fileName.isEmpty() ? QStringLiteral("document.") + documents::extensionFor(m_kind) : m_fileName;
    const QString path = m_tempDir->filePath(name);
    QString error;
    if (!saveTo(path, &error)) {
        Q_EMIT message(error);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        Q_EMIT message(tr("No application is set up to open %1.").arg(name));
}

bool DocumentView::printTo(QPrinter *printer, QString *error)
{
    if (m_kind == DocumentKind::Pdf) {
        if (pageCount() < 1) {
            if (error)
                *error = tr("There is nothing to print.");
            return false;
        }
        QPainter painter;
        if (!painter.begin(printer)) {
            if (error)
                *error = tr("The printer cannot be used.");
            return false;
        }
        const QRect target = painter.viewport();
        for (int page = 0; page < m_pdf->pageCount(); ++page) {
            if (page > 0)
                printer->newPage();
            const QSizeF points = m_pdf->pagePointSize(page);
            QSize size = points.scaled(target.size(), Qt::KeepAspectRatio).toSize();
            const QImage image = m_pdf->render(page, size);
            painter.drawImage(QPoint(target.x() + (target.width() - size.width()) / 2, target.y()), image);
        }
        painter.end();
        return true;
    }
    if (m_stack->currentWidget() == m_html) {
        m_html->document()->print(printer);
        return true;
    }
    if (m_stack->currentWidget() == m_text) {
        m_text->document()->print(printer);
        return true;
    }
    if (error)
        *error = tr("This document cannot be printed from here; open it with the system viewer.");
    return false;
}

void DocumentView::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_fileName);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!printTo(&printer, &error))
        Q_EMIT message(error);
}

} // namespace mgrdesk::gui
