#include "notificationbadge.h"

#include <QAction>
#include <QEvent>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>

namespace mgrdesk::gui {

NotificationBadge::NotificationBadge(QWidget *parent)
    : QToolButton(parent)
    , m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("notificationBadge"));
    setAccessibleName(tr("Notifications"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setPopupMode(QToolButton::InstantPopup);
    setFocusPolicy(Qt::TabFocus);
    m_menu->setObjectName(QStringLiteral("notificationMenu"));
    m_menu->setToolTipsVisible(true); // hint_NAME on each counter
    setMenu(m_menu);
    connect(m_menu, &QMenu::aboutToHide, this, [this] {
        if (m_menuDirty)
            QMetaObject::invokeMethod(this, &NotificationBadge::rebuild, Qt::QueuedConnection);
    });
    rebuild();
}

QList<QAction *> NotificationBadge::counterActions() const
{
    QList<QAction *> out;
    const QList<QAction *> all = m_menu->actions();
    for (QAction *a : all) {
        if (a->data().toStringList().size() == 2)
            out.append(a);
    }
    return out;
}

void NotificationBadge::setAccounts(const QList<Account> &accounts, const QString &currentId)
{
    m_accounts = accounts;
    m_currentId = currentId;
    rebuild();
}

void NotificationBadge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        rebuild(); // the bell is drawn in the palette's text colour
    QToolButton::changeEvent(event);
}

QIcon NotificationBadge::bellIcon(bool attention) const
{
    const int side = 16;
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap(QSize(side, side) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath bell;
    bell.moveTo(3, 12);
    bell.cubicTo(4.5, 10.5, 4, 8, 4, 7);
    bell.cubicTo(4, 4, 6, 2.5, 8, 2.5);
    bell.cubicTo(10, 2.5, 12, 4, 12, 7);
    bell.cubicTo(12, 8, 11.5, 10.5, 13, 12);
    bell.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(palette().color(QPalette::ButtonText));
    p.drawPath(bell);
    p.drawEllipse(QPointF(8, 13.5), 1.6, 1.6);
    if (attention) {
        p.setBrush(palette().color(QPalette::Highlight));
        p.setPen(QPen(palette().color(QPalette::Window), 1));
        p.drawEllipse(QPointF(12.5, 3.5), 3, 3);
    }
    return QIcon(pixmap);
}

void NotificationBadge::rebuild()
{
    const Account *current = nullptr;
    for (const Account &a : std::as_const(m_accounts)) {
        if (a.id == m_currentId)
            current = &a;
    }
    // The badge: the current account's total, a dash when its last check failed, nothing before a check.
    m_shownCount = -1;
    QString text;
    QString tip;
    if (current && current->state == notify::NotificationPoller::State::Ok) {
        int total = 0;
        for (const notify::NotifyCounter &c : current->counters)
            total += qMax(0, c.count);
        if (current->total >= 0)
            total = current->total; // a newer total from a reply's <doc notify>
        m_shownCount = total;
        text = QLocale().toString(total);
        QStringList lines;
        for (const notify::NotifyCounter &c : current->counters)
            lines.append(tr("%1: %2").arg(c.title, QLocale().toString(c.count)));
        if (current->balance)
            lines.append(tr("Balance: %1").arg(*current->balance));
        tip = lines.isEmpty() ? tr("No notifications") : lines.join(QLatin1Char('\n'));
    } else if (current
        && (current->state == notify::NotificationPoller::State::Failed
            || current->state == notify::NotificationPoller::State::Unsupported)) {
        text = QStringLiteral("–");
        tip = tr("Notifications could not be checked: %1").arg(current->message);
    }
    if (current && current->lastChecked.isValid())
        tip += QLatin1Char('\n')
            + tr("Last checked at %1")
                  .arg(QLocale().toString(current->lastChecked.time(), QLocale::ShortFormat));
    setText(text);
    setIcon(bellIcon(m_shownCount > 0));
    QFont f = font();
    f.setBold(m_shownCount > 0);
    setFont(f);
    setToolTip(tip.trimmed());
    setAccessibleDescription(m_shownCount >= 0 ? tr("%n waiting", nullptr, m_shownCount) : tip.trimmed());
    // Nothing to show before the first check, nor when this version cannot read the counters at all.
    setVisible(current && current->state != notify::NotificationPoller::State::Idle
        && current->state != notify::NotificationPoller::State::Unsupported);

    // The menu: the current account first, then the others that were checked. Not rebuilt under the user's
    // pointer: a poll that ends while the menu is open updates it once it closes.
    if (m_menu->isVisible()) {
        m_menuDirty = true;
        return;
    }
    m_menuDirty = false;
    m_menu->clear();
    QList<const Account *> order;
    if (current)
        order.append(current);
    for (const Account &a : std::as_const(m_accounts)) {
        if (&a != current && a.state != notify::NotificationPoller::State::Idle
            && a.state != notify::NotificationPoller::State::Unsupported)
            order.append(&a);
    }
    const bool several = order.size() > 1;
    for (const Account *a : std::as_const(order)) {
        if (several)
            m_menu->addSection(a->icon, a->name);
        if (a->state == notify::NotificationPoller::State::Idle) {
            m_menu->addAction(tr("Not checked yet"))->setEnabled(false);
            continue;
        }
        if (a->state != notify::NotificationPoller::State::Ok) {
            QAction *failed = m_menu->addAction(tr("Could not check: %1").arg(a->message));
            failed->setEnabled(false);
        }
        for (const notify::NotifyCounter &c : a->counters) {
            QAction *open = m_menu->addAction(tr("%1 (%2)").arg(c.title, QLocale().toString(c.count)));
            open->setData(QStringList { a->id, c.name });
            if (!c.hint.isEmpty()) {
                open->setToolTip(c.hint); // hint_NAME
                open->setStatusTip(c.hint);
            }
            // The item's action is the function to open (clientticket); older replies name only the item.
            const QString accountId = a->id, name = c.action.isEmpty() ? c.name : c.action, title = c.title;
            QFont bold = open->font();
            bold.setBold(c.count > 0);
            open->setFont(bold);
            connect(open, &QAction::triggered, this,
                [this, accountId, name, title] { Q_EMIT openRequested(accountId, name, title); });
        }
        if (a->state == notify::NotificationPoller::State::Ok && a->counters.isEmpty())
            m_menu->addAction(tr("Nothing waiting"))->setEnabled(false);
        if (a->balance) {
            QAction *balance = m_menu->addAction(tr("Balance: %1").arg(*a->balance));
            balance->setObjectName(QStringLiteral("notificationBalance"));
            balance->setEnabled(false);
        }
    }
    m_menu->addSeparator();
    QAction *check = m_menu->addAction(tr("Check &Now"));
    check->setObjectName(QStringLiteral("actionCheckNotifications"));
    connect(check, &QAction::triggered, this, &NotificationBadge::checkNowRequested);
}

} // namespace mgrdesk::gui
