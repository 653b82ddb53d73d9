#pragma once
// One list (docs/protocol.md §5) as a widget: a QTableView over models::TableModel filled page by page by
// models::ListLoader, the toolbar and context menu from the list's metadata (models::ListActions), a quick
// local filter (Ctrl+F), a status line ("N of TOTAL loaded", selection totals), a loading indicator, column
// show/hide and order saved per server and list, copy as tab-separated text, CSV export of every page, F5
// refresh, Enter/double-click for the default action, Delete for the delete action (confirmed). It talks to
// the server only through the loader; forms and child lists are opened by whoever listens to its signals.

#include "core/models/listactions.h"
#include "core/operations/operationsmodel.h" // QPointer needs the complete type
#include "core/protocol/request.h"
#include "core/routing/pagerequest.h"

#include <QPointer>
#include <QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
class QToolBar;
QT_END_NAMESPACE

namespace mgrdesk::net {
class Connection;
}
namespace mgrdesk::models {
class ListExport;
class ListServerExport;
class ListFilter;
class ListLoader;
class TableModel;
} // namespace mgrdesk::models

namespace mgrdesk::gui {

class ListFilterProxy;

class ListView : public QWidget
{
    Q_OBJECT
public:
    ListView(net::Connection *connection, const QString &function, const QString &plid = QString(),
        QWidget *parent = nullptr);
    ~ListView() override;

    QString function() const;
    QString plid() const;
    models::TableModel *model() const { return m_model; }
    models::ListLoader *loader() const { return m_loader; }
    QTableView *tableView() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QToolBar *toolBar() const { return m_toolBar; }
    QAction *buttonAction(const QString &name) const; // toolbar action of a metadata button, or nullptr
    // "Client card" on Clients (account) and Users (user) rows for staff: openPageRequested() with the card's
    // kind (docs/clientcard.md); nullptr on other lists.
    QAction *clientCardAction() const { return m_clientCard; }

    void load(); // first page (done once by the constructor's caller)
    void refresh(); // F5: reloads what is loaded, keeps selection and sort
    void setFilterText(const QString &text);
    QList<int> selectedRows() const; // model rows, in view order
    // The title the list was opened with (the menu's); its tab adds "(filtered)" (router/pagetitles.h).
    void setBaseTitle(const QString &title) { m_baseTitle = title; }
    QString baseTitle() const { return m_baseTitle; }
    QString nameOfKey(const QString &key) const; // the keyname value of the loaded row with that key
    void selectKeys(const QStringList &keys);

    bool triggerButton(const QString &name); // runs a metadata button for the current selection
    void runDefaultAction();
    void runDeleteAction();

    QString statusText() const;
    QString totalsText() const; // sums of the selected rows' money and number columns
    // The server's column totals (coldata stat="yes" total="…", docs/protocol.md §5): over the whole filtered
    // list, not the loaded rows. "Total: Amount 12,221,253.00 RUB; …", empty when the list has none.
    QString serverTotalsText() const;
    QString selectionAsText() const; // tab-separated, visible columns in visual order
    void copySelection();
    // Loads every page, then writes all rows (current order) as CSV on a worker thread, with progress and
    // Cancel in the export bar: exportFinished() reports it (also a failure or a cancel).
    void exportCsv(const QString &path);
    void exportCsvInteractive(); // asks for a file (non-modal QFileDialog)
    bool isExporting() const; // loading the pages or writing the file
    void cancelExport();
    QWidget *exportBar() const { return m_exportBar; }
    QProgressBar *exportProgress() const { return m_exportProgress; }
    QPushButton *exportCancelButton() const { return m_exportCancel; }
    QString exportText() const; // the export bar's label

    // The server's own CSV export (func=LIST&out=csv, docs/lists.md), saved through QSaveFile on a worker;
    // exportFinished() reports it as for the client-side export.
    bool serverExportAvailable() const;
    QString serverExportTitle() const;
    QString serverExportHint() const; // the server's hint_export message, when it sends one
    void exportOnServer(const QString &path);
    void exportOnServerInteractive(); // a non-modal save dialog in the account's last folder
    bool isServerExporting() const;
    models::ListServerExport *serverExport() const { return m_serverExport; }
    QString exportFolder() const; // where the save dialog starts

