#pragma once
// A long operation's state (func=progress.get).

#include <QString>

#include <optional>

namespace mgrdesk::protocol {

struct ProgressData
{
    QString action, comment;
    qint64 start = 0, last = 0, now = 0;
    std::optional<int> steps, done;
};

} // namespace mgrdesk::protocol
