#pragma once
// Ctrl+K: a popup with a search field over the menu entries of every account whose menu is loaded
// ("Payments — Production admin"); typing filters (every word must match the title, its group, the function
// or the account), Up/Down choose, Enter opens the entry on its account, Escape closes.
// Below the menu entries it finds data on every connected account (docs/search.md): clients, services,
// invoices, payments and tickets through the servers' own list filters (search::CrossSearch), one section
// per account in its colour; Enter opens a result in its account through the page router, Ctrl+Enter acts
// as a client result.

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

namespace mgrdesk::net {
class Connection;
} // namespace mgrdesk::net

namespace mgrdesk::search {
class CrossSearch;
} // namespace mgrdesk::search

namespace mgrdesk::gui {

class PageRouter;
class SearchResultsPresenter;

class QuickSwitcher : public QFrame
{
    Q_OBJECT
public:
    struct Account
    {
        QString id, name;
        QIcon icon;
        net::Connection *connection = nullptr; // its data is searched while it is logged in
        QString colour = {}; // the account's colour tag (a colour name), empty: none
    };
    enum Role { AccountRole = Qt::UserRole + 1, ActionRole, TypeRole, TitleRole };

    QuickSwitcher(navigation::MenuStore *menus, QWidget *parent);

    // The accounts to offer, in order (the current one first); their loaded menus are listed.
    void setAccounts(const QList<Account> &accounts);
    void popup(); // at the top of the parent window, search field focused and cleared
    // Where data results open (and "Act as" goes); without it only menu entries are searched.
    void setRouter(PageRouter *router) { m_router = router; }
    search::CrossSearch *dataSearch() const { return m_data; }
    SearchResultsPresenter *dataResults() const { return m_results; }

    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *list() const { return m_list; }
    QLabel *statusLabel() const { return m_status; }
    int visibleCount() const; // menu entries shown for the current search
    bool chooseCurrent(); // as Enter
    bool actAsCurrent(); // as Ctrl+Enter: "Act as" the client of the current result

Q_SIGNALS:
    void entryChosen(
        const QString &accountId, const QString &action, const QString &type, const QString &title);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void hideEvent(QHideEvent *event) override; // the data search stops (saved filters are still restored)

private:
    void onTextChanged();
    void refill();
    void updateStatus();
    void moveCurrent(int step); // to the next row that can be current (headers are skipped)
    void showContextMenu(const QPoint &pos);

    navigation::MenuStore *m_menus;
    QList<Account> m_accounts;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_status;
    search::CrossSearch *m_data;
    SearchResultsPresenter *m_results;
    PageRouter *m_router = nullptr;
    int m_menuCount = 0; // the menu rows at the top of the list (data rows follow)
    QString m_notice; // a warning of the data search, shown until the next search
};

} // namespace mgrdesk::gui
