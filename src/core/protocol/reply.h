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

#include <optional>
#include <string>
#include <vector>

namespace mgrdesk::protocol {

using Attributes = QList<QPair<QString, QString>>; // in document order

enum class ReplyKind { Invalid, Error, Auth, Ok, Table, Form, Menu, Progress };

// <error type object>…</error> (protocol.md §6). `message` is msg, or group/detail with __name__ filled.
struct ApiError
{
    QString type;                               // auth, exists, value, missed, access, xml, …
    QString object;                             // often the offending field (a guess: may be absent)
    QString value;                              // param name="value"
    QString message;                            // what to show the user
    QString group;                              // raw group template, diagnostics
    QString detail;                             // raw detail text, diagnostics
    QString lang;
    bool report = false;                        // report="yes"
    QList<QPair<QString, QString>> params;      // every <param name>text</param>, in order
    struct StackEntry { QString action, user, level; };
    QList<StackEntry> stack;
    QString field() const;                      // best guess of the form field it names (object / param object)
};

struct AuthReply
{
    QString session;                            // @id, else element text
    std::optional<int> level;                   // @level when present and numeric
};

struct OkReply
{
    QString id;                                 // doc/id (new object), empty when absent
    QString redirect;                           // ok text like "func=x&elid=y", empty when absent
    QString redirectType;                       // ok/@type: form, list, top, blank, url
    bool showSuccess = false;
};

struct ToolButtonRule { QString name, value; }; // <hide|show name value/>

struct ToolButton
{
    QString name, func, type, img, group;       // type: new edit group groupform editlist window …
    bool isDefault = false;
    QString level;
    QList<ToolButtonRule> hide, show;
    QString title, hint;                        // from messages (msg name=button / hint_button), when present
};

struct ColumnInfo
{
    QString name, type, sort, sorted, convert, level; // type: data msg img price button control prop
    QList<Attributes> props;                         // <prop …/> children, raw
    QString title;                                   // from messages (msg name=column), when present
};

struct ListMetadata
{
    bool present = false;
    QString name, key, keyName;
    int autoUpdate = 0;
    QList<ColumnInfo> columns;                  // coldata order
    QList<ToolButton> toolbar;                  // toolbar order (all groups flattened, ToolButton::group set)
};

// A list reply. Cells are stored compactly column by column (UTF-8 + offsets): a 100,000-row reply must fit in
// a few tens of MiB. Absent cells are distinct from empty ones.
class TableData
{
public:
    TableData();
    int rowCount() const;
    int columnCount() const;
    const QStringList &columns() const;           // metadata order, else first appearance
    int columnIndex(const QString &name) const;   // -1 when unknown
    bool hasCell(int row, int column) const;      // present in that row's <elem>
    QString cell(int row, int column) const;      // empty when absent
    QByteArray cellUtf8(int row, int column) const;
    // Zero-copy view of a cell's UTF-8 bytes (empty when absent); valid until the table is next modified.
    QByteArrayView cellView(int row, int column) const;
    Attributes cellAttributes(int row, int column) const; // empty for most cells
    QString rowKey(int row) const;                // value of the key column

    QString keyColumn;                            // metadata key, else id, else elid
    std::optional<qint64> total;                  // p_elems
    std::optional<int> page;                      // p_num
    std::optional<int> pageSize;                  // p_cnt
    QString sortColumn, sortOrder;                // p_sort, p_order
    QString plid, plname;
    ListMetadata metadata;
    QHash<QString, QString> messages;             // <messages><msg name>…</msg>
    QHash<QString, QString> docAttributes;        // <doc …> attributes (func, lang, …)

    // Building (used by the parsers and by tests).
    int addColumn(const QString &name);           // returns the index, existing or new
    void beginRow();
    void setCell(int column, const QByteArray &utf8, const Attributes &attrs = {});
    // Fast path for parsers: no temporary QByteArray. A second value for the same cell in one row is ignored
    // (repeated children: the first one wins).
    void setCellRaw(int column, const char *utf8, qsizetype size, const Attributes &attrs = {});
    bool hasCellInCurrentRow(int column) const;
    // Streaming fast path for parsers: the value is appended straight into the column buffer, no temporary.
    // openCell returns false (and nothing is stored) for an unknown column or a repeated child in one row.
    bool openCell(int column);
    void appendToOpenCell(const char *utf8, qsizetype size);
    QByteArrayView openCellText() const;          // what the open cell holds so far
    void replaceOpenCellText(const char *utf8, qsizetype size);
    void closeCell(const std::pair<std::string, std::string> *attrs = nullptr, size_t count = 0);
    void endRow();
    void reorderColumns(const QStringList &order); // metadata order first, then the rest as seen
    void appendRows(const TableData &other);       // same-list pages; columns merged by name
    size_t memoryUsage() const;                    // bytes held, for benchmarks
    void squeeze();                                // releases spare capacity (the parser calls it when done)

