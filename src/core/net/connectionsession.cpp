// Connection: classifying results, login, transparent re-login (once), keep-alive, logout, key login.
#include "connection.h"

#include "connection_p.h"
#include "netlogging.h"

#include <QNetworkReply>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace mgrdesk::net {

namespace {
bool isAuthError(const ApiResult &r)
{
    return r.status == ApiResult::Status::ApiError && r.reply.error
        && r.reply.error->type.compare(QLatin1String("auth"), Qt::CaseInsensitive) == 0;
}
} // namespace

bool Connection::isSessionLost(const PendingPtr &p, const ApiResult &r) const
{
    if (m_settings.method != LoginMethod::Session || p->sessionUsed.isEmpty())
        return false;
    if (isAuthError(r))
        return true;
    if (r.status != ApiResult::Status::NotApiReply)
        return false;
    if (r.httpStatus >= 300 && r.httpStatus < 400)
        return true;
    if (!r.reply.failure)
        return false;
    using Reason = protocol::ParseFailure::Reason;
    const Reason reason = r.reply.failure->reason;
    // An HTML page (the login form), an empty body or a document that is not a <doc>. A <doc> whose content
    // this client cannot show (a new reply shape, a page type it does not know) is not a lost session:
    // logging in again would only repeat it and then put a working connection in the Error state.
    return reason == Reason::Html || reason == Reason::Empty
        || (reason == Reason::UnknownShape && !r.reply.failure->insideDocument);
}

void Connection::handleResult(const PendingPtr &p, ApiResult r)
{
    if (p->kind == Kind::Login) {
        handleLoginResult(p, std::move(r));
        return;
    }
    if (p->kind == Kind::User && p->options.secondFactor) {
        handleSecondFactorResult(p, std::move(r));
        return;
    }
    if (isSessionLost(p, r)) {
        if (p->kind == Kind::User && p->changesState && !isAuthError(r)) {
            // A change answered with a web page or a redirect instead of its reply: the server may have
            // carried it out before the page came, so it is never sent again. The session is renewed for the
            // next request.
            if (p->sessionUsed == m_session) {
                m_session.clear();
                m_level.reset();
                if (m_state == State::Connected)
                    setState(State::LoggedOut);
            }
            r.mayHaveRun = true;
            r.message
                = tr("The server answered the change with a web page instead of its result (the session "
                     "may have ended). The change may have been carried out, so it was not sent again: "
                     "check before trying again.");
            finishPending(p, std::move(r));
            scheduleProcessQueue();
            return;
        }
        if (p->kind == Kind::User) {
            onSessionLost(p, r);
            return;
        }
        // keepalive/logout/internal: the session is gone; the next request logs in again.
        if (p->sessionUsed == m_session) {
            m_session.clear();
            m_level.reset();
            if (m_state == State::Connected)
                setState(State::LoggedOut);
        }
        if (isAuthError(r))
            r.status = ApiResult::Status::AuthError;
        finishPending(p, std::move(r));
        return;
    }
    if (isAuthError(r)) {
        r.status = ApiResult::Status::AuthError;
        if (m_settings.method == LoginMethod::AuthInfo) {
            // authinfo refused: wrong password, or the server does not allow authinfo from here.
            const QString message = r.message;
            finishPending(p, std::move(r));
            m_password.clear();
            failAll(m_queue, ApiResult::Status::AuthError, message);
            requirePassword(message);
            return;
        }
    }
    if (r.ok()) {
        rememberPrivateFields(r.reply);
        if (m_settings.method == LoginMethod::AuthInfo && m_state == State::LoggedOut)
            setState(State::Connected);
    }
    finishPending(p, std::move(r));
}

void Connection::onSessionLost(const PendingPtr &p, const ApiResult &r)
{
    if (p->sessionUsed != m_session) {
        // Sent with an older session that a re-login already replaced (or is replacing): just replay it.
        m_queue.push_front(p);
        scheduleProcessQueue();
        return;
    }
    if (p->relogins >= 1) {
        ApiResult failed = r;
        failed.status = ApiResult::Status::AuthError;
        failed.message = tr("The server ended the session again right after a new login: %1").arg(r.message);
        finishPending(p, failed);
        m_session.clear();
        m_level.reset();
        setState(State::Error);
        return;
    }
    qCInfo(lcNet) << m_settings.accountId << "session lost on" << p->request.function()
                  << "- logging in again";
    ++p->relogins;
    m_queue.push_front(p);
    m_session.clear();
    m_level.reset();
    Q_EMIT sessionLost();
    startLogin();
}

