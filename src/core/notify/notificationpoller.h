#pragma once
// Polls func=notify (protocol.md §8.5: the counters of the web interface's notification bar, e.g. tickets
// waiting for a reply, and the balance) for one connection. It polls only while the connection is logged in
// with a session (it never logs in by itself: the first poll follows the login), never runs two polls at
// once, and reports a failure as a state, never as a dialog.
//
// The reply's shape: <item name type img action><msg>N</msg></item> (the count is the msg child; the older
// count attribute is tolerated), the balance item (<item balance="yes"><value>…</value></item>) shown apart,
// hint_NAME messages as the counters' tooltips, <timeout> as the poll period in seconds. Every other reply of
// the connection carries the total as <doc notify="N">: it refreshes total() at once, without a poll.
//
// The interval comes from setInterval(), else the environment variable MGRDESK_NOTIFY_INTERVAL_MS (tests,
// debugging), else the server's <timeout>, else 60,000 ms.

#include "core/net/apijob.h"
#include "core/net/connection.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace mgrdesk::notify {

struct NotifyCounter
{
    QString name; // the server's item name (ticket, payment, …): which list it is about
    QString title; // the server's text ("Tickets waiting for a reply"), else its hint, else the name
    int count = 0;
    QString action; // the function to open (clientticket), empty when the item names none
    QString hint; // the hint_NAME message: the tooltip
    QString img; // the server's icon name (m-support)
};

class NotificationPoller : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle, // not polled yet (not logged in)
        Ok, // counters() are the server's latest
        Failed, // the last poll failed (message()); the counters shown are the previous ones
        Unsupported, // the reply could not be read as counters: polling stopped
    };
    Q_ENUM(State)

    explicit NotificationPoller(net::Connection *connection, QObject *parent = nullptr);
    ~NotificationPoller() override;

    static int defaultInterval();
    // Counters from a finished func=notify job; nullopt (and *why) when the reply holds none.
    static std::optional<QList<NotifyCounter>> countersFrom(const net::ApiResult &result, QString *why);

    net::Connection *connection() const { return m_connection; }
    void setInterval(int ms);
    int interval() const;
    bool isPolling() const { return m_job != nullptr; }
    void pollNow(); // when logged in and no poll is running

    State state() const { return m_state; }
    QList<NotifyCounter> counters() const { return m_counters; }
    // The counters' sum, or the newer total a reply's <doc notify="N"> brought since the last poll.
    int total() const;
    std::optional<QString> balance() const { return m_balance; } // the balance item's value ("12.00 RUB")
    QString balanceAction() const { return m_balanceAction; }
    std::optional<int> serverTimeout() const { return m_serverTimeout; } // <timeout>, seconds
    QString message() const { return m_message; } // why the last poll failed
    QDateTime lastChecked() const { return m_lastChecked; }
    int pollCount() const { return m_polls; } // finished polls (ok or not)

Q_SIGNALS:
    void updated();

private:
    void onFinished(const net::ApiResult &result);
    void onDocumentTotal(int total);
    bool canPoll() const;

    QPointer<net::Connection> m_connection;
    QTimer *m_timer;
    QPointer<net::ApiJob> m_job;
    State m_state = State::Idle;
    QList<NotifyCounter> m_counters;
    std::optional<QString> m_balance;
    QString m_balanceAction;
    std::optional<int> m_serverTimeout;
    std::optional<int> m_documentTotal; // from a <doc notify> after the last poll
    bool m_intervalFixed = false; // setInterval() or the environment: the server's timeout does not apply
    QString m_message;
    QDateTime m_lastChecked;
    int m_polls = 0;
};

} // namespace mgrdesk::notify
