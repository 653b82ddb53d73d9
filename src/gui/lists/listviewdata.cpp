// ListView: what leaves the list — clipboard text, CSV export (models::ListExport, on a worker thread),
// selection totals — and the saved column layout.
#include "listview.h"

#include "listfilterproxy.h"

#include "core/models/cellvalue.h"
#include "core/models/listexport.h"
#include "core/models/listloader.h"
#include "core/models/tablemodel.h"
#include "core/net/connection.h"
#include "core/settings/keys.h"

#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

namespace mgrdesk::gui {

using models::SortKeys;
using models::TableModel;

namespace {
QString flat(QString value)
{
    value.replace(QLatin1Char('\t'), QLatin1Char(' '));
    value.replace(QLatin1Char('\n'), QLatin1Char(' '));
    value.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return value;
}

// The currency of a money cell: what is left without digits, separators, signs and spaces ("USD", "€").
QString currencyOf(const QString &text)
{
    QString c;
    for (const QChar ch : text)
        if (!ch.isDigit() && !ch.isSpace() && ch != QLatin1Char('.') && ch != QLatin1Char(',')
            && ch != QLatin1Char('-') && ch != QLatin1Char('+') && ch != QLatin1Char('\''))
            c.append(ch);
    return c;
}
} // namespace

QString ListView::selectionAsText() const
{
    const QHeaderView *header = m_view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int c = header->logicalIndex(visual);
        if (!header->isSectionHidden(c))
            columns.append(c);
    }
    QStringList lines;
    for (const int row : selectedRows()) {
        QStringList cells;
        for (const int c : std::as_const(columns))
            cells.append(flat(m_model->cellText(row, c)));
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n'));
}

void ListView::copySelection()
{
    const QString text = selectionAsText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

QString ListView::serverTotalsText() const
{
    const protocol::TableData *data = m_model->tableData();
    if (!data)
        return {};
    QStringList parts;
    const auto totals = data->totals();
    for (const auto &t : totals) {
        const int c = m_model->columnForName(t.first);
        if (c >= 0 && m_view->horizontalHeader()->isSectionHidden(c))
            continue;
        const QString title = c >= 0 ? m_model->columnTitle(c) : data->messages.value(t.first, t.first);
        parts.append(tr("%1 %2", "column total: title, value").arg(title, t.second));
    }
    if (parts.isEmpty())
        return {};
    QString label = data->messages.value(QStringLiteral("msg_total"));
    if (label.isEmpty())
        label = tr("Total");
    return tr("%1: %2", "list totals: label, totals").arg(label, parts.join(QStringLiteral("; ")));
}

QString ListView::totalsText() const
{
    const QList<int> rows = selectedRows();
    if (rows.size() < 2)
        return {};
    const QLocale locale;
    const QString keyColumn = m_model->tableData() ? m_model->tableData()->keyColumn : QString();
    QStringList parts;
    const QHeaderView *header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int c = header->logicalIndex(visual);
        const SortKeys::Type type = m_model->columnType(c);
        if (header->isSectionHidden(c) || m_model->columnName(c) == keyColumn
            || (type != SortKeys::Type::Money && type != SortKeys::Type::Number))
            continue;
        QMap<QString, double> sums; // currency → sum ("" for plain numbers)
        bool fractional = false;
        for (const int row : rows) {
            const QString text = m_model->cellText(row, c);
            const auto v = models::CellValue::money(text.toUtf8());
            if (!v)
                continue;
            sums[type == SortKeys::Type::Money ? currencyOf(text) : QString()] += *v;
            fractional = fractional || text.contains(QLatin1Char('.')) || text.contains(QLatin1Char(','));
        }
        if (sums.isEmpty())
            continue;
        QStringList values;
        for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
            const QString n = locale.toString(it.value(), 'f', fractional ? 2 : 0);
            values.append(it.key().isEmpty() ? n : n + QLatin1Char(' ') + it.key());
        }
        parts.append(tr("%1: %2").arg(m_model->columnTitle(c), values.join(QStringLiteral(", "))));
    }
    if (parts.isEmpty())
        return {};
    return tr("%n selected", nullptr, int(rows.size())) + QStringLiteral(" — ")
        + parts.join(QStringLiteral("; "));
}

void ListView::exportCsv(const QString &path)
{
    if (isExporting()) {
        // Deliver like every other outcome: later, from the event loop.
        QTimer::singleShot(0, this, [this, path] {
            Q_EMIT exportFinished(path, false, tr("Another export of this list is running."));
        });
        return;
    }
    m_pendingExport = path;
    m_exportBar->show();
    updateExportBar();
    if (m_loader->isComplete()) {
        QTimer::singleShot(0, this, [this] {
            if (!m_pendingExport.isEmpty())
                startExportWriting();
        });
        return;
    }
    m_loader->loadAll();
}

void ListView::startExportWriting()
{
    const QString path = m_pendingExport;
    m_pendingExport.clear();
    // The copy of the rows is quick; building and writing the file happen on the export's worker thread.
    if (!m_export->start(models::CsvSnapshot::fromModel(*m_model), path)) {
        finishExport(path, false, tr("Another export of this list is running."));
        return;
    }
    updateExportBar();
}