bool Connection::beginSecondFactor(const ApiResult &r)
{
    // Anything but <auth> or an error in answer to the password: a step of the login to show (a second
    // factor). Generic: whatever form the server describes is shown and sent back.
    if (!r.ok() || r.reply.kind != protocol::ReplyKind::Form || !r.reply.form)
        return false;
    const protocol::FormData &form = *r.reply.form;
    QString function = form.name;
    if (function.isEmpty())
        function = r.reply.docAttributes.value(QStringLiteral("func"));
    if (function.isEmpty() || function == QLatin1String("auth"))
        return false;
    // Hidden values (a login token) are as secret as the password in the request log.
    for (const auto &value : form.values) {
        if (value.first != QLatin1String("username") && value.second.size() >= 8)
            m_log.addSecret(value.second);
    }
    rememberPrivateFields(r.reply);
    if (!form.hasMetadata && !m_secondFactorAskedForm) {
        // out=xml carries no metadata: ask the step itself for its form, carrying its values back.
        protocol::Request request(function);
        for (const auto &value : form.values)
            request.set(value.first, value.second);
        request.set(QStringLiteral("out"), QStringLiteral("devel"));
        m_secondFactorAskedForm = true;
        m_loginPending = makePending(Kind::Login, request, {});
        startRequest(m_loginPending);
        return true;
    }
    m_secondFactorAskedForm = false;
    qCInfo(lcNet) << m_settings.accountId << "login asks for a second step:" << function;
    setState(State::WaitingForSecondFactor);
    Q_EMIT secondFactorRequired(function, form);
    return true;
}

void Connection::handleSecondFactorResult(const PendingPtr &p, ApiResult r)
{
    if (r.ok() && r.reply.kind == protocol::ReplyKind::Auth && r.reply.auth
        && !r.reply.auth->session.isEmpty()) {
        m_session = r.reply.auth->session;
        m_level = r.reply.auth->level;
        m_log.addSecret(m_session);
        // The caller (a form) sees the step accepted; the session itself never leaves the connection.
        ApiResult delivered = r;
        delivered.reply.kind = protocol::ReplyKind::Ok;
        delivered.reply.auth.reset();
        delivered.reply.ok = protocol::OkReply {};
        finishPending(p, delivered);
        setState(State::Connected);
        Q_EMIT loggedIn(m_level);
        if (m_keepAlive.isActive())
            m_keepAlive.start();
        scheduleProcessQueue();
        return;
    }
    if (isAuthError(r)) {
        // The step expired or was failed too often: start over (password check, a new step).
        r.status = ApiResult::Status::AuthError;
        finishPending(p, std::move(r));
        if (m_state == State::WaitingForSecondFactor) {
            setState(State::LoggedOut);
            startLogin();
        }
        return;
    }
    if (r.ok() && r.reply.form)
        rememberPrivateFields(r.reply); // a further step: the caller's form shows it
    finishPending(p, std::move(r)); // a wrong code: a field error the form shows; the step can be retried
}

void Connection::cancelSecondFactor()
{
    if (m_state != State::WaitingForSecondFactor)
        return;
    failAll(m_queue, ApiResult::Status::AuthError, tr("The login was cancelled."));
    setState(State::LoggedOut);
}

void Connection::login()
{
    if (m_password.isEmpty()) {
        requirePassword(
            tr("Enter the password of %1 on %2.").arg(m_settings.username, m_settings.baseUrl.host()));
        return;
    }
    if (m_state == State::WaitingForTrust)
        return;
    startLogin();
}

void Connection::startLogin()
{
    if (m_loginPending || m_destroying)
        return;
    if (m_password.isEmpty()) {
        requirePassword(
            tr("Enter the password of %1 on %2.").arg(m_settings.username, m_settings.baseUrl.host()));
        return;
    }
    protocol::Request request;
    if (m_settings.method == LoginMethod::Session) {
        request.setFunction(QStringLiteral("auth"));
        request.set(QStringLiteral("username"), m_settings.username);
        request.set(QStringLiteral("password"), m_password);
    } else {
        // authinfo has no session: check the credentials with a harmless request.
        request.setFunction(QStringLiteral("whoami"));
    }
    m_loginPending = makePending(Kind::Login, request, {});
    setState(State::LoggingIn);
    startRequest(m_loginPending);
}

