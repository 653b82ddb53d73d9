// A screenshot of Ctrl+K finding data on two demo servers at once, for a person to look at: saved as
// search.png beside the test binary, or where MGRDESK_SCREENSHOT names. Offscreen in CTest;
// docs/images/search.png is made under `xvfb-run -a` with QT_QPA_PLATFORM=xcb (docs/search.md).
#include "core/accounts/accountstore.h"
#include "core/accounts/credentialstore.h"
#include "core/net/connectionmanager.h"
#include "core/search/crosssearch.h"
#include "democlient.h"
#include "demoserver.h"
#include "mainwindow/mainwindow.h"
#include "navigation/quickswitcher.h"
#include "preferences/preferencekeys.h"
#include "screenshot.h"
#include "search/searchresultspresenter.h"

#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace mgrdesk;
using accounts::Account;

class TestSearchScreenshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void searchAcrossTwoServers()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        test::DemoServer one, two;
        QVERIFY2(one.start(), qPrintable(one.errorString()));
        QVERIFY2(two.start(), qPrintable(two.errorString()));
        accounts::AccountStore store(dir.filePath(QStringLiteral("settings.ini")));
        accounts::CredentialStore credentials;
        Account a = test::addDemoAccount(
            &store, &credentials, one, QStringLiteral("Production"), QStringLiteral("admin"));
        a.tag = accounts::EnvironmentTag::Production;
        QVERIFY(store.update(a));
        Account b = test::addDemoAccount(
            &store, &credentials, two, QStringLiteral("Staging"), QStringLiteral("admin"));
        b.tag = accounts::EnvironmentTag::Staging;
        QVERIFY(store.update(b));

        gui::MainWindow window(&store, &credentials);
        window.resize(1280, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const Account &acc : { a, b }) {
            window.connections()->connectAccount(acc.id);
            net::Connection *c = window.connections()->existingConnection(acc.id);
            QVERIFY(c);
            QTRY_COMPARE_WITH_TIMEOUT(c->state(), net::Connection::State::Connected, 30000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(window.currentConnection()->pendingJobCount() == 0, 30000);
        window.activateWindow();
        window.showQuickSwitcher();
        gui::QuickSwitcher *popup = window.quickSwitcher();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClicks(popup->searchEdit(), QStringLiteral("100"));
        QTRY_VERIFY_WITH_TIMEOUT(
            popup->dataResults()->header(a.id) && popup->dataResults()->header(b.id), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!popup->dataSearch()->isSearching(), 30000);
        QVERIFY(!popup->dataResults()->resultItems(a.id).isEmpty());
        QVERIFY(!popup->dataResults()->resultItems(b.id).isEmpty());
        popup->list()->setCurrentItem(popup->dataResults()->resultItems(a.id).constFirst());
        QTest::qWait(300); // the last repaint (a screenshot, not an assertion)

        // The popup is a window of its own: drawn onto the main window's image where it stands.
        QImage image = window.grab().toImage();
        QVERIFY(!image.isNull());
        {
            QPainter p(&image);
            const QPoint at = window.mapFromGlobal(popup->mapToGlobal(QPoint(0, 0)));
            p.drawPixmap(at * image.devicePixelRatio() / image.devicePixelRatio(), popup->grab());
        }
        const QString error = test::saveScreenshot(
            image, test::screenshotPath(QStringLiteral("search.png"), "MGRDESK_SCREENSHOT"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_MAIN(TestSearchScreenshot)
#include "tst_searchscreenshot.moc"
