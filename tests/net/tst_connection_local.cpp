// Connection without the demo server: what goes on the wire (captured by a silent local TCP listener), the
// concurrency limit, timeouts, cancellation, owners, password prompts and unreachable servers.
#include "core/net/connection.h"
#include "qtwarnings.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>

using namespace mgrdesk;
using namespace mgrdesk::net;

namespace {

// Accepts connections and records every complete HTTP request; never answers.
class SilentServer : public QObject
{
public:
    QTcpServer server;
    QList<QByteArray> requests; // head + body
    QList<QTcpSocket *> sockets;
    QHash<QTcpSocket *, QByteArray> buffers;
    QHash<QByteArray, QTcpSocket *> socketOf; // request → the connection it came on
    bool answer = false; // answer every request with <doc><ok/></doc> and keep the connection open
    std::function<QByteArray(const QByteArray &body)> responder; // when set (and answer): the reply body

    bool start()
    {
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                sockets << s;
                connect(s, &QTcpSocket::readyRead, this, [this, s] {
                    buffers[s] += s->readAll();
                    drain(s);
                });
            }
        });
        return server.listen(QHostAddress::LocalHost, 0);
    }
    void drain(QTcpSocket *s)
    {
        QByteArray &buf = buffers[s];
        for (;;) {
            const int headEnd = buf.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QByteArray head = buf.left(headEnd);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buf.size() < headEnd + 4 + length)
                return;
            requests << buf.left(headEnd + 4 + length);
            socketOf.insert(requests.constLast(), s);
            buf.remove(0, headEnd + 4 + length);
            if (answer) {
                const QByteArray body = responder
                    ? responder(requests.constLast().mid(requests.constLast().indexOf("\r\n\r\n") + 4))
                    : QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<doc><ok/></doc>\n");
                s->write(
                    "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nConnection: keep-alive\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            }
        }
    }
    QUrl url() const
    {
        QUrl u;
        u.setScheme(QStringLiteral("http"));
        u.setHost(QStringLiteral("127.0.0.1"));
        u.setPort(server.serverPort());
        u.setPath(QStringLiteral("/billmgr"));
        return u;
    }
    void closeAll()
    {
        for (QTcpSocket *s : std::as_const(sockets))
            s->abort();
    }
};

ConnectionSettings settingsFor(const QUrl &url, LoginMethod method = LoginMethod::AuthInfo)
{
    ConnectionSettings s;
    s.accountId = QStringLiteral("test-account");
    s.baseUrl = url;
    s.username = QStringLiteral("admin");
    s.method = method;
    s.lang = QStringLiteral("ru");
    return s;
}

struct JobWatch
{
    int finishedCount = 0;
    ApiResult last;
    void attach(ApiJob *job)
    {
        QObject::connect(job, &ApiJob::finished, [this](const ApiResult &r) {
            ++finishedCount;
            last = r;
        });
    }
};

} // namespace

class TestConnectionLocal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { mgrdesk::test::failOnQtMisuseWarnings(); }
    void invalidUrlFailsAsynchronously();
    void unreachableServerIsNetworkError();
    void loginFailureReachesQueuedJobs();
    void wireFormat();
    void suDoesNotLeak();
    void concurrencyLimit();
    void timeout();
    void cancelIsDeliveredOnceAndReleasesTheSlot();
    void ownerDestroyedCancels();
    void noPasswordAsksOnce();
    void webLoginKeyIsNotLogged();
    void connectionDestroyedFinishesItsJobs();
    void langDefaultsToTheUiLanguage();
    void sessionIdsOfOtherSessionsAreMasked();
    void changesStateClassification_data();
    void changesStateClassification();
    void aChangeGoesOnItsOwnConnection();
    void unknownDocShapeIsNotALostSession();
};

void TestConnectionLocal::invalidUrlFailsAsynchronously()
{
    Connection c(settingsFor(QUrl()));
    c.setPassword(QStringLiteral("secret"));
    JobWatch w;
    ApiJob *job = c.send(protocol::Request(QStringLiteral("whoami")));
    w.attach(job);
    QCOMPARE(w.finishedCount, 0); // never from inside send()
    QTRY_COMPARE(w.finishedCount, 1);
    QCOMPARE(w.last.status, ApiResult::Status::NetworkError);
    QVERIFY(!w.last.message.isEmpty());
    QTest::qWait(50);
    QCOMPARE(w.finishedCount, 1);
}

