#pragma once
// List metadata (docs/protocol.md §5): columns, toolbar buttons and their hide/show rules.

#include "attributes.h"

#include <QList>
#include <QString>

#include <optional>

namespace mgrdesk::protocol {

// <hide|show name value level/>: value is compared with the cell's displayed (localised) text; a match on the
// cell's orig attribute is tolerated (docs/protocol.md §5).
struct ToolButtonRule
{
    QString name, value;
    QString level = {}; // level="user": the rule applies to that level only; empty: always
};

struct ToolButton
{
    QString name, func, type, img, group; // type: new edit group groupform editlist window …
    bool isDefault = false;
    QString level;
    QList<ToolButtonRule> hide, show;
    QString title, hint; // from messages (msg name=button / hint_button), when present
    QString confirm; // msg_confirm_NAME: the question asked before a group action, when present
    bool warning = false; // warning="yes": ask before running
};

struct ColumnInfo
{
    QString name, type, sort, sorted, convert, level; // type: data msg img price button control prop
    QList<Attributes> props; // <prop …/> children, raw
    QString title; // from messages (msg name=column), when present
    // sorted read (docs/protocol.md §5): "+1", "-1", "+2"…, "yes", "desc", "asc". sortDirection: +1
    // ascending, -1 descending, 0 not sorted; sortPriority: 1 for the primary sort key, 2 for the next…, 0
    // when unsorted.
    int sortDirection = 0;
    int sortPriority = 0;
    // stat="yes" total="12221253.00 RUB": the server's total of this column over the whole filtered list.
    bool stat = false;
    std::optional<QString> total; // present when the col carries a total attribute
    Attributes attributes; // every raw attribute of the <col>
};

struct ListMetadata
{
    bool present = false;
    QString name, key, keyName;
    int autoUpdate = 0;
    QList<ColumnInfo> columns; // coldata order
    QList<ToolButton> toolbar; // toolbar order (all groups flattened, ToolButton::group set)
};

} // namespace mgrdesk::protocol
