#pragma once
// Typed BILLmanager replies. A parsed reply is exactly one of the kinds below (protocol.md §4).
// Shared contract of the protocol core: net, models, gui and cli all consume these types.

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSharedPointer>
#include <QString>
#include <QStringList>
#include <QVector>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace mgrdesk::protocol {

using Attributes = QList<QPair<QString, QString>>; // in document order

enum class ReplyKind { Invalid, Error, Auth, Ok, Table, Form, Menu, Progress, Report, Dashboard };

struct ReportData; // reportreply.h
struct DashboardData; // reportreply.h

// <error type object>…</error> (protocol.md §6). `message` is msg, or group/detail with __name__ filled.
struct ApiError
{
    QString type; // auth, exists, value, missed, access, xml, …
    QString object; // often the offending field (a guess: may be absent)
    QString value; // param name="value"
    QString message; // what to show the user
    QString group; // raw group template, diagnostics
    QString detail; // raw detail text, diagnostics
    QString lang;
    bool report = false; // report="yes"
    QList<QPair<QString, QString>> params; // every <param name>text</param>, in order
    struct StackEntry
    {
        QString action, user, level;
    };
    QList<StackEntry> stack;
    QString field() const; // best guess of the form field it names (object / param object)
};

struct AuthReply
{
    QString session; // @id, else element text
    std::optional<int> level; // @level when present and numeric
};

struct OkReply
{
    QString id; // doc/id (new object), empty when absent
    QString redirect; // ok text like "func=x&elid=y", empty when absent
    QString redirectType; // ok/@type: form, list, top, blank, url
    bool showSuccess = false;
};

struct ToolButtonRule
{
    QString name, value;
}; // <hide|show name value/>

struct ToolButton
{
    QString name, func, type, img, group; // type: new edit group groupform editlist window …
    bool isDefault = false;
    QString level;
    QList<ToolButtonRule> hide, show;
    QString title, hint; // from messages (msg name=button / hint_button), when present
};

struct ColumnInfo
{
    QString name, type, sort, sorted, convert, level; // type: data msg img price button control prop
    QList<Attributes> props; // <prop …/> children, raw
    QString title; // from messages (msg name=column), when present
};

struct ListMetadata
{
    bool present = false;
    QString name, key, keyName;
    int autoUpdate = 0;
    QList<ColumnInfo> columns; // coldata order
    QList<ToolButton> toolbar; // toolbar order (all groups flattened, ToolButton::group set)
};