void TestConnectionLocal::unreachableServerIsNetworkError()
{
    // A port that was just closed: connection refused.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    QUrl url(QStringLiteral("http://127.0.0.1/billmgr"));
    url.setPort(probe.serverPort());
    probe.close();
    Connection c(settingsFor(url));
    c.setPassword(QStringLiteral("secret"));
    JobWatch w;
    w.attach(c.send(protocol::Request(QStringLiteral("whoami"))));
    QTRY_COMPARE(w.finishedCount, 1);
    QCOMPARE(w.last.status, ApiResult::Status::NetworkError);
    QCOMPARE(c.requestLog()->size(), 1);
    QCOMPARE(c.requestLog()->entries().constFirst().status, QStringLiteral("network-error"));
}

void TestConnectionLocal::loginFailureReachesQueuedJobs()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    QUrl url(QStringLiteral("http://127.0.0.1/billmgr"));
    url.setPort(probe.serverPort());
    probe.close();
    Connection c(settingsFor(url, LoginMethod::Session));
    c.setPassword(QStringLiteral("secret"));
    QSignalSpy states(&c, &Connection::stateChanged);
    JobWatch a, b;
    a.attach(c.send(protocol::Request(QStringLiteral("user"))));
    b.attach(c.send(protocol::Request(QStringLiteral("payment"))));
    QTRY_COMPARE(a.finishedCount + b.finishedCount, 2);
    QCOMPARE(a.last.status, ApiResult::Status::NetworkError);
    QCOMPARE(b.last.status, ApiResult::Status::NetworkError);
    QCOMPARE(c.state(), Connection::State::Error);
    QVERIFY(!states.isEmpty());
    // Only the login went to the network.
    QCOMPARE(c.requestLog()->size(), 1);
    QCOMPARE(c.requestLog()->entries().constFirst().function, QStringLiteral("auth"));
}

void TestConnectionLocal::wireFormat()
{
    SilentServer sink;
    QVERIFY(sink.start());
    Connection c(settingsFor(sink.url()));
    c.setPassword(QStringLiteral("p&ss=word"));
    protocol::Request r(QStringLiteral("user.edit"));
    r.setElid(QStringLiteral("5"));
    c.send(r);
    QTRY_COMPARE(sink.requests.size(), 1);
    const QByteArray req = sink.requests.constFirst();
    const QByteArray head = req.left(req.indexOf("\r\n\r\n"));
    const QByteArray body = req.mid(req.indexOf("\r\n\r\n") + 4);
    QVERIFY2(head.startsWith("POST /billmgr HTTP/1.1"), head.constData()); // nothing in the URL
    QVERIFY(head.contains("User-Agent: mgrdesk/" MGRDESK_VERSION));
    QVERIFY(head.contains("Accept-Language: ru"));
    QVERIFY(head.contains("Content-Type: application/x-www-form-urlencoded"));
    QVERIFY2(body.contains("func=user.edit"), body.constData());
    QVERIFY(body.contains("elid=5"));
    QVERIFY(body.contains("lang=ru"));
    QVERIFY2(body.contains("authinfo=admin%3Ap%26ss%3Dword"), body.constData());
    QVERIFY(!body.contains("su="));
    QVERIFY(!body.contains("auth=")); // authinfo method: no session
    sink.closeAll();
}

