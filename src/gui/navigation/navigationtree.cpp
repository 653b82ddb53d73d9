#include "navigationtree.h"

#include "core/navigation/menustore.h"

#include "common/guilogging.h"

#include "core/net/connection.h"

#include <QKeyEvent>
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
    m_tree->setExpandsOnDoubleClick(false); // the first click of a double-click toggles a group already
    m_tree->installEventFilter(this);
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
    // One click opens an entry (as in the web interface); the expand arrow is Qt's own and emits no click.
    // Double-clicks and activated() are not used: they would open an entry twice.
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item, int) { activate(item); });
    setMenuStore(nullptr);
    showMessage(tr("Log in to see the server's menu."));
}

void NavigationTree::setMenuStore(navigation::MenuStore *store)
{
    for (const QMetaObject::Connection &c : std::as_const(m_storeConnections))
        disconnect(c);
    m_storeConnections.clear();
    if (m_store && m_store->parent() == this && m_store != store)
        m_store->deleteLater();
    m_store = store ? store : new navigation::MenuStore(this);
    m_storeConnections << connect(
        m_store, &navigation::MenuStore::menuLoaded, this, [this](const QString &id) {
            if (m_connection && id == accountKey())
                showStoredMenu();
        });
    m_storeConnections << connect(
        m_store, &navigation::MenuStore::menuFailed, this, [this](const QString &id, const QString &message) {
            if (!m_connection || id != accountKey())
                return;
            qCWarning(lcGuiNavigation) << "menu of" << id << "not loaded:" << message;
            showMessage(tr("The menu could not be loaded: %1").arg(message));
            Q_EMIT loadFailed(message);
        });
}

QString NavigationTree::accountKey() const
{
    return navigation::MenuStore::keyFor(m_connection);
}

void NavigationTree::setConnection(net::Connection *connection)
{
    if (m_loginConnection)
        disconnect(m_loginConnection);
    m_connection = connection;
    m_tree->clear();
    if (!connection) {
        showMessage(tr("No account selected."));
        return;
    }
    m_loginConnection = connect(connection, &net::Connection::loggedIn, this, [this] { reload(); });
    if (m_store->hasMenu(accountKey()))
        showStoredMenu(); // known already (another consumer loaded it, or this account was shown before)
    else if (connection->state() == net::Connection::State::Connected)
        reload();
    else
        showMessage(tr("Log in to see the server's menu."));
}

void NavigationTree::reload()
{
    if (!m_connection)
        return;
    m_store->reload(accountKey(), m_connection);
    if (m_store->isLoading(accountKey()) && m_tree->topLevelItemCount() == 0)
        showMessage(tr("Loading the menu…"));
}

void NavigationTree::showStoredMenu()
{
    const protocol::MenuData menu = m_store->menu(accountKey());
    setMenu(menu);
    Q_EMIT menuReceived(menu);
    Q_EMIT loaded();
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
    qCDebug(lcGuiNavigation) << "open" << action << "type" << item->data(0, TypeRole).toString();
    Q_EMIT openRequested(action, item->data(0, TypeRole).toString(), item->text(0));
}

bool NavigationTree::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_tree->currentItem()) {
            activate(m_tree->currentItem());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
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
