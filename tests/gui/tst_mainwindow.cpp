// The main window shell: it starts offscreen and shows the switcher, menus and status; logging in goes
// through the keychain, the password prompt and the certificate question; switching accounts keeps sessions;
// the real application binary honours --demo-server without writing the demo password anywhere.
#include "accounts/accounteditdialog.h"
#include "accounts/accountmanagerdialog.h"
#include "accounts/passwordprompt.h"
#include "common/messagebox.h"
#include "core/accounts/accountstore.h"
#include "core/accounts/credentialstore.h"
#include "core/net/connectionmanager.h"
#include "demoserver.h"
#include "dialoganswerer.h"
#include "keyring.h"
#include "mainwindow/mainwindow.h"
#include "preferences/preferencekeys.h"
#include "tls/certificatedialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace mgrdesk;
using accounts::Account;

namespace {
using test::secretExists;

Account makeAccount(const QString &name, const QUrl &url, const QString &user)
{
    Account a = Account::create();
    a.name = name;
    a.baseUrl = url;
    a.username = user;
    return a;
}

void answerPrompt(gui::PasswordPrompt *prompt, const QString &password)
{
    auto *edit = prompt->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QTest::keyClicks(edit, password);
    QTest::keyClick(edit, Qt::Key_Return);
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store
            = std::make_unique<accounts::AccountStore>(m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_n)));
        // These suites count tabs: the start page (docs/desktop.md) stays closed unless a test opens it.
        m_store->appSettings()->set(settings::keys::openStartPage, false);
        m_creds = std::make_unique<accounts::CredentialStore>();
    }
    void cleanup()
    {
        m_creds.reset();
        m_store.reset();
    }

    void startsAndShows()
    {
        gui::MainWindow window(m_store.get(), m_creds.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("mgrdesk"));
        QComboBox *switcher = window.accountSwitcher();
        QVERIFY(switcher);
        QVERIFY(switcher->isVisible());
        QCOMPARE(switcher->accessibleName(), QStringLiteral("Account"));
        QCOMPARE(switcher->count(), 0);
        QVERIFY(!window.tabs()->isVisible()); // nothing open: a hint instead of a blank area
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("emptyHint"))->isVisible());
        QVERIFY(window.connectionStateLabel()->text().contains(QLatin1String("No account")));
        for (const char *name : { "actionAccounts", "actionQuit", "actionAbout" })
            QVERIFY2(window.findChild<QAction *>(QString::fromLatin1(name)), name);
        const QList<QAction *> menus = window.menuBar()->actions();
        QCOMPARE(menus.size(), 6);
        QCOMPARE(menus.at(0)->text(), QStringLiteral("&File"));
        QCOMPARE(menus.at(1)->text(), QStringLiteral("&Edit"));
        QCOMPARE(menus.at(3)->text(), QStringLiteral("&View"));
        QCOMPARE(menus.at(4)->text(), QStringLiteral("&Tools"));
        QCOMPARE(menus.at(5)->text(), QStringLiteral("&Help"));
        // Edit › Preferences (Ctrl+,) and the Operations panel's toggle.
        auto *preferences = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
        QVERIFY(preferences);
        QCOMPARE(preferences->menuRole(), QAction::PreferencesRole);
        QVERIFY(preferences->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));

        window.findChild<QAction *>(QStringLiteral("actionAccounts"))->trigger();
        QVERIFY(window.accountManagerDialog());
        QTRY_VERIFY(window.accountManagerDialog()->isVisible());

        test::DialogAnswerer boxes;
        boxes.pressReturn(QMessageBox::Ok).expectText(QStringLiteral("mgrdesk "));
        window.findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
        QVERIFY2(boxes.waitDone(), qPrintable(boxes.failure()));
        QVERIFY(boxes.lastText().startsWith(QLatin1String("mgrdesk ")));
    }

    void showsAccountsAndRemembersLast()
    {
        const Account a = makeAccount(QStringLiteral("Alpha"),
            QUrl(QStringLiteral("https://a.example:1500/billmgr")), QStringLiteral("admin"));
        Account b = makeAccount(QStringLiteral("Beta"),
            QUrl(QStringLiteral("https://b.example:1500/billmgr")), QStringLiteral("ops"));
        b.tag = accounts::EnvironmentTag::Production;
        QVERIFY(m_store->add(a) && m_store->add(b));
        {
            gui::MainWindow window(m_store.get(), m_creds.get());
            QCOMPARE(window.accountSwitcher()->count(), 2);
            QCOMPARE(window.currentAccountId(), a.id); // the first one
            QVERIFY(window.accountSwitcher()->itemText(0).contains(QLatin1String("Alpha")));
            QVERIFY(window.accountSwitcher()->itemText(1).contains(QLatin1String("ops")));
            window.selectAccount(b.id);
            QCOMPARE(window.currentAccountId(), b.id);
            QCOMPARE(window.windowTitle(), QStringLiteral("Beta — mgrdesk"));
            auto *banner = window.findChild<QLabel *>(QStringLiteral("environmentBanner"));
            QVERIFY(!banner->isHidden());
            QCOMPARE(banner->text(), QStringLiteral("PRODUCTION"));
            // Lookups for unreachable servers may still be waiting: nothing must block or crash on the way
            // out.
        }
        {
            gui::MainWindow again(m_store.get(), m_creds.get());
            QCOMPARE(again.currentAccountId(), b.id);
            QVERIFY(again.connections()->existingConnection(b.id)); // selected at start: connecting at start
        }
        // The last account is also the first one (no index change in the switcher): still connected at start.
        QVERIFY(m_store->move(b.id, -1));
        gui::MainWindow third(m_store.get(), m_creds.get());
        QCOMPARE(third.currentAccountId(), b.id);
        QVERIFY(third.connections()->existingConnection(b.id));
        QVERIFY(!third.connections()->existingConnection(a.id)); // others only when switched to
    }

    void openTabApi()
    {
        gui::MainWindow window(m_store.get(), m_creds.get());
        auto *page = new QLabel(QStringLiteral("a list"));
        const int index = window.openTab(page, QStringLiteral("Payments"));
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.tabs()->currentIndex(), index);
        QCOMPARE(window.tabs()->tabText(index), QStringLiteral("Payments"));
        QCOMPARE(page->accessibleName(), QStringLiteral("Payments"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(page->isVisible());
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("emptyHint"))->isVisible());
        QPointer<QLabel> guard(page);
        window.closeCurrentTab();
        QCOMPARE(window.tabs()->count(), 0);
        QTRY_VERIFY(!guard);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("emptyHint"))->isVisible());
    }

    // No saved password → prompt; a wrong one → the certificate question, then the server's refusal and a
    // second prompt; the right one → connected, level shown, certificate pinned, password remembered in the
    // keychain.
    void loginThroughPromptAndTrust()
    {
        test::DemoServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const Account a = makeAccount(QStringLiteral("Demo"), server.baseUrl(), QStringLiteral("admin"));
        QVERIFY(m_store->add(a));
        gui::MainWindow window(m_store.get(), m_creds.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QTRY_VERIFY_WITH_TIMEOUT(window.passwordPrompt(), 20000);
        QPointer<gui::PasswordPrompt> prompt = window.passwordPrompt();
        QCOMPARE(prompt->accountId(), a.id);
        QVERIFY(prompt->findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->isChecked());
        answerPrompt(prompt, QStringLiteral("not-the-password"));

        gui::CertificateDialog *question = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((question = window.findChild<gui::CertificateDialog *>()) != nullptr, 20000);
        QCOMPARE(question->question().certificate, server.certificate());
        QTest::mouseClick(question->trustButton(), Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(!prompt && window.passwordPrompt(), 20000);
        prompt = window.passwordPrompt();
        const QString reason = prompt->findChild<QLabel *>(QStringLiteral("reasonLabel"))->text();
        QVERIFY2(!reason.isEmpty(), "the second prompt says why");
        QVERIFY(!secretExists(a.credentialKey())); // the refused password was not saved
        answerPrompt(prompt, QStringLiteral("demo"));

        net::Connection *c = window.currentConnection();
        QVERIFY(c);
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), net::Connection::State::Connected, 30000);
        QTRY_VERIFY(window.connectionStateLabel()->text().contains(QLatin1String("Connected")));
        QVERIFY2(window.connectionStateLabel()->text().contains(QLatin1String("level 29")),
            qPrintable(window.connectionStateLabel()->text()));
        // whoami after the login: the panel and its version in the status bar, who we are in the tooltip.
        QTRY_VERIFY2(window.connectionStateLabel()->text().contains(QLatin1String("billmgr")),
            qPrintable(window.connectionStateLabel()->text()));
        QTRY_VERIFY(window.accountSwitcher()
                        ->itemData(window.accountSwitcher()->currentIndex(), Qt::ToolTipRole)
                        .toString()
                        .contains(QLatin1String("billmgr")));
        QTRY_VERIFY(window.accountSwitcher()->currentText().contains(QLatin1String("level 29")));
        QTRY_COMPARE(m_store->account(a.id).pinnedCertificatePem, server.certificatePem());
        QString secret;
        QTRY_VERIFY_WITH_TIMEOUT(secretExists(a.credentialKey(), &secret), 20000);
        QCOMPARE(secret, QStringLiteral("demo"));
        QFile settings(m_store->fileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray content = settings.readAll();
        QVERIFY(content.contains("BEGIN CERTIFICATE"));
        QVERIFY(!content.contains("not-the-password"));

        // Next start: the keychain answers, no prompt, the pinned certificate is trusted without a question.
        QVERIFY(waitForLogin(a.id));
        QVERIFY(waitForLogin(a.id)); // and again: nothing is asked twice
        QVERIFY(waitForSecretRemoved(a));
    }

    // Cancelling a prompt leaves the account waiting; File › Log In Again asks again, also after a refusal.
    void cancelledPromptAsksAgain()
    {
        test::DemoServer::Options options;
        options.http = true;
        test::DemoServer server(options);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const Account a = makeAccount(QStringLiteral("Demo"), server.baseUrl(), QStringLiteral("admin"));
        QVERIFY(m_store->add(a));
        gui::MainWindow window(m_store.get(), m_creds.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *reconnect = window.findChild<QAction *>(QStringLiteral("actionReconnect"));

        QTRY_VERIFY_WITH_TIMEOUT(window.passwordPrompt(), 20000);
        QPointer<gui::PasswordPrompt> first = window.passwordPrompt();
        answerPrompt(first, QStringLiteral("wrong"));
        // Refused: asked again (a new prompt once the first is gone), with the reason.
        QTRY_VERIFY_WITH_TIMEOUT(!first && window.passwordPrompt(), 20000);
        QPointer<gui::PasswordPrompt> refused = window.passwordPrompt();
        QVERIFY(!refused->findChild<QLabel *>(QStringLiteral("reasonLabel"))->text().isEmpty());
        refused->reject();
        QTRY_VERIFY(!refused);
        QCOMPARE(window.currentConnection()->state(), net::Connection::State::WaitingForPassword);

        reconnect->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.passwordPrompt(), 20000);
        answerPrompt(window.passwordPrompt(), QStringLiteral("demo"));
        QTRY_COMPARE_WITH_TIMEOUT(
            window.currentConnection()->state(), net::Connection::State::Connected, 30000);
        reconnect->trigger(); // connected: nothing to do, nothing asked
        QVERIFY(!window.passwordPrompt());
    }

    // Each account keeps its own connection and session; switching back is instant.
    void switchingKeepsSessions()
    {
        test::DemoServer::Options options;
        options.http = true;
        test::DemoServer server(options);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const Account admin = makeAccount(QStringLiteral("Admin"), server.baseUrl(), QStringLiteral("admin"));
        const Account client
            = makeAccount(QStringLiteral("Client"), server.baseUrl(), QStringLiteral("client1"));
        QVERIFY(m_store->add(admin) && m_store->add(client));
        m_creds->setSessionPassword(admin.credentialKey(), QStringLiteral("demo"));
        m_creds->setSessionPassword(client.credentialKey(), QStringLiteral("demo"));

        gui::MainWindow window(m_store.get(), m_creds.get());
        QCOMPARE(window.currentAccountId(), admin.id);
        net::Connection *first = window.currentConnection();
        QTRY_COMPARE_WITH_TIMEOUT(first->state(), net::Connection::State::Connected, 30000);
        const QString session = first->sessionId();
        QVERIFY(!session.isEmpty());

        window.selectAccount(client.id);
        net::Connection *second = window.currentConnection();
        QVERIFY(second != first);
        QTRY_COMPARE_WITH_TIMEOUT(second->state(), net::Connection::State::Connected, 30000);
        QCOMPARE(second->level(), std::optional<int>(16));

        window.selectAccount(admin.id);
        QCOMPARE(window.currentConnection(), first);
        QCOMPARE(first->state(), net::Connection::State::Connected); // at once: no new login
        QCOMPARE(first->sessionId(), session);
        QVERIFY(window.connectionStateLabel()->text().contains(QLatin1String("Connected")));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("environmentBanner"))->isHidden());
        QCOMPARE(window.connections()->existingConnection(client.id), second);
        QCOMPARE(second->state(), net::Connection::State::Connected);
    }

    // Keep-alive runs while the application is active, for every connection the window holds, so that the
    // server's idle expiry does not bite an admin who is reading; it stops while the application is inactive.
    void keepAliveFollowsTheApplicationState()
    {
        test::DemoServer::Options options;
        options.http = true;
        test::DemoServer server(options);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const Account admin = makeAccount(QStringLiteral("Admin"), server.baseUrl(), QStringLiteral("admin"));
        const Account client
            = makeAccount(QStringLiteral("Client"), server.baseUrl(), QStringLiteral("client1"));
        QVERIFY(m_store->add(admin) && m_store->add(client));
        m_creds->setSessionPassword(admin.credentialKey(), QStringLiteral("demo"));
        m_creds->setSessionPassword(client.credentialKey(), QStringLiteral("demo"));

        gui::MainWindow window(m_store.get(), m_creds.get());
        net::Connection *first = window.currentConnection();
        QTRY_COMPARE_WITH_TIMEOUT(first->state(), net::Connection::State::Connected, 30000);
        window.selectAccount(client.id);
        net::Connection *second = window.currentConnection();
        QTRY_COMPARE_WITH_TIMEOUT(second->state(), net::Connection::State::Connected, 30000);

        Q_EMIT qApp->applicationStateChanged(Qt::ApplicationInactive);
        QVERIFY(!first->isKeepAliveActive());
        QVERIFY(!second->isKeepAliveActive());
        Q_EMIT qApp->applicationStateChanged(Qt::ApplicationActive);
        QVERIFY(first->isKeepAliveActive());
        QVERIFY(second->isKeepAliveActive());
        QCOMPARE(first->state(), net::Connection::State::Connected);
    }

    // No Secret Service: the prompt says so and offers no "remember"; the password is kept for the session
    // only, reaches no file, and the next session asks again. Runs as a child of this binary whose D-Bus
    // points nowhere.
    void noKeychainAsksEachSession()
    {
        const QByteArray childIni = qgetenv("MGRDESK_NO_KEYCHAIN_CHILD");
        if (childIni.isEmpty()) {
            QTemporaryDir home;
            QVERIFY(home.isValid());
            const QString ini = home.filePath(QStringLiteral("settings.ini"));
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("MGRDESK_NO_KEYCHAIN_CHILD"), ini);
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                QStringLiteral("unix:path=") + home.filePath(QStringLiteral("no-bus")));
            env.remove(QStringLiteral("DISPLAY"));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
            env.insert(QStringLiteral("HOME"), home.path());
            QProcess child;
            child.setProcessEnvironment(env);
            child.setProcessChannelMode(QProcess::MergedChannels);
            child.start(
                QCoreApplication::applicationFilePath(), { QStringLiteral("noKeychainAsksEachSession") });
            QVERIFY(child.waitForFinished(120000));
            const QByteArray out = child.readAll();
            QVERIFY2(
                child.exitCode() == 0 && out.contains("PASS   : TestMainWindow::noKeychainAsksEachSession()"),
                out.constData());
            QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            int files = 0;
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                ++files;
                QVERIFY2(
                    !f.readAll().contains("demo"), qPrintable(f.fileName())); // the password, in any file
            }
            QVERIFY(files >= 1);
            return;
        }

        test::DemoServer::Options options;
        options.http = true;
        test::DemoServer server(options);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        accounts::AccountStore store(QString::fromLocal8Bit(childIni));
        const Account a = makeAccount(QStringLiteral("No vault"), server.baseUrl(), QStringLiteral("admin"));
        QVERIFY(store.add(a));
        for (int session = 0; session < 2; ++session) {
            accounts::CredentialStore creds; // a new run of the application
            gui::MainWindow window(&store, &creds);
            window.show();
            QTRY_VERIFY_WITH_TIMEOUT(window.passwordPrompt(), 30000);
            gui::PasswordPrompt *prompt = window.passwordPrompt();
            QCOMPARE(creds.availability(), accounts::CredentialStore::Availability::Unavailable);
            QVERIFY(!prompt->findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->isVisibleTo(prompt));
            const QString note = prompt->findChild<QLabel *>(QStringLiteral("keychainLabel"))->text();
            QVERIFY2(note.contains(QLatin1String("No secure password store"))
                    && note.contains(QLatin1String("memory")),
                qPrintable(note));
            answerPrompt(prompt, QStringLiteral("demo"));
            QTRY_COMPARE_WITH_TIMEOUT(
                window.currentConnection()->state(), net::Connection::State::Connected, 30000);
            QVERIFY(!window.findChild<QLabel *>(QStringLiteral("keychainState"))->isHidden());
            QCOMPARE(gui::MessageBox::count(), 0); // said by the prompt, not twice
        }
    }

    // Pictures a person can look at: the window logged in to the demo server, the account manager, the editor
    // and the password prompt. Saved to $MGRDESK_SCREENSHOT_DIR when set (e.g. for the README), else to a
    // temp dir.
    void screenshots()
    {
        test::DemoServer::Options options;
        options.http = true;
        test::DemoServer server(options);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Account prod
            = makeAccount(QStringLiteral("Production billing"), server.baseUrl(), QStringLiteral("admin"));
        prod.tag = accounts::EnvironmentTag::Production;
        Account staging = makeAccount(QStringLiteral("Staging"), server.baseUrl(), QStringLiteral("client1"));
        staging.tag = accounts::EnvironmentTag::Staging;
        QVERIFY(m_store->add(prod) && m_store->add(staging));
        m_creds->setSessionPassword(prod.credentialKey(), QStringLiteral("demo"));

        const QString dir = qEnvironmentVariableIsSet("MGRDESK_SCREENSHOT_DIR")
            ? qEnvironmentVariable("MGRDESK_SCREENSHOT_DIR")
            : m_dir.path();
        auto save = [&dir](QWidget *w, const char *name) {
            const QImage image = w->grab().toImage();
            return !image.isNull() && image.width() > 100
                && image.save(dir + QLatin1Char('/') + QLatin1String(name));
        };
        gui::MainWindow window(m_store.get(), m_creds.get());
        window.resize(1000, 620);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(
            window.currentConnection()->state(), net::Connection::State::Connected, 30000);
        QVERIFY(save(&window, "mainwindow-shell.png"));

        window.showAccountManager();
        QVERIFY(window.accountManagerDialog());
        QVERIFY(QTest::qWaitForWindowExposed(window.accountManagerDialog()));
        QVERIFY(save(window.accountManagerDialog(), "account-manager.png"));
        window.accountManagerDialog()->editAccount();
        QTRY_VERIFY(window.accountManagerDialog()->editDialog());
        QVERIFY(QTest::qWaitForWindowExposed(window.accountManagerDialog()->editDialog()));
        QVERIFY(save(window.accountManagerDialog()->editDialog(), "account-edit.png"));

        gui::PasswordPrompt prompt(staging, QStringLiteral("Invalid username or password"), QString());
        prompt.show();
        QVERIFY(QTest::qWaitForWindowExposed(&prompt));
        QVERIFY(save(&prompt, "password-prompt.png"));
    }

