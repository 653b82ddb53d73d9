// TableData's two column forms (tabledata.h): reading a row's value in either, the pooled form's dictionary
// (codes, hash, the switch to the plain form), pooling a plain column again, and appending pages.
#include "tabledata.h"
#include "tabledata_p.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace mgrdesk::protocol {

using namespace tabledata;

namespace {

// Cell values are short: 8 bytes at a time beats a call to memcmp.
inline bool sameBytes(const char *a, const char *b, size_t n)
{
    for (; n >= 8; a += 8, b += 8, n -= 8) {
        quint64 x, y;
        std::memcpy(&x, a, 8);
        std::memcpy(&y, b, 8);
        if (x != y)
            return false;
    }
    for (; n > 0; ++a, ++b, --n) {
        if (*a != *b)
            return false;
    }
    return true;
}

inline void pushCodeTo(detail::PodBuffer<quint8> &codes, quint8 width, quint32 code)
{
    if (width == 1) {
        codes.push_back(quint8(code));
    } else if (width == 2) {
        const quint16 v = quint16(code);
        codes.append(reinterpret_cast<const quint8 *>(&v), 2);
    } else {
        codes.append(reinterpret_cast<const quint8 *>(&code), 4);
    }
}

} // namespace

quint32 TableData::codeAt(const Column &column, size_t row)
{
    const quint8 *p = column.codes.data() + row * column.width;
    if (column.width == 1)
        return *p;
    if (column.width == 2) {
        quint16 v;
        std::memcpy(&v, p, 2);
        return v;
    }
    quint32 v;
    std::memcpy(&v, p, 4);
    return v;
}

void TableData::pushCode(Column &column, quint32 code)
{
    pushCodeTo(column.codes, column.width, code);
}

TableData::Value TableData::valueAt(const Column &column, size_t row)
{
    if (row >= rowsHeld(column))
        return {};
    size_t index = row;
    if (column.width != 0) {
        const quint32 code = codeAt(column, row);
        if (code == 0)
            return {};
        index = code - 1;
    } else if (column.ends[row] & kAbsent) {
        return {};
    }
    const quint32 start = index == 0 ? 0 : (column.ends[index - 1] & kOffsetMask);
    const quint32 end = column.ends[index] & kOffsetMask;
    return { column.data.data() + start, end - start, true };
}

void TableData::rebuildSlots(Column &column)
{
    const size_t count = column.ends.size();
    size_t capacity = 64;
    while (capacity < count * 4)
        capacity <<= 1;
    column.hashSlots.resize(0);
    column.hashSlots.resize(capacity, 0);
    const size_t mask = capacity - 1;
    const char *data = std::as_const(column.data).data();
    for (size_t index = 0; index < count; ++index) {
        const quint32 start = index == 0 ? 0 : column.ends[index - 1];
        size_t slot = hashBytes(data + start, column.ends[index] - start) & mask;
        while (column.hashSlots[slot] != 0)
            slot = (slot + 1) & mask;
        column.hashSlots[slot] = quint32(index + 1);
    }
}

qint64 TableData::findPooled(Column &column, const char *utf8, size_t size, quint32 hash)
{
    if (column.ends.empty())
        return -1;
    if (column.hashSlots.empty())
        rebuildSlots(column);
    const size_t mask = column.hashSlots.size() - 1;
    const char *data = std::as_const(column.data).data();
    for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        const quint32 entry = column.hashSlots[slot];
        if (entry == 0)
            return -1;
        const quint32 index = entry - 1;
        const quint32 start = index == 0 ? 0 : column.ends[index - 1];
        if (column.ends[index] - start == size && sameBytes(data + start, utf8, size))
            return index;
    }
}

