#pragma once
// The main window: window chrome only. An account switcher (name, colour tag, user, level once logged in)
// beside the navigation tree, a central tab area (TabArea: tabs belong to an account and carry its marker),
// a status bar (connection state, activity, notifications), the menus and shortcuts. It opens no page
// itself: everything that opens something asks its PageRouter (router/pagerouter.h), which picks the page
// kind and the host. One net::Connection per account (net::ConnectionManager), created on first use and kept
// while the application runs, so switching is instant and every session survives.
//
// The implementation is split by responsibility: mainwindow.cpp (construction, menus, accounts),
// mainwindowsession.cpp (tabs: markers, focus chain, restored tabs), mainwindowpages.cpp (the TabArea and
// the page-opening entry points that hand over to the router), mainwindowtabs.cpp (the Account menu's
// actions, the request console, shortcuts), mainwindowstatus.cpp (status bar, notifications, Ctrl+K).

#include "router/tabarea.h"

#include "core/net/connection.h"
#include "core/routing/pagerequest.h"

#include "core/protocol/menudata.h"
#include "core/protocol/whoamidata.h"
#include <QHash>

#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QShortcut;
class QSplitter;
class QTabWidget;
class QVBoxLayout;
QT_END_NAMESPACE

namespace mgrdesk::accounts {
class AccountStore;
class CredentialStore;
} // namespace mgrdesk::accounts

namespace mgrdesk::net {
class ConnectionManager;
} // namespace mgrdesk::net

namespace mgrdesk::navigation {
class MenuStore;
} // namespace mgrdesk::navigation

namespace mgrdesk::notify {
class NotificationPoller;
} // namespace mgrdesk::notify

namespace mgrdesk::gui {

class AccountManagerDialog;
class ActivityIndicator;
class DesktopIntegration;
class FormWidget;
class ImpersonationBanner;
class ListView;
class NavigationTree;
class NotificationBadge;
class PageRouter;
class PasswordPrompt;
class QuickSwitcher;
class RequestConsole;
class TabWidget;

class MainWindow : public QMainWindow, public TabArea
{
    Q_OBJECT
public:
    // The stores outlive the window (the application owns them).
    MainWindow(
        accounts::AccountStore *store, accounts::CredentialStore *credentials, QWidget *parent = nullptr);
    ~MainWindow() override;

    net::ConnectionManager *connections() const { return m_connections; }
    accounts::AccountStore *accountStore() const { return m_store; }

    QString currentAccountId() const;
    net::Connection *currentConnection() const; // nullptr when there is no account
    void selectAccount(const QString &id);

    // Adds a closable tab (the window takes ownership) and makes it current; returns its index. The tab
    // belongs to `accountId` (default: the current account): activating it makes that account current, and
    // its marker and tooltip name the account.
    int openTab(QWidget *widget, const QString &title);
    int openTab(QWidget *widget, const QString &title, const QString &accountId) override;
    QTabWidget *tabs() const;
    QString tabAccountId(int index) const; // the account a tab belongs to
    bool tabMarkersShown() const; // tabs of more than one account are open: tabs carry account markers
    // The navigation tree (built by the lists feature) under the account switcher; the window takes
    // ownership.
    void setNavigationWidget(QWidget *widget);

    // For tests and other features.
    QComboBox *accountSwitcher() const { return m_switcher; }
    QLabel *connectionStateLabel() const { return m_stateLabel; }
    AccountManagerDialog *accountManagerDialog() const;
    PasswordPrompt *passwordPrompt() const;
    NavigationTree *navigationTree() const { return m_navTree; }
    ImpersonationBanner *impersonationBanner() const;

    // The one place pages are opened (every entry point below asks it).
    PageRouter *router() const { return m_router; }
    QWidget *openPage(const routing::PageRequest &request, QWidget *origin = nullptr);

    // TabArea (for the router).
    void closeTab(QWidget *page) override;
    bool showTab(QWidget *page) override;
    QString tabTitle(QWidget *page) const override;
    void setTabTitle(QWidget *page, const QString &title) override;
    QString accountOfTab(QWidget *page) const override;
    QString currentAccount() const override { return currentAccountId(); }
    QWidget *dialogParent() override { return this; }

    // Tabs for the current connection (nullptr when there is none). A form accepted from `origin` refreshes
    // it (when still open) and closes its tab.
    ListView *openList(const QString &function, const QString &plid, const QString &title);
    FormWidget *openForm(
        const QString &function, const QString &elid, const QString &plid, ListView *origin = nullptr);
    ListView *currentListView() const; // the list of the current tab (also inside an impersonation tab)
    // A list tab on `accountId`'s connection (whichever account is current).
    ListView *openListFor(
        const QString &accountId, const QString &function, const QString &plid, const QString &title);

    // Status area and notifications.
    ActivityIndicator *activityIndicator() const { return m_activity; }
    NotificationBadge *notificationBadge() const { return m_badge; }
    notify::NotificationPoller *notificationPoller(const QString &accountId) const;
    // Poll interval of func=notify for every account (ms); 0: notify::NotificationPoller::defaultInterval().
    void setNotificationInterval(int ms);

