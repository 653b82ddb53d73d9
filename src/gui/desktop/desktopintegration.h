#pragma once
// What makes the main window a desktop application one lives in all day, kept out of MainWindow: Edit ›
// Preferences, the Operations panel and its status-bar badge, desktop alerts with the tray icon (fed by the
// accounts' notification pollers), and the second-factor step of a login. MainWindow creates one and hands it
// the pollers it makes; nothing else.

#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QCloseEvent;
class QDockWidget;
class QMainWindow;
class QMenu;
QT_END_NAMESPACE

namespace mgrdesk::accounts {
class AccountStore;
}
namespace mgrdesk::alerts {
class AlertCenter;
}
namespace mgrdesk::net {
class Connection;
class ConnectionManager;
} // namespace mgrdesk::net
namespace mgrdesk::notify {
class NotificationPoller;
}
namespace mgrdesk::operations {
class OperationsModel;
}
namespace mgrdesk::settings {
class Settings;
}

namespace mgrdesk::gui {

class OperationsBadge;
class TrayController;

class DesktopIntegration : public QObject
{
    Q_OBJECT

public:
    DesktopIntegration(QMainWindow *window, net::ConnectionManager *connections,
        accounts::AccountStore *store, settings::Settings *settings);
    ~DesktopIntegration() override;

    operations::OperationsModel *operations() const { return m_operations; }
    alerts::AlertCenter *alerts() const { return m_alerts; }
    TrayController *tray() const { return m_tray; }
    QDockWidget *operationsDock() const { return m_dock; }
    QMenu *editMenu() const { return m_edit; }

    // Feeds the account's notification counters to the desktop alerts.
    void watchPoller(const QString &accountId, notify::NotificationPoller *poller);
    // The window is being closed: true (and the event ignored) when the app stays in the tray, or while it
    // asks "Keep running in the tray?" (once: "Do not ask again" is stored under dontask/, and Preferences ›
    // Confirmations can change or reset it). Only with a tray and alerts on for some account.
    bool keepRunningInTray(QCloseEvent *event);
    // Alerts on/off and quiet hours of every account (the global ones, then the account's own) to the alerts.
    void applyPreferences();

public Q_SLOTS:
    void showPreferences();
    void showAlertSettings(const QString &accountId); // Preferences with that account's alerts shown

Q_SIGNALS:
    void openRequested(const QString &accountId, const QString &function); // a tray entry or an alert
    void preferencesApplied();

private:
    void onConnection(const QString &accountId, net::Connection *connection);
    QString accountName(const QString &accountId) const;
    bool anyAlertsOn() const;
    void askKeepRunning();

    QMainWindow *m_window;
    net::ConnectionManager *m_connections;
    accounts::AccountStore *m_store;
    settings::Settings *m_settings;
    operations::OperationsModel *m_operations;
    alerts::AlertCenter *m_alerts;
    TrayController *m_tray;
    QDockWidget *m_dock;
    OperationsBadge *m_badge;
    QMenu *m_edit;
    bool m_quitting = false;
    bool m_asking = false; // the "Keep running in the tray?" box is open
    bool m_askDontAgain = false; // its "Do not ask again" box
};

} // namespace mgrdesk::gui
