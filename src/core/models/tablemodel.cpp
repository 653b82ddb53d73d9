#include "tablemodel.h"

#include "core/protocol/request.h"

#include "cellvalue.h"
#include "listloader.h"

#include <QRunnable>
#include <QThread>
#include <QThreadPool>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace mgrdesk::models {

using protocol::TableData;

namespace {
const QString kColor = QStringLiteral("color");
const QString kName = QStringLiteral("name");
const QString kValue = QStringLiteral("value");
const QString kImg = QStringLiteral("img");

QString attribute(const protocol::Attributes &attrs, const QString &name)
{
    for (const auto &a : attrs)
        if (a.first == name)
            return a.second;
    return {};
}
} // namespace

TableModel::TableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    setLocale(QLocale());
}

TableModel::~TableModel()
{
    if (m_pending)
        m_pending->cancel->store(true);
    if (m_sortPool)
        m_sortPool->waitForDone(); // a finished job's queued result dies with this object
}

namespace {
QCollator makeCollator(const QLocale &locale)
{
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    if (locale.language() != QLocale::C)
        collator.setNumericMode(true); // "item2" before "item10"
    return collator;
}
} // namespace

void TableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    m_collator = makeCollator(locale);
    for (auto &c : m_columns)
        c.ranks.clear();
    if (m_pending) // keys being built for the old locale: build them again
        startSortJob(m_pending->column, m_pending->order);
}

void TableModel::setData(QSharedPointer<TableData> data)
{
    cancelPendingSort();
    beginResetModel();
    m_data = std::move(data);
    m_order.clear();
    m_sortColumn = -1;
    m_sortOrder = Qt::AscendingOrder;
    rebuildColumns();
    invalidateKeys();
    endResetModel();
}

void TableModel::clear()
{
    setData({});
}

void TableModel::rebuildColumns()
{
    m_columns.clear();
    if (!m_data)
        return;
    const auto &meta = m_data->metadata;
    if (meta.present && !meta.columns.isEmpty()) {
        for (const auto &info : meta.columns) {
            if (info.type == QLatin1String("button") || info.type == QLatin1String("control"))
                continue; // in-cell widgets of the web UI; their actions are on the toolbar
            Column c;
            c.name = info.name;
            c.info = info;
            c.props = info.props;
            m_columns.push_back(std::move(c));
        }
    } else {
        for (const QString &name : m_data->columns()) {
            Column c;
            c.name = name;
            m_columns.push_back(std::move(c));
        }
    }
    for (auto &c : m_columns)
        c.dataColumn = m_data->columnIndex(c.name);
}

void TableModel::invalidateKeys()
{
    for (auto &c : m_columns) {
        c.ranks.clear();
        c.ranks.shrink_to_fit();
        c.type.reset();
    }
    m_inverse.clear();
    m_keyIndex.clear();
}

void TableModel::appendPage(const TableData &page)
{
    if (!m_data) {
        auto copy = QSharedPointer<TableData>::create(page);
        setData(copy);
        return;
    }
    if (page.rowCount() == 0)
        return;
    const int first = m_data->rowCount();
    const int oldColumns = int(m_columns.size());
    beginInsertRows({}, first, first + page.rowCount() - 1);
    m_data->appendRows(page);
#if defined(__GLIBC__)
    // Memory of long lists (docs/performance.md, "Memory of 1M rows"): glibc raises its mmap threshold up to
    // 32 MiB once big blocks are freed, and the heap then keeps what the pages' parse tables and the sort's
    // keys freed (~125 MiB at 1M rows). A fixed threshold (set once) gives big blocks back when freed, and a
    // trim returns the freed pages of the earlier parse tables, many on the parsing worker's arena.
    static const bool fixedThreshold = mallopt(M_MMAP_THRESHOLD, 1 << 20) != 0;
    Q_UNUSED(fixedThreshold)
    malloc_trim(0);
#endif
    ++m_generation; // keys being built now cover only the rows before this page
    if (!m_order.empty())
        for (int r = first; r < m_data->rowCount(); ++r)
            m_order.push_back(r); // new rows after the sorted ones until re-sorted below
    invalidateKeys();
    for (auto &c : m_columns)
        c.dataColumn = m_data->columnIndex(c.name);
    endInsertRows();

    if (!(m_data->metadata.present && !m_data->metadata.columns.isEmpty())) {
        const QStringList names = m_data->columns();
        if (names.size() > oldColumns) {
            beginInsertColumns({}, oldColumns, int(names.size()) - 1);
            for (int i = oldColumns; i < names.size(); ++i) {
                Column c;
                c.name = names.at(i);
                c.dataColumn = m_data->columnIndex(c.name);
                m_columns.push_back(std::move(c));
            }
            endInsertColumns();
        }
    }
    if (m_pending)
        return; // the pending sort applies its order to the rows it knows, then builds again over all
    if (!m_order.empty() && m_sortColumn >= 0)
        sortLocally(m_sortColumn, m_sortOrder);
}

int TableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_data ? 0 : m_data->rowCount();
}

int TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString TableModel::columnName(int column) const
{
    return column >= 0 && column < int(m_columns.size()) ? m_columns[size_t(column)].name : QString();
}

int TableModel::columnForName(const QString &name) const
{
    for (size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].name == name)
            return int(i);
    return -1;
}

QString TableModel::columnTitle(int column) const
{
    const QString name = columnName(column);
    if (m_data) {
        const QString title = m_data->messages.value(name);
        if (!title.isEmpty())
            return title;
    }
    return name;
}

SortKeys::Type TableModel::resolveType(
    const std::optional<protocol::ColumnInfo> &info, SortKeys::Type sniffed)
{
    SortKeys::Type t = sniffed;
    if (info) {
        if (info->type == QLatin1String("price"))
            t = SortKeys::Type::Money;
        else if (info->sort == QLatin1String("digit"))
            t = sniffed == SortKeys::Type::Money ? sniffed : SortKeys::Type::Number;
        else if (info->sort == QLatin1String("alpha") || info->type == QLatin1String("prop"))
            t = sniffed == SortKeys::Type::Date ? sniffed : SortKeys::Type::Text;
    }
    return t;
}

void TableModel::Sniff::advance(const protocol::TableData &data, int column)
{
    // The same reading as SortKeys::sniff, continued from the rows already seen.
    const int count = data.rowCount();
    for (; rows < count && (date || number || money); ++rows) {
        const QByteArrayView v = data.cellView(rows, column);
        if (v.isEmpty())
            continue;
        any = true;
        if (date && !CellValue::dateKey(v))
            date = false;
        if (number && !CellValue::number(v))
            number = false;
        if (money && !number && !CellValue::money(v))
            money = false;
    }
    if (!(date || number || money))
        rows = count; // text: nothing later changes that
}

SortKeys::Type TableModel::Sniff::type() const
{
    if (!any || date)
        return any ? SortKeys::Type::Date : SortKeys::Type::Text;
    if (number)
        return SortKeys::Type::Number;
    return money ? SortKeys::Type::Money : SortKeys::Type::Text;
}

SortKeys::Type TableModel::columnType(int column) const
{
    if (column < 0 || column >= int(m_columns.size()) || !m_data)
        return SortKeys::Type::Text;
    const Column &c = m_columns[size_t(column)];
    if (!c.type) {
        if (c.dataColumn >= 0)
            c.sniff.advance(*m_data, c.dataColumn); // only the rows appended since the last look
        c.type = resolveType(c.info, c.sniff.type());
    }
    return *c.type;
}

bool TableModel::isServerSortable(int column) const
{
    if (column < 0 || column >= int(m_columns.size()))
        return false;
    const auto &info = m_columns[size_t(column)].info;
    return info && !info->sort.isEmpty();
}

QString TableModel::cellText(int row, int column) const
{
    if (!m_data || column < 0 || column >= int(m_columns.size()) || row < 0 || row >= rowCount())
        return {};
    const int dc = m_columns[size_t(column)].dataColumn;
    return dc < 0 ? QString() : shown(column, m_data->cell(sourceRow(row), dc));
}

bool TableModel::isSecretColumn(int column) const
{
    return column >= 0 && column < int(m_columns.size())
        && protocol::Request::isAlwaysSecret(m_columns[size_t(column)].name);
}

QString TableModel::secretMask()
{
    return QStringLiteral("*****");
}

QString TableModel::shown(int column, const QString &text) const
{
    return !text.isEmpty() && isSecretColumn(column) ? secretMask() : text;
}

QString TableModel::value(int row, const QString &field) const
{
    if (!m_data || row < 0 || row >= rowCount())
        return {};
    const int dc = m_data->columnIndex(field);
    return dc < 0 ? QString() : m_data->cell(sourceRow(row), dc);
}

