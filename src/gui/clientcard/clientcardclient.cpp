#include "clientcardclient.h"

#include "core/net/apijob.h"
#include "core/net/connection.h"
#include "core/protocol/formdata.h"

#include <QRegularExpression>

namespace mgrdesk::gui {

using protocol::ReplyKind;
using protocol::Request;

ClientCardClient::ClientCardClient(
    net::Connection *connection, const net::JobOptions &options, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_options(options)
{
}

bool ClientCardClient::finishFailed(const net::ApiResult &result, int generation)
{
    if (generation != m_generation || result.status == net::ApiResult::Status::Cancelled)
        return true;
    if (!result.ok()) {
        Q_EMIT failed(result.message);
        return true;
    }
    if (result.reply.kind != ReplyKind::Form || !result.reply.form) {
        Q_EMIT failed(tr("The server's answer does not describe the client."));
        return true;
    }
    return false;
}

void ClientCardClient::resolve(const QString &function, const QString &elid)
{
    const int generation = ++m_generation;
    m_identity = ClientCardIdentity();
    if (!m_connection)
        return;
    if (elid.trimmed().isEmpty()) {
        // later, like every answer: the caller connects after calling resolve()
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT failed(tr("No client was given.")); }, Qt::QueuedConnection);
        return;
    }
    if (function != QLatin1String("user")) {
        m_identity.accountId = elid.trimmed();
        readAccount();
        return;
    }
    // A user of the client: its form names the account (admins see the field) and the login.
    m_identity.userId = elid.trimmed();
    Request r(QStringLiteral("user.edit"));
    r.setElid(m_identity.userId);
    net::ApiJob *job = m_connection->send(r, this, m_options);
    connect(job, &net::ApiJob::finished, this, [this, generation](const net::ApiResult &result) {
        if (finishFailed(result, generation))
            return;
        const protocol::FormData &form = *result.reply.form;
        m_identity.login = form.value(QStringLiteral("name"));
        m_identity.accountId = form.value(QStringLiteral("account")).trimmed();
        if (m_identity.accountId.isEmpty() || m_identity.accountId == QLatin1String("0")) {
            Q_EMIT failed(tr("The user %1 belongs to no client.").arg(m_identity.login));
            return;
        }
        readAccount();
    });
}

void ClientCardClient::readAccount()
{
    const int generation = m_generation;
    Request r(QStringLiteral("account.edit"));
    r.setElid(m_identity.accountId);
    net::ApiJob *job = m_connection->send(r, this, m_options);
    connect(job, &net::ApiJob::finished, this, [this, generation](const net::ApiResult &result) {
        if (finishFailed(result, generation))
            return;
        const protocol::FormData &form = *result.reply.form;
        m_identity.name = form.value(QStringLiteral("name"));
        m_identity.email = form.value(QStringLiteral("email"));
        m_identity.summary = form.value(QStringLiteral("info"));
        m_identity.balance = balanceFromSummary(m_identity.summary);
        if (m_identity.name.isEmpty())
            m_identity.name = tr("Client %1").arg(m_identity.accountId);
        Q_EMIT resolved(m_identity);
    });
}

QString ClientCardClient::balanceFromSummary(const QString &summary)
{
    // "…, Balance 12.50 USD" / "…, Баланс -3.00 USD": the last part whose value starts with a number
    const QStringList parts = summary.split(QStringLiteral(", "));
    static const QRegularExpression value(QStringLiteral("^\\D*?\\s(-?\\d[\\d\\s.,]*(?:\\s+\\S+)?)\\s*$"));
    for (auto it = parts.crbegin(); it != parts.crend(); ++it) {
        const QRegularExpressionMatch m = value.match(*it);
        if (m.hasMatch() && !it->contains(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"))))
            return m.captured(1).trimmed();
    }
    return QString();
}

} // namespace mgrdesk::gui
