#include "listview.h"

#include "celldelegate.h"
#include "common/messagebox.h"
#include "icons/iconprovider.h"
#include "listfilterproxy.h"
#include "preferences/preferencekeys.h"

#include "core/models/listexport.h"
#include "core/models/listfilter.h"
#include "core/models/listloader.h"
#include "core/models/tablemodel.h"
#include "core/net/connection.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace mgrdesk::gui {

using models::ActionIntent;
using models::TableModel;

ListView::ListView(net::Connection *connection, const QString &function, const QString &plid, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
{
    m_model = new TableModel(this);
    m_loader = new models::ListLoader(connection, m_model, this);
    m_loader->setFunction(function);
    m_loader->setPlid(plid);
    m_actions.setModel(m_model);
    m_serverFilter = new models::ListFilter(m_loader, this);
    m_export = new models::ListExport(this);
    buildUi();

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        rebuildActions();
        if (!m_layoutRestored && m_model->columnCount() > 0)
            restoreLayout();
        updateStatus();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ListView::updateStatus);
    connect(m_model, &TableModel::sorted, this, [this](int column, Qt::SortOrder order) {
        QHeaderView *header = m_view->horizontalHeader();
        const QSignalBlocker block(header); // the header would ask the model to sort again
        header->setSortIndicator(column, order);
        header->viewport()->update();
    });
    // Busy while a page loads or while a big model builds its sort keys on a worker thread.
    connect(m_loader, &models::ListLoader::loadingChanged, this, [this](bool loading) {
        m_busy->setVisible(loading || m_model->isSorting());
        updateStatus();
    });
    connect(m_model, &TableModel::sortingChanged, this, [this](bool sorting) {
        m_busy->setVisible(sorting || m_loader->isLoading());
        m_busy->setAccessibleName(sorting ? tr("Sorting") : tr("Loading"));
    });
    connect(m_loader, &models::ListLoader::failed, this, [this](const QString &message) {
        showMessage(tr("The list could not be loaded: %1").arg(message), true);
        if (!m_pendingExport.isEmpty()) {
            const QString path = m_pendingExport;
            m_pendingExport.clear();
            finishExport(
                path, false, tr("The export stopped: the list could not be loaded: %1").arg(message));
        }
    });
    connect(m_loader, &models::ListLoader::pageLoaded, this, [this] {
        if (!m_pendingExport.isEmpty())
            updateExportBar();
    });
    connect(m_loader, &models::ListLoader::refreshed, this, [this] {
        selectKeys(m_keepSelection);
        m_keepSelection.clear();
        updateStatus();
    });
    connect(m_loader, &models::ListLoader::completed, this, [this] {
        if (!m_pendingExport.isEmpty())
            startExportWriting();
    });
    connect(m_export, &models::ListExport::progress, this, &ListView::updateExportBar);
    connect(m_export, &models::ListExport::finished, this,
        [this](models::ListExport::Result result, const QString &path, const QString &message) {
            const bool ok = result == models::ListExport::Result::Ok;
            finishExport(path, ok,
                ok ? tr("Exported %n row(s) to %1.", nullptr, int(m_export->rowsTotal())).arg(path)
                   : message);
        });
    connect(m_serverFilter, &models::ListFilter::changed, this, &ListView::updateFilterBar);
    connect(m_serverFilter, &models::ListFilter::cleared, this, [this] {
        showMessage(tr("Filter cleared."), false);
        m_loader->load(); // other rows now: from page 1
    });
    connect(m_serverFilter, &models::ListFilter::clearFailed, this, [this](const QString &message) {
        showMessage(tr("The filter could not be cleared: %1").arg(message), true);
        updateFilterBar();
    });
    connect(m_loader, &models::ListLoader::actionFinished, this, &ListView::onActionFinished);
}

ListView::~ListView()
{
    if (m_layoutRestored)
        saveLayout();
}

QString ListView::function() const
{
    return m_loader->function();
}
QString ListView::plid() const
{
    return m_loader->plid();
}

