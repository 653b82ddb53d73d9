#pragma once
// The toolbar logic of a list (docs/protocol.md §5 metadata toolbar): which buttons are enabled for a
// selection (new: none needed; edit/editlist/window: exactly one row; group/groupform: one or more; hide/show
// rules tested against every selected row), the default (double-click/Enter) and delete buttons, and what a
// button does: the request to run (group: elid=a, b, c), the form or child list to open, the confirmation
// text.

#include "core/protocol/reply.h"
#include "core/protocol/request.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace mgrdesk::models {

class TableModel;

struct ActionIntent
{
    enum class Kind { None, OpenForm, RunRequest, OpenList, OpenWindow };
    Kind kind = Kind::None;
    protocol::ToolButton button;
    protocol::Request request; // what to send (RunRequest), or what opens the form/list/window
    QString func, elid, plid; // OpenForm/OpenWindow: the form and its object; OpenList: the child list
    QStringList keys; // the selected rows' keys
    QStringList names; // their keyname values (the key where a row has none), in the same order
    bool needsConfirmation = false;
    QString confirmation; // names the action and lists the keyname values
};

class ListActions
{
    Q_DECLARE_TR_FUNCTIONS(mgrdesk::models::ListActions)
public:
    explicit ListActions(const TableModel *model = nullptr)
        : m_model(model)
    {
    }
    void setModel(const TableModel *model) { m_model = model; }
    // The list is seen at the user (client) level: a session of level 16 or lower, or acting as a client
    // (su). Rules with level="user" apply only then (the real payment toolbar).
    void setUserLevel(bool user) { m_userLevel = user; }
    bool isUserLevel() const { return m_userLevel; }
    static bool isUserLevel(std::optional<int> sessionLevel, const QString &su);

    QList<protocol::ToolButton> buttons() const; // toolbar order
    QString title(const protocol::ToolButton &button) const; // messages: name, short_name; else the name
    QString hint(const protocol::ToolButton &button) const;

    // rows: view rows of the model (duplicates ignored).
    bool isEnabled(const protocol::ToolButton &button, const QList<int> &rows) const;
    static bool passesRules(
        const protocol::ToolButton &button, const TableModel &model, int row, bool userLevel = false);
    static bool needsSelection(const protocol::ToolButton &button);
    static bool singleRow(const protocol::ToolButton &button);

    std::optional<protocol::ToolButton> defaultButton() const; // default="yes", else the first edit button
    std::optional<protocol::ToolButton> deleteButton() const; // name "delete" or func "*.delete"
    std::optional<protocol::ToolButton> button(const QString &name) const;

    ActionIntent intent(const protocol::ToolButton &button, const QList<int> &rows) const;
    QString confirmationText(const protocol::ToolButton &button, const QList<int> &rows) const;

private:
    QList<int> uniqueRows(const QList<int> &rows) const;
    const TableModel *m_model = nullptr;
    bool m_userLevel = false;
};

} // namespace mgrdesk::models
