#include "connection.h"
#include "core/protocol/multipartbody.h"

#include "connection_p.h"
#include "core/documents/documentkind.h"
#include "core/protocol/replyparser.h"
#include "netlogging.h"
#include "parsetask.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace mgrdesk::net {

namespace {
// The timer may be the one whose timeout aborted the reply (we are inside its signal): delete it later.
template<typename P> void dropTimer(const P &p)
{
    if (p->timer) {
        p->timer->stop();
        p->timer.release()->deleteLater();
    }
}

// Replies larger than this are parsed on a worker thread (when the job allows it).
constexpr qsizetype kBackgroundParseThreshold = 256 * 1024;

// How long a logout may outlive its Connection (the transport is kept until session.delete is answered).
constexpr int kLogoutGraceMs = 10000;

// The body of a request that changes state: it can be read once. Qt's HTTP layer re-sends a request whose
// connection closed before the answer (QHttpNetworkConnectionChannel's reconnect attempts, meant for stale
// keep-alive connections), and it rewinds the body with reset() to do so. Once any byte was read, reset()
// refuses, and the reply fails with ContentReSendError instead of a second create/delete on the server.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool reset() override { return !m_consumed && seek(0); }
    bool seek(qint64 pos) override
    {
        if (m_consumed && pos < m_offset)
            return false; // never rewind what was sent
        if (!QIODevice::seek(pos))
            return false;
        m_offset = pos;
        return true;
    }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = qMin(max, qint64(m_data.size()) - m_offset);
        if (n <= 0)
            return 0;
        memcpy(out, m_data.constData() + m_offset, size_t(n));
        m_offset += n;
        m_consumed = true;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
    bool m_consumed = false;
};
} // namespace