bool TableModel::hasValue(int row, const QString &field) const
{
    if (!m_data || row < 0 || row >= rowCount())
        return false;
    const int dc = m_data->columnIndex(field);
    return dc >= 0 && m_data->hasCell(sourceRow(row), dc);
}

QString TableModel::rowKey(int row) const
{
    if (!m_data || row < 0 || row >= rowCount())
        return {};
    return m_data->rowKey(sourceRow(row));
}

int TableModel::rowForSourceRow(int source) const
{
    if (!m_data || source < 0 || source >= m_data->rowCount())
        return -1;
    if (m_order.empty())
        return source;
    if (m_inverse.size() != m_order.size()) {
        m_inverse.assign(m_order.size(), -1);
        for (size_t i = 0; i < m_order.size(); ++i)
            m_inverse[size_t(m_order[i])] = int(i);
    }
    return m_inverse[size_t(source)];
}

int TableModel::rowForKey(const QString &key) const
{
    if (!m_data || key.isEmpty())
        return -1;
    if (m_keyIndex.isEmpty() && m_data->rowCount() > 0) {
        m_keyIndex.reserve(m_data->rowCount());
        for (int r = m_data->rowCount() - 1; r >= 0; --r)
            m_keyIndex.insert(m_data->rowKey(r), r); // first occurrence wins
    }
    const auto it = m_keyIndex.constFind(key);
    return it == m_keyIndex.constEnd() ? -1 : rowForSourceRow(it.value());
}

QStringList TableModel::activeProps(int source, const Column &c, bool titles) const
{
    QStringList result;
    for (const auto &prop : c.props) {
        const QString field = attribute(prop, kName);
        if (field.isEmpty())
            continue;
        const int dc = m_data->columnIndex(field);
        if (dc < 0 || !m_data->hasCell(source, dc))
            continue;
        const QString v = m_data->cell(source, dc);
        const QString want = attribute(prop, kValue);
        const bool on = want.isEmpty() ? (!v.isEmpty() && v != QLatin1String("off")) : v == want;
        if (!on)
            continue;
        if (titles) {
            const QString t = m_data->messages.value(QStringLiteral("hint_") + field);
            result.append(t.isEmpty() ? m_data->messages.value(field, field) : t);
        } else {
            const QString img = attribute(prop, kImg);
            result.append(img.isEmpty() ? field : img);
        }
    }
    return result;
}

QVariant TableModel::sortValue(int source, int column) const
{
    const Column &c = m_columns[size_t(column)];
    if (c.dataColumn < 0 || !m_data->hasCell(source, c.dataColumn))
        return {};
    const QByteArray v = m_data->cellUtf8(source, c.dataColumn);
    switch (columnType(column)) {
    case SortKeys::Type::Number:
    case SortKeys::Type::Money:
        if (const auto d = CellValue::money(v))
            return *d;
        break;
    case SortKeys::Type::Date:
        if (const auto k = CellValue::dateKey(v))
            return CellValue::dateTimeFromKey(*k);
        break;
    default:
        break;
    }
    return QString::fromUtf8(v);
}

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_data)
        return {};
    const int column = index.column();
    const Column &c = m_columns[size_t(column)];
    const int source = sourceRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: // a secret-named column (password, key, …) is never shown
        return c.dataColumn < 0 ? QString() : shown(column, m_data->cell(source, c.dataColumn));
    case Qt::ToolTipRole:
        if (!c.props.isEmpty()) {
            const QStringList titles = activeProps(source, c, true);
            return titles.isEmpty() ? QVariant() : QVariant(titles.join(QLatin1Char('\n')));
        }
        return {};
    case Qt::TextAlignmentRole: {
        const auto t = columnType(column);
        if (t == SortKeys::Type::Number || t == SortKeys::Type::Money)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }
    case SortRole:
        return sortValue(source, column);
    case KeyRole:
        return m_data->rowKey(source);
    case ColorRole: {
        if (c.dataColumn < 0)
            return {};
        const QString color = attribute(m_data->cellAttributes(source, c.dataColumn), kColor);
        return color.isEmpty() ? QVariant() : QVariant(color);
    }
    case PropsRole:
        return c.props.isEmpty() ? QVariant() : QVariant(activeProps(source, c, false));
    case PropTitlesRole:
        return c.props.isEmpty() ? QVariant() : QVariant(activeProps(source, c, true));
    default:
        return {};
    }
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        return {};
    }
    if (section < 0 || section >= int(m_columns.size()))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return columnTitle(section);
    case Qt::ToolTipRole: {
        const QString hint
            = m_data ? m_data->messages.value(QStringLiteral("hint_") + columnName(section)) : QString();
        return hint.isEmpty() ? QVariant() : QVariant(hint);
    }
    case ColumnNameRole:
        return columnName(section);
    case ColumnTypeRole:
        return int(columnType(section));
    default:
        return {};
    }
}