void TableData::addSlot(Column &column, quint32 index, quint32 hash)
{
    if (column.hashSlots.empty() || (size_t(index) + 1) * 2 > column.hashSlots.size()) {
        rebuildSlots(column); // load stays at most 1/2: rebuilt at 1/4
        return;
    }
    const size_t mask = column.hashSlots.size() - 1;
    size_t slot = hash & mask;
    while (column.hashSlots[slot] != 0)
        slot = (slot + 1) & mask;
    column.hashSlots[slot] = index + 1;
}

void TableData::widenCodes(Column &column, quint8 width)
{
    const size_t rows = rowsHeld(column);
    detail::PodBuffer<quint8> codes;
    codes.reserve(rows * width);
    for (size_t row = 0; row < rows; ++row)
        pushCodeTo(codes, width, codeAt(column, row));
    column.codes = std::move(codes);
    column.width = width;
}

quint32 TableData::addPooled(Column &column, quint32 hash)
{
    const quint32 index = quint32(column.ends.size());
    column.ends.push_back(quint32(column.data.size()));
    const quint32 code = index + 1;
    if (column.width == 1 && code > 0xffu)
        widenCodes(column, 2);
    else if (column.width == 2 && code > 0xffffu)
        widenCodes(column, 4);
    addSlot(column, index, hash);
    return code;
}

bool TableData::poolIsFull(const Column &column, size_t rowsAfter)
{
    const size_t values = column.ends.size();
    if (values > kMaxPoolValues || column.data.size() > kMaxPoolBytes)
        return true;
    return values >= kPoolCheckFrom && (values & (values - 1)) == 0 && values * 2 > rowsAfter;
}

void TableData::makePlain(Column &column)
{
    const size_t rows = rowsHeld(column);
    quint64 total = 0;
    for (size_t row = 0; row < rows; ++row)
        total += valueAt(column, row).size;
    detail::PodBuffer<char> data;
    detail::PodBuffer<quint32> ends;
    data.reserve(size_t(std::min<quint64>(total, kOffsetMask)));
    ends.reserve(rows);
    for (size_t row = 0; row < rows; ++row) {
        const Value v = valueAt(column, row);
        if (!v.present) {
            ends.push_back(quint32(data.size()) | kAbsent);
            continue;
        }
        if (quint64(data.size()) + v.size <= kOffsetMask) // never corrupt the store (see setCellRaw)
            data.append(v.data, v.size);
        ends.push_back(quint32(data.size()));
    }
    column.data = std::move(data);
    column.ends = std::move(ends);
    column.codes = {};
    column.hashSlots = {};
    column.width = 0;
    column.nextPoolTry = std::max(kPoolTryFrom, rows * 2);
}

void TableData::appendValue(Column &column, const char *utf8, size_t size, bool present, size_t rowsAfter)
{
    if (column.width == 0) {
        const quint32 end = column.ends.empty() ? 0 : (column.ends.back() & kOffsetMask);
        if (!present) {
            column.ends.push_back(end | kAbsent);
            return;
        }
        if (quint64(end) + size <= kOffsetMask)
            column.data.append(utf8, size);
        column.ends.push_back(quint32(column.data.size()));
        return;
    }
    if (!present) {
        pushCode(column, 0);
        return;
    }
    const quint32 hash = hashBytes(utf8, size);
    const qint64 found = findPooled(column, utf8, size, hash);
    if (found >= 0) {
        pushCode(column, quint32(found) + 1);
        return;
    }
    column.data.append(utf8, size);
    pushCode(column, addPooled(column, hash));
    if (poolIsFull(column, rowsAfter))
        makePlain(column);
}

