#pragma once
// The command line of `mgrdesk-cli call` (docs/cli.md, "call"). Parsing only: no I/O.

#include "replyprinter.h"

#include "core/protocol/request.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace mgrdesk::cli {

struct CallOptions
{
    QString account; // --account NAME
    QString url, user; // --url URL --user LOGIN
    QString su, lang;
    std::optional<OutputFormat> format; // unset: text on a terminal, else by --output's extension, else json
    bool all = false;
    QString output; // --output FILE
    QString caCert; // --cacert FILE
    QString settings; // --settings FILE (the app's accounts file; tests)
    int timeoutSeconds = 0; // --timeout SECONDS; 0: the connection's default
    protocol::Request request; // FUNC name=value …
    bool help = false;

    // Parses; on a usage error returns nullopt and sets *error (translated, one line).
    static std::optional<CallOptions> parse(const QStringList &args, QString *error);
    static const char *synopsis();
    // The format to use when --format was not given.
    OutputFormat effectiveFormat(bool stdoutIsTerminal) const;
};

} // namespace mgrdesk::cli
