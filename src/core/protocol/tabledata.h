#pragma once
// TableData: a list reply. Cells are stored compactly column by column: a 100,000-row reply must fit in a few
// tens of MiB, a 1,000,000-row list in well under 200 MiB. A column whose values repeat (status, payment
// method, dates, names) is pooled: each distinct value once and a 1-, 2- or 4-byte code per row; a column
// whose values turn out mostly distinct is plain: UTF-8 + an end offset per row. Absent cells are distinct
// from empty ones in both forms.

#include "attributes.h"
#include "listmetadata.h"
#include "podbuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace mgrdesk::protocol {

// A button inside a row of an embedded list: <elem>…<action><button name type default/></action></elem>.
struct RowButton
{
    int row = 0;
    QString column; // the cell holding it (usually "action")
    QString name, type;
    bool isDefault = false;
    Attributes attributes; // every raw attribute (keepform="yes"…)
};

class TableData
{
public:
    TableData();
    int rowCount() const;
    int columnCount() const;
    const QStringList &columns() const; // metadata order, else first appearance
    int columnIndex(const QString &name) const; // -1 when unknown
    bool hasCell(int row, int column) const; // present in that row's <elem>
    QString cell(int row, int column) const; // empty when absent
    QByteArray cellUtf8(int row, int column) const;
    // Zero-copy view of a cell's UTF-8 bytes (empty when absent); valid until the table is next modified.
    QByteArrayView cellView(int row, int column) const;
    Attributes cellAttributes(int row, int column) const; // empty for most cells
    QString rowKey(int row) const; // value of the key column

    QString keyColumn; // metadata key, else id, else elid
    std::optional<qint64> total; // p_elems
    std::optional<int> page; // p_num
    std::optional<int> pageSize; // p_cnt
    QString sortColumn, sortOrder; // p_sort, p_order
    QString plid, plname;
    // <filter>on|off</filter>: the list is shown under an active filter (the server remembers filters per
    // user and list, docs/protocol.md §5). Absent when the reply does not say; on/yes/true and off/no/false
    // are understood.
    std::optional<bool> filterActive;
    // The raw text of <filter> when the reply has one (filterActive is read from it).
    QString filterText;
    ListMetadata metadata;
    // Column totals from coldata (stat="yes" total="…"): column name → text, coldata order.
    QList<QPair<QString, QString>> totals() const;
    QList<RowButton> rowButtons; // buttons inside rows, in row order (embedded lists)
    QList<RowButton> buttonsOfRow(int row) const;
    QHash<QString, QString> messages; // <messages><msg name>…</msg>
    QHash<QString, QString> docAttributes; // <doc …> attributes (func, lang, …)

    // Building (used by the parsers and by tests).
    int addColumn(const QString &name); // returns the index, existing or new
    void beginRow();
    void setCell(int column, const QByteArray &utf8, const Attributes &attrs = {});
    // Fast path for parsers: no temporary QByteArray. A second value for the same cell in one row is ignored
    // (repeated children: the first one wins).
    void setCellRaw(int column, const char *utf8, qsizetype size, const Attributes &attrs = {});
    bool hasCellInCurrentRow(int column) const;
    // Streaming fast path for parsers: the value is appended straight into the column buffer, no temporary.
    // openCell returns false (and nothing is stored) for an unknown column or a repeated child in one row.
    // (Inline below: they run once per cell of a 100,000-row list.)
    inline bool openCell(int column);
    inline void appendToOpenCell(const char *utf8, qsizetype size);
    QByteArrayView openCellText() const; // what the open cell holds so far
    void replaceOpenCellText(const char *utf8, qsizetype size);
    inline void closeCell(const std::pair<std::string, std::string> *attrs = nullptr, size_t count = 0);
    void endRow();
    void reorderColumns(const QStringList &order); // metadata order first, then the rest as seen
    void appendRows(const TableData &other); // same-list pages; columns merged by name
    // A table of this one column's values (all rows, no attributes, no metadata): what building the column's
    // sort keys on another thread reads while this table keeps growing. column -1: the rows, no column.
    TableData columnSnapshot(int column) const;
    size_t memoryUsage() const; // bytes held, for benchmarks
    void squeeze(); // releases spare capacity (the parser calls it when done)

