// The account manager, the account editor and the password prompt, driven like a user would (typing,
// clicking), against the real keyring (secret-tool from another process checks it) and the real demo server.
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
#include "preferences/preferencekeys.h"
#include "tls/certificatedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace mgrdesk;
using accounts::Account;

namespace {
using test::secretExists;

template<typename T> T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

// The sessions the demo server knows (func=session as admin over its own connection).
QStringList serverSessions(const test::DemoServer &server)
{
    net::ConnectionSettings s;
    s.accountId = QStringLiteral("probe");
    s.baseUrl = server.baseUrl();
    s.username = QStringLiteral("admin");
    s.method = net::LoginMethod::AuthInfo;
    s.pinnedCertificatePem = server.certificatePem();
    net::Connection admin(s);
    admin.setPassword(QStringLiteral("demo"));
    std::optional<net::ApiResult> result;
    QObject::connect(admin.send(protocol::Request(QStringLiteral("session"))), &net::ApiJob::finished,
        [&result](const net::ApiResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000) || !result->ok() || !result->reply.table)
        return { QStringLiteral("<session list failed>") };
    QStringList ids;
    for (int row = 0; row < result->reply.table->rowCount(); ++row)
        ids << result->reply.table->rowKey(row);
    return ids;
}

void clickOk(QDialog *dialog)
{
    auto *box = child<QDialogButtonBox>(dialog, "buttonBox");
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}
} // namespace

