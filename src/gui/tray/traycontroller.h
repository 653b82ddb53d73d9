#pragma once
// The tray icon: the total of waiting items across accounts drawn on the application icon, a menu of the
// accounts and their counters (each opens that list; the account's alerts switch and settings), and a desktop
// notification for each alert (clicking it opens the list in that account). Without a system tray the menu
// and alerts still exist (for the window and tests); nothing is shown.

#include "core/alerts/alertcenter.h"

#include <QIcon>
#include <QMenu>
#include <QObject>
#include <memory>

QT_BEGIN_NAMESPACE
class QSystemTrayIcon;
QT_END_NAMESPACE

namespace mgrdesk::gui {

class TrayController : public QObject
{
    Q_OBJECT

public:
    explicit TrayController(alerts::AlertCenter *center, QObject *parent = nullptr);
    ~TrayController() override;

    bool isTrayAvailable() const;
    // Tests on a platform without a tray (offscreen): behave as if there were one (no icon is shown).
    void assumeTrayAvailable(bool assume) { m_assumeTray = assume; }
    QMenu *menu() { return &m_menu; }
    QString toolTip() const { return m_toolTip; }
    QIcon icon() const { return m_icon; }
    alerts::Alert lastAlert() const { return m_lastAlert; }
    int shownAlerts() const { return m_shownAlerts; }

    // The application icon with `total` drawn on it (0: the plain icon).
    static QIcon badgeIcon(const QIcon &base, int total);

Q_SIGNALS:
    void openRequested(const QString &accountId, const QString &function);
    // An account's submenu: "Alerts for This Account" toggled, "Alert Settings…" chosen.
    void accountAlertsToggled(const QString &accountId, bool enabled);
    void alertSettingsRequested(const QString &accountId);
    void showWindowRequested();
    void quitRequested();

private:
    void rebuild();
    void onAlert(const alerts::Alert &alert);

    alerts::AlertCenter *m_center;
    QMenu m_menu;
    std::unique_ptr<QSystemTrayIcon> m_tray;
    QIcon m_baseIcon, m_icon;
    QString m_toolTip;
    alerts::Alert m_lastAlert;
    int m_shownAlerts = 0;
    bool m_assumeTray = false;
};

} // namespace mgrdesk::gui
