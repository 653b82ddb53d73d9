// Connection against the real demo server: logins, wrong passwords, authinfo whitelist, session expiry with
// re-login and replay, su, the concurrency limit, cancellation, stale replies, timeouts, every injected
// fault, keep-alive, logout, key login, big replies parsed off-thread, and the masked request log.
#include "nettesthelpers.h"
#include "qtwarnings.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QUrlQuery>

using namespace mgrdesk;
using namespace mgrdesk::net;
using mgrdesk::test::DemoServer;
using mgrdesk::test::Results;
using mgrdesk::test::settingsFor;
using mgrdesk::test::statusText;

namespace {
const QString kPassword = QStringLiteral("demo");

DemoServer::Options httpOptions(const QStringList &extra = {}, int idle = 0)
{
    DemoServer::Options o;
    o.http = true;
    o.extraArgs = extra;
    o.idleTimeout = idle;
    return o;
}

QString serverLog(const DemoServer &server)
{
    QFile f(server.logFile());
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The sessions the server knows (func=session as admin, through its own connection).
QStringList serverSessions(const DemoServer &server)
{
    Connection admin(settingsFor(server, LoginMethod::AuthInfo));
    admin.setPassword(QStringLiteral("demo"));
    Results res;
    res.watch(admin.send(protocol::Request(QStringLiteral("session"))));
    if (!QTest::qWaitFor([&] { return res.count == 1; }, 20000) || !res.all.constFirst().ok()
        || !res.all.constFirst().reply.table)
        return { QStringLiteral("<session list failed>") };
    QStringList ids;
    const auto &table = res.all.constFirst().reply.table;
    for (int row = 0; row < table->rowCount(); ++row)
        ids << table->rowKey(row);
    return ids;
}

protocol::Request newUser(const QString &name)
{
    protocol::Request r(QStringLiteral("user.edit"));
    r.set(QStringLiteral("name"), name);
    r.set(QStringLiteral("passwd"), QStringLiteral("Secret-123"));
    r.set(QStringLiteral("confirm"), QStringLiteral("Secret-123"));
    r.set(QStringLiteral("account"), QStringLiteral("1"));
    r.setSok();
    return r;
}
} // namespace

class TestConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { mgrdesk::test::failOnQtMisuseWarnings(); }
    void initTestCase();
    void sessionLoginOverHttps();
    void authInfoLogin();
    void wrongPassword_data();
    void wrongPassword();
    void authInfoRefusedByWhitelist();
    void sessionExpiryReloginAndReplay();
    void sessionLostByFault_data();
    void sessionLostByFault();
    void secondSessionLossFails();
    void suAllowedAndRefused();
    void parallelRequestsRespectTheLimit();
    void cancelAndStaleReplies();
    void timeout();
    void faults_data();
    void faults();
    void keepAliveKeepsTheSession();
    void logoutEndsTheSession();
    void webLoginUrlWorksOnce();
    void bigReplyParsedOffThread();
    void bigReplyTruncated();
    void requestLogNeverHoldsSecrets();
    void changeDroppedIsNotSentTwice_data();
    void changeDroppedIsNotSentTwice();
    void changeTimedOutMayHaveRun();
    void activityCountsQueuedInFlightFinishedCancelled();
    void logoutOutlivesTheConnection();
    void keepAliveAfterAPauseRefreshesAtOnce();
    void hugeReply();

private:
    DemoServer m_https; // shared by the tests that need nothing special
    DemoServer m_http { httpOptions() };
};

void TestConnection::initTestCase()
{
    QVERIFY2(m_https.start(), qPrintable(m_https.errorString()));
    QVERIFY2(m_http.start(), qPrintable(m_http.errorString()));
    QVERIFY(!m_https.certificatePem().isEmpty());
}

void TestConnection::sessionLoginOverHttps()
{
    Connection c(settingsFor(m_https, LoginMethod::Session));
    c.setPassword(kPassword);
    QSignalSpy logged(&c, &Connection::loggedIn);
    QSignalSpy trust(&c, &Connection::certificateTrustRequired);
    c.login();
    QCOMPARE(c.state(), Connection::State::LoggingIn);
    QTRY_COMPARE(logged.count(), 1);
    QCOMPARE(c.state(), Connection::State::Connected);
    QCOMPARE(c.level(), std::optional<int>(29));
    QCOMPARE(logged.constFirst().constFirst().value<std::optional<int>>(), std::optional<int>(29));
    QVERIFY(!c.sessionId().isEmpty());
    QCOMPARE(trust.count(), 0); // the pinned certificate is accepted silently

    Results res;
    res.watch(c.send(protocol::Request(QStringLiteral("whoami"))));
    QTRY_COMPARE(res.count, 1);
    QVERIFY2(res.all.constFirst().ok(), qPrintable(statusText(res.all.constFirst())));
    QCOMPARE(logged.count(), 1);
}

void TestConnection::authInfoLogin()
{
    Connection c(settingsFor(m_http, LoginMethod::AuthInfo));
    c.setPassword(kPassword);
    QSignalSpy logged(&c, &Connection::loggedIn);
    c.login();
    QTRY_COMPARE(logged.count(), 1);
    QCOMPARE(c.state(), Connection::State::Connected);
    QVERIFY(c.sessionId().isEmpty());
    Results res;
    protocol::Request list(QStringLiteral("payment"));
    list.setPage(1, 5);
    res.watch(c.send(list));
    QTRY_COMPARE(res.count, 1);
    const ApiResult r = res.all.constFirst();
    QVERIFY2(r.ok(), qPrintable(statusText(r)));
    QCOMPARE(r.reply.kind, protocol::ReplyKind::Table);
    QVERIFY(r.reply.table->rowCount() > 0);
    QVERIFY(r.bytes > 0);
}

