#pragma once
// Logging categories of the accounts layer.

#include <QLoggingCategory>

namespace mgrdesk::accounts {
Q_DECLARE_LOGGING_CATEGORY(lcAccounts) // "mgrdesk.accounts"
Q_DECLARE_LOGGING_CATEGORY(lcCreds) // "mgrdesk.creds"
} // namespace mgrdesk::accounts
