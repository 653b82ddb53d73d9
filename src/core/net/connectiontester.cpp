#include "connectiontester.h"

#include "accountconnection.h"

namespace mgrdesk::net {

ConnectionTester::ConnectionTester(const accounts::Account &account, const QString &password, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_connection(new net::Connection(connectionSettingsFor(account), this))
{
    m_connection->setPassword(password);
    connect(m_connection, &net::Connection::certificateTrustRequired, this, &ConnectionTester::trustRequired);
    connect(m_connection, &net::Connection::certificatePinned, this, &ConnectionTester::certificatePinned);
    connect(m_connection, &net::Connection::passwordRequired, this,
        [this](const QString &reason) { finish(false, reason); });
}

ConnectionTester::~ConnectionTester() = default;

void ConnectionTester::start()
{
    m_job = m_connection->send(protocol::Request(QStringLiteral("whoami")), this);
    connect(m_job, &net::ApiJob::finished, this, [this](const net::ApiResult &result) {
        if (!result.ok()) {
            finish(false, result.message);
            return;
        }
        const std::optional<int> level = m_connection->level();
        finish(true,
            level ? tr("Connected to %1 as %2, %3.")
                        .arg(m_account.baseUrl.host(), m_account.username, accessLevelName(*level))
                  : tr("Connected to %1 as %2.").arg(m_account.baseUrl.host(), m_account.username));
    });
}

void ConnectionTester::cancel()
{
    if (m_job)
        m_job->cancel();
    finish(false, tr("Cancelled."));
}

void ConnectionTester::answerTrust(const QByteArray &sha256, bool trust)
{
    m_connection->answerTrust(sha256, trust);
    if (!trust)
        finish(false, tr("The server's certificate was not trusted."));
}

void ConnectionTester::finish(bool ok, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_job && !m_job->isFinished())
        m_job->cancel();
    if (m_connection->state() == net::Connection::State::Connected)
        m_connection->logout(); // do not leave a server session behind
    Q_EMIT finished(ok, message);
}

} // namespace mgrdesk::net