void TestConnection::wrongPassword_data()
{
    QTest::addColumn<LoginMethod>("method");
    QTest::newRow("session") << LoginMethod::Session;
    QTest::newRow("authinfo") << LoginMethod::AuthInfo;
}

void TestConnection::wrongPassword()
{
    QFETCH(LoginMethod, method);
    Connection c(settingsFor(m_http, method));
    c.setPassword(QStringLiteral("wrong-password"));
    QSignalSpy asked(&c, &Connection::passwordRequired);
    Results res;
    res.watch(c.send(protocol::Request(QStringLiteral("whoami"))));
    res.watch(c.send(protocol::Request(QStringLiteral("whoami"))));
    QTRY_COMPARE(res.count, 2);
    for (const ApiResult &r : std::as_const(res.all)) {
        QCOMPARE(r.status, ApiResult::Status::AuthError);
        QVERIFY(!r.message.isEmpty());
    }
    QCOMPARE(asked.count(), 1);
    QVERIFY(!asked.constFirst().constFirst().toString().isEmpty());
    QCOMPARE(c.state(), Connection::State::WaitingForPassword);
    QVERIFY(!c.hasPassword()); // forgotten: the prompt gives a new one

    c.setPassword(kPassword);
    Results again;
    again.watch(c.send(protocol::Request(QStringLiteral("whoami"))));
    QTRY_COMPARE(again.count, 1);
    QVERIFY2(again.all.constFirst().ok(), qPrintable(statusText(again.all.constFirst())));
    QCOMPARE(c.state(), Connection::State::Connected);
}

void TestConnection::authInfoRefusedByWhitelist()
{
    DemoServer server(httpOptions({ QStringLiteral("--authinfo-whitelist"), QStringLiteral("10.0.0.0/8") }));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Connection c(settingsFor(server, LoginMethod::AuthInfo));
    c.setPassword(kPassword);
    QSignalSpy asked(&c, &Connection::passwordRequired);
    Results res;
    res.watch(c.send(protocol::Request(QStringLiteral("whoami"))));
    QTRY_COMPARE(res.count, 1);
    QCOMPARE(res.all.constFirst().status, ApiResult::Status::AuthError);
    QCOMPARE(asked.count(), 1);
    QVERIFY(res.all.constFirst().reply.error.has_value());
    QCOMPARE(res.all.constFirst().reply.error->object, QStringLiteral("authinfo"));

    // The same account logs in with a session on that server.
    ConnectionSettings s = c.settings();
    s.method = LoginMethod::Session;
    Connection session(s);
    session.setPassword(kPassword);
    Results ok;
    ok.watch(session.send(protocol::Request(QStringLiteral("whoami"))));
    QTRY_COMPARE(ok.count, 1);
    QVERIFY2(ok.all.constFirst().ok(), qPrintable(statusText(ok.all.constFirst())));
}

void TestConnection::sessionExpiryReloginAndReplay()
{
    DemoServer server(httpOptions());
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Connection c(settingsFor(server, LoginMethod::Session));
    c.setPassword(kPassword);
    QSignalSpy logged(&c, &Connection::loggedIn);
    QSignalSpy lost(&c, &Connection::sessionLost);
    Results first;
    first.watch(c.send(protocol::Request(QStringLiteral("whoami"))));
    QTRY_COMPARE(first.count, 1);
    QVERIFY(first.all.constFirst().ok());
    const QString oldSession = c.sessionId();
    // The server forgets the session (as after its idle time) when the next whoami arrives; the others of the
    // batch reach it after that and find the session gone too.
    QVERIFY(server.addFault(QStringLiteral("whoami=expire@1")));

    Results res;
    for (int i = 0; i < 3; ++i)
        res.watch(c.send(protocol::Request(QStringLiteral("whoami"))));
    QTRY_COMPARE(res.count, 3);
    for (const ApiResult &r : std::as_const(res.all))
        QVERIFY2(r.ok(), qPrintable(statusText(r)));
    QCOMPARE(lost.count(), 1); // one re-login for all of them
    QCOMPARE(logged.count(), 2);
    QVERIFY(c.sessionId() != oldSession);
    QCOMPARE(c.state(), Connection::State::Connected);
}

void TestConnection::sessionLostByFault_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("expired session") << QStringLiteral("payment=expire@1");
    QTest::newRow("redirect") << QStringLiteral("payment=redirect@1");
    QTest::newRow("html page") << QStringLiteral("payment=html@1");
}

void TestConnection::sessionLostByFault()
{
    QFETCH(QString, fault);
    DemoServer server(httpOptions({ QStringLiteral("--fault"), fault }));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Connection c(settingsFor(server, LoginMethod::Session));
    c.setPassword(kPassword);
    QSignalSpy logged(&c, &Connection::loggedIn);
    Results res;
    protocol::Request list(QStringLiteral("payment"));
    list.setPage(1, 3);
    res.watch(c.send(list));
    QTRY_COMPARE(res.count, 1);
    QVERIFY2(res.all.constFirst().ok(), qPrintable(statusText(res.all.constFirst())));
    QCOMPARE(res.all.constFirst().reply.kind, protocol::ReplyKind::Table);
    QCOMPARE(logged.count(), 2); // logged in, lost it, logged in again once
    QCOMPARE(serverLog(server).count(QLatin1String("func=payment")), 2); // the request was replayed once
}

