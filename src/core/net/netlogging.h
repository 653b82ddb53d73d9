#pragma once
// Logging category of the API service. Never log passwords, session ids or keys through it.

#include <QLoggingCategory>

namespace mgrdesk::net {
Q_DECLARE_LOGGING_CATEGORY(lcNet)
} // namespace mgrdesk::net
