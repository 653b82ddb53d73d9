#pragma once
// A login reply: the session id and the access level.

#include <QString>

#include <optional>

namespace mgrdesk::protocol {

struct AuthReply
{
    QString session; // @id, else element text
    std::optional<int> level; // @level when present and numeric
};

} // namespace mgrdesk::protocol
