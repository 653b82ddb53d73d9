#include "core/net/apijob.h"
#include "core/net/connection.h"
#include "democlient.h"
#include "demoserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace mgrdesk;

class TestChangeOnce : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DemoServer> m_server;

    int logLines(const QByteArray &needle)
    {
        QFile f(m_server->logFile());
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        return int(f.readAll().count(needle));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<test::DemoServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    void aChangeAnsweredWithAPageIsNotSentAgain()
    {
        net::Connection c(test::demoConnectionSettings(*m_server, QStringLiteral("admin")));
        c.setPassword(test::demoPassword);
        QVERIFY(test::runJob(c, protocol::Request(QStringLiteral("whoami")), 20000).ok());
        QSignalSpy lost(&c, &net::Connection::sessionLost);
        const int before = logLines("func=currency.suspend");

        QVERIFY(m_server->addFault(QStringLiteral("currency.suspend=html@1")));
        protocol::Request change(QStringLiteral("currency.suspend"));
        change.set(QStringLiteral("elid"), QStringLiteral("2"));
        const net::ApiResult r = test::runJob(c, change, 20000);
        QVERIFY(!r.ok());
        QVERIFY(r.mayHaveRun);
        QVERIFY(r.message.contains(QStringLiteral("not sent again")));
        QCOMPARE(lost.count(), 0); // no re-login-and-replay for a change
        QTRY_COMPARE(logLines("func=currency.suspend"), before + 1); // it went out once

        // The next request logs in again and works.
        QVERIFY(test::runJob(c, protocol::Request(QStringLiteral("whoami")), 20000).ok());
        QCOMPARE(logLines("func=currency.suspend"), before + 1);
    }

    void aReadAnsweredWithAPageIsReplayed()
    {
        net::Connection c(test::demoConnectionSettings(*m_server, QStringLiteral("admin")));
        c.setPassword(test::demoPassword);
        QVERIFY(test::runJob(c, protocol::Request(QStringLiteral("whoami")), 20000).ok());
        QSignalSpy lost(&c, &net::Connection::sessionLost);
        QVERIFY(m_server->addFault(QStringLiteral("currency=html@1")));
        const net::ApiResult r = test::runJob(c, protocol::Request(QStringLiteral("currency")), 20000);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(lost.count(), 1);
    }
};

QTEST_MAIN(TestChangeOnce)
#include "tst_changeonce.moc"
