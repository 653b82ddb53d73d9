#pragma once
// One server account: where, who, how. Passwords are never part of it (see CredentialStore).

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace mgrdesk::accounts {

enum class LoginMethod { Session, AuthInfo };

// A colour the user gives an account so that production is never mistaken for a test server.
enum class EnvironmentTag { None, Production, Staging, Test };

// Result of normalising what the user typed as the server address.
struct UrlCheck
{
    QUrl url; // normalised (valid only when error is empty)
    QString error; // translated; empty when the address is usable
    QString warning; // translated; e.g. unencrypted http://
    bool ok() const { return error.isEmpty(); }
};

struct Account
{
    Q_DECLARE_TR_FUNCTIONS(Account)
public:
    enum class Field { Name, Url, Username, Language, DefaultSu };
    struct Issue
    {
        Field field;
        bool isError; // false: a warning (the account can still be saved)
        QString message; // translated, one sentence
    };

    QString id; // uuid without braces; stable key in the store and the keychain
    QString name; // display name
    QUrl baseUrl; // normalised: https://host:1500/billmgr
    QString username;
    LoginMethod method = LoginMethod::Session;
    QString language; // "en", "ru", …; empty = the application's UI language
    EnvironmentTag tag = EnvironmentTag::None;
    QString defaultSu; // empty = none
    QByteArray pinnedCertificatePem; // the certificate the user chose to trust
    // A plain http:// account: the user confirmed (per account) that its password and session travel
    // unencrypted. Meaningless for https.
    bool plainHttpConfirmed = false;
    int order = 0;

    // A new account with a fresh uuid.
    static Account create();

    QString host() const { return baseUrl.host(); }
    // Keychain key: user@host:uuid (style.md "Credentials").
    QString credentialKey() const;

    // Every problem at once, errors first, so a dialog can mark all the fields.
    QList<Issue> validate() const;
    bool isValid() const;

    // `https://host` → `https://host:1500/billmgr`; an explicit path is kept; no scheme means https.
    static UrlCheck normaliseUrl(const QString &text);

    static QString tagName(EnvironmentTag tag); // translated
    static QString tagColorName(EnvironmentTag tag); // "#rrggbb", empty for None
    static QString tagKey(EnvironmentTag tag); // stable settings key: none, production, staging, test
    static EnvironmentTag tagFromKey(const QString &key);
    static QString methodName(LoginMethod method); // translated
    static QString methodKey(LoginMethod method); // stable settings key: session, authinfo
    static LoginMethod methodFromKey(const QString &key);

    bool operator==(const Account &other) const;
    bool operator!=(const Account &other) const { return !(*this == other); }
};

} // namespace mgrdesk::accounts

Q_DECLARE_METATYPE(mgrdesk::accounts::Account)