bool ListView::isExporting() const
{
    return !m_pendingExport.isEmpty() || m_export->isRunning();
}

void ListView::cancelExport()
{
    if (!m_pendingExport.isEmpty()) {
        const QString path = m_pendingExport;
        m_pendingExport.clear();
        m_loader->cancel(); // stops loading the remaining pages; what is loaded stays
        finishExport(path, false, tr("The export was cancelled."));
        return;
    }
    if (m_export->isRunning()) {
        m_export->cancel(); // finished() follows once the worker has stopped
        m_exportCancel->setEnabled(false);
        m_exportLabel->setText(tr("Cancelling the export…"));
    }
}

QString ListView::exportText() const
{
    return m_exportBar->isVisibleTo(const_cast<ListView *>(this)) ? m_exportLabel->text() : QString();
}

void ListView::updateExportBar()
{
    const QLocale locale;
    if (!m_pendingExport.isEmpty()) {
        const qint64 loaded = m_model->rowCount();
        const qint64 total = m_loader->total().value_or(0);
        m_exportLabel->setText(total > 0 ? tr("Export: loading every page (%1 of %2 rows)…")
                                               .arg(locale.toString(loaded), locale.toString(total))
                                         : tr("Export: loading every page…"));
        m_exportProgress->setRange(0, total > 0 ? 1000 : 0);
        m_exportProgress->setValue(total > 0 ? int(qMin<qint64>(1000, loaded * 1000 / total)) : 0);
        m_exportCancel->setEnabled(true);
        return;
    }
    if (!m_export->isRunning())
        return;
    const qint64 written = m_export->rowsWritten();
    const qint64 total = m_export->rowsTotal();
    if (m_exportCancel->isEnabled())
        m_exportLabel->setText(tr("Export: writing %1 of %2 rows to %3…")
                                   .arg(locale.toString(written), locale.toString(total), m_export->path()));
    m_exportProgress->setRange(0, 1000);
    m_exportProgress->setValue(total > 0 ? int(qMin<qint64>(1000, written * 1000 / total)) : 0);
}

void ListView::finishExport(const QString &path, bool ok, const QString &message)
{
    m_exportBar->hide();
    m_exportCancel->setEnabled(true);
    showMessage(message, !ok);
    Q_EMIT exportFinished(path, ok, ok ? QString() : message);
}

void ListView::exportCsvInteractive()
{
    auto *dialog
        = new QFileDialog(this, tr("Export list"), QString(), tr("CSV files (*.csv);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(function() + QStringLiteral(".csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { exportCsv(file); });
    dialog->open();
}

QString ListView::settingsKey() const
{
    QString server = QStringLiteral("unknown");
    if (m_connection) {
        const QUrl url = m_connection->settings().baseUrl;
        server = url.host() + QLatin1Char('_')
            + QString::number(url.port(url.scheme() == QLatin1String("http") ? 80 : 443));
    }
    return QStringLiteral("lists/%1/%2").arg(server, function());
}

void ListView::saveLayout()
{
    if (m_model->columnCount() == 0)
        return;
    QStringList columns;
    for (int c = 0; c < m_model->columnCount(); ++c)
        columns.append(m_model->columnName(c));
    settings::Settings *s = settings::Settings::application(); // the file --settings names
    s->set(settings::keys::listColumns(settingsKey()), columns);
    s->set(settings::keys::listHeader(settingsKey()), m_view->horizontalHeader()->saveState());
}

void ListView::restoreLayout()
{
    m_layoutRestored = true;
    QStringList columns;
    for (int c = 0; c < m_model->columnCount(); ++c)
        columns.append(m_model->columnName(c));
    const settings::Settings *s = settings::Settings::application();
    const QByteArray state = s->get(settings::keys::listHeader(settingsKey()));
    const bool same = s->get(settings::keys::listColumns(settingsKey())) == columns;
    QHeaderView *header = m_view->horizontalHeader();
    if (same && !state.isEmpty()) {
        const QSignalBlocker block(header); // the saved sort indicator must not re-sort the list
        header->restoreState(state);
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    } else {
        sizeColumnsToVisibleRows();
    }
}

int ListView::sizingRows() const
{
    // The rows that fit in the viewport (a row more for the one cut at the bottom), within bounds: before the
    // first show the viewport has no real height yet.
    const int rowHeight = qMax(1, m_view->verticalHeader()->defaultSectionSize());
    const int fit = m_view->viewport()->height() / rowHeight + 1;
    return qBound(kMinSizingRows, fit, kMaxSizingRows);
}

void ListView::sizeColumnsToVisibleRows()
{
    // QHeaderView asks the delegate for up to resizeContentsPrecision() rows of every column (1,000 by
    // default): on the first page of a big list that was most of the GUI thread's stall before the first
    // paint. The widths come from the rows a user sees first; a double-click on a divider still fits a
    // column to the default sample.
    QHeaderView *header = m_view->horizontalHeader();
    const int precision = header->resizeContentsPrecision();
    header->setResizeContentsPrecision(sizingRows());
    m_view->resizeColumnsToContents();
    header->setResizeContentsPrecision(precision);
}

} // namespace mgrdesk::gui
