// Connection: TLS trust. Verification is always on. A certificate that fails verification is accepted only
// when it is exactly the pinned one and its errors are the ones a pinned self-signed certificate has; any
// other certificate pauses the requests and asks one question per certificate.
#include "connection.h"

#include "connection_p.h"
#include "netlogging.h"

#include <QCryptographicHash>
#include <QNetworkReply>
#include <QSslConfiguration>

namespace mgrdesk::net {

bool Connection::isPinned(const QSslCertificate &certificate) const
{
    return !m_pinned.isNull() && !certificate.isNull() && certificate == m_pinned;
}

bool Connection::isAcceptableForPinned(const QSslError &error)
{
    // What trusting one exact certificate means: no CA vouches for it and it may name another host.
    switch (error.error()) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::InvalidCaCertificate:
    case QSslError::HostNameMismatch:
        return true;
    default:
        return false;
    }
}

namespace {
QSslCertificate peerOf(QNetworkReply *reply, const QList<QSslError> &errors)
{
    QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    if (peer.isNull()) {
        for (const QSslError &e : errors) {
            if (!e.certificate().isNull())
                return e.certificate();
        }
    }
    return peer;
}
} // namespace

bool Connection::acceptablePinnedErrors(const QSslCertificate &pinned, const QSet<int> &acceptedTypes,
    QNetworkReply *reply, const QList<QSslError> &errors)
{
    const QSslCertificate peer = peerOf(reply, errors);
    if (pinned.isNull() || peer.isNull() || peer != pinned)
        return false;
    const QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
    for (const QSslError &e : errors) {
        const bool ours
            = e.certificate().isNull() || e.certificate() == peer || chain.contains(e.certificate());
        if (!ours || !(isAcceptableForPinned(e) || acceptedTypes.contains(int(e.error()))))
            return false;
    }
    return true;
}

void Connection::onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    PendingPtr p = m_replies.value(reply);
    const QSslCertificate peer = peerOf(reply, errors);
    const QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
    if (acceptablePinnedErrors(m_pinned, m_acceptedErrorTypes, reply, errors)) {
        // Only these errors, for this exact certificate: anything else still fails the handshake.
        reply->ignoreSslErrors(errors);
        return;
    }
    qCInfo(lcNet) << m_settings.accountId << "untrusted certificate"
                  << peer.digest(QCryptographicHash::Sha256).toHex() << "errors:" << errors.size();
    if (p) {
        p->untrustedCertificate = peer;
        p->untrustedChain = chain;
        p->tlsErrors = errors;
    }
}

bool Connection::parkForTrust(const PendingPtr &p)
{
    if (p->untrustedCertificate.isNull() && !m_question)
        return false; // a handshake failure that no question can fix
    if (!p->untrustedCertificate.isNull() && !m_question) {
        TrustQuestion q;
        q.certificate = p->untrustedCertificate;
        q.chain = p->untrustedChain;
        q.sha256 = p->untrustedCertificate.digest(QCryptographicHash::Sha256);
        q.changed = !m_pinned.isNull() && m_pinned != p->untrustedCertificate;
        q.errors = p->tlsErrors;
        q.url = m_settings.baseUrl;
        m_question = q;
        m_stateBeforeTrust = m_state;
    }
    if (p->kind == Kind::User)
        m_queue.push_front(p);
    else
        m_trustParked.push_back(p);
    if (m_state != State::WaitingForTrust) {
        setState(State::WaitingForTrust);
        Q_EMIT certificateTrustRequired(*m_question);
    }
    return true;
}

void Connection::answerTrust(const QByteArray &certificateSha256, bool trust)
{
    if (!m_question || m_question->sha256 != certificateSha256) {
        qCWarning(lcNet) << "answerTrust for a certificate that was not asked about";
        return;
    }
    const TrustQuestion question = *m_question;
    m_question.reset();
    std::deque<PendingPtr> parked;
    parked.swap(m_trustParked);

    if (!trust) {
        const QString message = tr("The certificate of %1 was not trusted.").arg(question.url.host());
        for (const PendingPtr &p : parked) {
            if (m_loginPending == p)
                m_loginPending.reset();
            ApiResult r;
            r.status = ApiResult::Status::TlsError;
            r.message = message;
            finishPending(p, r);
        }
        failAll(m_queue, ApiResult::Status::TlsError, message);
        setState(State::Error);
        return;
    }

    m_pinned = question.certificate;
    m_acceptedErrorTypes.clear();
    for (const QSslError &e : question.errors)
        m_acceptedErrorTypes.insert(int(e.error()));
    m_settings.pinnedCertificatePem = question.certificate.toPem();
    Q_EMIT certificatePinned(m_settings.pinnedCertificatePem);

    bool loggingIn = false;
    for (const PendingPtr &p : parked) {
        if (p->kind == Kind::Login && m_loginPending == p)
            loggingIn = true;
    }
    if (loggingIn)
        setState(State::LoggingIn);
    else if (m_stateBeforeTrust == State::Connected && !m_session.isEmpty())
        setState(State::Connected);
    else
        setState(m_session.isEmpty() ? State::LoggedOut : State::Connected);
    for (const PendingPtr &p : parked)
        startRequest(p);
    scheduleProcessQueue();
}

} // namespace mgrdesk::net
