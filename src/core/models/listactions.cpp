#include "listactions.h"

#include "tablemodel.h"

#include <algorithm>

namespace mgrdesk::models {

using protocol::ToolButton;

namespace {
bool typeIs(const ToolButton &b, const char *type)
{
    return b.type == QLatin1String(type);
}

// The cell's raw code (the orig attribute of status cells, e.g. "4" shown as "Зачислен"), empty when none.
QString origOf(const TableModel &model, int row, const QString &field)
{
    if (const protocol::TableData *data = model.tableData()) {
        const int column = data->columnIndex(field);
        if (column >= 0) {
            const auto attributes = data->cellAttributes(model.sourceRow(row), column);
            for (const auto &a : attributes)
                if (a.first == QLatin1String("orig"))
                    return a.second;
        }
    }
    return {};
}

// Real servers compare the cell's displayed, localised text (docs/protocol.md §5: hide name="status"
// value="Зачислен" on a cell <status orig="4">Зачислен</status>); a match on orig is tolerated.
// level="user": the rule is for the user (client) level only; other levels named: for those only.
bool ruleApplies(const protocol::ToolButtonRule &rule, bool userLevel)
{
    if (rule.level.isEmpty())
        return true;
    return (rule.level == QLatin1String("user")) == userLevel;
}

bool ruleMatches(const protocol::ToolButtonRule &rule, const TableModel &model, int row)
{
    const QString text = model.value(row, rule.name);
    if (rule.value.isEmpty()) // a rule without a value: the field is set ("on")
        return !text.isEmpty() && text != QLatin1String("off");
    if (text == rule.value)
        return true;
    const QString orig = origOf(model, row, rule.name);
    return !orig.isEmpty() && orig == rule.value;
}

const int kConfirmListLimit = 10;
} // namespace

QList<ToolButton> ListActions::buttons() const
{
    if (!m_model || !m_model->tableData())
        return {};
    return m_model->tableData()->metadata.toolbar;
}

QString ListActions::title(const ToolButton &button) const
{
    if (m_model && m_model->tableData()) {
        const auto &messages = m_model->tableData()->messages;
        for (const QString &key : { button.name, QStringLiteral("short_") + button.name }) {
            const QString t = messages.value(key);
            if (!t.isEmpty())
                return t;
        }
    }
    return button.name;
}

QString ListActions::hint(const ToolButton &button) const
{
    if (m_model && m_model->tableData())
        return m_model->tableData()->messages.value(QStringLiteral("hint_") + button.name);
    return {};
}

bool ListActions::needsSelection(const ToolButton &button)
{
    return !(typeIs(button, "new") || typeIs(button, "refresh") || typeIs(button, "back")
        || typeIs(button, "list"));
}

bool ListActions::singleRow(const ToolButton &button)
{
    return typeIs(button, "edit") || typeIs(button, "editlist") || typeIs(button, "window");
}

bool ListActions::isUserLevel(std::optional<int> sessionLevel, const QString &su)
{
    return !su.isEmpty() || (sessionLevel && *sessionLevel <= 16);
}

bool ListActions::passesRules(const ToolButton &button, const TableModel &model, int row, bool userLevel)
{
    for (const auto &rule : button.hide)
        if (ruleApplies(rule, userLevel) && ruleMatches(rule, model, row))
            return false;
    bool anyShow = false;
    for (const auto &rule : button.show) {
        if (!ruleApplies(rule, userLevel))
            continue;
        anyShow = true;
        if (ruleMatches(rule, model, row))
            return true;
    }
    return !anyShow;
}

QList<int> ListActions::uniqueRows(const QList<int> &rows) const
{
    QList<int> result;
    for (const int r : rows)
        if (m_model && r >= 0 && r < m_model->rowCount() && !result.contains(r))
            result.append(r);
    return result;
}

bool ListActions::isEnabled(const ToolButton &button, const QList<int> &rows) const
{
    if (!m_model)
        return false;
    if (!needsSelection(button))
        return true;
    const QList<int> selected = uniqueRows(rows);
    if (selected.isEmpty() || (singleRow(button) && selected.size() != 1))
        return false;
    return std::all_of(selected.cbegin(), selected.cend(),
        [&](int row) { return passesRules(button, *m_model, row, m_userLevel); });
}

std::optional<ToolButton> ListActions::defaultButton() const
{
    const auto all = buttons();
    for (const auto &b : all)
        if (b.isDefault)
            return b;
    for (const auto &b : all)
        if (typeIs(b, "edit"))
            return b;
    return std::nullopt;
}

std::optional<ToolButton> ListActions::deleteButton() const
{
    const auto all = buttons();
    for (const auto &b : all)
        if (b.name == QLatin1String("delete") || b.func.endsWith(QLatin1String(".delete")))
            return b;
    return std::nullopt;
}

std::optional<ToolButton> ListActions::button(const QString &name) const
{
    const auto all = buttons();
    for (const auto &b : all)
        if (b.name == name)
            return b;
    return std::nullopt;
}

QString ListActions::confirmationText(const ToolButton &button, const QList<int> &rows) const
{
    const QList<int> selected = uniqueRows(rows);
    QString keyName;
    if (m_model && m_model->tableData())
        keyName = m_model->tableData()->metadata.keyName;
    QStringList names;
    for (const int row : selected) {
        if (names.size() == kConfirmListLimit)
            break;
        QString name = keyName.isEmpty() ? QString() : m_model->value(row, keyName);
        if (name.isEmpty())
            name = m_model->rowKey(row);
        names.append(QStringLiteral("  • ") + name);
    }
    QString text = tr("%1: %n object(s)?", nullptr, int(selected.size())).arg(title(button));
    text += QLatin1Char('\n') + names.join(QLatin1Char('\n'));
    if (selected.size() > kConfirmListLimit)
        text += QLatin1Char('\n') + tr("… and %n more", nullptr, int(selected.size() - kConfirmListLimit));
    return text;
}

ActionIntent ListActions::intent(const ToolButton &button, const QList<int> &rows) const
{
    ActionIntent in;
    in.button = button;
    if (!m_model || !isEnabled(button, rows) || button.func.isEmpty())
        return in;
    const QList<int> selected = needsSelection(button) ? uniqueRows(rows) : QList<int>();
    const QString keyName = m_model->tableData() ? m_model->tableData()->metadata.keyName : QString();
    for (const int row : selected) {
        in.keys.append(m_model->rowKey(row));
        const QString name = keyName.isEmpty() ? QString() : m_model->value(row, keyName);
        in.names.append(name.isEmpty() ? in.keys.constLast() : name);
    }
    const QString listPlid = m_model->tableData() ? m_model->tableData()->plid : QString();
    in.func = button.func;
    in.plid = listPlid;
    in.request = protocol::Request(button.func);

    if (typeIs(button, "editlist") || typeIs(button, "list")) {
        in.kind = ActionIntent::Kind::OpenList;
        in.plid = in.keys.value(0);
        if (!in.plid.isEmpty())
            in.request.setPlid(in.plid);
        return in;
    }
    in.elid = in.keys.join(QStringLiteral(", "));
    if (!in.keys.isEmpty())
        in.request.setElids(in.keys);
    if (!in.plid.isEmpty())
        in.request.setPlid(in.plid);
    if (typeIs(button, "new")) {
        in.kind = ActionIntent::Kind::OpenForm;
        in.elid.clear();
        in.request.remove(QStringLiteral("elid"));
    } else if (typeIs(button, "edit") || typeIs(button, "groupform")) {
        in.kind = ActionIntent::Kind::OpenForm;
    } else if (typeIs(button, "window")) {
        in.kind = ActionIntent::Kind::OpenWindow;
    } else if (typeIs(button, "group") || button.func.endsWith(QLatin1String(".delete"))) {
        in.kind = ActionIntent::Kind::RunRequest;
        in.needsConfirmation = true;
        in.confirmation = confirmationText(button, selected);
    } else if (typeIs(button, "refresh") || typeIs(button, "back")) {
        in.kind = ActionIntent::Kind::None;
    } else {
        in.kind
            = ActionIntent::Kind::OpenForm; // unknown types: open what the server names, as the web UI does
    }
    return in;
}

} // namespace mgrdesk::models