// A list reply. Cells are stored compactly column by column (UTF-8 + offsets): a 100,000-row reply must fit
// in a few tens of MiB. Absent cells are distinct from empty ones.
namespace detail {

// A growable array of trivially copyable values on malloc/realloc: the column store's buffers. Unlike
// std::string/std::vector, growing a large buffer reallocates in place (glibc remaps big blocks rather than
// copying them) and squeezing it at the end returns the spare pages without a copy; appends are inline.
template<typename T> class PodBuffer
{
    static_assert(std::is_trivially_copyable_v<T>);

public:
    PodBuffer() = default;
    PodBuffer(const PodBuffer &other) { append(other.m_data, other.m_size); }
    PodBuffer(PodBuffer &&other) noexcept
        : m_data(std::exchange(other.m_data, nullptr))
        , m_size(std::exchange(other.m_size, 0))
        , m_capacity(std::exchange(other.m_capacity, 0))
    {
    }
    PodBuffer &operator=(const PodBuffer &other)
    {
        if (this != &other) {
            m_size = 0;
            append(other.m_data, other.m_size);
        }
        return *this;
    }
    PodBuffer &operator=(PodBuffer &&other) noexcept
    {
        if (this != &other) {
            std::free(m_data);
            m_data = std::exchange(other.m_data, nullptr);
            m_size = std::exchange(other.m_size, 0);
            m_capacity = std::exchange(other.m_capacity, 0);
        }
        return *this;
    }
    ~PodBuffer() { std::free(m_data); }

    const T *data() const { return m_data ? m_data : &s_empty; } // never null, like std::string's
    T *data() { return m_data; }
    size_t size() const { return m_size; }
    size_t capacity() const { return m_capacity; }
    bool empty() const { return m_size == 0; }
    const T &operator[](size_t i) const { return m_data[i]; }
    T &operator[](size_t i) { return m_data[i]; }
    const T &back() const { return m_data[m_size - 1]; }

    void push_back(T value)
    {
        if (m_size == m_capacity)
            grow(m_size + 1);
        m_data[m_size++] = value;
    }
    void append(const T *values, size_t count)
    {
        if (count == 0)
            return;
        if (m_capacity - m_size < count)
            grow(m_size + count);
        std::memcpy(m_data + m_size, values, count * sizeof(T));
        m_size += count;
    }
    // Shrinks, or grows filling with `fill`.
    void resize(size_t size, T fill = T())
    {
        if (size > m_capacity)
            grow(size);
        for (size_t i = m_size; i < size; ++i)
            m_data[i] = fill;
        m_size = size;
    }
    void reserve(size_t capacity)
    {
        if (capacity > m_capacity)
            reallocate(capacity);
    }
    void shrink_to_fit()
    {
        if (m_size == 0) {
            std::free(m_data);
            m_data = nullptr;
            m_capacity = 0;
        } else if (m_size < m_capacity) {
            reallocate(m_size);
        }
    }

private:
    void grow(size_t needed)
    {
        size_t capacity = m_capacity < 16 ? 16 : m_capacity * 2;
        reallocate(capacity < needed ? needed : capacity);
    }
    void reallocate(size_t capacity)
    {
        if (capacity > SIZE_MAX / sizeof(T))
            throw std::bad_alloc();
        void *p = std::realloc(static_cast<void *>(m_data), capacity * sizeof(T));
        if (!p)
            throw std::bad_alloc();
        m_data = static_cast<T *>(p);
        m_capacity = capacity;
    }

    static inline const T s_empty {};
    T *m_data = nullptr;
    size_t m_size = 0;
    size_t m_capacity = 0;
};

} // namespace detail

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
    // user and list, protocol.md §4.1). Absent when the reply does not say; on/yes/true and off/no/false are
    // understood.
    std::optional<bool> filterActive;
    ListMetadata metadata;
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

    // True when the reply had no rows, no paging fields and no metadata at all (a bare <doc/>): protocol.md
    // §4 says an emptied list looks like that, so it is read as an empty table; a caller that asked for a
    // form may treat it as "not the expected reply".
    bool inferredFromEmptyDoc = false;

private:
    struct Column
    {
        QString name;
        detail::PodBuffer<char> data; // concatenated UTF-8 values
        // Per row: the END offset of the cell in data (its start is the previous row's end); the high bit
        // marks an absent cell. Rows past the vector's end are absent (columns that appear late are padded
        // lazily).
        detail::PodBuffer<quint32> ends;
        // Attributes of the few cells that carry any, packed as UTF-8 ([u32 size][name][u32 size][value]…) in
        // one buffer; attrRows (increasing) and attrEnds give each such cell's row and end offset.
        std::vector<int> attrRows;
        std::vector<quint32> attrEnds;
        std::string attrData;
    };
    inline void padColumn(Column &column, int rows);
    void padColumnSlow(Column &column, int rows);
    void closeCellSlow(Column &column, const std::pair<std::string, std::string> *attrs, size_t count);
    static void packAttribute(
        Column &column, const char *name, size_t nameSize, const char *value, size_t valueSize);
    static void endAttributes(Column &column, int row, size_t start);
    quint32 cellStart(const Column &column, int row) const;
    std::vector<Column> m_columns;
    QStringList m_names;
    QHash<QString, int> m_index;
    int m_rows = 0;
    bool m_inRow = false;
    int m_openColumn = -1;
    size_t m_openStart = 0;
};

// The per-cell building steps, inline: the parsers call them for every cell of a list.
inline void TableData::padColumn(Column &column, int rows)
{
    if (column.ends.size() < size_t(rows))
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
    if (c.ends.size() > size_t(m_rows))
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
    // Offsets are 31-bit: never corrupt the store, drop what does not fit (see setCellRaw).
    if (quint64(c.data.size()) > 0x7fffffffu || (attrs && count))
        closeCellSlow(c, attrs, count);
    else
        c.ends.push_back(quint32(c.data.size()));
}