void Connection::handleLoginResult(const PendingPtr &p, ApiResult r)
{
    if (m_loginPending == p)
        m_loginPending.reset();
    finishPending(p, r); // logs it
    if (m_settings.method == LoginMethod::Session && r.ok() && r.reply.kind == protocol::ReplyKind::Auth
        && r.reply.auth && !r.reply.auth->session.isEmpty()) {
        m_session = r.reply.auth->session;
        m_level = r.reply.auth->level;
        m_log.addSecret(m_session);
        setState(State::Connected);
        Q_EMIT loggedIn(m_level);
        if (m_keepAlive.isActive())
            m_keepAlive.start(); // restart the period
        scheduleProcessQueue();
        return;
    }
    if (m_settings.method == LoginMethod::Session && beginSecondFactor(r))
        return;
    if (m_settings.method == LoginMethod::AuthInfo
        && (r.ok() || (r.status == ApiResult::Status::ApiError && !isAuthError(r)))) {
        // Any answer but an auth error means the credentials were accepted.
        setState(State::Connected);
        Q_EMIT loggedIn(std::nullopt);
        scheduleProcessQueue();
        return;
    }
    if (isAuthError(r)) {
        const QString message = r.message;
        m_password.clear();
        failAll(m_queue, ApiResult::Status::AuthError, message);
        requirePassword(message);
        return;
    }
    ApiResult::Status status = r.status;
    QString message = r.message;
    using Reason = protocol::ParseFailure::Reason;
    if (r.status == ApiResult::Status::NotApiReply && r.reply.failure
        && (r.reply.failure->reason == Reason::Html || r.reply.failure->reason == Reason::UnknownShape)) {
        // A web page or some other document in answer to func=auth: not the API (wrong address or path).
        message = tr("%1 answered with a web page, not the BILLmanager API. Check the address and its path "
                     "(for example https://%1:1500/billmgr).")
                      .arg(m_settings.baseUrl.host());
    }
    if (r.ok()) {
        // Neither <auth> nor an error: e.g. a second factor this client does not know.
        status = ApiResult::Status::AuthError;
        message = tr("The server needs a login step this client does not support yet (for example a one-time "
                     "code).");
    } else if (status == ApiResult::Status::ApiError) {
        status = ApiResult::Status::AuthError;
    }
    failAll(m_queue, status, tr("Login failed: %1").arg(message), r.httpStatus);
    setState(State::Error);
}

void Connection::requirePassword(const QString &reason)
{
    setState(State::WaitingForPassword);
    if (m_passwordAsked)
        return;
    m_passwordAsked = true;
    Q_EMIT passwordRequired(reason);
}

void Connection::setKeepAliveActive(bool active)
{
    if (active && !m_keepAlive.isActive()) {
        m_keepAlive.start();
        // Back after a pause: refresh the session now, not one more interval later (it may be close to its
        // idle expiry). sendKeepAlive() does nothing without a session.
        if (m_lastSent.isValid() && m_lastSent.elapsed() >= m_keepAlive.interval())
            sendKeepAlive();
    } else if (!active) {
        m_keepAlive.stop();
    }
}

void Connection::setKeepAliveInterval(int ms)
{
    m_keepAlive.setInterval(qMax(1, ms));
}

int Connection::keepAliveInterval() const
{
    return m_keepAlive.interval();
}

void Connection::sendKeepAlive()
{
    if (m_settings.method != LoginMethod::Session || m_session.isEmpty() || m_state != State::Connected)
        return;
    PendingPtr p = makePending(Kind::KeepAlive, protocol::Request(QStringLiteral("keepalive")), {});
    startRequest(p);
}

void Connection::logout()
{
    m_keepAlive.stop();
    if (m_settings.method == LoginMethod::Session && !m_session.isEmpty()) {
        protocol::Request request(QStringLiteral("session.delete"));
        request.setElid(m_session);
        request.markPrivate(QStringLiteral("elid"));
        PendingPtr p = makePending(Kind::Logout, request, {});
        startRequest(p); // sent with auth= of the session it ends
    }
    m_session.clear();
    m_level.reset();
    if (m_state != State::WaitingForTrust)
        setState(State::LoggedOut);
}

ApiJob *Connection::requestWebLoginUrl(const QString &username, QObject *owner)
{
    const QString user = username.isEmpty() ? m_settings.username : username;
    // 32 random bytes from the system generator, as 64 hex digits (the server wants at least 16 characters).
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QString key
        = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex());

    protocol::Request request(QStringLiteral("session.newkey"));
    request.set(QStringLiteral("username"), user);
    request.set(QStringLiteral("key"), key);
    JobOptions options;
    options.noDefaultSu = true;
    ApiJob *job = send(request, owner, options);
    if (PendingPtr p = m_byJob.value(job)) {
        const QUrl base = m_settings.baseUrl;
        p->onOk = [base, user, key](ApiResult &r) {
            QUrl url = base;
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("func"), QStringLiteral("auth"));
            query.addQueryItem(QStringLiteral("username"), user);
            query.addQueryItem(QStringLiteral("key"), key);
            query.addQueryItem(QStringLiteral("checkcookie"), QStringLiteral("no"));
            url.setQuery(query);
            r.url = url;
        };
    }
    return job;
}

} // namespace mgrdesk::net
