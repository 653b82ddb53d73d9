#pragma once
// Helpers of the network suites: collecting job results and building settings for a DemoServer.

#include "core/net/connection.h"
#include "demoserver.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>

namespace mgrdesk::test {

// Records every finished() of the jobs it watches (to prove "exactly once").
struct Results
{
    QList<net::ApiResult> all;
    QHash<QString, net::ApiResult> byName;
    int count = 0;
    void watch(net::ApiJob *job, const QString &name = QString())
    {
        QObject::connect(job, &net::ApiJob::finished, [this, name](const net::ApiResult &r) {
            ++count;
            all << r;
            if (!name.isEmpty())
                byName.insert(name, r);
        });
    }
};

inline net::ConnectionSettings settingsFor(const DemoServer &server, net::LoginMethod method,
    const QString &user = QStringLiteral("admin"), bool pin = true)
{
    net::ConnectionSettings s;
    s.accountId = QStringLiteral("acc-") + user;
    s.baseUrl = server.baseUrl();
    s.username = user;
    s.method = method;
    s.lang = QStringLiteral("en");
    if (pin)
        s.pinnedCertificatePem = server.certificatePem();
    return s;
}

inline QString statusText(const net::ApiResult &r)
{
    return net::ApiResult::statusName(r.status) + QStringLiteral(": ") + r.message;
}

} // namespace mgrdesk::test
