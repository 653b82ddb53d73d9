// Fault injection on the real demo server: latency, dropped connection, HTTP 500, truncated body, an HTML
// page, a redirect, an expired session; per function, for all, counted; from the command line and the control
// endpoint.
#include "simclient.h"

#include <QtTest>

using namespace simtest;
using mgrdesk::test::DemoServer;

class TestSimFaults : public QObject
{
    Q_OBJECT
private:
    void inject(const QString &spec)
    {
        QString error;
        QVERIFY2(m_server->addFault(spec, &error), qPrintable(error));
    }
    void clear()
    {
        QString error;
        QVERIFY2(m_server->clearFaults(&error), qPrintable(error));
    }
    HttpResult whoami()
    {
        return m_client->post({ P("func", "whoami"), P("authinfo", "admin:demo"), P("out", "xml") });
    }
    bool healthy()
    {
        bool ok = false;
        const XNode doc = whoami().xml(&ok);
        return ok && doc.has(QStringLiteral("user"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<DemoServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_client = std::make_unique<SimClient>(*m_server);
    }

    void dropConnection()
    {
        // every time: QNAM silently resends a request whose connection closed without a reply (twice)
        inject(QStringLiteral("whoami=drop"));
        const HttpResult r = whoami();
        QVERIFY(r.error != QNetworkReply::NoError);
        QVERIFY(r.body.isEmpty());
        clear();
        QVERIFY(healthy());
    }

    void http500()
    {
        inject(QStringLiteral("whoami=http500@1"));
        const HttpResult r = whoami();
        QCOMPARE(r.status, 500);
        QVERIFY(healthy());
    }

    void truncatedBody()
    {
        inject(QStringLiteral("payment=truncate@1"));
        const HttpResult r = m_client->post(
            { P("func", "payment"), P("authinfo", "admin:demo"), P("out", "xml"), P("p_cnt", "200") });
        bool wellFormed = false;
        r.xml(&wellFormed);
        const bool complete = r.error == QNetworkReply::NoError && wellFormed;
        QVERIFY(!complete);
        QVERIFY(r.body.size() < r.header("Content-Length").toInt() || r.error != QNetworkReply::NoError);
    }

    void htmlInsteadOfXml()
    {
        inject(QStringLiteral("whoami=html@1"));
        const HttpResult r = whoami();
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        bool ok = false;
        const XNode doc = r.xml(&ok);
        QVERIFY(!ok || doc.name != QLatin1String("doc"));
    }

    void redirect()
    {
        inject(QStringLiteral("whoami=redirect@1"));
        const HttpResult r = whoami();
        QCOMPARE(r.status, 302);
        QVERIFY(r.header("Location").contains("/billmgr"));
    }

    void expiredSession()
    {
        const QString sid = m_client->login(QStringLiteral("admin"));
        QVERIFY(m_client->xml({ P("func", "whoami"), P("auth", sid) }).has(QStringLiteral("user")));
        inject(QStringLiteral("whoami=expire@1"));
        QCOMPARE(errorType(m_client->xml({ P("func", "whoami"), P("auth", sid) })), QStringLiteral("auth"));
        QCOMPARE(errorType(m_client->xml({ P("func", "whoami"), P("auth", sid) })),
            QStringLiteral("auth")); // gone for good
        QVERIFY(!m_client->login(QStringLiteral("admin")).isEmpty()); // logging in again works
    }

    void latencyDoesNotBlockOthers()
    {
        inject(QStringLiteral("currency=latency:4000@1"));
        const int loggedBefore = m_server->loggedCount(QStringLiteral("currency"));
        SimClient other(*m_server);
        QNetworkRequest req = m_client->request(m_client->base());
        req.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *slow = m_client->nam()->post(
            req, SimClient::encode({ P("func", "currency"), P("authinfo", "admin:demo"), P("out", "xml") }));
        QTRY_COMPARE(
            m_server->loggedCount(QStringLiteral("currency")), loggedBefore + 1); // it reached the server
        const XNode fast = other.xml({ P("func", "whoami"), P("authinfo", "admin:demo") });
        QVERIFY(fast.has(QStringLiteral("user")));
        QVERIFY(!slow->isFinished()); // still delayed while another client was served
        const HttpResult r = SimClient::wait(slow, 30000);
        QVERIFY(r.xml().all(QStringLiteral("elem")).size() == 4); // and then it arrives intact
    }

    void scopeAllAndPerFunction()
    {
        inject(QStringLiteral("payment=http500@1"));
        QVERIFY(healthy()); // another function is not affected, and the fault is still pending
        QCOMPARE(
            m_client->post({ P("func", "payment"), P("authinfo", "admin:demo"), P("out", "xml") }).status,
            500);
        inject(QStringLiteral("*=http500@2"));
        QCOMPARE(whoami().status, 500);
        QCOMPARE(
            m_client->post({ P("func", "currency"), P("authinfo", "admin:demo"), P("out", "xml") }).status,
            500);
        QVERIFY(healthy());
    }

    void badSpecsAreRefused()
    {
        QUrl url = m_server->baseUrl();
        url.setPath(QStringLiteral("/__sim/fault"));
        url.setQuery(QStringLiteral("spec=whoami%3Dexplode"));
        QCOMPARE(SimClient::wait(m_client->nam()->get(m_client->request(url)), 30000).status, 400);
        DemoServer::Options o;
        o.http = true;
        o.extraArgs = { QStringLiteral("--fault"), QStringLiteral("nonsense") };
        DemoServer bad(o);
        QVERIFY(!bad.start());
        QVERIFY(bad.errorString().contains(QStringLiteral("fault")));
    }

    void faultFromTheCommandLine()
    {
        DemoServer::Options o;
        o.http = true;
        o.control = false;
        o.extraArgs = { QStringLiteral("--fault"), QStringLiteral("currency=http500"),
            QStringLiteral("--fault"), QStringLiteral("journal=drop") };
        DemoServer s(o);
        QVERIFY2(s.start(), qPrintable(s.errorString()));
        SimClient c(s);
        for (int i = 0; i < 2; ++i) // without a count: every request
            QCOMPARE(
                c.post({ P("func", "currency"), P("authinfo", "admin:demo"), P("out", "xml") }).status, 500);
        QVERIFY(c.post({ P("func", "journal"), P("authinfo", "admin:demo"), P("out", "xml") }).error
            != QNetworkReply::NoError);
        QVERIFY(c.xml({ P("func", "whoami"), P("authinfo", "admin:demo") }).has(QStringLiteral("user")));
        // without --control the endpoint does not exist
        QUrl url = s.baseUrl();
        url.setPath(QStringLiteral("/__sim/fault"));
        QCOMPARE(SimClient::wait(c.nam()->get(c.request(url)), 30000).status, 404);
    }

private:
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<SimClient> m_client;
};

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_sim_faults.moc"
