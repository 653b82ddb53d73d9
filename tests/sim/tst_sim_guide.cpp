// The API guide's own examples against the demo server (protocol.md §8.9): user.info with su, payment.edit
// with elid/elname/plid, invoice.generate with the guide's parameters, domain.edit with ip/ns/owner,
// admin.edit and its duplicate-user error, out=text.
#include "simclient.h"

#include <QtTest>

using namespace simtest;
using mgrdesk::test::DemoServer;

class TestSimGuide : public QObject
{
    Q_OBJECT
private:
    XNode admin(Params params)
    {
        params.prepend(P("authinfo", "admin:demo"));
        return m_client->xml(params);
    }
    QStringList paymentsOf(const QString &account)
    {
        const XNode doc = admin({ P("func", "payment"), P("filter", "on"), P("account", account),
            P("p_cnt", "100000"), P("p_num", "1") });
        QStringList ids;
        for (const XNode *e : doc.all(QStringLiteral("elem")))
            ids << e->value(QStringLiteral("id"));
        admin({ P("func", "payment.filter"), P("sok", "ok"), P("clicked_button", "reset") });
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_client = std::make_unique<SimClient>(m_server);
    }

    void userInfoWithSu()
    {
        const XNode me = admin({ P("func", "user.info"), P("su", "client1") });
        QCOMPARE(me.value(QStringLiteral("name")), QStringLiteral("client1"));
        QCOMPARE(me.value(QStringLiteral("elid")), QStringLiteral("2"));
        const XNode byId = admin({ P("func", "user.info"), P("elid", "4") });
        QCOMPARE(byId.value(QStringLiteral("name")), QStringLiteral("client2"));
        QCOMPARE(errorType(m_client->xml(
                     { P("func", "user.info"), P("authinfo", "client2:demo"), P("elid", "2") })),
            QStringLiteral("access"));
        // out=text: the form as one key=value line
        const HttpResult text = m_client->post(
            { P("func", "user.info"), P("authinfo", "admin:demo"), P("su", "client1"), P("out", "text") });
        QVERIFY2(text.body.contains("name=client1"), text.body.constData());
        QCOMPARE(text.body.trimmed().count('\n'), 0);
    }

    void paymentEditWithElnameAndPlid()
    {
        const QStringList ids = paymentsOf(QStringLiteral("1"));
        QVERIFY(!ids.isEmpty());
        const QString id = ids.first();
        const XNode form = admin({ P("func", "payment.edit"), P("elid", id),
            P("elname", QStringLiteral("DH-%1").arg(id)), P("plid", "1"), P("out", "devel") });
        QVERIFY2(form.has(QStringLiteral("number")), qPrintable(errorType(form)));
        QCOMPARE(attr(form, QStringLiteral("metadata"), QStringLiteral("type")), QStringLiteral("form"));
        // a plid that is not the payment's client
        QCOMPARE(errorType(admin({ P("func", "payment.edit"), P("elid", id), P("plid", "2") })),
            QStringLiteral("notfound"));
        QVERIFY(admin({ P("func", "payment.edit"), P("elid", id), P("elname", "x"), P("plid", "1"),
                          P("sok", "ok"), P("status", "9"), P("subaccountamount", "12.5") })
                    .has(QStringLiteral("ok")));
        const XNode again = admin({ P("func", "payment.edit"), P("elid", id) });
        QCOMPARE(again.value(QStringLiteral("status")), QStringLiteral("9"));
        QCOMPARE(again.value(QStringLiteral("subaccountamount")), QStringLiteral("12.50"));
        QCOMPARE(
            errorType(admin({ P("func", "payment.edit"), P("elid", id), P("sok", "ok"), P("status", "42") })),
            QStringLiteral("value"));
        QCOMPARE(errorType(m_client->xml(
                     { P("func", "payment.edit"), P("authinfo", "client1:demo"), P("elid", id) })),
            QStringLiteral("access"));
    }

