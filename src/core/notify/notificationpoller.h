#pragma once
// Polls func=notify (protocol.md §4.3: the counters of the web interface's notification bar, e.g. tickets
// waiting for a reply, new payments) for one connection, every 60 s by default, like the web interface. It
// polls only while the connection is logged in (it never logs in by itself), never runs two polls at once,
// and reports a failure as a state, never as a dialog.
//
// The interval comes from setInterval(), else the environment variable MGRDESK_NOTIFY_INTERVAL_MS (tests,
// debugging), else 60,000 ms.

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
    QString title; // the server's text ("Tickets waiting for a reply")
    int count = 0;
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
    int total() const;
    QString message() const { return m_message; } // why the last poll failed
    QDateTime lastChecked() const { return m_lastChecked; }
    int pollCount() const { return m_polls; } // finished polls (ok or not)

Q_SIGNALS:
    void updated();

private:
    void onFinished(const net::ApiResult &result);

    QPointer<net::Connection> m_connection;
    QTimer *m_timer;
    QPointer<net::ApiJob> m_job;
    State m_state = State::Idle;
    QList<NotifyCounter> m_counters;
    QString m_message;
    QDateTime m_lastChecked;
    int m_polls = 0;
};

} // namespace mgrdesk::notify
