#include "commandlinetext.h"

#include <QRegularExpression>

namespace mgrdesk::links {

namespace {

const QLatin1String kMask("*****");

bool isAuthentication(const QString &name)
{
    return name == QLatin1String("auth") || name == QLatin1String("authinfo")
        || name == QLatin1String("billmgrses5");
}

QStringList paramWords(const protocol::Request &request, bool keepOut)
{
    QStringList words;
    for (const protocol::Request::Param &p : request.params()) {
        if (isAuthentication(p.first) || p.first == QLatin1String("su") || p.first == QLatin1String("func")
            || (!keepOut && p.first == QLatin1String("out")))
            continue;
        const QString value = request.isSecret(p.first) && !p.second.isEmpty() ? QString(kMask) : p.second;
        words.append(CommandLineText::shellQuote(p.first + QLatin1Char('=') + value));
    }
    return words;
}

} // namespace

QString CommandLineText::shellQuote(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (!word.isEmpty() && plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString CommandLineText::moduleFor(const QUrl &baseUrl)
{
    static const QRegularExpression module(QStringLiteral("^[a-z][a-z0-9]*mgr$"));
    const QString last = baseUrl.path().section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
    return module.match(last).hasMatch() ? last : QStringLiteral("billmgr");
}

QString CommandLineText::mgrctl(const protocol::Request &request, const QUrl &baseUrl, const QString &su)
{
    QStringList words { QStringLiteral("mgrctl"), QStringLiteral("-m"), moduleFor(baseUrl),
        shellQuote(request.function()) };
    words += paramWords(request, true);
    if (!su.isEmpty())
        words.append(shellQuote(QStringLiteral("su=") + su));
    return words.join(QLatin1Char(' '));
}

QString CommandLineText::mgrdeskCli(
    const protocol::Request &request, const QUrl &baseUrl, const QString &user, const QString &su)
{
    QStringList words { QStringLiteral("mgrdesk-cli"), QStringLiteral("call"), QStringLiteral("--url"),
        shellQuote(baseUrl.toString(QUrl::RemoveUserInfo)), QStringLiteral("--user"), shellQuote(user) };
    if (!su.isEmpty())
        words << QStringLiteral("--su") << shellQuote(su);
    words.append(shellQuote(request.function()));
    words += paramWords(request, false);
    return words.join(QLatin1Char(' '));
}

} // namespace mgrdesk::links
