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

} // namespace mgrdesk::test
