// ListView: the server's own CSV export (`out=csv`, models::ListServerExport) beside the client-side one. The
// file dialog starts in the folder this account saved to last (settings: documents/lastFolder/<account>),
// else the Downloads folder of the Preferences; downloading and writing never block the GUI thread.
#include "listview.h"

#include "preferences/preferencekeys.h"

#include "core/models/listloader.h"
#include "core/models/listserverexport.h"
#include "core/models/tablemodel.h"
#include "core/net/connection.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressBar>
#include <QStandardPaths>

namespace mgrdesk::gui {

bool ListView::serverExportAvailable() const
{
    // Every BILLmanager list answers out=csv (the web interface's "Save as CSV", hint_export); only a list
    // the server described (metadata) is offered it.
    const auto *data = m_model->tableData();
    return m_connection && data && data->metadata.present;
}

QString ListView::serverExportTitle() const
{
    return tr("Export on the Server (CSV)…");
}

QString ListView::serverExportHint() const
{
    const auto *data = m_model->tableData();
    const QString hint = data ? data->messages.value(QStringLiteral("hint_export")) : QString();
    return hint.isEmpty() ? tr("The server builds the CSV file of the whole filtered list.") : hint;
}

bool ListView::isServerExporting() const
{
    return m_serverExport && m_serverExport->isRunning();
}

QString ListView::nameOfKey(const QString &key) const
{
    if (key.isEmpty() || key.contains(QLatin1Char(',')))
        return {};
    const auto *data = m_model->tableData();
    const QString keyName = data ? data->metadata.keyName : QString();
    QList<int> rows = selectedRows(); // the row a button or a double click acted on, first
    for (int r = 0; r < m_model->rowCount(); ++r)
        rows.append(r);
    for (const int row : std::as_const(rows)) {
        if (m_model->rowKey(row) == key) {
            const QString name = keyName.isEmpty() ? QString() : m_model->value(row, keyName);
            return name.isEmpty() ? key : name;
        }
    }
    return {};
}

QString ListView::accountId() const
{
    return m_connection ? m_connection->settings().accountId : QString();
}

QString ListView::exportFolder() const
{
    settings::Settings *s = settings::Settings::application();
    QString folder = s ? s->get(models::lastFolderKey(accountId())) : QString();
    if ((folder.isEmpty() || !QFileInfo(folder).isDir()) && s)
        folder = s->get(settings::keys::downloadsFolder);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    return folder;
}

void ListView::exportOnServer(const QString &path)
{
    if (!m_serverExport) {
        m_serverExport = new models::ListServerExport(this);
        connect(m_serverExport, &models::ListServerExport::finished, this,
            [this](bool ok, const QString &file, const QString &message) {
                m_busy->setVisible(m_loader->isLoading() || m_model->isSorting());
                if (ok) {
                    if (settings::Settings *s = settings::Settings::application())
                        s->set(models::lastFolderKey(accountId()), QFileInfo(file).absolutePath());
                    showMessage(
                        tr("Saved the server's CSV export to %1.").arg(QDir::toNativeSeparators(file)),
                        false);
                } else {
                    showMessage(message, true);
                }
                Q_EMIT exportFinished(file, ok, message);
            });
    }
    if (m_serverExport->isRunning()) {
        showMessage(tr("An export on the server is already running."), true);
        return;
    }
    showMessage(tr("Export on the server: downloading %1…").arg(QDir::toNativeSeparators(path)), false);
    m_busy->setVisible(true);
    m_serverExport->start(m_connection, function(), plid(), m_loader->jobOptions(), path);
}

void ListView::exportOnServerInteractive()
{
    const QString folder = exportFolder();
    auto *dialog
        = new QFileDialog(this, tr("Export on the Server"), folder, tr("CSV files (*.csv);;All files (*)"));
    dialog->setObjectName(QStringLiteral("serverExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QDir(folder).filePath(function() + QStringLiteral(".csv")));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { exportOnServer(file); });
    dialog->open();
}

} // namespace mgrdesk::gui
