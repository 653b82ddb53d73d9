#include "core/alerts/alertcenter.h"

#include <QSignalSpy>
#include <QTest>

using namespace mgrdesk::alerts;

namespace {
QList<Counter> counters(int tickets, int invoices = 0)
{
    return { { QStringLiteral("ticket"), QStringLiteral("Tickets"), QStringLiteral("ticket"), tickets },
        { QStringLiteral("invoice"), QStringLiteral("Invoices"), QStringLiteral("invoice"), invoices } };
}
const QString prod = QStringLiteral("prod");
const QString test = QStringLiteral("test");
} // namespace

class TestAlertCenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstPollIsTheBaseline()
    {
        AlertCenter c;
        QSignalSpy alerts(&c, &AlertCenter::alert);
        QSignalSpy total(&c, &AlertCenter::totalChanged);
        c.update(prod, QStringLiteral("Prod-RU"), counters(5, 2));
        QCOMPARE(alerts.count(), 0);
        QCOMPARE(c.total(), 7);
        QCOMPARE(total.count(), 1);
        QCOMPARE(total.constLast().at(0).toInt(), 7);
    }

    void oneAlertPerAccountPerRise()
    {
        AlertCenter c;
        QSignalSpy alerts(&c, &AlertCenter::alert);
        c.update(prod, QStringLiteral("Prod-RU"), counters(5, 2));
        c.update(prod, QStringLiteral("Prod-RU"), counters(8, 3)); // two counters rose: one alert
        QCOMPARE(alerts.count(), 1);
        const Alert a = alerts.at(0).at(0).value<Alert>();
        QCOMPARE(a.accountId, prod);
        QCOMPARE(a.increase, 4);
        QCOMPARE(a.action, QStringLiteral("ticket")); // the biggest rise is what a click opens
        QCOMPARE(a.text, QStringLiteral("Tickets: 3 new, Invoices: 1 new on Prod-RU"));
        c.update(prod, QStringLiteral("Prod-RU"), counters(8, 3)); // unchanged: nothing
        c.update(prod, QStringLiteral("Prod-RU"), counters(6, 3)); // fell: nothing
        QCOMPARE(alerts.count(), 1);
        c.update(prod, QStringLiteral("Prod-RU"), counters(7, 3)); // rose again from the new level
        QCOMPARE(alerts.count(), 2);
        QCOMPARE(alerts.at(1).at(0).value<Alert>().text, QStringLiteral("Tickets: 1 new on Prod-RU"));
    }

    void accountsAreSeparate()
    {
        AlertCenter c;
        QSignalSpy alerts(&c, &AlertCenter::alert);
        c.update(prod, QStringLiteral("Prod-RU"), counters(1));
        c.update(test, QStringLiteral("Test"), counters(10));
        c.update(test, QStringLiteral("Test"), counters(12));
        QCOMPARE(alerts.count(), 1);
        QCOMPARE(alerts.at(0).at(0).value<Alert>().accountName, QStringLiteral("Test"));
        QCOMPARE(c.total(), 13);
        QCOMPARE(c.total(prod), 1);
        QCOMPARE(c.accountIds(), (QStringList { prod, test }));
        c.removeAccount(test);
        QCOMPARE(c.total(), 1);
    }

    void ownActionNeverAlerts()
    {
        AlertCenter c;
        QSignalSpy alerts(&c, &AlertCenter::alert);
        c.update(prod, QStringLiteral("Prod-RU"), counters(1));
        c.update(prod, QStringLiteral("Prod-RU"), counters(2), true);
        QCOMPARE(alerts.count(), 0);
        c.update(prod, QStringLiteral("Prod-RU"), counters(2)); // the baseline moved with it
        QCOMPARE(alerts.count(), 0);
    }

    void ownChangeMarksTheNextRise()
    {
        AlertCenter c;
        QSignalSpy alerts(&c, &AlertCenter::alert);
        c.update(prod, QStringLiteral("Prod-RU"), counters(1));
        // The user created something: the rise in the next poll is theirs.
        c.noteOwnChange(prod);
        c.update(prod, QStringLiteral("Prod-RU"), counters(2));
        QCOMPARE(alerts.count(), 0);
        QCOMPARE(c.total(prod), 2); // the counters still follow the server
        // Used up by that rise: the next rise is news again.
        c.update(prod, QStringLiteral("Prod-RU"), counters(3));
        QCOMPARE(alerts.count(), 1);

        // No rise in the first poll after the change (it may have been on its way already): the second
        // poll's rise is still the user's; the third's is not.
        c.noteOwnChange(prod);
        c.update(prod, QStringLiteral("Prod-RU"), counters(3));
        c.update(prod, QStringLiteral("Prod-RU"), counters(4));
        QCOMPARE(alerts.count(), 1);
        c.noteOwnChange(prod);
        c.update(prod, QStringLiteral("Prod-RU"), counters(4));
        c.update(prod, QStringLiteral("Prod-RU"), counters(4));
        c.update(prod, QStringLiteral("Prod-RU"), counters(5));
        QCOMPARE(alerts.count(), 2);

        // Only the account the change was made on.
        c.update(test, QStringLiteral("Test"), counters(0));
        c.noteOwnChange(prod);
        c.update(test, QStringLiteral("Test"), counters(1));
        QCOMPARE(alerts.count(), 3);
        QCOMPARE(alerts.constLast().at(0).value<Alert>().accountId, test);
    }

    void atMostOneAlertPerAccountPerPoll()
    {
        AlertCenter c;
        QSignalSpy alerts(&c, &AlertCenter::alert);
        c.update(prod, QStringLiteral("Prod-RU"), counters(0, 0));
        c.update(test, QStringLiteral("Test"), counters(0, 0));
        // Every counter of both accounts rises: one alert per account, each summing its rises.
        c.update(prod, QStringLiteral("Prod-RU"), counters(4, 2));
        c.update(test, QStringLiteral("Test"), counters(1, 9));
        QCOMPARE(alerts.count(), 2);
        QCOMPARE(alerts.at(0).at(0).value<Alert>().increase, 6);
        QCOMPARE(alerts.at(1).at(0).value<Alert>().increase, 10);
        QCOMPARE(alerts.at(1).at(0).value<Alert>().action, QStringLiteral("invoice"));
    }

    void settingsChangesAreSignalled()
    {
        AlertCenter c;
        QSignalSpy changed(&c, &AlertCenter::settingsChanged);
        c.setAlertsEnabled(prod, true); // already so
        QCOMPARE(changed.count(), 0);
        c.setAlertsEnabled(prod, false);
        c.setQuietHours(prod, QTime(1, 0), QTime(2, 0));
        c.setQuietHours(prod, QTime(1, 0), QTime(2, 0));
        QCOMPARE(changed.count(), 2);
    }

    void switchedOffAndQuietHours()
    {
        AlertCenter c;
        QDateTime now(QDate(2026, 12, 4), QTime(23, 30));
        c.setClock([&] { return now; });
        QSignalSpy alerts(&c, &AlertCenter::alert);
        c.setAlertsEnabled(prod, false);
        c.update(prod, QStringLiteral("Prod-RU"), counters(1));
        c.update(prod, QStringLiteral("Prod-RU"), counters(4));
        QCOMPARE(alerts.count(), 0);
        QCOMPARE(c.total(), 4); // counters still follow the server
        c.setAlertsEnabled(prod, true);
        c.setQuietHours(prod, QTime(22, 0), QTime(7, 0)); // wraps midnight
        QVERIFY(c.isQuiet(prod, QTime(23, 30)));
        QVERIFY(c.isQuiet(prod, QTime(6, 59)));
        QVERIFY(!c.isQuiet(prod, QTime(7, 0)));
        QVERIFY(!c.isQuiet(prod, QTime(12, 0)));
        c.update(prod, QStringLiteral("Prod-RU"), counters(6));
        QCOMPARE(alerts.count(), 0);
        now = QDateTime(QDate(2026, 12, 5), QTime(9, 0));
        c.update(prod, QStringLiteral("Prod-RU"), counters(7));
        QCOMPARE(alerts.count(), 1);
        c.setQuietHours(prod, QTime(12, 0), QTime(13, 0)); // same-day range
        QVERIFY(c.isQuiet(prod, QTime(12, 30)));
        QVERIFY(!c.isQuiet(prod, QTime(13, 0)));
        c.setQuietHours(prod, QTime(), QTime());
        QVERIFY(!c.isQuiet(prod, QTime(12, 30)));
    }

    void newCounterCountsAsRise()
    {
        AlertCenter c;
        QSignalSpy alerts(&c, &AlertCenter::alert);
        c.update(prod, QStringLiteral("Prod-RU"), {});
        c.update(prod, QStringLiteral("Prod-RU"),
            { { QStringLiteral("ticket"), QString(), QStringLiteral("clientticket"), 2 } });
        QCOMPARE(alerts.count(), 1);
        const Alert a = alerts.at(0).at(0).value<Alert>();
        QCOMPARE(a.action, QStringLiteral("clientticket"));
        QCOMPARE(a.text, QStringLiteral("ticket: 2 new on Prod-RU")); // no title: the counter's name
    }
};

QTEST_GUILESS_MAIN(TestAlertCenter)
#include "tst_alertcenter.moc"
