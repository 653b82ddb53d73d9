// Screenshots of the real window against the demo server, for a person to look at: mainwindow.png (the
// Clients list with "Client card" on the selected row's toolbar) and clientcard.png (that client's card,
// every block loaded), saved beside the test binary or in MGRDESK_SCREENSHOT_DIR. Offscreen in CTest;
// docs/images/ is made by running it under `xvfb-run -a` with QT_QPA_PLATFORM=xcb so that fonts render as on
// a desktop (docs/clientcard.md). The assertions check that the pictures show what they claim, not how they
// look.
#include "clientcard/clientcardblock.h"
#include "clientcard/clientcardpage.h"
#include "lists/listview.h"
#include "mainwindow/mainwindow.h"
#include "navigation/navigationtree.h"
#include "preferences/preferencekeys.h"

#include "core/accounts/accountstore.h"
#include "core/accounts/credentialstore.h"
#include "core/models/tablemodel.h"
#include "core/net/connection.h"
#include "democlient.h"
#include "demoserver.h"
#include "demowindow.h"
#include "screenshot.h"

#include <QAction>
#include <QImage>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace mgrdesk;

class TestClientCardScreenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mainWindowAndClientCard()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        test::DemoServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        accounts::AccountStore store(dir.filePath(QStringLiteral("settings.ini")));
        store.appSettings()->set(settings::keys::openStartPage, false);
        accounts::CredentialStore credentials;
        // As `mgrdesk --demo-server` names it.
        accounts::Account a
            = test::demoAccount(server, QStringLiteral("Demo server"), QStringLiteral("admin"));
        a.tag = accounts::EnvironmentTag::Test;
        QVERIFY(store.add(a));
        credentials.setSessionPassword(a.credentialKey(), test::demoPassword);

        gui::MainWindow window(&store, &credentials);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString why;
        gui::ListView *list = test::openListFromMenu(window, QStringLiteral("account"), &why);
        QVERIFY2(list, qPrintable(why));
        QCOMPARE(list->function(), QStringLiteral("account"));
        list->selectKeys({ QStringLiteral("1") });
        list->tableView()->setFocus();
        QVERIFY(list->clientCardAction() && list->clientCardAction()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(window.currentConnection()->pendingJobCount() == 0, 30000);
        QTest::qWait(300); // the last repaint (a screenshot, not an assertion)
        QString error = test::saveScreenshot(
            window.grab().toImage(), test::screenshotPath(QStringLiteral("mainwindow.png")));
        QVERIFY2(error.isEmpty(), qPrintable(error));

        window.resize(1280, 1000); // the card has more to show
        list->clientCardAction()->trigger();
        auto *card = qobject_cast<gui::ClientCardPage *>(window.tabs()->currentWidget());
        QVERIFY(card);
        QTRY_VERIFY_WITH_TIMEOUT(card->allLoaded(), 30000);
        QCOMPARE(card->identity().name, QStringLiteral("client1"));
        for (gui::ClientCardBlock *block : card->blocks())
            QVERIFY2(block->errorText().isEmpty(), qPrintable(block->errorText()));
        QTRY_VERIFY_WITH_TIMEOUT(window.currentConnection()->pendingJobCount() == 0, 30000);
        QTest::qWait(300);
        error = test::saveScreenshot(
            window.grab().toImage(), test::screenshotPath(QStringLiteral("clientcard.png")));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_MAIN(TestClientCardScreenshot)
#include "tst_clientcard_screenshot.moc"
