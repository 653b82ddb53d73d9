#pragma once
// Ctrl+K: a popup with a search field over the menu entries of every account whose menu is loaded
// ("Payments — Production admin"); typing filters (every word must match the title, its group, the function
// or the account), Up/Down choose, Enter opens the entry on its account, Escape closes.

#include <QFrame>
#include <QIcon>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QListWidget;
QT_END_NAMESPACE

namespace mgrdesk::navigation {
class MenuStore;
} // namespace mgrdesk::navigation

namespace mgrdesk::gui {

class QuickSwitcher : public QFrame
{
    Q_OBJECT
public:
    struct Account
    {
        QString id, name;
        QIcon icon;
    };
    enum Role { AccountRole = Qt::UserRole + 1, ActionRole, TypeRole, TitleRole };

    QuickSwitcher(navigation::MenuStore *menus, QWidget *parent);

    // The accounts to offer, in order (the current one first); their loaded menus are listed.
    void setAccounts(const QList<Account> &accounts);
    void popup(); // at the top of the parent window, search field focused and cleared

    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *list() const { return m_list; }
    QLabel *statusLabel() const { return m_status; }
    int visibleCount() const; // entries shown for the current search
    bool chooseCurrent(); // as Enter

Q_SIGNALS:
    void entryChosen(
        const QString &accountId, const QString &action, const QString &type, const QString &title);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refill();
    void updateStatus();

    navigation::MenuStore *m_menus;
    QList<Account> m_accounts;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_status;
};

} // namespace mgrdesk::gui
