#include "calloptions.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace mgrdesk::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mgrdesk::cli", text);
}

std::optional<OutputFormat> formatFromName(const QString &name)
{
    if (name == QLatin1String("text"))
        return OutputFormat::Text;
    if (name == QLatin1String("csv"))
        return OutputFormat::Csv;
    if (name == QLatin1String("json"))
        return OutputFormat::Json;
    return std::nullopt;
}

} // namespace

const char *CallOptions::synopsis()
{
    return "call [--account NAME | --url URL --user LOGIN] [--su LOGIN] [--lang xx]\n"
           "                   [--format text|csv|json] [--all] [--output FILE] [--cacert FILE]\n"
           "                   [--timeout SECONDS] [--settings FILE] FUNC [name=value …]";
}

OutputFormat CallOptions::effectiveFormat(bool stdoutIsTerminal) const
{
    if (format)
        return *format;
    if (!output.isEmpty()) {
        const QString suffix = QFileInfo(output).suffix().toLower();
        if (suffix == QLatin1String("csv"))
            return OutputFormat::Csv;
        if (suffix == QLatin1String("txt"))
            return OutputFormat::Text;
        return OutputFormat::Json;
    }
    return stdoutIsTerminal ? OutputFormat::Text : OutputFormat::Json;
}

std::optional<CallOptions> CallOptions::parse(const QStringList &args, QString *error)
{
    CallOptions o;
    QString function;
    const QStringList withValue { QStringLiteral("--account"), QStringLiteral("--url"),
        QStringLiteral("--user"), QStringLiteral("--su"), QStringLiteral("--lang"),
        QStringLiteral("--format"), QStringLiteral("--output"), QStringLiteral("--cacert"),
        QStringLiteral("--settings"), QStringLiteral("--timeout") };
    bool optionsDone = false;
    for (int i = 0; i < args.size(); ++i) {
        QString a = args.at(i);
        if (!optionsDone && a == QLatin1String("--")) {
            optionsDone = true;
            continue;
        }
        if (!optionsDone && a.startsWith(QLatin1String("--"))) {
            QString value;
            bool hasValue = false;
            const int eq = a.indexOf(QLatin1Char('='));
            if (eq > 0) {
                value = a.mid(eq + 1);
                a.truncate(eq);
                hasValue = true;
            }
            if (a == QLatin1String("--help")) {
                o.help = true;
                continue;
            }
            if (a == QLatin1String("--all")) {
                o.all = true;
                continue;
            }
            if (a.startsWith(QLatin1String("--pass")) || a == QLatin1String("--authinfo")) {
                *error = tr(
                    "there is no password option: the password comes from the keychain, MGRDESK_PASSWORD "
                    "or standard input");
                return std::nullopt;
            }
            if (!withValue.contains(a)) {
                *error = tr("unknown option “%1”").arg(a);
                return std::nullopt;
            }
            if (!hasValue) {
                if (i + 1 >= args.size()) {
                    *error = tr("%1 needs a value").arg(a);
                    return std::nullopt;
                }
                value = args.at(++i);
            }
            if (a == QLatin1String("--account"))
                o.account = value;
            else if (a == QLatin1String("--url"))
                o.url = value;
            else if (a == QLatin1String("--user"))
                o.user = value;
            else if (a == QLatin1String("--su"))
                o.su = value;
            else if (a == QLatin1String("--lang"))
                o.lang = value;
            else if (a == QLatin1String("--output"))
                o.output = value;
            else if (a == QLatin1String("--cacert"))
                o.caCert = value;
            else if (a == QLatin1String("--settings"))
                o.settings = value;
            else if (a == QLatin1String("--timeout")) {
                bool ok = false;
                o.timeoutSeconds = value.toInt(&ok);
                if (!ok || o.timeoutSeconds <= 0 || o.timeoutSeconds > 86400) {
                    *error = tr("--timeout takes a number of seconds (1–86400)");
                    return std::nullopt;
                }
            } else if (a == QLatin1String("--format")) {
                o.format = formatFromName(value);
                if (!o.format) {
                    *error = tr("unknown format “%1” (text, csv or json)").arg(value);
                    return std::nullopt;
                }
            }
            continue;
        }
        if (function.isEmpty()) {
            if (a.contains(QLatin1Char('=')) || a.startsWith(QLatin1Char('-'))) {
                *error = tr("the function comes first, then name=value parameters");
                return std::nullopt;
            }
            function = a;
            continue;
        }
        const int eq = a.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = tr("“%1” is not a name=value parameter").arg(a);
            return std::nullopt;
        }
        const QString name = a.left(eq);
        if (name == QLatin1String("func")) {
            *error = tr("give the function as the first argument, not as func=");
            return std::nullopt;
        }
        if (name == QLatin1String("auth") || name == QLatin1String("authinfo")
            || name == QLatin1String("billmgrses5")) {
            *error = tr("mgrdesk-cli logs in by itself: do not pass %1=").arg(name);
            return std::nullopt;
        }
        if (name == QLatin1String("su")) {
            *error = tr("use --su LOGIN instead of su=");
            return std::nullopt;
        }
        o.request.add(name, a.mid(eq + 1));
    }
    if (o.help)
        return o;
    if (function.isEmpty()) {
        *error = tr("no function given");
        return std::nullopt;
    }
    if (function == QLatin1String("auth")) {
        *error = tr("mgrdesk-cli logs in by itself: func=auth cannot be called");
        return std::nullopt;
    }
    o.request.setFunction(function);
    if (!o.account.isEmpty() && (!o.url.isEmpty() || !o.user.isEmpty())) {
        *error = tr("give either --account or --url with --user, not both");
        return std::nullopt;
    }
    if (o.account.isEmpty() && (o.url.isEmpty() || o.user.isEmpty())) {
        *error = tr("give --account NAME, or --url URL with --user LOGIN");
        return std::nullopt;
    }
    return o;
}

} // namespace mgrdesk::cli
