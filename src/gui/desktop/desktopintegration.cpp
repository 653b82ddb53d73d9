#include "desktopintegration.h"

#include "accounts/secondfactordialog.h"
#include "common/messagebox.h"
#include "core/accounts/accountstore.h"
#include "core/alerts/alertcenter.h"
#include "core/net/connection.h"
#include "core/net/connectionmanager.h"
#include "core/notify/notificationpoller.h"
#include "core/operations/operationsmodel.h"
#include "core/settings/settings.h"
#include "operations/operationspanel.h"
#include "preferences/preferencekeys.h"
#include "preferences/preferencesdialog.h"
#include "tray/traycontroller.h"

#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>

namespace mgrdesk::gui {

namespace keys = settings::keys;

DesktopIntegration::DesktopIntegration(QMainWindow *window, net::ConnectionManager *connections,
    accounts::AccountStore *store, settings::Settings *settings)
    : QObject(window)
    , m_window(window)
    , m_connections(connections)
    , m_store(store)
    , m_settings(settings)
    , m_operations(new operations::OperationsModel(this))
    , m_alerts(new alerts::AlertCenter(this))
    , m_tray(nullptr)
    , m_dock(new QDockWidget(window))
    , m_badge(new OperationsBadge(m_operations, window))
    , m_edit(new QMenu(window))
{
    // Edit › Preferences (Ctrl+,; macOS moves it to the application menu by its role).
    m_edit->setTitle(tr("&Edit"));
    m_edit->setObjectName(QStringLiteral("editMenu"));
    QAction *before = nullptr;
    const auto menus = window->menuBar()->actions();
    if (menus.size() > 1)
        before = menus.at(1); // after File
    window->menuBar()->insertMenu(before, m_edit);
    QAction *preferences = m_edit->addAction(tr("&Preferences…"), this, &DesktopIntegration::showPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setShortcuts(
        { QKeySequence(QKeySequence::Preferences), QKeySequence(Qt::CTRL | Qt::Key_Comma) });

    // The Operations panel: a dock, hidden until wanted; the badge shows while something runs.
    m_dock->setObjectName(QStringLiteral("operationsDock"));
    m_dock->setWindowTitle(tr("Operations"));
    m_dock->setWidget(new OperationsPanel(m_operations, m_dock));
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    m_edit->addSeparator();
    QAction *toggle = m_dock->toggleViewAction();
    toggle->setText(tr("&Operations"));
    m_edit->addAction(toggle);
    window->statusBar()->addPermanentWidget(m_badge);
    connect(m_badge, &QToolButton::clicked, this, [this] {
        m_dock->show();
        m_dock->raise();
    });

    // Desktop alerts and the tray.
    m_tray = new TrayController(m_alerts, this);
    connect(m_tray, &TrayController::openRequested, this, [this](const QString &id, const QString &function) {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
        Q_EMIT openRequested(id, function);
    });
    connect(m_tray, &TrayController::showWindowRequested, this, [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });
    connect(m_tray, &TrayController::accountAlertsToggled, this, [this](const QString &id, bool on) {
        m_settings->set(keys::accountAlerts(id), on);
        applyPreferences();
    });
    connect(m_tray, &TrayController::alertSettingsRequested, this, &DesktopIntegration::showAlertSettings);
    connect(m_tray, &TrayController::quitRequested, this, [this] {
        m_quitting = true;
        m_window->close();
        QApplication::quit();
    });
    applyPreferences();

    // A login that asks for a second step shows it as a dialog of the form the server sent.
    connect(connections, &net::ConnectionManager::connectionCreated, this, &DesktopIntegration::onConnection);
}

DesktopIntegration::~DesktopIntegration() = default;

QString DesktopIntegration::accountName(const QString &accountId) const
{
    const QString name = m_store->account(accountId).name;
    return name.isEmpty() ? accountId : name;
}

void DesktopIntegration::onConnection(const QString &accountId, net::Connection *connection)
{
    // Never an alert for the user's own action: a change the user made here marks the next rise as theirs.
    connect(connection, &net::Connection::changeSent, m_alerts,
        [this, accountId] { m_alerts->noteOwnChange(accountId); });
    connect(connection, &net::Connection::secondFactorRequired, this,
        [this, accountId, connection](const QString &function, const protocol::FormData &form) {
            // One dialog per connection: a restarted step goes to the dialog that is open.
            if (connection->findChild<SecondFactorDialog *>(QString(), Qt::FindDirectChildrenOnly))
                return;
            auto *dialog
                = new SecondFactorDialog(connection, accountName(accountId), function, form, m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
}

void DesktopIntegration::watchPoller(const QString &accountId, notify::NotificationPoller *poller)
{
    connect(poller, &notify::NotificationPoller::updated, this, [this, accountId, poller] {
        if (poller->state() != notify::NotificationPoller::State::Ok)
            return;
        QList<alerts::Counter> counters;
        for (const notify::NotifyCounter &c : poller->counters())
            counters.append({ c.name, c.title, c.action, c.count });
        m_alerts->update(accountId, accountName(accountId), counters);
    });
    connect(poller, &QObject::destroyed, m_alerts, [this, accountId] { m_alerts->removeAccount(accountId); });
}

void DesktopIntegration::applyPreferences()
{
    const bool enabled = m_settings->get(keys::alertsEnabled);
    const bool quiet = m_settings->get(keys::quietHours);
    const auto time = [](const QString &text) { return QTime::fromString(text, QStringLiteral("HH:mm")); };
    const QTime from = time(m_settings->get(keys::quietFrom));
    const QTime to = time(m_settings->get(keys::quietTo));
    for (const accounts::Account &a : m_store->accounts()) {
        m_alerts->setAlertsEnabled(a.id, enabled && m_settings->get(keys::accountAlerts(a.id)));
        if (m_settings->get(keys::accountOwnQuietHours(a.id)))
            m_alerts->setQuietHours(a.id, time(m_settings->get(keys::accountQuietFrom(a.id))),
                time(m_settings->get(keys::accountQuietTo(a.id))));
        else
            m_alerts->setQuietHours(a.id, quiet ? from : QTime(), quiet ? to : QTime());
    }
}

bool DesktopIntegration::anyAlertsOn() const
{
    for (const accounts::Account &a : m_store->accounts()) {
        if (m_alerts->alertsEnabled(a.id))
            return true;
    }
    return false;
}

void DesktopIntegration::showPreferences()
{
    showAlertSettings(QString());
}

void DesktopIntegration::showAlertSettings(const QString &accountId)
{
    PreferencesDialog dialog(m_settings, m_window);
    QList<QPair<QString, QString>> accounts;
    for (const accounts::Account &a : m_store->accounts())
        accounts.append({ a.id, accountName(a.id) });
    dialog.setAccounts(accounts, accountId);
    connect(&dialog, &PreferencesDialog::applied, this, [this] {
        applyPreferences();
        Q_EMIT preferencesApplied();
    });
    dialog.exec();
}

bool DesktopIntegration::keepRunningInTray(QCloseEvent *event)
{
    if (m_quitting || !m_tray->isTrayAvailable() || !m_settings->get(keys::alertsEnabled) || !anyAlertsOn())
        return false;
    if (m_settings->get(keys::dontAskKeepInTray)) {
        if (!m_settings->get(keys::keepInTray))
            return false;
        event->ignore();
        m_window->hide();
        return true;
    }
    event->ignore(); // the answer decides
    askKeepRunning();
    return true;
}

void DesktopIntegration::askKeepRunning()
{
    if (m_asking)
        return;
    m_asking = true;
    QMessageBox *box = MessageBox::question(m_window, tr("Keep Running in the Tray?"),
        tr("mgrdesk can keep running in the system tray after its window is closed, so that it goes on "
           "checking your accounts and shows an alert when something new arrives."),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes, this,
        [this](QMessageBox::StandardButton answer) {
            m_asking = false;
            if (answer == QMessageBox::Cancel)
                return; // the window stays
            const bool keep = answer == QMessageBox::Yes;
            if (m_askDontAgain) {
                m_settings->set(keys::dontAskKeepInTray, true);
                m_settings->set(keys::keepInTray, keep);
                m_settings->sync();
            }
            if (keep) {
                m_window->hide();
                return;
            }
            m_quitting = true;
            m_window->close();
            QApplication::quit();
        });
    m_askDontAgain = false;
    if (!box)
        return; // defensive: MessageBox::question always returns the box it shows
    box->setObjectName(QStringLiteral("keepInTrayQuestion"));
    box->button(QMessageBox::Yes)->setText(tr("Keep Running"));
    box->button(QMessageBox::No)->setText(tr("Quit"));
    auto *dontAsk = new QCheckBox(tr("Do not ask again"), box);
    dontAsk->setObjectName(QStringLiteral("keepInTrayDontAsk"));
    connect(dontAsk, &QCheckBox::toggled, this, [this](bool on) { m_askDontAgain = on; });
    box->setCheckBox(dontAsk);
}

} // namespace mgrdesk::gui
