#pragma once
// Account (accounts layer) → ConnectionSettings (net layer). Lives above both layers so that neither has to
// know the other's types; the password is not part of either.

#include "core/accounts/account.h"
#include "core/net/connectionsettings.h"

#include <QString>

namespace mgrdesk::net {

net::ConnectionSettings connectionSettingsFor(const accounts::Account &account);

// "administrator (29)", "client (16)", …: the panel's access levels (docs/protocol.md §2), translated.
QString accessLevelName(int level);

} // namespace mgrdesk::net
