#pragma once
// The decode contract (docs/cli.md) as one JSON object on one line, without the newline. Defined in
// decode.cpp (developer proto's) and shared with `call --format json`, so both print exactly the same
// objects.

#include "core/protocol/reply.h"

#include <QByteArray>

namespace mgrdesk::cli {

QByteArray toJson(const protocol::Reply &reply);

} // namespace mgrdesk::cli