struct SelectOption
{
    QString key, label;
    bool isNull = false;
}; // key "null" → isNull (no value)

struct IfRule
{
    QString value, hide;
    bool shadow = false;
};

struct FormField
{
    QString name;
    QString page; // enclosing <page name>, "main"-less forms: empty
    QString control; // input select textarea textdata slider list button …
    QString type; // input: text password checkbox hidden toggle; select: radio multiple
    bool required = false, readonly = false, isPrivate = false, noname = false, removeIfNew = false;
    QString check, checkArgs, depend;
    int maxLength = 0, zoom = 0;
    QList<IfRule> ifRules;
    Attributes attributes; // all raw attributes of the control
    QString label, hint, placeholder; // from messages: NAME, hint_NAME, placeholder_NAME
};

struct FormPage
{
    QString name;
    QStringList fields;
};
struct FormButton
{
    QString name, type;
};

struct FormData
{
    QList<QPair<QString, QString>> values; // doc children in order (elid included)
    QHash<QString, QList<SelectOption>> options; // slist name → options
    QHash<QString, QSharedPointer<TableData>> lists; // embedded <list name>
    bool hasMetadata = false;
    QString name, title;
    QList<FormPage> pages;
    QList<FormField> fields;
    QList<FormButton> buttons;
    QHash<QString, QString> messages;
    QHash<QString, QString> docAttributes;
    QHash<QString, Attributes> valueAttributes; // attributes of value elements that carry any (e.g. doc/user)
    QString value(const QString &name) const;
};

struct MenuNode
{
    QString name, action, type, title; // title from messages when present
    bool popular = false;
    QList<MenuNode> children;
};

struct MenuData
{
    QString level, name, startPage;
    QList<MenuNode> nodes;
    QHash<QString, QString> messages;
};

struct ProgressData
{
    QString action, comment;
    qint64 start = 0, last = 0, now = 0;
    std::optional<int> steps, done;
};

// func=notify (protocol.md §4.3): <doc><notify><item name="ticket" count="3">Tickets
// waiting</item>…</notify></doc>, the counters of the notification bar. title is the item's text; count the
// `count` attribute (0 when absent or not a number).
struct NotifyItem
{
    QString name, title;
    int count = 0;
};

// Parse failure: not an API reply (HTML page, empty body, malformed XML/JSON, truncated, too big, too deep).
struct ParseFailure
{
    enum class Reason { Empty, Html, Malformed, Truncated, TooLarge, TooDeep, UnknownShape };
    Reason reason = Reason::UnknownShape;
    QString message; // translated, one line, with line:column when known
    qint64 line = 0, column = 0; // 1-based; 0 when unknown. Columns count bytes.
    bool insideDocument = false; // a well-formed <doc> was read (UnknownShape: its content)
};

class Reply
{
public:
    ReplyKind kind = ReplyKind::Invalid;
    // Exactly one is set, matching kind (failure for Invalid).
    std::optional<ParseFailure> failure;
    std::optional<ApiError> error;
    std::optional<AuthReply> auth;
    std::optional<OkReply> ok;
    QSharedPointer<TableData> table;
    QSharedPointer<FormData> form;
    QSharedPointer<MenuData> menu;
    std::optional<ProgressData> progress;
    QSharedPointer<ReportData> report; // kind Report (reportreply.h)
    QSharedPointer<DashboardData> dashboard; // kind Dashboard (reportreply.h)
    // Set only for a notification list (a <notify> holding <item> children, or an empty <notify/> alone in
    // the doc or under <doc func="notify">). Such a reply is also kind Table, columns name, count, title, one
    // row per item, so it is still exactly one of the kinds above. A form value like <notify>off</notify>
    // leaves it unset.
    std::optional<QList<NotifyItem>> notify;
    QHash<QString, QString> docAttributes; // <doc …> attributes, whatever the kind

    bool isValid() const { return kind != ReplyKind::Invalid; }
};

} // namespace mgrdesk::protocol