void TestConnectionLocal::suDoesNotLeak()
{
    SilentServer sink;
    QVERIFY(sink.start());
    ConnectionSettings s = settingsFor(sink.url());
    s.defaultSu = QStringLiteral("defaultclient");
    Connection c(s);
    c.setPassword(QStringLiteral("secret"));
    JobOptions asClient;
    asClient.su = QStringLiteral("client7");
    JobOptions noDefault;
    noDefault.noDefaultSu = true;
    c.send(protocol::Request(QStringLiteral("a.one")), nullptr, asClient);
    c.send(protocol::Request(QStringLiteral("b.two")));
    c.send(protocol::Request(QStringLiteral("c.three")), nullptr, noDefault);
    QTRY_COMPARE(sink.requests.size(), 3);
    for (const QByteArray &req : std::as_const(sink.requests)) {
        const QByteArray body = req.mid(req.indexOf("\r\n\r\n") + 4);
        if (body.contains("func=a.one"))
            QVERIFY2(body.contains("su=client7") && !body.contains("defaultclient"), body.constData());
        else if (body.contains("func=b.two"))
            QVERIFY2(body.contains("su=defaultclient") && !body.contains("client7"), body.constData());
        else
            QVERIFY2(!body.contains("su="), body.constData());
    }
    sink.closeAll();
}

void TestConnectionLocal::concurrencyLimit()
{
    SilentServer sink;
    QVERIFY(sink.start());
    ConnectionSettings s = settingsFor(sink.url());
    s.maxConcurrent = 2;
    s.timeoutMs = 60000;
    Connection c(s);
    c.setPassword(QStringLiteral("secret"));
    int maxInFlight = 0; // as seen on the network: aborted transfers no longer count
    QList<ApiJob *> jobs;
    for (int i = 0; i < 5; ++i) {
        ApiJob *job = c.send(protocol::Request(QStringLiteral("f%1").arg(i)));
        connect(job, &ApiJob::started, this, [&] { maxInFlight = qMax(maxInFlight, c.inFlightCount()); });
        jobs << job;
    }
    QTRY_COMPARE(sink.requests.size(), 2);
    QTest::qWait(200); // nothing more may arrive while two are unanswered
    QCOMPARE(sink.requests.size(), 2);
    QCOMPARE(c.inFlightCount(), 2);
    QCOMPARE(c.queuedCount(), 3);
    jobs.at(0)->cancel(); // frees a slot
    QTRY_COMPARE(sink.requests.size(), 3);
    QCOMPARE(maxInFlight, 2);
    QVERIFY(sink.requests.at(2).contains("func=f2")); // queue order kept
    sink.closeAll();
}

void TestConnectionLocal::timeout()
{
    SilentServer sink;
    QVERIFY(sink.start());
    ConnectionSettings s = settingsFor(sink.url());
    s.timeoutMs = 60000;
    Connection c(s);
    c.setPassword(QStringLiteral("secret"));
    JobOptions quick;
    quick.timeoutMs = 300;
    JobWatch w;
    w.attach(c.send(protocol::Request(QStringLiteral("slow")), nullptr, quick));
    QTRY_COMPARE(w.finishedCount, 1);
    QCOMPARE(w.last.status, ApiResult::Status::Timeout);
    QCOMPARE(c.inFlightCount(), 0);
    QCOMPARE(c.requestLog()->entries().constLast().status, QStringLiteral("timeout"));
}

void TestConnectionLocal::cancelIsDeliveredOnceAndReleasesTheSlot()
{
    SilentServer sink;
    QVERIFY(sink.start());
    Connection c(settingsFor(sink.url()));
    c.setPassword(QStringLiteral("secret"));
    JobWatch w;
    ApiJob *job = c.send(protocol::Request(QStringLiteral("x")));
    w.attach(job);
    QTRY_COMPARE(sink.requests.size(), 1);
    job->cancel();
    job->cancel();
    QCOMPARE(w.finishedCount, 0); // delivered from the event loop
    QTRY_COMPARE(w.finishedCount, 1);
    QCOMPARE(w.last.status, ApiResult::Status::Cancelled);
    QCOMPARE(c.inFlightCount(), 0);
    sink.closeAll(); // the aborted transfer's connection goes away: nothing more is delivered
    QTest::qWait(100);
    QCOMPARE(w.finishedCount, 1);
}

