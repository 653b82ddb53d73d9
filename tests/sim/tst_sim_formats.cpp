// Output formats (xml, devel, json, sjson, browser HTML), escaping, languages, navigation functions
// (desktop, whoami, dashboard, notify) and BILLmanager-shaped errors for bad requests.
#include "simclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace simtest;
using mgrdesk::test::DemoServer;

class TestSimFormats : public QObject
{
    Q_OBJECT
private:
    QJsonObject json(const Params &params)
    {
        const HttpResult r = m_client->post(params);
        QJsonParseError err;
        const QJsonDocument d = QJsonDocument::fromJson(r.body, &err);
        if (err.error != QJsonParseError::NoError)
            qWarning() << "bad json" << err.errorString() << r.body.left(300);
        return d.object().value(QStringLiteral("doc")).toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_client = std::make_unique<SimClient>(m_server);
    }

    void xmlIsDataOnly()
    {
        bool ok = false;
        const HttpResult r = m_client->post(
            { P("func", "payment"), P("authinfo", "admin:demo"), P("out", "xml"), P("p_cnt", "4") });
        QVERIFY(r.header("Content-Type").contains("xml"));
        const XNode doc = r.xml(&ok);
        QVERIFY(ok);
        QCOMPARE(doc.name, QStringLiteral("doc"));
        QVERIFY(!doc.has(QStringLiteral("metadata")));
        QVERIFY(!doc.has(QStringLiteral("messages")));
        QCOMPARE(doc.all(QStringLiteral("elem")).size(), 4);
        QVERIFY(doc.value(QStringLiteral("p_elems")).toInt() >= 1000);
        const XNode *status = doc.child(QStringLiteral("elem"))->child(QStringLiteral("status"));
        QVERIFY(status);
        QVERIFY(!status->attrs.value(QStringLiteral("orig")).isEmpty());
        QVERIFY(!status->attrs.value(QStringLiteral("color")).isEmpty());
        // money and dates as documented
        const QString money
            = doc.child(QStringLiteral("elem"))->value(QStringLiteral("subaccountamount_iso"));
        QVERIFY2(QRegularExpression(QStringLiteral("^-?\\d+\\.\\d\\d [A-Z]{3}$")).match(money).hasMatch(),
            qPrintable(money));
        const QString date = doc.child(QStringLiteral("elem"))->value(QStringLiteral("create_date"));
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d$")).match(date).hasMatch(),
            qPrintable(date));
    }

    void someRowsMissFields()
    {
        const XNode doc
            = m_client->xml({ P("func", "payment"), P("authinfo", "admin:demo"), P("p_cnt", "200") });
        int without = 0;
        for (const XNode *e : doc.all(QStringLiteral("elem")))
            without += e->has(QStringLiteral("recipient_name")) ? 0 : 1;
        QVERIFY(without > 0);
        QVERIFY(without < 200);
    }

    void develCarriesMetadataAndMessages()
    {
        const XNode doc = m_client->xml(
            { P("func", "vds"), P("authinfo", "admin:demo"), P("out", "devel"), P("p_cnt", "2") });
        const XNode *meta = doc.child(QStringLiteral("metadata"));
        QVERIFY(meta);
        QCOMPARE(meta->attrs.value(QStringLiteral("type")), QStringLiteral("list"));
        QCOMPARE(meta->attrs.value(QStringLiteral("key")), QStringLiteral("id"));
        QCOMPARE(meta->attrs.value(QStringLiteral("keyname")), QStringLiteral("domain"));
        const XNode *coldata = meta->child(QStringLiteral("coldata"));
        QVERIFY(coldata);
        QStringList cols;
        for (const XNode *c : coldata->all(QStringLiteral("col")))
            cols << c->attrs.value(QStringLiteral("name"));
        QVERIFY(cols.contains(QStringLiteral("item_status")));
        QVERIFY(cols.contains(QStringLiteral("account"))); // admin-level column
        const XNode *grp = meta->child(QStringLiteral("toolbar"))->child(QStringLiteral("toolgrp"));
        QHash<QString, QString> types;
        const XNode *suspend = nullptr;
        for (const XNode *b : grp->all(QStringLiteral("toolbtn"))) {
            types.insert(b->attrs.value(QStringLiteral("name")), b->attrs.value(QStringLiteral("type")));
            if (b->attrs.value(QStringLiteral("name")) == QLatin1String("suspend"))
                suspend = b;
        }
        QCOMPARE(types.value(QStringLiteral("new")), QStringLiteral("new"));
        QCOMPARE(types.value(QStringLiteral("delete")), QStringLiteral("group"));
        QVERIFY(suspend);
        QCOMPARE(suspend->child(QStringLiteral("hide"))->attrs.value(QStringLiteral("name")),
            QStringLiteral("item_status"));
        // the displayed, localised cell text (as real servers), not the code
        QCOMPARE(suspend->child(QStringLiteral("hide"))->attrs.value(QStringLiteral("value")),
            QStringLiteral("Suspended"));
        const XNode *reboot = nullptr;
        for (const XNode *b : grp->all(QStringLiteral("toolbtn")))
            if (b->attrs.value(QStringLiteral("name")) == QLatin1String("reboot"))
                reboot = b;
        QVERIFY(reboot);
        QVERIFY(reboot->has(QStringLiteral("show"))); // only for active servers
        QCOMPARE(reboot->child(QStringLiteral("show"))->attrs.value(QStringLiteral("name")),
            QStringLiteral("item_status"));
        QCOMPARE(reboot->child(QStringLiteral("show"))->attrs.value(QStringLiteral("value")),
            QStringLiteral("Active"));
        // the clients list: new/edit buttons, edit is the default (double-click) action
        const XNode accounts = m_client->xml(
            { P("func", "account"), P("authinfo", "admin:demo"), P("out", "devel"), P("p_cnt", "1") });
        QHash<QString, const XNode *> accountButtons;
        for (const XNode *b : accounts.find(QStringLiteral("toolgrp"))->all(QStringLiteral("toolbtn")))
            accountButtons.insert(b->attrs.value(QStringLiteral("name")), b);
        QVERIFY(accountButtons.contains(QStringLiteral("new"))
            && accountButtons.contains(QStringLiteral("edit")));
        QCOMPARE(accountButtons.value(QStringLiteral("new"))->attrs.value(QStringLiteral("type")),
            QStringLiteral("new"));
        QCOMPARE(accountButtons.value(QStringLiteral("edit"))->attrs.value(QStringLiteral("type")),
            QStringLiteral("edit"));
        QCOMPARE(accountButtons.value(QStringLiteral("edit"))->attrs.value(QStringLiteral("default")),
            QStringLiteral("yes"));
        QCOMPARE(attr(accounts, QStringLiteral("metadata"), QStringLiteral("key")), QStringLiteral("id"));
        const XNode *messages = doc.child(QStringLiteral("messages"));
        QVERIFY(messages);
        QHash<QString, QString> msg;
        for (const XNode *m : messages->all(QStringLiteral("msg")))
            msg.insert(m->attrs.value(QStringLiteral("name")), m->text);
        QCOMPARE(msg.value(QStringLiteral("title")), QStringLiteral("Virtual servers"));
        QCOMPARE(msg.value(QStringLiteral("ip")), QStringLiteral("IP address"));
        // clients see neither admin columns nor admin buttons
        const XNode client = m_client->xml(
            { P("func", "vds"), P("authinfo", "client1:demo"), P("out", "devel"), P("p_cnt", "2") });
        for (const XNode *c : client.child(QStringLiteral("metadata"))
                                  ->child(QStringLiteral("coldata"))
                                  ->all(QStringLiteral("col")))
            QVERIFY(c->attrs.value(QStringLiteral("name")) != QLatin1String("account"));
    }

    void jsonMapping()
    {
        const QJsonObject doc
            = json({ P("func", "payment"), P("authinfo", "admin:demo"), P("out", "json"), P("p_cnt", "3") });
        QCOMPARE(doc.value(QStringLiteral("$lang")).toString(), QStringLiteral("en"));
        QVERIFY(!doc.contains(QStringLiteral("metadata")));
        const QJsonArray elems = doc.value(QStringLiteral("elem")).toArray();
        QCOMPARE(elems.size(), 3);
        const QJsonObject first = elems.first().toObject();
        QVERIFY(
            !first.value(QStringLiteral("id")).toObject().value(QStringLiteral("$")).toString().isEmpty());
        const QJsonObject status = first.value(QStringLiteral("status")).toObject();
        QVERIFY(status.contains(QStringLiteral("$orig")));
        QVERIFY(status.contains(QStringLiteral("$")));
        QCOMPARE(doc.value(QStringLiteral("p_cnt")).toObject().value(QStringLiteral("$")).toString(),
            QStringLiteral("3"));
        // one row: still an array (real servers; public clients index it); an empty element: {}
        const QJsonObject one
            = json({ P("func", "payment"), P("authinfo", "admin:demo"), P("out", "json"), P("p_cnt", "1") });
        QVERIFY(one.value(QStringLiteral("elem")).isArray());
        QCOMPARE(one.value(QStringLiteral("elem")).toArray().size(), 1);
        const QJsonObject ok
            = json({ P("func", "keepalive"), P("authinfo", "admin:demo"), P("out", "json") });
        QVERIFY(ok.value(QStringLiteral("ok")).isObject());
        QVERIFY(ok.value(QStringLiteral("ok")).toObject().isEmpty());
    }

    void sjsonCarriesMetadataAndMessageMap()
    {
        const QJsonObject doc
            = json({ P("func", "payment"), P("authinfo", "admin:demo"), P("out", "sjson"), P("p_cnt", "2") });
        const QJsonObject meta = doc.value(QStringLiteral("metadata")).toObject();
        QCOMPARE(meta.value(QStringLiteral("$type")).toString(), QStringLiteral("list"));
        QVERIFY(meta.value(QStringLiteral("coldata")).toObject().value(QStringLiteral("col")).isArray());
        const QJsonObject messages = doc.value(QStringLiteral("messages")).toObject();
        QCOMPARE(messages.value(QStringLiteral("$name")).toString(), QStringLiteral("payment"));
        QCOMPARE(messages.value(QStringLiteral("msg")).toObject().value(QStringLiteral("title")).toString(),
            QStringLiteral("Payments"));
        const QJsonObject err
            = json({ P("func", "auth"), P("username", "admin"), P("password", "x"), P("out", "sjson") });
        QCOMPARE(err.value(QStringLiteral("error")).toObject().value(QStringLiteral("$type")).toString(),
            QStringLiteral("auth"));
        QCOMPARE(err.value(QStringLiteral("error")).toObject().value(QStringLiteral("$object")).toString(),
            QStringLiteral("badpassword"));
    }

    void xjsonAndOtherFormats()
    {
        // xjson is the sjson shape: metadata and the messages map
        const QJsonObject x
            = json({ P("func", "payment"), P("authinfo", "admin:demo"), P("out", "xjson"), P("p_cnt", "2") });
        QCOMPARE(x.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("$type")).toString(),
            QStringLiteral("list"));
        QCOMPARE(x.value(QStringLiteral("messages"))
                     .toObject()
                     .value(QStringLiteral("msg"))
                     .toObject()
                     .value(QStringLiteral("title"))
                     .toString(),
            QStringLiteral("Payments"));
        QCOMPARE(x.value(QStringLiteral("elem")).toArray().size(), 2);
        // the request echo holds secrets in clear, as real servers' does (clients mask them)
        const QJsonObject echo = x.value(QStringLiteral("tparams")).toObject();
        QCOMPARE(echo.value(QStringLiteral("authinfo")).toObject().value(QStringLiteral("$")).toString(),
            QStringLiteral("admin:demo"));
        QCOMPARE(echo.value(QStringLiteral("p_cnt")).toObject().value(QStringLiteral("$")).toString(),
            QStringLiteral("2"));
        // any other out value gets data-only XML
        bool ok = false;
        const HttpResult r = m_client->post(
            { P("func", "payment"), P("authinfo", "admin:demo"), P("out", "yaml"), P("p_cnt", "2") });
        QVERIFY(r.header("Content-Type").contains("xml"));
        const XNode doc = r.xml(&ok);
        QVERIFY(ok);
        QCOMPARE(doc.name, QStringLiteral("doc"));
        QCOMPARE(doc.all(QStringLiteral("elem")).size(), 2);
        QVERIFY(!doc.has(QStringLiteral("metadata")));
        // JSON is served as text/plain (seen on real servers), sjson as application/json
        QVERIFY(m_client->post({ P("func", "whoami"), P("authinfo", "admin:demo"), P("out", "json") })
                    .header("Content-Type")
                    .startsWith("text/plain"));
        QVERIFY(m_client->post({ P("func", "whoami"), P("authinfo", "admin:demo"), P("out", "sjson") })
                    .header("Content-Type")
                    .startsWith("application/json"));
        // GET with a query string is served like POST
        const HttpResult g
            = m_client->get({ P("func", "whoami"), P("authinfo", "client2:demo"), P("out", "xml") });
        QCOMPARE(attr(g.xml(), QStringLiteral("user"), QStringLiteral("name")), QStringLiteral("client2"));
    }

    void browserGetsHtml()
    {
        const HttpResult r = m_client->get({ P("func", "currency"), P("authinfo", "admin:demo") });
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        QVERIFY(r.body.contains("<table"));
        QVERIFY(r.body.contains("US Dollar"));
    }

    void specialCharactersAreEscaped()
    {
        const QString original = QStringLiteral("<Please> help & advise.");
        const XNode doc
            = m_client->xml({ P("func", "ticket_all.message"), P("authinfo", "admin:demo"), P("plid", "1") });
        bool found = false;
        for (const XNode *e : doc.all(QStringLiteral("elem")))
            found = found || e->value(QStringLiteral("message")).contains(original);
        QVERIFY(found);
        const QJsonObject j = json({ P("func", "ticket_all.message"), P("authinfo", "admin:demo"),
            P("plid", "1"), P("out", "json") });
        const QJsonValue elem = j.value(QStringLiteral("elem"));
        const QJsonObject first = elem.isArray() ? elem.toArray().first().toObject() : elem.toObject();
        QVERIFY(first.value(QStringLiteral("message"))
                    .toObject()
                    .value(QStringLiteral("$"))
                    .toString()
                    .contains(original));
        // values echoed in tparams survive quotes, ampersands and non-ASCII
        const QString odd = QStringLiteral("a\"b&c<d>é'\u2603");
        const XNode echo
            = m_client->xml({ P("func", "whoami"), P("authinfo", "admin:demo"), P("note", odd) });
        QCOMPARE(echo.child(QStringLiteral("tparams"))->value(QStringLiteral("note")), odd);
    }

    void languages()
    {
        const XNode ru = m_client->xml({ P("func", "payment"), P("authinfo", "admin:demo"), P("out", "devel"),
            P("lang", "ru"), P("p_cnt", "50") });
        QCOMPARE(ru.attrs.value(QStringLiteral("lang")), QStringLiteral("ru"));
        QHash<QString, QString> msg;
        for (const XNode *m : ru.child(QStringLiteral("messages"))->all(QStringLiteral("msg")))
            msg.insert(m->attrs.value(QStringLiteral("name")), m->text);
        QCOMPARE(msg.value(QStringLiteral("status")), QStringLiteral("Состояние"));
        QCOMPARE(msg.value(QStringLiteral("title")), QStringLiteral("Платежи"));
        // the real server's words (billmgr6-payment-list-metadata-totals.xml)
        const QStringList ruWords { QStringLiteral("Новый"), QStringLiteral("Оплачивается"),
            QStringLiteral("Обещанный платеж"), QStringLiteral("Зачислен"),
            QStringLiteral("Ожидает возврата"), QStringLiteral("Возвращен"), QStringLiteral("Мошеннический"),
            QStringLiteral("Отменен") };
        for (const XNode *e : ru.all(QStringLiteral("elem")))
            QVERIFY2(ruWords.contains(e->value(QStringLiteral("status"))),
                qPrintable(e->value(QStringLiteral("status"))));
        const XNode es = m_client->xml({ P("func", "payment"), P("authinfo", "admin:demo"), P("out", "devel"),
            P("lang", "es"), P("p_cnt", "1") });
        QCOMPARE(es.child(QStringLiteral("messages"))->child(QStringLiteral("msg"))->text,
            QStringLiteral("Pagos"));
        const XNode unknown
            = m_client->xml({ P("func", "whoami"), P("authinfo", "admin:demo"), P("lang", "xx") });
        QCOMPARE(unknown.attrs.value(QStringLiteral("lang")), QStringLiteral("en"));
        const XNode errRu
            = m_client->xml({ P("func", "nosuch.func"), P("authinfo", "admin:demo"), P("lang", "ru") });
        QVERIFY(errRu.child(QStringLiteral("error"))
                    ->value(QStringLiteral("msg"))
                    .startsWith(QStringLiteral("Неизвестная функция")));
    }

    void desktopByLevel()
    {
        auto actions = [](const XNode &doc) {
            QStringList out;
            const XNode *menu = doc.child(QStringLiteral("mainmenu"));
            if (!menu)
                return out;
            for (const auto &g : menu->children)
                for (const auto &n : g.children)
                    out << n.attrs.value(QStringLiteral("action"));
            return out;
        };
        const XNode admin = m_client->xml({ P("func", "desktop"), P("authinfo", "admin:demo") });
        QCOMPARE(attr(admin, QStringLiteral("mainmenu"), QStringLiteral("level")), QStringLiteral("29"));
        QVERIFY(actions(admin).contains(QStringLiteral("account")));
        QVERIFY(actions(admin).contains(QStringLiteral("ticket_all")));
        const XNode client
            = m_client->xml({ P("func", "desktop"), P("authinfo", "client1:demo"), P("lang", "ru") });
        QVERIFY(!actions(client).contains(QStringLiteral("account")));
        QVERIFY(actions(client).contains(QStringLiteral("clientticket")));
        QHash<QString, QString> msg;
        for (const XNode *m : client.child(QStringLiteral("messages"))->all(QStringLiteral("msg")))
            msg.insert(m->attrs.value(QStringLiteral("name")), m->text);
        QCOMPARE(msg.value(QStringLiteral("vds")), QStringLiteral("Виртуальные серверы"));
    }

    void whoamiDashboardNotify()
    {
        const XNode who = m_client->xml({ P("func", "whoami"), P("authinfo", "client1:demo") });
        QCOMPARE(attr(who, QStringLiteral("user"), QStringLiteral("level")), QStringLiteral("16"));
        // the balance as a number, the currency beside it (the real whoami)
        QVERIFY(QRegularExpression(QStringLiteral("^-?\\d+\\.\\d\\d$"))
                    .match(attr(who, QStringLiteral("user"), QStringLiteral("balance")))
                    .hasMatch());
        QCOMPARE(attr(who, QStringLiteral("user"), QStringLiteral("currency")), QStringLiteral("USD"));
        const XNode dash
            = m_client->xml({ P("func", "dashboard"), P("authinfo", "admin:demo"), P("out", "devel") });
        QCOMPARE(attr(dash, QStringLiteral("metadata"), QStringLiteral("type")), QStringLiteral("report"));
        QVERIFY(dash.find(QStringLiteral("summary"))->all(QStringLiteral("elem")).size() >= 3);
        const XNode notify = m_client->xml({ P("func", "notify"), P("authinfo", "admin:demo") });
        const XNode *items = notify.child(QStringLiteral("notify"));
        QVERIFY(items);
        bool ticket = false;
        for (const XNode *i : items->all(QStringLiteral("item")))
            if (i->attrs.value(QStringLiteral("name")) == QLatin1String("ticket")) {
                ticket = true;
                QVERIFY(i->value(QStringLiteral("msg")).toInt() > 0); // the documented shape: <msg>N</msg>
            }
        QVERIFY(ticket);
    }

    void badRequestsGetErrors()
    {
        QCOMPARE(errorType(m_client->xml({ P("func", "nosuch.func"), P("authinfo", "admin:demo") })),
            QStringLiteral("unknown"));
        QCOMPARE(errorType(
                     m_client->xml({ P("func", "payment"), P("authinfo", "admin:demo"), P("p_num", "abc") })),
            QStringLiteral("value"));
        QCOMPARE(errorType(m_client->xml({ P("func", "vds.delete"), P("authinfo", "admin:demo") })),
            QStringLiteral("missed"));
        QCOMPARE(errorType(m_client->xml({ P("func", "ticket_all.message"), P("authinfo", "admin:demo") })),
            QStringLiteral("missed"));
        const XNode err
            = m_client->xml({ P("func", "payment"), P("authinfo", "admin:demo"), P("p_cnt", "-5") });
        QCOMPARE(attr(err, QStringLiteral("error"), QStringLiteral("object")), QStringLiteral("p_cnt"));
        // garbage never crashes the server and always gives well-formed XML
        const QString junk = QString(5000, QLatin1Char('x')) + QStringLiteral("\x01\x02<&>");
        for (const char *f :
            { "payment", "account.edit", "user.edit", "vds.order", "", "auth", "session.delete" }) {
            bool ok = false;
            const HttpResult r = m_client->post({ P("func", f), P("authinfo", "admin:demo"), P("elid", junk),
                P("p_num", junk), P("sv_field", junk), P("out", "xml") });
            QCOMPARE(r.status, 200);
            r.xml(&ok);
            QVERIFY2(ok, f);
        }
        QVERIFY(
            m_client->xml({ P("func", "whoami"), P("authinfo", "admin:demo") }).has(QStringLiteral("user")));
    }

private:
    DemoServer m_server;
    std::unique_ptr<SimClient> m_client;
};

QTEST_GUILESS_MAIN(TestSimFormats)
#include "tst_sim_formats.moc"
