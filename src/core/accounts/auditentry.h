#pragma once
// One line of the local impersonation audit trail: who (account, real user) acted as whom, when, with which
// function. No secrets: no password, session id, key or parameter values.

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace mgrdesk::accounts {

struct AuditEntry
{
    QDateTime time; // UTC, when the request was sent
    QString accountId; // the account (uuid) whose connection sent it
    QString realUser; // who is really logged in
    QString actingAs; // the su= login
    QString function; // func=
    QString status; // "ok", "apierror", … (ApiResult::statusName)

    QJsonObject toJson() const;
    static AuditEntry fromJson(const QJsonObject &object);
    bool isValid() const { return time.isValid() && !actingAs.isEmpty(); }
};

} // namespace mgrdesk::accounts
