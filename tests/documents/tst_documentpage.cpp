// The document page kind against the demo server: a PDF button's function opens as a document tab (the PDF
// shown with its pages), a printed form as HTML, and several rows become a batch saved into a folder with
// the failing row listed.
#include "core/net/connection.h"
#include "democlient.h"
#include "demoserver.h"
#include "documents/documentpage.h"
#include "documents/documentview.h"
#include "documents/safehtmlview.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace mgrdesk;

class TestDocumentPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DemoServer> m_server;

    gui::PageContext context(net::Connection *c, const char *func, const QString &elid)
    {
        gui::PageContext ctx;
        ctx.connection = c;
        ctx.request.function = QString::fromLatin1(func);
        ctx.request.elid = elid;
        ctx.request.kind = QStringLiteral("document");
        return ctx;
    }

    QByteArray serverLog() const
    {
        QFile log(m_server->logFile());
        return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<test::DemoServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void pdfOpensInTheView()
    {
        net::Connection c(test::demoConnectionSettings(*m_server, QStringLiteral("admin")));
        c.setPassword(test::demoPassword);
        QCOMPARE(gui::DocumentPage::outFor(QStringLiteral("payment.print.pdf")), QStringLiteral("pdf_print"));
        gui::DocumentPage page(context(&c, "payment.print.pdf", QStringLiteral("7")));
        QSignalSpy loaded(&page, &gui::DocumentPage::loaded);
        QSignalSpy title(&page, &gui::DocumentPage::titleChanged);
        page.show();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.at(0).at(0).toBool(), true);
        QCOMPARE(title.constLast().at(0).toString(), QStringLiteral("DH-000007.pdf"));
        QCOMPARE(page.view()->pageCount(), 1);
        QVERIFY(page.view()->isVisible());
    }

    void printedFormOpensAsHtml()
    {
        net::Connection c(test::demoConnectionSettings(*m_server, QStringLiteral("admin")));
        c.setPassword(test::demoPassword);
        gui::DocumentPage page(context(&c, "payment.print", QStringLiteral("7")));
        QSignalSpy loaded(&page, &gui::DocumentPage::loaded);
        page.show();
        QVERIFY(loaded.wait(20000));
        QVERIFY(loaded.at(0).at(0).toBool());
        QVERIFY(page.view()->htmlView()->toPlainText().contains(QStringLiteral("DH-000007")));
    }

    void printedFormLoadsNothingCheckedAtTheServersLog()
    {
        // The demo server's printed form references a stamp image on the server itself: had the view loaded
        // it, the server's own request log would show func=print.stamp.
        net::Connection c(test::demoConnectionSettings(*m_server, QStringLiteral("admin")));
        c.setPassword(test::demoPassword);
        gui::DocumentPage page(context(&c, "payment.print", QStringLiteral("7")));
        QSignalSpy loaded(&page, &gui::DocumentPage::loaded);
        page.show();
        QVERIFY(loaded.wait(20000));
        QVERIFY(loaded.at(0).at(0).toBool());
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QUrl stamp = m_server->baseUrl();
        stamp.setQuery(QStringLiteral("func=print.stamp&elid=7"));
        // Rendered: the view asked for the stamp and the external logo and refused both.
        QTRY_VERIFY(page.view()->htmlView()->blockedResources().contains(stamp));
        QVERIFY(page.view()->htmlView()->blockedResources().contains(
            QUrl(QStringLiteral("https://static.demo-hosting.example/logo.png"))));
        QVERIFY(serverLog().contains("func=payment.print"));
        QVERIFY(!serverLog().contains("print.stamp"));

        // The log would have shown it: the same URL fetched by a plain client appears there.
        QNetworkAccessManager nam;
        QNetworkRequest request(stamp);
        request.setSslConfiguration(m_server->sslConfiguration());
        QNetworkReply *reply = nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(20000));
        reply->deleteLater();
        QTRY_VERIFY(serverLog().contains("print.stamp"));
    }

    void bigDocumentIsShownFromAFileAndSavedAs()
    {
        // A many-page PDF (the demo server's test-only sim_pages) is streamed to a private temporary file:
        // the view reads it from there, Save As… copies it on a worker through the real file dialog.
        net::Connection c(test::demoConnectionSettings(*m_server, QStringLiteral("admin")));
        c.setPassword(test::demoPassword);
        gui::PageContext ctx = context(&c, "payment.print.pdf", QStringLiteral("7"));
        ctx.request.params.append({ QStringLiteral("sim_pages"), QStringLiteral("8000") });
        QString temporary;
        QTemporaryDir dir;
        {
            gui::DocumentPage page(ctx);
            QSignalSpy loaded(&page, &gui::DocumentPage::loaded);
            page.show();
            QVERIFY(loaded.wait(60000));
            QVERIFY(loaded.at(0).at(0).toBool());
            gui::DocumentView *view = page.view();
            temporary = view->filePath();
            QVERIFY2(!temporary.isEmpty(), "a big document is kept in a file, not in memory");
            QVERIFY(view->bytes().isEmpty());
            QVERIFY(QFileInfo(temporary).size() > 16 * 1024 * 1024);
            QCOMPARE(view->pageCount(), 8000);

            view->setLastFolder(dir.path());
            const QString target = dir.filePath(QStringLiteral("copy.pdf"));
            QSignalSpy saved(view, &gui::DocumentView::saveFinished);
            bool answered = false;
            QTimer::singleShot(0, this, [&] {
                QTRY_VERIFY(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()));
                auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
                auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                QVERIFY(name);
                QCOMPARE(name->text(), QStringLiteral("DH-000007.pdf"));
                name->setText(target);
                QTest::keyClick(name, Qt::Key_Return);
                answered = true;
            });
            view->saveAs();
            QVERIFY(answered);
            QVERIFY(view->isSaving() || saved.count() == 1); // the copy runs on a worker
            QVERIFY(saved.count() == 1 || saved.wait(60000));
            QVERIFY(saved.at(0).at(0).toBool());
            QFile original(temporary), copy(target);
            QVERIFY(original.open(QIODevice::ReadOnly) && copy.open(QIODevice::ReadOnly));
            QVERIFY(original.readAll() == copy.readAll());
            QCOMPARE(view->lastFolder(), QDir(dir.path()).absolutePath());
        }
        QVERIFY(!QFile::exists(temporary)); // the temporary file went with the tab
    }

    void severalRowsBecomeABatch()
    {
        net::Connection c(test::demoConnectionSettings(*m_server, QStringLiteral("admin")));
        c.setPassword(test::demoPassword);
        QTemporaryDir dir;
        gui::DocumentPage page(context(&c, "payment.print.pdf", QStringLiteral("3, 99999999, 5")));
        page.setBatchFolder(dir.path());
        QSignalSpy loaded(&page, &gui::DocumentPage::loaded);
        page.show();
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.at(0).at(0).toBool(), false); // one row failed
        QCOMPARE(page.batchResults()->count(), 3);
        QStringList files = QDir(dir.path()).entryList(QDir::Files);
        files.sort();
        QCOMPARE(files, (QStringList { QStringLiteral("payment-3.pdf"), QStringLiteral("payment-5.pdf") }));
    }
};

QTEST_MAIN(TestDocumentPage)
#include "tst_documentpage.moc"
