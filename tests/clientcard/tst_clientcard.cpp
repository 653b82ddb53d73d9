// The client card (docs/clientcard.md) against the real demo server over HTTPS, offscreen: every compact list
// holds exactly the rows a raw fetch of the same list with the same server filter returns, and only the
// client's; a block whose list fails shows its own error while the others load; Act as and Open in browser
// act as the client's login; a double click and "Open list" go through the router; the entry from a Clients
// row.
#include "clientcard/clientcardblock.h"
#include "clientcard/clientcardpage.h"
#include "common/messagebox.h"
#include "impersonation/browserlogin.h"
#include "impersonation/impersonationtab.h"
#include "lists/listview.h"
#include "mainwindow/mainwindow.h"

#include "core/accounts/accountstore.h"
#include "core/accounts/credentialstore.h"
#include "core/models/listloader.h"
#include "core/models/tablemodel.h"
#include "core/net/apijob.h"
#include "core/net/connection.h"
#include "democlient.h"
#include "demoserver.h"
#include "demowindow.h"
#include "preferences/preferencekeys.h"

#include <QAction>
#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrlQuery>

using namespace mgrdesk;
using gui::ClientCardBlock;
using gui::ClientCardPage;

namespace {

QStringList keysOf(const models::TableModel *m)
{
    QStringList keys;
    for (int r = 0; r < m->rowCount(); ++r)
        keys << m->rowKey(r);
    return keys;
}

// The column that names the client in each list (the admin's view of the demo server).
QString ownerColumn(const QString &list)
{
    if (list == QLatin1String("vds") || list == QLatin1String("domain"))
        return QStringLiteral("account");
    if (list == QLatin1String("payment") || list == QLatin1String("user"))
        return QStringLiteral("account_name");
    if (list == QLatin1String("ticket_all"))
        return QStringLiteral("client");
    if (list == QLatin1String("journal"))
        return QStringLiteral("user");
    return QString(); // invoice: no client column
}

} // namespace

class TestClientCard : public QObject
{
    Q_OBJECT

    test::DemoDesk m_desk;
    std::unique_ptr<net::Connection> m_raw;

    // One request on the test's own admin connection (the same server user, so the same remembered filters).
    protocol::Reply fetch(const protocol::Request &request)
    {
        net::ApiResult out;
        bool done = false;
        net::ApiJob *job = m_raw->send(request, this);
        connect(job, &net::ApiJob::finished, this, [&](const net::ApiResult &r) {
            out = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000) || !out.ok())
            qWarning("raw fetch %s: %s", qPrintable(request.function()), qPrintable(out.message));
        return out.reply;
    }

    // The rows of `spec`'s list for `value`, fetched the way the server documents it, not through the card.
    QStringList rawKeys(const gui::ClientCardListSpec &spec, const QString &value, QStringList *owners)
    {
        if (spec.filter == gui::ClientCardListSpec::Filter::SetFilter) {
            protocol::Request set(spec.function + QStringLiteral(".setfilter"));
            set.setElid(value);
            if (fetch(set).kind != protocol::ReplyKind::Ok)
                return { QStringLiteral("setfilter failed") };
        }
        protocol::Request list(spec.function);
        if (spec.filter == gui::ClientCardListSpec::Filter::Params)
            list.set(QStringLiteral("filter"), QStringLiteral("on")).set(spec.filterField, value);
        list.setPage(1, ClientCardPage::blockRows);
        if (!spec.sortColumn.isEmpty())
            list.setSort(spec.sortColumn, Qt::DescendingOrder);
        const protocol::Reply reply = fetch(list);
        if (!reply.table)
            return { QStringLiteral("no table") };
        QStringList keys;
        const int owner = reply.table->columnIndex(ownerColumn(spec.function));
        for (int r = 0; r < reply.table->rowCount(); ++r) {
            keys << reply.table->rowKey(r);
            if (owner >= 0 && owners)
                owners->append(reply.table->cell(r, owner));
        }
        return keys;
    }

