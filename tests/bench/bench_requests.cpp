// "requests": request overhead of the API service against the real demo server on 127.0.0.1: small replies
// (func=whoami), sequential and with 4 in flight, over plain HTTP and over HTTPS with a pinned self-signed
// certificate, for both login methods; and a bare QNetworkAccessManager POST loop as the floor. Also small
// changes (user.delete of an unknown id: <ok/>), which the Connection sends each on a connection of its own
// (a new TCP connection, and over HTTPS a full handshake, per change). Prints
// requests/s (best of MGRDESK_BENCH_RUNS runs, default 3). The server binary is found beside the build tree
// (src/sim/mgrdesk-demo-server) or named by $MGRDESK_DEMO_SERVER.
#include "benchmark.h"

#include "core/net/connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

using mgrdesk::bench::print;
using namespace mgrdesk;

namespace {

constexpr int kRequests = 1000;
constexpr int kChanges = 200;

QString serverBinary()
{
    const QByteArray env = qgetenv("MGRDESK_DEMO_SERVER");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    const QDir here(QCoreApplication::applicationDirPath());
    for (const char *rel :
        { "../../src/sim/mgrdesk-demo-server", "../src/sim/mgrdesk-demo-server", "mgrdesk-demo-server" }) {
        const QString path = here.absoluteFilePath(QString::fromLatin1(rel));
        if (QFileInfo(path).isExecutable())
            return QDir::cleanPath(path);
    }
    return QString();
}

struct Server
{
    std::unique_ptr<QProcess> process;
    QUrl url;
    QByteArray certPem;
    QTemporaryDir dir;

    bool start(bool tls)
    {
        const QString binary = serverBinary();
        if (binary.isEmpty()) {
            print("  demo server not found (build mgrdesk-demo-server or set MGRDESK_DEMO_SERVER)\n");
            return false;
        }
        const QString certOut = dir.filePath(QStringLiteral("cert.pem"));
        QStringList args { QStringLiteral("--port"), QStringLiteral("0") };
        if (tls)
            args << QStringLiteral("--cert-out") << certOut;
        else
            args << QStringLiteral("--http");
        process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(binary, args);
        if (!process->waitForStarted(10000))
            return false;
        QByteArray out;
        QElapsedTimer t;
        t.start();
        const QRegularExpression re(QStringLiteral("listening on (\\S+)"));
        while (t.elapsed() < 60000) {
            process->waitForReadyRead(1000);
            out += process->readAllStandardOutput();
            const auto m = re.match(QString::fromLocal8Bit(out));
            if (m.hasMatch()) {
                url = QUrl(m.captured(1));
                if (tls) {
                    QFile f(certOut);
                    if (f.open(QIODevice::ReadOnly))
                        certPem = f.readAll();
                }
                return true;
            }
            if (process->state() != QProcess::Running)
                return false;
        }
        return false;
    }
    ~Server()
    {
        if (process && process->state() == QProcess::Running) {
            process->terminate();
            if (!process->waitForFinished(10000))
                process->kill();
        }
    }
};

int runs()
{
    const int n = qEnvironmentVariableIntValue("MGRDESK_BENCH_RUNS");
    return n > 0 ? n : 3;
}

// `count` requests (whoami by default) through a Connection with `parallel` jobs outstanding; returns seconds
// (or -1 on error).
double throughConnection(net::Connection &c, int parallel, int count = kRequests,
    const protocol::Request &request = protocol::Request(QStringLiteral("whoami")))
{
    QEventLoop loop;
    int sent = 0, done = 0, failed = 0;
    QString firstError;
    std::function<void()> sendOne = [&] {
        ++sent;
        net::ApiJob *job = c.send(request);
        QObject::connect(job, &net::ApiJob::finished, &loop, [&](const net::ApiResult &r) {
            ++done;
            if (!r.ok()) {
                ++failed;
                if (firstError.isEmpty())
                    firstError = r.message;
            }
            if (sent < count)
                sendOne();
            else if (done == count)
                loop.quit();
        });
    };
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < parallel && sent < count; ++i)
        sendOne();
    loop.exec();
    const double s = double(timer.nsecsElapsed()) / 1e9;
    if (failed) {
        print("  %d requests failed: %s\n", failed, qPrintable(firstError));
        return -1;
    }
    return s;
}

