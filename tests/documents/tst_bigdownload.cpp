// Big documents streamed to a file (docs/documents.md "Big downloads") through the real demo server over
// HTTPS: a many-page PDF (the server's test-only sim_pages) streamed into a named file and into a private
// temporary file equals a raw fetch byte for byte, with progress; a small document stays in memory; a cancel,
// a network fault in the middle of the body, an API error and an unwritable folder leave no file and say why;
// a login page for a streamed document re-logs once and the file holds the document.
#include "core/net/apijob.h"
#include "core/net/connection.h"
#include "democlient.h"
#include "demoserver.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mgrdesk;
using documents::DocumentKind;

namespace {
constexpr int kPages = 2500; // about 6 MiB
}

class TestBigDownload : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DemoServer> m_server;
    QByteArray m_raw; // the big PDF as a plain HTTPS GET sees it

    static protocol::Request bigPdf(const QString &elid = QStringLiteral("7"), int pages = kPages)
    {
        protocol::Request r(QStringLiteral("payment.print.pdf"));
        r.set(QStringLiteral("elid"), elid);
        r.set(QStringLiteral("out"), QStringLiteral("pdf_print"));
        r.set(QStringLiteral("sim_pages"), QString::number(pages));
        return r;
    }

    static QStringList everythingIn(const QString &folder)
    {
        // QSaveFile's own temporary files are hidden ones: none may stay either.
        return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<test::DemoServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_raw = m_server->rawFetch({ { QStringLiteral("func"), QStringLiteral("payment.print.pdf") },
                                       { QStringLiteral("elid"), QStringLiteral("7") },
                                       { QStringLiteral("out"), QStringLiteral("pdf_print") },
                                       { QStringLiteral("sim_pages"), QString::number(kPages) } },
            30000);
        QVERIFY(m_raw.startsWith("%PDF-"));
        QVERIFY(m_raw.contains("/Count " + QByteArray::number(kPages)));
        QVERIFY2(m_raw.size() > 4 * 1024 * 1024, QByteArray::number(m_raw.size()).constData());
    }
    void cleanup() { QVERIFY(m_server->clearFaults()); }

    void streamedIntoANamedFile()
    {
        net::Connection c(test::demoConnectionSettings(*m_server, QStringLiteral("admin")));
        c.setPassword(test::demoPassword);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.pdf"));
        net::JobOptions options;
        options.downloadTo = path;
        net::ApiJob *job = c.send(bigPdf(), nullptr, options);
        QSignalSpy progress(job, &net::ApiJob::progress);
        const net::ApiResult r = test::waitForJob(job, 60000);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(r.document);
        QCOMPARE(int(r.document->kind), int(DocumentKind::Pdf));
        QVERIFY(r.document->inFile());
        QCOMPARE(r.document->filePath, path);
        QVERIFY(r.document->bytes.isEmpty()); // never held in memory
        QVERIFY(!r.document->temporaryFolder);
        QCOMPARE(r.document->size, qint64(m_raw.size()));
        QCOMPARE(r.document->fileName, QStringLiteral("DH-000007.pdf"));
        // Progress as it arrived, the total known from Content-Length, ending with all of it.
        QVERIFY(!progress.isEmpty());
        for (const auto &step : std::as_const(progress))
            QCOMPARE(step.at(1).toLongLong(), qint64(m_raw.size()));
        QCOMPARE(progress.constLast().at(0).toLongLong(), qint64(m_raw.size()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll() == m_raw); // byte for byte
        QCOMPARE(everythingIn(dir.path()), QStringList { QStringLiteral("big.pdf") });
    }

    void bigOnesGoToAPrivateTemporaryFile()
    {
        net::Connection c(test::demoConnectionSettings(*m_server, QStringLiteral("admin")));
        c.setPassword(test::demoPassword);
        net::JobOptions options;
        options.documentFileAbove = 1024 * 1024;
        QString path, folder;
        {
            const net::ApiResult r = test::waitForJob(c.send(bigPdf(), nullptr, options), 60000);
            QVERIFY2(r.ok(), qPrintable(r.message));
            QVERIFY(r.document && r.document->inFile());
            QVERIFY(r.document->bytes.isEmpty());
            QVERIFY(r.document->temporaryFolder);
            path = r.document->filePath;
            folder = QFileInfo(path).absolutePath();
            QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("DH-000007.pdf"));
            QCOMPARE(
                QFile(folder).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.readAll() == m_raw);
        }
        // The last copy of the result is gone (the job holding one is deleted from the event loop): so is the
        // temporary folder.
        QTRY_VERIFY(!QFile::exists(path));
        QVERIFY(!QFileInfo::exists(folder));

        // A small document under the same limit stays in memory.
        protocol::Request small = bigPdf();
        small.set(QStringLiteral("sim_pages"), QStringLiteral("1"));
        const net::ApiResult r = test::waitForJob(c.send(small, nullptr, options), 60000);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(r.document && !r.document->inFile());
        QVERIFY(r.document->bytes.startsWith("%PDF-"));
        QCOMPARE(r.document->size, qint64(r.document->bytes.size()));
    }

    void cancelLeavesNoFile()
    {
        net::Connection c(test::demoConnectionSettings(*m_server, QStringLiteral("admin")));
        c.setPassword(test::demoPassword);
        QTemporaryDir dir;
        net::JobOptions options;
        options.downloadTo = dir.filePath(QStringLiteral("big.pdf"));
        net::ApiJob *job = c.send(bigPdf(QStringLiteral("7"), 8000), nullptr, options); // about 20 MiB
        bool cancelledMidway = false;
        connect(job, &net::ApiJob::progress, this, [&](qint64 received, qint64 total) {
            if (!cancelledMidway && received > 0 && received < total) {
                cancelledMidway = true;
                job->cancel();
            }
        });
        const net::ApiResult r = test::waitForJob(job, 60000);
        QVERIFY(cancelledMidway);
        QCOMPARE(r.status, net::ApiResult::Status::Cancelled);
        QVERIFY(!r.document);
        QTRY_COMPARE(everythingIn(dir.path()), QStringList());
        // The connection goes on working.
        QVERIFY(test::waitForJob(c.send(protocol::Request(QStringLiteral("whoami"))), 60000).ok());
    }

    void networkFaultMidStreamLeavesNoFile()
    {
        net::Connection c(test::demoConnectionSettings(*m_server, QStringLiteral("admin")));
        c.setPassword(test::demoPassword);
        QVERIFY(test::waitForJob(c.send(protocol::Request(QStringLiteral("whoami"))), 60000).ok());
        QTemporaryDir dir;
        net::JobOptions options;
        options.downloadTo = dir.filePath(QStringLiteral("big.pdf"));
        // The server sends half of the body, then closes the connection.
        QVERIFY(m_server->addFault(QStringLiteral("payment.print.pdf=truncate@1")));
        const net::ApiResult r = test::waitForJob(c.send(bigPdf(), nullptr, options), 60000);
        QCOMPARE(r.status, net::ApiResult::Status::NetworkError);
        QVERIFY(!r.document);
        QVERIFY2(r.message.contains(QStringLiteral("broke while the answer arrived")), qPrintable(r.message));
        QVERIFY2(r.message.contains(QStringLiteral("no file was saved")), qPrintable(r.message));
        QTRY_COMPARE(everythingIn(dir.path()), QStringList());
    }

    void anApiErrorCreatesNoFile()
    {
        net::Connection c(test::demoConnectionSettings(*m_server, QStringLiteral("admin")));
        c.setPassword(test::demoPassword);
        QTemporaryDir dir;
        net::JobOptions options;
        options.downloadTo = dir.filePath(QStringLiteral("missing.pdf"));
        const net::ApiResult r
            = test::waitForJob(c.send(bigPdf(QStringLiteral("99999999")), nullptr, options), 60000);
        QCOMPARE(r.status, net::ApiResult::Status::ApiError);
        QVERIFY(r.reply.error);
        QCOMPARE(r.reply.error->type, QStringLiteral("notfound"));
        QCOMPARE(everythingIn(dir.path()), QStringList());
    }

    void anUnwritableFolderIsReported()
    {
        net::Connection c(test::demoConnectionSettings(*m_server, QStringLiteral("admin")));
        c.setPassword(test::demoPassword);
        QTemporaryDir dir;
        const QString gone = dir.filePath(QStringLiteral("no-such-folder/big.pdf"));
        net::JobOptions options;
        options.downloadTo = gone;
        const net::ApiResult r = test::waitForJob(c.send(bigPdf(), nullptr, options), 60000);
        QCOMPARE(r.status, net::ApiResult::Status::NetworkError);
        QVERIFY2(r.message.contains(QStringLiteral("cannot be saved to")), qPrintable(r.message));
        QVERIFY(r.message.contains(QDir::toNativeSeparators(gone)));
        QCOMPARE(everythingIn(dir.path()), QStringList());
    }

    void aLoginPageIsNeverSaved()
    {
        net::Connection c(test::demoConnectionSettings(*m_server, QStringLiteral("admin")));
        c.setPassword(test::demoPassword);
        QVERIFY(test::waitForJob(c.send(protocol::Request(QStringLiteral("whoami"))), 60000).ok());
        QSignalSpy lost(&c, &net::Connection::sessionLost);
        QTemporaryDir dir;
        net::JobOptions options;
        options.downloadTo = dir.filePath(QStringLiteral("form.html"));
        QVERIFY(m_server->addFault(QStringLiteral("payment.print=html@1")));
        protocol::Request form(QStringLiteral("payment.print"));
        form.set(QStringLiteral("elid"), QStringLiteral("7"));
        form.set(QStringLiteral("out"), QStringLiteral("doc_print"));
        const net::ApiResult r = test::waitForJob(c.send(form, nullptr, options), 60000);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(lost.count(), 1);
        QVERIFY(r.document && r.document->inFile());
        QFile f(options.downloadTo);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray html = f.readAll();
        QVERIFY(html.contains("DH-000007"));
        QVERIFY(!html.contains("type=\"password\""));
    }
};

QTEST_MAIN(TestBigDownload)
#include "tst_bigdownload.moc"