    void invoiceGenerateWithTheGuidesParameters()
    {
        const int before
            = admin({ P("func", "invoice"), P("p_cnt", "1") }).value(QStringLiteral("p_elems")).toInt();
        const XNode done = admin({ P("func", "invoice.generate"), P("company", "12"), P("gentype", "all"),
            P("fromdate", "2025-12-01"), P("todate", "2026-02-28"), P("sok", "ok") });
        QVERIFY2(done.has(QStringLiteral("ok")), qPrintable(errorType(done)));
        const int made = done.value(QStringLiteral("count")).toInt();
        QVERIFY(made > 0);
        const int after
            = admin({ P("func", "invoice"), P("p_cnt", "1") }).value(QStringLiteral("p_elems")).toInt();
        QCOMPARE(after, before + made);
        const XNode company = admin({ P("func", "invoice.generate"), P("company", "13"), P("gentype", "all"),
            P("fromdate", "2025-12-01"), P("todate", "2026-02-28"), P("sok", "ok") });
        QCOMPARE(errorType(company), QStringLiteral("value"));
        QCOMPARE(attr(company, QStringLiteral("error"), QStringLiteral("object")), QStringLiteral("company"));
        const XNode date = admin({ P("func", "invoice.generate"), P("company", "12"), P("gentype", "all"),
            P("fromdate", "2025-13-01"), P("todate", "2026-02-28"), P("sok", "ok") });
        QCOMPARE(attr(date, QStringLiteral("error"), QStringLiteral("object")), QStringLiteral("fromdate"));
        // the form opens with the company selectable
        QVERIFY(admin({ P("func", "invoice.generate"), P("out", "devel") }).find(QStringLiteral("slist")));
    }

    void domainEditWithIpNsOwner()
    {
        const XNode made = admin({ P("func", "domain.edit"), P("clicked_button", "ok"), P("sok", "ok"),
            P("name", "guide-example.com"), P("ip", "192.0.2.10"), P("ns", "ns1.example.com ns2.example.com"),
            P("owner", "client1") });
        QVERIFY2(made.has(QStringLiteral("ok")), qPrintable(errorType(made)));
        const QString id = made.value(QStringLiteral("id"));
        const XNode mine = m_client->xml({ P("func", "domain"), P("authinfo", "client1:demo"),
            P("filter", "on"), P("domain", "guide-example"), P("p_cnt", "10") });
        QCOMPARE(mine.all(QStringLiteral("elem")).size(), 1);
        const XNode open = admin({ P("func", "domain.edit"), P("elid", id) });
        QCOMPARE(open.value(QStringLiteral("ip")), QStringLiteral("192.0.2.10"));
        QCOMPARE(open.value(QStringLiteral("ns")), QStringLiteral("ns1.example.com ns2.example.com"));
        const XNode dup = admin({ P("func", "domain.edit"), P("sok", "ok"), P("name", "guide-example.com") });
        QCOMPARE(errorType(dup), QStringLiteral("exists"));
        QCOMPARE(errorType(admin({ P("func", "domain.edit"), P("sok", "ok"), P("name", "x.example.com"),
                     P("ip", "1.2.3") })),
            QStringLiteral("value"));
        QVERIFY(admin({ P("func", "domain.edit"), P("elid", id), P("sok", "ok"), P("ns", "ns3.example.net") })
                    .has(QStringLiteral("ok")));
        QCOMPARE(admin({ P("func", "domain.edit"), P("elid", id) }).value(QStringLiteral("ns")),
            QStringLiteral("ns3.example.net"));
    }

    void adminEditAndTheDuplicateError()
    {
        const XNode made = admin({ P("func", "admin.edit"), P("sok", "ok"), P("name", "ben"),
            P("realname", "Ben"), P("passwd", "secret-1"), P("confirm", "secret-1") });
        QVERIFY2(made.has(QStringLiteral("ok")), qPrintable(errorType(made)));
        const XNode who = m_client->xml({ P("func", "whoami"), P("authinfo", "ben:secret-1") });
        QCOMPARE(attr(who, QStringLiteral("user"), QStringLiteral("level")), QStringLiteral("29"));
        const XNode dup = admin({ P("func", "admin.edit"), P("sok", "ok"), P("name", "ben"),
            P("passwd", "x2"), P("confirm", "x2"), P("lang", "en") });
        const XNode *err = dup.child(QStringLiteral("error"));
        QVERIFY(err);
        QCOMPARE(err->attrs.value(QStringLiteral("type")), QStringLiteral("exists"));
        QCOMPARE(err->attrs.value(QStringLiteral("object")), QStringLiteral("user"));
        QCOMPARE(err->value(QStringLiteral("msg")), QStringLiteral("User with value 'ben' already exists"));
        QCOMPARE(
            err->child(QStringLiteral("param"))->attrs.value(QStringLiteral("msg")), QStringLiteral("User"));
        // the staff list holds ben, not the clients
        const XNode staff = admin({ P("func", "admin"), P("p_cnt", "100") });
        QStringList names;
        for (const XNode *e : staff.all(QStringLiteral("elem")))
            names << e->value(QStringLiteral("name"));
        QVERIFY(names.contains(QStringLiteral("ben")));
        QVERIFY(names.contains(QStringLiteral("admin")));
        QVERIFY(!names.contains(QStringLiteral("client1")));
    }

private:
    DemoServer m_server;
    std::unique_ptr<SimClient> m_client;
};

QTEST_GUILESS_MAIN(TestSimGuide)
#include "tst_sim_guide.moc"
