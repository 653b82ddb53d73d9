// The document page kind against the demo server: a PDF button's function opens as a document tab (the PDF
// shown with its pages), a printed form as HTML, and several rows become a batch saved into a folder with
// the failing row listed.
#include "core/net/connection.h"
#include "democlient.h"
#include "demoserver.h"
#include "documents/documentpage.h"
#include "documents/documentview.h"
#include "documents/safehtmlview.h"

#include <QDir>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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
