#include "navigationtree.h"

#include "core/navigation/menustore.h"

#include "core/net/apijob.h"
#include "core/net/connection.h"
#include "core/protocol/request.h"

#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>
#include <functional>

namespace mgrdesk::gui {

NavigationTree::NavigationTree(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("navigationTree"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("navigationSearch"));
    m_search->setPlaceholderText(tr("Search the menu (Ctrl+L)"));
    m_search->setAccessibleName(tr("Search the menu"));
    m_search->setClearButtonEnabled(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("navigationEntries"));
    m_tree->setAccessibleName(tr("Menu"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("navigationMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_search);
    layout->addWidget(m_message);
    layout->addWidget(m_tree, 1);

    connect(m_search, &QLineEdit::textChanged, this, &NavigationTree::applyFilter);
    // Return in the search field opens the first match.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        for (QTreeWidgetItemIterator it(m_tree, QTreeWidgetItemIterator::NotHidden); *it; ++it) {
            if (!(*it)->data(0, ActionRole).toString().isEmpty()) {
                m_tree->setCurrentItem(*it);
                activate(*it);
                return;
            }
        }
    });
    connect(
        m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item, int) { activate(item); });
    showMessage(tr("Log in to see the server's menu."));
}

void NavigationTree::setConnection(net::Connection *connection)
{
    if (m_loginConnection)
        disconnect(m_loginConnection);
    m_connection = connection;
    ++m_generation;
    m_tree->clear();
    if (!connection) {
        showMessage(tr("No account selected."));
        return;
    }
    m_loginConnection = connect(connection, &net::Connection::loggedIn, this, [this] { reload(); });
    if (connection->state() == net::Connection::State::Connected)
        reload();
    else
        showMessage(tr("Log in to see the server's menu."));
}

void NavigationTree::reload()
{
    if (!m_connection)
        return;
    const int generation = ++m_generation;
    showMessage(tr("Loading the menu…"));
    net::ApiJob *job = m_connection->send(protocol::Request(QStringLiteral("desktop")), this);
    connect(job, &net::ApiJob::finished, this, [this, generation](const net::ApiResult &result) {
        if (generation != m_generation)
            return; // an older request (another account, a later reload)
        if (!result.ok() || !result.reply.menu) {
            const QString message = result.ok() ? tr("The server sent no menu.") : result.message;
            showMessage(tr("The menu could not be loaded: %1").arg(message));
            Q_EMIT loadFailed(message);
            return;
        }
        setMenu(*result.reply.menu);
        Q_EMIT menuReceived(*result.reply.menu);
        Q_EMIT loaded();
    });
}

namespace {
void addNodes(QTreeWidgetItem *parent, QTreeWidget *tree, const QList<protocol::MenuNode> &nodes,
    const protocol::MenuData &menu)
{
    for (const protocol::MenuNode &node : nodes) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
        const QString title = navigation::menuNodeTitle(node, menu);
        item->setText(0, title);
        item->setData(0, NavigationTree::ActionRole, node.action);
        item->setData(0, NavigationTree::TypeRole, node.type);
        item->setData(0, NavigationTree::NameRole, node.name);
        if (!node.action.isEmpty())
            item->setToolTip(0, QStringLiteral("%1 (%2)").arg(title, node.action));
        addNodes(item, tree, node.children, menu);
    }
}
} // namespace

void NavigationTree::setMenu(const protocol::MenuData &menu)
{
    m_tree->clear();
    addNodes(nullptr, m_tree, menu.nodes, menu);
    m_tree->expandAll();
    if (m_tree->topLevelItemCount() == 0)
        showMessage(tr("The server's menu is empty for this user."));
    else
        m_message->hide();
    applyFilter();
}

void NavigationTree::setFilterText(const QString &text)
{
    m_search->setText(text);
}

void NavigationTree::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QTreeWidgetItem *NavigationTree::findAction(const QString &action) const
{
    for (QTreeWidgetItemIterator it(m_tree, QTreeWidgetItemIterator::NotHidden); *it; ++it) {
        if ((*it)->data(0, ActionRole).toString() == action)
            return *it;
    }
    return nullptr;
}

bool NavigationTree::activateAction(const QString &action)
{
    QTreeWidgetItem *item = findAction(action);
    if (!item)
        return false;
    m_tree->setCurrentItem(item);
    activate(item);
    return true;
}

int NavigationTree::entryCount() const
{
    int n = 0;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if (!(*it)->data(0, ActionRole).toString().isEmpty())
            ++n;
    }
    return n;
}

void NavigationTree::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString action = item->data(0, ActionRole).toString();
    if (action.isEmpty()) {
        item->setExpanded(!item->isExpanded()); // a group
        return;
    }
    Q_EMIT openRequested(action, item->data(0, TypeRole).toString(), item->text(0));
}

void NavigationTree::applyFilter()
{
    const QString needle = m_search->text().trimmed();
    // A group stays visible when it matches or any child does; a matching group shows all its children.
    std::function<bool(QTreeWidgetItem *, bool)> filter = [&](QTreeWidgetItem *item, bool parentMatches) {
        const bool matches = parentMatches || needle.isEmpty()
            || item->text(0).contains(needle, Qt::CaseInsensitive)
            || item->data(0, ActionRole).toString().contains(needle, Qt::CaseInsensitive);
        bool anyChild = false;
        for (int i = 0; i < item->childCount(); ++i)
            anyChild = filter(item->child(i), matches) || anyChild;
        const bool visible = matches || anyChild;
        item->setHidden(!visible);
        if (visible && !needle.isEmpty())
            item->setExpanded(true);
        return visible;
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        filter(m_tree->topLevelItem(i), false);
}

void NavigationTree::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->show();
}

} // namespace mgrdesk::gui
