// The document view offscreen: a PDF made here (Qt's own writer) shown through Qt PDF with its text, zoom and
// printing; a damaged PDF explained; a printed HTML form whose remote image and style sheet are never
// requested (a real listening socket sees no connection); Save As through the real file dialog; Open with
// System Viewer on a private copy.
#include "core/documents/documentkind.h"
#include "documents/documentview.h"
#include "documents/safehtmlview.h"

#include <QApplication>
#include <QBuffer>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPdfView>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace mgrdesk;
using documents::DocumentKind;

namespace {

QByteArray makePdf(const QString &text, int pages = 1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(text);
    QPainter p(&writer);
    QFont f = p.font();
    f.setPointSize(24);
    p.setFont(f);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        p.drawText(QPoint(200, 800), QStringLiteral("%1 page %2").arg(text).arg(i + 1));
    }
    p.end();
    return bytes;
}

} // namespace

class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestDocumentView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pdfIsShownWithItsText()
    {
        gui::DocumentView view;
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QByteArray pdf = makePdf(QStringLiteral("Invoice DH-000042"), 2);
        QString error;
        QVERIFY2(view.setDocument(pdf, DocumentKind::Pdf, QStringLiteral("DH-000042.pdf"), &error),
            qPrintable(error));
        QCOMPARE(view.pageCount(), 2);
        QVERIFY(view.pdfDocument()->getAllText(0).text().contains(QStringLiteral("DH-000042")));
        QVERIFY(view.pdfView()->isVisible());

        const qreal before = view.zoomFactor();
        view.zoomIn();
        QVERIFY(view.zoomFactor() > before);
        view.zoomOut();
        view.zoomOut();
        QVERIFY(view.zoomFactor() < before);
        QVERIFY(!view.grab().isNull());

        // Printing renders both pages: printed to a PDF file, read back with Qt PDF.
        QTemporaryDir dir;
        QPrinter printer(QPrinter::ScreenResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
        QVERIFY2(view.printTo(&printer, &error), qPrintable(error));
        QPdfDocument printed;
        QCOMPARE(printed.load(dir.filePath(QStringLiteral("printed.pdf"))), QPdfDocument::Error::None);
        QCOMPARE(printed.pageCount(), 2);
    }

    void damagedPdfIsExplainedAndStillSavable()
    {
        gui::DocumentView view;
        view.show();
        QString error;
        const QByteArray bad("%PDF-1.4\nthis is not really a pdf");
        QVERIFY(!view.setDocument(bad, DocumentKind::Pdf, QStringLiteral("bad.pdf"), &error));
        QVERIFY(error.contains(QStringLiteral("PDF")));
        auto *problem = view.findChild<QLabel *>(QStringLiteral("documentProblem"));
        QVERIFY(problem && problem->isVisible());
        QTemporaryDir dir;
        QVERIFY(view.saveTo(dir.filePath(QStringLiteral("bad.pdf")), &error));
        QFile f(dir.filePath(QStringLiteral("bad.pdf")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bad);
    }

    void printedHtmlLoadsNothing()
    {
        QTcpServer sink;
        QVERIFY(sink.listen(QHostAddress::LocalHost));
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(sink.serverPort());
        const QString html = QStringLiteral(
            "<html><head><meta charset=\"utf-8\"><link rel=\"stylesheet\" href=\"%1/style.css\"></head>"
            "<body><img src=\"%1/logo.png\"><h1>Счёт DH-000042</h1><p>Client: client1</p>"
            "<img src=\"file:///etc/hostname\"><a "
            "href=\"https://billing.example.com/\">site</a></body></html>")
                                 .arg(base);
        gui::DocumentView view;
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.setDocument(html.toUtf8(), DocumentKind::Html, QStringLiteral("DH-000042.html")));
        QVERIFY(view.htmlView()->toPlainText().contains(QStringLiteral("Счёт DH-000042")));
        QVERIFY(!view.grab().isNull()); // painting asks for the images too
        QTest::qWait(300);
        QVERIFY2(!sink.hasPendingConnections(), "the document made a network request");
        const QList<QUrl> blocked = view.htmlView()->blockedResources();
        QVERIFY(blocked.contains(QUrl(base + QStringLiteral("/logo.png"))));
        QVERIFY(blocked.contains(QUrl(QStringLiteral("file:///etc/hostname"))));
        auto *info = view.findChild<QLabel *>(QStringLiteral("documentInfo"));
        QVERIFY(info && info->isVisible());

        QTemporaryDir dir;
        QPrinter printer(QPrinter::ScreenResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("form.pdf")));
        QString error;
        QVERIFY2(view.printTo(&printer, &error), qPrintable(error));
        QPdfDocument printed;
        QCOMPARE(printed.load(dir.filePath(QStringLiteral("form.pdf"))), QPdfDocument::Error::None);
        QVERIFY(printed.getAllText(0).text().contains(QStringLiteral("DH-000042")));
        QVERIFY(!sink.hasPendingConnections());
    }

    void csvIsPreviewed()
    {
        gui::DocumentView view;
        view.show();
        QVERIFY(view.setDocument("id;number\n1;DH-1\n", DocumentKind::Csv, QStringLiteral("payments.csv")));
        QVERIFY(view.textView()->isVisible());
        QVERIFY(view.textView()->toPlainText().contains(QStringLiteral("DH-1")));
        QVERIFY(view.setDocument(
            QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11), DocumentKind::Other, QStringLiteral("shot.png")));
        auto *problem = view.findChild<QLabel *>(QStringLiteral("documentProblem"));
        QVERIFY(problem && problem->isVisible());
    }

    void saveAsThroughTheDialog()
    {
        QTemporaryDir dir;
        gui::DocumentView view;
        view.show();
        const QByteArray pdf = makePdf(QStringLiteral("DH-7"));
        QVERIFY(view.setDocument(pdf, DocumentKind::Pdf, QStringLiteral("DH-7.pdf")));
        view.setLastFolder(dir.path());
        QSignalSpy folder(&view, &gui::DocumentView::lastFolderChanged);
        const QString target = dir.filePath(QStringLiteral("sub"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));

        bool answered = false;
        QString proposed;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            proposed = name->text();
            name->setText(target + QStringLiteral("/saved.pdf"));
            QTest::keyClick(name, Qt::Key_Return);
            answered = true;
        });
        view.saveAs();
        QVERIFY(answered);
        QCOMPARE(proposed, QStringLiteral("DH-7.pdf")); // the dialog proposes the document's own name
        QFile saved(target + QStringLiteral("/saved.pdf"));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), pdf);
        QCOMPARE(folder.count(), 1);
        QCOMPARE(view.lastFolder(), QDir(target).absolutePath());
    }

    void openWithSystemViewerUsesAPrivateCopy()
    {
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
        {
            gui::DocumentView view;
            const QByteArray pdf = makePdf(QStringLiteral("DH-9"));
            QVERIFY(view.setDocument(pdf, DocumentKind::Pdf, QStringLiteral("DH-9.pdf")));
            view.openWithSystemViewer();
            QCOMPARE(catcher.urls.size(), 1);
            const QString path = catcher.urls.constFirst().toLocalFile();
            QVERIFY(path.endsWith(QStringLiteral("/DH-9.pdf")));
            QFile copy(path);
            QVERIFY(copy.open(QIODevice::ReadOnly));
            QCOMPARE(copy.readAll(), pdf);
            QVERIFY(QFileInfo(QFileInfo(path).absolutePath()).permissions() & QFile::ReadOwner);
            QVERIFY(!(QFileInfo(QFileInfo(path).absolutePath()).permissions() & QFile::ReadOther));
        }
        // Closing the view removes the copy.
        QVERIFY(!QFile::exists(catcher.urls.constFirst().toLocalFile()));
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    }
};

QTEST_MAIN(TestDocumentView)
#include "tst_documentview.moc"
