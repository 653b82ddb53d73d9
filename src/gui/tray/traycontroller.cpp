#include "traycontroller.h"

#include <QApplication>
#include <QPainter>
#include <QSystemTrayIcon>

namespace mgrdesk::gui {

TrayController::TrayController(alerts::AlertCenter *center, QObject *parent)
    : QObject(parent)
    , m_center(center)
    , m_baseIcon(QApplication::windowIcon())
{
    m_menu.setObjectName(QStringLiteral("trayMenu"));
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = std::make_unique<QSystemTrayIcon>();
        m_tray->setContextMenu(&m_menu);
        connect(m_tray.get(), &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
            if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick)
                Q_EMIT showWindowRequested();
        });
        connect(m_tray.get(), &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_lastAlert.accountId.isEmpty())
                Q_EMIT openRequested(m_lastAlert.accountId, m_lastAlert.action);
        });
    }
    connect(center, &alerts::AlertCenter::countersChanged, this, &TrayController::rebuild);
    connect(center, &alerts::AlertCenter::totalChanged, this, &TrayController::rebuild);
    connect(center, &alerts::AlertCenter::alert, this, &TrayController::onAlert);
    // Queued: the switch is toggled from inside the menu that rebuild() clears.
    connect(
        center, &alerts::AlertCenter::settingsChanged, this, &TrayController::rebuild, Qt::QueuedConnection);
    rebuild();
    if (m_tray)
        m_tray->show();
}

TrayController::~TrayController() = default;

bool TrayController::isTrayAvailable() const
{
    return m_tray != nullptr || m_assumeTray;
}

QIcon TrayController::badgeIcon(const QIcon &base, int total)
{
    if (total <= 0)
        return base;
    QIcon result;
    for (const int size : { 16, 22, 24, 32, 48, 64 }) {
        QPixmap pixmap = base.isNull() ? QPixmap(size, size) : base.pixmap(size, size);
        if (base.isNull())
            pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QString text = total > 99 ? QStringLiteral("99+") : QString::number(total);
        QFont f = p.font();
        f.setBold(true);
        f.setPixelSize(qMax(7, size * 9 / 16));
        p.setFont(f);
        const QFontMetrics fm(f);
        const int h = fm.height();
        const int w = qMax(h, fm.horizontalAdvance(text) + h / 2);
        const QRect badge(size - w, 0, w, h);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xc0, 0x1c, 0x28));
        p.drawRoundedRect(badge, h / 2.0, h / 2.0);
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter, text);
        p.end();
        result.addPixmap(pixmap);
    }
    return result;
}

void TrayController::rebuild()
{
    m_menu.clear();
    const int total = m_center->total();
    QStringList tipLines;
    for (const QString &id : m_center->accountIds()) {
        const QString name = m_center->accountName(id);
        QMenu *sub = m_menu.addMenu(tr("%1 (%2)").arg(name).arg(m_center->total(id)));
        sub->setObjectName(QStringLiteral("trayAccount_") + id);
        for (const alerts::Counter &c : m_center->counters(id)) {
            const QString title = c.title.isEmpty() ? c.name : c.title;
            QAction *a = sub->addAction(tr("%1: %2").arg(title).arg(c.count));
            const QString function = c.action.isEmpty() ? c.name : c.action;
            connect(
                a, &QAction::triggered, this, [this, id, function] { Q_EMIT openRequested(id, function); });
        }
        if (sub->isEmpty())
            sub->addAction(tr("Nothing waiting"))->setEnabled(false);
        sub->addSeparator();
        QAction *enabled = sub->addAction(tr("Alerts for This Account"));
        enabled->setObjectName(QStringLiteral("trayAccountAlerts"));
        enabled->setCheckable(true);
        enabled->setChecked(m_center->alertsEnabled(id));
        connect(
            enabled, &QAction::toggled, this, [this, id](bool on) { Q_EMIT accountAlertsToggled(id, on); });
        QAction *settings = sub->addAction(tr("Alert Settings…"));
        settings->setObjectName(QStringLiteral("trayAccountAlertSettings"));
        connect(settings, &QAction::triggered, this, [this, id] { Q_EMIT alertSettingsRequested(id); });
        tipLines.append(tr("%1: %2 waiting").arg(name).arg(m_center->total(id)));
    }
    if (!m_center->accountIds().isEmpty())
        m_menu.addSeparator();
    m_menu.addAction(tr("Show mgrdesk"), this, &TrayController::showWindowRequested);
    m_menu.addAction(tr("Quit"), this, &TrayController::quitRequested);

    m_icon = badgeIcon(m_baseIcon, total);
    m_toolTip = tipLines.isEmpty()
        ? tr("mgrdesk")
        : tr("mgrdesk — %n waiting", nullptr, total) + QLatin1Char('\n') + tipLines.join(QLatin1Char('\n'));
    if (m_tray) {
        m_tray->setIcon(m_icon);
        m_tray->setToolTip(m_toolTip);
    }
}

void TrayController::onAlert(const alerts::Alert &alert)
{
    m_lastAlert = alert;
    ++m_shownAlerts;
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(alert.accountName, alert.text, m_icon, 10000);
}

} // namespace mgrdesk::gui
