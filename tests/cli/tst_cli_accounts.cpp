// mgrdesk-cli accounts list | add | remove against the real keychain of the test session (gnome-keyring in a
// private D-Bus session, scripts/test) and an account store the app reads.
#include "clirunner.h"
#include "credentialwait.h"
#include "democlient.h"
#include "demoserver.h"

#include "core/accounts/accountstore.h"
#include "core/accounts/credentialstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mgrdesk;
using test::runCli;

namespace {
accounts::CredentialResult keychainRead(accounts::CredentialStore &store, const QString &key)
{
    accounts::CredentialResult result;
    test::waitFor(store.readPassword(key), &result);
    return result;
}
} // namespace

class TestCliAccounts : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_settings;
    accounts::CredentialStore m_keychain;

    QStringList accountsArgs(const QStringList &more) const
    {
        return QStringList { QStringLiteral("accounts"), QStringLiteral("--settings"), m_settings } + more;
    }
    accounts::Account stored(const QString &name) const
    {
        accounts::AccountStore store(m_settings);
        for (const accounts::Account &a : store.accounts()) {
            if (a.name == name)
                return a;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings = m_dir.filePath(QStringLiteral("mgrdesk.ini"));
    }

    void addListRemove()
    {
        const QString secret = QStringLiteral("s3cret-%1").arg(QCoreApplication::applicationPid());
        const auto add = runCli(
            accountsArgs({ QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Prod RU"),
                QStringLiteral("--url"), QStringLiteral("billing.example.com"), QStringLiteral("--user"),
                QStringLiteral("admin") }),
            {}, secret.toUtf8() + '\n');
        QCOMPARE_EXIT(add, 0);
        QVERIFY2(
            !add.out.contains(secret.toUtf8()) && !add.err.contains(secret.toUtf8()), add.out.constData());
        const accounts::Account a = stored(QStringLiteral("Prod RU"));
        QVERIFY(!a.id.isEmpty());
        QCOMPARE(a.baseUrl, QUrl(QStringLiteral("https://billing.example.com:1500/billmgr")));
        QCOMPARE(a.username, QStringLiteral("admin"));
        // The password is in the real keychain under the app's key, and nowhere in the settings file.
        const accounts::CredentialResult r = keychainRead(m_keychain, a.credentialKey());
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.password, secret);
        QFile ini(m_settings);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(secret.toUtf8()));

        const auto list = runCli(accountsArgs({ QStringLiteral("list") }));
        QCOMPARE_EXIT(list, 0);
        const QList<QByteArray> lines = list.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith("NAME"));
        QVERIFY(lines.at(1).startsWith("Prod RU"));
        QVERIFY(lines.at(1).contains("https://billing.example.com:1500/billmgr"));
        QVERIFY(lines.at(1).contains("admin"));
        QVERIFY(lines.at(1).contains("stored"));
        QVERIFY(!list.out.contains(secret.toUtf8()));
        const auto json = runCli(
            accountsArgs({ QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") }));
        QCOMPARE_EXIT(json, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out.trimmed()).object();
        QCOMPARE(o.value(QLatin1String("name")).toString(), QStringLiteral("Prod RU"));
        QCOMPARE(o.value(QLatin1String("password")).toString(), QStringLiteral("stored"));
        QVERIFY(o.value(QLatin1String("certificate")).isNull());

        // The same name twice is refused; a password option does not exist.
        QCOMPARE_CLI(runCli(accountsArgs({ QStringLiteral("add"), QStringLiteral("--name"),
                                QStringLiteral("prod ru"), QStringLiteral("--url"),
                                QStringLiteral("h.example"), QStringLiteral("--user"), QStringLiteral("x") }),
                         {}, "pw\n"),
            64);
        QCOMPARE_CLI(
            runCli(accountsArgs({ QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X"),
                QStringLiteral("--url"), QStringLiteral("h.example"), QStringLiteral("--user"),
                QStringLiteral("x"), QStringLiteral("--password"), QStringLiteral("pw") })),
            64);
        // No password at all: refused, nothing added.
        QCOMPARE_CLI(runCli(accountsArgs({ QStringLiteral("add"), QStringLiteral("--name"),
                                QStringLiteral("Empty"), QStringLiteral("--url"), QStringLiteral("h.example"),
                                QStringLiteral("--user"), QStringLiteral("x") }),
                         {}, QByteArray("")),
            64);
        QVERIFY(stored(QStringLiteral("Empty")).id.isEmpty());

        const auto remove = runCli(accountsArgs({ QStringLiteral("remove"), QStringLiteral("Prod RU") }));
        QCOMPARE_EXIT(remove, 0);
        QVERIFY(stored(QStringLiteral("Prod RU")).id.isEmpty());
        QCOMPARE(
            keychainRead(m_keychain, a.credentialKey()).status, accounts::CredentialResult::Status::NotFound);
        QCOMPARE_CLI(runCli(accountsArgs({ QStringLiteral("remove"), QStringLiteral("Prod RU") })), 64);
    }

    void addedAccountCalls()
    {
        // An account added from the shell serves `call --account` with the keychain password.
        test::DemoServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QString cert = m_dir.filePath(QStringLiteral("demo.pem"));
        QVERIFY(test::writeFile(cert, server.certificatePem()));
        QCOMPARE_CLI(runCli(accountsArgs({ QStringLiteral("add"), QStringLiteral("--name"),
                                QStringLiteral("Local"), QStringLiteral("--url"), server.baseUrl().toString(),
                                QStringLiteral("--user"), QStringLiteral("client1") }),
                         { QStringLiteral("MGRDESK_PASSWORD=demo") }),
            0);
        const auto call = runCli({ QStringLiteral("call"), QStringLiteral("--settings"), m_settings,
            QStringLiteral("--account"), QStringLiteral("Local"), QStringLiteral("--cacert"), cert,
            QStringLiteral("--format"), QStringLiteral("text"), QStringLiteral("whoami") });
        QCOMPARE_EXIT(call, 0);
        QVERIFY2(call.out.contains("\nuser.name: client1\n"), call.out.constData());
        QCOMPARE_CLI(runCli(accountsArgs({ QStringLiteral("remove"), QStringLiteral("Local") })), 0);
    }

    void appSettingsByDefault()
    {
        // Without --settings the CLI uses the desktop app's own settings file.
        QTemporaryDir config;
        const QStringList env { QStringLiteral("XDG_CONFIG_HOME=") + config.path(),
            QStringLiteral("MGRDESK_PASSWORD=pw") };
        QCOMPARE_CLI(runCli({ QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--name"),
                                QStringLiteral("Default"), QStringLiteral("--url"),
                                QStringLiteral("h.example"), QStringLiteral("--user"), QStringLiteral("x") },
                         env),
            0);
        const QString file = config.filePath(QStringLiteral("mgrdesk/mgrdesk.conf"));
        QVERIFY2(QFile::exists(file), qPrintable(file));
        accounts::AccountStore app(file);
        QCOMPARE(app.count(), 1);
        QCOMPARE_CLI(
            runCli({ QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("Default") }, env),
            0);
    }
};

QTEST_MAIN(TestCliAccounts)
#include "tst_cli_accounts.moc"
