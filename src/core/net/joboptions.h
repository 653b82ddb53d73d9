#pragma once

#include <QString>

#include <optional>

namespace mgrdesk::net {

struct JobOptions
{
    QString su; // run as this user (adds su=); empty = none; never leaks into other requests
    bool noDefaultSu = false; // ignore ConnectionSettings::defaultSu
    int timeoutMs = 0; // 0 = connection default
    bool backgroundParse = true; // parse big replies on a worker thread
    // Does the request change something on the server? Unset: Connection::changesState() guesses from the
    // request (sok=, or an action such as .delete/.suspend). Such a request goes on a connection of its own
    // and is never sent twice: when the connection breaks after it was sent, the job fails with NetworkError
    // and ApiResult::mayHaveRun (Qt's HTTP layer would otherwise silently send it again).
    std::optional<bool> changesState;
    // Part of the login: a second-factor step (the form Connection::secondFactorRequired() showed). Sent at
    // once while the connection waits for it, without a session or su; an <auth> answer logs the connection
    // in and reaches the caller as <ok/>.
    bool secondFactor = false;
};

} // namespace mgrdesk::net
