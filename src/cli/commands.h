#pragma once
// mgrdesk-cli subcommands. Each takes the arguments after its name and returns the process exit status.
// Exit statuses: 0 success; 2 the input could not be read or is not an API reply; 64 usage error.

#include <QStringList>

namespace mgrdesk::cli {

constexpr int kExitOk = 0;
constexpr int kExitBadInput = 2;
constexpr int kExitUsage = 64;

struct Command
{
    const char *name;
    const char *synopsis;
    int (*run)(const QStringList &args);
};

int runDecode(const QStringList &args);

} // namespace mgrdesk::cli
