// Big ticket attachments are never read whole into memory (docs/tickets.md, docs/documents.md): above
// DocumentPage::fileThreshold() (lowered here so that moderate files count as big) an attachment opened as a
// document is streamed into a private temporary file and shown and saved from there, an image's preview is
// decoded from such a file, and Save… streams the attachment straight into the chosen file (the real file
// dialog answered). Against the demo server over HTTPS, offscreen; every file compared byte for byte.
#include "core/net/apijob.h"
#include "core/net/connection.h"
#include "democlient.h"
#include "demoserver.h"
#include "documents/documentpage.h"
#include "documents/documentview.h"
#include "router/pagehost.h"
#include "tickets/conversationview.h"
#include "tickets/ticketpage.h"

#include <QBuffer>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace mgrdesk;

namespace {

class Host : public gui::PageHost
{
public:
    QStringList messages;
    void requestPage(const routing::PageRequest &, QWidget *) override { }
    void formFinished(
        const gui::PageContext &, QWidget *, bool, const QString &, const QString &, const QString &) override
    {
    }
    void pageTitleChanged(QWidget *, const QString &) override { }
    void showPageMessage(const QString &text, bool) override { messages.append(text); }
};

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestTicketBigFile : public QObject
{
    Q_OBJECT

    static constexpr qint64 kThreshold = 256 * 1024; // "big" for this test

    test::DemoServer m_server;
    QTemporaryDir m_dir;
    Host m_host;
    std::unique_ptr<net::Connection> m_client;
    QString m_ticket;
    QByteArray m_dump, m_png, m_log; // a 3 MiB binary, a noisy picture (> threshold), a small text
    tickets::TicketAttachment m_dumpFile, m_pngFile, m_logFile;

    static net::ApiResult run(net::Connection *c, const protocol::Request &r)
    {
        net::ApiJob *job = c->send(r);
        QSignalSpy done(job, &net::ApiJob::finished);
        if (!done.wait(60000))
            return {};
        return done.at(0).at(0).value<net::ApiResult>();
    }

    std::unique_ptr<gui::DocumentPage> openDocument(const QString &attachmentId)
    {
        gui::PageContext context;
        context.connection = m_client.get();
        context.request.function = QStringLiteral("ticket.file");
        context.request.elid = attachmentId;
        context.request.kind = QStringLiteral("document");
        context.host = &m_host;
        auto page = std::make_unique<gui::DocumentPage>(context);
        page->resize(900, 600);
        page->show();
        QSignalSpy loaded(page.get(), &gui::DocumentPage::loaded);
        if (!loaded.wait(60000) || !loaded.at(0).at(0).toBool())
            qWarning("the attachment did not load");
        return page;
    }

    std::unique_ptr<gui::TicketPage> openTicket()
    {
        gui::PageContext context;
        context.connection = m_client.get();
        context.request.function = QStringLiteral("clientticket.edit");
        context.request.elid = m_ticket;
        context.host = &m_host;
        auto page = std::make_unique<gui::TicketPage>(context);
        page->resize(1100, 700);
        page->show();
        QSignalSpy loaded(page.get(), &gui::TicketPage::conversationLoaded);
        if (!loaded.wait(30000))
            qWarning("the ticket did not open in time");
        return page;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        gui::DocumentPage::setFileThreshold(kThreshold);
        QCOMPARE(gui::DocumentPage::fileThreshold(), kThreshold);

        m_dump = randomBytes(3 * 1024 * 1024, 14);
        QImage noise(600, 600, QImage::Format_RGB32);
        QRandomGenerator random(7);
        for (int y = 0; y < noise.height(); ++y)
            random.fillRange(reinterpret_cast<quint32 *>(noise.scanLine(y)), noise.width());
        QBuffer buffer(&m_png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(noise.save(&buffer, "PNG"));
        QVERIFY(m_png.size() > kThreshold);
        m_log = QByteArray("started\nfailed: disk full\n").repeated(100);
        QVERIFY(m_log.size() < kThreshold);

        m_client = std::make_unique<net::Connection>(
            test::demoConnectionSettings(m_server, QStringLiteral("client1")));
        m_client->setPassword(test::demoPassword);
        protocol::Request r(QStringLiteral("clientticket.edit"));
        r.set(QStringLiteral("name"), QStringLiteral("Big files")).setSok();
        r.set(QStringLiteral("message"), QStringLiteral("The dump, a screenshot and the log."));
        r.attachBytes(QStringLiteral("file_1"), QStringLiteral("core.dump"), m_dump);
        r.attachBytes(QStringLiteral("file_2"), QStringLiteral("noise.png"), m_png);
        r.attachBytes(QStringLiteral("file_3"), QStringLiteral("run.log"), m_log);
        const net::ApiResult sent = run(m_client.get(), r);
        QVERIFY2(sent.ok() && sent.reply.ok, qPrintable(sent.message));
        m_ticket = sent.reply.ok->id;

        // the attachments' ids, from the thread the ticket page reads
        auto page = openTicket();
        const auto &messages = page->conversation()->conversation().messages;
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().attachments.size(), 3);
        m_dumpFile = messages.first().attachments.at(0);
        m_pngFile = messages.first().attachments.at(1);
        m_logFile = messages.first().attachments.at(2);
        QCOMPARE(m_dumpFile.name, QStringLiteral("core.dump"));
        QCOMPARE(m_pngFile.name, QStringLiteral("noise.png"));
    }

    void cleanupTestCase() { gui::DocumentPage::setFileThreshold(-1); }

    // Opening a big attachment: the document tab shows it from a private temporary file (nothing in
    // memory); Save As… copies that file; the file goes with the tab. A small one stays in memory.
    void openingABigAttachmentStreamsItToAFile()
    {
        QString temporary;
        {
            auto page = openDocument(m_dumpFile.id);
            gui::DocumentView *view = page->view();
            QVERIFY(!view->filePath().isEmpty());
            QVERIFY(view->bytes().isEmpty());
            temporary = view->filePath();
            QCOMPARE(QFileInfo(temporary).size(), qint64(m_dump.size()));
            QVERIFY(fileBytes(temporary) == m_dump);
            const QString saved = m_dir.filePath(QStringLiteral("saved.dump"));
            QString error;
            QVERIFY2(view->saveTo(saved, &error), qPrintable(error));
            QVERIFY(fileBytes(saved) == m_dump);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(temporary), 10000); // removed with the tab and its job

        auto small = openDocument(m_logFile.id);
        QVERIFY(small->view()->filePath().isEmpty());
        QCOMPARE(small->view()->bytes(), m_log);
    }

    // An image's preview: a picture over the threshold arrives in a temporary file and is decoded from
    // there (scaled on a worker).
    void previewOfABigPictureComesFromAFile()
    {
        gui::PageContext context;
        context.connection = m_client.get();
        context.request.function = QStringLiteral("clientticket.edit");
        context.request.elid = m_ticket;
        context.host = &m_host;
        gui::TicketPage page(context);
        QSignalSpy fetched(&page, &gui::TicketPage::previewFetched);
        page.resize(1100, 700);
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 1, 30000);
        QCOMPARE(fetched.at(0).at(0).toString(), m_pngFile.id);
        QCOMPARE(fetched.at(0).at(1).toBool(), true); // in a file
        QLabel *preview = page.conversation()->previewLabel(m_pngFile.id);
        QVERIFY(preview);
        QTRY_VERIFY_WITH_TIMEOUT(!preview->pixmap().isNull(), 30000);
        QCOMPARE(preview->pixmap().width(), 360);
    }