void TestConnection::secondSessionLossFails()
{
    DemoServer server(httpOptions({ QStringLiteral("--fault"), QStringLiteral("payment=redirect@2") }));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Connection c(settingsFor(server, LoginMethod::Session));
    c.setPassword(kPassword);
    QSignalSpy logged(&c, &Connection::loggedIn);
    Results res;
    res.watch(c.send(protocol::Request(QStringLiteral("payment"))));
    QTRY_COMPARE(res.count, 1);
    QCOMPARE(res.all.constFirst().status, ApiResult::Status::AuthError);
    QCOMPARE(logged.count(), 2); // exactly one re-login, no loop
    QCOMPARE(c.state(), Connection::State::Error);
    QCOMPARE(serverLog(server).count(QLatin1String("func=payment")), 2);
}

void TestConnection::suAllowedAndRefused()
{
    Connection admin(settingsFor(m_http, LoginMethod::Session));
    admin.setPassword(kPassword);
    JobOptions asClient;
    asClient.su = QStringLiteral("client1");
    Results res;
    res.watch(
        admin.send(protocol::Request(QStringLiteral("whoami")), nullptr, asClient), QStringLiteral("su"));
    QTRY_COMPARE(res.count, 1);
    res.watch(admin.send(protocol::Request(QStringLiteral("whoami"))), QStringLiteral("plain"));
    QTRY_COMPARE(res.count, 2);
    const ApiResult su = res.byName.value(QStringLiteral("su"));
    QVERIFY2(su.ok(), qPrintable(statusText(su)));
    // whoami in the real shape: <user name="client1" …/> and the su chain as <path> elements.
    QVERIFY(su.reply.whoami);
    QCOMPARE(su.reply.whoami->name, QStringLiteral("client1"));
    QVERIFY(su.reply.whoami->isImpersonating());
    const ApiResult plain = res.byName.value(QStringLiteral("plain"));
    QVERIFY2(plain.ok(), qPrintable(statusText(plain)));
    QVERIFY(plain.reply.whoami);
    QCOMPARE(plain.reply.whoami->name, QStringLiteral("admin")); // su did not leak

    Connection client(settingsFor(m_http, LoginMethod::Session, QStringLiteral("client1")));
    client.setPassword(kPassword);
    JobOptions asOther;
    asOther.su = QStringLiteral("client2");
    Results refused;
    refused.watch(client.send(protocol::Request(QStringLiteral("whoami")), nullptr, asOther));
    QTRY_COMPARE(refused.count, 1);
    const ApiResult r = refused.all.constFirst();
    QCOMPARE(r.status, ApiResult::Status::ApiError);
    QVERIFY(!r.message.isEmpty());
    QCOMPARE(r.reply.error->type, QStringLiteral("access"));
    QCOMPARE(client.state(), Connection::State::Connected); // a refusal is not a lost session
}

void TestConnection::parallelRequestsRespectTheLimit()
{
    DemoServer server(httpOptions({ QStringLiteral("--fault"), QStringLiteral("whoami=latency:150") }));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    ConnectionSettings s = settingsFor(server, LoginMethod::AuthInfo);
    s.maxConcurrent = 3;
    Connection c(s);
    c.setPassword(kPassword);
    int maxInFlight = 0, startedCount = 0;
    Results res;
    for (int i = 0; i < 10; ++i) {
        ApiJob *job = c.send(protocol::Request(QStringLiteral("whoami")));
        connect(job, &ApiJob::started, this, [&] {
            ++startedCount;
            maxInFlight = qMax(maxInFlight, c.inFlightCount());
        });
        res.watch(job);
    }
    QTRY_COMPARE_WITH_TIMEOUT(res.count, 10, 20000);
    for (const ApiResult &r : std::as_const(res.all))
        QVERIFY2(r.ok(), qPrintable(statusText(r)));
    QCOMPARE(startedCount, 10);
    QCOMPARE(maxInFlight, 3); // the limit was reached and never exceeded
    QCOMPARE(c.inFlightCount(), 0);
}

void TestConnection::cancelAndStaleReplies()
{
    DemoServer server(httpOptions({ QStringLiteral("--fault"), QStringLiteral("payment=latency:400") }));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Connection c(settingsFor(server, LoginMethod::AuthInfo));
    c.setPassword(kPassword);

    // A view asks for page 1, then the user moves on: the old request is cancelled, the new one wins.
    Results old, current;
    auto *view = new QObject;
    ApiJob *oldJob = c.send(protocol::Request(QStringLiteral("payment")), view);
    old.watch(oldJob);
    int repliesToView = 0, deliveredToView = 0;
    connect(oldJob, &ApiJob::finished, view, [&](const ApiResult &r) {
        if (r.status != ApiResult::Status::Cancelled)
            ++repliesToView;
    });
    QSignalSpy started(oldJob, &ApiJob::started);
    QTRY_COMPARE(started.count(), 1);
    oldJob->cancel();
    current.watch(c.send(protocol::Request(QStringLiteral("whoami"))));
    QTRY_COMPARE(current.count, 1);
    QVERIFY(current.all.constFirst().ok());
    QTRY_COMPARE(old.count, 1);
    QCOMPARE(old.all.constFirst().status, ApiResult::Status::Cancelled);
    QCOMPARE(repliesToView, 0); // the view saw Cancelled, never the stale reply

    // Owner destroyed while its request is on the wire: nothing reaches it, the job finishes Cancelled once.
    Results owned;
    ApiJob *ownedJob = c.send(protocol::Request(QStringLiteral("payment")), view);
    owned.watch(ownedJob);
    connect(ownedJob, &ApiJob::finished, view, [&] { ++deliveredToView; });
    QSignalSpy started2(ownedJob, &ApiJob::started);
    QTRY_COMPARE(started2.count(), 1);
    delete view;
    QTRY_COMPARE(owned.count, 1);
    QCOMPARE(owned.all.constFirst().status, ApiResult::Status::Cancelled);
    QTest::qWait(700); // the server's late replies arrive (or not): nothing more is delivered
    QCOMPARE(owned.count, 1);
    QCOMPARE(old.count, 1);
    QCOMPARE(repliesToView, 0);
    QCOMPARE(deliveredToView, 0);
    QCOMPARE(c.inFlightCount(), 0);
}