Connection::Connection(const ConnectionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_parseChannel(std::make_shared<ParseChannel>())
{
    qRegisterMetaType<ApiResult>();
    qRegisterMetaType<TrustQuestion>();
    qRegisterMetaType<RequestLogEntry>();
    qRegisterMetaType<Connection::State>();
    m_nam = createTransport();

    QPointer<Connection> self(this);
    m_parseChannel->deliver = [self](quint64 id, protocol::Reply reply) {
        // Worker thread, channel lock held: the connection is alive (its destructor closes the channel
        // first).
        QMetaObject::invokeMethod(
            self.data(),
            [self, id, reply = std::move(reply)]() mutable {
                if (self)
                    self->onParsed(id, std::move(reply));
            },
            Qt::QueuedConnection);
    };

    m_keepAlive.setInterval(10 * 60 * 1000);
    connect(&m_keepAlive, &QTimer::timeout, this, &Connection::sendKeepAlive);
    setSettings(settings);
}

QNetworkAccessManager *Connection::createTransport()
{
    auto *nam = new QNetworkAccessManager(this);
    // Our own cache-less, cookie-less transport: the session travels in auth=, never in a cookie.
    nam->setCookieJar(nullptr);
    nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    connect(nam, &QNetworkAccessManager::finished, this, &Connection::onReplyFinished);
    connect(nam, &QNetworkAccessManager::sslErrors, this, &Connection::onSslErrors);
    return nam;
}

Connection::~Connection()
{
    m_destroying = true;
    m_parseChannel->close();
    const auto replies = m_replies;
    m_replies.clear();
    QList<QNetworkReply *> logouts;
    for (auto it = replies.begin(); it != replies.end(); ++it) {
        it.key()->disconnect(this);
        if (it.value()->kind == Kind::Logout)
            logouts << it.key(); // the server session must end even though we are going away
        else
            it.key()->abort();
    }
    if (!logouts.isEmpty())
        keepLogoutsAlive(logouts);
    for (const PendingPtr &p : replies) {
        if (p->sink)
            p->sink->cancel(); // nothing half-written stays behind
    }
    for (const PendingPtr &p : std::as_const(m_committing)) {
        if (p->sink)
            p->sink->cancel();
    }
    m_committing.clear();
    m_queue.clear();
    m_trustParked.clear();
    m_byJob.clear();
    m_parsing.clear();
    // Jobs outlive their connection just long enough to finish (Cancelled, or a result already decided).
    const auto jobs = findChildren<ApiJob *>(QString(), Qt::FindDirectChildrenOnly);
    for (ApiJob *job : jobs) {
        job->setParent(nullptr);
        job->m_connection = nullptr;
        if (!job->isFinished()) {
            ApiResult r;
            r.status = ApiResult::Status::Cancelled;
            r.message = tr("The connection was closed.");
            job->finish(r);
        }
    }
}

void Connection::keepLogoutsAlive(const QList<QNetworkReply *> &logouts)
{
    // Hand the transport that carries them to the application: it is deleted when the last session.delete
    // is answered, or after a grace period. A fresh TLS handshake still accepts exactly the pinned
    // certificate.
    QNetworkAccessManager *nam = logouts.constFirst()->manager();
    nam->disconnect(this);
    nam->setParent(QCoreApplication::instance());
    auto remaining = std::make_shared<int>(int(logouts.size()));
    for (QNetworkReply *reply : logouts) {
        connect(reply, &QNetworkReply::finished, nam, [nam, reply, remaining] {
            qCDebug(lcNet) << "logout after close finished:" << reply->error();
            reply->deleteLater();
            if (--*remaining == 0)
                nam->deleteLater();
        });
    }
    const QSslCertificate pinned = m_pinned;
    const QSet<int> accepted = m_acceptedErrorTypes;
    connect(nam, &QNetworkAccessManager::sslErrors, nam,
        [pinned, accepted](QNetworkReply *reply, const QList<QSslError> &errors) {
            if (acceptablePinnedErrors(pinned, accepted, reply, errors))
                reply->ignoreSslErrors(errors);
        });
    QTimer::singleShot(kLogoutGraceMs, nam, &QObject::deleteLater);
}

void Connection::releaseReply(QNetworkReply *reply)
{
    reply->deleteLater();
    QNetworkAccessManager *nam = reply->manager();
    if (nam && nam != m_nam)
        nam->deleteLater(); // a change's own transport (its connection goes with it)
}

bool Connection::changesState(const protocol::Request &request, const JobOptions &options)
{
    if (options.changesState)
        return *options.changesState;
    if (!request.value(QStringLiteral("sok")).isEmpty())
        return true;
    const QString func = request.function();
    const qsizetype dot = func.lastIndexOf(QLatin1Char('.'));
    if (dot < 0)
        return false; // a list, a report, the desktop, whoami, keepalive, su, …
    // Reading a document (a printed form, a PDF, a CSV export, an attachment), asking a validator
    // (check.money), a report or a dashboard block changes nothing.
    if (documents::expectedDocument(request) != documents::DocumentKind::None)
        return false;
    for (const char *prefix : { "check.", "report.", "dashboard.", "journal.stat" }) {
        if (func.startsWith(QLatin1String(prefix)))
            return false;
    }
    const QStringView action = QStringView(func).mid(dot + 1);
    static const char *const readOnly[] = { "edit", "filter", "setfilter", "get", "info", "message", "order",
        "confirm", "print", "pdf", "file" };
    for (const char *r : readOnly) {
        if (action == QLatin1String(r))
            return false; // without sok= these open a form or read something
    }
    return true;
}

void Connection::setSettings(const ConnectionSettings &settings)
{
    const bool identityChanged = settings.baseUrl != m_settings.baseUrl
        || settings.username != m_settings.username || settings.method != m_settings.method;
    m_settings = settings;
    const QList<QSslCertificate> pinned = QSslCertificate::fromData(settings.pinnedCertificatePem, QSsl::Pem);
    const QSslCertificate newPinned = pinned.isEmpty() ? QSslCertificate() : pinned.first();
    if (newPinned != m_pinned) {
        m_pinned = newPinned;
        m_acceptedErrorTypes.clear();
    }
    if (identityChanged && !m_session.isEmpty()) {
        m_session.clear();
        m_level.reset();
        if (m_state == State::Connected)
            setState(State::LoggedOut);
    }
    scheduleProcessQueue();
}

void Connection::setPassword(const QString &password)
{
    if (!m_password.isEmpty())
        m_log.removeSecret(m_password);
    m_password = password;
    m_log.addSecret(password);
    m_log.addSecret(QString::fromLatin1(QUrl::toPercentEncoding(password)));
    m_passwordAsked = false;
    if (m_state == State::WaitingForPassword || m_state == State::Error)
        setState(m_session.isEmpty() ? State::LoggedOut : State::Connected);
    scheduleProcessQueue();
}

void Connection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcNet) << m_settings.accountId << "state" << state;
    Q_EMIT stateChanged(state);
}

