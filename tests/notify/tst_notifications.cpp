// Notifications against the demo server (docs/protocol.md §8): the documented func=notify shape (counts from
// <msg>, action, hint_NAME tooltips, the balance item, <timeout> as the poll period), the <doc notify="N">
// total of any other reply refreshing the badge without a poll, and the first poll going out only after the
// login (checked in the server's own request log).
#include "core/net/connection.h"
#include "core/notify/notificationpoller.h"
#include "core/protocol/request.h"
#include "democlient.h"
#include "demoserver.h"
#include "notify/notificationbadge.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QtTest>

using namespace mgrdesk;

namespace {

QStringList serverLogLines(const test::DemoServer &server)
{
    QFile f(server.logFile());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

int firstLineWith(const QStringList &lines, const QString &needle)
{
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(needle))
            return i;
    }
    return -1;
}

net::ApiResult sendAndWait(net::Connection *c, const protocol::Request &r)
{
    net::ApiJob *job = c->send(r);
    QSignalSpy done(job, &net::ApiJob::finished);
    if (!done.wait(30000))
        return {};
    return done.at(0).at(0).value<net::ApiResult>();
}

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }

    void firstPollOnlyAfterLogin()
    {
        net::Connection c(test::demoConnectionSettings(m_server, QStringLiteral("client1")));
        c.setPassword(test::demoPassword);
        notify::NotificationPoller poller(&c);
        poller.setInterval(50); // many chances to poll too early
        QTest::qWait(600);
        QCOMPARE(poller.pollCount(), 0);
        QCOMPARE(firstLineWith(serverLogLines(m_server), QStringLiteral("func=notify")), -1);
        QSignalSpy updated(&poller, &notify::NotificationPoller::updated);
        c.login();
        QVERIFY(updated.wait(30000));
        QCOMPARE(poller.state(), notify::NotificationPoller::State::Ok);
        const QStringList lines = serverLogLines(m_server);
        const int auth = firstLineWith(lines, QStringLiteral("func=auth"));
        const int notify = firstLineWith(lines, QStringLiteral("func=notify"));
        QVERIFY2(auth >= 0 && notify > auth, qPrintable(lines.join(QLatin1Char('\n'))));
    }

    void documentedShapeAndBadge()
    {
        net::Connection c(test::demoConnectionSettings(m_server, QStringLiteral("client1")));
        c.setPassword(test::demoPassword);
        notify::NotificationPoller poller(&c);
        QSignalSpy updated(&poller, &notify::NotificationPoller::updated);
        c.login();
        QVERIFY(updated.wait(30000));
        QCOMPARE(poller.state(), notify::NotificationPoller::State::Ok);
        // the server's <timeout>60</timeout> is the poll period (no interval was set)
        QCOMPARE(poller.serverTimeout(), std::optional<int>(60));
        if (qEnvironmentVariableIsEmpty("MGRDESK_NOTIFY_INTERVAL_MS"))
            QCOMPARE(poller.interval(), 60000);
        const QList<notify::NotifyCounter> counters = poller.counters();
        QCOMPARE(counters.size(), 2); // ticket and payment; the balance item is apart
        const notify::NotifyCounter ticket = counters.at(0);
        QCOMPARE(ticket.name, QStringLiteral("ticket"));
        QCOMPARE(ticket.action, QStringLiteral("clientticket")); // a client's tickets
        QVERIFY(!ticket.hint.isEmpty()); // hint_ticket
        QCOMPARE(ticket.title, ticket.hint);
        QVERIFY(poller.balance().has_value());
        QVERIFY2(poller.balance()->contains(QLatin1Char('.')), qPrintable(*poller.balance()));
        int sum = 0;
        for (const auto &k : counters)
            sum += k.count;
        QCOMPARE(poller.total(), sum);

        gui::NotificationBadge badge;
        gui::NotificationBadge::Account a;
        a.id = QStringLiteral("a1");
        a.name = QStringLiteral("Client One");
        a.state = poller.state();
        a.counters = counters;
        a.total = poller.total();
        a.balance = poller.balance();
        badge.setAccounts({ a }, a.id);
        QCOMPARE(badge.shownCount(), sum);
        QVERIFY2(badge.toolTip().contains(ticket.hint), qPrintable(badge.toolTip()));
        QVERIFY2(badge.toolTip().contains(*poller.balance()), qPrintable(badge.toolTip()));
        const QList<QAction *> actions = badge.counterActions();
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions.at(0)->toolTip(), ticket.hint);
        QVERIFY(badge.counterMenu()->findChild<QAction *>(QStringLiteral("notificationBalance")));
        // choosing a counter opens the item's action
        QSignalSpy open(&badge, &gui::NotificationBadge::openRequested);
        actions.at(0)->trigger();
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), a.id);
        QCOMPARE(open.at(0).at(1).toString(), QStringLiteral("clientticket"));
    }

    void documentTotalRefreshesWithoutPolling()
    {
        net::Connection c(test::demoConnectionSettings(m_server, QStringLiteral("admin")));
        c.setPassword(test::demoPassword);
        notify::NotificationPoller poller(&c);
        QSignalSpy updated(&poller, &notify::NotificationPoller::updated);
        c.login();
        QVERIFY(updated.wait(30000));
        QCOMPARE(poller.state(), notify::NotificationPoller::State::Ok);
        const int before = poller.total();
        const int polls = poller.pollCount();
        // a new payment (status New) of a client: the admin's payment counter grows; any reply says so
        protocol::Request list(QStringLiteral("payment"));
        list.set(QStringLiteral("p_cnt"), QStringLiteral("5000"));
        const net::ApiResult rows = sendAndWait(&c, list);
        QVERIFY(rows.ok() && rows.reply.table);
        const protocol::TableData &t = *rows.reply.table;
        const int status = t.columnIndex(QStringLiteral("status"));
        QString newKey;
        for (int r = 0; r < t.rowCount() && newKey.isEmpty(); ++r) {
            for (const auto &attr : t.cellAttributes(r, status)) {
                if (attr.first == QLatin1String("orig") && attr.second == QLatin1String("1"))
                    newKey = t.rowKey(r);
            }
        }
        QVERIFY2(!newKey.isEmpty(), "no payment with status New in the demo data");
        QSignalSpy seen(&c, &net::Connection::notifyTotalReceived);
        protocol::Request del(QStringLiteral("payment.delete"));
        del.setElid(newKey);
        const net::ApiResult deleted = sendAndWait(&c, del);
        QVERIFY2(deleted.ok(), qPrintable(deleted.message));
        QVERIFY(seen.count() >= 1);
        QCOMPARE(seen.last().at(0).toInt(), before - 1);
        QCOMPARE(poller.total(), before - 1); // refreshed from the document, no poll
        QCOMPARE(poller.pollCount(), polls);
    }

private:
    test::DemoServer m_server;
};

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
