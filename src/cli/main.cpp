// mgrdesk-cli: the protocol core on the command line. `mgrdesk-cli COMMAND [ARGS…]`.
#include "commands.h"
#include "networkthreads.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <cstdio>

using namespace mgrdesk::cli;

namespace {

const Command kCommands[] = {
    { "decode", "decode [--format auto|xml|json] FILE", runDecode },
    { "call",
        "call [--account NAME | --url URL --user LOGIN] [--su LOGIN] [--lang xx] [--format text|csv|json]\n"
        "                   [--all] [--output FILE] [--cacert FILE] FUNC [name=value …]",
        runCall },
    { "accounts", "accounts list | add --name N --url URL --user LOGIN | remove NAME", runAccounts },
};

void printUsage(FILE *to)
{
    const QString header = QCoreApplication::translate("mgrdesk::cli", "usage:");
    std::fprintf(to, "%s\n", header.toLocal8Bit().constData());
    for (const Command &c : kCommands)
        std::fprintf(to, "  mgrdesk-cli %s\n", c.synopsis);
}

} // namespace

void mgrdesk::cli::reportError(const QString &message)
{
    const QString line = QStringLiteral("mgrdesk-cli: ") + message.simplified();
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    std::fflush(stderr);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mgrdesk-cli"));
    // The desktop app's identity (accounts, keychain service): mgrdesk-cli uses the app's stores.
    QCoreApplication::setOrganizationName(QStringLiteral("mgrdesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("mgrdesk.github.io"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MGRDESK_VERSION));
    // The core's diagnostics are for the app's log, not a script's stderr (QT_LOGGING_RULES still wins).
    QLoggingCategory::setFilterRules(QStringLiteral("mgrdesk.*.debug=false\nmgrdesk.*.info=false"));
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        printUsage(stderr);
        return kExitUsage;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("-h") || command == QLatin1String("--help")
        || command == QLatin1String("help")) {
        printUsage(stdout);
        return kExitOk;
    }
    if (command == QLatin1String("--version")) {
        std::printf("mgrdesk-cli %s\n", MGRDESK_VERSION);
        return kExitOk;
    }
    for (const Command &c : kCommands) {
        if (command == QLatin1String(c.name)) {
            const int code = c.run(args);
            // The command's connections are destroyed; their network threads may still be ending
            // (networkthreads.h). Normally they are gone already; the limit only keeps a stuck one from
            // holding the exit.
            waitForNetworkThreadsToEnd(std::chrono::seconds(5));
            return code;
        }
    }
    const QString message
        = QCoreApplication::translate("mgrdesk::cli", "mgrdesk-cli: unknown command “%1”").arg(command);
    std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
    printUsage(stderr);
    return kExitUsage;
}
