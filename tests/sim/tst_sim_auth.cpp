// Authentication, sessions and su on the real demo server: func=auth, authinfo, keys, the billmgrses5 cookie,
// idle expiry, address binding, the authinfo whitelist, session list/delete, su= and func=su, lang.
#include "simclient.h"

#include <QtTest>

using namespace simtest;
using mgrdesk::test::DemoServer;

class TestSimAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_client = std::make_unique<SimClient>(m_server);
    }

    void loginReturnsSessionAndLevel()
    {
        const XNode doc = m_client->xml({ P("func", "auth"), P("username", "admin"), P("password", "demo") });
        const XNode *auth = doc.child(QStringLiteral("auth"));
        QVERIFY(auth);
        QVERIFY(!auth->attrs.value(QStringLiteral("id")).isEmpty());
        QCOMPARE(auth->text, auth->attrs.value(QStringLiteral("id")));
        QCOMPARE(auth->attrs.value(QStringLiteral("level")), QStringLiteral("29"));
        const XNode c = m_client->xml({ P("func", "auth"), P("username", "client1"), P("password", "demo") });
        QCOMPARE(c.child(QStringLiteral("auth"))->attrs.value(QStringLiteral("level")), QStringLiteral("16"));
    }

    void badPasswordIsAuthError()
    {
        const HttpResult r = m_client->post(
            { P("func", "auth"), P("username", "admin"), P("password", "nope"), P("out", "xml") });
        QCOMPARE(r.status, 200); // errors come with HTTP 200
        const XNode doc = r.xml();
        const XNode *err = doc.child(QStringLiteral("error"));
        QVERIFY(err);
        QCOMPARE(err->attrs.value(QStringLiteral("type")), QStringLiteral("auth"));
        QCOMPARE(err->attrs.value(QStringLiteral("object")), QStringLiteral("badpassword"));
        QCOMPARE(err->value(QStringLiteral("msg")), QStringLiteral("Invalid username or password"));
        const XNode ru = m_client->xml(
            { P("func", "auth"), P("username", "admin"), P("password", "x"), P("lang", "ru") });
        QCOMPARE(ru.child(QStringLiteral("error"))->value(QStringLiteral("msg")),
            QStringLiteral("Неверное имя пользователя или пароль"));
    }

    void sessionByParameterAndCookie()
    {
        const HttpResult r = m_client->post(
            { P("func", "auth"), P("username", "client2"), P("password", "demo"), P("out", "xml") });
        const QString sid = r.xml().child(QStringLiteral("auth"))->attrs.value(QStringLiteral("id"));
        QVERIFY(r.header("Set-Cookie").startsWith("billmgrses5=" + sid.toLatin1()));
        const XNode byParam = m_client->xml({ P("func", "whoami"), P("auth", sid) });
        QCOMPARE(byParam.child(QStringLiteral("user"))->attrs.value(QStringLiteral("name")),
            QStringLiteral("client2"));
        SimClient fresh(m_server); // no cookie jar state: the header is set by hand
        const HttpResult byCookie = fresh.post(
            { P("func", "whoami"), P("out", "xml") }, { { "Cookie", "billmgrses5=" + sid.toLatin1() } });
        QCOMPARE(byCookie.xml().child(QStringLiteral("user"))->attrs.value(QStringLiteral("name")),
            QStringLiteral("client2"));
        const XNode keep = m_client->xml({ P("func", "keepalive"), P("auth", sid) });
        QVERIFY(keep.has(QStringLiteral("ok")));
    }

    void authinfoPerRequestWithoutSession()
    {
        const XNode before = m_client->xml({ P("func", "session"), P("authinfo", "admin:demo") });
        const int sessions = before.all(QStringLiteral("elem")).size();
        const XNode who = m_client->xml({ P("func", "whoami"), P("authinfo", "client1:demo") });
        QCOMPARE(who.child(QStringLiteral("user"))->attrs.value(QStringLiteral("name")),
            QStringLiteral("client1"));
        const XNode after = m_client->xml({ P("func", "session"), P("authinfo", "admin:demo") });
        QCOMPARE(after.all(QStringLiteral("elem")).size(), sessions);
        const XNode bad = m_client->xml({ P("func", "whoami"), P("authinfo", "client1:wrong") });
        QCOMPARE(errorType(bad), QStringLiteral("auth"));
    }

    void keyLoginIsSingleUse()
    {
        const QString key = QStringLiteral("0123456789abcdef0123");
        const XNode made = m_client->xml({ P("func", "session.newkey"), P("authinfo", "admin:demo"),
            P("username", "client1"), P("key", key) });
        QVERIFY(made.has(QStringLiteral("ok")));
        const XNode first = m_client->xml({ P("func", "auth"), P("username", "client1"), P("key", key) });
        QVERIFY(first.has(QStringLiteral("auth")));
        const QString sid = first.child(QStringLiteral("auth"))->attrs.value(QStringLiteral("id"));
        QCOMPARE(attr(m_client->xml({ P("func", "whoami"), P("auth", sid) }), QStringLiteral("user"),
                     QStringLiteral("name")),
            QStringLiteral("client1"));
        const XNode second = m_client->xml({ P("func", "auth"), P("username", "client1"), P("key", key) });
        QCOMPARE(errorType(second), QStringLiteral("auth"));
        const XNode shortKey = m_client->xml({ P("func", "session.newkey"), P("authinfo", "admin:demo"),
            P("username", "client1"), P("key", "short") });
        QCOMPARE(errorType(shortKey), QStringLiteral("value"));
        const XNode byClient = m_client->xml({ P("func", "session.newkey"), P("authinfo", "client1:demo"),
            P("username", "client2"), P("key", key) });
        QCOMPARE(errorType(byClient), QStringLiteral("access"));
    }

    void noAuthGivesErrorOrLoginPage()
    {
        const XNode api = m_client->xml({ P("func", "payment") });
        QCOMPARE(errorType(api), QStringLiteral("auth"));
        const XNode badSession = m_client->xml({ P("func", "payment"), P("auth", "deadbeef") });
        QCOMPARE(errorType(badSession), QStringLiteral("auth"));
        const HttpResult browser = m_client->get({ P("func", "payment") });
        QCOMPARE(browser.status, 200);
        QVERIFY(browser.header("Content-Type").startsWith("text/html"));
        QVERIFY(browser.body.contains("<form"));
        QVERIFY(browser.body.contains("name=\"password\""));
        // a browser whose cookie session is gone is redirected to the login page
        const HttpResult lost
            = m_client->get({ P("func", "payment") }, { { "Cookie", "billmgrses5=0123456789abcdef" } });
        QCOMPARE(lost.status, 302);
        QCOMPARE(lost.header("Location"), QByteArray("/billmgr"));
        // an API request with the same stale cookie gets an auth error instead
        const HttpResult api2 = m_client->post(
            { P("func", "payment"), P("out", "xml") }, { { "Cookie", "billmgrses5=0123456789abcdef" } });
        QCOMPARE(api2.status, 200);
        QCOMPARE(errorType(api2.xml()), QStringLiteral("auth"));
    }

    void sessionListAndDelete()
    {
        const QString s1 = m_client->login(QStringLiteral("admin"));
        const QString s2 = m_client->login(QStringLiteral("admin"));
        QVERIFY(!s1.isEmpty() && !s2.isEmpty() && s1 != s2);
        const XNode list = m_client->xml({ P("func", "session"), P("auth", s1) });
        QStringList ids;
        for (const XNode *e : list.all(QStringLiteral("elem")))
            ids << e->value(QStringLiteral("id"));
        QVERIFY(ids.contains(s1));
        QVERIFY(ids.contains(s2));
        QVERIFY(m_client->xml({ P("func", "session.delete"), P("auth", s1), P("elid", s2) })
                    .has(QStringLiteral("ok")));
        QCOMPARE(errorType(m_client->xml({ P("func", "whoami"), P("auth", s2) })), QStringLiteral("auth"));
        // deleting what does not exist is ok
        QVERIFY(m_client->xml({ P("func", "session.delete"), P("auth", s1), P("elid", "nosuchsession") })
                    .has(QStringLiteral("ok")));
        // a client sees only its own sessions
        const QString c2 = m_client->login(QStringLiteral("client2"));
        const XNode mine = m_client->xml({ P("func", "session"), P("auth", c2) });
        for (const XNode *e : mine.all(QStringLiteral("elem")))
            QCOMPARE(e->value(QStringLiteral("login")), QStringLiteral("client2"));
    }

    void suParameter_data()
    {
        QTest::addColumn<QString>("caller");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("admin as client1") << "admin"
                                          << "client1" << true;
        QTest::newRow("admin as client1-sub") << "admin"
                                              << "client1-sub" << true;
        QTest::newRow("client1 as own sub-user") << "client1"
                                                 << "client1-sub" << true;
        QTest::newRow("client1 as client2") << "client1"
                                            << "client2" << false;
        QTest::newRow("client2 as client1-sub") << "client2"
                                                << "client1-sub" << false;
        QTest::newRow("sub-user as owner") << "client1-sub"
                                           << "client1" << false;
        QTest::newRow("admin as nobody") << "admin"
                                         << "nosuchuser" << false;
    }

    void suParameter()
    {
        QFETCH(QString, caller);
        QFETCH(QString, target);
        QFETCH(bool, allowed);
        const XNode doc = m_client->xml(
            { P("func", "whoami"), P("authinfo", caller + QStringLiteral(":demo")), P("su", target) });
        if (allowed) {
            QVERIFY(doc.has(QStringLiteral("user")));
            QCOMPARE(doc.child(QStringLiteral("user"))->attrs.value(QStringLiteral("name")), target);
            QCOMPARE(doc.child(QStringLiteral("user"))->attrs.value(QStringLiteral("level")),
                QStringLiteral("16"));
        } else {
            QVERIFY(doc.has(QStringLiteral("error")));
            QCOMPARE(errorType(doc), QStringLiteral("access"));
        }
    }

    void suEffectiveUserDrivesAccess()
    {
        // As client1 (through su) the admin sees exactly client1's payments, and admin-only lists refuse.
        const XNode own
            = m_client->xml({ P("func", "payment"), P("authinfo", "client1:demo"), P("p_cnt", "5") });
        const XNode su = m_client->xml(
            { P("func", "payment"), P("authinfo", "admin:demo"), P("su", "client1"), P("p_cnt", "5") });
        const XNode all
            = m_client->xml({ P("func", "payment"), P("authinfo", "admin:demo"), P("p_cnt", "5") });
        QCOMPARE(su.value(QStringLiteral("p_elems")), own.value(QStringLiteral("p_elems")));
        QVERIFY(all.value(QStringLiteral("p_elems")).toInt() > own.value(QStringLiteral("p_elems")).toInt());
        const XNode refused
            = m_client->xml({ P("func", "account"), P("authinfo", "admin:demo"), P("su", "client1") });
        QCOMPARE(errorType(refused), QStringLiteral("access"));
    }

    void suFunctionSwitchesSession()
    {
        const QString sid = m_client->login(QStringLiteral("admin"));
        QVERIFY(m_client->xml({ P("func", "su"), P("auth", sid), P("elid", "client1") })
                    .has(QStringLiteral("ok")));
        const XNode who = m_client->xml({ P("func", "whoami"), P("auth", sid) });
        QCOMPARE(who.child(QStringLiteral("user"))->attrs.value(QStringLiteral("name")),
            QStringLiteral("client1"));
        // the su chain as <path> elements (the real whoami): the login first, the effective user last
        const QList<const XNode *> path = who.all(QStringLiteral("path"));
        QCOMPARE(path.size(), 2);
        QCOMPARE(path.at(0)->attrs.value(QStringLiteral("name")), QStringLiteral("admin"));
        QCOMPARE(path.at(0)->attrs.value(QStringLiteral("level")), QStringLiteral("29"));
        QCOMPARE(path.at(1)->attrs.value(QStringLiteral("name")), QStringLiteral("client1"));
        QCOMPARE(path.at(1)->attrs.value(QStringLiteral("level")), QStringLiteral("16"));
        QCOMPARE(path.at(1)->text, QStringLiteral("2"));
        // back to the administrator
        QVERIFY(
            m_client->xml({ P("func", "su"), P("auth", sid), P("elid", "admin") }).has(QStringLiteral("ok")));
        QCOMPARE(m_client->xml({ P("func", "whoami"), P("auth", sid) })
                     .child(QStringLiteral("user"))
                     ->attrs.value(QStringLiteral("name")),
            QStringLiteral("admin"));
        const QString c2 = m_client->login(QStringLiteral("client2"));
        QCOMPARE(errorType(m_client->xml({ P("func", "su"), P("auth", c2), P("elid", "client1") })),
            QStringLiteral("access"));
        // elid may name the user by id; an empty elid switches back
        const XNode users = m_client->xml({ P("func", "user"), P("auth", sid), P("filter", "on"),
            P("name", "client1-sub"), P("p_cnt", "10"), P("p_num", "1") });
        QCOMPARE(users.all(QStringLiteral("elem")).size(), 1);
        const QString subId = users.child(QStringLiteral("elem"))->value(QStringLiteral("id"));
        QVERIFY(!subId.isEmpty());
        QVERIFY(
            m_client->xml({ P("func", "su"), P("auth", sid), P("elid", subId) }).has(QStringLiteral("ok")));
        QCOMPARE(attr(m_client->xml({ P("func", "whoami"), P("auth", sid) }), QStringLiteral("user"),
                     QStringLiteral("name")),
            QStringLiteral("client1-sub"));
        // the switched session's access checks follow the effective user: admin-only lists refuse
        QCOMPARE(
            errorType(m_client->xml({ P("func", "account"), P("auth", sid) })), QStringLiteral("access"));
        QVERIFY(m_client->xml({ P("func", "su"), P("auth", sid), P("elid", "") }).has(QStringLiteral("ok")));
        QCOMPARE(attr(m_client->xml({ P("func", "whoami"), P("auth", sid) }), QStringLiteral("user"),
                     QStringLiteral("name")),
            QStringLiteral("admin"));
        QVERIFY(m_client->xml({ P("func", "account"), P("auth", sid) }).has(QStringLiteral("elem")));
    }

    void sessionsAndKeysExpireWhenIdle()
    {
        DemoServer::Options o;
        o.http = true;
        o.idleTimeout = 2;
        DemoServer server(o);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        SimClient c(server);
        const QString idle = c.login(QStringLiteral("admin"));
        const QString active = c.login(QStringLiteral("client1"));
        QVERIFY(c.xml({ P("func", "whoami"), P("auth", idle) }).has(QStringLiteral("user")));
        const QString staleKey = QStringLiteral("stale-key-0123456789");
        QVERIFY(c.xml({ P("func", "session.newkey"), P("auth", idle), P("username", "client2"),
                          P("key", staleKey) })
                    .has(QStringLiteral("ok")));
        // Elapsed time is the subject here (the `expire` fault would end a session regardless of its use):
        // keepalive (like any request) refreshes a session: 3 s of keepalives 1 s apart outlive 2 s idle,
        // while `idle` and the key, unused for 3 s, wait out more than the idle time.
        for (int i = 0; i < 3; ++i) {
            QTest::qWait(1000);
            QVERIFY(c.xml({ P("func", "keepalive"), P("auth", active) }).has(QStringLiteral("ok")));
        }
        const XNode expired = c.xml({ P("func", "whoami"), P("auth", idle) });
        QVERIFY(expired.has(QStringLiteral("error")));
        QCOMPARE(errorType(expired), QStringLiteral("auth"));
        QCOMPARE(attr(c.xml({ P("func", "whoami"), P("auth", active) }), QStringLiteral("user"),
                     QStringLiteral("name")),
            QStringLiteral("client1"));
        // an unused login key expires after the idle time too
        QCOMPARE(errorType(c.xml({ P("func", "auth"), P("username", "client2"), P("key", staleKey) })),
            QStringLiteral("auth"));
        // while a fresh one still works
        const QString freshKey = QStringLiteral("fresh-key-0123456789");
        QVERIFY(c.xml({ P("func", "session.newkey"), P("authinfo", "admin:demo"), P("username", "client2"),
                          P("key", freshKey) })
                    .has(QStringLiteral("ok")));
        QCOMPARE(attr(c.xml({ P("func", "auth"), P("username", "client2"), P("key", freshKey) }),
                     QStringLiteral("auth"), QStringLiteral("level")),
            QStringLiteral("16"));
        QCOMPARE(server.stop(), 0);
    }

    void sessionsAreBoundToTheAddress()
    {
        DemoServer::Options o;
        o.http = true;
        o.extraArgs = { QStringLiteral("--trust-forwarded") };
        DemoServer server(o);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        SimClient c(server);
        const HttpResult r
            = c.post({ P("func", "auth"), P("username", "admin"), P("password", "demo"), P("out", "xml") },
                { { "X-Forwarded-For", "10.0.0.5" } });
        const QString sid = r.xml().child(QStringLiteral("auth"))->attrs.value(QStringLiteral("id"));
        QVERIFY(!sid.isEmpty());
        QVERIFY(c.post({ P("func", "whoami"), P("auth", sid), P("out", "xml") },
                     { { "X-Forwarded-For", "10.0.0.5" } })
                    .xml()
                    .has(QStringLiteral("user")));
        const XNode moved = c.post({ P("func", "whoami"), P("auth", sid), P("out", "xml") },
                                 { { "X-Forwarded-For", "10.0.0.6" } })
                                .xml();
        QCOMPARE(errorType(moved), QStringLiteral("auth"));
    }

    void authinfoWhitelist()
    {
        DemoServer::Options o;
        o.http = true;
        o.extraArgs = { QStringLiteral("--trust-forwarded"), QStringLiteral("--authinfo-whitelist"),
            QStringLiteral("10.0.0.0/8") };
        DemoServer server(o);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        SimClient c(server);
        const XNode refused = c.xml({ P("func", "whoami"), P("authinfo", "admin:demo") });
        QCOMPARE(errorType(refused), QStringLiteral("auth"));
        QCOMPARE(refused.child(QStringLiteral("error"))->attrs.value(QStringLiteral("object")),
            QStringLiteral("authinfo"));
        const XNode allowed = c.post({ P("func", "whoami"), P("authinfo", "admin:demo"), P("out", "xml") },
                                   { { "X-Forwarded-For", "10.1.2.3" } })
                                  .xml();
        QVERIFY(allowed.has(QStringLiteral("user")));
        // sessions are not affected by the authinfo whitelist
        QVERIFY(!c.login(QStringLiteral("admin")).isEmpty());
    }

private:
    DemoServer m_server;
    std::unique_ptr<SimClient> m_client;
};

QTEST_GUILESS_MAIN(TestSimAuth)
#include "tst_sim_auth.moc"
