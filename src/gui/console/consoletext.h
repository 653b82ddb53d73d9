#pragma once
// Text helpers of the request console, no widgets: what the console copies ("Copy as URL", "Copy as curl"),
// how it reads a pasted query string, URL or server-log line, which requests are dangerous, and the raw
// view's pretty-printed rendering of a typed reply. Everything that leaves here is masked: secret parameters
// (Request::isSecret: password, authinfo, auth, key, …) become *****, a session id never appears.

#include "core/protocol/reply.h"
#include "core/protocol/request.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace mgrdesk::gui {

class ConsoleText
{
    Q_DECLARE_TR_FUNCTIONS(mgrdesk::gui::ConsoleText)
public:
    static QString mask(); // "*****"

    // A request without authentication parameters (auth, authinfo, billmgrses5): the connection adds them.
    static protocol::Request withoutAuthentication(const protocol::Request &request);
    // `out=xml` where Request::toFormBody() puts it (right after func) unless the request names an out: the
    // copies list the fields in the order they go on the wire.
    static protocol::Request withOut(const protocol::Request &request);

    // base?func=…&out=xml&…  (secrets masked, no session id, no user info in the URL). `wire` is the request
    // as the connection sends it without authentication (Connection::userRequest).
    static QString urlText(const QUrl &base, const protocol::Request &wire);
    // A POSIX shell curl command (POST, one --data-urlencode per field of Request::toFormBody(), in its
    // order). Authentication is an authinfo=USER:***** placeholder: the password stays out of the clipboard
    // and no session id is copied.
    static QString curlText(const QUrl &base, const protocol::Request &wire, const QString &username);
    // The fields of an application/x-www-form-urlencoded body, decoded, in order.
    static QList<protocol::Request::Param> formFields(const QByteArray &body);
    static QString shellQuote(const QString &text);

    // A pasted query string, web-interface URL or BILLmanager log line as an editor request: authentication
    // (auth, authinfo, billmgrses5) dropped, su moved to *su, a lang equal to `defaultLang` dropped (the
    // connection adds it anyway). Empty function and no params: nothing usable was found.
    static protocol::Request fromText(const QString &text, const QString &defaultLang, QString *su);

    // Whether the request changes data on the server: net::Connection::changesState (deletes, sok=ok, and
    // actions such as user.suspend), one rule for the console and the connection.
    static bool isDangerous(const protocol::Request &request);
    // A value hidden by a log (***** from ours, * from the server's log on a secret field): it must be
    // typed again before sending. Returns the first such parameter's name, or an empty string.
    static QString hiddenValueName(const protocol::Request &request);
    static bool isHiddenValue(const QString &name, const QString &value);
    // Secret values replaced by ***** (for the history: the console keeps no password).
    static protocol::Request masked(const protocol::Request &request);

    // The raw view: the reply as indented XML, rebuilt from the parsed reply (Connection hands out the
    // typed reply, not the body bytes). Secret cells and values masked, every string in `secrets` (the
    // session id) replaced. Stops after about maxChars characters; *truncated tells whether it did.
    static QString renderReply(
        const protocol::Reply &reply, const QStringList &secrets, int maxChars, bool *truncated = nullptr);
    static QString kindName(protocol::ReplyKind kind); // translated: "table", "error", …
    static QString sizeText(qint64 bytes); // "812 B", "1.4 KiB", "3.2 MiB"
};

} // namespace mgrdesk::gui
