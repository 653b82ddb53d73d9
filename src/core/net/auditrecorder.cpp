#include "auditrecorder.h"

#include "core/accounts/audittrail.h"
#include "core/net/connection.h"
#include "core/protocol/request.h"

namespace mgrdesk::net {

namespace {
const char kRecorderName[] = "mgrdesk-audit-recorder";
}

AuditRecorder *AuditRecorder::attach(net::Connection *connection, accounts::AuditTrail *trail)
{
    if (!connection)
        return nullptr;
    if (!trail)
        trail = accounts::AuditTrail::shared();
    const auto existing = connection->findChildren<AuditRecorder *>(
        QString::fromLatin1(kRecorderName), Qt::FindDirectChildrenOnly);
    for (AuditRecorder *r : existing) {
        if (r->m_trail == trail)
            return r;
    }
    return new AuditRecorder(connection, trail);
}

AuditRecorder::AuditRecorder(net::Connection *connection, accounts::AuditTrail *trail)
    : QObject(connection)
    , m_connection(connection)
    , m_trail(trail)
{
    setObjectName(QString::fromLatin1(kRecorderName));
    connect(connection->requestLog(), &net::RequestLog::entryAdded, this, &AuditRecorder::onEntry);
}

void AuditRecorder::onEntry(const net::RequestLogEntry &entry)
{
    if (!m_trail || !m_connection)
        return;
    // The logged parameters are already masked; only the function and the su login are kept.
    const protocol::Request request = protocol::Request::fromQueryString(entry.parameters);
    const QString su = request.value(QStringLiteral("su"));
    if (su.isEmpty())
        return;
    accounts::AuditEntry e;
    e.time = entry.time.isValid() ? entry.time.toUTC() : QDateTime::currentDateTimeUtc();
    e.accountId = entry.accountId;
    e.realUser = m_connection->settings().username;
    e.actingAs = su;
    e.function = entry.function.isEmpty() ? request.function() : entry.function;
    e.status = entry.status;
    m_trail->record(e);
}

} // namespace mgrdesk::net
