// Account: URL normalisation, validation messages, keychain key.
#include "core/accounts/account.h"
#include "qtwarnings.h"

#include <QTest>

using namespace mgrdesk::accounts;

class TestAccount : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { mgrdesk::test::failOnQtMisuseWarnings(); }
    void normalise_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("warns");
        QTest::newRow("bare https host") << "https://billing.example.com"
                                         << "https://billing.example.com:1500/billmgr" << false;
        QTest::newRow("no scheme") << "billing.example.com"
                                   << "https://billing.example.com:1500/billmgr" << false;
        QTest::newRow("trailing slash") << "https://billing.example.com/"
                                        << "https://billing.example.com:1500/billmgr" << false;
        QTest::newRow("explicit path kept") << "https://my.example.com/manager/billmgr"
                                            << "https://my.example.com/manager/billmgr" << false;
        QTest::newRow("explicit port kept") << "https://10.0.0.5:8443"
                                            << "https://10.0.0.5:8443/billmgr" << false;
        QTest::newRow("port and path") << "https://h.example:1500/billmgr/"
                                       << "https://h.example:1500/billmgr" << false;
        QTest::newRow("upper case") << "HTTPS://Billing.Example.COM"
                                    << "https://billing.example.com:1500/billmgr" << false;
        QTest::newRow("spaces around") << "  https://h.example  "
                                       << "https://h.example:1500/billmgr" << false;
        QTest::newRow("http warns") << "http://127.0.0.1:8080/billmgr"
                                    << "http://127.0.0.1:8080/billmgr" << true;
        QTest::newRow("ipv6") << "https://[::1]:1500"
                              << "https://[::1]:1500/billmgr" << false;
    }
    void normalise()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(bool, warns);
        const UrlCheck check = Account::normaliseUrl(input);
        QVERIFY2(check.ok(), qPrintable(check.error));
        QCOMPARE(check.url.toString(), expected);
        QCOMPARE(!check.warning.isEmpty(), warns);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mentions"); // a word the message must contain, so it says what is wrong
        QTest::newRow("empty") << ""
                               << "Enter the server address";
        QTest::newRow("blank") << "   "
                               << "Enter the server address";
        QTest::newRow("ftp") << "ftp://h.example"
                             << "ftp";
        QTest::newRow("space inside") << "https://bill ing.example"
                                      << "spaces";
        QTest::newRow("credentials inside") << "https://admin:secret@h.example"
                                            << "user name or password";
        QTest::newRow("query") << "https://h.example/billmgr?func=auth"
                               << "?";
        QTest::newRow("no host") << "https://:1500/billmgr"
                                 << "host";
    }
    void rejects()
    {
        QFETCH(QString, input);
        QFETCH(QString, mentions);
        const UrlCheck check = Account::normaliseUrl(input);
        QVERIFY(!check.ok());
        QVERIFY2(check.error.contains(mentions), qPrintable(check.error));
        QVERIFY(!check.error.contains(QLatin1String("secret")));
    }

    void validate()
    {
        Account a = Account::create();
        QVERIFY(!a.id.isEmpty());
        QList<Account::Issue> issues = a.validate();
        auto has = [&issues](Account::Field f) {
            return std::any_of(issues.cbegin(), issues.cend(),
                [f](const Account::Issue &i) { return i.field == f && i.isError; });
        };
        QVERIFY(has(Account::Field::Name));
        QVERIFY(has(Account::Field::Url));
        QVERIFY(has(Account::Field::Username));
        QVERIFY(!a.isValid());

        a.name = QStringLiteral("Prod");
        a.baseUrl = Account::normaliseUrl(QStringLiteral("h.example")).url;
        a.username = QStringLiteral("admin");
        issues = a.validate();
        QVERIFY(issues.isEmpty());
        QVERIFY(a.isValid());

        a.language = QStringLiteral("english please");
        issues = a.validate();
        QVERIFY(has(Account::Field::Language));
        a.language = QStringLiteral("ru");
        QVERIFY(a.isValid());

        a.method = LoginMethod::AuthInfo;
        a.username = QStringLiteral("ad:min");
        issues = a.validate();
        QVERIFY(has(Account::Field::Username));

        // http:// is a warning, not an error: the account can be saved.
        a.username = QStringLiteral("admin");
        a.baseUrl = Account::normaliseUrl(QStringLiteral("http://127.0.0.1:8080/billmgr")).url;
        issues = a.validate();
        QCOMPARE(issues.size(), 1);
        QVERIFY(!issues.first().isError);
        QCOMPARE(issues.first().field, Account::Field::Url);
        QVERIFY(a.isValid());
    }

    void credentialKey()
    {
        Account a = Account::create();
        a.username = QStringLiteral("admin");
        a.baseUrl = Account::normaliseUrl(QStringLiteral("https://h.example")).url;
        QCOMPARE(a.credentialKey(), QStringLiteral("admin@h.example:") + a.id);
        QVERIFY(!a.credentialKey().contains(QLatin1Char('{')));
    }

    void tags()
    {
        for (EnvironmentTag t : { EnvironmentTag::None, EnvironmentTag::Production, EnvironmentTag::Staging,
                 EnvironmentTag::Test }) {
            QCOMPARE(Account::tagFromKey(Account::tagKey(t)), t);
            QVERIFY(!Account::tagName(t).isEmpty());
        }
        QCOMPARE(Account::tagColorName(EnvironmentTag::Production), QStringLiteral("#d32f2f"));
        QVERIFY(Account::tagColorName(EnvironmentTag::None).isEmpty());
        QCOMPARE(Account::methodFromKey(Account::methodKey(LoginMethod::AuthInfo)), LoginMethod::AuthInfo);
        QCOMPARE(Account::methodFromKey(QStringLiteral("garbage")), LoginMethod::Session);
    }
};

QTEST_GUILESS_MAIN(TestAccount)
#include "tst_account.moc"