bool TableData::tryPool(Column &column)
{
    const size_t rows = column.ends.size();
    Column pooled;
    size_t present = 0;
    for (size_t row = 0; row < rows; ++row) {
        const Value v = valueAt(column, row);
        if (!v.present) {
            pushCode(pooled, 0);
        } else {
            ++present;
            const quint32 hash = hashBytes(v.data, v.size);
            const qint64 found = findPooled(pooled, v.data, v.size, hash);
            if (found >= 0) {
                pushCode(pooled, quint32(found) + 1);
            } else {
                pooled.data.append(v.data, v.size);
                pushCode(pooled, addPooled(pooled, hash));
                if (poolIsFull(pooled, rows))
                    return false; // mostly distinct after all
            }
        }
        if (row + 1 == kPoolSample) {
            // n values drawn from N distinct ones repeat about n²/2N times: estimate N, give up early when
            // the column would not pool (a column of distinct numbers is given up after kPoolSample rows).
            const double repeats = double(present - pooled.ends.size());
            if (repeats <= 0 || double(present) * double(present) / repeats > double(rows))
                return false;
        }
    }
    column.data = std::move(pooled.data);
    column.ends = std::move(pooled.ends);
    column.codes = std::move(pooled.codes);
    column.hashSlots = std::move(pooled.hashSlots);
    column.width = pooled.width;
    return true;
}

// The close of a cell of a pooled column, or of one with attributes (in this file: the dictionary's steps
// inline into it).
void TableData::closeCellSlow(Column &c, const std::pair<std::string, std::string> *attrs, size_t count)
{
    // Offsets are 31-bit: never corrupt the store, drop what does not fit (see setCellRaw).
    if (quint64(c.data.size()) > kOffsetMask)
        c.data.resize(m_openStart);
    if (c.width == 0) {
        c.ends.push_back(quint32(c.data.size()));
    } else {
        // Pooled: the value is at the end of the dictionary; keep it there when it is new, else drop it.
        const char *value = std::as_const(c.data).data() + m_openStart;
        const size_t size = c.data.size() - m_openStart;
        const quint32 hash = hashBytes(value, size);
        const qint64 found = findPooled(c, value, size, hash);
        if (found >= 0) {
            c.data.resize(m_openStart);
            pushCode(c, quint32(found) + 1);
        } else {
            pushCode(c, addPooled(c, hash));
            if (poolIsFull(c, size_t(m_rows) + 1))
                makePlain(c);
        }
    }
    if (attrs && count) {
        const size_t start = c.attrData.size();
        for (size_t i = 0; i < count; ++i)
            packAttribute(c, attrs[i].first.data(), attrs[i].first.size(), attrs[i].second.data(),
                attrs[i].second.size());
        endAttributes(c, m_rows, start);
    }
}

