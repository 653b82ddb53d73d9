#pragma once
// Desktop alerts from the servers' notification counters (func=notify): when a counter of an account rises
// while the user is not the cause (noteOwnChange), one alert per account per poll names the account and what
// arrived
// ("Tickets: 3 new on Prod-RU"). The first poll of an account only sets the baseline; alerts can be switched
// off per account and silenced in quiet hours (which may wrap midnight). Widget-free: the tray shows it.

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTime>
#include <functional>

namespace mgrdesk::alerts {

struct Counter
{
    QString name; // "ticket"
    QString title; // "Tickets" (the server's title or hint)
    QString action; // the function to open ("ticket")
    int count = 0;
};

struct Alert
{
    QString accountId, accountName;
    QString action; // the function of the counter that rose most (what a click opens)
    int increase = 0; // the sum of the rises
    QString text; // "Tickets: 3 new on Prod-RU"
};

class AlertCenter : public QObject
{
    Q_OBJECT

public:
    explicit AlertCenter(QObject *parent = nullptr);

    // Alerts on/off and quiet hours per account (defaults: on, no quiet hours).
    void setAlertsEnabled(const QString &accountId, bool enabled);
    bool alertsEnabled(const QString &accountId) const;
    void setQuietHours(const QString &accountId, const QTime &from, const QTime &to); // invalid: none
    bool isQuiet(const QString &accountId, const QTime &now) const;

    // The clock (tests set it); default QDateTime::currentDateTime.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // The user just changed something on this account in this app (Connection::changeSent): a rise in the
    // polls that follow is the user's own doing, not news (no alert, a new baseline). The first poll with a
    // rise uses it up; without a rise it lasts two polls (the first may have been on its way already).
    void noteOwnChange(const QString &accountId);

    // The counters of one poll. `ownAction`: the user's own change caused it (no alert, new baseline).
    void update(const QString &accountId, const QString &accountName, const QList<Counter> &counters,
        bool ownAction = false);
    void removeAccount(const QString &accountId);

    int total() const; // waiting items across accounts
    int total(const QString &accountId) const;
    QStringList accountIds() const; // in the order they were first seen
    QString accountName(const QString &accountId) const;
    QList<Counter> counters(const QString &accountId) const;

Q_SIGNALS:
    void alert(const mgrdesk::alerts::Alert &alert);
    void totalChanged(int total);
    void countersChanged(const QString &accountId);
    void settingsChanged(const QString &accountId); // alerts on/off or quiet hours changed

private:
    struct Account
    {
        QString name;
        QList<Counter> counters;
        bool enabled = true;
        QTime quietFrom, quietTo;
        int ownChangePolls = 0; // polls left in which a rise is the user's own
    };
    QHash<QString, Account> m_accounts;
    QStringList m_order;
    std::function<QDateTime()> m_clock;
};

} // namespace mgrdesk::alerts

Q_DECLARE_METATYPE(mgrdesk::alerts::Alert)
