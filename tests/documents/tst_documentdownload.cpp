// Documents through the real demo server over HTTPS: a PDF and a printed HTML form reach the caller as bytes,
// equal byte for byte to a raw HTTP fetch; an XML error for a document request stays an API error; an HTML
// login page for a document request re-logs once and then reports; a batch of three PDFs with one failing
// row.
#include "core/net/apijob.h"
#include "core/net/connection.h"
#include "core/operations/batchdownload.h"
#include "democlient.h"
#include "demoserver.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mgrdesk;
using documents::DocumentKind;

class TestDocumentDownload : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DemoServer> m_server;

    static protocol::Request print(const char *func, const char *out, const QString &elid)
    {
        protocol::Request r(QString::fromLatin1(func));
        r.set(QStringLiteral("elid"), elid);
        r.set(QStringLiteral("out"), QString::fromLatin1(out));
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<test::DemoServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }
    void cleanup() { QVERIFY(m_server->clearFaults()); }

    void pdfAndPrintedFormEqualARawFetch()
    {
        net::Connection c(test::demoConnectionSettings(*m_server, QStringLiteral("admin")));
        c.setPassword(test::demoPassword);

        net::ApiResult r
            = test::runJob(c, print("payment.print.pdf", "pdf_print", QStringLiteral("7")), 20000);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(r.document);
        QCOMPARE(int(r.document->kind), int(DocumentKind::Pdf));
        QVERIFY(r.document->bytes.startsWith("%PDF-"));
        QVERIFY(r.document->bytes.contains("DH-000007"));
        QCOMPARE(r.document->fileName, QStringLiteral("DH-000007.pdf"));
        QCOMPARE(r.document->bytes,
            m_server->rawFetch({ { QStringLiteral("func"), QStringLiteral("payment.print.pdf") },
                { QStringLiteral("elid"), QStringLiteral("7") },
                { QStringLiteral("out"), QStringLiteral("pdf_print") } }));

        r = test::runJob(c, print("payment.print", "doc_print", QStringLiteral("7")), 20000);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(r.document);
        QCOMPARE(int(r.document->kind), int(DocumentKind::Html));
        QVERIFY(r.document->contentType.startsWith("text/html"));
        QVERIFY(r.document->bytes.contains("DH-000007"));
        QCOMPARE(r.document->bytes,
            m_server->rawFetch({ { QStringLiteral("func"), QStringLiteral("payment.print") },
                { QStringLiteral("elid"), QStringLiteral("7") },
                { QStringLiteral("out"), QStringLiteral("doc_print") } }));
        // The request log has the document request like any other.
        QVERIFY(c.requestLog()->entries().constLast().function == QLatin1String("payment.print"));
    }

    void serverCsvIsTheWholeFilteredList()
    {
        net::Connection c(test::demoConnectionSettings(*m_server, QStringLiteral("client1")));
        c.setPassword(test::demoPassword);
        protocol::Request r(QStringLiteral("payment"));
        r.set(QStringLiteral("out"), QStringLiteral("csv"));
        const net::ApiResult res = test::runJob(c, r, 20000);
        QVERIFY2(res.ok(), qPrintable(res.message));
        QVERIFY(res.document);
        QCOMPARE(int(res.document->kind), int(DocumentKind::Csv));
        QCOMPARE(res.document->fileName, QStringLiteral("payment.csv"));
        const QList<QByteArray> lines = res.document->bytes.split('\n');
        QVERIFY(lines.first().startsWith("Number,"));
        // As many rows as the server's list has (p_elems), not one page of it.
        protocol::Request list(QStringLiteral("payment"));
        const net::ApiResult page = test::runJob(c, list, 20000);
        QVERIFY(page.ok() && page.reply.table);
        const int elems = int(page.reply.table->total.value_or(-1));
        QVERIFY(elems > 0);
        QCOMPARE(int(lines.size()) - 2, elems); // header + rows + the empty piece after the last CRLF
        // Paging the user keeps is untouched by the export.
        QCOMPARE(page.reply.table->rowCount(), qMin(elems, 100));
    }

    void anXmlErrorStaysAnApiError()
    {
        net::Connection c(test::demoConnectionSettings(*m_server, QStringLiteral("admin")));
        c.setPassword(test::demoPassword);
        const net::ApiResult r
            = test::runJob(c, print("payment.print.pdf", "pdf_print", QStringLiteral("99999999")), 20000);
        QCOMPARE(r.status, net::ApiResult::Status::ApiError);
        QVERIFY(!r.document);
        QVERIFY(r.reply.error);
        QCOMPARE(r.reply.error->type, QStringLiteral("notfound"));
    }

    void loginPageForADocumentRelogsOnceThenReports()
    {
        net::Connection c(test::demoConnectionSettings(*m_server, QStringLiteral("admin")));
        c.setPassword(test::demoPassword);
        QVERIFY(test::runJob(c, protocol::Request(QStringLiteral("whoami")), 20000).ok());
        QSignalSpy lost(&c, &net::Connection::sessionLost);

        // Once: the login page is recognised, the connection logs in again and the document arrives.
        QVERIFY(m_server->addFault(QStringLiteral("payment.print=html@1")));
        net::ApiResult r = test::runJob(c, print("payment.print", "doc_print", QStringLiteral("7")), 20000);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(r.document && r.document->bytes.contains("DH-000007"));
        QCOMPARE(lost.count(), 1);

        // Always: one re-login, then the failure is reported (the login page is never shown as a document).
        QVERIFY(m_server->addFault(QStringLiteral("payment.print=html")));
        r = test::runJob(c, print("payment.print", "doc_print", QStringLiteral("7")), 20000);
        QVERIFY(!r.ok());
        QVERIFY(!r.document);
        QCOMPARE(lost.count(), 2);
        QVERIFY(!r.message.isEmpty());
    }

    void batchWithOneFailingRow()
    {
        net::Connection c(test::demoConnectionSettings(*m_server, QStringLiteral("admin")));
        c.setPassword(test::demoPassword);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("batch"));
        const QList<operations::BatchDownload::Row> rows {
            { QStringLiteral("3"), { { QStringLiteral("number"), QStringLiteral("DH-000003") } } },
            { QStringLiteral("99999999"), { { QStringLiteral("number"), QStringLiteral("DH-missing") } } },
            { QStringLiteral("5"), { { QStringLiteral("number"), QStringLiteral("DH-000005") } } },
        };
        operations::BatchDownload batch(&c, QStringLiteral("payment.print.pdf"), QStringLiteral("pdf_print"),
            rows, folder, documents::FileNameTemplate(QStringLiteral("{number}.pdf")));
        QSignalSpy progress(&batch, &operations::BatchDownload::progress);
        QSignalSpy finished(&batch, &operations::BatchDownload::finished);
        batch.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(batch.finishedCount(), 3);
        QCOMPARE(progress.constLast().at(0).toInt(), 3);
        QCOMPARE(batch.failedCount(), 1);

        QStringList files = QDir(folder).entryList(QDir::Files);
        files.sort();
        QCOMPARE(files, (QStringList { QStringLiteral("DH-000003.pdf"), QStringLiteral("DH-000005.pdf") }));
        for (const auto &res : batch.results()) {
            if (res.elid == QLatin1String("99999999")) {
                QVERIFY(!res.ok);
                QVERIFY(!res.error.isEmpty());
                continue;
            }
            QVERIFY(res.ok);
            QFile f(res.path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QCOMPARE(bytes,
                m_server->rawFetch({ { QStringLiteral("func"), QStringLiteral("payment.print.pdf") },
                    { QStringLiteral("elid"), res.elid },
                    { QStringLiteral("out"), QStringLiteral("pdf_print") } }));
        }
        // A second batch into the same folder never overwrites: names get " (2)".
        operations::BatchDownload again(&c, QStringLiteral("payment.print.pdf"), QStringLiteral("pdf_print"),
            { rows.at(0) }, folder, documents::FileNameTemplate(QStringLiteral("{number}.pdf")));
        QSignalSpy againDone(&again, &operations::BatchDownload::finished);
        again.start();
        QVERIFY(againDone.wait(30000));
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("DH-000003 (2).pdf"))));
    }
};

QTEST_MAIN(TestDocumentDownload)
#include "tst_documentdownload.moc"
