#pragma once
// The terminal side of mgrdesk-cli: is a stream a terminal, and reading a secret without echo.

#include <QString>

#include <optional>

namespace mgrdesk::cli {

class Terminal
{
public:
    static bool stdinIsTerminal();
    static bool stdoutIsTerminal();
    static bool stderrIsTerminal();
    // Prints `prompt` on the terminal (stderr) and reads one line with echo off; nullopt at end of input.
    static std::optional<QString> readSecret(const QString &prompt);
    // One line from standard input (a pipe or a file), without the line end; nullopt when there is none.
    static std::optional<QString> readLine();
    // Where the password comes from when the keychain has none: MGRDESK_PASSWORD, else a prompt without echo
    // on a terminal, else the first line of standard input. nullopt when none of these gives one.
    static std::optional<QString> password(const QString &prompt);
};

} // namespace mgrdesk::cli