    // Save…: the real file dialog, answered; the attachment streams straight into the chosen file.
    void saveStreamsIntoTheChosenFile()
    {
        auto page = openTicket();
        const QString target = m_dir.filePath(QStringLiteral("picked.dump"));
        auto *save = page->conversation()->findChild<QToolButton *>(QStringLiteral("save_") + m_dumpFile.id);
        QVERIFY(save);
        QSignalSpy saved(page.get(), &gui::TicketPage::attachmentSaved);
        QTest::mouseClick(save, Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                dialog = page->findChild<QFileDialog *>(QStringLiteral("saveAttachmentDialog"));
                return dialog && dialog->isVisible();
            },
            5000));
        QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
        dialog->selectFile(target);
        static_cast<QDialog *>(dialog)->accept(); // as the Save button does
        QVERIFY(saved.wait(60000));
        QCOMPARE(saved.at(0).at(0).toString(), m_dumpFile.id);
        QVERIFY2(saved.at(0).at(1).toBool(), qPrintable(saved.at(0).at(2).toString()));
        QVERIFY(fileBytes(target) == m_dump);
        QVERIFY(m_host.messages.last().contains(QStringLiteral("picked.dump")));
    }

    // A folder that is not there: nothing is written, the page says so.
    void saveIntoAMissingFolderFailsCleanly()
    {
        auto page = openTicket();
        const QString target = m_dir.filePath(QStringLiteral("no-such-folder/x.dump"));
        QSignalSpy saved(page.get(), &gui::TicketPage::attachmentSaved);
        page->saveAttachment(m_dumpFile, target);
        QVERIFY(saved.wait(60000));
        QCOMPARE(saved.at(0).at(1).toBool(), false);
        QVERIFY2(saved.at(0).at(2).toString().contains(QStringLiteral("was not saved")),
            qPrintable(saved.at(0).at(2).toString()));
        QVERIFY(!QFileInfo::exists(target));
    }
};

QTEST_MAIN(TestTicketBigFile)
#include "tst_ticketbigfile.moc"
