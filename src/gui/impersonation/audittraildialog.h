#pragma once
// The impersonation audit trail as a table (time, account, real user, acting as, function, status), newest
// first, updated as entries arrive; "Export CSV…" writes accounts::AuditTrail::toCsv() (non-modal file
// dialog, or exportTo() directly).

#include <QDialog>
#include <QPointer>

#include "core/accounts/audittrail.h"

QT_BEGIN_NAMESPACE
class QLabel;
class QTableWidget;
QT_END_NAMESPACE

namespace mgrdesk::gui {

class AuditTrailDialog : public QDialog
{
    Q_OBJECT
public:
    // trail nullptr: accounts::AuditTrail::shared()
    explicit AuditTrailDialog(accounts::AuditTrail *trail = nullptr, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    void reload();
    bool exportTo(const QString &path, QString *error = nullptr);
    void exportInteractive();

private:
    QPointer<accounts::AuditTrail> m_trail;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace mgrdesk::gui
