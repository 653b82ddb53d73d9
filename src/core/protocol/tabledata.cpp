#include "tabledata.h"

#include <algorithm>
#include <cstring>

namespace mgrdesk::protocol {

namespace {
constexpr quint32 kAbsent = 0x80000000u;
constexpr quint32 kOffsetMask = 0x7fffffffu;
} // namespace

TableData::TableData() = default;

int TableData::rowCount() const
{
    return m_rows;
}

int TableData::columnCount() const
{
    return int(m_columns.size());
}

const QStringList &TableData::columns() const
{
    return m_names;
}

int TableData::columnIndex(const QString &name) const
{
    return m_index.value(name, -1);
}

quint32 TableData::cellStart(const Column &column, int row) const
{
    return row == 0 ? 0 : (column.ends[size_t(row) - 1] & kOffsetMask);
}

bool TableData::hasCell(int row, int column) const
{
    if (column < 0 || column >= columnCount() || row < 0 || row >= m_rows)
        return false;
    const Column &c = m_columns[size_t(column)];
    return size_t(row) < c.ends.size() && !(c.ends[size_t(row)] & kAbsent);
}

QByteArray TableData::cellUtf8(int row, int column) const
{
    if (!hasCell(row, column))
        return {};
    const Column &c = m_columns[size_t(column)];
    const quint32 start = cellStart(c, row);
    const quint32 end = c.ends[size_t(row)] & kOffsetMask;
    return QByteArray(c.data.data() + start, qsizetype(end - start));
}

QByteArrayView TableData::cellView(int row, int column) const
{
    if (!hasCell(row, column))
        return {};
    const Column &c = m_columns[size_t(column)];
    const quint32 start = cellStart(c, row);
    const quint32 end = c.ends[size_t(row)] & kOffsetMask;
    return QByteArrayView(c.data.data() + start, qsizetype(end - start));
}

QString TableData::cell(int row, int column) const
{
    if (!hasCell(row, column))
        return {};
    const Column &c = m_columns[size_t(column)];
    const quint32 start = cellStart(c, row);
    const quint32 end = c.ends[size_t(row)] & kOffsetMask;
    return QString::fromUtf8(c.data.data() + start, qsizetype(end - start));
}

Attributes TableData::cellAttributes(int row, int column) const
{
    if (column < 0 || column >= columnCount())
        return {};
    const Column &c = m_columns[size_t(column)];
    const auto it = std::lower_bound(c.attrRows.begin(), c.attrRows.end(), row);
    if (it == c.attrRows.end() || *it != row)
        return {};
    const size_t i = size_t(it - c.attrRows.begin());
    size_t pos = i == 0 ? 0 : c.attrEnds[i - 1];
    const size_t end = c.attrEnds[i];
    Attributes out;
    const auto take = [&c, &pos]() {
        quint32 size = 0;
        std::memcpy(&size, c.attrData.data() + pos, sizeof size);
        pos += sizeof size;
        const QString text = QString::fromUtf8(c.attrData.data() + pos, qsizetype(size));
        pos += size;
        return text;
    };
    while (pos < end) {
        QString name = take();
        QString value = take();
        out.append({ std::move(name), std::move(value) });
    }
    return out;
}

void TableData::packAttribute(
    Column &column, const char *name, size_t nameSize, const char *value, size_t valueSize)
{
    const auto put = [&column](const char *data, size_t size) {
        const quint32 n = quint32(size);
        column.attrData.append(reinterpret_cast<const char *>(&n), sizeof n);
        column.attrData.append(data, size);
    };
    put(name, nameSize);
    put(value, valueSize);
}

void TableData::endAttributes(Column &column, int row, size_t start)
{
    if (column.attrData.size() == start)
        return;
    if (column.attrData.size()
        > 0xffffffffu) { // cannot happen under the parser's size limit: drop, never corrupt
        column.attrData.resize(start);
        return;
    }
    column.attrRows.push_back(row);
    column.attrEnds.push_back(quint32(column.attrData.size()));
}

QString TableData::rowKey(int row) const
{
    return cell(row, columnIndex(keyColumn));
}

int TableData::addColumn(const QString &name)
{
    const auto it = m_index.constFind(name);
    if (it != m_index.constEnd())
        return it.value();
    const int index = columnCount();
    Column column;
    column.name = name;
    m_columns.push_back(std::move(column));
    m_names.append(name);
    m_index.insert(name, index);
    return index;
}

void TableData::padColumnSlow(Column &column, int rows)
{
    const quint32 end = column.ends.empty() ? 0 : (column.ends.back() & kOffsetMask);
    column.ends.resize(size_t(rows), end | kAbsent);
}

void TableData::beginRow()
{
    if (m_inRow)
        endRow();
    m_inRow = true;
}

bool TableData::hasCellInCurrentRow(int column) const
{
    if (!m_inRow || column < 0 || column >= columnCount())
        return false;
    const Column &c = m_columns[size_t(column)];
    return c.ends.size() > size_t(m_rows) && !(c.ends[size_t(m_rows)] & kAbsent);
}

void TableData::setCellRaw(int column, const char *utf8, qsizetype size, const Attributes &attrs)
{
    if (m_openColumn >= 0)
        closeCell();
    if (column < 0 || column >= columnCount())
        return;
    if (!m_inRow)
        beginRow();
    Column &c = m_columns[size_t(column)];
    if (c.ends.size() > size_t(m_rows))
        return; // repeated child in one row: the first value wins
    padColumn(c, m_rows);
    // Offsets are 31-bit; a single column over 2 GiB cannot happen under the parser's size limit, but never
    // corrupt the store: drop what does not fit.
    if (quint64(c.data.size()) + quint64(size) > kOffsetMask)
        size = 0;
    c.data.append(utf8, size_t(size));
    c.ends.push_back(quint32(c.data.size()));
    if (!attrs.isEmpty()) {
        const size_t start = c.attrData.size();
        for (const auto &[name, value] : attrs) {
            const QByteArray n = name.toUtf8(), v = value.toUtf8();
            packAttribute(c, n.constData(), size_t(n.size()), v.constData(), size_t(v.size()));
        }
        endAttributes(c, m_rows, start);
    }
}

QByteArrayView TableData::openCellText() const
{
    if (m_openColumn < 0)
        return {};
    const auto &data = m_columns[size_t(m_openColumn)].data;
    return QByteArrayView(data.data() + m_openStart, qsizetype(data.size() - m_openStart));
}

void TableData::replaceOpenCellText(const char *utf8, qsizetype size)
{
    if (m_openColumn < 0)
        return;
    auto &data = m_columns[size_t(m_openColumn)].data;
    data.resize(m_openStart);
    data.append(utf8, size_t(size));
}

void TableData::closeCellSlow(Column &c, const std::pair<std::string, std::string> *attrs, size_t count)
{
    // Offsets are 31-bit: never corrupt the store, drop what does not fit (see setCellRaw).
    if (quint64(c.data.size()) > kOffsetMask)
        c.data.resize(m_openStart);
    c.ends.push_back(quint32(c.data.size()));
    if (attrs && count) {
        const size_t start = c.attrData.size();
        for (size_t i = 0; i < count; ++i)
            packAttribute(c, attrs[i].first.data(), attrs[i].first.size(), attrs[i].second.data(),
                attrs[i].second.size());
        endAttributes(c, m_rows, start);
    }
}

void TableData::setCell(int column, const QByteArray &utf8, const Attributes &attrs)
{
    setCellRaw(column, utf8.constData(), utf8.size(), attrs);
}

void TableData::endRow()
{
    if (m_openColumn >= 0)
        closeCell();
    if (!m_inRow)
        beginRow();
    ++m_rows;
    m_inRow = false;
}

void TableData::reorderColumns(const QStringList &order)
{
    if (m_openColumn >= 0)
        closeCell();
    std::vector<int> permutation;
    permutation.reserve(m_columns.size() + size_t(order.size()));
    std::vector<bool> used;
    for (const QString &name : order) {
        const int index = addColumn(name);
        used.resize(m_columns.size(), false);
        if (!used[size_t(index)]) {
            used[size_t(index)] = true;
            permutation.push_back(index);
        }
    }
    used.resize(m_columns.size(), false);
    for (int i = 0; i < columnCount(); ++i) {
        if (!used[size_t(i)])
            permutation.push_back(i);
    }
    std::vector<Column> columns;
    columns.reserve(m_columns.size());
    m_names.clear();
    m_index.clear();
    for (const int from : permutation) {
        m_index.insert(m_columns[size_t(from)].name, int(columns.size()));
        m_names.append(m_columns[size_t(from)].name);
        columns.push_back(std::move(m_columns[size_t(from)]));
    }
    m_columns = std::move(columns);
}

void TableData::appendRows(const TableData &other)
{
    if (m_openColumn >= 0)
        closeCell();
    if (m_inRow)
        endRow();
    const int firstRow = m_rows;
    for (RowButton button : other.rowButtons) {
        button.row += firstRow;
        rowButtons.append(button);
    }
    std::vector<int> map;
    map.reserve(other.m_columns.size());
    for (const Column &c : other.m_columns)
        map.push_back(addColumn(c.name));
    // Column by column: the other page's bytes, offsets (shifted) and attributes go in whole. A model appends
    // 10,000-row pages this way on the GUI thread, so it must not cost a call per cell.
    bool bulk = true;
    for (size_t oc = 0; oc < other.m_columns.size() && bulk; ++oc) {
        const Column &from = other.m_columns[oc];
        const Column &to = m_columns[size_t(map[oc])];
        bulk = to.ends.size() <= size_t(firstRow) && from.ends.size() <= size_t(other.m_rows)
            && quint64(to.data.size()) + from.data.size() <= kOffsetMask
            && quint64(to.attrData.size()) + from.attrData.size() <= 0xffffffffu;
    }
    if (bulk) {
        for (size_t oc = 0; oc < other.m_columns.size(); ++oc) {
            const Column &from = other.m_columns[oc];
            Column &to = m_columns[size_t(map[oc])];
            padColumn(to, firstRow);
            const quint32 base = quint32(to.data.size());
            to.data.append(from.data.data(), from.data.size());
            const size_t at = to.ends.size();
            to.ends.resize(at + from.ends.size(), 0);
            quint32 *ends = to.ends.data() + at;
            for (size_t i = 0; i < from.ends.size(); ++i)
                ends[i] = ((from.ends[i] & kOffsetMask) + base) | (from.ends[i] & kAbsent);
            const quint32 attrBase = quint32(to.attrData.size());
            to.attrData.append(from.attrData);
            for (size_t i = 0; i < from.attrRows.size(); ++i) {
                to.attrRows.push_back(from.attrRows[i] + firstRow);
                to.attrEnds.push_back(from.attrEnds[i] + attrBase);
            }
        }
        m_rows += other.m_rows; // columns shorter than that are padded lazily (absent cells)
        return;
    }
    for (int row = 0; row < other.m_rows; ++row) {
        beginRow();
        for (size_t oc = 0; oc < other.m_columns.size(); ++oc) {
            if (!other.hasCell(row, int(oc)))
                continue;
            const Column &c = other.m_columns[oc];
            const quint32 start = other.cellStart(c, row);
            const quint32 end = c.ends[size_t(row)] & kOffsetMask;
            setCellRaw(
                map[oc], c.data.data() + start, qsizetype(end - start), other.cellAttributes(row, int(oc)));
        }
        endRow();
    }
}

QList<QPair<QString, QString>> TableData::totals() const
{
    QList<QPair<QString, QString>> out;
    for (const ColumnInfo &c : metadata.columns) {
        if (c.total)
            out.append({ c.name, *c.total });
    }
    return out;
}

QList<RowButton> TableData::buttonsOfRow(int row) const
{
    QList<RowButton> out;
    for (const RowButton &b : rowButtons) {
        if (b.row == row)
            out.append(b);
    }
    return out;
}

void TableData::squeeze()
{
    if (m_openColumn >= 0)
        closeCell();
    for (Column &c : m_columns) {
        c.data.shrink_to_fit();
        c.ends.shrink_to_fit();
        c.attrRows.shrink_to_fit();
        c.attrEnds.shrink_to_fit();
        c.attrData.shrink_to_fit();
    }
}

TableData TableData::columnSnapshot(int column) const
{
    TableData out;
    out.m_rows = m_rows;
    if (column < 0 || column >= columnCount())
        return out;
    const Column &from = m_columns[size_t(column)];
    Column c;
    c.name = from.name;
    c.data = from.data;
    c.ends = from.ends;
    out.m_columns.push_back(std::move(c));
    out.m_names.append(from.name);
    out.m_index.insert(from.name, 0);
    return out;
}

size_t TableData::memoryUsage() const
{
    size_t bytes = sizeof(*this);
    for (const Column &c : m_columns) {
        bytes += sizeof(Column) + c.data.capacity() + c.ends.capacity() * sizeof(quint32);
        bytes += size_t(c.name.capacity()) * 2;
        bytes += c.attrRows.capacity() * sizeof(int) + c.attrEnds.capacity() * sizeof(quint32)
            + c.attrData.capacity();
    }
    return bytes;
}

} // namespace mgrdesk::protocol
