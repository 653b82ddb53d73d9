#include "netlogging.h"

namespace mgrdesk::net {
Q_LOGGING_CATEGORY(lcNet, "mgrdesk.net", QtWarningMsg)
} // namespace mgrdesk::net
