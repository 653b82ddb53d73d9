// Actions on the real demo server: group operations with "elid=1, 2, 3", deletes that reply ok for unknown
// ids, suspend/resume, access checks on actions, a long operation with progressid + progress.get, and the
// journal.
#include "simclient.h"

#include <QtTest>

using namespace simtest;
using mgrdesk::test::DemoServer;

class TestSimActions : public QObject
{
    Q_OBJECT
private:
    XNode call(const QString &who, Params params)
    {
        params.prepend(P("authinfo", who + QStringLiteral(":demo")));
        return m_client->xml(params);
    }
    QString statusOf(const QString &func, const QString &column, const QString &id)
    {
        const XNode doc
            = call(QStringLiteral("admin"), { P("func", func), P("p_cnt", "100000"), P("p_num", "1") });
        for (const XNode *e : doc.all(QStringLiteral("elem")))
            if (e->value(QStringLiteral("id")) == id)
                return e->child(column) ? e->child(column)->attrs.value(QStringLiteral("orig"))
                                        : QStringLiteral("<none>");
        return QStringLiteral("<gone>");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_client = std::make_unique<SimClient>(m_server);
    }

    void groupDeleteAndUnknownIds()
    {
        const int before = call(QStringLiteral("admin"), { P("func", "domain"), P("p_cnt", "1") })
                               .value(QStringLiteral("p_elems"))
                               .toInt();
        QVERIFY(call(QStringLiteral("admin"), { P("func", "domain.delete"), P("elid", "1, 2, 3") })
                    .has(QStringLiteral("ok")));
        QCOMPARE(call(QStringLiteral("admin"), { P("func", "domain"), P("p_cnt", "1") })
                     .value(QStringLiteral("p_elems"))
                     .toInt(),
            before - 3);
        QCOMPARE(statusOf(QStringLiteral("domain"), QStringLiteral("item_status"), QStringLiteral("2")),
            QStringLiteral("<gone>"));
        // again (they are gone) and with ids that never existed: still ok
        QVERIFY(call(QStringLiteral("admin"), { P("func", "domain.delete"), P("elid", "1, 2, 3") })
                    .has(QStringLiteral("ok")));
        QVERIFY(call(QStringLiteral("admin"), { P("func", "domain.delete"), P("elid", "987654321, junk") })
                    .has(QStringLiteral("ok")));
        QCOMPARE(call(QStringLiteral("admin"), { P("func", "domain"), P("p_cnt", "1") })
                     .value(QStringLiteral("p_elems"))
                     .toInt(),
            before - 3);
        // plain commas (no space) are accepted too
        QVERIFY(call(QStringLiteral("admin"), { P("func", "domain.delete"), P("elid", "4,5") })
                    .has(QStringLiteral("ok")));
        QCOMPARE(call(QStringLiteral("admin"), { P("func", "domain"), P("p_cnt", "1") })
                     .value(QStringLiteral("p_elems"))
                     .toInt(),
            before - 5);
    }

    void suspendAndResume()
    {
        QVERIFY(call(QStringLiteral("admin"), { P("func", "vds.suspend"), P("elid", "4, 5") })
                    .has(QStringLiteral("ok")));
        QCOMPARE(statusOf(QStringLiteral("vds"), QStringLiteral("item_status"), QStringLiteral("4")),
            QStringLiteral("3"));
        QCOMPARE(statusOf(QStringLiteral("vds"), QStringLiteral("item_status"), QStringLiteral("5")),
            QStringLiteral("3"));
        QVERIFY(call(QStringLiteral("admin"), { P("func", "vds.resume"), P("elid", "4") })
                    .has(QStringLiteral("ok")));
        QCOMPARE(statusOf(QStringLiteral("vds"), QStringLiteral("item_status"), QStringLiteral("4")),
            QStringLiteral("2"));
        QCOMPARE(statusOf(QStringLiteral("vds"), QStringLiteral("item_status"), QStringLiteral("5")),
            QStringLiteral("3"));
        QVERIFY(call(QStringLiteral("admin"), { P("func", "account.suspend"), P("elid", "7") })
                    .has(QStringLiteral("ok")));
        QCOMPARE(statusOf(QStringLiteral("account"), QStringLiteral("account_status"), QStringLiteral("7")),
            QStringLiteral("2"));
    }

