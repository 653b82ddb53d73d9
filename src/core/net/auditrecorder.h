#pragma once
// Feeds the impersonation audit trail from a connection's request log: every logged request that carried su=
// (an impersonation tab, a default su, anything else) becomes one accounts::AuditEntry. One recorder per
// connection (attach() is idempotent); it lives as a child of the connection.

#include <QObject>
#include <QPointer>

#include "core/accounts/audittrail.h"

namespace mgrdesk::net {
class Connection;
struct RequestLogEntry;
} // namespace mgrdesk::net

namespace mgrdesk::net {

class AuditRecorder : public QObject
{
    Q_OBJECT
public:
    // trail nullptr: accounts::AuditTrail::shared(). Returns the connection's recorder (existing or new).
    static AuditRecorder *attach(net::Connection *connection, accounts::AuditTrail *trail = nullptr);
    accounts::AuditTrail *trail() const { return m_trail; }

private:
    AuditRecorder(net::Connection *connection, accounts::AuditTrail *trail);
    void onEntry(const net::RequestLogEntry &entry);

    QPointer<net::Connection> m_connection;
    QPointer<accounts::AuditTrail> m_trail;
};

} // namespace mgrdesk::net
