// RequestLog: bounded, masked (registered secrets, in memory and in the file), file output. That secret and
// private parameters of a request never reach the log through a connection is tst_connection's
// requestLogNeverHoldsSecrets (the entry is built there); tst_request covers Request::toDisplayString.
#include "core/net/requestlog.h"
#include "qtwarnings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mgrdesk;
using mgrdesk::net::RequestLog;
using mgrdesk::net::RequestLogEntry;

class TestRequestLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { mgrdesk::test::failOnQtMisuseWarnings(); }
    void masksRegisteredSecretsEverywhere();
    void isBounded();
    void writesMaskedFile();
};

void TestRequestLog::masksRegisteredSecretsEverywhere()
{
    RequestLog log;
    log.addSecret(QStringLiteral("SESSIONID42abc"));
    log.addSecret(QStringLiteral("p@ss word"));
    log.addSecret(QStringLiteral("abc")); // too short to mask: ignored
    RequestLogEntry e;
    e.function = QStringLiteral("session.delete");
    e.parameters = QStringLiteral("elid=SESSIONID42abc&x=p%40ss%20word&y=abc");
    e.message = QStringLiteral("session SESSIONID42abc ended; p@ss word");
    log.append(e);
    const RequestLogEntry got = log.entries().constFirst();
    QVERIFY(!got.parameters.contains(QLatin1String("SESSIONID42abc")));
    QVERIFY(!got.message.contains(QLatin1String("SESSIONID42abc")));
    QVERIFY(!got.message.contains(QLatin1String("p@ss word")));
    QVERIFY2(!got.parameters.contains(QLatin1String("p%40ss%20word")), qPrintable(got.parameters));
    QVERIFY(got.parameters.contains(QLatin1String("y=abc")));
}

void TestRequestLog::isBounded()
{
    RequestLog log;
    log.setCapacity(10);
    for (int i = 0; i < 25; ++i) {
        RequestLogEntry e;
        e.function = QStringLiteral("f%1").arg(i);
        log.append(e);
    }
    QCOMPARE(log.size(), 10);
    QCOMPARE(log.entries().constFirst().function, QStringLiteral("f15"));
    QCOMPARE(log.entries().constLast().function, QStringLiteral("f24"));
    log.setCapacity(3);
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.entries().constFirst().function, QStringLiteral("f22"));
}

void TestRequestLog::writesMaskedFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("requests.log"));
    RequestLog log;
    QVERIFY(log.setFilePath(path));
    log.addSecret(QStringLiteral("SESSIONID42abc"));
    log.addSecret(QStringLiteral("TopSecret99"));
    // Unmasked on the way in: the log itself masks what it writes.
    RequestLogEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.function = QStringLiteral("auth");
    e.parameters = QStringLiteral("username=admin&password=TopSecret99");
    e.status = QStringLiteral("ok");
    e.message = QStringLiteral("got SESSIONID42abc");
    log.append(e);
    QVERIFY(!log.setFilePath(dir.filePath(QStringLiteral("no/such/dir/file.log"))));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("auth"));
    QVERIFY(text.contains("username=admin"));
    QVERIFY(!text.contains("TopSecret99"));
    QVERIFY(!text.contains("SESSIONID42abc"));
    QCOMPARE(text.count('\n'), 1);
}

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