    // True when the reply had no rows, no paging fields and no metadata at all (a bare <doc/>): protocol.md §4
    // says an emptied list looks like that, so it is read as an empty table; a caller that asked for a form may
    // treat it as "not the expected reply".
    bool inferredFromEmptyDoc = false;

private:
    struct Column
    {
        QString name;
        std::string data;                         // concatenated UTF-8 values (std::string: cheap appends)
        // Per row: the END offset of the cell in data (its start is the previous row's end); the high bit marks
        // an absent cell. Rows past the vector's end are absent (columns that appear late are padded lazily).
        std::vector<quint32> ends;
        // Attributes of the few cells that carry any, packed as UTF-8 ([u32 size][name][u32 size][value]…) in one
        // buffer; attrRows (increasing) and attrEnds give each such cell's row and end offset.
        std::vector<int> attrRows;
        std::vector<quint32> attrEnds;
        std::string attrData;
    };
    void padColumn(Column &column, int rows);
    static void packAttribute(Column &column, const char *name, size_t nameSize, const char *value, size_t valueSize);
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

struct SelectOption { QString key, label; bool isNull = false; }; // key "null" → isNull (no value)

struct IfRule { QString value, hide; bool shadow = false; };

struct FormField
{
    QString name;
    QString page;                                 // enclosing <page name>, "main"-less forms: empty
    QString control;                              // input select textarea textdata slider list button …
    QString type;                                 // input: text password checkbox hidden toggle; select: radio multiple
    bool required = false, readonly = false, isPrivate = false, noname = false, removeIfNew = false;
    QString check, checkArgs, depend;
    int maxLength = 0, zoom = 0;
    QList<IfRule> ifRules;
    Attributes attributes;                        // all raw attributes of the control
    QString label, hint, placeholder;             // from messages: NAME, hint_NAME, placeholder_NAME
};

struct FormPage { QString name; QStringList fields; };
struct FormButton { QString name, type; };

struct FormData
{
    QList<QPair<QString, QString>> values;        // doc children in order (elid included)
    QHash<QString, QList<SelectOption>> options;  // slist name → options
    QHash<QString, QSharedPointer<TableData>> lists; // embedded <list name>
    bool hasMetadata = false;
    QString name, title;
    QList<FormPage> pages;
    QList<FormField> fields;
    QList<FormButton> buttons;
    QHash<QString, QString> messages;
    QHash<QString, QString> docAttributes;
    QHash<QString, Attributes> valueAttributes;   // attributes of value elements that carry any (e.g. doc/user)
    QString value(const QString &name) const;
};

struct MenuNode
{
    QString name, action, type, title;            // title from messages when present
    bool popular = false;
    QList<MenuNode> children;
};

struct MenuData { QString level, name, startPage; QList<MenuNode> nodes; QHash<QString, QString> messages; };

struct ProgressData
{
    QString action, comment;
    qint64 start = 0, last = 0, now = 0;
    std::optional<int> steps, done;
};

// Parse failure: not an API reply (HTML page, empty body, malformed XML/JSON, truncated, too big, too deep).
struct ParseFailure
{
    enum class Reason { Empty, Html, Malformed, Truncated, TooLarge, TooDeep, UnknownShape };
    Reason reason = Reason::UnknownShape;
    QString message;                              // translated, one line, with line:column when known
    qint64 line = 0, column = 0;                  // 1-based; 0 when unknown. Columns count bytes.
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
    QHash<QString, QString> docAttributes;        // <doc …> attributes, whatever the kind

    bool isValid() const { return kind != ReplyKind::Invalid; }
};

} // namespace mgrdesk::protocol
