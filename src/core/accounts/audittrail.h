#pragma once
// The local audit trail of impersonation (requests sent with su=): appended as JSON lines to a file (default
// QStandardPaths::AppDataLocation/impersonation-audit.jsonl), readable back and exportable to CSV. Nothing
// secret is stored (see AuditEntry). One shared instance serves the application (shared()); tests may make
// their own with another path.

#include "auditentry.h"

#include <QList>
#include <QObject>
#include <QString>

namespace mgrdesk::accounts {

class AuditTrail : public QObject
{
    Q_OBJECT
public:
    explicit AuditTrail(const QString &filePath = defaultPath(), QObject *parent = nullptr);
    ~AuditTrail() override;

    static QString defaultPath();
    static AuditTrail *shared(); // application-wide instance at defaultPath(), created on first use

    QString filePath() const { return m_path; }
    // Appends one entry (a line of JSON). False (and lastError()) when the file cannot be written.
    bool record(const AuditEntry &entry);
    // Every entry in the file, oldest first; malformed lines are skipped.
    QList<AuditEntry> entries() const;
    bool clear(); // removes the file

    static QString toCsv(const QList<AuditEntry> &entries); // RFC 4180, header line first
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    QString lastError() const { return m_error; }

Q_SIGNALS:
    void entryAdded(const mgrdesk::accounts::AuditEntry &entry);

private:
    QString m_path;
    QString m_error;
};

} // namespace mgrdesk::accounts