    void suspendedUserCannotLogIn()
    {
        QVERIFY(call(QStringLiteral("admin"), { P("func", "user.suspend"), P("elid", "4") })
                    .has(QStringLiteral("ok"))); // client2
        QCOMPARE(errorType(m_client->xml({ P("func", "whoami"), P("authinfo", "client2:demo") })),
            QStringLiteral("auth"));
        QVERIFY(call(QStringLiteral("admin"), { P("func", "user.resume"), P("elid", "4") })
                    .has(QStringLiteral("ok")));
        QVERIFY(m_client->xml({ P("func", "whoami"), P("authinfo", "client2:demo") })
                    .has(QStringLiteral("user")));
    }

    void actionsCheckAccess()
    {
        QCOMPARE(errorType(call(QStringLiteral("client1"), { P("func", "payment.delete"), P("elid", "1") })),
            QStringLiteral("access"));
        QCOMPARE(errorType(call(QStringLiteral("client1"), { P("func", "vds.suspend"), P("elid", "1") })),
            QStringLiteral("access"));
        // a client with full rights manages its own users, not another client's
        QCOMPARE(errorType(call(QStringLiteral("client1"), { P("func", "user.delete"), P("elid", "4") })),
            QStringLiteral("access"));
        QCOMPARE(statusOf(QStringLiteral("user"), QStringLiteral("status"), QStringLiteral("4")),
            QStringLiteral("on"));
    }

    void groupFormForSelectedRows()
    {
        const XNode meta
            = call(QStringLiteral("admin"), { P("func", "payment"), P("out", "devel"), P("p_cnt", "1") });
        bool groupform = false;
        for (const XNode *b : meta.find(QStringLiteral("toolgrp"))->all(QStringLiteral("toolbtn")))
            groupform = groupform
                || (b->attrs.value(QStringLiteral("type")) == QLatin1String("groupform")
                    && b->attrs.value(QStringLiteral("func")) == QLatin1String("payment.setstatus"));
        QVERIFY(groupform);
        const XNode form = call(QStringLiteral("admin"),
            { P("func", "payment.setstatus"), P("elid", "10, 11, 12"), P("out", "devel") });
        QCOMPARE(attr(form, QStringLiteral("metadata"), QStringLiteral("type")), QStringLiteral("form"));
        QCOMPARE(form.value(QStringLiteral("info")), QStringLiteral("DH-000010, DH-000011, DH-000012"));
        QCOMPARE(attr(call(QStringLiteral("admin"),
                          { P("func", "payment.setstatus"), P("elid", "10, 11, 12"), P("sok", "ok"),
                              P("status", "8") }),
                     QStringLiteral("error"), QStringLiteral("object")),
            QStringLiteral("status"));
        QVERIFY(call(QStringLiteral("admin"),
            { P("func", "payment.setstatus"), P("elid", "10, 11, 12, 99999999"), P("sok", "ok"),
                P("status", "7") })
                    .has(QStringLiteral("ok")));
        for (const char *id : { "10", "11", "12" })
            QCOMPARE(statusOf(QStringLiteral("payment"), QStringLiteral("status"), QString::fromLatin1(id)),
                QStringLiteral("7"));
        QCOMPARE(
            errorType(call(QStringLiteral("client1"), { P("func", "payment.setstatus"), P("elid", "10") })),
            QStringLiteral("access"));
    }

    void subUserWithoutFullRightsChangesNothing()
    {
        QCOMPARE(
            errorType(call(QStringLiteral("client1-sub"), { P("func", "user.suspend"), P("elid", "2") })),
            QStringLiteral("access"));
        QCOMPARE(statusOf(QStringLiteral("user"), QStringLiteral("status"), QStringLiteral("2")),
            QStringLiteral("on"));
        QCOMPARE(errorType(call(QStringLiteral("client1-sub"), { P("func", "user.edit"), P("elid", "2") })),
            QStringLiteral("access"));
    }