void TestConnection::timeout()
{
    DemoServer server(httpOptions({ QStringLiteral("--fault"), QStringLiteral("payment=latency:3000") }));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Connection c(settingsFor(server, LoginMethod::AuthInfo));
    c.setPassword(kPassword);
    JobOptions quick;
    quick.timeoutMs = 300;
    Results res;
    res.watch(c.send(protocol::Request(QStringLiteral("payment")), nullptr, quick));
    res.watch(c.send(protocol::Request(QStringLiteral("whoami")))); // the connection's default timeout
    QTRY_COMPARE(res.count, 2);
    int timeouts = 0, oks = 0;
    for (const ApiResult &r : std::as_const(res.all)) {
        timeouts += r.status == ApiResult::Status::Timeout;
        oks += r.ok();
    }
    QCOMPARE(timeouts, 1);
    QCOMPARE(oks, 1);
}

// Every fault the demo server injects, over HTTP and HTTPS, and what the user reads about it.
void TestConnection::faults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("method");
    QTest::addColumn<ApiResult::Status>("expected");
    QTest::addColumn<QString>("messagePart"); // what the one-line message must say
    const int authinfo = int(LoginMethod::AuthInfo);
    const int session = int(LoginMethod::Session);
    for (const bool https : { false, true }) {
        // addRow copies the formatted name (a name built into a temporary QString and passed as a pointer
        // dangled: a heap-use-after-free under ASan).
        const char *t = https ? " https" : " http";
        QTest::addRow("drop%s", t) << QStringLiteral("payment=drop") << authinfo
                                   << ApiResult::Status::NetworkError
                                   << QStringLiteral("127.0.0.1 closed the connection without answering");
        QTest::addRow("drop once (a read is retried)%s", t)
            << QStringLiteral("payment=drop@1") << authinfo << ApiResult::Status::Ok << QString();
        QTest::addRow("http500%s", t)
            << QStringLiteral("payment=http500") << authinfo << ApiResult::Status::HttpError
            << QStringLiteral("The server answered with HTTP status 500");
        QTest::addRow("truncate%s", t)
            << QStringLiteral("payment=truncate") << authinfo << ApiResult::Status::NetworkError
            << QStringLiteral("broke while the answer arrived");
        QTest::addRow("html (authinfo)%s", t)
            << QStringLiteral("payment=html") << authinfo << ApiResult::Status::NotApiReply
            << QStringLiteral("web page instead of an API reply");
        QTest::addRow("redirect (authinfo)%s", t)
            << QStringLiteral("payment=redirect") << authinfo << ApiResult::Status::NotApiReply
            << QStringLiteral("redirected the request to");
        QTest::addRow("expire (authinfo: no session)%s", t)
            << QStringLiteral("payment=expire") << authinfo << ApiResult::Status::Ok << QString();
        QTest::addRow("expire (session: re-login)%s", t)
            << QStringLiteral("payment=expire@1") << session << ApiResult::Status::Ok << QString();
        QTest::addRow("latency%s", t)
            << QStringLiteral("payment=latency:100") << authinfo << ApiResult::Status::Ok << QString();
        QTest::addRow("login dropped%s", t)
            << QStringLiteral("auth=drop") << session << ApiResult::Status::NetworkError
            << QStringLiteral("Login failed: 127.0.0.1 closed the connection");
        QTest::addRow("login http500%s", t)
            << QStringLiteral("auth=http500") << session << ApiResult::Status::HttpError
            << QStringLiteral("Login failed: The server answered with HTTP status 500");
        QTest::addRow("login html%s", t)
            << QStringLiteral("auth=html") << session << ApiResult::Status::NotApiReply
            << QStringLiteral("answered with a web page, not the BILLmanager API");
        QTest::addRow("login redirect%s", t)
            << QStringLiteral("auth=redirect") << session << ApiResult::Status::NotApiReply
            << QStringLiteral("Login failed: The server redirected the request");
    }
}

void TestConnection::faults()
{
    QFETCH(QString, fault);
    QFETCH(int, method);
    QFETCH(ApiResult::Status, expected);
    QFETCH(QString, messagePart);
    DemoServer::Options o = httpOptions({ QStringLiteral("--fault"), fault });
    o.http = !QString::fromLatin1(QTest::currentDataTag()).endsWith(QLatin1String("https"));
    DemoServer server(o);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Connection c(settingsFor(server, LoginMethod(method)));
    c.setPassword(kPassword);
    Results res;
    protocol::Request list(QStringLiteral("payment"));
    list.setPage(1, 20);
    res.watch(c.send(list));
    QTRY_COMPARE_WITH_TIMEOUT(res.count, 1, 20000);
    const ApiResult r = res.all.constFirst();
    QVERIFY2(r.status == expected, qPrintable(statusText(r)));
    if (r.ok())
        QVERIFY(r.reply.table && r.reply.table->rowCount() > 0);
    else
        QVERIFY2(r.message.contains(messagePart), qPrintable(r.message));
    QVERIFY(!r.mayHaveRun); // a read
    if (expected == ApiResult::Status::HttpError)
        QCOMPARE(r.httpStatus, 500);
    QTest::qWait(50);
    QCOMPARE(res.count, 1);
}