Qt::ItemFlags TableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

bool TableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loader && m_loader->canFetchMore();
}

void TableModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid() && m_loader)
        m_loader->fetchMore();
}

std::optional<SortKeys::Type> TableModel::numericByMetadata(const std::optional<protocol::ColumnInfo> &info)
{
    // resolveType() makes these Money or Number whatever the values look like, and both rank alike (read with
    // CellValue::money): ranking them needs no sniffing of the values (columnType() still sniffs when asked).
    if (info && (info->type == QLatin1String("price") || info->sort == QLatin1String("digit")))
        return SortKeys::Type::Money;
    return std::nullopt;
}

const std::vector<quint32> &TableModel::ranksFor(int column) const
{
    const Column &c = m_columns[size_t(column)];
    if (c.ranks.size() != size_t(m_data->rowCount())) {
        const std::optional<SortKeys::Type> type = c.type ? c.type : numericByMetadata(c.info);
        c.ranks = SortKeys::ranks(*m_data, c.dataColumn, type ? *type : columnType(column), m_collator);
    }
    return c.ranks;
}

void TableModel::sort(int column, Qt::SortOrder order)
{
    if (m_loader && m_loader->sortOnServer(column, order))
        return; // the loader reloads in the server's order and calls setServerSorted()
    sortLocally(column, order);
}

void TableModel::setServerSorted(int column, Qt::SortOrder order)
{
    cancelPendingSort();
    m_sortColumn = column;
    m_sortOrder = order;
    if (!m_order.empty()) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList persistent = persistentIndexList();
        QList<int> sources;
        for (const QModelIndex &i : persistent)
            sources.append(sourceRow(i.row()));
        m_order.clear();
        m_inverse.clear();
        QModelIndexList to;
        for (qsizetype i = 0; i < persistent.size(); ++i)
            to.append(index(sources.at(i), persistent.at(i).column()));
        changePersistentIndexList(persistent, to);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    Q_EMIT sorted(column, order);
}

void TableModel::sortLocally(int column, Qt::SortOrder order)
{
    if (!m_data || column >= int(m_columns.size()))
        return;
    if (column >= 0) {
        const Column &c = m_columns[size_t(column)];
        const bool keysReady = c.ranks.size() == size_t(m_data->rowCount());
        if (!keysReady && c.dataColumn >= 0 && m_data->rowCount() >= m_asyncSortThreshold) {
            if (m_pending && m_pending->column == column)
                m_pending->order = order; // the same keys are being built: only the direction changes
            else
                startSortJob(column, order);
            return;
        }
    }
    cancelPendingSort(); // superseded by this sort, done here and now
    std::vector<int> newOrder;
    if (column >= 0)
        newOrder = SortKeys::order(ranksFor(column), order);
    applyOrder(std::move(newOrder), column, order);
}

void TableModel::applyOrder(std::vector<int> newOrder, int column, Qt::SortOrder order)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    std::vector<int> sources;
    sources.reserve(size_t(persistent.size()));
    for (const QModelIndex &i : persistent)
        sources.push_back(sourceRow(i.row()));
    m_order = std::move(newOrder);
    m_inverse.clear();
    m_sortColumn = column;
    m_sortOrder = order;
    if (!persistent.isEmpty()) {
        QModelIndexList to;
        to.reserve(persistent.size());
        for (qsizetype i = 0; i < persistent.size(); ++i)
            to.append(index(rowForSourceRow(sources[size_t(i)]), persistent.at(i).column()));
        changePersistentIndexList(persistent, to);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT sorted(column, order);
}

void TableModel::cancelPendingSort()
{
    if (!m_pending)
        return;
    m_pending->cancel->store(true);
    m_pending.reset();
    Q_EMIT sortingChanged(false);
}

