// The main window's size and layout: the first window opens at about three quarters of the screen's
// available area, centred and capped; a second window with the same settings file restores the geometry,
// the Operations dock and the splitter the first one left; a geometry saved on a screen that is gone falls
// back onto the screen, within its available area. Offscreen (the platform's screen), the real settings file.
#include "core/accounts/accountstore.h"
#include "core/accounts/credentialstore.h"
#include "core/settings/keys.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/windowgeometry.h"
#include "preferences/preferencekeys.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QScreen>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>

using namespace mgrdesk;
using gui::WindowGeometry;

class TestWindowGeometry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initialGeometryFitsTheScreen_data()
    {
        QTest::addColumn<QRect>("available");
        QTest::addColumn<QSize>("size");
        QTest::newRow("1920x1050") << QRect(0, 30, 1920, 1050) << QSize(1440, 788);
        QTest::newRow("4k capped") << QRect(0, 0, 3840, 2100) << QSize(1680, 1050);
        QTest::newRow("1366x728") << QRect(0, 0, 1366, 728) << QSize(1025, 546);
        QTest::newRow("small screen") << QRect(0, 0, 800, 560) << QSize(760, 520);
        QTest::newRow("tiny screen") << QRect(0, 0, 640, 480) << QSize(640, 480);
        QTest::newRow("second monitor") << QRect(1920, 0, 2560, 1400) << QSize(1680, 1050);
    }
    void initialGeometryFitsTheScreen()
    {
        QFETCH(QRect, available);
        QFETCH(QSize, size);
        const QRect r = WindowGeometry::initialGeometry(available);
        QCOMPARE(r.size(), size);
        QVERIFY(available.contains(r));
        QVERIFY(qAbs(r.center().x() - available.center().x()) <= 1);
        QVERIFY(qAbs(r.center().y() - available.center().y()) <= 1);
    }

    void secondWindowRestoresTheFirst()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("mgrdesk.ini"));
        accounts::CredentialStore creds;
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        QRect saved;
        QList<int> sizes;
        {
            accounts::AccountStore store(path);
            store.appSettings()->set(settings::keys::openStartPage, false);
            gui::MainWindow first(&store, &creds);
            // Nothing saved yet: about three quarters of the screen, centred.
            QCOMPARE(first.size(), WindowGeometry::initialGeometry(available).size());
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            QVERIFY(available.contains(first.geometry()));

            first.resize(first.width() - 60, first.height() - 40);
            first.move(available.topLeft() + QPoint(17, 23));
            auto *splitter = first.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            QVERIFY(splitter);
            splitter->setSizes({ 211, first.width() - 211 });
            auto *dock = first.findChild<QDockWidget *>(QStringLiteral("operationsDock"));
            QVERIFY(dock);
            dock->show();
            QTRY_VERIFY(dock->isVisible());
            QCoreApplication::processEvents();
            saved = first.geometry();
            sizes = splitter->sizes();
            QVERIFY(first.close());
        }
        accounts::AccountStore store(path);
        QVERIFY(!store.appSettings()->get(settings::keys::windowGeometry).isEmpty());
        QVERIFY(!store.appSettings()->get(settings::keys::windowSplitter).isEmpty());
        gui::MainWindow second(&store, &creds);
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QCOMPARE(second.geometry().size(), saved.size());
        QCOMPARE(second.geometry().topLeft(), saved.topLeft());
        QCOMPARE(
            second.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes().value(0), sizes.value(0));
        QVERIFY(second.findChild<QDockWidget *>(QStringLiteral("operationsDock"))->isVisible());
    }

    void lostScreenComesBackOnTheScreen()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("mgrdesk.ini"));
        accounts::CredentialStore creds;
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        {
            // A geometry written by a window that stood on a monitor far to the right.
            QMainWindow far;
            far.setGeometry(available.right() + 4000, available.top() + 100, 900, 600);
            accounts::AccountStore store(path);
            store.appSettings()->set(settings::keys::windowGeometry, far.saveGeometry());
        }
        accounts::AccountStore store(path);
        store.appSettings()->set(settings::keys::openStartPage, false);
        gui::MainWindow window(&store, &creds);
        QVERIFY2(available.contains(window.geometry()),
            qPrintable(QStringLiteral("%1,%2 %3x%4")
                           .arg(window.x())
                           .arg(window.y())
                           .arg(window.width())
                           .arg(window.height())));
    }
};

QTEST_MAIN(TestWindowGeometry)
#include "tst_windowgeometry.moc"
