#pragma once
// What LinkImporter made of a pasted web-interface URL, a billmgr.log line or a mgrdesk: link.

#include "core/protocol/request.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace mgrdesk::links {

struct ImportedLink
{
    enum class Source { None, WebUrl, LogLine, Query };

    Source source = Source::None;
    // scheme://host:port/path of a web URL (no query, no user info); empty for log lines and bare queries,
    // whose server the caller must choose.
    QUrl server;
    protocol::Request request; // rebuilt as the API guide says: noise, authentication, out and su removed
    QString su; // su= of the link (not part of request)
    // Parameters whose value the log hid ("*"): they stay in `request` with the value "*" and must be asked.
    QStringList askFor;
    QStringList dropped; // names removed from the link (noise, session, out), for display
    QStringList warnings; // translated, one sentence each (e.g. a password found in the URL was ignored)
    // From a log line: "Feb  6 08:08:07", "188.120.252.33", "root" (empty otherwise).
    QString logTime, logAddress, logUser;
    QString error; // translated, one sentence; non-empty: nothing usable was found

    bool ok() const { return error.isEmpty(); }
    bool needsInput() const { return !askFor.isEmpty(); }
};

} // namespace mgrdesk::links
