// RequestLog: bounded, masked (parameters, registered secrets), file output.
#include "core/net/requestlog.h"
#include "core/protocol/request.h"
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
    void masksAlwaysSecretAndPrivateParameters();
    void masksRegisteredSecretsEverywhere();
    void isBounded();
    void writesMaskedFile();
};

static RequestLogEntry entryFor(const protocol::Request &r)
{
    RequestLogEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.function = r.function();
    e.parameters = r.toDisplayString();
    e.status = QStringLiteral("ok");
    return e;
}

void TestRequestLog::masksAlwaysSecretAndPrivateParameters()
{
    protocol::Request r(QStringLiteral("user.edit"));
    r.set(QStringLiteral("password"), QStringLiteral("Pa55-word-xyz"));
    r.set(QStringLiteral("authinfo"), QStringLiteral("admin:Pa55-authinfo"));
    r.set(QStringLiteral("auth"), QStringLiteral("sess1234567890abcdef"));
    r.set(QStringLiteral("key"), QStringLiteral("onetimekey0123456789abcdef"));
    r.set(QStringLiteral("secretanswer"), QStringLiteral("grandma-maiden"));
    r.set(QStringLiteral("name"), QStringLiteral("visible-name"));
    r.markPrivate(QStringLiteral("secretanswer"));
    RequestLog log;
    QSignalSpy spy(&log, &RequestLog::entryAdded);
    log.append(entryFor(r));
    QCOMPARE(spy.count(), 1);
    const QString params = log.entries().constFirst().parameters;
    QVERIFY(!params.contains(QLatin1String("Pa55-word-xyz")));
    QVERIFY(!params.contains(QLatin1String("Pa55-authinfo")));
    QVERIFY(!params.contains(QLatin1String("sess1234567890abcdef")));
    QVERIFY(!params.contains(QLatin1String("onetimekey0123456789abcdef")));
    QVERIFY(!params.contains(QLatin1String("grandma-maiden")));
    QVERIFY2(params.contains(QLatin1String("visible-name")), qPrintable(params));
    QVERIFY(params.contains(QLatin1String("*****")));
}

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
    protocol::Request r(QStringLiteral("auth"));
    r.set(QStringLiteral("username"), QStringLiteral("admin"));
    r.set(QStringLiteral("password"), QStringLiteral("TopSecret99"));
    RequestLogEntry e = entryFor(r);
    e.message = QStringLiteral("got SESSIONID42abc");
    log.append(e);
    QVERIFY(!log.setFilePath(dir.filePath(QStringLiteral("no/such/dir/file.log"))));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("func=auth") || text.contains("auth"));
    QVERIFY(text.contains("username=admin"));
    QVERIFY(!text.contains("TopSecret99"));
    QVERIFY(!text.contains("SESSIONID42abc"));
    QCOMPARE(text.count('\n'), 1);
}

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
