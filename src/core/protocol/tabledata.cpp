#include "tabledata.h"
#include "tabledata_p.h"

#include <algorithm>
#include <cstring>

namespace mgrdesk::protocol {

using namespace tabledata;

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

bool TableData::hasCell(int row, int column) const
{
    if (column < 0 || column >= columnCount() || row < 0 || row >= m_rows)
        return false;
    return valueAt(m_columns[size_t(column)], size_t(row)).present;
}

QByteArray TableData::cellUtf8(int row, int column) const
{
    if (column < 0 || column >= columnCount() || row < 0 || row >= m_rows)
        return {};
    const Value v = valueAt(m_columns[size_t(column)], size_t(row));
    return v.present ? QByteArray(v.data, qsizetype(v.size)) : QByteArray();
}

QByteArrayView TableData::cellView(int row, int column) const
{
    if (column < 0 || column >= columnCount() || row < 0 || row >= m_rows)
        return {};
    const Value v = valueAt(m_columns[size_t(column)], size_t(row));
    return v.present ? QByteArrayView(v.data, qsizetype(v.size)) : QByteArrayView();
}

QString TableData::cell(int row, int column) const
{
    if (column < 0 || column >= columnCount() || row < 0 || row >= m_rows)
        return {};
    const Value v = valueAt(m_columns[size_t(column)], size_t(row));
    return v.present ? QString::fromUtf8(v.data, qsizetype(v.size)) : QString();
}

Attributes TableData::cellAttributes(int row, int column) const
{
    if (column < 0 || column >= columnCount())
        return {};
    const Column &c = m_columns[size_t(column)];
    const auto it = std::lower_bound(c.attrRows.begin(), c.attrRows.end(), row);
    if (it == c.attrRows.end() || *it != row)
        return {};
    const quint32 set = c.attrSets[size_t(it - c.attrRows.begin())];
    size_t pos = set == 0 ? 0 : c.attrSetEnds[set - 1];
    const size_t end = c.attrSetEnds[set];
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
    const QByteArray packed
        = QByteArray::fromRawData(column.attrData.data() + start, qsizetype(column.attrData.size() - start));
    const auto found = column.attrIndex.constFind(packed);
    quint32 set = 0;
    if (found != column.attrIndex.constEnd()) {
        set = found.value(); // the same set as an earlier cell: keep one copy
        column.attrData.resize(start);
    } else {
        set = quint32(column.attrSetEnds.size());
        column.attrSetEnds.push_back(quint32(column.attrData.size()));
        if (column.attrIndex.size() < kMaxAttrIndex)
            column.attrIndex.insert(QByteArray(packed.constData(), packed.size()), set); // a deep copy
    }
    column.attrRows.push_back(row);
    column.attrSets.push_back(set);
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
    if (column.width != 0) {
        column.codes.resize(size_t(rows) * column.width, 0);
        return;
    }
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
    return rowsHeld(c) > size_t(m_rows) && valueAt(c, size_t(m_rows)).present;
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
    if (rowsHeld(c) > size_t(m_rows))
        return; // repeated child in one row: the first value wins
    padColumn(c, m_rows);
    // Offsets are 31-bit; a single column over 2 GiB cannot happen under the parser's size limit, but never
    // corrupt the store: appendValue drops what does not fit.
    appendValue(c, utf8, size > 0 ? size_t(size) : 0, true, size_t(m_rows) + 1);
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
        c.codes.shrink_to_fit();
        c.hashSlots = {}; // rebuilt by the next append to this column
        c.attrRows.shrink_to_fit();
        c.attrSets.shrink_to_fit();
        c.attrSetEnds.shrink_to_fit();
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
    c.width = from.width;
    c.data = from.data;
    c.ends = from.ends;
    c.codes = from.codes; // the hash of a pooled column is not copied: rebuilt if anything is appended
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
        bytes += c.codes.capacity() + c.hashSlots.capacity() * sizeof(quint32); // pooled: codes and hash
        bytes += size_t(c.name.capacity()) * 2;
        bytes += c.attrRows.capacity() * sizeof(int)
            + (c.attrSets.capacity() + c.attrSetEnds.capacity()) * sizeof(quint32) + c.attrData.capacity();
        for (auto it = c.attrIndex.cbegin(); it != c.attrIndex.cend(); ++it)
            bytes += 48 + size_t(it.key().capacity()); // node and key, an estimate
    }
    return bytes;
}

} // namespace mgrdesk::protocol
