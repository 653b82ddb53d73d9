#pragma once
// mgrdesk-cli subcommands. Each takes the arguments after its name and returns the process exit status.
// Exit statuses (docs/cli.md): 0 success; 1 the server answered an error; 2 the input could not be read or is
// not an API reply; 3 network or TLS failure; 64 usage error.

#include <QStringList>

namespace mgrdesk::cli {

constexpr int kExitOk = 0;
constexpr int kExitServerError = 1;
constexpr int kExitBadInput = 2;
constexpr int kExitNetwork = 3;
constexpr int kExitUsage = 64;

struct Command
{
    const char *name;
    const char *synopsis;
    int (*run)(const QStringList &args);
};

int runDecode(const QStringList &args);
int runCall(const QStringList &args);
int runAccounts(const QStringList &args);

// "mgrdesk-cli: MESSAGE" on stderr, on one line (main.cpp).
void reportError(const QString &message);

} // namespace mgrdesk::cli
