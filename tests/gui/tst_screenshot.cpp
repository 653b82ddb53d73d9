// A screenshot of the main window with the payments list open against the demo server, for a person to look
// at: saved as mainwindow.png beside the test binary, or where MGRDESK_SCREENSHOT names. Offscreen in CTest;
// docs/images/mainwindow.png is made by running it under `xvfb-run -a` with QT_QPA_PLATFORM=xcb so that fonts
// render as on a desktop (docs/mainwindow.md).
#include "core/accounts/accountstore.h"
#include "core/accounts/credentialstore.h"
#include "democlient.h"
#include "demoserver.h"
#include "demowindow.h"
#include "screenshot.h"

#include <QApplication>
#include <QImage>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace mgrdesk;
using accounts::Account;

class TestScreenshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mainWindowWithPayments()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        test::DemoServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        accounts::AccountStore store(dir.filePath(QStringLiteral("settings.ini")));
        accounts::CredentialStore credentials;
        // As `mgrdesk --demo-server` names it.
        Account a = test::demoAccount(server, QStringLiteral("Demo server"), QStringLiteral("admin"));
        a.tag = accounts::EnvironmentTag::Test;
        QVERIFY(store.add(a));
        credentials.setSessionPassword(a.credentialKey(), test::demoPassword);

        gui::MainWindow window(&store, &credentials);
        window.resize(1280, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString why;
        gui::ListView *list = test::openListFromMenu(window, QStringLiteral("payment"), &why);
        QVERIFY2(list, qPrintable(why));
        list->tableView()->selectRow(2);
        list->tableView()->setFocus();
        QTRY_VERIFY_WITH_TIMEOUT(window.currentConnection()->pendingJobCount() == 0, 30000);
        QTest::qWait(300); // the last repaint (a screenshot, not an assertion)

        const QString error = test::saveScreenshot(window.grab().toImage(),
            test::screenshotPath(QStringLiteral("mainwindow.png"), "MGRDESK_SCREENSHOT"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