    ClientCardPage *openCard(const QString &id, const QString &function = QString())
    {
        auto *card = qobject_cast<ClientCardPage *>(
            m_desk.window->openPage(gui::clientCardRequest(id, {}, function)));
        if (card && !QTest::qWaitFor([card] { return card->allLoaded(); }, 30000))
            qWarning("the card did not finish loading");
        return card;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_desk.start(&why), qPrintable(why));
        m_raw = std::make_unique<net::Connection>(
            test::demoConnectionSettings(m_desk.server, QStringLiteral("admin")));
        m_raw->setPassword(test::demoPassword);
    }
    void init()
    {
        m_desk.renew(QStringLiteral("c"));
        m_desk.addAccount(QStringLiteral("Admin"), QStringLiteral("admin"));
        QString why;
        QVERIFY2(m_desk.showWindow(QSize(1200, 800), &why), qPrintable(why));
    }
    void cleanup()
    {
        m_desk.server.clearFaults();
        m_desk.clear();
    }

    void balanceIsReadFromTheSummary()
    {
        using C = gui::ClientCardClient;
        QCOMPARE(C::balanceFromSummary(QStringLiteral("Registration date 2024-01-02, Balance 12.50 USD")),
            QStringLiteral("12.50 USD"));
        QCOMPARE(C::balanceFromSummary(QStringLiteral("Дата регистрации 2024-01-02, Баланс -3.00 USD")),
            QStringLiteral("-3.00 USD"));
        QCOMPARE(C::balanceFromSummary(QStringLiteral("Registration date 2024-01-02")), QString());
        QCOMPARE(C::balanceFromSummary(QString()), QString());
    }

    void listsMatchRawFetchesOfTheClient()
    {
        ClientCardPage *card = openCard(QStringLiteral("1"));
        QVERIFY(card);
        QVERIFY2(card->errorText().isEmpty(), qPrintable(card->errorText()));
        QCOMPARE(card->identity().accountId, QStringLiteral("1"));
        QCOMPARE(card->identity().name, QStringLiteral("client1"));
        QVERIFY(!card->identity().balance.isEmpty());
        QCOMPARE(m_desk.window->tabs()->tabText(m_desk.window->tabs()->indexOf(card)),
            QStringLiteral("Client — client1"));
        QCOMPARE(card->login(), QStringLiteral("client1")); // the account's first user
        QCOMPARE(card->blocks().size(), ClientCardPage::lists().size());
        int rowsSeen = 0;
        const QList<ClientCardBlock *> blocks = card->blocks();
        for (ClientCardBlock *block : blocks) {
            const QString list = block->spec().function;
            QVERIFY2(
                block->errorText().isEmpty(), qPrintable(list + QStringLiteral(": ") + block->errorText()));
            const QString value = block->spec().byLogin ? card->login() : QStringLiteral("1");
            QCOMPARE(block->value(), value);
            QStringList owners;
            const QStringList raw = rawKeys(block->spec(), value, &owners);
            QCOMPARE(keysOf(block->model()), raw);
            for (const QString &owner : std::as_const(owners))
                QCOMPARE(owner, QStringLiteral("client1"));
            rowsSeen += int(raw.size());
        }
        QVERIFY(rowsSeen > 10); // client1 owns rows in most lists: the comparison is not of empty lists
        // Another client's card shows other rows.
        ClientCardPage *other = openCard(QStringLiteral("2"));
        QVERIFY(other);
        QCOMPARE(other->identity().name, QStringLiteral("client2"));
        QStringList owners;
        const QStringList raw
            = rawKeys(other->block(QStringLiteral("payment"))->spec(), QStringLiteral("2"), &owners);
        QCOMPARE(keysOf(other->block(QStringLiteral("payment"))->model()), raw);
        for (const QString &owner : std::as_const(owners))
            QCOMPARE(owner, QStringLiteral("client2"));
    }

    void openedFromAUserChoosesThatLogin()
    {
        ClientCardPage *card = openCard(QStringLiteral("3"), QStringLiteral("user")); // client1-sub
        QVERIFY(card);
        QCOMPARE(card->identity().accountId, QStringLiteral("1"));
        QCOMPARE(card->login(), QStringLiteral("client1-sub"));
        QVERIFY(card->loginBox()->findText(QStringLiteral("client1")) >= 0);
        QCOMPARE(card->block(QStringLiteral("journal"))->value(), QStringLiteral("client1-sub"));
        // choosing the other login reloads the action log for it
        card->loginBox()->setCurrentIndex(card->loginBox()->findText(QStringLiteral("client1")));
        QTRY_COMPARE(card->block(QStringLiteral("journal"))->value(), QStringLiteral("client1"));
        QTRY_VERIFY_WITH_TIMEOUT(card->block(QStringLiteral("journal"))->isLoaded(), 30000);
        QVERIFY(card->block(QStringLiteral("journal"))->model()->rowCount() > 0);
    }

    void unknownClientShowsTheError()
    {
        ClientCardPage *card = openCard(QStringLiteral("999999"));
        QVERIFY(card);
        QTRY_VERIFY_WITH_TIMEOUT(!card->errorText().isEmpty(), 30000);
        QVERIFY(!card->actAsButton()->isEnabled());
        for (ClientCardBlock *block : card->blocks())
            QVERIFY(!block->errorText().isEmpty());
    }

    void failingBlockShowsItsErrorAlone()
    {
        QVERIFY(m_desk.server.addFault(QStringLiteral("invoice=http500")));
        ClientCardPage *card = openCard(QStringLiteral("1"));
        QVERIFY(card);
        ClientCardBlock *invoices = card->block(QStringLiteral("invoice"));
        QVERIFY(!invoices->errorText().isEmpty());
        QCOMPARE(invoices->model()->rowCount(), 0);
        QVERIFY(!invoices->table()->isHidden());
        for (ClientCardBlock *block : card->blocks())
            if (block != invoices)
                QVERIFY2(block->errorText().isEmpty(), qPrintable(block->errorText()));
        QVERIFY(card->block(QStringLiteral("payment"))->model()->rowCount() > 0);
        // the block's own refresh recovers once the server answers again
        QVERIFY(m_desk.server.clearFaults());
        invoices->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(invoices->isLoaded(), 30000);
        QVERIFY2(invoices->errorText().isEmpty(), qPrintable(invoices->errorText()));
    }

    void actAsOpensAnImpersonationTab()
    {
        ClientCardPage *card = openCard(QStringLiteral("1"));
        QVERIFY(card);
        QVERIFY(card->actAsButton()->isEnabled());
        QTest::mouseClick(card->actAsButton(), Qt::LeftButton);
        auto *tab = qobject_cast<gui::ImpersonationTab *>(m_desk.window->tabs()->currentWidget());
        QVERIFY(tab);
        QCOMPARE(tab->actingAs(), QStringLiteral("client1"));
        QTRY_COMPARE_WITH_TIMEOUT(tab->state(), gui::ImpersonationTab::State::Ready, 30000);
        QVERIFY(tab->banner());
    }

    void openInBrowserAsTheClient()
    {
        ClientCardPage *card = openCard(QStringLiteral("1"));
        QVERIFY(card);
        QList<QUrl> opened;
        gui::BrowserLogin::setUrlOpener([&opened](const QUrl &url) {
            opened.append(url);
            return true;
        });
        QTest::mouseClick(card->browserButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(gui::MessageBox::lastBox(), 10000); // the real question, naming the user
        QVERIFY(gui::MessageBox::lastText().contains(QStringLiteral("client1")));
        QAbstractButton *open = gui::MessageBox::lastBox()->button(QMessageBox::Open);
        QVERIFY(open);
        open->click();
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30000);
        QCOMPARE(
            QUrlQuery(opened.first()).queryItemValue(QStringLiteral("username")), QStringLiteral("client1"));
        gui::BrowserLogin::setUrlOpener({});
    }

    void rowsAndListsOpenThroughTheRouter()
    {
        ClientCardPage *card = openCard(QStringLiteral("1"));
        QVERIFY(card);
        ClientCardBlock *tickets = card->block(QStringLiteral("ticket_all"));
        QVERIFY(tickets->model()->rowCount() > 0);
        const QString key = tickets->model()->rowKey(0);
        const routing::PageRequest wanted = tickets->requestForRow(0);
        QCOMPARE(wanted.function, QStringLiteral("ticket_all.edit"));
        QCOMPARE(wanted.elid, key);
        const QModelIndex first = tickets->table()->model()->index(0, 0);
        tickets->table()->scrollTo(first);
        const int tabs = m_desk.window->tabs()->count();
        const QPoint at = tickets->table()->visualRect(first).center();
        QTest::mouseClick(
            tickets->table()->viewport(), Qt::LeftButton, {}, at); // a double click's first click
        QTest::mouseDClick(tickets->table()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(m_desk.window->tabs()->count(), tabs + 1); // one form, once
        // the router's page for ticket_all.edit (a form, or the ticket workspace where it registers), not the
        // card
        QVERIFY(m_desk.window->tabs()->currentWidget() != card);

        // "Open list": the whole payment list, filtered to the client by the server
        QTest::mouseClick(card->block(QStringLiteral("payment"))->openListButton(), Qt::LeftButton);
        auto *list = qobject_cast<gui::ListView *>(m_desk.window->tabs()->currentWidget());
        QVERIFY(list);
        QCOMPARE(list->function(), QStringLiteral("payment"));
        QTRY_VERIFY_WITH_TIMEOUT(list->loader()->isComplete(), 30000);
        QVERIFY(list->model()->rowCount() > 0);
        for (int r = 0; r < list->model()->rowCount(); ++r)
            QCOMPARE(list->model()->value(r, QStringLiteral("account_name")), QStringLiteral("client1"));
    }

    void clientsRowOpensTheCard()
    {
        routing::PageRequest clients;
        clients.function = QStringLiteral("account");
        auto *list = qobject_cast<gui::ListView *>(m_desk.window->openPage(clients));
        QVERIFY(list);
        QVERIFY(list->clientCardAction());
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() > 1, 30000);
        QVERIFY(!list->clientCardAction()->isEnabled()); // nothing selected
        list->selectKeys({ QStringLiteral("2") });
        QVERIFY(list->clientCardAction()->isEnabled());
        list->clientCardAction()->trigger();
        auto *card = qobject_cast<ClientCardPage *>(m_desk.window->tabs()->currentWidget());
        QVERIFY(card);
        QTRY_VERIFY_WITH_TIMEOUT(card->isResolved(), 30000);
        QCOMPARE(card->identity().name, QStringLiteral("client2"));
        QTRY_VERIFY_WITH_TIMEOUT(card->allLoaded(), 30000);
        // lists other than Clients and Users have no client card
        routing::PageRequest payments;
        payments.function = QStringLiteral("payment");
        auto *other = qobject_cast<gui::ListView *>(m_desk.window->openPage(payments));
        QVERIFY(other);
        QVERIFY(!other->clientCardAction());
    }
};

QTEST_MAIN(TestClientCard)
#include "tst_clientcard.moc"