void TestConnectionLocal::ownerDestroyedCancels()
{
    SilentServer sink;
    QVERIFY(sink.start());
    Connection c(settingsFor(sink.url()));
    c.setPassword(QStringLiteral("secret"));
    auto *owner = new QObject;
    int deliveredToOwner = 0;
    JobWatch w;
    ApiJob *job = c.send(protocol::Request(QStringLiteral("x")), owner);
    connect(job, &ApiJob::finished, owner, [&] { ++deliveredToOwner; });
    w.attach(job);
    QTRY_COMPARE(sink.requests.size(), 1);
    delete owner;
    QTRY_COMPARE(w.finishedCount, 1);
    QCOMPARE(w.last.status, ApiResult::Status::Cancelled);
    QCOMPARE(deliveredToOwner, 0);
    QCOMPARE(c.inFlightCount(), 0);
}

void TestConnectionLocal::noPasswordAsksOnce()
{
    SilentServer sink;
    QVERIFY(sink.start());
    Connection c(settingsFor(sink.url()));
    QSignalSpy asked(&c, &Connection::passwordRequired);
    c.send(protocol::Request(QStringLiteral("one")));
    c.send(protocol::Request(QStringLiteral("two")));
    c.send(protocol::Request(QStringLiteral("three")));
    QTRY_COMPARE(asked.count(), 1);
    QCOMPARE(c.state(), Connection::State::WaitingForPassword);
    QTest::qWait(100);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(sink.requests.size(), 0);
    QCOMPARE(c.queuedCount(), 3); // nothing lost: the jobs wait for the password
    c.setPassword(QStringLiteral("now-given"));
    QTRY_COMPARE(sink.requests.size(), 3);
    sink.closeAll();
}

void TestConnectionLocal::webLoginKeyIsNotLogged()
{
    SilentServer sink;
    QVERIFY(sink.start());
    Connection c(settingsFor(sink.url()));
    c.setPassword(QStringLiteral("secret"));
    ApiJob *job = c.requestWebLoginUrl(QStringLiteral("client7"));
    const QString key = job->request().value(QStringLiteral("key"));
    QVERIFY(key.size() >= 32);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]+$")).match(key).hasMatch());
    ApiJob *other = c.requestWebLoginUrl(QStringLiteral("client7"));
    QVERIFY(other->request().value(QStringLiteral("key")) != key);
    QTRY_COMPARE(sink.requests.size(), 2);
    // Both go out at once on their own connections: either may reach the server first.
    QVERIFY(sink.requests.at(0).contains(key.toLatin1()) || sink.requests.at(1).contains(key.toLatin1()));
    job->cancel();
    other->cancel();
    QTRY_COMPARE(c.requestLog()->size(), 2);
    for (const RequestLogEntry &e : c.requestLog()->entries())
        QVERIFY2(!e.parameters.contains(key), qPrintable(e.parameters));
    sink.closeAll();
}

void TestConnectionLocal::connectionDestroyedFinishesItsJobs()
{
    SilentServer sink;
    QVERIFY(sink.start());
    auto *c = new Connection(settingsFor(sink.url()));
    c->setPassword(QStringLiteral("secret"));
    JobWatch running, queued;
    ApiJob *a = c->send(protocol::Request(QStringLiteral("one")));
    running.attach(a);
    QPointer<ApiJob> guard(a);
    QTRY_COMPARE(sink.requests.size(), 1);
    queued.attach(c->send(protocol::Request(QStringLiteral("two"))));
    delete c;
    QTRY_COMPARE(running.finishedCount, 1);
    QTRY_COMPARE(queued.finishedCount, 1);
    QCOMPARE(running.last.status, ApiResult::Status::Cancelled);
    QCOMPARE(queued.last.status, ApiResult::Status::Cancelled);
    QTRY_VERIFY(guard.isNull()); // and then the job deletes itself
    sink.closeAll();
}

void TestConnectionLocal::langDefaultsToTheUiLanguage()
{
    SilentServer sink;
    QVERIFY(sink.start());
    ConnectionSettings s = settingsFor(sink.url());
    s.lang.clear();
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    Connection c(s);
    QCOMPARE(c.effectiveLang(), QStringLiteral("es"));
    c.setPassword(QStringLiteral("secret"));
    c.send(protocol::Request(QStringLiteral("x")));
    QTRY_COMPARE(sink.requests.size(), 1);
    QLocale::setDefault(saved);
    QVERIFY(sink.requests.constFirst().contains("lang=es"));
    QVERIFY(sink.requests.constFirst().contains("Accept-Language: es"));
    sink.closeAll();
}