void TableData::appendRows(const TableData &other)
{
    if (&other == this) { // the values would be read from the buffers being grown
        const TableData copy(other);
        appendRows(copy);
        return;
    }
    if (m_openColumn >= 0)
        closeCell();
    if (m_inRow)
        endRow();
    const int firstRow = m_rows;
    const size_t rowsAfter = size_t(firstRow) + size_t(other.m_rows);
    for (RowButton button : other.rowButtons) {
        button.row += firstRow;
        rowButtons.append(button);
    }
    std::vector<int> map;
    map.reserve(other.m_columns.size());
    for (const Column &c : other.m_columns)
        map.push_back(addColumn(c.name));
    // Column by column: a model appends 10,000-row pages this way on the GUI thread, so it must not cost a
    // call per cell. Plain into plain: the bytes in one go, the offsets shifted; pooled into pooled: the
    // page's distinct values looked up once, its codes mapped; other pairs value by value.
    bool bulk = true;
    for (size_t oc = 0; oc < other.m_columns.size() && bulk; ++oc) {
        const Column &from = other.m_columns[oc];
        const Column &to = m_columns[size_t(map[oc])];
        bulk = rowsHeld(to) <= size_t(firstRow) && rowsHeld(from) <= size_t(other.m_rows)
            && quint64(to.attrData.size()) + from.attrData.size() <= 0xffffffffu;
    }
    if (!bulk) {
        for (int row = 0; row < other.m_rows; ++row) {
            beginRow();
            for (size_t oc = 0; oc < other.m_columns.size(); ++oc) {
                const Value v = valueAt(other.m_columns[oc], size_t(row));
                if (v.present)
                    setCellRaw(map[oc], v.data, qsizetype(v.size), other.cellAttributes(row, int(oc)));
            }
            endRow();
        }
        return;
    }
    for (size_t oc = 0; oc < other.m_columns.size(); ++oc) {
        const Column &from = other.m_columns[oc];
        Column &to = m_columns[size_t(map[oc])];
        padColumn(to, firstRow);
        const size_t fromRows = rowsHeld(from);
        size_t row = 0; // rows of `from` appended so far
        if (to.width == 0 && from.width == 0 && quint64(to.data.size()) + from.data.size() <= kOffsetMask) {
            const quint32 base = quint32(to.data.size());
            to.data.append(from.data.data(), from.data.size());
            const size_t at = to.ends.size();
            to.ends.resize(at + fromRows, 0);
            quint32 *ends = to.ends.data() + at;
            for (size_t i = 0; i < fromRows; ++i)
                ends[i] = ((from.ends[i] & kOffsetMask) + base) | (from.ends[i] & kAbsent);
            row = fromRows;
        } else if (to.width != 0 && from.width != 0) {
            std::vector<quint32> codeMap(from.ends.size() + 1, 0);
            for (size_t i = 0; i < from.ends.size() && to.width != 0; ++i) {
                const quint32 start = i == 0 ? 0 : from.ends[i - 1];
                const char *value = from.data.data() + start;
                const size_t size = from.ends[i] - start;
                const quint32 hash = hashBytes(value, size);
                const qint64 found = findPooled(to, value, size, hash);
                if (found >= 0) {
                    codeMap[i + 1] = quint32(found) + 1;
                    continue;
                }
                to.data.append(value, size);
                codeMap[i + 1] = addPooled(to, hash);
                if (poolIsFull(to, rowsAfter))
                    makePlain(to); // and the rows go in value by value below
            }
            if (to.width != 0) {
                for (; row < fromRows; ++row)
                    pushCode(to, codeMap[codeAt(from, row)]);
            }
        }
        for (; row < fromRows; ++row) {
            const Value v = valueAt(from, row);
            appendValue(to, v.data, v.size, v.present, rowsHeld(to) + 1);
        }
        // Attribute sets: the other page's sets that this column already has are shared, the rest added.
        std::vector<quint32> setMap(from.attrSetEnds.size());
        for (size_t set = 0; set < from.attrSetEnds.size(); ++set) {
            const quint32 start = set == 0 ? 0 : from.attrSetEnds[set - 1];
            const QByteArray packed = QByteArray::fromRawData(
                from.attrData.data() + start, qsizetype(from.attrSetEnds[set] - start));
            const auto found = to.attrIndex.constFind(packed);
            if (found != to.attrIndex.constEnd()) {
                setMap[set] = found.value();
                continue;
            }
            setMap[set] = quint32(to.attrSetEnds.size());
            to.attrData.append(packed.constData(), size_t(packed.size()));
            to.attrSetEnds.push_back(quint32(to.attrData.size()));
            if (to.attrIndex.size() < kMaxAttrIndex)
                to.attrIndex.insert(QByteArray(packed.constData(), packed.size()), setMap[set]);
        }
        for (size_t i = 0; i < from.attrRows.size(); ++i) {
            to.attrRows.push_back(from.attrRows[i] + firstRow);
            to.attrSets.push_back(setMap[from.attrSets[i]]);
        }
    }
    m_rows += other.m_rows; // columns shorter than that are padded lazily (absent cells)
    // A plain column may repeat across pages what looked distinct within each: look again as it grows. At
    // most one column is pooled per page (the GUI thread appends pages: the work is spread).
    for (Column &c : m_columns) {
        const size_t rows = rowsHeld(c);
        if (c.width != 0 || rows < std::max(kPoolTryFrom, c.nextPoolTry))
            continue;
        if (tryPool(c))
            break;
        c.nextPoolTry = rows * 2;
    }
}

} // namespace mgrdesk::protocol