QString Connection::effectiveLang() const
{
    if (!m_settings.lang.isEmpty())
        return m_settings.lang;
    const QStringList languages = QLocale().uiLanguages();
    QString lang = languages.isEmpty() ? QString() : languages.first();
    lang = lang.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
    if (lang.isEmpty() || lang == QLatin1String("c"))
        lang = QStringLiteral("en");
    return lang;
}

Connection::PendingPtr Connection::makePending(
    Kind kind, const protocol::Request &request, const JobOptions &options)
{
    auto p = std::make_shared<Pending>();
    p->id = m_nextId++;
    p->kind = kind;
    p->request = request;
    for (const QString &name : std::as_const(m_privateFields))
        p->request.markPrivate(name);
    // Session ids are credentials, whosever they are (the sessions list ends other sessions by id).
    if (request.function().startsWith(QLatin1String("session.")))
        p->request.markPrivate(QStringLiteral("elid"));
    p->options = options;
    return p;
}

ApiJob *Connection::send(const protocol::Request &request, QObject *owner, const JobOptions &options)
{
    auto *job = new ApiJob(request, this);
    PendingPtr p = makePending(Kind::User, request, options);
    p->job = job;
    m_byJob.insert(job, p);
    Q_EMIT activityChanged(int(m_byJob.size()));
    if (owner) {
        // The owner went away: cancel, so that nothing is delivered to it.
        connect(owner, &QObject::destroyed, job, &ApiJob::cancel);
    }
    if (options.secondFactor && m_settings.baseUrl.isValid()) {
        startRequest(p); // part of the login: not behind the queue that waits for it
        return job;
    }
    if (!m_settings.baseUrl.isValid() || m_settings.baseUrl.scheme().isEmpty()) {
        ApiResult r;
        r.status = ApiResult::Status::NetworkError;
        r.message = tr("The server address \"%1\" is not a valid URL.")
                        .arg(m_settings.baseUrl.toDisplayString(QUrl::RemoveUserInfo));
        finishPending(p, r);
        return job;
    }
    if (const QString unreadable = protocol::MultipartBody::check(request); !unreadable.isEmpty()) {
        ApiResult r; // an attached file is gone or unreadable: nothing is sent
        r.status = ApiResult::Status::NetworkError;
        r.message = unreadable + QLatin1Char(' ') + tr("Nothing was sent.");
        finishPending(p, r);
        return job;
    }
    m_queue.push_back(p);
    scheduleProcessQueue();
    return job;
}

void Connection::scheduleProcessQueue()
{
    if (m_processScheduled || m_destroying)
        return;
    m_processScheduled = true;
    QMetaObject::invokeMethod(this, &Connection::processQueue, Qt::QueuedConnection);
}

void Connection::processQueue()
{
    m_processScheduled = false;
    if (m_destroying || m_state == State::WaitingForTrust || m_state == State::LoggingIn
        || m_state == State::WaitingForSecondFactor)
        return;
    const int limit = qMax(1, m_settings.maxConcurrent);
    while (!m_queue.empty() && m_inFlight < limit) {
        if (m_password.isEmpty()) {
            requirePassword(
                tr("Enter the password of %1 on %2.").arg(m_settings.username, m_settings.baseUrl.host()));
            return;
        }
        if (m_settings.method == LoginMethod::Session && m_session.isEmpty()) {
            startLogin();
            return;
        }
        PendingPtr p = m_queue.front();
        m_queue.pop_front();
        startRequest(p);
    }
}