void TestConnection::keepAliveKeepsTheSession()
{
    DemoServer server(httpOptions({}, 1));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Connection c(settingsFor(server, LoginMethod::Session));
    c.setPassword(kPassword);
    c.setKeepAliveInterval(250);
    c.setKeepAliveActive(true);
    QSignalSpy logged(&c, &Connection::loggedIn);
    QSignalSpy lost(&c, &Connection::sessionLost);
    c.login();
    QTRY_COMPARE(logged.count(), 1);
    // Time itself is the subject here (no fault can stand in): more than twice the 1 s idle time passes, kept
    // alive meanwhile.
    QTest::qWait(2500);
    Results res;
    res.watch(c.send(protocol::Request(QStringLiteral("whoami"))));
    QTRY_COMPARE(res.count, 1);
    QVERIFY(res.all.constFirst().ok());
    QCOMPARE(lost.count(), 0);
    QCOMPARE(logged.count(), 1);
    QVERIFY(serverLog(server).count(QLatin1String("func=keepalive")) >= 3);
    c.setKeepAliveActive(false);
}

void TestConnection::logoutEndsTheSession()
{
    Connection c(settingsFor(m_http, LoginMethod::Session));
    c.setPassword(kPassword);
    QSignalSpy logged(&c, &Connection::loggedIn);
    c.login();
    QTRY_COMPARE(logged.count(), 1);
    const QString sid = c.sessionId();
    c.logout();
    QCOMPARE(c.state(), Connection::State::LoggedOut);
    QVERIFY(c.sessionId().isEmpty());
    QTRY_VERIFY(c.requestLog()->entries().constLast().function == QLatin1String("session.delete"));
    QCOMPARE(c.requestLog()->entries().constLast().status, QStringLiteral("ok"));
    // The old session no longer works on the server (checked with a raw request).
    QNetworkAccessManager nam;
    QNetworkRequest req(m_http.baseUrl());
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = nam.post(req, "func=whoami&out=xml&auth=" + sid.toUtf8());
    QTRY_VERIFY(reply->isFinished());
    QVERIFY(reply->readAll().contains("<error"));
    delete reply;
}

void TestConnection::webLoginUrlWorksOnce()
{
    Connection c(settingsFor(m_http, LoginMethod::Session));
    c.setPassword(kPassword);
    Results res;
    res.watch(c.requestWebLoginUrl(QStringLiteral("client1")));
    QTRY_COMPARE(res.count, 1);
    const ApiResult r = res.all.constFirst();
    QVERIFY2(r.ok(), qPrintable(statusText(r)));
    const QUrlQuery q(r.url);
    QCOMPARE(q.queryItemValue(QStringLiteral("func")), QStringLiteral("auth"));
    QCOMPARE(q.queryItemValue(QStringLiteral("username")), QStringLiteral("client1"));
    QCOMPARE(q.queryItemValue(QStringLiteral("checkcookie")), QStringLiteral("no"));
    const QString key = q.queryItemValue(QStringLiteral("key"));
    QVERIFY(key.size() >= 32);
    QCOMPARE(r.url.path(), m_http.baseUrl().path());
    for (const RequestLogEntry &e : c.requestLog()->entries())
        QVERIFY(!e.parameters.contains(key));

    // The browser's first use logs in; the key is then spent.
    QNetworkAccessManager nam;
    QUrl url = r.url;
    QUrlQuery withXml(url);
    withXml.addQueryItem(QStringLiteral("out"), QStringLiteral("xml"));
    url.setQuery(withXml);
    QNetworkReply *first = nam.get(QNetworkRequest(url));
    QTRY_VERIFY(first->isFinished());
    QVERIFY(first->readAll().contains("<auth"));
    QNetworkReply *second = nam.get(QNetworkRequest(url));
    QTRY_VERIFY(second->isFinished());
    QVERIFY(second->readAll().contains("<error"));
    delete first;
    delete second;
}

