#pragma once
// One connection per account: its own QNetworkAccessManager, a queue of API jobs with a concurrency limit,
// the session (login, transparent re-login once, keep-alive), su/lang on every request, TLS trust (pinning)
// and a masked request log. See docs/net.md for how a request flows.

#include "apijob.h"
#include "connectionsettings.h"
#include "joboptions.h"
#include "requestlog.h"
#include "trustquestion.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace mgrdesk::net {

struct ParseChannel;

class Connection : public QObject
{
    Q_OBJECT
public:
    enum class State {
        LoggedOut,
        LoggingIn,
        Connected,
        Error,
        WaitingForPassword,
        WaitingForTrust,
        WaitingForSecondFactor
    };
    Q_ENUM(State)

    explicit Connection(const ConnectionSettings &settings, QObject *parent = nullptr);
    ~Connection() override;

    const ConnectionSettings &settings() const { return m_settings; }
    // A changed URL, user or method forgets the session; queued jobs stay queued.
    void setSettings(const ConnectionSettings &settings);
    void setPassword(const QString &password); // kept in memory only
    bool hasPassword() const { return !m_password.isEmpty(); }

    State state() const { return m_state; }
    std::optional<int> level() const { return m_level; }
    QString sessionId() const { return m_session; } // never logged

    // Queues the request (POSTed as form fields, with auth/authinfo, su and lang added to a copy). The job
    // finishes exactly once; when `owner` is destroyed the job is cancelled and its result never reaches it.
    ApiJob *send(const protocol::Request &request, QObject *owner = nullptr, const JobOptions &options = {});

    void login(); // explicit (send() logs in on demand). AuthInfo: checks the credentials with func=whoami.
    void logout(); // ends the server session (session.delete) and forgets it
    // Gives up a second-factor step: the waiting jobs fail with AuthError, the connection is logged out.
    void cancelSecondFactor();
    // Key login for the web interface: session.newkey with a random one-time key; on success the job's
    // result.url is base?func=auth&username=U&key=K&checkcookie=no (never logged). Empty user: our own.
    ApiJob *requestWebLoginUrl(const QString &username = QString(), QObject *owner = nullptr);

    RequestLog *requestLog() { return &m_log; }
    // Keepalive while the app is active. Turning it on after a pause at least one interval long (since the
    // last request) sends one keepalive at once, so a session near its idle expiry is refreshed in time.
    void setKeepAliveActive(bool active);
    bool isKeepAliveActive() const { return m_keepAlive.isActive(); }
    void setKeepAliveInterval(int ms); // default 10 minutes
    int keepAliveInterval() const;

    int inFlightCount() const { return m_inFlight; } // user jobs on the network now
    int queuedCount() const { return int(m_queue.size()); }
    int pendingJobCount() const { return int(m_byJob.size()); } // jobs sent and not finished yet
    QString effectiveLang() const; // settings.lang, else the UI language
    // The request as send(request, owner, options) puts it on the wire, without the authentication (auth,
    // authinfo): su (the options' or the default su), lang. The one rule the console's shown, copied and
    // confirmed requests use too; the encoding is Request::toFormBody() (issue 12).
    protocol::Request userRequest(const protocol::Request &request, const JobOptions &options = {}) const;

    // Does this request change something on the server (so that it must never be sent twice)? options
    // decide when they say so; otherwise: a non-empty sok=, or a function with an action suffix other than
    // the read-only ones (edit, filter, setfilter, get, info, message, order, confirm) — e.g. user.delete,
    // vds.suspend, payment.setstatus with sok. Lists, forms being opened, whoami, desktop: no.
    static bool changesState(const protocol::Request &request, const JobOptions &options = {});

Q_SIGNALS:
    void stateChanged(mgrdesk::net::Connection::State state);
    void loggedIn(std::optional<int> level);
    void passwordRequired(const QString &reason); // no password / wrong password: prompt, then setPassword()
    void certificateTrustRequired(const mgrdesk::net::TrustQuestion &question); // answer with answerTrust()
    void certificatePinned(const QByteArray &pem); // store it in the account
    // func=auth answered a form instead of a session (a second factor): show `form` (its function is
    // `function`) with the form editor and submit it with JobOptions::secondFactor; the queue waits. Emitted
    // again after an idle expiry (the code is never stored) or when the step must start over.
    void secondFactorRequired(const QString &function, const mgrdesk::protocol::FormData &form);
    void sessionLost(); // a re-login started (diagnostics, tests)
    void activityChanged(int pendingJobs); // pendingJobCount() changed (status bar)
    // A reply's <doc notify="N"> (docs/protocol.md §8: every document carries the notification total): the
    // badge refreshes from it without polling.
    void notifyTotalReceived(int total);
    // A request of the user's that changes data (changesState) was carried out, or may have been: the desktop
    // alerts take the counters' next rise on this account for the user's own doing (docs/desktop.md).
    void changeSent(const QString &function);

public Q_SLOTS:
    void answerTrust(const QByteArray &certificateSha256, bool trust);

private:
    friend class ApiJob;
    enum class Kind { User, Login, KeepAlive, Logout, Internal };
    struct Pending;
    using PendingPtr = std::shared_ptr<Pending>;

