#pragma once
// A request as a shell command line: `mgrctl -m billmgr FUNC name=value …` (run on the server itself) and
// `mgrdesk-cli call --url URL --user LOGIN FUNC name=value …` (run anywhere with mgrdesk's trust and
// keychain). Secrets are ***** (as Request::toDisplayString() masks them); authentication parameters are left
// out; every word is quoted for a POSIX shell when it needs it.

#include "core/protocol/request.h"

#include <QString>
#include <QUrl>

namespace mgrdesk::links {

class CommandLineText
{
public:
    static QString shellQuote(const QString &word);
    // The panel's mgrctl module from the base URL's path: /billmgr → billmgr, /ispmgr → ispmgr; else billmgr.
    static QString moduleFor(const QUrl &baseUrl);
    static QString mgrctl(
        const protocol::Request &request, const QUrl &baseUrl, const QString &su = QString());
    static QString mgrdeskCli(const protocol::Request &request, const QUrl &baseUrl, const QString &user,
        const QString &su = QString());
};

} // namespace mgrdesk::links
