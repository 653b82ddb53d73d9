#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace mgrdesk::net {

// One line of the request log. Every field is already masked: no password, session id or key in it.
struct RequestLogEntry
{
    QDateTime time; // when the request was sent (UTC)
    QString accountId;
    QString function;
    QString parameters; // Request::toDisplayString() with secrets as *****
    qint64 durationMs = 0;
    int httpStatus = 0;
    QString status; // ApiResult::statusName()
    QString message; // error message, one line (empty when ok)
    qint64 bytes = 0; // reply size

    QString toLine() const; // one line for files and the console
};

} // namespace mgrdesk::net

Q_DECLARE_METATYPE(mgrdesk::net::RequestLogEntry)
