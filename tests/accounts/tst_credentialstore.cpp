// CredentialStore against the real Secret Service (scripts/test: private D-Bus session, unlocked
// gnome-keyring). What the store writes is checked from another process with secret-tool, the way a user
// would look. The no-keychain case runs this binary again as a child whose D-Bus address points nowhere.
#include "core/accounts/accountstore.h"
#include "core/accounts/credentialstore.h"
#include "qtwarnings.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdio>

using namespace mgrdesk::accounts;

namespace {
const char *const ChildFlag = "--child-no-keychain";
const QString ChildPassword = QStringLiteral("Pl41nText-Must-Not-Appear-%1");

// secret-tool lookup user <key> server <service>: prints the secret, exits 1 when there is none.
struct Lookup
{
    bool found;
    QString secret;
};
Lookup lookup(const QString &key, const QString &service)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
        { QStringLiteral("lookup"), QStringLiteral("user"), key, QStringLiteral("server"), service });
    if (!p.waitForFinished(30000))
        return { false, QStringLiteral("<secret-tool did not finish>") };
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    return { p.exitCode() == 0 && !out.isEmpty(), out };
}

CredentialResult waitFor(CredentialRequest *request)
{
    QSignalSpy spy(request, &CredentialRequest::finished);
    if (!spy.wait(60000))
        return { CredentialResult::Status::Failed, QString(), QStringLiteral("no answer") };
    return spy.at(0).at(0).value<CredentialResult>();
}

