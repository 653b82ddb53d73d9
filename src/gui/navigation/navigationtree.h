#pragma once
// The navigation tree: the server's main menu (func=desktop) for one connection, with a search field that
// filters entries as it is typed. Activating an entry emits openRequested(action, type, title); the main
// window opens a list or a form tab. Loaded when the connection logs in; reload() after an account switch.

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

    // Shows the menu of `connection` (nullptr: nothing). Loads it now when connected, else once logged in.
    void setConnection(net::Connection *connection);
    net::Connection *connection() const { return m_connection; }
    void reload();

    void setMenu(const protocol::MenuData &menu);
    void setFilterText(const QString &text);
    void focusSearch();

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *searchEdit() const { return m_search; }
    // The first visible entry whose action is `action`, or nullptr.
    QTreeWidgetItem *findAction(const QString &action) const;
    bool activateAction(const QString &action); // as a double-click on that entry
    int entryCount() const; // leaves with an action

    enum Role { ActionRole = Qt::UserRole + 1, TypeRole, NameRole };

Q_SIGNALS:
    void openRequested(const QString &action, const QString &type, const QString &title);
    void loaded();
    void menuReceived(const mgrdesk::protocol::MenuData &menu); // before loaded(), from reload()
    void loadFailed(const QString &message);

private:
    void activate(QTreeWidgetItem *item);
    void applyFilter();
    void showMessage(const QString &text);

    QPointer<net::Connection> m_connection;
    QMetaObject::Connection m_loginConnection;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_message = nullptr;
    int m_generation = 0;
};

} // namespace mgrdesk::gui