void TestConnection::bigReplyParsedOffThread()
{
    DemoServer::Options o = httpOptions();
    o.scale = 5;
    DemoServer server(o);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Connection c(settingsFor(server, LoginMethod::AuthInfo));
    c.setPassword(kPassword);
    protocol::Request list(QStringLiteral("payment"));
    list.setPage(1, 3000);
    Results res;
    res.watch(c.send(list));
    QTRY_COMPARE_WITH_TIMEOUT(res.count, 1, 30000);
    const ApiResult r = res.all.constFirst();
    QVERIFY2(r.ok(), qPrintable(statusText(r)));
    QVERIFY2(r.bytes > 256 * 1024, qPrintable(QString::number(r.bytes))); // took the worker-thread path
    QCOMPARE(r.reply.table->rowCount(), 3000);

    // The parse is done by a QThreadPool worker, not by this (the GUI) thread: with the pool's only thread
    // held, the whole body downloads while this thread keeps handling events, and no result comes until the
    // worker is free.
    QThreadPool *pool = QThreadPool::globalInstance();
    QVERIFY(pool->waitForDone(30000));
    const int maxThreads = pool->maxThreadCount();
    QSemaphore holding, release;
    const auto restore = qScopeGuard([&] {
        release.release();
        pool->waitForDone(30000);
        pool->setMaxThreadCount(maxThreads);
    });
    pool->setMaxThreadCount(1);
    pool->start([&holding, &release] {
        holding.release();
        release.acquire();
    });
    QVERIFY(holding.tryAcquire(1, 10000));
    Results held;
    ApiJob *heldJob = c.send(list);
    held.watch(heldJob);
    qint64 downloaded = 0;
    connect(
        heldJob, &ApiJob::progress, this, [&downloaded](qint64 received, qint64) { downloaded = received; });
    QTRY_COMPARE_WITH_TIMEOUT(downloaded, r.bytes, 30000);
    QTest::qWait(200); // a parse on this thread would have delivered by now
    QCOMPARE(held.count, 0);
    release.release();
    QTRY_COMPARE_WITH_TIMEOUT(held.count, 1, 30000);
    QVERIFY2(held.all.constFirst().ok(), qPrintable(statusText(held.all.constFirst())));
    QCOMPARE(held.all.constFirst().reply.table->rowCount(), 3000);

    // The same page parsed in one piece on this thread gives the same table.
    JobOptions inline_;
    inline_.backgroundParse = false;
    Results inlineRes;
    inlineRes.watch(c.send(list, nullptr, inline_));
    QTRY_COMPARE_WITH_TIMEOUT(inlineRes.count, 1, 30000);
    const ApiResult ir = inlineRes.all.constFirst();
    QVERIFY2(ir.ok(), qPrintable(statusText(ir)));
    QCOMPARE(ir.bytes, r.bytes);
    QCOMPARE(ir.reply.table->rowCount(), r.reply.table->rowCount());
    QCOMPARE(ir.reply.table->columns(), r.reply.table->columns());
    for (int row : { 0, 1, 1499, 2999 }) {
        QCOMPARE(ir.reply.table->rowKey(row), r.reply.table->rowKey(row));
        for (int col = 0; col < ir.reply.table->columnCount(); ++col)
            QCOMPARE(ir.reply.table->cell(row, col), r.reply.table->cell(row, col));
    }

    // Cancelled while its body is parsed on the worker: the parsed reply is never delivered.
    Results cancelled;
    ApiJob *job = c.send(list);
    cancelled.watch(job);
    int receivedCount = 0;
    connect(job, &ApiJob::received, this, [&receivedCount, job] {
        ++receivedCount;
        job->cancel();
    });
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.count, 1, 30000);
    QCOMPARE(receivedCount, 1);
    QCOMPARE(cancelled.all.constFirst().status, ApiResult::Status::Cancelled);
    // The worker finishes (the parse runs on the global pool) and whatever it posted is processed: dropped.
    QVERIFY(QThreadPool::globalInstance()->waitForDone(30000));
    QCoreApplication::sendPostedEvents();
    QCOMPARE(cancelled.count, 1);
}

void TestConnection::bigReplyTruncated()
{
    DemoServer::Options o = httpOptions({ QStringLiteral("--fault"), QStringLiteral("payment=truncate") });
    o.scale = 5;
    DemoServer server(o);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Connection c(settingsFor(server, LoginMethod::AuthInfo));
    c.setPassword(kPassword);
    protocol::Request list(QStringLiteral("payment"));
    list.setPage(1, 3000);
    Results res;
    res.watch(c.send(list));
    QTRY_COMPARE_WITH_TIMEOUT(res.count, 1, 30000);
    const ApiResult r = res.all.constFirst();
    QVERIFY2(r.status == ApiResult::Status::NetworkError, qPrintable(statusText(r)));
    QVERIFY(r.bytes > 256 * 1024); // half of the page arrived (and was being parsed) before the cut
    QVERIFY(QThreadPool::globalInstance()->waitForDone(30000)); // the worker's late result changes nothing
    QCoreApplication::sendPostedEvents();
    QCOMPARE(res.count, 1);
}

void TestConnection::requestLogNeverHoldsSecrets()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("requests.log"));
    Connection c(settingsFor(m_https, LoginMethod::Session));
    QVERIFY(c.requestLog()->setFilePath(path));
    const QString password = QStringLiteral("demo");
    c.setPassword(password);
    Results res;
    protocol::Request edit(QStringLiteral("user"));
    res.watch(c.send(edit));
    res.watch(c.send(protocol::Request(QStringLiteral("whoami"))));
    // Secret and private parameters of a request: the connection writes its log entry (this is the log's
    // path, not Request::toDisplayString alone).
    protocol::Request withSecrets(QStringLiteral("whoami"));
    withSecrets.set(QStringLiteral("passwd"), QStringLiteral("Pa55-word-xyz"));
    withSecrets.set(QStringLiteral("key"), QStringLiteral("onetimekey0123456789abcdef"));
    withSecrets.set(QStringLiteral("secretanswer"), QStringLiteral("grandma-maiden"));
    withSecrets.markPrivate(QStringLiteral("secretanswer"));
    withSecrets.set(QStringLiteral("name"), QStringLiteral("visible-name"));
    res.watch(c.send(withSecrets));
    QTRY_COMPARE(res.count, 3);
    const QString sid = c.sessionId();
    QVERIFY(!sid.isEmpty());
    c.logout(); // session.delete carries the session id as elid
    QTRY_COMPARE(c.requestLog()->size(), 5);

    QStringList lines;
    for (const RequestLogEntry &e : c.requestLog()->entries())
        lines << e.toLine();
    const QString memory = lines.join(QLatin1Char('\n'));
    QVERIFY(memory.contains(QLatin1String("username=admin")));
    QVERIFY(memory.contains(QLatin1String("session.delete")));
    QVERIFY2(!memory.contains(sid), qPrintable(memory));
    QVERIFY2(!memory.contains(QLatin1String("password=demo")), qPrintable(memory));
    for (const char *secret : { "Pa55-word-xyz", "onetimekey0123456789abcdef", "grandma-maiden" })
        QVERIFY2(!memory.contains(QLatin1String(secret)), qPrintable(memory));
    QVERIFY2(memory.contains(QLatin1String("name=visible-name")), qPrintable(memory));
    QVERIFY(memory.contains(QLatin1String("*****")));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray file = f.readAll();
    QCOMPARE(file.count('\n'), 5);
    QVERIFY(!file.contains(sid.toUtf8()));
    QVERIFY(!file.contains("password=demo"));
    for (const char *secret : { "Pa55-word-xyz", "onetimekey0123456789abcdef", "grandma-maiden" })
        QVERIFY2(!file.contains(secret), file.constData());
    QVERIFY(file.contains("name=visible-name"));
}