    // connection.cpp: queue and transport
    void setState(State state);
    void processQueue();
    void scheduleProcessQueue();
    void startRequest(const PendingPtr &p);
    protocol::Request buildWireRequest(const PendingPtr &p) const;
    void onReplyFinished(QNetworkReply *reply);
    void appendBody(const PendingPtr &p, QNetworkReply *reply);
    void parseBody(const PendingPtr &p);
    void onParsed(quint64 id, protocol::Reply reply);
    void forgetJob(ApiJob *job);
    QNetworkAccessManager *createTransport();
    void releaseReply(QNetworkReply *reply);
    void keepLogoutsAlive(const QList<QNetworkReply *> &logouts);
    void finishPending(const PendingPtr &p, ApiResult result);
    void logPending(const PendingPtr &p, const ApiResult &result);
    void failAll(
        std::deque<PendingPtr> &list, ApiResult::Status status, const QString &message, int httpStatus = 0);
    void rememberPrivateFields(const protocol::Reply &reply);

    // connectiondownload.cpp: documents kept in memory or streamed to a file
    void documentChunk(const PendingPtr &p, QNetworkReply *reply, QByteArray data);
    bool finishDocument(const PendingPtr &p, QNetworkReply *reply, ApiResult result); // false: login page
    void dropSink(const PendingPtr &p);
    PendingPtr makePending(Kind kind, const protocol::Request &request, const JobOptions &options);

    // connectionsession.cpp: classification, login, re-login, keep-alive
    void handleResult(const PendingPtr &p, ApiResult result);
    void handleLoginResult(const PendingPtr &p, ApiResult result);
    bool beginSecondFactor(const ApiResult &result); // true: the login answer is a second-factor step
    void handleSecondFactorResult(const PendingPtr &p, ApiResult result);
    bool isSessionLost(const PendingPtr &p, const ApiResult &result) const;
    void onSessionLost(const PendingPtr &p, const ApiResult &result);
    void startLogin();
    void sendKeepAlive();
    void requirePassword(const QString &reason);

    // connectiontls.cpp
    void onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);
    static bool acceptablePinnedErrors(const QSslCertificate &pinned, const QSet<int> &acceptedTypes,
        QNetworkReply *reply, const QList<QSslError> &errors);
    bool parkForTrust(const PendingPtr &p);
    bool isPinned(const QSslCertificate &certificate) const;
    static bool isAcceptableForPinned(const QSslError &error);

    ConnectionSettings m_settings;
    QString m_password;
    bool m_secondFactorAskedForm = false; // the step's form was asked for (out=xml gave no metadata)
    State m_state = State::LoggedOut;
    QString m_session;
    std::optional<int> m_level;
    QNetworkAccessManager *m_nam = nullptr; // reads (keep-alive); each change gets a transport of its own
    QElapsedTimer m_lastSent; // when the last request went out (keep-alive after a pause)
    RequestLog m_log;
    QTimer m_keepAlive;

    std::deque<PendingPtr> m_queue; // user jobs waiting for a slot, the login or a trust answer
    std::deque<PendingPtr> m_trustParked; // internal requests waiting for a trust answer
    QHash<QNetworkReply *, PendingPtr> m_replies;
    QHash<quint64, PendingPtr> m_parsing; // bodies on a worker thread
    QHash<quint64, PendingPtr> m_committing; // documents whose file is being committed on a worker
    QHash<ApiJob *, PendingPtr> m_byJob;
    PendingPtr m_loginPending; // the func=auth on the wire (or parked for trust)
    std::shared_ptr<ParseChannel> m_parseChannel; // worker threads deliver parsed replies through it
    int m_inFlight = 0;
    quint64 m_nextId = 1;
    bool m_processScheduled = false;
    bool m_passwordAsked = false;
    bool m_destroying = false;
    QSet<QString> m_privateFields; // fields the server marked private: masked in the log

    // TLS trust
    QSslCertificate m_pinned;
    std::optional<TrustQuestion> m_question; // the open question (one per certificate)
    QSet<int> m_acceptedErrorTypes; // extra QSslError types the user saw when trusting m_pinned
    State m_stateBeforeTrust = State::LoggedOut;
};

} // namespace mgrdesk::net

Q_DECLARE_METATYPE(mgrdesk::net::Connection::State)