void TableModel::startSortJob(int column, Qt::SortOrder order)
{
    const bool wasBusy = m_pending.has_value();
    if (m_pending)
        m_pending->cancel->store(true); // superseded: it stops early, a result that still comes is ignored
    const Column &c = m_columns[size_t(column)];
    PendingSort pending;
    pending.id = ++m_nextSortJob;
    pending.column = column;
    pending.order = order;
    pending.cancel = std::make_shared<std::atomic<bool>>(false);
    m_pending = pending;
    if (!m_sortPool) {
        m_sortPool = std::make_unique<QThreadPool>();
        m_sortPool->setMaxThreadCount(1); // one build at a time; superseded ones stop early
        m_sortPool->setExpiryTimeout(5000);
    }
    // The worker gets its own copy of the one column (its value buffer and offsets: two memcpy), so pages
    // appended meanwhile never touch what it reads.
    auto snapshot = std::make_shared<TableData>(m_data->columnSnapshot(c.dataColumn));
    const std::optional<SortKeys::Type> known = c.type;
    const std::optional<protocol::ColumnInfo> info = c.info;
    const QLocale locale = m_locale;
    const quint64 id = pending.id;
    const quint64 generation = m_generation;
    const std::shared_ptr<std::atomic<bool>> cancel = pending.cancel;
    TableModel *model = this;
    m_sortPool->start(QRunnable::create([=]() mutable {
        if (cancel->load())
            return;
        // The column's type, when not known yet and needed to rank it, from the values as columnType() would
        // find it.
        std::optional<SortKeys::Type> found;
        std::optional<SortKeys::Type> type = known ? known : numericByMetadata(info);
        if (!type)
            type = found = resolveType(info, SortKeys::sniff(*snapshot, 0));
        const QCollator collator = makeCollator(locale); // its own: a QCollator is not shared across threads
        const int rows = snapshot->rowCount();
        std::vector<quint32> ranks = SortKeys::ranks(*snapshot, 0, *type, collator, cancel.get());
        snapshot.reset(); // the copy goes now, not when the pool gets round to deleting this job
        const Qt::HANDLE builtOn = QThread::currentThreadId();
        if (ranks.size() != size_t(rows))
            return; // cancelled
        // The permutation too (a counting sort over 1M ranks is milliseconds the GUI thread need not spend);
        // the model uses it when the direction asked for is still this one.
        std::vector<int> rowOrder = SortKeys::order(ranks, order);
        // The model waits for its jobs in its destructor, so it is alive here; a queued call that has not run
        // when the model is destroyed is dropped with it (QObject removes its posted events).
        QMetaObject::invokeMethod(
            model,
            [model, id, generation, found, builtOn, order, ranks = std::move(ranks),
                rowOrder = std::move(rowOrder)]() mutable {
                model->m_keyBuildThread = builtOn;
                model->sortJobDone(id, generation, found, std::move(ranks), order, std::move(rowOrder));
            },
            Qt::QueuedConnection);
    }));
    if (!wasBusy)
        Q_EMIT sortingChanged(true);
}

void TableModel::sortJobDone(quint64 id, quint64 generation, std::optional<SortKeys::Type> type,
    std::vector<quint32> ranks, Qt::SortOrder builtOrder, std::vector<int> rowOrder)
{
    if (!m_pending || m_pending->id != id)
        return; // superseded, reset or sorted otherwise meanwhile
    const int column = m_pending->column;
    const Qt::SortOrder order = m_pending->order;
    Column &c = m_columns[size_t(column)];
    if (generation == m_generation && ranks.size() == size_t(m_data->rowCount())) {
        if (type && !c.type)
            c.type = type;
        c.ranks = std::move(ranks);
        m_pending.reset();
        applyOrder(
            builtOrder == order ? std::move(rowOrder) : SortKeys::order(c.ranks, order), column, order);
        Q_EMIT sortingChanged(false);
        return;
    }
    // Rows were appended while the keys were built: order the rows the build knew, keep the new ones after
    // them in load order, and build again over all the rows (still busy).
    std::vector<int> partial = builtOrder == order ? std::move(rowOrder) : SortKeys::order(ranks, order);
    partial.reserve(size_t(m_data->rowCount()));
    for (int r = int(ranks.size()); r < m_data->rowCount(); ++r)
        partial.push_back(r);
    applyOrder(std::move(partial), column, order);
    startSortJob(column, order);
}

size_t TableModel::memoryUsage() const
{
    size_t bytes = m_data ? m_data->memoryUsage() : 0;
    for (const auto &c : m_columns)
        bytes += c.ranks.capacity() * sizeof(quint32);
    bytes += (m_order.capacity() + m_inverse.capacity()) * sizeof(int);
    bytes += size_t(m_keyIndex.size()) * 64; // node + short key, an estimate
    return bytes;
}

} // namespace mgrdesk::models