    void longOperationWithProgress()
    {
        const QString pid = QStringLiteral("op-test-1");
        SimClient poller(m_server);
        QNetworkRequest req = m_client->request(m_client->base());
        req.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *op = m_client->nam()->post(req,
            SimClient::encode({ P("func", "vds.reboot"), P("authinfo", "admin:demo"), P("elid", "6"),
                P("progressid", pid), P("out", "xml") }));
        int lastDone = -1, steps = 0, polls = 0;
        bool sawPartial = false;
        while (!op->isFinished() || lastDone < steps) {
            QTest::qWait(100);
            const XNode p
                = poller.xml({ P("func", "progress.get"), P("authinfo", "admin:demo"), P("elid", pid) });
            if (errorType(p) == QLatin1String("notfound") && lastDone < 0)
                continue; // the operation has not registered yet
            QVERIFY2(p.has(QStringLiteral("steps")), qPrintable(errorType(p)));
            QCOMPARE(p.value(QStringLiteral("action")), QStringLiteral("vds.reboot"));
            steps = p.value(QStringLiteral("steps")).toInt();
            const int done = p.value(QStringLiteral("done")).toInt();
            QVERIFY(done >= lastDone); // progress never goes back
            sawPartial = sawPartial || (done > 0 && done < steps);
            lastDone = done;
            QVERIFY(++polls < 600);
        }
        QVERIFY(steps > 1);
        QCOMPARE(lastDone, steps);
        QVERIFY(sawPartial);
        const HttpResult r = SimClient::wait(op, 10000);
        QVERIFY(r.xml().has(QStringLiteral("ok")));
        QCOMPARE(errorType(m_client->xml(
                     { P("func", "progress.get"), P("authinfo", "admin:demo"), P("elid", "no-such-op") })),
            QStringLiteral("notfound"));
    }

    void journalRecordsChangesWithMaskedPasswords()
    {
        QVERIFY(call(QStringLiteral("admin"),
            { P("func", "user.edit"), P("sok", "ok"), P("name", "journaled"), P("passwd", "TopSecret9"),
                P("confirm", "TopSecret9") })
                    .has(QStringLiteral("ok")));
        const XNode j = call(QStringLiteral("admin"),
            { P("func", "journal"), P("filter", "on"), P("funcname", "user.edit"), P("user", "admin"),
                P("p_cnt", "100000"), P("p_num", "1") });
        bool found = false;
        for (const XNode *e : j.all(QStringLiteral("elem"))) {
            const QString params = e->value(QStringLiteral("params"));
            QVERIFY(!params.contains(QStringLiteral("TopSecret9")));
            found = found
                || (params.contains(QStringLiteral("name=journaled"))
                    && params.contains(QStringLiteral("passwd=*")));
        }
        QVERIFY(found);
    }

    void orderingWithoutTariffsIsAnErrorNotACrash() // last: it deletes every tariff
    {
        QVERIFY(call(QStringLiteral("admin"),
            { P("func", "pricelist.delete"), P("elid", "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12") })
                    .has(QStringLiteral("ok")));
        QCOMPARE(call(QStringLiteral("admin"), { P("func", "pricelist"), P("p_cnt", "1") })
                     .value(QStringLiteral("p_elems")),
            QStringLiteral("0"));
        QVERIFY(!call(QStringLiteral("admin"), { P("func", "pricelist") })
                     .has(QStringLiteral("elem"))); // an empty list has no elem
        QCOMPARE(errorType(call(QStringLiteral("client1"), { P("func", "vds.order") })),
            QStringLiteral("notfound"));
        QCOMPARE(errorType(call(QStringLiteral("client1"),
                     { P("func", "vds.order.confirm"), P("pricelist", "1"), P("period", "1") })),
            QStringLiteral("value"));
        QVERIFY(call(QStringLiteral("client1"), { P("func", "whoami") }).has(QStringLiteral("user")));
    }

private:
    DemoServer m_server;
    std::unique_ptr<SimClient> m_client;
};

QTEST_GUILESS_MAIN(TestSimActions)
#include "tst_sim_actions.moc"
