#include "requestlogview.h"

#include "core/net/requestlog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mgrdesk::gui {

namespace {
enum Column { Time, Function, Status, Duration, Parameters };
constexpr int EntryRole = Qt::UserRole + 1;
} // namespace

RequestLogView::RequestLogView(net::RequestLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
{
    setAccessibleName(tr("Request log of this account"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter the log"));
    m_filter->setAccessibleName(tr("Filter the request log"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("consoleRequestLog"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({ tr("Time"), tr("Function"), tr("Status"), tr("ms"), tr("Parameters") });
    m_list->setAccessibleName(tr("Request log entries"));
    m_list->setAccessibleDescription(tr("Enter or double-click loads the request into the editor"));
    layout->addWidget(m_list, 1);

    auto *buttons = new QHBoxLayout;
    m_load = new QPushButton(tr("&Load into Editor"), this);
    m_load->setAccessibleName(tr("Load the selected log entry into the editor"));
    buttons->addWidget(m_load);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &RequestLogView::applyFilter);
    connect(m_list, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { loadRow(m_list->indexOfTopLevelItem(item)); });
    connect(m_load, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            loadRow(m_list->indexOfTopLevelItem(item));
    });
    if (m_log) {
        connect(m_log, &net::RequestLog::entryAdded, this, &RequestLogView::addEntry);
        connect(m_log, &net::RequestLog::cleared, this, &RequestLogView::reload);
    }
    reload();
}

void RequestLogView::reload()
{
    m_list->clear();
    if (!m_log)
        return;
    const QList<net::RequestLogEntry> entries = m_log->entries();
    for (const net::RequestLogEntry &e : entries)
        addEntry(e);
    m_list->resizeColumnToContents(Time);
}

void RequestLogView::addEntry(const net::RequestLogEntry &entry)
{
    auto *item = new QTreeWidgetItem;
    item->setText(Time, QLocale().toString(entry.time.toLocalTime().time(), QLocale::ShortFormat));
    item->setToolTip(Time, QLocale().toString(entry.time.toLocalTime(), QLocale::LongFormat));
    item->setText(Function, entry.function);
    item->setText(Status, entry.status);
    if (!entry.message.isEmpty())
        item->setToolTip(Status, entry.message);
    item->setText(Duration, QLocale().toString(entry.durationMs));
    item->setText(Parameters, entry.parameters);
    item->setToolTip(Parameters, entry.parameters);
    item->setData(0, EntryRole, QVariant::fromValue(entry));
    m_list->insertTopLevelItem(0, item); // newest first
    // Keep the list bounded like the log itself.
    const int capacity = m_log ? m_log->capacity() : 1000;
    while (m_list->topLevelItemCount() > capacity)
        delete m_list->takeTopLevelItem(m_list->topLevelItemCount() - 1);
    const QString filter = m_filter->text().trimmed();
    item->setHidden(!filter.isEmpty() && !entry.parameters.contains(filter, Qt::CaseInsensitive));
}

void RequestLogView::applyFilter()
{
    const QString filter = m_filter->text().trimmed();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        item->setHidden(!filter.isEmpty() && !item->text(Parameters).contains(filter, Qt::CaseInsensitive));
    }
}

int RequestLogView::entryCount() const
{
    int n = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        n += m_list->topLevelItem(i)->isHidden() ? 0 : 1;
    return n;
}

net::RequestLogEntry RequestLogView::entryAt(int row) const
{
    const QTreeWidgetItem *item = m_list->topLevelItem(row);
    return item ? item->data(0, EntryRole).value<net::RequestLogEntry>() : net::RequestLogEntry();
}

int RequestLogView::findFunction(const QString &function) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->text(Function) == function)
            return i;
    }
    return -1;
}

void RequestLogView::loadRow(int row)
{
    if (row < 0 || row >= m_list->topLevelItemCount())
        return;
    m_list->setCurrentItem(m_list->topLevelItem(row));
    Q_EMIT loadRequested(entryAt(row));
}

} // namespace mgrdesk::gui
