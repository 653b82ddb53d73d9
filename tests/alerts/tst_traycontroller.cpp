#include "core/alerts/alertcenter.h"
#include "tray/traycontroller.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace mgrdesk;

class TestTrayController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void menuTooltipAndBadgeFollowTheCounters()
    {
        alerts::AlertCenter center;
        gui::TrayController tray(&center);
        QSignalSpy open(&tray, &gui::TrayController::openRequested);
        QCOMPARE(tray.toolTip(), QStringLiteral("mgrdesk"));

        center.update(QStringLiteral("prod"), QStringLiteral("Prod-RU"),
            { { QStringLiteral("ticket"), QStringLiteral("Tickets"), QStringLiteral("clientticket"), 3 } });
        center.update(QStringLiteral("test"), QStringLiteral("Test"), {});
        QVERIFY(tray.toolTip().contains(QStringLiteral("3 waiting")));
        QVERIFY(tray.toolTip().contains(QStringLiteral("Prod-RU: 3 waiting")));
        QVERIFY(!tray.icon().isNull());

        // The menu: one submenu per account with its counters; choosing one opens that list there.
        QMenu *prod = tray.menu()->findChild<QMenu *>(QStringLiteral("trayAccount_prod"));
        QVERIFY(prod);
        QCOMPARE(prod->title(), QStringLiteral("Prod-RU (3)"));
        QCOMPARE(prod->actions().size(), 4); // the counter, a separator, the switch, the settings
        QCOMPARE(prod->actions().at(0)->text(), QStringLiteral("Tickets: 3"));
        prod->actions().at(0)->trigger();
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("prod"));
        QCOMPARE(open.at(0).at(1).toString(), QStringLiteral("clientticket"));
        QMenu *test = tray.menu()->findChild<QMenu *>(QStringLiteral("trayAccount_test"));
        QVERIFY(test && !test->actions().at(0)->isEnabled()); // "Nothing waiting"

        // Each rise is one alert kept for a click on the notification.
        center.update(QStringLiteral("prod"), QStringLiteral("Prod-RU"),
            { { QStringLiteral("ticket"), QStringLiteral("Tickets"), QStringLiteral("clientticket"), 5 } });
        QCOMPARE(tray.shownAlerts(), 1);
        QCOMPARE(tray.lastAlert().text, QStringLiteral("Tickets: 2 new on Prod-RU"));
        center.update(QStringLiteral("prod"), QStringLiteral("Prod-RU"),
            { { QStringLiteral("ticket"), QStringLiteral("Tickets"), QStringLiteral("clientticket"), 5 } });
        QCOMPARE(tray.shownAlerts(), 1);
    }

    void accountSwitchAndSettingsInTheMenu()
    {
        alerts::AlertCenter center;
        gui::TrayController tray(&center);
        QSignalSpy toggled(&tray, &gui::TrayController::accountAlertsToggled);
        QSignalSpy settings(&tray, &gui::TrayController::alertSettingsRequested);
        center.update(QStringLiteral("prod"), QStringLiteral("Prod-RU"), {});
        QMenu *prod = tray.menu()->findChild<QMenu *>(QStringLiteral("trayAccount_prod"));
        QAction *enabled = prod->findChild<QAction *>(QStringLiteral("trayAccountAlerts"));
        QVERIFY(enabled && enabled->isCheckable() && enabled->isChecked());
        enabled->trigger();
        QCOMPARE(toggled.count(), 1);
        QCOMPARE(toggled.at(0).at(0).toString(), QStringLiteral("prod"));
        QCOMPARE(toggled.at(0).at(1).toBool(), false);
        prod->findChild<QAction *>(QStringLiteral("trayAccountAlertSettings"))->trigger();
        QCOMPARE(settings.count(), 1);
        QCOMPARE(settings.at(0).at(0).toString(), QStringLiteral("prod"));
        // The center's state is what the menu shows (rebuilt after the change, from the event loop).
        center.setAlertsEnabled(QStringLiteral("prod"), false);
        QTRY_VERIFY(!tray.menu()
                         ->findChild<QMenu *>(QStringLiteral("trayAccount_prod"))
                         ->findChild<QAction *>(QStringLiteral("trayAccountAlerts"))
                         ->isChecked());
    }

    void badgeIsDrawnOnTheIcon()
    {
        QPixmap base(32, 32);
        base.fill(Qt::white);
        const QIcon plain(base);
        QCOMPARE(gui::TrayController::badgeIcon(plain, 0).pixmap(32, 32).toImage(),
            plain.pixmap(32, 32).toImage());
        const QImage badged = gui::TrayController::badgeIcon(plain, 7).pixmap(32, 32).toImage();
        // The top-right corner carries the red badge; the bottom-left stays the icon.
        QCOMPARE(
            badged.pixelColor(31 - 4, 6).red() > 150 && badged.pixelColor(31 - 4, 6).green() < 100, true);
        QCOMPARE(badged.pixelColor(2, 29), QColor(Qt::white));
    }
};

QTEST_MAIN(TestTrayController)
#include "tst_traycontroller.moc"