void TestConnectionLocal::sessionIdsOfOtherSessionsAreMasked()
{
    SilentServer sink;
    QVERIFY(sink.start());
    Connection c(settingsFor(sink.url()));
    c.setPassword(QStringLiteral("secret"));
    protocol::Request end(QStringLiteral("session.delete"));
    end.setElid(QStringLiteral("0a1b2c3d4e5f-other-session"));
    ApiJob *job = c.send(end);
    QTRY_COMPARE(sink.requests.size(), 1);
    QVERIFY(sink.requests.constFirst().contains("elid=0a1b2c3d4e5f-other-session")); // sent as given
    job->cancel();
    QTRY_COMPARE(c.requestLog()->size(), 1);
    const QString params = c.requestLog()->entries().constFirst().parameters;
    QVERIFY2(!params.contains(QLatin1String("0a1b2c3d4e5f")), qPrintable(params));
    sink.closeAll();
}

void TestConnectionLocal::changesStateClassification_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<QStringList>("params"); // name=value
    QTest::addColumn<int>("override"); // -1 none, 0 no, 1 yes
    QTest::addColumn<bool>("expected");
    const QStringList none;
    QTest::newRow("list") << QStringLiteral("payment") << none << -1 << false;
    QTest::newRow("whoami") << QStringLiteral("whoami") << none << -1 << false;
    QTest::newRow("form opens") << QStringLiteral("user.edit") << QStringList { QStringLiteral("elid=5") }
                                << -1 << false;
    QTest::newRow("form recomputes") << QStringLiteral("vds.order")
                                     << QStringList { QStringLiteral("sv_field=country") } << -1 << false;
    QTest::newRow("form submitted") << QStringLiteral("user.edit") << QStringList { QStringLiteral("sok=ok") }
                                    << -1 << true;
    QTest::newRow("filter applied") << QStringLiteral("payment.filter")
                                    << QStringList { QStringLiteral("sok=ok") } << -1 << true;
    QTest::newRow("nested list") << QStringLiteral("ticket_all.message")
                                 << QStringList { QStringLiteral("elid=3") } << -1 << false;
    QTest::newRow("progress") << QStringLiteral("progress.get") << none << -1 << false;
    QTest::newRow("delete") << QStringLiteral("user.delete") << QStringList { QStringLiteral("elid=5, 6") }
                            << -1 << true;
    QTest::newRow("suspend") << QStringLiteral("vds.suspend") << none << -1 << true;
    QTest::newRow("reboot") << QStringLiteral("vds.reboot") << none << -1 << true;
    QTest::newRow("unknown action") << QStringLiteral("service.prolong") << none << -1 << true;
    QTest::newRow("printed form") << QStringLiteral("payment.print")
                                  << QStringList { QStringLiteral("elid=5"), QStringLiteral("out=doc_print") }
                                  << -1 << false;
    QTest::newRow("pdf") << QStringLiteral("invoice.print.pdf") << QStringList { QStringLiteral("elid=5") }
                         << -1 << false;
    QTest::newRow("attachment") << QStringLiteral("ticket.file") << QStringList { QStringLiteral("elid=5") }
                                << -1 << false;
    QTest::newRow("validator") << QStringLiteral("check.money") << QStringList { QStringLiteral("value=10") }
                               << -1 << false;
    QTest::newRow("report") << QStringLiteral("report.income") << none << -1 << false;
    QTest::newRow("caller says read") << QStringLiteral("vds.reboot") << none << 0 << false;
    QTest::newRow("caller says change") << QStringLiteral("payment") << none << 1 << true;
}

void TestConnectionLocal::changesStateClassification()
{
    QFETCH(QString, function);
    QFETCH(QStringList, params);
    QFETCH(int, override);
    QFETCH(bool, expected);
    protocol::Request r(function);
    for (const QString &p : std::as_const(params))
        r.set(p.section(QLatin1Char('='), 0, 0), p.section(QLatin1Char('='), 1));
    JobOptions o;
    if (override >= 0)
        o.changesState = override == 1;
    QCOMPARE(Connection::changesState(r, o), expected);
}

