// TicketDraftStore and the conversation model without a server: drafts per account and ticket in the
// settings file (written through, read back by a second Settings object), empty drafts removed, path-unsafe
// ids kept apart; the conversation read from a ticket form's lists and a message's HTML (escaping, links,
// quotes).
#include "core/protocol/tabledata.h"
#include "core/settings/settings.h"
#include "core/tickets/conversation.h"
#include "core/tickets/ticketdraftstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mgrdesk;

namespace {
void appendRow(protocol::TableData &t, const QStringList &cells)
{
    t.beginRow();
    for (int i = 0; i < cells.size(); ++i)
        if (!cells.at(i).isEmpty())
            t.setCell(i, cells.at(i).toUtf8());
    t.endRow();
}
} // namespace

class TestTicketDrafts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void draftsArePerAccountAndTicketAndSurviveReopening()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.ini"));
        {
            settings::Settings s(file);
            tickets::TicketDraftStore store(&s);
            store.save(QStringLiteral("a/1"), QStringLiteral("7"),
                { QStringLiteral("hello"), { QStringLiteral("/tmp/x") }, {} });
            store.save(QStringLiteral("a/1"), QString(), { QStringLiteral("new ticket text"), {}, {} });
            store.save(QStringLiteral("b"), QStringLiteral("7"), { QStringLiteral("other account"), {}, {} });
        }
        settings::Settings s(file); // as after a restart
        tickets::TicketDraftStore store(&s);
        const tickets::TicketDraft d = store.load(QStringLiteral("a/1"), QStringLiteral("7"));
        QCOMPARE(d.text, QStringLiteral("hello"));
        QCOMPARE(d.files, QStringList { QStringLiteral("/tmp/x") });
        QVERIFY(d.saved.isValid());
        QCOMPARE(store.load(QStringLiteral("a/1"), QString()).text, QStringLiteral("new ticket text"));
        QCOMPARE(store.load(QStringLiteral("b"), QStringLiteral("7")).text, QStringLiteral("other account"));
        QVERIFY(store.load(QStringLiteral("a"), QStringLiteral("7")).isEmpty());
        QStringList tickets = store.ticketsWithDrafts(QStringLiteral("a/1"));
        tickets.sort();
        QCOMPARE(tickets, (QStringList { QString(), QStringLiteral("7") }));
        store.save(QStringLiteral("a/1"), QStringLiteral("7"), { QStringLiteral("  "), {}, {} }); // emptied
        QVERIFY(!store.has(QStringLiteral("a/1"), QStringLiteral("7")));
        store.discard(QStringLiteral("a/1"), QString());
        QVERIFY(store.ticketsWithDrafts(QStringLiteral("a/1")).isEmpty());
    }

    void conversationFromTheFormLists()
    {
        protocol::FormData form;
        auto messages = QSharedPointer<protocol::TableData>::create();
        for (const char *c : { "id", "date_post", "message_user", "role", "message" })
            messages->addColumn(QString::fromLatin1(c));
        appendRow(*messages,
            { QStringLiteral("10"), QStringLiteral("2026-03-01 10:00"), QStringLiteral("Ann"),
                QStringLiteral("client"), QStringLiteral("Hi") });
        appendRow(*messages,
            { QStringLiteral("11"), QStringLiteral("2026-03-01 11:00"), QStringLiteral("admin"),
                QStringLiteral("staff"), QStringLiteral("Hello") });
        auto files = QSharedPointer<protocol::TableData>::create();
        for (const char *c : { "id", "message", "name", "size", "type" })
            files->addColumn(QString::fromLatin1(c));
        appendRow(*files,
            { QStringLiteral("5"), QStringLiteral("10"), QStringLiteral("a.png"), QStringLiteral("99"),
                QStringLiteral("image/png") });
        appendRow(*files,
            { QStringLiteral("6"), QStringLiteral("404"), QStringLiteral("b.txt"), QString(), QString() });
        form.lists.insert(QStringLiteral("messages"), messages);
        form.lists.insert(QStringLiteral("attachments"), files);
        const tickets::Conversation c = tickets::Conversation::fromForm(form);
        QCOMPARE(c.messages.size(), 2);
        QCOMPARE(c.messages.at(0).attachments.size(), 1);
        QVERIFY(c.messages.at(0).attachments.first().isImage());
        QCOMPARE(c.messages.at(0).attachments.first().size, 99);
        QCOMPARE(c.messages.at(1).role, QStringLiteral("staff"));
        QCOMPARE(c.unattached.size(), 1);
        QCOMPARE(c.unattached.first().size, -1);
    }

    void messageHtml()
    {
        const QString html = tickets::Conversation::messageHtml(
            QStringLiteral("<b>not bold</b> & see https://a.example/x?y=1&z=2.\n> quoted <i>\n>also\nend"));
        QVERIFY2(html.startsWith(QStringLiteral("&lt;b&gt;not bold&lt;/b&gt; &amp; see ")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral(
            "<a href=\"https://a.example/x?y=1&amp;z=2\">https://a.example/x?y=1&amp;z=2</a>.")));
        QVERIFY(html.contains(QStringLiteral("quoted &lt;i&gt;<br>also</blockquote>end")));
        QVERIFY(!tickets::Conversation::messageHtml(QStringLiteral("javascript:alert(1)"))
                     .contains(QStringLiteral("<a")));
    }
};

QTEST_GUILESS_MAIN(TestTicketDrafts)
#include "tst_ticketdrafts.moc"
