#pragma once
// Test helper: a throwaway self-signed certificate made with the openssl command (Qt cannot make keys).

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace mgrdesk::test {

struct GeneratedCert
{
    QString certPath, keyPath;
    QByteArray pem;
    bool ok = false;
    QString error;
};

inline GeneratedCert generateSelfSigned(
    const QString &dir, const QString &name, const QString &cn, const QString &subjectAltName)
{
    GeneratedCert g;
    g.certPath = QDir(dir).filePath(name + QStringLiteral(".cert.pem"));
    g.keyPath = QDir(dir).filePath(name + QStringLiteral(".key.pem"));
    QStringList args { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
        QStringLiteral("-subj"), QStringLiteral("/CN=") + cn + QStringLiteral("/O=mgrdesk tests"),
        QStringLiteral("-keyout"), g.keyPath, QStringLiteral("-out"), g.certPath };
    if (!subjectAltName.isEmpty())
        args << QStringLiteral("-addext") << QStringLiteral("subjectAltName=") + subjectAltName;
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        g.error = QString::fromLocal8Bit(p.readAllStandardError());
        return g;
    }
    QFile f(g.certPath);
    if (!f.open(QIODevice::ReadOnly)) {
        g.error = f.errorString();
        return g;
    }
    g.pem = f.readAll();
    g.ok = !g.pem.isEmpty();
    return g;
}

// A self-signed certificate for 127.0.0.1 valid only from `notBefore` to `notAfter` (openssl's
// YYYYMMDDHHMMSSZ): an expired or a not-yet-valid one. `openssl req -days` cannot date a certificate in the
// past, `openssl ca` can (with a throwaway database in dir).
inline GeneratedCert generateDated(
    const QString &dir, const QString &name, const QString &notBefore, const QString &notAfter)
{
    GeneratedCert g;
    const QDir d(dir);
    const QString caDir = d.filePath(name + QStringLiteral("-ca"));
    if (!QDir().mkpath(caDir)) {
        g.error = QStringLiteral("cannot create ") + caDir;
        return g;
    }
    const QDir ca(caDir);
    QFile index(ca.filePath(QStringLiteral("index.txt")));
    QFile serial(ca.filePath(QStringLiteral("serial")));
    QFile config(ca.filePath(QStringLiteral("ca.cnf")));
    if (!index.open(QIODevice::WriteOnly) || !serial.open(QIODevice::WriteOnly)
        || !config.open(QIODevice::WriteOnly)) {
        g.error = QStringLiteral("cannot write the openssl ca files in ") + caDir;
        return g;
    }
    serial.write("01\n");
    config.write("[ca]\ndefault_ca = d\n[d]\ndir = " + caDir.toLocal8Bit()
        + "\ndatabase = $dir/index.txt\nserial = $dir/serial\nnew_certs_dir = $dir\ndefault_md = sha256\n"
          "policy = p\nx509_extensions = ext\nunique_subject = no\n[p]\ncommonName = supplied\n"
          "organizationName = optional\n[ext]\nsubjectAltName = IP:127.0.0.1,DNS:localhost\n"
          "basicConstraints = CA:FALSE\n");
    index.close();
    serial.close();
    config.close();

    g.certPath = d.filePath(name + QStringLiteral(".cert.pem"));
    g.keyPath = d.filePath(name + QStringLiteral(".key.pem"));
    const QString request = ca.filePath(QStringLiteral("request.pem"));
    const auto run = [&g](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            g.error = QStringLiteral("openssl %1: %2")
                          .arg(args.constFirst(), QString::fromLocal8Bit(p.readAllStandardError()));
            return false;
        }
        return true;
    };
    if (!run({ QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
            QStringLiteral("/CN=127.0.0.1/O=mgrdesk tests"), QStringLiteral("-keyout"), g.keyPath,
            QStringLiteral("-out"), request }))
        return g;
    if (!run({ QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), config.fileName(),
            QStringLiteral("-selfsign"), QStringLiteral("-keyfile"), g.keyPath, QStringLiteral("-in"),
            request, QStringLiteral("-out"), g.certPath, QStringLiteral("-startdate"), notBefore,
            QStringLiteral("-enddate"), notAfter, QStringLiteral("-notext") }))
        return g;
    QFile f(g.certPath);
    if (!f.open(QIODevice::ReadOnly)) {
        g.error = f.errorString();
        return g;
    }
    g.pem = f.readAll();
    g.ok = !g.pem.isEmpty();
    return g;
}

} // namespace mgrdesk::test