// Reads share keep-alive connections; each change gets a connection of its own, which it closes (so that a
// change never rides on a connection the server may just have closed, and Qt has nothing to re-send it on).
void TestConnectionLocal::aChangeGoesOnItsOwnConnection()
{
    SilentServer server;
    server.answer = true;
    QVERIFY(server.start());
    ConnectionSettings s = settingsFor(server.url());
    s.maxConcurrent = 1; // one after the other
    Connection c(s);
    c.setPassword(QStringLiteral("pw"));
    JobWatch w;
    for (int i = 0; i < 3; ++i)
        w.attach(c.send(protocol::Request(QStringLiteral("payment"))));
    QTRY_COMPARE(w.finishedCount, 3);
    QVERIFY2(w.last.ok(), qPrintable(w.last.message));
    QCOMPARE(server.sockets.size(), 1); // three reads, one keep-alive connection

    protocol::Request del(QStringLiteral("user.delete"));
    del.setElid(QStringLiteral("7"));
    for (int i = 0; i < 2; ++i)
        w.attach(c.send(del));
    QTRY_COMPARE(w.finishedCount, 5);
    QVERIFY2(w.last.ok(), qPrintable(w.last.message));
    QCOMPARE(server.requests.size(), 5);
    QCOMPARE(server.sockets.size(), 3); // each change on a new connection
    for (int i = 3; i < 5; ++i) {
        const QByteArray req = server.requests.at(i);
        QVERIFY2(req.contains("\r\nConnection: close\r\n"), req.constData());
        QVERIFY(req.contains("func=user.delete"));
        QTcpSocket *socket = server.socketOf.value(req);
        QTRY_VERIFY(socket->state() == QAbstractSocket::UnconnectedState); // the client closed it
    }
    QTcpSocket *readSocket = server.socketOf.value(server.requests.constFirst());
    QCOMPARE(readSocket->state(), QAbstractSocket::ConnectedState); // the reads' connection stays open

    w.attach(c.send(protocol::Request(QStringLiteral("payment"))));
    QTRY_COMPARE(w.finishedCount, 6);
    QCOMPARE(server.sockets.size(), 3); // reads go back to the kept connection
    server.closeAll();
}

void TestConnectionLocal::unknownDocShapeIsNotALostSession()
{
    // A <doc> this client cannot show (a module's new reply shape) on a valid session: the job fails with
    // "not an API reply", and the connection neither logs in again nor leaves the Connected state. A reply
    // that is not a <doc> at all still counts as a lost session (tst_connection: html, redirect faults).
    SilentServer server;
    server.answer = true;
    server.responder = [](const QByteArray &body) -> QByteArray {
        if (body.contains("func=auth"))
            return "<doc><auth id=\"sess1\" level=\"29\">sess1</auth></doc>";
        return "<doc><gadget><part name=\"a\"/></gadget></doc>";
    };
    QVERIFY(server.start());
    Connection c(settingsFor(server.url(), LoginMethod::Session));
    c.setPassword(QStringLiteral("secret"));
    int lost = 0;
    connect(&c, &Connection::sessionLost, this, [&lost] { ++lost; });
    JobWatch w;
    w.attach(c.send(protocol::Request(QStringLiteral("module.gadget"))));
    QTRY_COMPARE(w.finishedCount, 1);
    QCOMPARE(w.last.status, ApiResult::Status::NotApiReply);
    QVERIFY(w.last.reply.failure);
    QCOMPARE(w.last.reply.failure->reason, protocol::ParseFailure::Reason::UnknownShape);
    QVERIFY(w.last.reply.failure->insideDocument);
    QCOMPARE(lost, 0);
    QCOMPARE(c.state(), Connection::State::Connected);
    int logins = 0;
    for (const QByteArray &req : std::as_const(server.requests))
        logins += req.contains("func=auth") ? 1 : 0;
    QCOMPARE(logins, 1);
    server.closeAll();
}

QTEST_GUILESS_MAIN(TestConnectionLocal)
#include "tst_connection_local.moc"
