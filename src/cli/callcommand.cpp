// mgrdesk-cli call: one API request (or every page of a list) through the app's core (docs/cli.md, "call").
#include "appstores.h"
#include "calloptions.h"
#include "callsession.h"
#include "commands.h"
#include "replyprinter.h"
#include "terminal.h"

#include "core/net/accountconnection.h"
#include "core/net/connection.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <cstdio>
#include <memory>

namespace mgrdesk::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mgrdesk::cli", text);
}

int usage(const QString &message)
{
    reportError(message);
    std::fprintf(stderr, "usage: mgrdesk-cli %s\n", CallOptions::synopsis());
    return kExitUsage;
}

// --cacert: these certificates become trusted authorities for this process (beside the system's).
bool addCaCertificates(const QString &path, QString *error)
{
    QList<QSslCertificate> certs = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certs.isEmpty())
        certs = QSslCertificate::fromPath(path, QSsl::Der);
    if (certs.isEmpty()) {
        *error = QFile::exists(path) ? tr("--cacert %1: no PEM or DER certificate in it").arg(path)
                                     : tr("--cacert %1: no such file").arg(path);
        return false;
    }
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.addCaCertificates(certs);
    QSslConfiguration::setDefaultConfiguration(c);
    return true;
}

} // namespace

int runCall(const QStringList &args)
{
    QString error;
    const std::optional<CallOptions> parsed = CallOptions::parse(args, &error);
    if (!parsed)
        return usage(error);
    const CallOptions &options = *parsed;
    if (options.help) {
        std::printf("usage: mgrdesk-cli %s\n", CallOptions::synopsis());
        return kExitOk;
    }
    if (!options.caCert.isEmpty() && !addCaCertificates(options.caCert, &error))
        return usage(error);

    net::ConnectionSettings settings;
    std::optional<QString> password;
    if (!options.account.isEmpty()) {
        AppStores stores(options.settings);
        const std::optional<accounts::Account> account = stores.find(options.account, &error);
        if (!account)
            return usage(error);
        settings = net::connectionSettingsFor(*account);
        const accounts::CredentialResult stored = stores.readPassword(*account);
        if (stored.ok() && !stored.password.isEmpty())
            password = stored.password;
        else if (stored.status != accounts::CredentialResult::Status::NotFound)
            reportError(tr("the keychain did not give the password (%1)").arg(stored.message));
        if (!password)
            password = Terminal::password(tr("Password for %1@%2: ").arg(account->username, account->host()));
    } else {
        const accounts::UrlCheck check = accounts::Account::normaliseUrl(options.url);
        if (!check.ok())
            return usage(QStringLiteral("--url: ") + check.error);
        settings.accountId = QStringLiteral("cli");
        settings.baseUrl = check.url;
        settings.username = options.user;
        // The app's trust in that server: a saved account with this URL and user lends its pinned certificate
        // (not its password: that comes from MGRDESK_PASSWORD or standard input, as for any --url).
        AppStores stores(options.settings);
        for (const accounts::Account &a : stores.accounts().accounts()) {
            if (a.baseUrl == check.url && a.username == options.user && !a.pinnedCertificatePem.isEmpty()) {
                settings.pinnedCertificatePem = a.pinnedCertificatePem;
                break;
            }
        }
        password = Terminal::password(tr("Password for %1@%2: ").arg(options.user, check.url.host()));
    }
    if (!password)
        return usage(tr("no password: none is stored for this account; set MGRDESK_PASSWORD or give it on "
                        "standard input"));
    if (!options.lang.isEmpty())
        settings.lang = options.lang;

    const OutputFormat format
        = options.effectiveFormat(Terminal::stdoutIsTerminal() && options.output.isEmpty());
    CallOptions effective = options;
    // Text and CSV ask for the list metadata: the column titles and the full column set before any row.
    if (format != OutputFormat::Json && !effective.request.has(QStringLiteral("out")))
        effective.request.add(QStringLiteral("out"), QStringLiteral("devel"));
    const QString su = options.su.isEmpty() ? settings.defaultSu : options.su;
    if (!su.isEmpty())
        reportError(tr("acting as %1 (su)").arg(su));

    std::unique_ptr<QIODevice> out;
    if (options.output.isEmpty()) {
        auto file = std::make_unique<QFile>();
        file->open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle);
        out = std::move(file);
    } else {
        auto file = std::make_unique<QSaveFile>(options.output);
        if (!file->open(QIODevice::WriteOnly)) {
            reportError(tr("cannot write %1: %2").arg(options.output, file->errorString()));
            return kExitBadInput;
        }
        out = std::move(file);
    }

    net::Connection connection(settings);
    connection.setPassword(*password);
    password->fill(QLatin1Char(' '));
    ReplyPrinter printer(format, out.get());
    CallSession session(&connection, effective, format, &printer);
    QEventLoop loop;
    QObject::connect(&session, &CallSession::done, &loop, &QEventLoop::quit);
    session.start();
    if (!session.isDone())
        loop.exec();
    int code = session.exitCode();

    if (auto *save = qobject_cast<QSaveFile *>(out.get())) {
        // Atomic: the file appears complete, or (any failure) is left exactly as it was.
        if (code == kExitOk) {
            if (!save->commit()) {
                reportError(tr("cannot write %1: %2").arg(options.output, save->errorString()));
                code = kExitBadInput;
            }
        } else {
            save->cancelWriting();
            save->commit();
        }
    } else {
        static_cast<QFile *>(out.get())->flush();
    }
    if (!connection.sessionId().isEmpty()) {
        // End the server session rather than leave it open for an hour; its answer does not change the
        // outcome.
        protocol::Request logout(QStringLiteral("session.delete"));
        logout.setElid(connection.sessionId());
        logout.markPrivate(QStringLiteral("elid"));
        net::JobOptions jobOptions;
        jobOptions.noDefaultSu = true;
        jobOptions.changesState = false; // ending a session twice is harmless (docs/net.md)
        jobOptions.timeoutMs = 5000;
        net::ApiJob *job = connection.send(logout, &connection, jobOptions);
        QEventLoop wait;
        QObject::connect(job, &net::ApiJob::finished, &wait, &QEventLoop::quit);
        wait.exec();
    }
    return code;
}

} // namespace mgrdesk::cli
