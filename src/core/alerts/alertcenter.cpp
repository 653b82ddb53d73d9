#include "alertcenter.h"

#include <QCoreApplication>

namespace mgrdesk::alerts {

AlertCenter::AlertCenter(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    qRegisterMetaType<Alert>();
}

void AlertCenter::setAlertsEnabled(const QString &accountId, bool enabled)
{
    Account &a = m_accounts[accountId];
    if (a.enabled == enabled)
        return;
    a.enabled = enabled;
    Q_EMIT settingsChanged(accountId);
}

bool AlertCenter::alertsEnabled(const QString &accountId) const
{
    return m_accounts.value(accountId).enabled;
}

void AlertCenter::setQuietHours(const QString &accountId, const QTime &from, const QTime &to)
{
    Account &a = m_accounts[accountId];
    if (a.quietFrom == from && a.quietTo == to)
        return;
    a.quietFrom = from;
    a.quietTo = to;
    Q_EMIT settingsChanged(accountId);
}

bool AlertCenter::isQuiet(const QString &accountId, const QTime &now) const
{
    const auto it = m_accounts.constFind(accountId);
    if (it == m_accounts.constEnd() || !it->quietFrom.isValid() || !it->quietTo.isValid()
        || it->quietFrom == it->quietTo)
        return false;
    if (it->quietFrom < it->quietTo)
        return now >= it->quietFrom && now < it->quietTo;
    return now >= it->quietFrom || now < it->quietTo; // 22:00–07:00 wraps midnight
}

void AlertCenter::noteOwnChange(const QString &accountId)
{
    m_accounts[accountId].ownChangePolls = 2;
}

void AlertCenter::update(
    const QString &accountId, const QString &accountName, const QList<Counter> &counters, bool ownAction)
{
    const int before = total();
    const bool known = m_order.contains(accountId);
    Account &a = m_accounts[accountId];
    if (!known)
        m_order.append(accountId);
    a.name = accountName;

    QStringList parts;
    int increase = 0, biggest = 0;
    QString action;
    if (known) {
        for (const Counter &c : counters) {
            int previous = 0;
            for (const Counter &old : std::as_const(a.counters)) {
                if (old.name == c.name)
                    previous = old.count;
            }
            const int rise = c.count - previous;
            if (rise <= 0)
                continue;
            increase += rise;
            const QString title = c.title.isEmpty() ? c.name : c.title;
            parts.append(tr("%1: %n new", nullptr, rise).arg(title));
            if (rise > biggest) {
                biggest = rise;
                action = c.action.isEmpty() ? c.name : c.action;
            }
        }
    }
    a.counters = counters;
    if (known && a.ownChangePolls > 0) {
        ownAction = true;
        a.ownChangePolls = increase > 0 ? 0 : a.ownChangePolls - 1;
    }

    if (increase > 0 && !ownAction && a.enabled && !isQuiet(accountId, m_clock().time())) {
        Alert raised;
        raised.accountId = accountId;
        raised.accountName = accountName;
        raised.action = action;
        raised.increase = increase;
        raised.text = tr("%1 on %2").arg(parts.join(QStringLiteral(", ")), accountName);
        Q_EMIT alert(raised);
    }
    Q_EMIT countersChanged(accountId);
    const int after = total();
    if (after != before)
        Q_EMIT totalChanged(after);
}

void AlertCenter::removeAccount(const QString &accountId)
{
    const int before = total();
    m_accounts.remove(accountId);
    m_order.removeAll(accountId);
    const int after = total();
    if (after != before)
        Q_EMIT totalChanged(after);
}

int AlertCenter::total() const
{
    int sum = 0;
    for (const QString &id : m_order)
        sum += total(id);
    return sum;
}

int AlertCenter::total(const QString &accountId) const
{
    int sum = 0;
    for (const Counter &c : m_accounts.value(accountId).counters)
        sum += qMax(0, c.count);
    return sum;
}

QStringList AlertCenter::accountIds() const
{
    return m_order;
}

QString AlertCenter::accountName(const QString &accountId) const
{
    return m_accounts.value(accountId).name;
}

QList<Counter> AlertCenter::counters(const QString &accountId) const
{
    return m_accounts.value(accountId).counters;
}

} // namespace mgrdesk::alerts
