// The test helper's DemoServer ends its server however the test ends: a normal stop, an abort() inside the
// test, and a SIGKILL of the test (what CTest does on a timeout). mgrdesk_orphanprobe plays the dying test.
#include "demoserver.h"
#include "qtwarnings.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <csignal>

using mgrdesk::test::DemoServer;

namespace {

// Alive = exists and is not a zombie (a reparented zombie waits for a reaper that a container may not run).
bool processAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 && close + 2 < line.size() && line.at(close + 2) != 'Z' && line.at(close + 2) != 'X';
}

} // namespace

class TestDemoServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { mgrdesk::test::failOnQtMisuseWarnings(); }
    void stopEndsTheServer();
    void serverDiesWithTheTest_data();
    void serverDiesWithTheTest();
};

void TestDemoServer::stopEndsTheServer()
{
    DemoServer::Options o;
    o.http = true;
    DemoServer server(o);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const qint64 pid = server.process()->processId();
    QVERIFY(processAlive(pid));
    QCOMPARE(server.stop(), 0);
    QVERIFY(!processAlive(pid));
}

void TestDemoServer::serverDiesWithTheTest_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("abort() in the test") << QStringLiteral("abort");
    QTest::newRow("test killed (timeout)") << QStringLiteral("hang");
}

void TestDemoServer::serverDiesWithTheTest()
{
#ifndef Q_OS_LINUX
    QSKIP("DemoServer ties the server to the test with PR_SET_PDEATHSIG, which only Linux has");
#else
    QFETCH(QString, mode);
    QProcess probe;
    probe.setProcessChannelMode(QProcess::SeparateChannels);
    probe.start(QStringLiteral(MGRDESK_ORPHAN_PROBE), { mode });
    QVERIFY2(probe.waitForStarted(10000), qPrintable(probe.errorString()));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT(
        (out += probe.readAllStandardOutput()).contains('\n') || probe.state() == QProcess::NotRunning,
        60000);
    QVERIFY2(out.startsWith("server pid "),
        qPrintable(QString::fromLocal8Bit(out + probe.readAllStandardError())));
    const qint64 serverPid = out.mid(11).trimmed().toLongLong();
    QVERIFY(serverPid > 0);
    QVERIFY2(processAlive(serverPid), "the server runs while its test does");

    probe.write("go\n");
    probe.closeWriteChannel();
    if (mode == QLatin1String("hang"))
        ::kill(pid_t(probe.processId()), SIGKILL);
    QVERIFY(probe.waitForFinished(30000));
    QCOMPARE(probe.exitStatus(), QProcess::CrashExit);
    // The kernel sends SIGKILL to the server as the probe's thread dies; give the signal a moment to land.
    QTRY_VERIFY2_WITH_TIMEOUT(!processAlive(serverPid), "the demo server outlived its test", 10000);
#endif
}

QTEST_GUILESS_MAIN(TestDemoServer)
#include "tst_demoserver.moc"
