#include "notificationpoller.h"

#include "core/net/apijob.h"
#include "core/net/connection.h"
#include "core/protocol/request.h"

#include <QTimer>

namespace mgrdesk::notify {

namespace {

// func=notify: the protocol layer reads <notify><item name count>title</item>…</notify> into Reply::notify.
std::optional<QList<NotifyCounter>> readCounters(const protocol::Reply &reply)
{
    if (!reply.notify)
        return std::nullopt;
    QList<NotifyCounter> out;
    for (const protocol::NotifyItem &item : *reply.notify)
        out.append(NotifyCounter { item.name, item.title, int(item.count) });
    return out;
}

} // namespace

NotificationPoller::NotificationPoller(net::Connection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(defaultInterval());
    connect(m_timer, &QTimer::timeout, this, &NotificationPoller::pollNow);
    if (connection) {
        // The first poll right after a login; then every interval.
        connect(connection, &net::Connection::loggedIn, this, [this] { pollNow(); });
        if (connection->state() == net::Connection::State::Connected)
            QTimer::singleShot(0, this, &NotificationPoller::pollNow);
    }
    m_timer->start();
}

NotificationPoller::~NotificationPoller()
{
    if (m_job)
        m_job->cancel();
}

int NotificationPoller::defaultInterval()
{
    bool ok = false;
    const int env = qEnvironmentVariableIntValue("MGRDESK_NOTIFY_INTERVAL_MS", &ok);
    return ok && env > 0 ? env : 60000;
}

std::optional<QList<NotifyCounter>> NotificationPoller::countersFrom(
    const net::ApiResult &result, QString *why)
{
    if (!result.ok()) {
        if (why)
            *why = result.message;
        return std::nullopt;
    }
    std::optional<QList<NotifyCounter>> counters = readCounters(result.reply);
    if (!counters && why)
        *why = tr("This version cannot read the server's notifications.");
    return counters;
}

void NotificationPoller::setInterval(int ms)
{
    m_timer->setInterval(qMax(1, ms));
    if (m_state != State::Unsupported)
        m_timer->start();
}

int NotificationPoller::interval() const
{
    return m_timer->interval();
}

int NotificationPoller::total() const
{
    int n = 0;
    for (const NotifyCounter &c : m_counters)
        n += qMax(0, c.count);
    return n;
}

void NotificationPoller::pollNow()
{
    if (!m_connection || m_job || m_state == State::Unsupported)
        return;
    if (m_connection->state() != net::Connection::State::Connected)
        return; // never logs in by itself; the next login polls
    net::JobOptions options;
    options.backgroundParse = false; // a few hundred bytes
    m_job = m_connection->send(protocol::Request(QStringLiteral("notify")), this, options);
    connect(m_job, &net::ApiJob::finished, this, &NotificationPoller::onFinished);
}

void NotificationPoller::onFinished(const net::ApiResult &result)
{
    m_job = nullptr;
    if (result.status == net::ApiResult::Status::Cancelled)
        return;
    ++m_polls;
    m_lastChecked = QDateTime::currentDateTime();
    QString why;
    if (std::optional<QList<NotifyCounter>> counters = countersFrom(result, &why)) {
        m_counters = *counters;
        m_message.clear();
        m_state = State::Ok;
    } else if (result.ok()
        || (result.status == net::ApiResult::Status::NotApiReply && result.reply.failure
            && result.reply.failure->reason == protocol::ParseFailure::Reason::UnknownShape)) {
        // The server answered, but not with counters this client can read: asking again will not help.
        m_counters.clear();
        m_message = tr("This version cannot read the server's notifications.");
        m_state = State::Unsupported;
        m_timer->stop();
    } else {
        m_message = why;
        m_state = State::Failed;
    }
    Q_EMIT updated();
}

} // namespace mgrdesk::notify
