#pragma once
// Private parts of ReplyBuilder, shared by replybuilder.cpp (events and dispatch), the per-kind handler files
// replybuilder_*.cpp (what each element of a kind records, and how that kind's reply is assembled) and
// replyassembly.cpp (the precedence of kinds). See docs/protocol.md §14 for adding a kind.

#include "replybuilder.h"

namespace mgrdesk::protocol::detail {

inline QString str(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

inline bool isBlank(QByteArrayView s)
{
    for (const char c : s) {
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return false;
    }
    return true;
}

inline bool yes(const QString &v)
{
    return v == QLatin1String("yes") || v == QLatin1String("on") || v == QLatin1String("true");
}

inline QString attrValue(const Attributes &attrs, const char *name)
{
    for (const auto &a : attrs) {
        if (a.first == QLatin1String(name))
            return a.second;
    }
    return {};
}

inline bool hasAttribute(const Attributes &attrs, const char *name)
{
    for (const auto &a : attrs) {
        if (a.first == QLatin1String(name))
            return true;
    }
    return false;
}

inline QHash<QString, QString> toHash(const Attributes &attrs)
{
    QHash<QString, QString> hash;
    for (const auto &a : attrs)
        hash.insert(a.first, a.second);
    return hash;
}

enum class ReplyBuilder::Ctx : unsigned char {
    Skip,
    Doc,
    Value,
    Row,
    Cell,
    CellNested,
    Error,
    ErrorLeaf,
    ErrorParam,
    ErrorStack,
    StackAction,
    Auth,
    Ok,
    Metadata,
    Toolbar,
    ToolGroup,
    ToolBtn,
    ToolRule,
    Coldata,
    Col,
    ColProp,
    MForm,
    MPage,
    MField,
    MControl,
    MIf,
    MButtons,
    MButton,
    Messages,
    Msg,
    Slist,
    SlistVal,
    EList,
    Menu,
    MenuNode,
    Notify,
    NotifyItem,
    NotifyLeaf, // <item><msg>/<value>
    Steps,
    Step,
    StepMarker, // <skip/>, <unavailable/>
    ValueChild, // a child of a top-level value (whoami's <version><core>)
    CellButton, // <elem><action><button/></action></elem>
    Count // the number of contexts (the handler table's size)
};

struct ReplyBuilder::Frame
{
    Ctx ctx = Ctx::Skip;
    std::string name;
    std::string text;
    std::string nested; // cells: first text found in nested children
    std::vector<std::pair<std::string, std::string>> attrs;
    size_t attrCount = 0;
    bool hasChildren = false;
    int column = -1; // cells: the table column, resolved when the cell starts
    bool direct = false; // cells: the text goes straight into the table's open cell
    int mark = 0; // a start index (fields, buttons, lists…) for range updates
    int mark2 = 0;
    MenuBuildNode *node = nullptr;
};

struct ReplyBuilder::Sink
{
    QSharedPointer<TableData> table = QSharedPointer<TableData>::create();
    std::vector<std::string> names; // == table column order while parsing
    std::vector<const char *> namePtrs; // the interned element name last seen for each column (XML)
    size_t hint = 0;
    QString name;
};

struct ReplyBuilder::MenuBuildNode
{
    Attributes attrs;
    std::vector<std::unique_ptr<MenuBuildNode>> children;
};

struct ReplyBuilder::Value
{
    QString name, text;
    Attributes attrs;
};

struct ReplyBuilder::State
{
    Attributes docAttributes;
    Sink main;
    std::vector<std::unique_ptr<Sink>> lists;
    Sink *currentSink = nullptr;
    bool hasElem = false, hasError = false, hasAuth = false, hasOk = false, hasMenu = false, hasSlist = false;
    bool hasMetadata = false, showSuccess = false;
    QStringList complexValues; // doc children with element children we do not interpret
    std::vector<Value> values;

    ApiError error;
    QString objectWord; // param name="object" @msg
    QString errorCode;
    AuthReply auth;
    OkReply ok;

    QString metaName, metaType, metaKey, metaKeyName, metaAutoUpdate, formTitle;
    QList<ColumnInfo> columns;
    QList<ToolButton> toolbar;
    QList<ToolButtonRule> pendingHide, pendingShow;
    QList<Attributes> pendingProps;
    QList<FormPage> pages;
    QList<FormField> fields;
    QList<IfRule> pendingIf;
    QList<FormButton> buttons;
    Attributes formAttributes; // <metadata><form …>
    QList<FormStep> steps;
    bool hasSteps = false, skip = false, unavailable = false;
    struct ValueChild
    {
        QString parent, name, text;
        Attributes attrs;
    };
    std::vector<ValueChild> valueChildren; // children of top-level values (one level), for whoami

    QHash<QString, QString> messages;
    QHash<QString, QList<SelectOption>> options;
    QList<SelectOption> pendingOptions;

    QList<NotifyItem> notifyItems; // <notify><item> of every <notify> that holds items
    bool hasNotify = false; // a <notify> with <item> children was read
    int notifyItemCount = 0; // every <item> read, the balance item included
    QString pendingNotifyMsg, pendingNotifyValue; // the current <item>'s <msg> and <value>
    bool pendingNotifyHasMsg = false, pendingNotifyHasValue = false;
    std::optional<QString> notifyBalance;
    QString notifyBalanceAction;

    MenuBuildNode menuRoot;
    std::vector<MenuBuildNode *> menuStack;
};

} // namespace mgrdesk::protocol::detail
