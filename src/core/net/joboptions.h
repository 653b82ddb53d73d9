#pragma once

#include <QString>

namespace mgrdesk::net {

struct JobOptions
{
    QString su;                  // run as this user (adds su=); empty = none; never leaks into other requests
    bool noDefaultSu = false;    // ignore ConnectionSettings::defaultSu
    int timeoutMs = 0;           // 0 = connection default
    bool backgroundParse = true; // parse big replies on a worker thread
};

} // namespace mgrdesk::net
