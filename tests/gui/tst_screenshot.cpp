// A screenshot of the main window with the payments list open against the demo server, for a person to look
// at: saved as mainwindow.png beside the test binary, or where MGRDESK_SCREENSHOT names. Offscreen in CTest;
// docs/images/mainwindow.png is made by running it under `xvfb-run -a` with QT_QPA_PLATFORM=xcb so that fonts
// render as on a desktop (docs/mainwindow.md).
#include "core/accounts/accountstore.h"
#include "core/accounts/credentialstore.h"
#include "core/models/tablemodel.h"
#include "demoserver.h"
#include "lists/listview.h"
#include "mainwindow/mainwindow.h"
#include "navigation/navigationtree.h"

#include <QApplication>
#include <QDir>
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
        Account a = Account::create();
        a.name = QStringLiteral("Demo server"); // as `mgrdesk --demo-server` names it
        a.baseUrl = server.baseUrl();
        a.username = QStringLiteral("admin");
        a.tag = accounts::EnvironmentTag::Test;
        a.pinnedCertificatePem = server.certificatePem();
        QVERIFY(store.add(a));
        credentials.setSessionPassword(a.credentialKey(), QStringLiteral("demo"));

        gui::MainWindow window(&store, &credentials);
        window.resize(1280, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        gui::NavigationTree *nav = window.navigationTree();
        QTRY_VERIFY_WITH_TIMEOUT(nav->findAction(QStringLiteral("payment")), 30000);
        QVERIFY(nav->activateAction(QStringLiteral("payment")));
        gui::ListView *list = window.currentListView();
        QVERIFY(list);
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() > 0, 30000);
        list->tableView()->selectRow(2);
        list->tableView()->setFocus();
        QTRY_VERIFY_WITH_TIMEOUT(window.currentConnection()->pendingJobCount() == 0, 30000);
        QTest::qWait(300); // the last repaint (a screenshot, not an assertion)

        QString path = qEnvironmentVariable("MGRDESK_SCREENSHOT");
        if (path.isEmpty())
            path = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("mainwindow.png"));
        const QImage image = window.grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY2(image.save(path), qPrintable(path));
        qInfo("screenshot: %s (%dx%d)", qPrintable(QDir::toNativeSeparators(path)), image.width(),
            image.height());
        QImage back(path);
        QCOMPARE(back.size(), image.size());
    }
};

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