    // Menus of all accounts (Ctrl+K).
    navigation::MenuStore *menuStore() const { return m_menus; }
    QuickSwitcher *quickSwitcher() const { return m_switcherPopup; }

    // Restoring tabs at the next start (View › Restore Tabs at Start; settings key mainwindow/restoreTabs).
    QAction *restoreTabsAction() const { return m_restoreTabsAction; }
    bool restoreTabsAtStart() const;
    void setRestoreTabsAtStart(bool on);
    void saveTabs(); // done on close: the list tabs (account, function, plid, title) when the option is on

public Q_SLOTS:
    void showAccountManager();
    void reconnect(); // log the current account in again (after a cancelled prompt, an error)
    void closeCurrentTab();
    void showAbout();
    void openNavigationEntry(const QString &action, const QString &type, const QString &title);
    void refreshCurrentTab(); // F5
    void focusNavigationSearch(); // Ctrl+L
    void showQuickSwitcher(); // Ctrl+K
    void openNotification(const QString &accountId, const QString &counterName, const QString &title);
    void checkNotificationsNow();
    void actAs();
    void openInBrowser();
    void openInBrowserAsSelected(); // the current list's selected user (else asks for a login)
    void showSessions();
    void showAuditTrail();
    RequestConsole *
    showRequestConsole(); // Tools › Request Console (Ctrl+Shift+R): a console tab, current account

Q_SIGNALS:
    void currentAccountChanged(const QString &accountId, mgrdesk::net::Connection *connection);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void createAccountMenu();
    void createShortcuts();
    void onCurrentAccountChanged(const QString &id, net::Connection *connection);
    void updateBanner(net::Connection *connection);
    void updateBannerVisibility();
    // The login of the current list's selected row (on `connection`), resolved (maybe asking the server);
    // false, and no callback, when no list row of that connection is selected.
    bool withSelectedLogin(net::Connection *connection,
        std::function<void(const QString &login, const QString &error)>
            callback); // tabs with their own banner (the console) hide the window's
    int tabIndexOf(QWidget *page) const; // the tab holding `page` (or one of its ancestors); -1: none
    void refreshSwitcher();
    void onSwitcherChanged(int index);
    void updateStatus();
    void updateTitle();
    void askPassword(const QString &accountId, const QString &reason);
    void onConnectionCreated(const QString &accountId, net::Connection *connection);
    static QString stateText(net::Connection::State state);
    QString accountIdOf(net::Connection *connection) const;
    QIcon accountMarker(const QString &accountId) const;
    void chainPageFocus(QWidget *page); // tab bar → the page's widgets → the badge
    void onTabChanged(int index);
    void updateTabMarkers();
    void materializeTab(int index);
    void restoreTabs();
    void closeTabsOf(const QString &accountId);
    void updateActivity();
    void updateNotifications();
    void fetchWhoami(const QString &accountId);
    void openStartPageOnce(const QString &accountId, const protocol::MenuData &menu);
    void openEntryOn(
        const QString &accountId, const QString &action, const QString &type, const QString &title);

    accounts::AccountStore *m_store;
    accounts::CredentialStore *m_credentials;
    net::ConnectionManager *m_connections;
    PageRouter *m_router = nullptr;
    QSplitter *m_splitter = nullptr; // the menu | tabs split (saved with the geometry)
    QComboBox *m_switcher = nullptr;
    QLabel *m_tagBanner = nullptr;
    QPushButton *m_manageButton = nullptr;
    QVBoxLayout *m_navigationLayout = nullptr;
    QWidget *m_navigation = nullptr;
    NavigationTree *m_navTree = nullptr;
    QVBoxLayout *m_bannerLayout = nullptr;
    QPointer<ImpersonationBanner> m_banner;
    QShortcut *m_refreshShortcut = nullptr;
    TabWidget *m_tabs = nullptr;
    QLabel *m_stateLabel = nullptr;
    ActivityIndicator *m_activity = nullptr;
    NotificationBadge *m_badge = nullptr;
    QHash<QString, QPointer<notify::NotificationPoller>> m_pollers;
    DesktopIntegration *m_desktop = nullptr; // Preferences, Operations, alerts and tray, second factor
    int m_notifyInterval = 0;
    navigation::MenuStore *m_menus = nullptr;
    QuickSwitcher *m_switcherPopup = nullptr;
    QAction *m_restoreTabsAction = nullptr;
    bool m_materializing = false;
    QLabel *m_keychainLabel = nullptr;
    QPointer<AccountManagerDialog> m_accountDialog;
    QPointer<PasswordPrompt> m_prompt;
    QString m_currentId;
    QString m_preferredId; // the last session's account, until the first selection
    QHash<QString, std::optional<int>> m_levels; // level per account once logged in
    QHash<QString, protocol::WhoamiData> m_whoami; // what whoami said after the login, per account
    QSet<QString> m_startPageOpened; // accounts whose start page was considered this session
    QHash<QString, QString> m_lastError; // why the last login failed, per account
    bool m_refreshing = false;
    // Connections to application-wide signals (focusChanged, applicationStateChanged): they outlive this
    // window's members, so the destructor ends them first.
    QList<QMetaObject::Connection> m_appConnections;
};

} // namespace mgrdesk::gui
