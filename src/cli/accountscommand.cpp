// mgrdesk-cli accounts list | add | remove: the desktop app's accounts and their keychain passwords.
#include "appstores.h"
#include "commands.h"
#include "jsonwriter.h"
#include "replyprinter.h"
#include "terminal.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslCertificate>

#include <cstdio>

namespace mgrdesk::cli {

namespace {

using accounts::Account;
using accounts::CredentialResult;

const char kSynopsis[]
    = "accounts list [--format text|json] | add --name N --url URL --user LOGIN [--su LOGIN] "
      "[--lang xx] | remove NAME   [--settings FILE]";

QString tr(const char *text)
{
    return QCoreApplication::translate("mgrdesk::cli", text);
}

int usage(const QString &message)
{
    reportError(message);
    std::fprintf(stderr, "usage: mgrdesk-cli %s\n", kSynopsis);
    return kExitUsage;
}

void writeOut(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
}

QString passwordState(const CredentialResult &r)
{
    switch (r.status) {
    case CredentialResult::Status::Ok:
        return QStringLiteral("stored");
    case CredentialResult::Status::NotFound:
        return QStringLiteral("none");
    case CredentialResult::Status::Unavailable:
    case CredentialResult::Status::Failed:
        break;
    }
    return QStringLiteral("unknown");
}

QString certificateFingerprint(const Account &a)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromData(a.pinnedCertificatePem, QSsl::Pem);
    if (certs.isEmpty())
        return QString();
    return QString::fromLatin1(certs.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

int list(AppStores &stores, bool json)
{
    const QList<Account> all = stores.accounts().accounts();
    QList<QStringList> rows;
    for (const Account &a : all) {
        const CredentialResult r = stores.readPassword(a);
        rows.append({ a.name, a.baseUrl.toString(), a.username, passwordState(r), certificateFingerprint(a),
            a.defaultSu });
        if (json) {
            JsonWriter w;
            w.beginObject();
            w.key(QStringLiteral("name")).value(a.name);
            w.key(QStringLiteral("url")).value(a.baseUrl.toString());
            w.key(QStringLiteral("user")).value(a.username);
            w.key(QStringLiteral("method")).value(Account::methodKey(a.method));
            w.key(QStringLiteral("su")).stringOrNull(a.defaultSu);
            w.key(QStringLiteral("password")).value(rows.back().at(3));
            w.key(QStringLiteral("certificate")).stringOrNull(rows.back().at(4));
            w.endObject();
            writeOut(QString::fromUtf8(w.data()) + QLatin1Char('\n'));
        }
    }
    if (json)
        return kExitOk;
    if (all.isEmpty()) {
        reportError(tr("no accounts yet (mgrdesk-cli accounts add, or the app's Accounts window)"));
        return kExitOk;
    }
    const QStringList header { tr("NAME"), tr("URL"), tr("USER"), tr("PASSWORD"),
        tr("PINNED CERTIFICATE (SHA-256)") };
    QList<int> widths;
    for (int c = 0; c < header.size(); ++c) {
        int w = int(header.at(c).size());
        for (const QStringList &r : std::as_const(rows))
            w = qMax(w, int(ReplyPrinter::printable(r.at(c)).size()));
        widths.append(w);
    }
    const auto line = [&widths](const QStringList &cells) {
        QString text;
        for (int c = 0; c < widths.size(); ++c) {
            const QString cell = ReplyPrinter::printable(cells.at(c));
            text += c + 1 < widths.size() ? cell.leftJustified(widths.at(c) + 2) : cell;
        }
        return text.trimmed() + QLatin1Char('\n');
    };
    writeOut(line(header));
    for (const QStringList &r : std::as_const(rows))
        writeOut(line(r));
    return kExitOk;
}

int add(AppStores &stores, const QStringList &args)
{
    Account a = Account::create();
    QString url;
    for (int i = 0; i < args.size(); ++i) {
        const QString &o = args.at(i);
        if (o.startsWith(QLatin1String("--pass")))
            return usage(tr("there is no password option: it is asked for (or read from MGRDESK_PASSWORD or "
                            "standard input)"));
        if (i + 1 >= args.size())
            return usage(tr("%1 needs a value").arg(o));
        const QString v = args.at(++i);
        if (o == QLatin1String("--name"))
            a.name = v.trimmed();
        else if (o == QLatin1String("--url"))
            url = v;
        else if (o == QLatin1String("--user"))
            a.username = v.trimmed();
        else if (o == QLatin1String("--su"))
            a.defaultSu = v.trimmed();
        else if (o == QLatin1String("--lang"))
            a.language = v.trimmed();
        else
            return usage(tr("unknown option “%1”").arg(o));
    }
    const accounts::UrlCheck check = Account::normaliseUrl(url);
    if (!check.ok())
        return usage(QStringLiteral("--url: ") + check.error);
    a.baseUrl = check.url;
    for (const Account::Issue &issue : a.validate()) {
        if (issue.isError)
            return usage(issue.message);
    }
    for (const Account &other : stores.accounts().accounts()) {
        if (other.name.compare(a.name, Qt::CaseInsensitive) == 0)
            return usage(tr("an account named “%1” exists already").arg(other.name));
    }
    const std::optional<QString> password
        = Terminal::password(tr("Password for %1@%2: ").arg(a.username, a.host()));
    if (!password)
        return usage(tr("no password given (type it at the prompt, or set MGRDESK_PASSWORD, or pipe it on "
                        "standard input)"));
    const CredentialResult written = stores.writePassword(a, *password);
    if (!written.ok()) {
        reportError(tr("the keychain did not store the password, so the account was not added: %1")
                        .arg(written.message));
        return kExitServerError;
    }
    if (!stores.accounts().add(a)) {
        stores.removePassword(a);
        reportError(tr("cannot write the settings file %1").arg(stores.accounts().fileName()));
        return kExitServerError;
    }
    if (!check.warning.isEmpty())
        reportError(check.warning);
    writeOut(
        tr("added %1 (%2@%3); the password is in the keychain").arg(a.name, a.username, a.baseUrl.toString())
        + QLatin1Char('\n'));
    return kExitOk;
}

int remove(AppStores &stores, const QString &name)
{
    QString error;
    const std::optional<Account> a = stores.find(name, &error);
    if (!a)
        return usage(error);
    const CredentialResult removed = stores.removePassword(*a);
    if (!removed.ok() && removed.status != CredentialResult::Status::NotFound)
        reportError(tr("the keychain did not remove the password: %1").arg(removed.message));
    if (!stores.accounts().remove(a->id)) {
        reportError(tr("cannot write the settings file %1").arg(stores.accounts().fileName()));
        return kExitServerError;
    }
    writeOut(tr("removed %1").arg(a->name) + QLatin1Char('\n'));
    return kExitOk;
}

} // namespace

int runAccounts(const QStringList &arguments)
{
    QStringList args = arguments;
    QString settings;
    bool json = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--settings") || args.at(i) == QLatin1String("--format")) {
            if (i + 1 >= args.size())
                return usage(tr("%1 needs a value").arg(args.at(i)));
            const QString option = args.takeAt(i);
            const QString value = args.takeAt(i);
            if (option == QLatin1String("--settings")) {
                settings = value;
            } else if (value == QLatin1String("json") || value == QLatin1String("text")) {
                json = value == QLatin1String("json");
            } else {
                return usage(tr("unknown format “%1” (text or json)").arg(value));
            }
            --i;
        }
    }
    if (args.isEmpty())
        return usage(tr("accounts needs list, add or remove"));
    const QString action = args.takeFirst();
    if (action == QLatin1String("--help")) {
        std::printf("usage: mgrdesk-cli %s\n", kSynopsis);
        return kExitOk;
    }
    AppStores stores(settings);
    if (action == QLatin1String("list")) {
        if (!args.isEmpty())
            return usage(tr("unknown option “%1”").arg(args.first()));
        return list(stores, json);
    }
    if (action == QLatin1String("add"))
        return add(stores, args);
    if (action == QLatin1String("remove")) {
        if (args.size() != 1)
            return usage(tr("accounts remove takes one account name"));
        return remove(stores, args.first());
    }
    return usage(tr("unknown accounts action “%1” (list, add or remove)").arg(action));
}

} // namespace mgrdesk::cli
