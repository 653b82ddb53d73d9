#include "account.h"

#include <QRegularExpression>
#include <QUuid>

namespace mgrdesk::accounts {

namespace {
constexpr int DefaultPort = 1500;
const QString &defaultPath()
{
    static const QString path = QStringLiteral("/billmgr");
    return path;
}
} // namespace

Account Account::create()
{
    Account a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return a;
}

QString Account::credentialKey() const
{
    return username + QLatin1Char('@') + host() + QLatin1Char(':') + id;
}

UrlCheck Account::normaliseUrl(const QString &text)
{
    UrlCheck check;
    QString input = text.trimmed();
    if (input.isEmpty()) {
        check.error = tr("Enter the server address, for example https://billing.example.com:1500/billmgr.");
        return check;
    }
    if (input.contains(QRegularExpression(QStringLiteral("\\s")))) {
        check.error = tr("The server address must not contain spaces.");
        return check;
    }
    // No scheme typed ("billing.example.com" or "10.0.0.5:1500"): HTTPS is what panels speak.
    if (!input.contains(QLatin1String("://")))
        input.prepend(QLatin1String("https://"));

    QUrl url(input, QUrl::StrictMode);
    if (!url.isValid()) {
        check.error = tr("“%1” is not a valid server address.").arg(text.trimmed());
        return check;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        check.error = tr("The server address must start with https:// (the scheme “%1” is not supported).")
                          .arg(url.scheme());
        return check;
    }
    if (url.host().isEmpty()) {
        check.error = tr("The server address has no host name.");
        return check;
    }
    if (!url.userInfo().isEmpty()) {
        check.error = tr("Do not put a user name or password in the server address; use the fields below.");
        return check;
    }
    if (url.hasQuery() || url.hasFragment()) {
        check.error = tr("The server address must not contain “?” or “#”; enter only the panel's address.");
        return check;
    }
    url.setScheme(scheme);
    url.setHost(url.host().toLower());

    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.isEmpty()) {
        // Bare host: the panel's usual place. An explicit port is kept (a proxy on 443, say).
        path = defaultPath();
        if (url.port() < 0)
            url.setPort(DefaultPort);
    }
    url.setPath(path);
    if (scheme == QLatin1String("https") && url.port() == 443)
        url.setPort(-1);
    if (scheme == QLatin1String("http") && url.port() == 80)
        url.setPort(-1);

    if (scheme == QLatin1String("http"))
        check.warning = tr("This address is not encrypted (http://): your password and data will cross the "
                           "network in clear text. Use https:// unless the server is on this computer.");
    check.url = url;
    return check;
}

QList<Account::Issue> Account::validate() const
{
    QList<Issue> errors;
    QList<Issue> warnings;
    if (name.trimmed().isEmpty())
        errors.append({ Field::Name, true, tr("Give the account a name.") });

    if (baseUrl.isEmpty()) {
        errors.append({ Field::Url, true, normaliseUrl(QString()).error });
    } else {
        const UrlCheck check = normaliseUrl(baseUrl.toString());
        if (!check.ok())
            errors.append({ Field::Url, true, check.error });
        else if (!check.warning.isEmpty())
            warnings.append({ Field::Url, false, check.warning });
    }

    if (username.trimmed().isEmpty())
        errors.append({ Field::Username, true, tr("Enter the user name to log in with.") });
    else if (username != username.trimmed())
        errors.append({ Field::Username, true, tr("The user name must not begin or end with a space.") });
    else if (method == LoginMethod::AuthInfo && username.contains(QLatin1Char(':')))
        errors.append({ Field::Username, true,
            tr("With the “authinfo” login method the user name must not contain “:”.") });

    static const QRegularExpression langRe(QStringLiteral("^[a-z]{2,3}([_-][A-Za-z]{2,4})?$"));
    if (!language.isEmpty() && !langRe.match(language).hasMatch())
        errors.append({ Field::Language, true,
            tr("“%1” is not a language code; use a code such as “en” or “ru”, or leave it empty.")
                .arg(language) });

    if (!defaultSu.isEmpty() && defaultSu.contains(QRegularExpression(QStringLiteral("\\s"))))
        errors.append({ Field::DefaultSu, true, tr("The user to act as must not contain spaces.") });

    return errors + warnings;
}

bool Account::isValid() const
{
    const QList<Issue> issues = validate();
    for (const Issue &issue : issues) {
        if (issue.isError)
            return false;
    }
    return true;
}

QString Account::tagName(EnvironmentTag tag)
{
    switch (tag) {
    case EnvironmentTag::None:
        return tr("No tag");
    case EnvironmentTag::Production:
        return tr("Production");
    case EnvironmentTag::Staging:
        return tr("Staging");
    case EnvironmentTag::Test:
        return tr("Test");
    }
    return QString();
}

QString Account::tagColorName(EnvironmentTag tag)
{
    switch (tag) {
    case EnvironmentTag::None:
        return QString();
    case EnvironmentTag::Production:
        return QStringLiteral("#d32f2f"); // red
    case EnvironmentTag::Staging:
        return QStringLiteral("#ffa000"); // amber
    case EnvironmentTag::Test:
        return QStringLiteral("#388e3c"); // green
    }
    return QString();
}

QString Account::tagKey(EnvironmentTag tag)
{
    switch (tag) {
    case EnvironmentTag::None:
        return QStringLiteral("none");
    case EnvironmentTag::Production:
        return QStringLiteral("production");
    case EnvironmentTag::Staging:
        return QStringLiteral("staging");
    case EnvironmentTag::Test:
        return QStringLiteral("test");
    }
    return QStringLiteral("none");
}

EnvironmentTag Account::tagFromKey(const QString &key)
{
    if (key == QLatin1String("production"))
        return EnvironmentTag::Production;
    if (key == QLatin1String("staging"))
        return EnvironmentTag::Staging;
    if (key == QLatin1String("test"))
        return EnvironmentTag::Test;
    return EnvironmentTag::None;
}

QString Account::methodName(LoginMethod method)
{
    switch (method) {
    case LoginMethod::Session:
        return tr("Session (log in once)");
    case LoginMethod::AuthInfo:
        return tr("Credentials on every request (authinfo)");
    }
    return QString();
}

QString Account::methodKey(LoginMethod method)
{
    return method == LoginMethod::AuthInfo ? QStringLiteral("authinfo") : QStringLiteral("session");
}

LoginMethod Account::methodFromKey(const QString &key)
{
    return key == QLatin1String("authinfo") ? LoginMethod::AuthInfo : LoginMethod::Session;
}

bool Account::operator==(const Account &o) const
{
    return id == o.id && name == o.name && baseUrl == o.baseUrl && username == o.username
        && method == o.method && language == o.language && tag == o.tag && defaultSu == o.defaultSu
        && pinnedCertificatePem == o.pinnedCertificatePem && order == o.order
        && plainHttpConfirmed == o.plainHttpConfirmed;
}

} // namespace mgrdesk::accounts
