// mgrdesk-demo-server: a BILLmanager simulator over real HTTP(S) on 127.0.0.1. See docs/demo-server.md.
#include "billmgr.h"
#include "dataset.h"
#include "httpserver.h"
#include "totp.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QSocketNotifier>
#include <QSslSocket>
#include <QTemporaryDir>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcSim, "mgrdesk.sim")

namespace {

int g_signalFd[2] = { -1, -1 };

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalFd[0], &c, 1);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "mgrdesk-demo-server: %s\n", qPrintable(message));
    return 1;
}

bool generateCertificate(const QString &dir, QString &certFile, QString &keyFile, QString &error)
{
    certFile = dir + QStringLiteral("/cert.pem");
    keyFile = dir + QStringLiteral("/key.pem");
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
            QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
            QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"),
            QStringLiteral("-keyout"), keyFile, QStringLiteral("-out"), certFile });
    if (!openssl.waitForStarted(10000)) {
        error = QStringLiteral("cannot run openssl: %1").arg(openssl.errorString());
        return false;
    }
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit
        || openssl.exitCode() != 0) {
        error = QStringLiteral("openssl failed: %1").arg(QString::fromLocal8Bit(openssl.readAll()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mgrdesk-demo-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MGRDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A BILLmanager API simulator for mgrdesk (demo and tests)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (0 = any free port)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption http(
        QStringLiteral("http"), QStringLiteral("Serve plain HTTP instead of HTTPS."));
    const QCommandLineOption cert(
        QStringLiteral("tls-cert"), QStringLiteral("Certificate (PEM)."), QStringLiteral("FILE"));
    const QCommandLineOption key(
        QStringLiteral("tls-key"), QStringLiteral("Private key (PEM)."), QStringLiteral("FILE"));
    const QCommandLineOption certOut(QStringLiteral("cert-out"),
        QStringLiteral("Write the served certificate (PEM) here."), QStringLiteral("FILE"));
    const QCommandLineOption idle(QStringLiteral("idle-timeout"),
        QStringLiteral("Session idle time in seconds."), QStringLiteral("SECONDS"), QStringLiteral("3600"));
    const QCommandLineOption scale(QStringLiteral("scale"),
        QStringLiteral("Dataset size factor (100 = 100,000 payments)."), QStringLiteral("N"),
        QStringLiteral("1"));
    const QCommandLineOption seed(
        QStringLiteral("seed"), QStringLiteral("Dataset seed."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption log(QStringLiteral("log"),
        QStringLiteral("Request log file (BILLmanager format)."), QStringLiteral("FILE"));
    const QCommandLineOption portFile(QStringLiteral("port-file"),
        QStringLiteral("Write the port here once listening."), QStringLiteral("FILE"));
    const QCommandLineOption path(QStringLiteral("path"), QStringLiteral("API path."), QStringLiteral("PATH"),
        QStringLiteral("/billmgr"));
    const QCommandLineOption whitelist(QStringLiteral("authinfo-whitelist"),
        QStringLiteral("Networks allowed to use authinfo (CIDR, comma-separated)."), QStringLiteral("NETS"));
    const QCommandLineOption lang(QStringLiteral("lang-default"),
        QStringLiteral("Default language (en, ru, es)."), QStringLiteral("LANG"), QStringLiteral("en"));
    const QCommandLineOption fault(QStringLiteral("fault"),
        QStringLiteral("Inject a fault: FUNC=KIND[:ARG][@COUNT]; KIND = latency, drop, http500, truncate, "
                       "html, redirect, expire."),
        QStringLiteral("SPEC"));
    const QCommandLineOption control(
        QStringLiteral("control"), QStringLiteral("Enable the /__sim/fault endpoint (tests)."));
    const QCommandLineOption forwarded(QStringLiteral("trust-forwarded"),
        QStringLiteral("Take the caller's address from X-Forwarded-For (tests)."));
    const QCommandLineOption opStep(QStringLiteral("op-step-ms"),
        QStringLiteral("Duration of one step of a long operation."), QStringLiteral("MS"),
        QStringLiteral("500"));
    const QCommandLineOption totpSecret(QStringLiteral("totp-secret"),
        QStringLiteral("Base32 TOTP secret of the admin2fa user (default JBSWY3DPEHPK3PXP)."),
        QStringLiteral("BASE32"), QStringLiteral("JBSWY3DPEHPK3PXP"));
    parser.addOptions({ port, http, cert, key, certOut, idle, scale, seed, log, portFile, path, whitelist,
        lang, fault, control, forwarded, opStep, totpSecret });
    parser.process(app);

    auto intValue = [&](const QCommandLineOption &o, int min, int max, int &out) {
        bool ok = false;
        out = parser.value(o).toInt(&ok);
        return ok && out >= min && out <= max;
    };
    int portValue = 0, idleValue = 0, scaleValue = 0, seedValue = 0, stepValue = 0;
    if (!intValue(port, 0, 65535, portValue))
        return fail(QStringLiteral("--port must be 0..65535"));
    if (!intValue(idle, 1, 100000000, idleValue))
        return fail(QStringLiteral("--idle-timeout must be a positive number of seconds"));
    if (!intValue(scale, 1, 10000, scaleValue))
        return fail(QStringLiteral("--scale must be 1..10000"));
    if (!intValue(seed, 0, 2147483647, seedValue))
        return fail(QStringLiteral("--seed must be a non-negative number"));
    if (!intValue(opStep, 1, 600000, stepValue))
        return fail(QStringLiteral("--op-step-ms must be positive"));
    if (parser.isSet(cert) != parser.isSet(key))
        return fail(QStringLiteral("--tls-cert and --tls-key go together"));
    QString apiPath = parser.value(path);
    if (!apiPath.startsWith(QLatin1Char('/')))
        apiPath.prepend(QLatin1Char('/'));

    mgrdesk::sim::Billmgr::Options bo;
    bo.idleTimeout = idleValue;
    bo.defaultLang = parser.value(lang);
    if (bo.defaultLang != QLatin1String("en") && bo.defaultLang != QLatin1String("ru")
        && bo.defaultLang != QLatin1String("es"))
        return fail(QStringLiteral("--lang-default must be en, ru or es"));
    bo.path = apiPath;
    bo.opStepMs = stepValue;
    bo.totpSecret = parser.value(totpSecret).trimmed();
    {
        bool secretOk = false;
        mgrdesk::sim::totp::base32Decode(bo.totpSecret, &secretOk);
        if (!secretOk)
            return fail(QStringLiteral("--totp-secret must be base32 (A-Z, 2-7)"));
    }
    if (parser.isSet(whitelist)) {
        const QStringList nets = parser.value(whitelist).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &n : nets) {
            const auto subnet = QHostAddress::parseSubnet(
                n.trimmed().contains(QLatin1Char('/')) ? n.trimmed() : n.trimmed() + QStringLiteral("/32"));
            if (subnet.first.isNull())
                return fail(QStringLiteral("bad network in --authinfo-whitelist: %1").arg(n));
            bo.authinfoWhitelist.append(subnet);
        }
    }

    mgrdesk::sim::Dataset data(scaleValue, quint64(seedValue));
    mgrdesk::sim::Billmgr billmgr(data, bo);
    mgrdesk::sim::HttpServer::Options ho;
    ho.path = apiPath;
    ho.control = parser.isSet(control);
    ho.trustForwarded = parser.isSet(forwarded);
    mgrdesk::sim::HttpServer server(billmgr, ho);
    const QStringList faults = parser.values(fault);
    for (const QString &f : faults) {
        const QString err = server.faults().add(f);
        if (!err.isEmpty())
            return fail(err);
    }
    if (parser.isSet(log) && !server.log().open(parser.value(log)))
        return fail(QStringLiteral("cannot open the log file %1").arg(parser.value(log)));

    QSslCertificate certificate;
    QSslKey privateKey;
    QTemporaryDir certDir;
    if (!parser.isSet(http)) {
        if (!QSslSocket::supportsSsl())
            return fail(QStringLiteral("this Qt has no TLS support; use --http"));
        QString certFile = parser.value(cert), keyFile = parser.value(key);
        if (certFile.isEmpty()) {
            QString error;
            if (!certDir.isValid() || !generateCertificate(certDir.path(), certFile, keyFile, error))
                return fail(error.isEmpty() ? QStringLiteral("cannot create a temporary folder") : error);
        }
        QFile cf(certFile), kf(keyFile);
        if (!cf.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1").arg(certFile));
        if (!kf.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1").arg(keyFile));
        certificate = QSslCertificate(cf.readAll(), QSsl::Pem);
        privateKey = QSslKey(kf.readAll(), QSsl::Rsa, QSsl::Pem);
        if (privateKey.isNull()) {
            kf.seek(0);
            privateKey = QSslKey(kf.readAll(), QSsl::Ec, QSsl::Pem);
        }
        if (certificate.isNull() || privateKey.isNull())
            return fail(QStringLiteral("cannot load the certificate or key"));
        if (parser.isSet(certOut)) {
            QFile out(parser.value(certOut));
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(certificate.toPem()) < 0)
                return fail(QStringLiteral("cannot write %1").arg(parser.value(certOut)));
        }
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return fail(QStringLiteral("socketpair failed"));
    QSocketNotifier notifier(g_signalFd[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char c;
        [[maybe_unused]] const ssize_t n = ::read(g_signalFd[1], &c, 1);
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);

    const quint16 bound = server.start(QHostAddress::LocalHost, quint16(portValue), certificate, privateKey);
    if (bound == 0)
        return fail(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(portValue));
    const QString url = QStringLiteral("%1://127.0.0.1:%2%3")
                            .arg(parser.isSet(http) ? QStringLiteral("http") : QStringLiteral("https"))
                            .arg(bound)
                            .arg(apiPath);
    std::printf("listening on %s\n", qPrintable(url));
    std::fflush(stdout);
    // the port file comes last, so that whoever waits for it also finds the listening line
    if (parser.isSet(portFile)) {
        QFile pf(parser.value(portFile));
        if (!pf.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || pf.write(QByteArray::number(bound) + '\n') < 0)
            return fail(QStringLiteral("cannot write %1").arg(parser.value(portFile)));
    }
    qCInfo(lcSim) << "serving" << url;
    const int rc = app.exec();
    return rc;
}
