#pragma once
// The navigation tree: the server's main menu (func=desktop) for one connection, with a search field that
// filters entries as it is typed. A single click on an entry (as in the web interface) or Enter/Return on the
// current one emits openRequested(action, type, title); the main window opens a list or a form tab. A click
// on a group expands or collapses it; the arrow keys only move the selection. The menu itself comes from a
// navigation::MenuStore (the window's, shared with the console and Ctrl+K; a private one until
// setMenuStore()): loaded when the connection logs in, shown at once after an account switch when known.

#include "core/navigation/menustore.h"
#include "core/protocol/reply.h"

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;
QT_END_NAMESPACE

namespace mgrdesk::net {
class Connection;
}

namespace mgrdesk::gui {

class NavigationTree : public QWidget
{
    Q_OBJECT
public:
    explicit NavigationTree(QWidget *parent = nullptr);

    // The store the menus come from (set before setConnection()); nullptr: a private one.
    void setMenuStore(navigation::MenuStore *store);
    navigation::MenuStore *menuStore() const { return m_store; }

    // Shows the menu of `connection` (nullptr: nothing): the store's when known, else loaded now when
    // connected, else once logged in.
    void setConnection(net::Connection *connection);
    net::Connection *connection() const { return m_connection; }
    void reload(); // fetches the menu again (through the store)

    void setMenu(const protocol::MenuData &menu);
    void setFilterText(const QString &text);
    void focusSearch();

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *searchEdit() const { return m_search; }
    // The first visible entry whose action is `action`, or nullptr.
    QTreeWidgetItem *findAction(const QString &action) const;
    bool activateAction(const QString &action); // as a click on that entry
    int entryCount() const; // leaves with an action

    enum Role { ActionRole = Qt::UserRole + 1, TypeRole, NameRole };

Q_SIGNALS:
    void openRequested(const QString &action, const QString &type, const QString &title);
    void loaded();
    void menuReceived(const mgrdesk::protocol::MenuData &menu); // before loaded(): a menu is shown
    void loadFailed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(QTreeWidgetItem *item);
    void applyFilter();
    void showMessage(const QString &text);
    void showStoredMenu();
    QString accountKey() const; // the store's key for m_connection

    QPointer<net::Connection> m_connection;
    QPointer<navigation::MenuStore> m_store;
    QMetaObject::Connection m_loginConnection;
    QList<QMetaObject::Connection> m_storeConnections;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace mgrdesk::gui