// The floor: the same POSTs through a bare QNetworkAccessManager (no queue, no parsing, no log).
double bareNam(const QUrl &url, const QByteArray &pinnedPem, int parallel)
{
    QNetworkAccessManager nam;
    const QList<QSslCertificate> pinned = QSslCertificate::fromData(pinnedPem, QSsl::Pem);
    QEventLoop loop;
    int sent = 0, done = 0;
    const QByteArray body = "func=whoami&out=xml&authinfo=admin%3Ademo&lang=en";
    std::function<void()> sendOne = [&] {
        ++sent;
        QNetworkRequest req(url);
        req.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        if (!pinned.isEmpty()) {
            QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
            conf.setCaCertificates(pinned);
            req.setSslConfiguration(conf);
        }
        QNetworkReply *reply = nam.post(req, body);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            reply->readAll();
            reply->deleteLater();
            ++done;
            if (sent < kRequests)
                sendOne();
            else if (done == kRequests)
                loop.quit();
        });
    };
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < parallel; ++i)
        sendOne();
    loop.exec();
    return double(timer.nsecsElapsed()) / 1e9;
}

void report(const char *label, double seconds, int count = kRequests)
{
    if (seconds <= 0) {
        print("  %-44s failed\n", label);
        return;
    }
    print("  %-44s %8.0f requests/s  (%6.3f ms each)\n", label, count / seconds, seconds * 1000.0 / count);
}

void runFor(bool tls)
{
    Server server;
    if (!server.start(tls)) {
        print("  cannot start the demo server (%s)\n", tls ? "https" : "http");
        return;
    }
    print(" %s (%d small requests per figure, best of %d)\n",
        tls ? "HTTPS, pinned self-signed certificate" : "HTTP", kRequests, runs());
    for (int parallel : { 1, 4 }) {
        double best = 1e100;
        for (int i = 0; i < runs(); ++i)
            best = qMin(best, bareNam(server.url, server.certPem, parallel));
        report(qPrintable(QStringLiteral("bare QNetworkAccessManager, %1 in flight").arg(parallel)), best);
        for (net::LoginMethod method : { net::LoginMethod::AuthInfo, net::LoginMethod::Session }) {
            net::ConnectionSettings s;
            s.accountId = QStringLiteral("bench");
            s.baseUrl = server.url;
            s.username = QStringLiteral("admin");
            s.method = method;
            s.lang = QStringLiteral("en");
            s.pinnedCertificatePem = server.certPem;
            s.maxConcurrent = 4;
            net::Connection c(s);
            c.setPassword(QStringLiteral("demo"));
            c.requestLog()->setCapacity(1000);
            double bestC = 1e100;
            for (int i = 0; i < runs(); ++i) {
                const double t = throughConnection(c, parallel);
                if (t < 0) {
                    bestC = -1;
                    break;
                }
                bestC = qMin(bestC, t);
            }
            const QString label = QStringLiteral("Connection (%1), %2 in flight")
                                      .arg(method == net::LoginMethod::Session ? QStringLiteral("session")
                                                                               : QStringLiteral("authinfo"))
                                      .arg(parallel);
            report(qPrintable(label), bestC);
        }
    }
    // Changes: each on a transport of its own (sent once, never re-sent by Qt).
    net::ConnectionSettings s;
    s.accountId = QStringLiteral("bench");
    s.baseUrl = server.url;
    s.username = QStringLiteral("admin");
    s.method = net::LoginMethod::Session;
    s.lang = QStringLiteral("en");
    s.pinnedCertificatePem = server.certPem;
    net::Connection c(s);
    c.setPassword(QStringLiteral("demo"));
    protocol::Request change(QStringLiteral("user.delete"));
    change.setElid(QStringLiteral("999999999")); // unknown: <ok/>, nothing removed
    for (int parallel : { 1, 4 }) {
        double best = 1e100;
        for (int i = 0; i < runs(); ++i) {
            const double t = throughConnection(c, parallel, kChanges, change);
            if (t < 0) {
                best = -1;
                break;
            }
            best = qMin(best, t);
        }
        report(qPrintable(QStringLiteral("changes, own connection each, %1 in flight").arg(parallel)), best,
            kChanges);
    }
}

void runRequests()
{
    runFor(false);
    runFor(true);
}

} // namespace

MGRDESK_BENCHMARK(requests, "API request overhead: small replies per second, HTTP and HTTPS", runRequests)
