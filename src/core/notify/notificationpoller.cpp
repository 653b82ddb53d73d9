#include "notificationpoller.h"

#include "core/net/apijob.h"
#include "core/net/connection.h"
#include "core/protocol/request.h"

#include <QTimer>

namespace mgrdesk::notify {

namespace {

// func=notify: the protocol layer reads the items into Reply::notifyData (the balance item apart).
std::optional<QList<NotifyCounter>> readCounters(const protocol::Reply &reply)
{
    if (!reply.notify && !reply.notifyData)
        return std::nullopt;
    const QList<protocol::NotifyItem> items = reply.notifyData ? reply.notifyData->items : *reply.notify;
    QList<NotifyCounter> out;
    for (const protocol::NotifyItem &item : items) {
        NotifyCounter c;
        c.name = item.name;
        c.hint = item.hint;
        c.title = !item.title.isEmpty() ? item.title : !item.hint.isEmpty() ? item.hint : item.name;
        c.count = item.count;
        c.action = item.action;
        c.img = item.img;
        out.append(c);
    }
    return out;
}

} // namespace

NotificationPoller::NotificationPoller(net::Connection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_timer(new QTimer(this))
{
    bool fromEnvironment = false;
    qEnvironmentVariableIntValue("MGRDESK_NOTIFY_INTERVAL_MS", &fromEnvironment);
    m_intervalFixed = fromEnvironment;
    m_timer->setInterval(defaultInterval());
    connect(m_timer, &QTimer::timeout, this, &NotificationPoller::pollNow);
    if (connection) {
        // The first poll right after a login (never before: it would go out without a session); then every
        // interval.
        connect(connection, &net::Connection::loggedIn, this, [this] { pollNow(); });
        connect(
            connection, &net::Connection::notifyTotalReceived, this, &NotificationPoller::onDocumentTotal);
        if (canPoll())
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
    m_intervalFixed = true;
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
    if (m_documentTotal)
        return *m_documentTotal;
    int n = 0;
    for (const NotifyCounter &c : m_counters)
        n += qMax(0, c.count);
    return n;
}

bool NotificationPoller::canPoll() const
{
    if (!m_connection || m_connection->state() != net::Connection::State::Connected)
        return false;
    // A session login polls only with its session: a poll without one would make the connection log in.
    return m_connection->settings().method != net::LoginMethod::Session
        || !m_connection->sessionId().isEmpty();
}

void NotificationPoller::onDocumentTotal(int total)
{
    if (m_job || m_state != State::Ok || total == this->total())
        return; // a poll is on its way (it brings the total with the counters), or nothing changed
    m_documentTotal = total;
    Q_EMIT updated();
}

void NotificationPoller::pollNow()
{
    if (!m_connection || m_job || m_state == State::Unsupported)
        return;
    if (!canPoll())
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
        m_documentTotal.reset();
        m_balance.reset();
        m_balanceAction.clear();
        if (const auto &data = result.reply.notifyData) {
            m_balance = data->balance;
            m_balanceAction = data->balanceAction;
            m_serverTimeout = data->timeout;
            if (!m_intervalFixed && data->timeout && *data->timeout > 0
                && m_timer->interval() != *data->timeout * 1000)
                m_timer->start(qBound(5, *data->timeout, 24 * 3600) * 1000); // the server's poll period
        }
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