    // True when the reply had no rows, no paging fields and no metadata at all (a bare <doc/>):
    // docs/protocol.md §4 says an emptied list looks like that, so it is read as an empty table; a caller
    // that asked for a form may treat it as "not the expected reply".
    bool inferredFromEmptyDoc = false;

private:
    friend struct TableDataProbe; // tests look at a column's form
    struct Column
    {
        QString name;
        // The column's form: 0 = plain; 1, 2 or 4 = pooled with codes of that many bytes.
        quint8 width = 1;
        // Plain: the concatenated UTF-8 values of all rows. Pooled: each distinct value once, in order of
        // first appearance (the dictionary; a cell being built is appended here and dropped again when its
        // value is already known).
        detail::PodBuffer<char> data;
        // Plain: per row, the END offset of the cell in data (its start is the previous row's end); the high
        // bit marks an absent cell. Pooled: per distinct value, its end offset in data. Rows past the
        // column's end are absent (columns that appear late are padded lazily).
        detail::PodBuffer<quint32> ends;
        // Pooled: per row a code of `width` bytes: 0 = absent, i + 1 = distinct value i.
        detail::PodBuffer<quint8> codes;
        // Pooled: an open-addressing hash of the distinct values (slot = value index + 1, 0 = empty), for
        // building only: squeeze() frees it and the next append rebuilds it.
        detail::PodBuffer<quint32> hashSlots;
        // Plain, in a table that pages are appended to: the row count at which pooling is tried again.
        size_t nextPoolTry = 0;
        // Attributes of the cells that carry any, packed as UTF-8 ([u32 size][name][u32 size][value]…). Cells
        // share one copy of equal attribute sets (a status column's orig/color pairs repeat on every row):
        // attrData holds each distinct set once (attrSetEnds: the end offset of set i), attrRows (increasing)
        // and attrSets give each such cell's row and set. attrIndex finds a set again while building (at most
        // kMaxAttrIndex sets are looked up; past that, new sets are stored without sharing).
        std::vector<int> attrRows;
        std::vector<quint32> attrSets;
        std::vector<quint32> attrSetEnds;
        std::string attrData;
        QHash<QByteArray, quint32> attrIndex;
    };
    struct Value
    {
        const char *data = nullptr;
        quint32 size = 0;
        bool present = false;
    };
    static inline size_t rowsHeld(const Column &column);
    static Value valueAt(const Column &column, size_t row);
    static quint32 codeAt(const Column &column, size_t row);
    static void pushCode(Column &column, quint32 code);
    // Pooled columns: the index of a value in the dictionary, or -1.
    static qint64 findPooled(Column &column, const char *utf8, size_t size, quint32 hash);
    static void addSlot(Column &column, quint32 index, quint32 hash);
    static void rebuildSlots(Column &column);
    static void widenCodes(Column &column, quint8 width);
    // Appends one row's value (or an absent cell) in either form; `utf8` must not point into the column.
    // `rowsAfter` is the row count the column is about to reach (for the switch to the plain form).
    static void appendValue(Column &column, const char *utf8, size_t size, bool present, size_t rowsAfter);
    // A pooled column's new distinct value (its bytes already at the end of data): adds it, returns its code.
    static quint32 addPooled(Column &column, quint32 hash);
    static bool poolIsFull(const Column &column, size_t rowsAfter);
    static void makePlain(Column &column);
    static bool tryPool(Column &column); // plain → pooled when its values repeat enough; false otherwise
    inline void padColumn(Column &column, int rows);
    void padColumnSlow(Column &column, int rows);
    void closeCellSlow(Column &column, const std::pair<std::string, std::string> *attrs, size_t count);
    static void packAttribute(
        Column &column, const char *name, size_t nameSize, const char *value, size_t valueSize);
    static void endAttributes(Column &column, int row, size_t start);
    std::vector<Column> m_columns;
    QStringList m_names;
    QHash<QString, int> m_index;
    int m_rows = 0;
    bool m_inRow = false;
    int m_openColumn = -1;
    size_t m_openStart = 0;
};

// The per-cell building steps, inline: the parsers call them for every cell of a list.
inline size_t TableData::rowsHeld(const Column &column)
{
    return column.width == 0 ? column.ends.size() : column.codes.size() >> (column.width >> 1);
}

inline void TableData::padColumn(Column &column, int rows)
{
    if (rowsHeld(column) < size_t(rows))
        padColumnSlow(column, rows);
}

inline bool TableData::openCell(int column)
{
    if (m_openColumn >= 0)
        closeCell();
    if (column < 0 || column >= int(m_columns.size()))
        return false;
    if (!m_inRow)
        beginRow();
    Column &c = m_columns[size_t(column)];
    if (rowsHeld(c) > size_t(m_rows))
        return false; // repeated child in one row: the first value wins
    padColumn(c, m_rows);
    m_openColumn = column;
    m_openStart = c.data.size();
    return true;
}

inline void TableData::appendToOpenCell(const char *utf8, qsizetype size)
{
    if (m_openColumn >= 0)
        m_columns[size_t(m_openColumn)].data.append(utf8, size_t(size));
}

inline void TableData::closeCell(const std::pair<std::string, std::string> *attrs, size_t count)
{
    if (m_openColumn < 0)
        return;
    Column &c = m_columns[size_t(m_openColumn)];
    m_openColumn = -1;
    // Offsets are 31-bit: never corrupt the store, drop what does not fit (see setCellRaw). Pooled columns
    // and attributes take the slow path.
    if (c.width != 0 || quint64(c.data.size()) > 0x7fffffffu || (attrs && count))
        closeCellSlow(c, attrs, count);
    else
        c.ends.push_back(quint32(c.data.size()));
}

} // namespace mgrdesk::protocol
