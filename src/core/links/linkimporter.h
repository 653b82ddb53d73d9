#pragma once
// Turns what a user pastes or what the desktop hands over into a request: a URL copied from the web interface
// (`https://host:1500/billmgr?func=payment.edit&elid=1256&elname=pfx%2F1256&plid=334`,
// `…?startform=ticket.edit &elid=N`), a line of the server's log (`… INFO Request [ip][user] 'func=…&…'`), a
// bare query string, or a `mgrdesk:` link wrapping one of them (`mgrdesk://open?url=…`, `mgrdesk:https://…`).
// Pure functions, no I/O: every input is untrusted (docs/cli.md, "Links").

#include "core/accounts/account.h"
#include "importedlink.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mgrdesk::links {

class LinkImporter
{
    Q_DECLARE_TR_FUNCTIONS(mgrdesk::links::LinkImporter)
public:
    static constexpr int MaxInputLength = 64 * 1024; // a longer paste is refused, not parsed

    static ImportedLink parse(const QString &text);

    // Accounts whose base URL has the same host (case-insensitive), port (scheme default when absent) and
    // path (trailing slashes ignored) as `server`. Empty `server` (a log line): none. Several: the caller
    // asks.
    static QList<accounts::Account> matchingAccounts(const QUrl &server, const QList<accounts::Account> &all);

    // True for text that starts with the mgrdesk: scheme.
    static bool isSchemeLink(const QString &text);

private:
    static ImportedLink parseWebUrl(const QString &text);
    static ImportedLink parseLogLine(const QString &text);
    static void parseQuery(const QString &query, bool fromLog, ImportedLink &link);
};

} // namespace mgrdesk::links