void ListView::buildUi()
{
    setAccessibleName(tr("List %1").arg(function()));
    m_toolBar = new QToolBar(this);
    m_toolBar->setAccessibleName(tr("List actions"));
    // Icons for the servers' img names where one fits, the text always beside them.
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    if (plid().isEmpty() && (function() == QLatin1String("account") || function() == QLatin1String("user"))) {
        m_clientCard = new QAction(IconProvider::icon(QStringLiteral("t-list")), tr("Client card"), this);
        m_clientCard->setObjectName(QStringLiteral("actionClientCard"));
        m_clientCard->setToolTip(
            tr("The client's balance, services, payments, invoices, tickets and actions"));
        connect(m_clientCard, &QAction::triggered, this, [this] {
            const QList<int> rows = selectedRows();
            if (rows.size() != 1 || m_model->rowKey(rows.first()).isEmpty())
                return;
            routing::PageRequest r;
            r.function = function();
            r.elid = m_model->rowKey(rows.first());
            r.kind = QString::fromLatin1(routing::PageKind::ClientCard);
            Q_EMIT openPageRequested(r);
        });
    }

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter loaded rows (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Quick filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(280);

    m_message = new QLabel(this);
    m_message->setAccessibleName(tr("Result of the last action"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    // The server-side filter, when one is applied: "Filtered: Status = Paid  [Change…] [Clear filter]".
    m_filterBar = new QFrame(this);
    m_filterBar->setAccessibleName(tr("Server filter"));
    m_filterBar->setAutoFillBackground(true);
    m_filterBar->setBackgroundRole(QPalette::AlternateBase);
    m_filterLabel = new QLabel(m_filterBar);
    m_filterLabel->setAccessibleName(tr("Active server filter"));
    m_filterLabel->setWordWrap(true);
    m_filterLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filterEdit = new QPushButton(tr("Change…"), m_filterBar);
    m_filterEdit->setAccessibleName(tr("Change the filter"));
    m_filterClear = new QPushButton(tr("Clear filter"), m_filterBar);
    m_filterClear->setAccessibleName(tr("Clear the server filter"));
    auto *filterLayout = new QHBoxLayout(m_filterBar);
    filterLayout->setContentsMargins(6, 2, 6, 2);
    filterLayout->addWidget(m_filterLabel, 1);
    filterLayout->addWidget(m_filterEdit);
    filterLayout->addWidget(m_filterClear);
    m_filterBar->hide();
    connect(m_filterClear, &QPushButton::clicked, this, &ListView::clearServerFilter);
    connect(m_filterEdit, &QPushButton::clicked, this, &ListView::editServerFilter);

    // A running export: what it does, how far, Cancel.
    m_exportBar = new QWidget(this);
    m_exportBar->setAccessibleName(tr("Export"));
    m_exportLabel = new QLabel(m_exportBar);
    m_exportProgress = new QProgressBar(m_exportBar);
    m_exportProgress->setAccessibleName(tr("Export progress"));
    m_exportProgress->setMaximumWidth(240);
    m_exportCancel = new QPushButton(tr("Cancel export"), m_exportBar);
    m_exportCancel->setAccessibleName(tr("Cancel the export"));
    auto *exportLayout = new QHBoxLayout(m_exportBar);
    exportLayout->setContentsMargins(6, 2, 6, 2);
    exportLayout->addWidget(m_exportLabel, 1);
    exportLayout->addWidget(m_exportProgress);
    exportLayout->addWidget(m_exportCancel);
    m_exportBar->hide();
    connect(m_exportCancel, &QPushButton::clicked, this, &ListView::cancelExport);

    m_proxy = new ListFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Rows of %1").arg(function()));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new CellDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    // Uniform row heights: a fixed section size, so that 100,000 rows cost nothing to lay out.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Preferences › Table density: comfortable or compact rows.
    const bool compact
        = settings::Settings::application()->get(settings::keys::tableDensity) == QLatin1String("compact");
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + (compact ? 2 : 8));
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setStretchLastSection(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);

    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("List status"));
    m_totals = new QLabel(this);
    m_totals->setAccessibleName(tr("Totals of the selected rows"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serverTotals = new QLabel(this);
    m_serverTotals->setObjectName(QStringLiteral("serverTotals"));
    m_serverTotals->setAccessibleName(tr("Totals of the whole list"));
    m_serverTotals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serverTotals->setTextFormat(Qt::PlainText);
    m_serverTotals->hide();
    m_busy = new QProgressBar(this);
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(12);
    m_busy->setTextVisible(false);
    m_busy->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_toolBar, 1);
    top->addWidget(m_filter);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status);
    bottom->addWidget(m_busy);
    bottom->addStretch(1);
    bottom->addWidget(m_totals);
    bottom->addWidget(m_serverTotals);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_message);
    layout->addWidget(m_exportBar);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    setFocusProxy(m_view);

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(200); // filtering 100,000 rows per keystroke would make typing stutter
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, [this] {
        m_proxy->setText(m_filter->text());
        updateStatus();
    });
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(500);
    connect(m_saveTimer, &QTimer::timeout, this, &ListView::saveLayout);
    connect(header, &QHeaderView::sectionMoved, m_saveTimer, qOverload<>(&QTimer::start));
    connect(header, &QHeaderView::sectionResized, m_saveTimer, qOverload<>(&QTimer::start));
    connect(header, &QWidget::customContextMenuRequested, this, &ListView::showHeaderMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ListView::showContextMenu);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this] { runDefaultAction(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateStatus();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ListView::updateStatus);

    auto shortcut = [this](const QKeySequence &keys, QWidget *on, Qt::ShortcutContext context, auto slot) {
        auto *s = new QShortcut(keys, on);
        s->setContext(context);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::Find, this, Qt::WidgetWithChildrenShortcut, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    shortcut(QKeySequence::Refresh, this, Qt::WidgetWithChildrenShortcut, [this] { refresh(); });
    shortcut(QKeySequence(Qt::Key_Return), m_view, Qt::WidgetShortcut, [this] { runDefaultAction(); });
    shortcut(QKeySequence(Qt::Key_Enter), m_view, Qt::WidgetShortcut, [this] { runDefaultAction(); });
    shortcut(QKeySequence::Delete, m_view, Qt::WidgetShortcut, [this] { runDeleteAction(); });
    shortcut(QKeySequence::Copy, m_view, Qt::WidgetShortcut, [this] { copySelection(); });
    shortcut(QKeySequence(Qt::Key_Escape), m_filter, Qt::WidgetShortcut, [this] {
        m_filter->clear();
        m_view->setFocus(Qt::ShortcutFocusReason);
    });
    updateStatus();
}

void ListView::load()
{
    m_loader->load();
    updateStatus();
}

void ListView::refresh()
{
    m_keepSelection.clear();
    for (const int row : selectedRows())
        m_keepSelection.append(m_model->rowKey(row));
    m_loader->refresh();
}

void ListView::setFilterText(const QString &text)
{
    m_filter->setText(text);
    m_filterTimer->stop();
    m_proxy->setText(text);
    updateStatus();
}

QList<int> ListView::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    QList<int> proxyRows;
    for (const QModelIndex &i : selected)
        proxyRows.append(i.row());
    std::sort(proxyRows.begin(), proxyRows.end());
    for (const int r : std::as_const(proxyRows))
        rows.append(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
    return rows;
}

void ListView::selectKeys(const QStringList &keys)
{
    QItemSelection selection;
    for (const QString &key : keys) {
        const int row = m_model->rowForKey(key);
        if (row < 0)
            continue;
        const QModelIndex i = m_proxy->mapFromSource(m_model->index(row, 0));
        if (i.isValid())
            selection.select(i, i);
    }
    m_view->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_view->selectionModel()->setCurrentIndex(
            selection.indexes().constFirst(), QItemSelectionModel::NoUpdate);
}

QAction *ListView::buttonAction(const QString &name) const
{
    for (const auto &pair : m_buttonActions)
        if (pair.first.name == name)
            return pair.second;
    return nullptr;
}

void ListView::rebuildActions()
{
    const auto buttons = m_actions.buttons();
    bool same = buttons.size() == m_buttonActions.size();
    for (qsizetype i = 0; same && i < buttons.size(); ++i)
        same = buttons.at(i).name == m_buttonActions.at(i).first.name;
    if (same) {
        updateActions();
        return;
    }
    for (const auto &pair : std::as_const(m_buttonActions))
        delete pair.second;
    m_buttonActions.clear();
    m_toolBar->clear();
    QString group;
    for (const auto &b : buttons) {
        if (!m_buttonActions.isEmpty() && b.group != group)
            m_toolBar->addSeparator();
        group = b.group;
        auto *action = new QAction(IconProvider::icon(b.img), m_actions.title(b), this);
        const QString hint = m_actions.hint(b);
        action->setToolTip(hint.isEmpty() ? m_actions.title(b) : hint);
        action->setObjectName(QStringLiteral("listaction_") + b.name);
        const QString name = b.name;
        connect(action, &QAction::triggered, this, [this, name] { triggerButton(name); });
        m_toolBar->addAction(action);
        m_buttonActions.append({ b, action });
    }
    if (m_clientCard) {
        m_toolBar->addSeparator();
        m_toolBar->addAction(m_clientCard);
    }
    updateActions();
    updateFilterBar(); // the Change… button follows the toolbar
}

void ListView::updateActions()
{
    const QList<int> rows = selectedRows();
    const net::Connection *c = m_loader->connection();
    QString su = m_loader->jobOptions().su;
    if (su.isEmpty() && c && !m_loader->jobOptions().noDefaultSu)
        su = c->settings().defaultSu;
    m_actions.setUserLevel(models::ListActions::isUserLevel(c ? c->level() : std::nullopt, su));
    for (const auto &pair : std::as_const(m_buttonActions))
        pair.second->setEnabled(m_actions.isEnabled(pair.first, rows));
    if (m_clientCard)
        m_clientCard->setEnabled(rows.size() == 1 && !m_actions.isUserLevel());
}

bool ListView::triggerButton(const QString &name)
{
    const auto button = m_actions.button(name);
    const QList<int> rows = selectedRows();
    if (!button || !m_actions.isEnabled(*button, rows))
        return false;
    runIntent(m_actions.intent(*button, rows));
    return true;
}

void ListView::runDefaultAction()
{
    if (const auto b = m_actions.defaultButton())
        triggerButton(b->name);
}

void ListView::runDeleteAction()
{
    if (const auto b = m_actions.deleteButton())
        triggerButton(b->name);
}

void ListView::runIntent(const ActionIntent &intent)
{
    switch (intent.kind) {
    case ActionIntent::Kind::None:
        return;
    case ActionIntent::Kind::OpenForm:
        Q_EMIT openFormRequested(intent.func, intent.elid, intent.plid, intent.button.type);
        return;
    case ActionIntent::Kind::OpenList:
        Q_EMIT openListRequested(intent.func, intent.plid);
        return;
    case ActionIntent::Kind::OpenWindow:
        Q_EMIT openWindowRequested(intent.request);
        return;
    case ActionIntent::Kind::RunRequest:
        break;
    }
    const protocol::Request request = intent.request;
    const QString title = m_actions.title(intent.button);
    auto run = [this, request, title] {
        showMessage(tr("%1: running…").arg(title), false);
        m_loader->runAction(request);
    };
    // Preferences › Confirmations: the user may choose not to be asked.
    if (!intent.needsConfirmation
        || !settings::Settings::application()->get(settings::keys::confirmChanges)) {
        run();
        return;
    }
    MessageBox::question(this, tr("Confirm: %1").arg(title), intent.confirmation,
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No, this, [run](QMessageBox::StandardButton answer) {
            if (answer == QMessageBox::Yes)
                run();
        });
}

void ListView::onActionFinished(const protocol::Request &request, bool ok, const QString &message)
{
    QString title = request.function();
    for (const auto &pair : std::as_const(m_buttonActions))
        if (pair.first.func == request.function())
            title = pair.second->text();
    showMessage(ok ? tr("%1: done.").arg(title) : tr("%1 failed: %2").arg(title, message), !ok);
    Q_EMIT actionFinished(request.function(), ok, message);
    refresh(); // the server's state changed (or may have): show it
}

void ListView::editServerFilter()
{
    const QString button = m_serverFilter->filterButton();
    if (!button.isEmpty())
        triggerButton(button);
}

void ListView::clearServerFilter()
{
    if (!m_serverFilter->isActive() || m_serverFilter->isClearing())
        return;
    showMessage(tr("Clearing the filter…"), false);
    m_serverFilter->clear();
    updateFilterBar();
}

QString ListView::filterBarText() const
{
    return m_filterBar->isVisibleTo(const_cast<ListView *>(this)) ? m_filterLabel->text() : QString();
}

void ListView::updateFilterBar()
{
    const bool active = m_serverFilter->isActive();
    m_filterBar->setVisible(active);
    if (!active)
        return;
    m_filterLabel->setText(tr("Filtered: %1").arg(m_serverFilter->summary()));
    m_filterLabel->setToolTip(m_serverFilter->fromServer() ? tr("The filter the server applies to this list.")
                                                           : tr("The filter this window asked for."));
    m_filterClear->setEnabled(!m_serverFilter->isClearing());
    m_filterClear->setText(m_serverFilter->isClearing() ? tr("Clearing…") : tr("Clear filter"));
    m_filterEdit->setVisible(!m_serverFilter->filterButton().isEmpty());
}

QString ListView::messageText() const
{
    return m_message->isVisibleTo(const_cast<ListView *>(this)) ? m_message->text() : QString();
}

void ListView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, QColor(0xc0, 0x20, 0x20));
    m_message->setPalette(p);
    m_message->setVisible(!text.isEmpty());
}