protocol::Request Connection::buildWireRequest(const PendingPtr &p) const
{
    protocol::Request r = p->request;
    if (m_settings.method == LoginMethod::AuthInfo)
        r.set(QStringLiteral("authinfo"), m_settings.username + QLatin1Char(':') + m_password);
    else if (p->kind != Kind::Login && !m_session.isEmpty())
        r.set(QStringLiteral("auth"), m_session);
    if (p->kind == Kind::User)
        return userRequest(r, p->options);
    if (!r.has(QStringLiteral("lang")))
        r.setLang(effectiveLang());
    return r;
}

protocol::Request Connection::userRequest(const protocol::Request &request, const JobOptions &options) const
{
    protocol::Request r = request;
    if (!options.secondFactor) {
        QString su = options.su;
        if (su.isEmpty() && !options.noDefaultSu)
            su = m_settings.defaultSu;
        if (!su.isEmpty())
            r.setSu(su);
    }
    if (!r.has(QStringLiteral("lang")))
        r.setLang(effectiveLang());
    return r;
}

void Connection::startRequest(const PendingPtr &p)
{
    p->body.clear();
    p->bytesReceived = 0;
    if (p->stream) {
        p->stream->cancel();
        p->stream.reset();
    }
    dropSink(p);
    p->head.clear();
    p->stopReason.clear();
    p->documentDecided = false;
    p->documentKind = documents::DocumentKind::None;
    p->httpStatus = 0;
    p->timedOut = false;
    p->untrustedCertificate = QSslCertificate();
    p->untrustedChain.clear();
    p->tlsErrors.clear();
    p->sessionUsed
        = (m_settings.method == LoginMethod::Session && p->kind != Kind::Login) ? m_session : QString();

    const protocol::Request wire = buildWireRequest(p);
    p->displayParams = wire.toDisplayString();

    QNetworkRequest nr(m_settings.baseUrl);
    nr.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    nr.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("mgrdesk/" MGRDESK_VERSION));
    nr.setRawHeader(QByteArrayLiteral("Accept-Language"), effectiveLang().toUtf8());
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    nr.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);

    p->sentAt = QDateTime::currentDateTimeUtc();
    p->elapsed.start();
    m_lastSent.start();
    p->bodySent = false;
    p->changesState = (p->kind == Kind::User || p->kind == Kind::Internal)
        && (changesState(p->request, p->options) || wire.hasFiles());
    QNetworkReply *reply = nullptr;
    if (p->changesState) {
        // Sent once, on a connection of its own (never a keep-alive connection the server may just have
        // closed), and never re-sent by Qt: see OneShotBody. Qt keeps a connection open even when the request
        // says "Connection: close" (if the server does not close it), so each change gets its own transport,
        // deleted with its reply: nothing can be reused.
        QNetworkAccessManager *fresh = createTransport();
        nr.setRawHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
        nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        nr.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        QIODevice *device = nullptr;
        if (wire.hasFiles()) {
            // multipart/form-data, the files streamed from disk as the upload goes (sent once as well)
            auto *multipart = new protocol::MultipartBody(wire, QStringLiteral("xml"), nullptr);
            nr.setHeader(QNetworkRequest::ContentTypeHeader, multipart->contentType());
            device = multipart;
        } else {
            device = new OneShotBody(wire.toFormBody(), nullptr);
        }
        nr.setHeader(QNetworkRequest::ContentLengthHeader, device->size());
        reply = fresh->post(nr, device);
        device->setParent(reply);
    } else {
        reply = m_nam->post(nr, wire.toFormBody());
    }
    p->reply = reply;
    m_replies.insert(reply, p);
    if (p->kind == Kind::User)
        ++m_inFlight;

    // Inactivity timeout: restarted whenever bytes move.
    const int timeout = p->options.timeoutMs > 0 ? p->options.timeoutMs : m_settings.timeoutMs;
    if (timeout > 0) {
        p->timer = std::make_unique<QTimer>();
        p->timer->setSingleShot(true);
        p->timer->setInterval(timeout);
        std::weak_ptr<Pending> weak = p;
        connect(p->timer.get(), &QTimer::timeout, this, [weak] {
            if (PendingPtr pp = weak.lock(); pp && pp->reply) {
                pp->timedOut = true;
                pp->reply->abort();
            }
        });
        p->timer->start();
    }
    QPointer<ApiJob> job = p->job;
    std::weak_ptr<Pending> weak = p;
    connect(reply, &QNetworkReply::readyRead, this, [this, weak, reply] {
        if (PendingPtr pp = weak.lock()) {
            appendBody(pp, reply);
            if (pp->timer)
                pp->timer->start();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [weak, job](qint64 received, qint64 total) {
        if (PendingPtr pp = weak.lock(); pp && pp->timer)
            pp->timer->start();
        if (job)
            Q_EMIT job->progress(received, total);
    });
    connect(reply, &QNetworkReply::uploadProgress, this, [weak](qint64 sent, qint64 total) {
        if (PendingPtr pp = weak.lock()) {
            if (pp->timer)
                pp->timer->start();
            if (total > 0 && sent >= total)
                pp->bodySent = true;
        }
    });
    if (job)
        Q_EMIT job->started();
}

void Connection::onReplyFinished(QNetworkReply *reply)
{
    releaseReply(reply);
    PendingPtr p = m_replies.take(reply);
    if (!p)
        return; // cancelled: already forgotten
    p->reply = nullptr;
    dropTimer(p);
    if (p->kind == Kind::User)
        --m_inFlight;
    scheduleProcessQueue();
    if (reply->isOpen())
        appendBody(p, reply);

    ApiResult r;
    r.elapsedMs = p->elapsed.elapsed();
    r.bytes = p->bytesReceived;
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    r.httpStatus = statusAttr.isValid() ? statusAttr.toInt() : 0;
    p->httpStatus = r.httpStatus;
    const QNetworkReply::NetworkError error = reply->error();
    if (p->stream && (p->timedOut || error != QNetworkReply::NoError || r.httpStatus >= 300)) {
        p->stream->cancel();
        p->stream.reset();
    }
    const bool streamed = p->sink != nullptr;
    if (streamed && (p->timedOut || error != QNetworkReply::NoError || r.httpStatus >= 300))
        dropSink(p); // no partial file

    const QString host = m_settings.baseUrl.host();
    // A change that reached the server and then lost its connection: it may have been carried out.
    const bool mayHaveRun = p->changesState && (p->bodySent || error == QNetworkReply::ContentReSendError);
    if (p->timedOut) {
        r.status = ApiResult::Status::Timeout;
        const int timeout = p->options.timeoutMs > 0 ? p->options.timeoutMs : m_settings.timeoutMs;
        r.message
            = tr("The server did not answer within %1 seconds.").arg(QLocale().toString(timeout / 1000.0));
        if (mayHaveRun) {
            r.mayHaveRun = true;
            r.message += QLatin1Char(' ')
                + tr("The request reached the server, so it may have been carried out: check before trying "
                     "again.");
        }
        handleResult(p, r);
        return;
    }
    if (!p->stopReason.isEmpty()) {
        // The connection stopped the download itself (the file cannot be written, or too large to hold).
        r.status = ApiResult::Status::NetworkError;
        r.message = p->stopReason;
        handleResult(p, r);
        return;
    }
    if (error == QNetworkReply::SslHandshakeFailedError && parkForTrust(p))
        return;
    if (r.httpStatus >= 300 && r.httpStatus < 400) {
        r.status = ApiResult::Status::NotApiReply;
        const QString location = reply->header(QNetworkRequest::LocationHeader)
                                     .toUrl()
                                     .toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        r.message = tr("The server redirected the request to \"%1\" instead of answering it.").arg(location);
        handleResult(p, r);
        return;
    }
    if (r.httpStatus >= 400) {
        r.status = ApiResult::Status::HttpError;
        const QString phrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        r.message = tr("The server answered with HTTP status %1 %2.").arg(r.httpStatus).arg(phrase).trimmed();
        handleResult(p, r);
        return;
    }
    if (error != QNetworkReply::NoError) {
        const bool tls = error == QNetworkReply::SslHandshakeFailedError;
        r.status = tls ? ApiResult::Status::TlsError : ApiResult::Status::NetworkError;
        if (tls) {
            r.message = tr("The secure connection to %1 failed: %2").arg(host, reply->errorString());
        } else if (mayHaveRun) {
            r.mayHaveRun = true;
            r.message = tr("The connection to %1 broke after the request was sent, so the server may have "
                           "carried it out. It was not sent again: check before trying again.")
                            .arg(host);
        } else {
            switch (error) {
            case QNetworkReply::ConnectionRefusedError:
                r.message
                    = tr("%1 refused the connection on port %2: check the address and port, and that the "
                         "panel is running.")
                          .arg(host)
                          .arg(m_settings.baseUrl.port(
                              m_settings.baseUrl.scheme() == QLatin1String("https") ? 443 : 80));
                break;
            case QNetworkReply::HostNotFoundError:
                r.message = tr("The server %1 was not found: check the address.").arg(host);
                break;
            case QNetworkReply::RemoteHostClosedError:
                r.message = p->bytesReceived > 0
                    ? tr("The connection to %1 broke while the answer arrived (%2 bytes received).")
                          .arg(host)
                          .arg(p->bytesReceived)
                    : tr("%1 closed the connection without answering.").arg(host);
                break;
            case QNetworkReply::TimeoutError:
                r.message = tr("The connection to %1 timed out.").arg(host);
                break;
            default:
                r.message = tr("Network error talking to %1: %2").arg(host, reply->errorString());
                break;
            }
        }
        if (streamed && !tls)
            r.message += QLatin1Char(' ') + tr("The partial download was discarded: no file was saved.");
        handleResult(p, r);
        return;
    }
    if (!p->documentDecided) {
        p->documentDecided = true;
        p->documentKind = documents::classifyReply(p->request,
            reply->header(QNetworkRequest::ContentTypeHeader).toString().toLatin1(),
            reply->rawHeader("Content-Disposition"));
    }
    if (p->documentKind != documents::DocumentKind::None && finishDocument(p, reply, r))
        return;
    parseBody(p);
}

void Connection::appendBody(const PendingPtr &p, QNetworkReply *reply)
{
    QByteArray data = reply->readAll();
    p->bytesReceived += data.size();
    if (!p->documentDecided) {
        p->documentDecided = true;
        p->documentKind = documents::classifyReply(p->request,
            reply->header(QNetworkRequest::ContentTypeHeader).toString().toLatin1(),
            reply->rawHeader("Content-Disposition"));
    }
    if (p->stream) {
        p->stream->push(std::move(data));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (p->documentKind != documents::DocumentKind::None && status >= 200 && status < 300) {
        documentChunk(p, reply, std::move(data));
        return;
    }
    p->body += data;
    if (p->options.backgroundParse && p->body.size() > kBackgroundParseThreshold && status >= 200
        && status < 300 && p->documentKind == documents::DocumentKind::None) {
        // Big: from now on the body is parsed on worker threads as it arrives, and never held whole.
        p->stream = std::make_shared<StreamParse>(m_parseChannel, p->id);
        p->stream->push(std::move(p->body));
        p->body = QByteArray();
    }
}

void Connection::parseBody(const PendingPtr &p)
{
    m_parsing.insert(p->id, p);
    const QPointer<ApiJob> job = p->job;
    if (p->stream) {
        p->stream->finish();
        p->stream.reset(); // the workers keep it alive until the result is delivered
        if (job)
            Q_EMIT job->received();
        return;
    }
    if (job)
        Q_EMIT job->received();
    if (p->cancelled)
        return;
    protocol::Reply reply = protocol::ReplyParser::parse(p->body);
    p->body = QByteArray();
    onParsed(p->id, std::move(reply));
}

void Connection::onParsed(quint64 id, protocol::Reply reply)
{
    PendingPtr p = m_parsing.take(id);
    if (!p || p->cancelled)
        return;
    ApiResult r;
    r.elapsedMs = p->elapsed.elapsed();
    r.httpStatus = p->httpStatus;
    r.bytes = p->bytesReceived;
    if (!reply.isValid()) {
        r.status = ApiResult::Status::NotApiReply;
        r.message = reply.failure
            ? tr("The server's answer is not an API reply: %1").arg(reply.failure->message)
            : tr("The server's answer is not an API reply.");
    } else if (reply.kind == protocol::ReplyKind::Error && reply.error) {
        r.status = ApiResult::Status::ApiError;
        r.message = reply.error->message.isEmpty()
            ? tr("The server reported an error (%1).").arg(reply.error->type)
            : reply.error->message.simplified();
    } else {
        r.status = ApiResult::Status::Ok;
    }
    r.reply = std::move(reply);
    handleResult(p, std::move(r));
}

void Connection::forgetJob(ApiJob *job)
{
    if (m_destroying)
        return;
    PendingPtr p = m_byJob.take(job);
    if (!p)
        return;
    Q_EMIT activityChanged(int(m_byJob.size()));
    p->cancelled = true;
    p->job = nullptr;
    m_queue.erase(std::remove(m_queue.begin(), m_queue.end(), p), m_queue.end());
    m_parsing.remove(p->id);
    m_committing.remove(p->id);
    dropSink(p);
    if (p->stream) {
        p->stream->cancel();
        p->stream.reset();
    }
    if (QNetworkReply *reply = p->reply) {
        m_replies.remove(reply);
        p->reply = nullptr;
        dropTimer(p);
        if (p->kind == Kind::User)
            --m_inFlight;
        reply->disconnect(this);
        reply->abort();
        releaseReply(reply);
        ApiResult r;
        r.status = ApiResult::Status::Cancelled;
        r.elapsedMs = p->elapsed.elapsed();
        logPending(p, r);
        scheduleProcessQueue();
    }
}

void Connection::finishPending(const PendingPtr &p, ApiResult result)
{
    logPending(p, result);
    bool hasNotify = false;
    const int notify = result.reply.docAttributes.value(QStringLiteral("notify")).toInt(&hasNotify);
    if (hasNotify && notify >= 0)
        Q_EMIT notifyTotalReceived(notify);
    if (p->onOk && result.ok())
        p->onOk(result);
    const bool ownChange = p->kind == Kind::User && p->changesState && !p->options.secondFactor
        && (result.ok() || result.mayHaveRun);
    if (ownChange)
        Q_EMIT changeSent(p->request.function());
    if (ApiJob *job = p->job) {
        m_byJob.remove(job);
        p->job = nullptr;
        Q_EMIT activityChanged(int(m_byJob.size()));
        job->finish(std::move(result));
    }
}

void Connection::logPending(const PendingPtr &p, const ApiResult &result)
{
    if (!p->sentAt.isValid())
        return; // never went to the network
    RequestLogEntry e;
    e.time = p->sentAt;
    e.accountId = m_settings.accountId;
    e.function = p->request.function();
    e.parameters = p->displayParams;
    e.durationMs = result.elapsedMs;
    e.httpStatus = result.httpStatus;
    e.status = ApiResult::statusName(result.status);
    e.message = result.ok() ? QString() : result.message;
    e.bytes = result.bytes;
    m_log.append(e);
}

void Connection::failAll(
    std::deque<PendingPtr> &list, ApiResult::Status status, const QString &message, int httpStatus)
{
    std::deque<PendingPtr> taken;
    taken.swap(list);
    for (const PendingPtr &p : taken) {
        ApiResult r;
        r.status = status;
        r.message = message;
        r.httpStatus = httpStatus;
        finishPending(p, r);
    }
}

void Connection::rememberPrivateFields(const protocol::Reply &reply)
{
    if (!reply.form)
        return;
    for (const protocol::FormField &f : std::as_const(reply.form->fields)) {
        if (f.isPrivate || f.type == QLatin1String("password"))
            m_privateFields.insert(f.name);
    }
}

} // namespace mgrdesk::net