class TestAccountDialogs : public QObject
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
        m_manager = std::make_unique<net::ConnectionManager>(m_store.get(), m_creds.get());
        m_dialog = std::make_unique<gui::AccountManagerDialog>(m_manager.get());
        m_dialog->show();
        m_dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    }
    void cleanup()
    {
        m_dialog.reset();
        m_manager.reset();
        m_creds.reset();
        m_store.reset();
    }

    void accessibleNamesEverywhere()
    {
        QTest::mouseClick(child<QPushButton>(m_dialog.get(), "addButton"), Qt::LeftButton);
        QTRY_VERIFY(m_dialog->editDialog());
        for (QWidget *top :
            { static_cast<QWidget *>(m_dialog.get()), static_cast<QWidget *>(m_dialog->editDialog()) }) {
            const QList<QWidget *> widgets = top->findChildren<QWidget *>();
            int checked = 0;
            for (QWidget *w : widgets) {
                // Every control we placed (named in the .ui or the code); Qt's internals start with "qt_".
                if (w->objectName().isEmpty() || w->objectName().startsWith(QLatin1String("qt_")))
                    continue;
                if (!(qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                        || qobject_cast<QAbstractButton *>(w) || qobject_cast<QListWidget *>(w)))
                    continue;
                ++checked;
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
            }
            QVERIFY(checked >= 8);
        }
        m_dialog->editDialog()->reject();
    }

    void addAccountByTyping()
    {
        QTest::mouseClick(child<QPushButton>(m_dialog.get(), "addButton"), Qt::LeftButton);
        QTRY_VERIFY(m_dialog->editDialog());
        gui::AccountEditDialog *editor = m_dialog->editDialog();
        QTest::keyClicks(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("Typed billing"));
        QTest::keyClicks(child<QLineEdit>(editor, "urlEdit"), QStringLiteral("billing.example.com"));
        // No user name yet: OK keeps the dialog open, says what is missing, and keeps what was typed.
        clickOk(editor);
        auto *message = child<QLabel>(editor, "messageLabel");
        QVERIFY(editor->isVisible());
        QVERIFY(!message->isHidden());
        QVERIFY2(message->text().contains(QLatin1String("user name")), qPrintable(message->text()));
        QCOMPARE(child<QLineEdit>(editor, "nameEdit")->text(), QStringLiteral("Typed billing"));
        QCOMPARE(m_store->count(), 0);
        QCOMPARE(editor->focusWidget(),
            child<QLineEdit>(editor, "usernameEdit")); // the first problem gets the focus

        QTest::keyClicks(child<QLineEdit>(editor, "usernameEdit"), QStringLiteral("admin"));
        QTest::keyClicks(child<QLineEdit>(editor, "passwordEdit"), QStringLiteral("typed-secret-1"));
        auto *tag = child<QComboBox>(editor, "tagCombo");
        tag->setCurrentIndex(tag->findData(QStringLiteral("production")));
        QVERIFY(child<QCheckBox>(editor, "rememberCheck")->isChecked());
        clickOk(editor);
        QTRY_COMPARE(m_store->count(), 1);
        const Account a = m_store->accounts().first();
        QCOMPARE(a.name, QStringLiteral("Typed billing"));
        QCOMPARE(a.baseUrl.toString(), QStringLiteral("https://billing.example.com:1500/billmgr"));
        QCOMPARE(a.username, QStringLiteral("admin"));
        QCOMPARE(a.tag, accounts::EnvironmentTag::Production);
        QCOMPARE(m_dialog->selectedId(), a.id);
        QCOMPARE(child<QListWidget>(m_dialog.get(), "accountList")->count(), 1);

        // The password went to the keychain (seen from another process), not into the settings file.
        QString secret;
        QTRY_VERIFY_WITH_TIMEOUT(secretExists(a.credentialKey(), &secret), 20000);
        QCOMPARE(secret, QStringLiteral("typed-secret-1"));
        QFile settings(m_store->fileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains("typed-secret-1"));
    }

    void httpNeedsItsOwnConfirmation()
    {
        QTest::mouseClick(child<QPushButton>(m_dialog.get(), "addButton"), Qt::LeftButton);
        QTRY_VERIFY(m_dialog->editDialog());
        gui::AccountEditDialog *editor = m_dialog->editDialog();
        auto *confirm = child<QCheckBox>(editor, "plainHttpConfirm");
        QVERIFY(confirm->isHidden()); // nothing to confirm for an empty (https) address
        QTest::keyClicks(child<QLineEdit>(editor, "urlEdit"), QStringLiteral("http://10.1.2.3:8080/billmgr"));
        QTest::keyClicks(child<QLineEdit>(editor, "usernameEdit"), QStringLiteral("admin"));
        QVERIFY(confirm->isVisible()); // an http:// address shows the per-account confirmation
        QVERIFY(!confirm->isChecked());
        // OK, and OK again: without the confirmation the account is not taken.
        clickOk(editor);
        QVERIFY(editor->isVisible());
        QVERIFY(child<QLabel>(editor, "messageLabel")->text().contains(QLatin1String("not encrypted")));
        clickOk(editor);
        QVERIFY(editor->isVisible());
        QCOMPARE(m_store->count(), 0);
        // Confirmed: taken, and the confirmation is kept with this account.
        QTest::mouseClick(confirm, Qt::LeftButton);
        QVERIFY(confirm->isChecked());
        clickOk(editor);
        QTRY_COMPARE(m_store->count(), 1);
        QCOMPARE(m_store->accounts().first().name, QStringLiteral("10.1.2.3")); // empty name → the host
        QVERIFY(m_store->accounts().first().plainHttpConfirmed);
        // Another store on the same file reads it back.
        accounts::AccountStore again(m_store->fileName());
        QVERIFY(again.accounts().first().plainHttpConfirmed);
    }

    void removeAsksAndRemovesSecret()
    {
        Account a = Account::create();
        a.name = QStringLiteral("Doomed");
        a.baseUrl = Account::normaliseUrl(QStringLiteral("doomed.example")).url;
        a.username = QStringLiteral("admin");
        QVERIFY(m_store->add(a));
        QSignalSpy written(m_creds->writePassword(a.credentialKey(), QStringLiteral("doomed-pw")),
            &accounts::CredentialRequest::finished);
        QVERIFY(written.wait(20000));
        QVERIFY(secretExists(a.credentialKey()));
        m_dialog->selectAccount(a.id);

        // Return: the default, Cancel. Nothing happens.
        const int before = gui::MessageBox::count();
        test::DialogAnswerer boxes;
        boxes.pressReturn(QMessageBox::Cancel).expectText(QStringLiteral("Doomed"));
        QTest::mouseClick(child<QPushButton>(m_dialog.get(), "removeButton"), Qt::LeftButton);
        QCOMPARE(gui::MessageBox::count(), before + 1);
        QVERIFY2(boxes.waitDone(), qPrintable(boxes.failure()));
        QCOMPARE(m_store->count(), 1);

        // Yes: gone, and its secret with it. The Delete key asks the same question.
        boxes.click(QMessageBox::Yes).expectText(QStringLiteral("Doomed"));
        child<QListWidget>(m_dialog.get(), "accountList")->setFocus();
        QTest::keyClick(child<QListWidget>(m_dialog.get(), "accountList"), Qt::Key_Delete);
        QCOMPARE(gui::MessageBox::count(), before + 2);
        QVERIFY2(boxes.waitDone(), qPrintable(boxes.failure()));
        QTRY_COMPARE(m_store->count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!secretExists(a.credentialKey()), 20000);
    }

    void reorderWithButtons()
    {
        QStringList ids;
        for (const char *n : { "One", "Two", "Three" }) {
            Account a = Account::create();
            a.name = QString::fromLatin1(n);
            a.baseUrl = Account::normaliseUrl(QStringLiteral("h.example")).url;
            a.username = QStringLiteral("u");
            QVERIFY(m_store->add(a));
            ids << a.id;
        }
        m_dialog->selectAccount(ids.at(2));
        QTest::mouseClick(child<QPushButton>(m_dialog.get(), "upButton"), Qt::LeftButton);
        QCOMPARE(m_store->accounts().at(1).id, ids.at(2));
        QCOMPARE(m_dialog->selectedId(), ids.at(2)); // selection follows the account
        QTest::keyClick(child<QListWidget>(m_dialog.get(), "accountList"), Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(m_store->accounts().at(0).id, ids.at(2));
        QVERIFY(!child<QPushButton>(m_dialog.get(), "upButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(m_dialog.get(), "downButton"), Qt::LeftButton);
        QCOMPARE(m_store->accounts().at(1).id, ids.at(2));
    }

    // Test connection against the demo server over HTTPS: the certificate question, then "connected … level".
    void testConnectionSucceedsAndPins()
    {
        test::DemoServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Account a = Account::create();
        a.name = QStringLiteral("Demo");
        a.baseUrl = server.baseUrl();
        a.username = QStringLiteral("admin");
        QVERIFY(m_store->add(a));
        m_creds->setSessionPassword(a.credentialKey(), QStringLiteral("demo"));
        m_dialog->selectAccount(a.id);
        QSignalSpy done(m_dialog.get(), &gui::AccountManagerDialog::testFinished);
        QTest::mouseClick(child<QPushButton>(m_dialog.get(), "testButton"), Qt::LeftButton);

        gui::CertificateDialog *question = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (question = m_dialog->findChild<gui::CertificateDialog *>()) != nullptr, 20000);
        QCOMPARE(question->question().certificate, server.certificate());
        QTest::mouseClick(question->trustButton(), Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
        QVERIFY2(
            m_dialog->testResult().contains(QLatin1String("as admin")), qPrintable(m_dialog->testResult()));
        QVERIFY2(
            m_dialog->testResult().contains(QLatin1String("level 29")), qPrintable(m_dialog->testResult()));
        QTRY_COMPARE(m_store->account(a.id).pinnedCertificatePem, server.certificatePem());
    }

    void testConnectionWrongPasswordAsks()
    {
        test::DemoServer::Options options;
        options.http = true;
        test::DemoServer server(options);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Account a = Account::create();
        a.name = QStringLiteral("Demo over http");
        a.baseUrl = server.baseUrl();
        a.username = QStringLiteral("admin");
        QVERIFY(m_store->add(a));
        m_dialog->selectAccount(a.id);
        QSignalSpy done(m_dialog.get(), &gui::AccountManagerDialog::testFinished);
        QTest::mouseClick(child<QPushButton>(m_dialog.get(), "testButton"), Qt::LeftButton);

        // No password anywhere: the prompt says for whom and why.
        QTRY_VERIFY_WITH_TIMEOUT(m_dialog->passwordPrompt(), 20000);
        gui::PasswordPrompt *prompt = m_dialog->passwordPrompt();
        const QString text = child<QLabel>(prompt, "explanationLabel")->text();
        QVERIFY2(text.contains(QLatin1String("admin")) && text.contains(QLatin1String("Demo over http"))
                && text.contains(QLatin1String("127.0.0.1")),
            qPrintable(text));
        QVERIFY(child<QCheckBox>(prompt, "rememberCheck")->isVisibleTo(prompt)); // the keychain works here
        auto *ok = child<QDialogButtonBox>(prompt, "buttonBox")->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(child<QLineEdit>(prompt, "passwordEdit"), QStringLiteral("wrong-one"));
        QTest::mouseClick(ok, Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        QVERIFY(!done.at(0).at(0).toBool());
        QVERIFY2(m_dialog->testResult().startsWith(QLatin1String("Connection failed")),
            qPrintable(m_dialog->testResult()));
        QVERIFY(!m_creds->hasSessionPassword(a.credentialKey())); // a refused password is not kept
        QVERIFY(!secretExists(a.credentialKey())); // nor saved
    }

    // "Test connection" says plainly what went wrong, for each way it can go wrong.
    void testConnectionFailures_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong password")
            << QStringLiteral("wrong") << QStringLiteral("Invalid username or password");
        QTest::newRow("unreachable") << QStringLiteral("unreachable")
                                     << QStringLiteral("refused the connection on port");
        QTest::newRow("certificate not trusted")
            << QStringLiteral("untrusted") << QStringLiteral("certificate was not trusted");
        QTest::newRow("not a BILLmanager")
            << QStringLiteral("html") << QStringLiteral("answered with a web page, not the BILLmanager API");
    }
    void testConnectionFailures()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        test::DemoServer::Options options;
        if (kind == QLatin1String("html"))
            options.extraArgs = { QStringLiteral("--fault"), QStringLiteral("auth=html") };
        test::DemoServer server(options);
        Account a = Account::create();
        a.name = QStringLiteral("Trouble");
        a.username = QStringLiteral("admin");
        if (kind == QLatin1String("unreachable")) {
            QTcpServer probe; // a port nobody listens on any more
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            a.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/billmgr").arg(probe.serverPort()));
        } else {
            QVERIFY2(server.start(), qPrintable(server.errorString()));
            a.baseUrl = server.baseUrl();
            if (kind != QLatin1String("untrusted"))
                a.pinnedCertificatePem = server.certificatePem();
        }
        QVERIFY(m_store->add(a));
        m_creds->setSessionPassword(a.credentialKey(),
            kind == QLatin1String("wrong") ? QStringLiteral("not-the-password") : QStringLiteral("demo"));
        m_dialog->selectAccount(a.id);
        QSignalSpy done(m_dialog.get(), &gui::AccountManagerDialog::testFinished);
        QTest::mouseClick(child<QPushButton>(m_dialog.get(), "testButton"), Qt::LeftButton);
        if (kind == QLatin1String("untrusted")) {
            gui::CertificateDialog *question = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT(
                (question = m_dialog->findChild<gui::CertificateDialog *>()) != nullptr, 20000);
            QVERIFY(question->cancelButton()->isDefault()); // Cancel is the default
            QTest::keyClick(question, Qt::Key_Escape);
        }
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        QVERIFY(!done.at(0).at(0).toBool());
        const QString result = m_dialog->testResult();
        QVERIFY2(result.startsWith(QLatin1String("Connection failed: ")), qPrintable(result));
        QVERIFY2(result.contains(expected), qPrintable(result));
        QVERIFY2(!result.contains(QLatin1String("demo")), qPrintable(result)); // never the password
        QCOMPARE(
            m_store->account(a.id).pinnedCertificatePem, a.pinnedCertificatePem); // nothing newly trusted
    }

    // Removing an account logs it out: the server no longer has its session, although the connection is gone.
    void removingAnAccountEndsItsSession()
    {
        test::DemoServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Account a = Account::create();
        a.name = QStringLiteral("Short-lived");
        a.baseUrl = server.baseUrl();
        a.username = QStringLiteral("client1");
        a.pinnedCertificatePem = server.certificatePem();
        QVERIFY(m_store->add(a));
        m_creds->setSessionPassword(a.credentialKey(), QStringLiteral("demo"));
        QSignalSpy logged(m_manager.get(), &net::ConnectionManager::loggedIn);
        m_manager->connectAccount(a.id);
        QTRY_COMPARE_WITH_TIMEOUT(logged.count(), 1, 30000);
        QPointer<net::Connection> connection = m_manager->existingConnection(a.id);
        QVERIFY(connection);
        const QString sid = connection->sessionId();
        QVERIFY(!sid.isEmpty());
        QVERIFY(serverSessions(server).contains(sid));

        m_dialog->selectAccount(a.id);
        test::DialogAnswerer boxes;
        boxes.click(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(m_dialog.get(), "removeButton"), Qt::LeftButton);
        QVERIFY2(boxes.waitDone(), qPrintable(boxes.failure()));
        QTRY_COMPARE(m_store->count(), 0);
        QTRY_VERIFY(connection.isNull()); // the connection is gone at once…
        QTRY_VERIFY_WITH_TIMEOUT(!serverSessions(server).contains(sid), 20000); // …and its session too
    }

    // Two accounts on one server with different users, both logged in at once; going back to the first reuses
    // its session (no new login), and each keeps its own.
    void twoAccountsOnOneServerStayLoggedIn()
    {
        test::DemoServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QStringList ids;
        for (const char *user : { "admin", "client1" }) {
            Account a = Account::create();
            a.name = QString::fromLatin1(user);
            a.baseUrl = server.baseUrl();
            a.username = QString::fromLatin1(user);
            a.pinnedCertificatePem = server.certificatePem();
            QVERIFY(m_store->add(a));
            m_creds->setSessionPassword(a.credentialKey(), QStringLiteral("demo"));
            ids << a.id;
        }
        QSignalSpy logged(m_manager.get(), &net::ConnectionManager::loggedIn);
        m_manager->connectAccount(ids.at(0));
        m_manager->connectAccount(ids.at(1));
        QTRY_COMPARE_WITH_TIMEOUT(logged.count(), 2, 30000);
        net::Connection *admin = m_manager->existingConnection(ids.at(0));
        net::Connection *client = m_manager->existingConnection(ids.at(1));
        QCOMPARE(admin->level(), std::optional<int>(29));
        QCOMPARE(client->level(), std::optional<int>(16));
        const QString adminSid = admin->sessionId();
        const QString clientSid = client->sessionId();
        QVERIFY(!adminSid.isEmpty() && adminSid != clientSid);
        m_manager->connectAccount(ids.at(0)); // "switching back": already connected, nothing to do
        QCOMPARE(admin->state(), net::Connection::State::Connected);
        QTest::qWait(100);
        QCOMPARE(logged.count(), 2);
        QCOMPARE(admin->sessionId(), adminSid);
        const QStringList sessions = serverSessions(server);
        QVERIFY(sessions.contains(adminSid));
        QVERIFY(sessions.contains(clientSid));
    }

    void passwordPromptWithoutKeychain()
    {
        Account a = Account::create();
        a.name = QStringLiteral("Vault-less");
        a.baseUrl = Account::normaliseUrl(QStringLiteral("v.example")).url;
        a.username = QStringLiteral("root");
        gui::PasswordPrompt prompt(a, QStringLiteral("Invalid username or password"),
            QStringLiteral("No secure password store is available."));
        prompt.show();
        QVERIFY(!child<QCheckBox>(&prompt, "rememberCheck")->isVisibleTo(&prompt));
        QVERIFY(
            child<QLabel>(&prompt, "keychainLabel")->text().contains(QLatin1String("until mgrdesk quits")));
        QCOMPARE(
            child<QLabel>(&prompt, "reasonLabel")->text(), QStringLiteral("Invalid username or password"));
        QTest::keyClicks(child<QLineEdit>(&prompt, "passwordEdit"), QStringLiteral("pw"));
        QCOMPARE(child<QLineEdit>(&prompt, "passwordEdit")->echoMode(), QLineEdit::Password);
        QVERIFY(!prompt.rememberPassword());
        QCOMPARE(prompt.password(), QStringLiteral("pw"));
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<accounts::AccountStore> m_store;
    std::unique_ptr<accounts::CredentialStore> m_creds;
    std::unique_ptr<net::ConnectionManager> m_manager;
    std::unique_ptr<gui::AccountManagerDialog> m_dialog;
};

QTEST_MAIN(TestAccountDialogs)
#include "tst_accountdialogs.moc"
