#include "logging.h"

namespace mgrdesk::accounts {
Q_LOGGING_CATEGORY(lcAccounts, "mgrdesk.accounts")
Q_LOGGING_CATEGORY(lcCreds, "mgrdesk.creds")
} // namespace mgrdesk::accounts
