#pragma once
// The item model of a list (docs/protocol.md §5) over the compact TableData store. Pages are appended in
// batches (one beginInsertRows per page); sorting is local by an index permutation over per-column ranks
// computed lazily (see SortKeys), unless a ListLoader sorts on the server. No Gui types here: colours and
// status icons are exposed by name (ColorRole, PropsRole) and the view's delegate turns them into brushes and
// icons.
//
// Sorting off the GUI thread: the first sort of a column builds its keys (a collation key per distinct text,
// ~0.1 s for 100,000 distinct values). On a model of asyncSortThreshold() rows or more, that build runs on a
// worker thread over a copy of the one column: the current order stays visible (isSorting() is true and
// sortingChanged(true) was emitted) until the keys are ready, then the rows are reordered in one
// layoutAboutToBeChanged/layoutChanged with persistent indexes kept, sorted() and sortingChanged(false)
// follow. A newer sort request supersedes a pending one. Rows appended while keys build stay after the rows
// known to the build; the build's order is applied to those, and the keys are built again over all the rows.

#include "core/protocol/reply.h"
#include "sortkeys.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QSharedPointer>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QThreadPool;
QT_END_NAMESPACE

namespace mgrdesk::models {

class ListLoader;

class TableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        SortRole = Qt::UserRole + 1, // typed: double (numbers, money), QDateTime (dates), QString (text)
        KeyRole, // the row's key (elid)
        ColorRole, // the cell's color attribute ("green"), if any
        PropsRole, // prop columns: QStringList of the active props' img names
        PropTitlesRole, // prop columns: QStringList of the active props' names
        ColumnNameRole, // headerData: the column's field name
        ColumnTypeRole, // headerData: SortKeys::Type as int
    };
    Q_ENUM(Role)

    explicit TableModel(QObject *parent = nullptr);
    ~TableModel() override;

    using QAbstractTableModel::setData; // the cell overload stays visible (clang's -Woverloaded-virtual)
    // Replaces everything with the first page of a list (model reset). Metadata and messages come from it.
    void setData(QSharedPointer<protocol::TableData> data);
    // Appends the rows of the next page (one beginInsertRows). Columns are merged by name.
    void appendPage(const protocol::TableData &page);
    void clear();
    const protocol::TableData *tableData() const { return m_data.data(); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Columns (visible model columns; metadata order, else the union of fields in order of appearance).
    QString columnName(int column) const;
    int columnForName(const QString &name) const; // -1 when not a model column
    QString columnTitle(int column) const;
    SortKeys::Type columnType(int column) const; // metadata type/sort, else sniffed from the loaded values
    bool isServerSortable(int column) const; // coldata has a sort attribute

    // Rows: view row ↔ source row (TableData row) through the sort permutation.
    int sourceRow(int row) const { return m_order.empty() ? row : m_order[size_t(row)]; }
    int rowForSourceRow(int sourceRow) const;
    int rowForKey(const QString &key) const; // -1 when not loaded
    QString rowKey(int row) const;
    // Any field of a row by name, also fields that are not model columns (hide/show rules, key, keyname).
    QString value(int row, const QString &field) const;
    bool hasValue(int row, const QString &field) const;
    QString cellText(int row, int column) const; // what is shown: secret columns masked
    // A column whose name is a secret's (password, passwd, key, auth…: protocol::Request::isAlwaysSecret):
    // its cells are shown, copied and exported as secretMask(); value() still gives rules the real text.
    bool isSecretColumn(int column) const;
    static QString secretMask();

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // The rows are in the server's order for this column (server-side sort): no local permutation.
    void setServerSorted(int column, Qt::SortOrder order);
    // Sorts the loaded rows here, whatever the loader would do (column -1: load order).
    void sortLocally(int column, Qt::SortOrder order);
    void setLocale(const QLocale &locale); // collation locale (default: QLocale())
    // A sort whose keys are being built on a worker thread is pending (the rows keep their current order).
    bool isSorting() const { return m_pending.has_value(); }
    int pendingSortColumn() const { return m_pending ? m_pending->column : -1; }
    // Models with fewer rows build sort keys on the calling thread (a few ms at most). 0: always on a worker.
    int asyncSortThreshold() const { return m_asyncSortThreshold; }
    void setAsyncSortThreshold(int rows) { m_asyncSortThreshold = qMax(0, rows); }
    static constexpr int kDefaultAsyncSortThreshold = 5000;
    void setLoader(ListLoader *loader) { m_loader = loader; }
    ListLoader *loader() const { return m_loader; }

    size_t memoryUsage() const; // TableData plus sort keys and permutations, bytes
    // The thread that built the sort keys of the last sort finished off the GUI thread (null before any):
    // tests check that the work really left the GUI thread.
    Qt::HANDLE keyBuildThread() const { return m_keyBuildThread; }

Q_SIGNALS:
    void sorted(int column, Qt::SortOrder order);
    // True while sort keys are built on a worker thread (the view may show a busy state), false once the
    // rows are in the new order or the request was superseded by a synchronous sort, a reset or a server
    // sort.
    void sortingChanged(bool busy);

private:
    // The running result of looking at a column's values (as SortKeys::sniff does) over rows [0, rows).
    struct Sniff
    {
        int rows = 0;
        bool date = true, number = true, money = true, any = false;
        void advance(const protocol::TableData &data, int column);
        SortKeys::Type type() const;
    };
    struct Column
    {
        QString name;
        int dataColumn = -1; // TableData column, -1 when no row has it
        std::optional<protocol::ColumnInfo> info; // coldata, when the list has metadata
        mutable std::optional<SortKeys::Type> type;
        // What the values seen so far look like (SortKeys::sniff, kept per column): appending a page looks
        // only at its rows, so the type stays O(page) to keep up to date rather than O(rows) per page.
        mutable Sniff sniff;
        mutable std::vector<quint32> ranks; // lazily, per column
        QList<protocol::Attributes> props;
    };
    struct PendingSort
    {
        quint64 id = 0;
        int column = -1;
        Qt::SortOrder order = Qt::AscendingOrder;
        std::shared_ptr<std::atomic<bool>> cancel;
    };
    void rebuildColumns();
    void invalidateKeys();
    // The sort type of a column from the type its values look like and its coldata (type, sort).
    static SortKeys::Type resolveType(
        const std::optional<protocol::ColumnInfo> &info, SortKeys::Type sniffed);
    static std::optional<SortKeys::Type> numericByMetadata(const std::optional<protocol::ColumnInfo> &info);
    const std::vector<quint32> &ranksFor(int column) const;
    void applyOrder(std::vector<int> newOrder, int column, Qt::SortOrder order);
    void startSortJob(int column, Qt::SortOrder order);
    void cancelPendingSort();
    // order: the rows in the job's direction (built on the worker), used when the direction is still that
    // one.
    void sortJobDone(quint64 id, quint64 generation, std::optional<SortKeys::Type> type,
        std::vector<quint32> ranks, Qt::SortOrder builtOrder, std::vector<int> order);
    QStringList activeProps(int sourceRow, const Column &c, bool titles) const;
    QVariant sortValue(int sourceRow, int column) const;
    QString shown(int column, const QString &text) const;

    QSharedPointer<protocol::TableData> m_data;
    std::vector<Column> m_columns;
    std::vector<int> m_order; // view row → source row; empty = identity
    mutable std::vector<int> m_inverse; // source row → view row; lazily
    mutable QHash<QString, int> m_keyIndex; // key → source row; lazily
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QLocale m_locale;
    QCollator m_collator;
    ListLoader *m_loader = nullptr;
    std::optional<PendingSort> m_pending;
    quint64 m_nextSortJob = 0;
    quint64 m_generation = 0; // bumped whenever rows are appended: keys built before are partial
    int m_asyncSortThreshold = kDefaultAsyncSortThreshold;
    std::unique_ptr<QThreadPool> m_sortPool; // one worker, created on first use
    Qt::HANDLE m_keyBuildThread = nullptr;
};

} // namespace mgrdesk::models
