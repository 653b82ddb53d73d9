// Attachments through the client's Connection over HTTPS against the demo server: a reply with files goes as
// multipart/form-data (a file streamed from disk and one held in memory), the ticket form lists them, and
// ticket.file brings back equal bytes; the request log shows names and sizes only; a missing file sends
// nothing; the multipart body itself is well formed (the boundary never splits a part).
#include "core/net/apijob.h"
#include "core/net/connection.h"
#include "core/net/requestlog.h"
#include "core/protocol/multipartbody.h"
#include "core/protocol/tabledata.h"
#include "democlient.h"
#include "demoserver.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace mgrdesk;

class TestTicketUpload : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::DemoServer> m_server;
    QTemporaryDir m_dir;

    static QByteArray noise(int size, quint32 seed)
    {
        QByteArray b(size, Qt::Uninitialized);
        QRandomGenerator gen(seed);
        for (int i = 0; i < size; ++i)
            b[i] = char(gen.bounded(256));
        return b;
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return QString();
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<test::DemoServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void uploadThenDownloadEqualBytes()
    {
        net::Connection c(test::demoConnectionSettings(*m_server, QStringLiteral("client1")));
        c.setPassword(test::demoPassword);
        const QByteArray big = noise(3 * 1024 * 1024 + 17, 7); // streamed from disk in chunks
        const QString path = writeFile(QStringLiteral("капча trace.bin"), big);
        QVERIFY(!path.isEmpty());
        const QByteArray small = QByteArrayLiteral("first line\r\n--\r\n\r\nlast line");

        protocol::Request reply(QStringLiteral("clientticket.edit"));
        reply.set(QStringLiteral("elid"), QString())
            .set(QStringLiteral("name"), QStringLiteral("Upload test"));
        reply.set(QStringLiteral("message"), QStringLiteral("Two files.")).setSok();
        reply.attachFile(QStringLiteral("file_1"), path);
        reply.attachBytes(QStringLiteral("file_2"), QStringLiteral("notes.txt"), small);
        const net::ApiResult sent = test::runJob(c, reply, 60000);
        QVERIFY2(sent.ok(), qPrintable(sent.message));
        QVERIFY(sent.reply.ok);
        const QString ticket = sent.reply.ok->id;
        QVERIFY(!ticket.isEmpty());

        // the log shows the files' names and sizes, never their contents
        const QList<net::RequestLogEntry> entries = c.requestLog()->entries();
        QString logged;
        for (const auto &e : entries)
            if (e.function == QLatin1String("clientticket.edit"))
                logged = QString::fromUtf8(QByteArray::fromPercentEncoding(e.parameters.toUtf8()));
        QVERIFY2(logged.contains(QStringLiteral("(%1 bytes)").arg(big.size())), qPrintable(logged));
        QVERIFY(logged.contains(QStringLiteral("file_1=<капча trace.bin (")));
        QVERIFY(logged.contains(QStringLiteral("file_2=<notes.txt (27 bytes)>")));
        QVERIFY(!logged.contains(QStringLiteral("first line")));

        protocol::Request open(QStringLiteral("clientticket.edit"));
        open.set(QStringLiteral("elid"), ticket);
        const net::ApiResult form = test::runJob(c, open, 60000);
        QVERIFY2(form.ok() && form.reply.form, qPrintable(form.message));
        const auto files = form.reply.form->lists.value(QStringLiteral("attachments"));
        QVERIFY(files);
        QCOMPARE(files->rowCount(), 2);
        const int idCol = files->columnIndex(QStringLiteral("id"));
        const int nameCol = files->columnIndex(QStringLiteral("name"));
        const int sizeCol = files->columnIndex(QStringLiteral("size"));
        QCOMPARE(files->cell(0, nameCol), QStringLiteral("капча trace.bin"));
        QCOMPARE(files->cell(0, sizeCol), QString::number(big.size()));
        QCOMPARE(files->cell(1, nameCol), QStringLiteral("notes.txt"));

        const QList<QByteArray> expected { big, small };
        for (int row = 0; row < 2; ++row) {
            protocol::Request download(QStringLiteral("ticket.file"));
            download.set(QStringLiteral("elid"), files->cell(row, idCol));
            const net::ApiResult got = test::runJob(c, download, 60000);
            QVERIFY2(got.ok(), qPrintable(got.message));
            QVERIFY(got.document);
            QCOMPARE(got.document->bytes.size(), expected[row].size());
            QVERIFY(got.document->bytes == expected[row]);
            QCOMPARE(got.document->fileName, files->cell(row, nameCol));
        }
    }

    void missingFileSendsNothing()
    {
        net::Connection c(test::demoConnectionSettings(*m_server, QStringLiteral("client2")));
        c.setPassword(test::demoPassword);
        const QString path = writeFile(QStringLiteral("gone.txt"), "x");
        protocol::Request reply(QStringLiteral("clientticket.edit"));
        reply.set(QStringLiteral("name"), QStringLiteral("Never sent"))
            .set(QStringLiteral("message"), QStringLiteral("x"));
        reply.setSok();
        reply.attachFile(QStringLiteral("file_1"), path);
        QVERIFY(QFile::remove(path));
        const net::ApiResult r = test::runJob(c, reply, 60000);
        QVERIFY(!r.ok());
        QVERIFY2(r.message.contains(QStringLiteral("gone.txt")), qPrintable(r.message));
        QVERIFY(c.requestLog()->entries().isEmpty()); // not even a login went out
    }

    void bodyIsWellFormedMultipart()
    {
        protocol::Request r(QStringLiteral("clientticket.edit"));
        r.set(QStringLiteral("message"), QStringLiteral("a \"quoted\" line\r\nand more"));
        r.attachBytes(QStringLiteral("file_1"), QStringLiteral("a\"b.png"), QByteArrayLiteral("\x89PNG"));
        const QByteArray body = protocol::MultipartBody::encode(r, QStringLiteral("xml"), "BOUND");
        QVERIFY(body.startsWith(
            "--BOUND\r\nContent-Disposition: form-data; name=\"func\"\r\n\r\nclientticket.edit\r\n"));
        QVERIFY(body.contains("name=\"out\"\r\n\r\nxml\r\n"));
        QVERIFY(body.contains("name=\"message\"\r\n\r\na \"quoted\" line\r\nand more\r\n--BOUND\r\n"));
        QVERIFY(body.contains("name=\"file_1\"; filename=\"a%22b.png\"\r\nContent-Type: "
                              "image/png\r\n\r\n\x89PNG\r\n--BOUND--\r\n"));
        QVERIFY(body.endsWith("--BOUND--\r\n"));
        protocol::MultipartBody device(r);
        QCOMPARE(device.size(), qint64(device.readAll().size()));
        QVERIFY(!device.reset()); // sent once: never rewound
    }
};

QTEST_GUILESS_MAIN(TestTicketUpload)
#include "tst_ticketupload.moc"
