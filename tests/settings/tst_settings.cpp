// The one settings layer: typed keys with defaults, the version, the migration from version 1 (list layouts
// in the platform's default settings, no version key), and that the application's settings file (what
// --settings FILE names: main() makes it Settings::application()) captures list column layouts, with
// nothing written to any other file.
#include "core/accounts/accountstore.h"
#include "core/accounts/credentialstore.h"
#include "core/models/listloader.h"
#include "core/models/tablemodel.h"
#include "core/settings/keys.h"
#include "core/settings/settings.h"
#include "democlient.h"
#include "demoserver.h"
#include "lists/listview.h"
#include "mainwindow/mainwindow.h"

#include <QFile>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace mgrdesk;

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void typedKeysHaveDefaults()
    {
        const QString file = m_dir.filePath(QStringLiteral("typed.ini"));
        {
            settings::Settings s(file);
            QCOMPARE(s.version(), settings::Settings::Version); // a new file starts at the current version
            QCOMPARE(s.get(settings::keys::restoreTabs), false);
            QCOMPARE(s.get(settings::keys::currentTab), 0);
            QVERIFY(!s.contains(settings::keys::restoreTabs));
            s.set(settings::keys::restoreTabs, true);
            s.set(settings::keys::currentAccount, QStringLiteral("abc"));
            QVERIFY(s.sync());
        }
        settings::Settings again(file);
        QCOMPARE(again.get(settings::keys::restoreTabs), true);
        QCOMPARE(again.get(settings::keys::currentAccount), QStringLiteral("abc"));
        again.remove(settings::keys::restoreTabs);
        QCOMPARE(again.get(settings::keys::restoreTabs), false);
    }

    void migratesVersionOneKeys()
    {
        // Version 1: accounts and the window in the file (no version key), list layouts elsewhere.
        const QString file = m_dir.filePath(QStringLiteral("v1.ini"));
        const QString legacyFile = m_dir.filePath(QStringLiteral("legacy.ini"));
        {
            QSettings v1(file, QSettings::IniFormat);
            v1.setValue(QStringLiteral("mainwindow/restoreTabs"), true);
            v1.setValue(
                QStringLiteral("lists/h:1500/payment/columns"), QStringList { QStringLiteral("kept") });
            QSettings legacy(legacyFile, QSettings::IniFormat);
            legacy.setValue(
                QStringLiteral("lists/h:1500/payment/columns"), QStringList { QStringLiteral("old") });
            legacy.setValue(QStringLiteral("lists/h:1500/vds/columns"),
                QStringList { QStringLiteral("a"), QStringLiteral("b") });
            legacy.setValue(QStringLiteral("lists/h:1500/vds/header"), QByteArray("state"));
        }
        // Opening a --settings file imports nothing from elsewhere, but is brought to the current version.
        auto s = std::make_unique<settings::Settings>(file);
        QCOMPARE(s->version(), settings::Settings::Version);
        QCOMPARE(s->get(settings::keys::restoreTabs), true);
        QVERIFY(!s->contains(settings::keys::listColumns(QStringLiteral("lists/h:1500/vds"))));
        // The migration from the platform default (here a stand-in file) moves the layouts in; the file's own
        // key wins.
        s->set(settings::keys::version, 1);
        QSettings legacy(legacyFile, QSettings::IniFormat);
        s->migrate(&legacy);
        QCOMPARE(s->version(), settings::Settings::Version);
        QCOMPARE(s->get(settings::keys::listColumns(QStringLiteral("lists/h:1500/vds"))),
            (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
        QCOMPARE(s->get(settings::keys::listHeader(QStringLiteral("lists/h:1500/vds"))), QByteArray("state"));
        QCOMPARE(s->get(settings::keys::listColumns(QStringLiteral("lists/h:1500/payment"))),
            QStringList { QStringLiteral("kept") });
        // The legacy source is read, never written.
        QCOMPARE(legacy.value(QStringLiteral("lists/h:1500/payment/columns")).toStringList(),
            QStringList { QStringLiteral("old") });
    }

    void settingsFileCapturesListColumnLayouts()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        const QString file = m_dir.filePath(QStringLiteral("app.ini"));
        settings::Settings app(file); // what main() does with --settings FILE
        settings::Settings::setApplication(&app);
        accounts::AccountStore store(&app);
        accounts::CredentialStore creds;
        test::addDemoAccount(&store, &creds, m_server, QStringLiteral("Admin"), QStringLiteral("admin"));
        QString key;
        QByteArray moved;
        {
            gui::MainWindow window(&store, &creds);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_COMPARE_WITH_TIMEOUT(
                window.currentConnection()->state(), net::Connection::State::Connected, 30000);
            gui::ListView *list
                = window.openList(QStringLiteral("payment"), QString(), QStringLiteral("Payments"));
            QVERIFY(list);
            QTRY_VERIFY_WITH_TIMEOUT(list->loader()->isComplete() && list->model()->rowCount() > 0, 30000);
            key = list->settingsKey();
            QHeaderView *header = list->tableView()->horizontalHeader();
            const int status = list->model()->columnForName(QStringLiteral("status"));
            QVERIFY(status >= 0);
            header->moveSection(header->visualIndex(status), 0);
            moved = header->saveState();
            window.closeCurrentTab(); // the list saves its layout when it goes
            QTRY_VERIFY(!window.currentListView());
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        }
        QVERIFY(app.sync());
        settings::Settings::setApplication(nullptr);
        // In the file, by the typed key, and the same state the header had.
        QSettings raw(file, QSettings::IniFormat);
        QVERIFY2(raw.contains(key + QStringLiteral("/header")), qPrintable(key));
        QCOMPARE(raw.value(key + QStringLiteral("/header")).toByteArray(), moved);
        QVERIFY(
            raw.value(key + QStringLiteral("/columns")).toStringList().contains(QStringLiteral("status")));
        QVERIFY(raw.contains(
            QStringLiteral("accounts/") + store.accounts().first().id + QStringLiteral("/name")));
    }

private:
    QTemporaryDir m_dir;
    test::DemoServer m_server;
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