QString uniqueKey(const QString &what)
{
    return QStringLiteral("%1@127.0.0.1:%2").arg(what, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

// Child: no usable bus. Adds an account, tries to save its password, reports what the store said.
int runNoKeychainChild(const QString &iniFile, const QString &password)
{
    AccountStore accounts(iniFile);
    Account a = Account::create();
    a.name = QStringLiteral("No keychain");
    a.baseUrl = Account::normaliseUrl(QStringLiteral("https://127.0.0.1:1500")).url;
    a.username = QStringLiteral("admin");
    if (!accounts.add(a))
        return 10;
    CredentialStore store(QStringLiteral("io.github.mgrdesk.Mgrdesk.test"));
    store.setTimeout(20000);
    QSignalSpy unavailable(&store, &CredentialStore::unavailable);
    const CredentialResult write = waitFor(store.writePassword(a.credentialKey(), password));
    if (write.status != CredentialResult::Status::Unavailable)
        return 11;
    // The app keeps it for the session only.
    store.setSessionPassword(a.credentialKey(), password);
    const CredentialResult read = waitFor(store.readPassword(a.credentialKey()));
    if (read.status != CredentialResult::Status::Unavailable)
        return 12;
    if (unavailable.count() != 1 || store.availability() != CredentialStore::Availability::Unavailable)
        return 13; // said once, plainly
    if (store.sessionPassword(a.credentialKey()) != password)
        return 14;
    std::fprintf(stdout, "UNAVAILABLE %s\n", qPrintable(write.message));
    return 0;
}
} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { mgrdesk::test::failOnQtMisuseWarnings(); }
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run through scripts/test (private bus with an unlocked gnome-keyring).");
    }

    void writeReadRemove()
    {
        CredentialStore store;
        QCOMPARE(store.service(), QStringLiteral("io.github.mgrdesk.Mgrdesk"));
        const QString key = uniqueKey(QStringLiteral("admin"));
        const QString password = QStringLiteral("s3cr\u00e9t with spaces & symbols %=");

        CredentialResult r = waitFor(store.writePassword(key, password));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(store.availability(), CredentialStore::Availability::Available);
        const Lookup seen = lookup(key, store.service());
        QVERIFY2(seen.found, qPrintable(seen.secret));
        QCOMPARE(seen.secret, password);

        r = waitFor(store.readPassword(key));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.password, password);

        // Overwrite.
        r = waitFor(store.writePassword(key, QStringLiteral("second")));
        QVERIFY(r.ok());
        QCOMPARE(lookup(key, store.service()).secret, QStringLiteral("second"));

        r = waitFor(store.removePassword(key));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(!lookup(key, store.service()).found);
        r = waitFor(store.readPassword(key));
        QCOMPARE(r.status, CredentialResult::Status::NotFound);
        QVERIFY(r.password.isEmpty());
        // Removing what is not there is not an error.
        QVERIFY(waitFor(store.removePassword(key)).ok());
    }

    void readWrittenByAnotherProcess()
    {
        CredentialStore store;
        const QString key = uniqueKey(QStringLiteral("support"));
        QProcess p;
        p.start(QStringLiteral("secret-tool"),
            { QStringLiteral("store"), QStringLiteral("--label=mgrdesk test"), QStringLiteral("user"), key,
                QStringLiteral("server"), store.service(), QStringLiteral("type"),
                QStringLiteral("plaintext") });
        QVERIFY(p.waitForStarted());
        p.write("from outside");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const CredentialResult r = waitFor(store.readPassword(key));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.password, QStringLiteral("from outside"));
        QVERIFY(waitFor(store.removePassword(key)).ok());
        QVERIFY(!lookup(key, store.service()).found);
    }

    void removingAccountRemovesSecret()
    {
        QTemporaryDir dir;
        AccountStore accounts(dir.filePath(QStringLiteral("accounts.ini")));
        CredentialStore store;
        store.watch(&accounts);
        Account a = Account::create();
        a.name = QStringLiteral("To be removed");
        a.baseUrl = Account::normaliseUrl(QStringLiteral("https://127.0.0.1")).url;
        a.username = QStringLiteral("admin");
        QVERIFY(accounts.add(a));
        const QString key = a.credentialKey();
        QVERIFY(waitFor(store.writePassword(key, QStringLiteral("gone soon"))).ok());
        QVERIFY(lookup(key, store.service()).found);
        store.setSessionPassword(key, QStringLiteral("gone soon"));

        QVERIFY(accounts.remove(a.id));
        QVERIFY(!store.hasSessionPassword(key));
        // Keychain jobs run one after another: this read finishes after the removal the store started.
        QCOMPARE(waitFor(store.readPassword(key)).status, CredentialResult::Status::NotFound);
        QVERIFY(!lookup(key, store.service()).found);
    }

    void changingUserRemovesOldSecret()
    {
        QTemporaryDir dir;
        AccountStore accounts(dir.filePath(QStringLiteral("accounts.ini")));
        CredentialStore store;
        store.watch(&accounts);
        Account a = Account::create();
        a.name = QStringLiteral("Renamed user");
        a.baseUrl = Account::normaliseUrl(QStringLiteral("https://127.0.0.1")).url;
        a.username = QStringLiteral("olduser");
        QVERIFY(accounts.add(a));
        const QString oldKey = a.credentialKey();
        QVERIFY(waitFor(store.writePassword(oldKey, QStringLiteral("old"))).ok());

        a.name = QStringLiteral("Only the name changed");
        QVERIFY(accounts.update(a));
        QVERIFY(waitFor(store.readPassword(oldKey)).ok()); // same key: kept

        a.username = QStringLiteral("newuser");
        QVERIFY(accounts.update(a));
        QCOMPARE(waitFor(store.readPassword(oldKey)).status, CredentialResult::Status::NotFound);
        QVERIFY(!lookup(oldKey, store.service()).found);
        QVERIFY(oldKey != a.credentialKey());
    }

    // No Secret Service reachable: the store reports "unavailable" (once) and nothing lands in plaintext.
    void noKeychainNeverPlaintext()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString password = ChildPassword.arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QString ini = home.filePath(QStringLiteral("config/accounts.ini"));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
            QStringLiteral("unix:path=") + home.filePath(QStringLiteral("no-such-bus")));
        env.remove(QStringLiteral("DISPLAY")); // no X11 autolaunch either
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("HOME"), home.path());
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(
            QCoreApplication::applicationFilePath(), { QString::fromLatin1(ChildFlag), ini, password });
        QVERIFY(child.waitForFinished(120000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        const QString err = QString::fromUtf8(child.readAllStandardError());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
            qPrintable(QStringLiteral("child exit %1\n%2\n%3").arg(child.exitCode()).arg(out, err)));
        QVERIFY2(out.startsWith(QLatin1String("UNAVAILABLE ")), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("never saved")));

        // The account itself was saved...
        QFile settings(ini);
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray content = settings.readAll();
        QVERIFY(content.contains("No keychain"));
        // ...and the password is nowhere under the child's home, in no form.
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            ++files;
            QVERIFY2(!bytes.contains(password.toUtf8()), qPrintable(f.fileName()));
            QVERIFY2(!bytes.contains(password.toUtf8().toBase64()), qPrintable(f.fileName()));
        }
        QVERIFY(files >= 1);
        QVERIFY(!out.contains(password) && !err.contains(password));
        // Nor did it reach this session's keyring by some other route.
        QProcess search;
        search.start(QStringLiteral("secret-tool"),
            { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                QStringLiteral("io.github.mgrdesk.Mgrdesk.test") });
        QVERIFY(search.waitForFinished(30000));
        const QByteArray found = search.readAllStandardOutput() + search.readAllStandardError();
        QVERIFY2(!found.contains(password.toUtf8()), found.constData());
    }
};

int main(int argc, char *argv[])
{
    if (argc == 4 && qstrcmp(argv[1], ChildFlag) == 0) {
        QCoreApplication app(argc, argv);
        return runNoKeychainChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    QCoreApplication app(argc, argv);
    TestCredentialStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_credentialstore.moc"