// The demo server creates the user, then drops the connection without a reply (drop@1: a second attempt would
// be answered). Qt's HTTP layer re-sends a request whose connection closed before the answer; for a change
// that would create it twice (or report "already exists" for what just worked). A change is sent once, on its
// own connection, and the user is told it may have run. A read that is dropped once is still retried
// transparently.
void TestConnection::changeDroppedIsNotSentTwice_data()
{
    QTest::addColumn<bool>("https");
    QTest::newRow("http") << false;
    QTest::newRow("https") << true;
}

void TestConnection::changeDroppedIsNotSentTwice()
{
    QFETCH(bool, https);
    DemoServer::Options o = httpOptions({ QStringLiteral("--fault"), QStringLiteral("user.edit=drop@1"),
        QStringLiteral("--fault"), QStringLiteral("payment=drop@1") });
    o.http = !https;
    DemoServer server(o);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Connection c(settingsFor(server, LoginMethod::Session));
    c.setPassword(kPassword);
    Results res;
    res.watch(
        c.send(protocol::Request(QStringLiteral("whoami"))), QStringLiteral("warm")); // keep-alive in use
    QTRY_COMPARE_WITH_TIMEOUT(res.count, 1, 20000);
    QVERIFY(res.byName.value(QStringLiteral("warm")).ok());

    res.watch(c.send(newUser(QStringLiteral("dropped-once"))), QStringLiteral("create"));
    QTRY_COMPARE_WITH_TIMEOUT(res.count, 2, 20000);
    const ApiResult r = res.byName.value(QStringLiteral("create"));
    QVERIFY2(r.status == ApiResult::Status::NetworkError, qPrintable(statusText(r)));
    QVERIFY(r.mayHaveRun);
    QVERIFY2(r.message.contains(QLatin1String("may have carried it out")), qPrintable(r.message));
    QVERIFY2(r.message.contains(QLatin1String("not sent again")), qPrintable(r.message));
    QCOMPARE(serverLog(server).count(QLatin1String("func=user.edit")), 1); // on the wire exactly once

    // It did run: the same create now meets the user it made (and the connection works on).
    res.watch(c.send(newUser(QStringLiteral("dropped-once"))), QStringLiteral("again"));
    QTRY_COMPARE_WITH_TIMEOUT(res.count, 3, 20000);
    const ApiResult again = res.byName.value(QStringLiteral("again"));
    QVERIFY2(again.status == ApiResult::Status::ApiError, qPrintable(statusText(again)));
    QCOMPARE(again.reply.error->type, QStringLiteral("exists"));
    QCOMPARE(serverLog(server).count(QLatin1String("func=user.edit")), 2);

    // A read dropped once is simply asked again by Qt: the user sees the list.
    protocol::Request list(QStringLiteral("payment"));
    list.setPage(1, 5);
    res.watch(c.send(list), QStringLiteral("read"));
    QTRY_COMPARE_WITH_TIMEOUT(res.count, 4, 20000);
    const ApiResult read = res.byName.value(QStringLiteral("read"));
    QVERIFY2(read.ok(), qPrintable(statusText(read)));
    QVERIFY(!read.mayHaveRun);
    QCOMPARE(serverLog(server).count(QLatin1String("func=payment&")), 2);
}

void TestConnection::changeTimedOutMayHaveRun()
{
    DemoServer server(httpOptions({ QStringLiteral("--fault"), QStringLiteral("user.edit=latency:2000") }));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Connection c(settingsFor(server, LoginMethod::AuthInfo));
    c.setPassword(kPassword);
    JobOptions quick;
    quick.timeoutMs = 300;
    Results res;
    res.watch(c.send(newUser(QStringLiteral("slow-one")), nullptr, quick));
    res.watch(c.send(protocol::Request(QStringLiteral("user.edit")), nullptr, quick)); // only opens the form
    QTRY_COMPARE_WITH_TIMEOUT(res.count, 2, 20000);
    for (const ApiResult &r : std::as_const(res.all)) {
        QVERIFY2(r.status == ApiResult::Status::Timeout, qPrintable(statusText(r)));
        QVERIFY2(r.message.contains(QLatin1String("did not answer within")), qPrintable(r.message));
    }
    const ApiResult change = res.all.at(0).mayHaveRun ? res.all.at(0) : res.all.at(1);
    const ApiResult open = res.all.at(0).mayHaveRun ? res.all.at(1) : res.all.at(0);
    QVERIFY(change.mayHaveRun);
    QVERIFY2(change.message.contains(QLatin1String("may have been carried out")), qPrintable(change.message));
    QVERIFY(!open.mayHaveRun);
    QVERIFY(!open.message.contains(QLatin1String("carried out")));
}

