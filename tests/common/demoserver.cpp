#include "demoserver.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <csignal>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <unistd.h>
#endif

namespace mgrdesk::test {

DemoServer::DemoServer()
    : DemoServer(Options())
{
}

DemoServer::DemoServer(const Options &options)
    : m_options(options)
{
}

DemoServer::~DemoServer()
{
    stop();
}

QString DemoServer::binary()
{
#ifdef MGRDESK_DEMO_SERVER_PATH
    return QStringLiteral(MGRDESK_DEMO_SERVER_PATH);
#else
    return QString::fromLocal8Bit(qgetenv("MGRDESK_DEMO_SERVER"));
#endif
}

QString DemoServer::logFile() const
{
    return m_dir.filePath(QStringLiteral("billmgr.log"));
}

int DemoServer::loggedCount(const QString &func) const
{
    QFile file(logFile());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    const QByteArray needle = "func=" + func.toUtf8();
    int count = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        for (qsizetype at = line.indexOf(needle); at >= 0; at = line.indexOf(needle, at + 1)) {
            const qsizetype end = at + needle.size();
            const bool startsParameter
                = at == 0 || line.at(at - 1) == '&' || line.at(at - 1) == '?' || line.at(at - 1) == '\'';
            const bool endsValue
                = end == line.size() || line.at(end) == '&' || line.at(end) == '\n' || line.at(end) == '\'';
            if (startsParameter && endsValue) {
                ++count;
                break;
            }
        }
    }
    return count;
}

bool DemoServer::start(int timeoutMs)
{
    if (m_process) {
        m_error = QStringLiteral("already started");
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    QStringList args { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--log"), logFile() };
    if (m_options.http) {
        args << QStringLiteral("--http");
    } else {
        args << QStringLiteral("--cert-out") << m_dir.filePath(QStringLiteral("served-cert.pem"));
        if (!m_options.certFile.isEmpty())
            args << QStringLiteral("--tls-cert") << m_options.certFile << QStringLiteral("--tls-key")
                 << m_options.keyFile;
    }
    if (m_options.control)
        args << QStringLiteral("--control");
    if (m_options.idleTimeout > 0)
        args << QStringLiteral("--idle-timeout") << QString::number(m_options.idleTimeout);
    if (m_options.scale > 1)
        args << QStringLiteral("--scale") << QString::number(m_options.scale);
    args << m_options.extraArgs;

    m_process = std::make_unique<QProcess>();
    m_process->setProgram(binary());
    m_process->setArguments(args);
#ifdef Q_OS_LINUX
    // However the test ends (a crash, abort(), a sanitizer report, CTest's timeout kill), the kernel kills
    // the server when the thread that started it dies: no orphan keeps a port and a CPU after a failed run.
    // Runs in the child between fork and exec; the getppid() check covers a test that died before prctl.
    const pid_t parent = ::getpid();
    m_process->setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(127);
    });
#endif
    QObject::connect(m_process.get(), &QProcess::readyReadStandardError, m_process.get(),
        [this] { m_stderr += m_process->readAllStandardError(); });
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(binary(), m_process->errorString());
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    const QByteArray marker("listening on ");
    while (!deadline.hasExpired()) {
        m_stdout += m_process->readAllStandardOutput();
        const int at = int(m_stdout.indexOf(marker));
        const int eol = at < 0 ? -1 : int(m_stdout.indexOf('\n', at));
        if (eol > 0) {
            m_baseUrl = QUrl(
                QString::fromUtf8(m_stdout.mid(at + marker.size(), eol - at - int(marker.size())).trimmed()));
            return m_baseUrl.isValid();
        }
        if (m_process->state() == QProcess::NotRunning) {
            m_stderr += m_process->readAllStandardError();
            m_error = QStringLiteral("the demo server exited: %1").arg(QString::fromLocal8Bit(m_stderr));
            return false;
        }
        QTest::qWait(20);
    }
    m_error = QStringLiteral("the demo server did not start in time");
    return false;
}

int DemoServer::stop(int timeoutMs)
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return m_process && m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    ::kill(pid_t(m_process->processId()), SIGTERM);
    if (!m_process->waitForFinished(timeoutMs)) {
        m_process->kill();
        m_process->waitForFinished(5000);
        return -1;
    }
    m_stderr += m_process->readAllStandardError();
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

bool DemoServer::control(const QString &query, QString *error)
{
    if (m_baseUrl.isEmpty()) {
        if (error)
            *error = QStringLiteral("the server is not running");
        return false;
    }
    QUrl url = m_baseUrl;
    url.setPath(QStringLiteral("/__sim/fault"));
    url.setQuery(query);
    QNetworkAccessManager nam;
    QNetworkRequest req(url);
    req.setSslConfiguration(sslConfiguration());
    QNetworkReply *reply = nam.get(req);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const bool ok = reply->isFinished() && reply->error() == QNetworkReply::NoError;
    if (!ok && error)
        *error = reply->errorString() + QLatin1Char(' ') + QString::fromUtf8(reply->readAll());
    delete reply;
    return ok;
}

bool DemoServer::addFault(const QString &spec, QString *error)
{
    return control(QStringLiteral("spec=") + QString::fromUtf8(QUrl::toPercentEncoding(spec)), error);
}

bool DemoServer::clearFaults(QString *error)
{
    return control(QStringLiteral("clear=1"), error);
}

QByteArray DemoServer::rawFetch(const QList<QPair<QString, QString>> &params, int timeoutMs) const
{
    QUrl url = m_baseUrl;
    QUrlQuery q;
    for (const auto &p : params)
        q.addQueryItem(p.first, p.second);
    q.addQueryItem(QStringLiteral("authinfo"), QStringLiteral("admin:demo"));
    q.addQueryItem(QStringLiteral("lang"), QStringLiteral("en"));
    url.setQuery(q);
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    if (!m_options.http)
        request.setSslConfiguration(sslConfiguration());
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    return reply->readAll();
}

QByteArray DemoServer::certificatePem() const
{
    if (m_options.http)
        return {};
    QFile f(m_dir.filePath(QStringLiteral("served-cert.pem")));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QSslCertificate DemoServer::certificate() const
{
    return QSslCertificate(certificatePem(), QSsl::Pem);
}

QSslConfiguration DemoServer::sslConfiguration() const
{
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    if (!m_options.http)
        conf.setCaCertificates({ certificate() });
    return conf;
}

bool DemoServer::makeCertificate(
    const QString &dir, const QString &baseName, QString *certFile, QString *keyFile, QString *error)
{
    const QString cert = dir + QLatin1Char('/') + baseName + QStringLiteral("-cert.pem");
    const QString key = dir + QLatin1Char('/') + baseName + QStringLiteral("-key.pem");
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
            QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
            QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"),
            QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert });
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit
        || openssl.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("openssl failed: %1 %2")
                         .arg(openssl.errorString(), QString::fromLocal8Bit(openssl.readAll()));
        return false;
    }
    if (certFile)
        *certFile = cert;
    if (keyFile)
        *keyFile = key;
    return true;
}

} // namespace mgrdesk::test
