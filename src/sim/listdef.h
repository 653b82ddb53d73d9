#pragma once
// Static description of one list function: its table, columns, toolbar, filters and access rules.
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace mgrdesk::sim {

struct ColDef
{
    QString name;
    QString sort = QStringLiteral("alpha"); // alpha, digit, "" = not sortable
    QString statusSet; // status words with colours
    QString source; // table column, when it differs from name
    int level = 0; // minimum level that sees the column
    QString type = QStringLiteral("data");
    bool stat = false; // a money column: coldata carries stat="yes" total="SUM CUR" over the filtered list
    QString column() const { return source.isEmpty() ? name : source; }
};

// A toolbar rule: hide (or show) the button when the selected row's column `name` holds `value` (a code here;
// the metadata sends the cell's displayed, localised text, as real servers do). userOnly: level="user", the
// rule applies to clients only.
struct RuleDef
{
    QString name;
    QString value;
    bool userOnly = false;
};

struct BtnDef
{
    QString name;
    QString func;
    QString type; // new, edit, group, groupform, editlist, window, groupwindow
    QString img;
    bool isDefault = false;
    QList<RuleDef> hide;
    QList<RuleDef> show;
    int level = 0; // minimum level that sees the button
    bool userOnly = false; // level="user": a client's button (staff do not see it)
    bool warning = false; // warning="yes": ask before running
};

struct FilterDef
{
    // Period: a select period="yes" (nodate, today, currentmonth, …, other) on a date column; "other" leaves
    // the range to the DateFrom/DateTo filters, which the form hides for every other choice
    enum Kind { Substring, Exact, Status, DateFrom, DateTo, Owner, Period };
    QString name;
    Kind kind = Substring;
    QString column;
    QString statusSet;
};

struct ListDef
{
    enum Access { Both, AdminOnly, ClientOnly };
    QString func;
    QString table;
    QString keyname;
    QList<ColDef> cols;
    QList<BtnDef> buttons;
    QList<FilterDef> filters;
    Access access = Both;
    QString parentColumn; // nested list: rows whose parentColumn equals plid
    QString parentList; // the list whose rows are the parents
    QString statusColumn; // restricts rows: statusColumn value in statusIn
    QStringList statusIn;
    QString suspendColumn; // X.suspend / X.resume set this column
    QString suspendValue, resumeValue;
    int mutateLevel = 29; // X.delete, X.suspend, X.resume
    bool deletable = false;
    QString editForm; // X.edit handled by the form engine
    bool clientHideEnforced = false; // a client's action on a row its toolbar hides is refused
};

QList<ListDef> builtinLists();

} // namespace mgrdesk::sim
