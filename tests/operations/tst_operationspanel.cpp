// The Operations panel and its status-bar badge, shown offscreen, following a real vds.reboot on the demo
// server: the badge appears while it runs, the row shows the server's steps, then "Done"; Clear Finished.
#include "core/net/connection.h"
#include "core/operations/operationsmodel.h"
#include "democlient.h"
#include "demoserver.h"
#include "operations/operationspanel.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace mgrdesk;
using operations::OperationsModel;

class TestOperationsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void elapsedIsFormatted()
    {
        QCOMPARE(gui::OperationsPanel::formatElapsed(0), QStringLiteral("0:00"));
        QCOMPARE(gui::OperationsPanel::formatElapsed(65'400), QStringLiteral("1:05"));
        QCOMPARE(gui::OperationsPanel::formatElapsed(3'723'000), QStringLiteral("1:02:03"));
    }

    void followsARebootAndClears()
    {
        test::DemoServer::Options o;
        o.extraArgs = { QStringLiteral("--op-step-ms"), QStringLiteral("400") };
        test::DemoServer server(o);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        net::Connection c(test::demoConnectionSettings(server, QStringLiteral("admin")));
        c.setPassword(test::demoPassword);

        OperationsModel model;
        model.setPollInterval(200);
        gui::OperationsPanel panel(&model);
        QStatusBar statusBar; // where the window puts it: an explicitly hidden badge stays hidden
        auto *badgeWidget = new gui::OperationsBadge(&model);
        statusBar.addPermanentWidget(badgeWidget);
        gui::OperationsBadge &badge = *badgeWidget;
        panel.resize(400, 300);
        panel.show();
        statusBar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *empty = panel.findChild<QLabel *>();
        auto *clear = panel.findChild<QPushButton *>(QStringLiteral("clearFinishedOperations"));
        QVERIFY(empty && clear);
        QVERIFY(empty->isVisible());
        QVERIFY(!panel.view()->isVisible());
        QVERIFY(badge.isHidden());
        QVERIFY(!clear->isEnabled());

        protocol::Request r(QStringLiteral("vds.reboot"));
        r.set(QStringLiteral("elid"), QStringLiteral("1"));
        OperationsModel::addProgressId(r);
        QSignalSpy finished(&model, &OperationsModel::operationFinished);
        model.start(&c, r, QStringLiteral("Reboot vds 1"), QStringLiteral("Demo"));

        QVERIFY(!badge.isHidden());
        QVERIFY(badge.text().contains(QLatin1Char('1')));
        QVERIFY(panel.view()->isVisible());
        QVERIFY(empty->isHidden());
        // The row says which step the server reports (painting the row on the way must not fail).
        QTRY_VERIFY_WITH_TIMEOUT(
            gui::OperationsPanel::describe(model.index(0)).contains(QStringLiteral(" of 4")), 10000);
        QVERIFY(!panel.grab().isNull());

        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QCOMPARE(gui::OperationsPanel::describe(model.index(0)), QStringLiteral("Done"));
        QVERIFY(badge.isHidden());
        QVERIFY(clear->isEnabled());
        QVERIFY(!panel.grab().isNull());

        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(empty->isVisible());
        QVERIFY(!clear->isEnabled());
    }
};

QTEST_MAIN(TestOperationsPanel)
#include "tst_operationspanel.moc"
