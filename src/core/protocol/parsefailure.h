#pragma once
// Why a body is not an API reply.

#include <QString>

#include <QtGlobal>

namespace mgrdesk::protocol {

// Parse failure: not an API reply (HTML page, empty body, malformed XML/JSON, truncated, too big, too deep).
struct ParseFailure
{
    enum class Reason { Empty, Html, Malformed, Truncated, TooLarge, TooDeep, UnknownShape };
    Reason reason = Reason::UnknownShape;
    QString message; // translated, one line, with line:column when known
    qint64 line = 0, column = 0; // 1-based; 0 when unknown. Columns count bytes.
    bool insideDocument = false; // a well-formed <doc> was read (UnknownShape: its content)
};

} // namespace mgrdesk::protocol