    // The server-side filter: a bar above the table says what is applied, with Clear filter.
    models::ListFilter *serverFilter() const { return m_serverFilter; }
    QWidget *filterBar() const { return m_filterBar; }
    QString filterBarText() const;
    QPushButton *clearFilterButton() const { return m_filterClear; }
    void clearServerFilter(); // the filter form's reset button, then the list reloads from page 1
    void editServerFilter(); // the toolbar's filter button (the X.filter form opens as a form)

    // Long operations: group actions run through `model` (a progressid, the Operations panel) instead of
    // plain requests; the list refreshes when each ends. Set from the page context by the router.
    void setOperations(operations::OperationsModel *model, const QString &accountName);
    operations::OperationsModel *operations() const { return m_operations; }
    int runningOperations() const { return m_runningOperations; } // started here and not yet ended
    // "Reboot: a.example, b.example and 2 more": how an operation is named in the Operations panel.
    static QString operationTitle(const QString &title, const QStringList &names);

    QString messageText() const; // the result line above the table (last action, export, errors)
    QString settingsKey() const; // QSettings group of this list's column layout
    // How many rows the first column sizing looks at: those that fit in the viewport, at least
    // kMinSizingRows, at most kMaxSizingRows (docs/performance.md).
    int sizingRows() const;
    static constexpr int kMinSizingRows = 20;
    static constexpr int kMaxSizingRows = 200;

Q_SIGNALS:
    // buttonType: the toolbar button's type ("edit", "new", "groupform", …; empty for a filter form): a
    // "groupform" is a short confirmation that fits a dialog.
    void openFormRequested(
        const QString &func, const QString &elid, const QString &plid, const QString &buttonType = QString());
    void openListRequested(const QString &func, const QString &plid);
    void openWindowRequested(const mgrdesk::protocol::Request &request);
    void openPageRequested(
        const mgrdesk::routing::PageRequest &request); // a page of another kind (client card)
    void actionFinished(const QString &func, bool ok, const QString &message);
    void exportFinished(const QString &path, bool ok, const QString &message);
    void statusChanged(const QString &text);

private:
    void buildUi();
    void rebuildActions();
    void updateActions();
    void updateStatus();
    void runIntent(const models::ActionIntent &intent);
    void onActionFinished(const protocol::Request &request, bool ok, const QString &message);
    void startOperation(const protocol::Request &request, const QString &title, const QStringList &names);
    void showMessage(const QString &text, bool error);
    void showContextMenu(const QPoint &pos);
    void showHeaderMenu(const QPoint &pos);
    void saveLayout();
    void restoreLayout();
    // Column widths from the rows that fit in the viewport (sizingRows()), not QHeaderView's default 1,000.
    void sizeColumnsToVisibleRows();
    void startExportWriting();
    void finishExport(const QString &path, bool ok, const QString &message);
    void updateFilterBar();
    void updateExportBar();

    QPointer<net::Connection> m_connection;
    models::TableModel *m_model = nullptr;
    models::ListLoader *m_loader = nullptr;
    models::ListActions m_actions;
    ListFilterProxy *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_serverTotals = nullptr;
    QProgressBar *m_busy = nullptr;
    QTimer *m_filterTimer = nullptr;
    QTimer *m_saveTimer = nullptr;
    QList<QPair<protocol::ToolButton, QAction *>> m_buttonActions;
    QStringList m_keepSelection; // keys to select again after a refresh
    QString m_pendingExport; // loading every page before writing this file
    models::ListExport *m_export = nullptr;
    QWidget *m_exportBar = nullptr;
    QLabel *m_exportLabel = nullptr;
    QProgressBar *m_exportProgress = nullptr;
    QPushButton *m_exportCancel = nullptr;
    models::ListFilter *m_serverFilter = nullptr;
    QWidget *m_filterBar = nullptr;
    QLabel *m_filterLabel = nullptr;
    QPushButton *m_filterClear = nullptr;
    QPushButton *m_filterEdit = nullptr;
    bool m_layoutRestored = false;
    QPointer<operations::OperationsModel> m_operations;
    QString m_accountName;
    int m_runningOperations = 0;
    models::ListServerExport *m_serverExport = nullptr;
    QString m_baseTitle;
    QString accountId() const;
    QAction *m_clientCard = nullptr;
};

} // namespace mgrdesk::gui