QString ListView::statusText() const
{
    return m_status->text();
}

void ListView::updateStatus()
{
    const QLocale locale;
    const int loaded = m_model->rowCount();
    QString text;
    if (const auto total = m_loader->total())
        text = tr("%1 of %2 loaded").arg(locale.toString(loaded), locale.toString(*total));
    else
        text = tr("%n row(s) loaded", nullptr, loaded);
    if (!m_proxy->text().isEmpty())
        text = tr("%1 shown, %2").arg(locale.toString(m_proxy->rowCount()), text);
    if (m_loader->isLoading())
        text += tr(" — loading…");
    if (text != m_status->text()) {
        m_status->setText(text);
        Q_EMIT statusChanged(text);
    }
    m_totals->setText(totalsText());
    const QString server = serverTotalsText();
    m_serverTotals->setText(server);
    m_serverTotals->setVisible(!server.isEmpty());
}

void ListView::showContextMenu(const QPoint &pos)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (const auto &pair : std::as_const(m_buttonActions))
        menu->addAction(pair.second);
    if (m_clientCard)
        menu->addAction(m_clientCard);
    if (!m_buttonActions.isEmpty() || m_clientCard)
        menu->addSeparator();
    menu->addAction(tr("Copy"), this, &ListView::copySelection)->setShortcut(QKeySequence::Copy);
    menu->addAction(tr("Export to CSV…"), this, &ListView::exportCsvInteractive);
    menu->addAction(tr("Refresh"), this, &ListView::refresh)->setShortcut(QKeySequence::Refresh);
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

void ListView::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = m_view->horizontalHeader();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setAccessibleName(tr("Columns"));
    int visible = 0;
    for (int c = 0; c < m_model->columnCount(); ++c)
        visible += header->isSectionHidden(c) ? 0 : 1;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int c = header->logicalIndex(visual);
        QAction *a = menu->addAction(m_model->columnTitle(c));
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        a->setEnabled(header->isSectionHidden(c) || visible > 1); // never hide the last column
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            m_view->horizontalHeader()->setSectionHidden(c, !on);
            saveLayout();
        });
    }
    menu->popup(header->mapToGlobal(pos));
}

} // namespace mgrdesk::gui