#ifdef MGRDESK_APP
    // The real binary: --demo-server creates "Demo server", logs in with the in-memory password "demo", and
    // writes that password neither to the settings nor to the keychain.
    void appDemoServerOption()
    {
        test::DemoServer::Options options;
        options.http = true;
        test::DemoServer server(options);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QString ini = m_dir.filePath(QStringLiteral("app.ini"));
        QProcess app;
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(MGRDESK_APP),
            { QStringLiteral("--settings"), ini, QStringLiteral("--demo-server"),
                server.baseUrl().toString() });
        QVERIFY(app.waitForStarted());
        QString id;
        QTRY_VERIFY_WITH_TIMEOUT(!(id = QSettings(ini, QSettings::IniFormat)
                                            .value(QStringLiteral("mainwindow/currentAccount"))
                                            .toString())
                                      .isEmpty(),
            30000);
        // It logged in: the server's request log shows the admin's func=auth followed by a session.
        QTRY_VERIFY_WITH_TIMEOUT(logHasAuth(server.logFile()), 30000);
        app.terminate();
        if (!app.waitForFinished(10000)) {
            app.kill();
            app.waitForFinished();
        }
        QSettings s(ini, QSettings::IniFormat);
        s.beginGroup(QStringLiteral("accounts/") + id);
        QCOMPARE(s.value(QStringLiteral("name")).toString(), QStringLiteral("Demo server"));
        QCOMPARE(s.value(QStringLiteral("username")).toString(), QStringLiteral("admin"));
        QCOMPARE(s.value(QStringLiteral("url")).toString(), server.baseUrl().toString());
        s.endGroup();
        QFile f(ini);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY2(!content.contains("=demo\n") && !content.contains("password"), content.constData());
        Account a;
        a.id = id;
        a.username = QStringLiteral("admin");
        a.baseUrl = server.baseUrl();
        QVERIFY(!secretExists(a.credentialKey()));
    }
#endif

private:
    static bool logHasAuth(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        const QByteArray log = f.readAll();
        return log.contains("func=auth") && log.contains("admin");
    }

    // A fresh window over the same stores: the keychain has the password, the certificate is pinned.
    bool waitForLogin(const QString &id)
    {
        accounts::CredentialStore freshCreds;
        gui::MainWindow window(m_store.get(), &freshCreds);
        window.selectAccount(id);
        net::Connection *c = window.currentConnection();
        bool ok = QTest::qWaitFor([&] { return c->state() == net::Connection::State::Connected; }, 30000);
        if (window.passwordPrompt() || window.findChild<gui::CertificateDialog *>())
            ok = false;
        return ok;
    }

    bool waitForSecretRemoved(const Account &a)
    {
        m_store->remove(a.id);
        return QTest::qWaitFor([&] { return !secretExists(a.credentialKey()); }, 20000);
    }

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<accounts::AccountStore> m_store;
    std::unique_ptr<accounts::CredentialStore> m_creds;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
