#include "tablemodel.h"

#include "cellvalue.h"
#include "listloader.h"

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

TableModel::~TableModel() = default;

void TableModel::setLocale(const QLocale &locale)
{
    m_collator = QCollator(locale);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    if (locale.language() != QLocale::C)
        m_collator.setNumericMode(true); // "item2" before "item10"
    for (auto &c : m_columns)
        c.ranks.clear();
}

void TableModel::setData(QSharedPointer<TableData> data)
{
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

SortKeys::Type TableModel::columnType(int column) const
{
    if (column < 0 || column >= int(m_columns.size()) || !m_data)
        return SortKeys::Type::Text;
    const Column &c = m_columns[size_t(column)];
    if (!c.type) {
        const SortKeys::Type sniffed = SortKeys::sniff(*m_data, c.dataColumn);
        SortKeys::Type t = sniffed;
        if (c.info) {
            if (c.info->type == QLatin1String("price"))
                t = SortKeys::Type::Money;
            else if (c.info->sort == QLatin1String("digit"))
                t = sniffed == SortKeys::Type::Money ? sniffed : SortKeys::Type::Number;
            else if (c.info->sort == QLatin1String("alpha") || c.info->type == QLatin1String("prop"))
                t = sniffed == SortKeys::Type::Date ? sniffed : SortKeys::Type::Text;
        }
        c.type = t;
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
    return dc < 0 ? QString() : m_data->cell(sourceRow(row), dc);
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
    case Qt::EditRole:
        return c.dataColumn < 0 ? QString() : m_data->cell(source, c.dataColumn);
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

const std::vector<quint32> &TableModel::ranksFor(int column) const
{
    const Column &c = m_columns[size_t(column)];
    if (c.ranks.size() != size_t(m_data->rowCount()))
        c.ranks = SortKeys::ranks(*m_data, c.dataColumn, columnType(column), m_collator);
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
    std::vector<int> newOrder;
    if (column >= 0)
        newOrder = SortKeys::order(ranksFor(column), order);

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
