// The ticket workspace against the demo server, offscreen: the conversation as a thread (author, role, time,
// links, quoted blocks, attachments with sizes, an image previewed through the connection), attachments
// opened as document pages, staff properties editable, a reply with a file from the page; the reply draft
// kept per ticket and account through a dropped connection, a closed tab and a restart (a new connection and
// a new Settings object on the same file), offered back and restored.
#include "core/models/formstate.h"
#include "core/net/apijob.h"
#include "core/net/connection.h"
#include "core/settings/settings.h"
#include "core/tickets/ticketdraftstore.h"
#include "democlient.h"
#include "demoserver.h"
#include "demowindow.h"
#include "forms/formfieldeditor.h"
#include "forms/formwidget.h"
#include "recordinghost.h"
#include "tickets/conversationview.h"
#include "tickets/filelistedit.h"
#include "tickets/ticketpage.h"

#include <QBuffer>
#include <QComboBox>
#include <QFrame>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace mgrdesk;

class TestTicketPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::DemoServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<settings::Settings> m_settings;
    test::RecordingHost m_host;
    QString m_ticket; // client1's ticket with a picture and a log

    std::unique_ptr<net::Connection> connect(const QString &user)
    {
        auto c = std::make_unique<net::Connection>(test::demoConnectionSettings(*m_server, user));
        c->setPassword(test::demoPassword);
        return c;
    }

    std::unique_ptr<gui::TicketPage> openPage(
        net::Connection *c, const QString &function, const QString &elid)
    {
        gui::PageContext context;
        context.connection = c;
        context.request.function = function;
        context.request.elid = elid;
        context.host = &m_host;
        return test::showTicketPage(context);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<settings::Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        settings::Settings::setApplication(m_settings.get());
        m_server = std::make_unique<test::DemoServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));

        QImage picture(800, 600, QImage::Format_RGB32);
        picture.fill(QColor(30, 120, 200));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(picture.save(&buffer, "PNG"));
        auto c = connect(QStringLiteral("client1"));
        protocol::Request r(QStringLiteral("clientticket.edit"));
        r.set(QStringLiteral("name"), QStringLiteral("Thread test")).setSok();
        r.set(QStringLiteral("message"),
            QStringLiteral("See https://status.example.com/incident now.\n> what you wrote before\n> second "
                           "line\nThanks"));
        r.attachBytes(QStringLiteral("file_1"), QStringLiteral("screen.png"), png);
        r.attachBytes(QStringLiteral("file_2"), QStringLiteral("error.log"), QByteArray(1500, 'x'));
        const net::ApiResult sent = test::runJob(c.get(), r, 30000);
        QVERIFY2(sent.ok() && sent.reply.ok, qPrintable(sent.message));
        m_ticket = sent.reply.ok->id;
    }

    void cleanupTestCase() { settings::Settings::setApplication(nullptr); }

    void conversationShowsTheThread()
    {
        auto c = connect(QStringLiteral("client1"));
        auto page = openPage(c.get(), QStringLiteral("clientticket.edit"), m_ticket);
        gui::ConversationView *view = page->conversation();
        QCOMPARE(view->conversation().messages.size(), 1);
        const tickets::TicketMessage &m = view->conversation().messages.first();
        QCOMPARE(m.role, QStringLiteral("client"));
        QCOMPARE(m.attachments.size(), 2);
        QCOMPARE(view->messageLabels().size(), 1);
        const QString html = view->messageLabels().first()->text();
        QVERIFY2(html.contains(QStringLiteral("<a href=\"https://status.example.com/incident\">")),
            qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<blockquote")));
        QVERIFY(html.contains(QStringLiteral("what you wrote before<br>second line")));
        // the embedded lists are the thread, not tables in the form
        QVERIFY(!page->form()->editor(QStringLiteral("messages"))->isVisible());

        const tickets::TicketAttachment &log = m.attachments.at(1);
        auto *button = view->findChild<QToolButton *>(QStringLiteral("attachment_") + log.id);
        QVERIFY(button);
        QVERIFY2(button->text().contains(QStringLiteral("error.log"))
                && button->text().contains(QLocale().formattedDataSize(1500)),
            qPrintable(button->text()));
        // the picture: fetched through the connection, decoded off the GUI thread, scaled down
        const QString pictureId = m.attachments.at(0).id;
        QTRY_VERIFY_WITH_TIMEOUT(!view->previewLabel(pictureId)->pixmap().isNull(), 20000);
        QCOMPARE(view->previewLabel(pictureId)->pixmap().width(), 360);
        // opening a file: a document page for ticket.file
        m_host.requested.clear();
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(m_host.requested.size(), 1);
        QCOMPARE(m_host.requested.first().function, QStringLiteral("ticket.file"));
        QCOMPARE(m_host.requested.first().elid, log.id);
        QCOMPARE(m_host.requested.first().kind, QStringLiteral("document"));
    }

    void staffPropertiesAreEditable()
    {
        auto c = connect(QStringLiteral("admin"));
        auto page = openPage(c.get(), QStringLiteral("ticket.edit"), m_ticket);
        auto *status = qobject_cast<QComboBox *>(page->form()->control(QStringLiteral("tstatus")));
        auto *department
            = qobject_cast<QComboBox *>(page->form()->control(QStringLiteral("client_department")));
        QVERIFY(status && department);
        QVERIFY(status->isEnabled() && department->isEnabled());
        department->setCurrentIndex(department->findData(QStringLiteral("2")));
        QSignalSpy loaded(page.get(), &gui::TicketPage::conversationLoaded);
        QVERIFY(page->form()->submit());
        QVERIFY(loaded.wait(30000)); // sent, and the ticket shown again
        QCOMPARE(page->form()->state()->value(QStringLiteral("client_department")), QStringLiteral("2"));
        QCOMPARE(page->conversation()->conversation().messages.size(), 1); // no empty message was added
    }

    void draftSurvivesADroppedConnectionAndARestart()
    {
        const QString file = m_dir.filePath(QStringLiteral("trace.txt"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("trace");
        }
        const QString text = QStringLiteral("Here is the trace you asked for.");
        auto c = connect(QStringLiteral("client1"));
        {
            auto page = openPage(c.get(), QStringLiteral("clientticket.edit"), m_ticket);
            QVERIFY(page->draftBar()->isHidden());
            auto *message = qobject_cast<QPlainTextEdit *>(page->form()->control(QStringLiteral("message")));
            QVERIFY(message);
            QTest::keyClicks(message, text);
            auto *files = qobject_cast<gui::FileListEdit *>(page->form()->control(QStringLiteral("file_1")));
            QVERIFY(files);
            QCOMPARE(files->addPaths({ file }), 1);
            // the connection drops while the reply is sent: nothing is lost
            QVERIFY(m_server->addFault(QStringLiteral("clientticket.edit=drop@1")));
            QSignalSpy failed(page->form()->session(), &models::FormSession::submitFailed);
            QVERIFY(page->form()->submit());
            QVERIFY(failed.wait(30000));
            QCOMPARE(page->form()->state()->value(QStringLiteral("message")), text);
            tickets::TicketDraftStore store(m_settings.get());
            QTRY_COMPARE(store.load(c->settings().accountId, m_ticket).text, text);
            QCOMPARE(store.load(c->settings().accountId, m_ticket).files, QStringList { file });
        } // the tab is closed

        // a restart: a new Settings object on the same file, a new connection, the ticket opened again
        settings::Settings reopened(m_settings->fileName());
        settings::Settings::setApplication(&reopened);
        auto again = connect(QStringLiteral("client1"));
        auto page = openPage(again.get(), QStringLiteral("clientticket.edit"), m_ticket);
        QVERIFY(page->draftBar()->isVisible());
        QTest::mouseClick(page->restoreDraftButton(), Qt::LeftButton);
        QCOMPARE(page->form()->state()->value(QStringLiteral("message")), text);
        auto *message = qobject_cast<QPlainTextEdit *>(page->form()->control(QStringLiteral("message")));
        QCOMPARE(message->toPlainText(), text);
        auto *files = qobject_cast<gui::FileListEdit *>(page->form()->control(QStringLiteral("file_1")));
        QCOMPARE(files->paths(), QStringList { file });
        // another account's ticket draft is separate
        tickets::TicketDraftStore store(&reopened);
        QVERIFY(store.load(QStringLiteral("acct-client2"), m_ticket).isEmpty());

        // sent: the draft is gone, the message is in the thread with its file
        QSignalSpy loaded(page.get(), &gui::TicketPage::conversationLoaded);
        QVERIFY(page->form()->submit());
        QVERIFY(loaded.wait(30000));
        QVERIFY(store.load(again->settings().accountId, m_ticket).isEmpty());
        const auto &messages = page->conversation()->conversation().messages;
        QVERIFY(messages.size() >= 2);
        QCOMPARE(messages.last().text, text);
        QCOMPARE(messages.last().attachments.size(), 1);
        QCOMPARE(messages.last().attachments.first().name, QStringLiteral("trace.txt"));
        settings::Settings::setApplication(m_settings.get());
    }
};

QTEST_MAIN(TestTicketPage)
#include "tst_ticketpage.moc"
