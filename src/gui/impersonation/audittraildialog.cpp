#include "audittraildialog.h"

#include "core/accounts/audittrail.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mgrdesk::gui {

AuditTrailDialog::AuditTrailDialog(accounts::AuditTrail *trail, QWidget *parent)
    : QDialog(parent)
    , m_trail(trail ? trail : accounts::AuditTrail::shared())
{
    setWindowTitle(tr("Impersonation audit trail"));
    setAccessibleName(tr("Impersonation audit trail"));
    resize(800, 450);
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 6, this);
    m_table->setHorizontalHeaderLabels(
        { tr("Time"), tr("Account"), tr("Logged in as"), tr("Acting as"), tr("Function"), tr("Status") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Audit entries"));
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Audit trail status"));
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    QPushButton *refreshButton = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &AuditTrailDialog::exportInteractive);
    connect(refreshButton, &QPushButton::clicked, this, &AuditTrailDialog::reload);
    if (m_trail)
        connect(m_trail, &accounts::AuditTrail::entryAdded, this, &AuditTrailDialog::reload);
    reload();
}

void AuditTrailDialog::reload()
{
    const QList<accounts::AuditEntry> entries = m_trail ? m_trail->entries() : QList<accounts::AuditEntry>();
    m_table->setRowCount(int(entries.size()));
    int row = 0;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it, ++row) {
        const QStringList cells { it->time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            it->accountId, it->realUser, it->actingAs, it->function, it->status };
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_status->setText(tr("%n entry(ies).", nullptr, int(entries.size())));
}

bool AuditTrailDialog::exportTo(const QString &path, QString *error)
{
    QString message;
    const bool ok = m_trail && m_trail->exportCsv(path, &message);
    m_status->setText(ok ? tr("Exported to %1.").arg(path) : message);
    if (error)
        *error = message;
    return ok;
}

void AuditTrailDialog::exportInteractive()
{
    auto *dialog = new QFileDialog(this, tr("Export the audit trail"), QString(), tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { exportTo(path); });
    dialog->open();
}

} // namespace mgrdesk::gui
