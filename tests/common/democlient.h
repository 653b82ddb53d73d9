#pragma once
// Client-side helpers for tests that talk to the demo server: the settings of a connection to it (pinned
// certificate, password "demo") and an account for it in a store. Header-only on purpose: the
// mgrdesk_testcommon library (DemoServer) stays free of client code, like the simulator itself.

#include "core/accounts/account.h"
#include "core/accounts/accountstore.h"
#include "core/accounts/credentialstore.h"
#include "core/net/apijob.h"
#include "core/net/connection.h"
#include "demoserver.h"

#include <QSignalSpy>
#include <QtGlobal>

namespace mgrdesk::test {

inline const QString demoPassword = QStringLiteral("demo"); // every demo user's password

// A connection to the demo server as `user` (session login, English, the server's certificate pinned).
inline net::ConnectionSettings demoConnectionSettings(
    const DemoServer &server, const QString &user, const QString &defaultSu = QString())
{
    net::ConnectionSettings s;
    s.accountId = QStringLiteral("acct-") + user;
    s.baseUrl = server.baseUrl();
    s.username = user;
    s.lang = QStringLiteral("en");
    s.defaultSu = defaultSu;
    s.pinnedCertificatePem = server.certificatePem();
    return s;
}

// An account on the demo server as `user` named `name` (its certificate pinned), not stored yet.
inline accounts::Account demoAccount(const DemoServer &server, const QString &name, const QString &user)
{
    accounts::Account a = accounts::Account::create();
    a.name = name;
    a.baseUrl = server.baseUrl();
    a.username = user;
    a.pinnedCertificatePem = server.certificatePem();
    return a;
}

// An account on the demo server as `user`, added to `store`, its password kept for the session in `creds`.
inline accounts::Account addDemoAccount(accounts::AccountStore *store, accounts::CredentialStore *creds,
    const DemoServer &server, const QString &name, const QString &user)
{
    accounts::Account a = demoAccount(server, name, user);
    if (!store->add(a))
        qWarning("account not added");
    creds->setSessionPassword(a.credentialKey(), demoPassword);
    return a;
}

// Waits (event loop) until `job` finishes: its result, or an empty ApiResult when it did not finish within
// `timeoutMs`.
inline net::ApiResult waitForJob(net::ApiJob *job, int timeoutMs = 30000)
{
    QSignalSpy done(job, &net::ApiJob::finished);
    if (!done.wait(timeoutMs))
        return {};
    return done.at(0).at(0).value<net::ApiResult>();
}

// Sends `request` on `c` (with `options`) and waits for its result (see waitForJob()).
inline net::ApiResult runJob(net::Connection &c, const protocol::Request &request, int timeoutMs = 30000,
    const net::JobOptions &options = {})
{
    return waitForJob(c.send(request, nullptr, options), timeoutMs);
}
inline net::ApiResult runJob(net::Connection *c, const protocol::Request &request, int timeoutMs = 30000,
    const net::JobOptions &options = {})
{
    return runJob(*c, request, timeoutMs, options);
}

} // namespace mgrdesk::test
