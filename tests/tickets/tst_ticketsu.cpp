// The ticket workspace in every host (issue 12's rule: every host opens every page kind through the
// router), against the demo server with a real MainWindow, offscreen. A ticket opened from a list acting as a
// client (an impersonation tab) is the ticket workspace, under the tab's banner, and every request of that
// page carries su: the form, the picture's preview and the attachment opened as a document (ticket.file).
#include "common/impersonationbanner.h"
#include "core/accounts/accountstore.h"
#include "core/accounts/credentialstore.h"
#include "core/models/formsession.h"
#include "core/models/formstate.h"
#include "core/models/listloader.h"
#include "core/models/tablemodel.h"
#include "core/net/apijob.h"
#include "core/net/connection.h"
#include "core/net/requestlog.h"
#include "democlient.h"
#include "demoserver.h"
#include "documents/documentpage.h"
#include "documents/documentview.h"
#include "forms/formwidget.h"
#include "impersonation/impersonationtab.h"
#include "lists/listview.h"
#include "mainwindow/mainwindow.h"
#include "preferences/preferencekeys.h"
#include "tickets/conversationview.h"
#include "tickets/ticketpage.h"

#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace mgrdesk;
using routing::PageRequest;

class TestTicketSu : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::DemoServer m_server;
    std::unique_ptr<accounts::AccountStore> m_store;
    std::unique_ptr<accounts::CredentialStore> m_creds;
    std::unique_ptr<gui::MainWindow> m_window;
    QString m_ticket; // client1's ticket with a picture and a log
    QString m_pictureId, m_logId;
    int m_n = 0;

    static net::ApiResult run(net::Connection *c, const protocol::Request &r, const net::JobOptions &o = {})
    {
        net::ApiJob *job = c->send(r, nullptr, o);
        QSignalSpy done(job, &net::ApiJob::finished);
        if (!done.wait(30000))
            return {};
        return done.at(0).at(0).value<net::ApiResult>();
    }

    // The requests of `functions` in the log since `from`: how many carried su=client1 (`without`: the
    // others).
    static int withSu(net::Connection *c, int from, const QStringList &functions, int *without)
    {
        int with = 0;
        *without = 0;
        const auto entries = c->requestLog()->entries();
        for (int i = from; i < entries.size(); ++i) {
            if (!functions.contains(entries.at(i).function))
                continue;
            const auto r = protocol::Request::fromQueryString(entries.at(i).parameters);
            r.value(QStringLiteral("su")) == QLatin1String("client1") ? ++with : ++*without;
        }
        return with;
    }

    // An impersonation tab acting as client1 on their ticket list, loaded.
    gui::ImpersonationTab *openClientTickets()
    {
        PageRequest r;
        r.function = QStringLiteral("clientticket");
        r.su = QStringLiteral("client1");
        auto *tab = qobject_cast<gui::ImpersonationTab *>(m_window->openPage(r));
        if (!tab
            || !QTest::qWaitFor(
                [tab] { return tab->listView() && tab->listView()->loader()->isComplete(); }, 30000))
            return nullptr;
        return tab;
    }

    // The row of `ticket` in `list` (-1 when absent).
    static int rowOf(gui::ListView *list, const QString &ticket)
    {
        for (int r = 0; r < list->model()->rowCount(); ++r)
            if (list->model()->rowKey(r) == ticket)
                return r;
        return -1;
    }

    // Types `text` into the page's reply box and sends it; true once the thread shows it.
    static bool reply(gui::TicketPage *page, const QString &text)
    {
        auto *box = qobject_cast<QPlainTextEdit *>(page->form()->control(QStringLiteral("message")));
        if (!box)
            return false;
        QTest::keyClicks(box, text);
        QSignalSpy loaded(page, &gui::TicketPage::conversationLoaded);
        if (!page->form()->submit() || !loaded.wait(30000))
            return false;
        return page->conversation()->conversation().messages.last().text == text;
    }

    static bool waitLoaded(gui::TicketPage *page)
    {
        return QTest::qWaitFor(
            [page] {
                return page->form()->session()->phase() == models::FormSession::Phase::Ready
                    && !page->conversation()->conversation().messages.isEmpty();
            },
            30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QImage picture(640, 480, QImage::Format_RGB32);
        picture.fill(QColor(200, 80, 40));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(picture.save(&buffer, "PNG"));
        net::Connection client(test::demoConnectionSettings(m_server, QStringLiteral("client1")));
        client.setPassword(test::demoPassword);
        protocol::Request r(QStringLiteral("clientticket.edit"));
        r.set(QStringLiteral("name"), QStringLiteral("Opened as the client")).setSok();
        r.set(QStringLiteral("message"),
            QStringLiteral("The panel shows an error, screenshot and log attached."));
        r.attachBytes(QStringLiteral("file_1"), QStringLiteral("screen.png"), png);
        r.attachBytes(QStringLiteral("file_2"), QStringLiteral("panel.log"), QByteArray(2048, 'L'));
        const net::ApiResult sent = run(&client, r);
        QVERIFY2(sent.ok() && sent.reply.ok, qPrintable(sent.message));
        m_ticket = sent.reply.ok->id;
    }

    void init()
    {
        m_store
            = std::make_unique<accounts::AccountStore>(m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_n)));
        m_store->appSettings()->set(settings::keys::openStartPage, false);
        m_creds = std::make_unique<accounts::CredentialStore>();
        test::addDemoAccount(
            m_store.get(), m_creds.get(), m_server, QStringLiteral("Admin"), QStringLiteral("admin"));
        m_window = std::make_unique<gui::MainWindow>(m_store.get(), m_creds.get());
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_window->currentConnection()->state(), net::Connection::State::Connected, 30000);
    }

    void cleanup()
    {
        m_window.reset();
        m_creds.reset();
        m_store.reset();
    }

    void ticketInAnImpersonationTabIsTheWorkspace()
    {
        net::Connection *c = m_window->currentConnection();
        gui::ImpersonationTab *tab = openClientTickets();
        QVERIFY(tab);
        const int from = int(c->requestLog()->entries().size());

        // The list's edit (a double click): the ticket workspace inside the tab, not the plain form.
        Q_EMIT tab->listView()->openFormRequested(
            QStringLiteral("clientticket.edit"), m_ticket, QString(), QStringLiteral("edit"));
        auto *page = qobject_cast<gui::TicketPage *>(tab->currentFormPage());
        QVERIFY2(
            page, tab->currentFormPage() ? tab->currentFormPage()->metaObject()->className() : "no page");
        QCOMPARE(tab->currentForm(), page->form());
        QCOMPARE(m_window->tabs()->currentWidget(), tab);
        QVERIFY(waitLoaded(page));
        QCOMPARE(page->form()->jobOptions().su, QStringLiteral("client1"));
        QCOMPARE(page->form()->actingAs(), QStringLiteral("client1"));
        // under the tab's banner, which stays visible; the list is behind the page
        QVERIFY(tab->banner()->isVisible());
        QVERIFY(page->isVisible());
        QVERIFY(!tab->listView()->isVisible());
        QVERIFY(tab->banner()->geometry().bottom() <= page->mapTo(tab, QPoint(0, 0)).y());

        // The thread as the client sees it, the picture previewed through ticket.file with su.
        const auto &messages = page->conversation()->conversation().messages;
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().attachments.size(), 2);
        m_pictureId = messages.first().attachments.at(0).id;
        m_logId = messages.first().attachments.at(1).id;
        QTRY_VERIFY_WITH_TIMEOUT(!page->conversation()->previewLabel(m_pictureId)->pixmap().isNull(), 20000);

        // The log opened as a document: another tab acting as client1 (a banner), its bytes as sent.
        auto *button
            = page->conversation()->findChild<QToolButton *>(QStringLiteral("attachment_") + m_logId);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        auto *docTab = qobject_cast<gui::ImpersonationTab *>(m_window->tabs()->currentWidget());
        QVERIFY(docTab && docTab != tab);
        QCOMPARE(docTab->actingAs(), QStringLiteral("client1"));
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<gui::DocumentPage *>(docTab->page()), 30000);
        auto *document = qobject_cast<gui::DocumentPage *>(docTab->page());
        QTRY_COMPARE_WITH_TIMEOUT(document->view()->bytes(), QByteArray(2048, 'L'), 30000);
        QVERIFY(docTab->banner()->isVisible());

        // Every request of the page went as client1: the form, the preview and the document.
        int without = 0;
        const QStringList functions { QStringLiteral("clientticket.edit"), QStringLiteral("ticket.file") };
        QVERIFY(withSu(c, from, functions, &without) >= 3);
        QCOMPARE(without, 0);
        int files = 0;
        for (const auto &e : c->requestLog()->entries().mid(from))
            files += e.function == QLatin1String("ticket.file");
        QVERIFY(files >= 2); // the preview and the document

        // Cancel closes the page: the list again, under the same banner.
        QSignalSpy closed(tab, &gui::ImpersonationTab::formClosed);
        m_window->tabs()->setCurrentWidget(tab);
        page->form()->requestClose();
        QTRY_COMPARE(closed.count(), 1);
        QVERIFY(!tab->currentFormPage());
        QVERIFY(tab->listView()->isVisible());
        QVERIFY(tab->banner()->isVisible());
    }

    // A ticket asked for as another user from outside any su tab (a link, a notification): a new
    // impersonation tab whose page is the ticket workspace.
    void ticketOpenedAsAnotherUserIsTheWorkspace()
    {
        PageRequest r;
        r.function = QStringLiteral("clientticket.edit");
        r.elid = m_ticket;
        r.su = QStringLiteral("client1");
        auto *tab = qobject_cast<gui::ImpersonationTab *>(m_window->openPage(r));
        QVERIFY(tab);
        QTRY_VERIFY_WITH_TIMEOUT(tab->state() != gui::ImpersonationTab::State::Checking, 30000);
        QCOMPARE(tab->state(), gui::ImpersonationTab::State::Ready);
        auto *page = qobject_cast<gui::TicketPage *>(tab->page());
        QVERIFY(page);
        QVERIFY(waitLoaded(page));
        QCOMPARE(page->form()->jobOptions().su, QStringLiteral("client1"));
        QVERIFY(tab->banner()->isVisible());
        QCOMPARE(page->conversation()->conversation().messages.first().attachments.size(), 2);
    }

    // Sending a reply refreshes the list the ticket was opened from, in an su tab: the client's reply moves
    // the ticket to "customer replied" there, without reloading by hand.
    void replyRefreshesTheListInAnImpersonationTab()
    {
        gui::ImpersonationTab *tab = openClientTickets();
        QVERIFY(tab);
        gui::ListView *list = tab->listView();
        const int row = rowOf(list, m_ticket);
        QVERIFY(row >= 0);
        const QString statusBefore = list->model()->value(row, QStringLiteral("tstatus"));
        Q_EMIT list->openFormRequested(
            QStringLiteral("clientticket.edit"), m_ticket, QString(), QStringLiteral("edit"));
        auto *page = qobject_cast<gui::TicketPage *>(tab->currentFormPage());
        QVERIFY(page);
        QVERIFY(waitLoaded(page));
        QSignalSpy refreshed(list->loader(), &models::ListLoader::refreshed);
        QVERIFY(reply(page, QStringLiteral("Still broken after the update.")));
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 30000);
        QCOMPARE(tab->currentFormPage(), page); // the workspace stays open
        const int after = rowOf(list, m_ticket);
        QVERIFY(after >= 0);
        // the server's name of status 1 as a client sees it (a client's reply)
        QCOMPARE(list->model()->value(after, QStringLiteral("tstatus")), QStringLiteral("Under review"));
        QVERIFY(list->model()->value(after, QStringLiteral("tstatus")) != statusBefore);
        QTRY_COMPARE(list->selectedRows(), QList<int> { after });
    }

    // The same in a main tab: staff answer from the list of all tickets; the list shows the new state and
    // the new last message time.
    void replyRefreshesTheListInAMainTab()
    {
        PageRequest r;
        r.function = QStringLiteral("ticket_all");
        auto *list = qobject_cast<gui::ListView *>(m_window->openPage(r));
        QVERIFY(list);
        QTRY_VERIFY_WITH_TIMEOUT(list->loader()->isComplete(), 30000);
        const int row = rowOf(list, m_ticket);
        QVERIFY(row >= 0);
        const QString statusBefore = list->model()->value(row, QStringLiteral("tstatus"));
        QVERIFY(statusBefore != QLatin1String("Awaiting reply"));
        const QString lastBefore = list->model()->value(row, QStringLiteral("last_message"));
        Q_EMIT list->openFormRequested(
            QStringLiteral("ticket_all.edit"), m_ticket, QString(), QStringLiteral("edit"));
        auto *page = qobject_cast<gui::TicketPage *>(m_window->tabs()->currentWidget());
        QVERIFY(page);
        QVERIFY(waitLoaded(page));
        QSignalSpy refreshed(list->loader(), &models::ListLoader::refreshed);
        QVERIFY(reply(page, QStringLiteral("We have rolled the update back, please check.")));
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 30000);
        QCOMPARE(m_window->tabs()->currentWidget(), page); // the workspace stays the current tab
        const int after = rowOf(list, m_ticket);
        QVERIFY(after >= 0);
        // status 2 (staff answered) as the server names it in this list
        QCOMPARE(list->model()->value(after, QStringLiteral("tstatus")), QStringLiteral("Awaiting reply"));
        // the last message time is the reply's, as the thread shows it (the list has minutes, the thread
        // may have seconds)
        const QString replied = page->conversation()->conversation().messages.last().time;
        const QString last = list->model()->value(after, QStringLiteral("last_message"));
        QVERIFY2(
            !last.isEmpty() && replied.startsWith(last), qPrintable(last + QStringLiteral(" / ") + replied));
        QVERIFY(last >= lastBefore);
    }
};

QTEST_MAIN(TestTicketSu)
#include "tst_ticketsu.moc"