// pendingJobCount() and activityChanged(n): every job counts from send() until it finishes or is cancelled,
// whether it waits in the queue or is on the network.
void TestConnection::activityCountsQueuedInFlightFinishedCancelled()
{
    DemoServer server(httpOptions({ QStringLiteral("--fault"), QStringLiteral("payment=latency:600") }));
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    ConnectionSettings s = settingsFor(server, LoginMethod::AuthInfo);
    s.maxConcurrent = 2;
    Connection c(s);
    c.setPassword(kPassword);
    QSignalSpy activity(&c, &Connection::activityChanged);
    const auto values = [&activity] {
        QList<int> v;
        for (const QList<QVariant> &args : std::as_const(activity))
            v << args.constFirst().toInt();
        return v;
    };
    QCOMPARE(c.pendingJobCount(), 0);
    Results res;
    ApiJob *a = c.send(protocol::Request(QStringLiteral("payment")));
    ApiJob *b = c.send(protocol::Request(QStringLiteral("payment")));
    ApiJob *queued = c.send(protocol::Request(QStringLiteral("payment")));
    res.watch(a, QStringLiteral("a"));
    res.watch(b, QStringLiteral("b"));
    res.watch(queued, QStringLiteral("queued"));
    QCOMPARE(c.pendingJobCount(), 3);
    QCOMPARE(values(), (QList<int> { 1, 2, 3 }));
    QSignalSpy startedA(a, &ApiJob::started);
    QSignalSpy startedB(b, &ApiJob::started);
    QTRY_VERIFY(startedA.count() == 1 && startedB.count() == 1);
    QCOMPARE(c.inFlightCount(), 2);
    QCOMPARE(c.queuedCount(), 1);
    QCOMPARE(c.pendingJobCount(), 3);

    queued->cancel(); // waiting in the queue
    QCOMPARE(c.pendingJobCount(), 2);
    QCOMPARE(c.queuedCount(), 0);
    b->cancel(); // on the network
    QCOMPARE(c.pendingJobCount(), 1);
    QCOMPARE(c.inFlightCount(), 1);
    QCOMPARE(values(), (QList<int> { 1, 2, 3, 2, 1 }));

    QTRY_COMPARE_WITH_TIMEOUT(res.count, 3, 20000); // a finishes
    QVERIFY(res.byName.value(QStringLiteral("a")).ok());
    QCOMPARE(res.byName.value(QStringLiteral("b")).status, ApiResult::Status::Cancelled);
    QCOMPARE(res.byName.value(QStringLiteral("queued")).status, ApiResult::Status::Cancelled);
    QCOMPARE(c.pendingJobCount(), 0);
    QCOMPARE(values(), (QList<int> { 1, 2, 3, 2, 1, 0 }));

    // A job that fails before reaching the network counts too (up and down once).
    Connection broken(ConnectionSettings {});
    QSignalSpy brokenActivity(&broken, &Connection::activityChanged);
    Results failed;
    failed.watch(broken.send(protocol::Request(QStringLiteral("whoami"))));
    QTRY_COMPARE(failed.count, 1);
    QCOMPARE(brokenActivity.count(), 2);
    QCOMPARE(brokenActivity.at(1).constFirst().toInt(), 0);
    QCOMPARE(broken.pendingJobCount(), 0);
}

// Removing an account logs out and deletes its connection at once: the session.delete still reaches the
// server.
void TestConnection::logoutOutlivesTheConnection()
{
    DemoServer server; // HTTPS with the pinned certificate
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    auto *c = new Connection(settingsFor(server, LoginMethod::Session, QStringLiteral("client1")));
    c->setPassword(kPassword);
    QSignalSpy logged(c, &Connection::loggedIn);
    c->login();
    QTRY_COMPARE_WITH_TIMEOUT(logged.count(), 1, 20000);
    const QString sid = c->sessionId();
    QVERIFY(serverSessions(server).contains(sid));
    c->logout();
    delete c; // before the answer could arrive
    QTRY_VERIFY_WITH_TIMEOUT(!serverSessions(server).contains(sid), 20000);
    QVERIFY(serverLog(server).contains(QLatin1String("func=session.delete")));
}

void TestConnection::keepAliveAfterAPauseRefreshesAtOnce()
{
    Connection c(settingsFor(m_http, LoginMethod::Session));
    c.setPassword(kPassword);
    c.setKeepAliveInterval(300);
    QSignalSpy logged(&c, &Connection::loggedIn);
    c.login();
    QTRY_COMPARE(logged.count(), 1);
    QVERIFY(!c.isKeepAliveActive());
    c.setKeepAliveActive(true);
    QVERIFY(c.isKeepAliveActive());
    const int before = c.requestLog()->size();
    c.setKeepAliveActive(true); // already on: nothing new
    c.setKeepAliveActive(false);
    QVERIFY(!c.isKeepAliveActive());
    QTest::qWait(400); // the app was inactive for longer than an interval: nothing was sent meanwhile
    QCOMPARE(c.requestLog()->size(), before);
    c.setKeepAliveActive(true); // back: one keepalive now, not an interval later
    QTRY_COMPARE(c.requestLog()->size(), before + 1);
    QCOMPARE(c.requestLog()->entries().constLast().function, QStringLiteral("keepalive"));
    c.setKeepAliveActive(false);
}

// A reply of several megabytes (10,000 payments) streams through the worker-thread parser in one piece.
void TestConnection::hugeReply()
{
    DemoServer::Options o = httpOptions();
    o.scale = 10;
    DemoServer server(o);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Connection c(settingsFor(server, LoginMethod::AuthInfo));
    c.setPassword(kPassword);
    protocol::Request list(QStringLiteral("payment"));
    list.setPage(1, 10000);
    Results res;
    ApiJob *job = c.send(list);
    res.watch(job);
    qint64 lastReceived = 0;
    connect(
        job, &ApiJob::progress, this, [&lastReceived](qint64 received, qint64) { lastReceived = received; });
    QTRY_COMPARE_WITH_TIMEOUT(res.count, 1, 60000);
    const ApiResult r = res.all.constFirst();
    QVERIFY2(r.ok(), qPrintable(statusText(r)));
    QCOMPARE(r.reply.table->rowCount(), 10000);
    QVERIFY2(r.bytes > 3 * 1024 * 1024, qPrintable(QString::number(r.bytes)));
    QCOMPARE(lastReceived, r.bytes);
    QCOMPARE(r.reply.table->rowKey(9999).isEmpty(), false);
}

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
