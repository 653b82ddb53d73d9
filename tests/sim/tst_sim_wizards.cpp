// Wizards and validators as real BILLmanager 6 runs them (protocol.md §8.4, the billmgr6-wizard-* and
// billmgr6-check-money-validator documents): the add-payment wizard (payment.add answers payment.add.method,
// <steps>, checkonly probes, <ok type="url">), the order wizard's snext flow, check.money/int/email, and form
// metadata that generic mgr5 clients read.
#include "simclient.h"

#include <QtTest>

using namespace simtest;
using mgrdesk::test::DemoServer;

class TestSimWizards : public QObject
{
    Q_OBJECT
private:
    XNode call(const QString &who, Params params)
    {
        params.prepend(P("authinfo", who + QStringLiteral(":demo")));
        return m_client->xml(params);
    }
    static QList<QPair<QString, bool>> steps(const XNode &doc)
    {
        QList<QPair<QString, bool>> out;
        if (const XNode *s = doc.child(QStringLiteral("steps")))
            for (const XNode *st : s->all(QStringLiteral("step")))
                out.append({ st->attrs.value(QStringLiteral("name")),
                    st->attrs.value(QStringLiteral("unavailable")) == QLatin1String("yes") });
        return out;
    }
    QString paymentStatus(const QString &id)
    {
        const XNode doc = call(QStringLiteral("client1"),
            { P("func", "payment"), P("p_cnt", "100000"), P("p_num", "1"), P("filter", "on") });
        for (const XNode *e : doc.all(QStringLiteral("elem")))
            if (e->value(QStringLiteral("id")) == id)
                return e->child(QStringLiteral("status"))->attrs.value(QStringLiteral("orig"))
                    + QLatin1Char(' ') + e->value(QStringLiteral("subaccountamount_iso"));
        return QString();
    }
    QString check(const char *type, const QString &value, const QString &args, QString *error = nullptr)
    {
        const XNode doc = call(QStringLiteral("client1"),
            { P("func", QStringLiteral("check.%1").arg(QLatin1String(type))),
                P("funcname", "payment.add.method"), P("name", "amount"), P("value", value),
                P("args", args) });
        if (error)
            *error = errorType(doc) + QLatin1Char('/')
                + attr(doc, QStringLiteral("error"), QStringLiteral("object"));
        return doc.has(QStringLiteral("value")) ? doc.value(QStringLiteral("value"))
                                                : QStringLiteral("<none>");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_client = std::make_unique<SimClient>(m_server);
    }

    void paymentAddAnswersItsFirstStep()
    {
        const XNode doc = call(
            QStringLiteral("client1"), { P("func", "payment.add"), P("out", "devel"), P("lang", "ru") });
        QCOMPARE(doc.attrs.value(QStringLiteral("func")), QStringLiteral("payment.add.method")); // differs
        const XNode *meta = doc.child(QStringLiteral("metadata"));
        QVERIFY(meta);
        QCOMPARE(meta->attrs.value(QStringLiteral("name")), QStringLiteral("payment.add.method"));
        const XNode *form = meta->child(QStringLiteral("form"));
        for (const char *flag : { "nosubmit", "nocancel", "nonext" })
            QCOMPARE(form->attrs.value(QString::fromLatin1(flag)), QStringLiteral("yes"));
        QCOMPARE(form->attrs.value(QStringLiteral("wizard")), QStringLiteral("first"));
        QCOMPARE(form->child(QStringLiteral("buttons"))->attrs.value(QStringLiteral("wizard")),
            QStringLiteral("first"));
        QVERIFY(form->child(QStringLiteral("buttons"))->children.empty());
        // title="name" with no "name" value: the title is the message "title"
        QCOMPARE(form->attrs.value(QStringLiteral("title")), QStringLiteral("name"));
        QVERIFY(!doc.has(QStringLiteral("name")));
        QHash<QString, QString> msg;
        for (const XNode *m : doc.child(QStringLiteral("messages"))->all(QStringLiteral("msg")))
            msg.insert(m->attrs.value(QStringLiteral("name")), m->text);
        QCOMPARE(msg.value(QStringLiteral("title")), QStringLiteral("Оплата"));
        QCOMPARE(msg.value(QStringLiteral("msg_topaysystem")), QStringLiteral("Оплатить"));
        // the amount control carries its validator
        const XNode *amount = form->find(QStringLiteral("input"));
        QCOMPARE(amount->attrs.value(QStringLiteral("check")), QStringLiteral("money"));
        QCOMPARE(amount->attrs.value(QStringLiteral("checkargs")), QStringLiteral("0.01,"));
        QCOMPARE(amount->attrs.value(QStringLiteral("setvalues")), QStringLiteral("blocking"));
        // the embedded method list: rows with <action><button/>
        const XNode *list = doc.child(QStringLiteral("list"));
        QVERIFY(list);
        QCOMPARE(list->attrs.value(QStringLiteral("name")), QStringLiteral("methodlist"));
        QVERIFY(list->all(QStringLiteral("elem")).size() >= 2);
        const XNode *button = list->child(QStringLiteral("elem"))
                                  ->child(QStringLiteral("action"))
                                  ->child(QStringLiteral("button"));
        QVERIFY(button);
        QCOMPARE(button->attrs.value(QStringLiteral("name")), QStringLiteral("topaysystem"));
        QCOMPARE(button->attrs.value(QStringLiteral("type")), QStringLiteral("blank"));
        // the steps: later steps unavailable until a method is chosen
        const auto s = steps(doc);
        QCOMPARE(s.size(), 4);
        QCOMPARE(s.at(0), qMakePair(QStringLiteral("payment.add.method"), false));
        QVERIFY(s.at(1).second && s.at(2).second && s.at(3).second);
        QCOMPARE(doc.value(QStringLiteral("snext")), QStringLiteral("ok"));
        // staff are refused (a client's wizard)
        QCOMPARE(
            errorType(call(QStringLiteral("admin"), { P("func", "payment.add") })), QStringLiteral("access"));
    }

    void checkonlyProbesSkipOrUnavailable()
    {
        const XNode country = call(QStringLiteral("client1"),
            { P("func", "payment.add.country"), P("checkonly", "on"), P("out", "devel") });
        QVERIFY(country.has(QStringLiteral("skip")));
        QCOMPARE(country.attrs.value(QStringLiteral("func")), QStringLiteral("payment.add.country"));
        const XNode profile
            = call(QStringLiteral("client1"), { P("func", "payment.add.profile"), P("checkonly", "on") });
        QVERIFY(profile.has(QStringLiteral("unavailable")));
        const XNode noMethod
            = call(QStringLiteral("client1"), { P("func", "payment.add.pay"), P("checkonly", "on") });
        QVERIFY(noMethod.has(QStringLiteral("unavailable")));
        const XNode available = call(QStringLiteral("client1"),
            { P("func", "payment.add.pay"), P("checkonly", "on"), P("paymethod", "2"), P("amount", "5") });
        QVERIFY(!available.has(QStringLiteral("unavailable")));
        QVERIFY(!available.has(QStringLiteral("skip")));
        QVERIFY(available.has(QStringLiteral("summary")));
    }

    void blankMethodEndsWithPanelUrl()
    {
        const XNode done = call(QStringLiteral("client1"),
            { P("func", "payment.add.method"), P("snext", "ok"), P("sok", "ok"),
                P("clicked_button", "topaysystem"), P("paymethod", "1"), P("amount", "10") });
        const XNode *ok = done.child(QStringLiteral("ok"));
        QVERIFY2(ok, qPrintable(errorType(done)));
        QCOMPARE(ok->attrs.value(QStringLiteral("type")), QStringLiteral("url"));
        QCOMPARE(ok->attrs.value(QStringLiteral("on_blank_redirect_action")), QStringLiteral("func=payment"));
        QVERIFY(ok->text.startsWith(QStringLiteral("/mancgi/")));
        QVERIFY(done.has(QStringLiteral("doc"))); // the step's own document nested, as in the capture
        const QString id = ok->text.section(QLatin1Char('='), -1);
        // the page is served on the same host (a browser opening it gets a page, not a 404)
        QUrl page = m_client->base();
        page.setPath(ok->text.section(QLatin1Char('?'), 0, 0));
        page.setQuery(ok->text.section(QLatin1Char('?'), 1));
        const HttpResult served = SimClient::wait(m_client->nam()->get(m_client->request(page)), 30000);
        QCOMPARE(served.status, 200);
        QVERIFY(served.body.contains(QStringLiteral("payment %1").arg(id).toUtf8()));
        QCOMPARE(paymentStatus(id), QStringLiteral("1 10.00 USD")); // a new payment, normalised amount
        // the toolbar's "pay" opens the same page for a new payment
        const XNode pay
            = call(QStringLiteral("client1"), { P("func", "payment.add.redirect"), P("elid", id) });
        QCOMPARE(attr(pay, QStringLiteral("ok"), QStringLiteral("type")), QStringLiteral("url"));
        QCOMPARE(
            errorType(call(QStringLiteral("client2"), { P("func", "payment.add.redirect"), P("elid", id) })),
            QStringLiteral("access"));
    }

    void bankTransferGoesThroughConfirmation()
    {
        const XNode next = call(QStringLiteral("client1"),
            { P("func", "payment.add.method"), P("snext", "ok"), P("sok", "ok"),
                P("clicked_button", "withoutpay"), P("paymethod", "2"), P("amount", "12,5"),
                P("out", "devel") });
        QCOMPARE(
            next.attrs.value(QStringLiteral("func")), QStringLiteral("payment.add.pay")); // the next step
        QCOMPARE(next.value(QStringLiteral("amount")), QStringLiteral("12.50"));
        const auto s = steps(next);
        QCOMPARE(s.size(), 4);
        QCOMPARE(s.at(3), qMakePair(QStringLiteral("payment.add.pay"), false));
        QCOMPARE(next.value(QStringLiteral("name")), QStringLiteral("Confirmation")); // title="name"
        const XNode done = call(QStringLiteral("client1"),
            { P("func", "payment.add.pay"), P("snext", "ok"), P("sok", "ok"), P("clicked_button", "finish"),
                P("paymethod", "2"), P("amount", "12.50") });
        QCOMPARE(attr(done, QStringLiteral("ok"), QStringLiteral("type")), QStringLiteral("url"));
        const QString id = done.value(QStringLiteral("ok")).section(QLatin1Char('='), -1);
        QCOMPARE(paymentStatus(id), QStringLiteral("1 12.50 USD"));
    }

    void wizardRefusesBadInput()
    {
        const XNode small = call(QStringLiteral("client1"),
            { P("func", "payment.add.method"), P("snext", "ok"), P("sok", "ok"), P("paymethod", "1"),
                P("amount", "0.5") });
        QCOMPARE(errorType(small), QStringLiteral("value"));
        QCOMPARE(attr(small, QStringLiteral("error"), QStringLiteral("object")), QStringLiteral("amount"));
        const XNode noMethod = call(
            QStringLiteral("client1"), { P("func", "payment.add.method"), P("sok", "ok"), P("amount", "5") });
        QCOMPARE(errorType(noMethod), QStringLiteral("missed"));
        QCOMPARE(
            attr(noMethod, QStringLiteral("error"), QStringLiteral("object")), QStringLiteral("paymethod"));
    }

    void orderWizardFollowsSnext()
    {
        const XNode first = call(QStringLiteral("client1"), { P("func", "vds.order"), P("out", "devel") });
        QCOMPARE(first.find(QStringLiteral("form"))->attrs.value(QStringLiteral("wizard")),
            QStringLiteral("first"));
        auto s = steps(first);
        QCOMPARE(s.size(), 3);
        QCOMPARE(s.at(0), qMakePair(QStringLiteral("vds.order"), false));
        QCOMPARE(s.at(2), qMakePair(QStringLiteral("vds.order.confirm"), true));
        QCOMPARE(first.value(QStringLiteral("snext")), QStringLiteral("ok"));
        const QString tariff = first.value(QStringLiteral("pricelist"));
        const QString period = first.value(QStringLiteral("period"));
        // the add-ons step is skipped
        QVERIFY(call(QStringLiteral("client1"), { P("func", "vds.order.addon"), P("checkonly", "on") })
                    .has(QStringLiteral("skip")));
        // snext=ok&sok=ok&clicked_button=next: the next available step answers at once
        const XNode second = call(QStringLiteral("client1"),
            { P("func", "vds.order"), P("snext", "ok"), P("sok", "ok"), P("clicked_button", "next"),
                P("pricelist", tariff), P("period", period), P("ostempl", "Debian 12"),
                P("domain", "wz.example.com"), P("out", "devel") });
        QCOMPARE(second.attrs.value(QStringLiteral("func")), QStringLiteral("vds.order.confirm"));
        QCOMPARE(attr(second, QStringLiteral("metadata"), QStringLiteral("name")),
            QStringLiteral("vds.order.confirm"));
        s = steps(second);
        QCOMPARE(s.at(1), qMakePair(QStringLiteral("vds.order.addon"), true));
        QCOMPARE(s.at(2), qMakePair(QStringLiteral("vds.order.confirm"), false));
        QVERIFY(second.value(QStringLiteral("summary")).contains(QStringLiteral("wz.example.com")));
        const XNode done = call(QStringLiteral("client1"),
            { P("func", "vds.order.confirm"), P("sok", "ok"), P("pricelist", tariff), P("period", period),
                P("ostempl", "Debian 12"), P("domain", "wz.example.com"), P("agree", "on") });
        QVERIFY(done.has(QStringLiteral("ok")));
        QVERIFY(!done.value(QStringLiteral("id")).isEmpty());
        // without snext the older redirect still answers
        const XNode older = call(QStringLiteral("client1"),
            { P("func", "vds.order"), P("sok", "ok"), P("pricelist", tariff), P("period", period),
                P("ostempl", "Debian 12"), P("domain", "wz2.example.com") });
        QCOMPARE(attr(older, QStringLiteral("ok"), QStringLiteral("type")), QStringLiteral("form"));
    }

    void validatorsNormalise()
    {
        QString error;
        QCOMPARE(check("money", QStringLiteral("10"), QStringLiteral("0.01,")), QStringLiteral("10.00"));
        QCOMPARE(check("money", QStringLiteral("10,5"), QStringLiteral("0.01,")), QStringLiteral("10.50"));
        QCOMPARE(check("money", QStringLiteral(" 1 000.5 "), QString()), QStringLiteral("1000.50"));
        QCOMPARE(
            check("money", QStringLiteral("abc"), QStringLiteral("0.01,"), &error), QStringLiteral("<none>"));
        QCOMPARE(error, QStringLiteral("value/amount"));
        QCOMPARE(
            check("money", QStringLiteral("0"), QStringLiteral("0.01,"), &error), QStringLiteral("<none>"));
        QCOMPARE(check("money", QStringLiteral("150"), QStringLiteral("0.01,100"), &error),
            QStringLiteral("<none>"));
        QCOMPARE(check("money", QStringLiteral("1.234"), QString(), &error), QStringLiteral("<none>"));
        QCOMPARE(check("int", QStringLiteral("007"), QStringLiteral("0,100")), QStringLiteral("7"));
        QCOMPARE(
            check("int", QStringLiteral("101"), QStringLiteral("0,100"), &error), QStringLiteral("<none>"));
        QCOMPARE(error, QStringLiteral("value/amount"));
        QCOMPARE(check("int", QStringLiteral("1.5"), QString(), &error), QStringLiteral("<none>"));
        QCOMPARE(check("email", QStringLiteral(" Ann@Example.COM "), QString()),
            QStringLiteral("Ann@example.com"));
        QCOMPARE(check("email", QStringLiteral("ann@"), QString(), &error), QStringLiteral("<none>"));
        QCOMPARE(check("nosuch", QStringLiteral("1"), QString(), &error), QStringLiteral("<none>"));
        QCOMPARE(error.section(QLatin1Char('/'), 0, 0), QStringLiteral("unknown"));
    }

    void formControlsCarryChecksAndTitles()
    {
        const XNode form
            = call(QStringLiteral("admin"), { P("func", "account.edit"), P("elid", "1"), P("out", "devel") });
        QHash<QString, const XNode *> controls;
        std::function<void(const XNode &)> walk = [&](const XNode &n) {
            if (n.attrs.contains(QStringLiteral("name")) && n.name != QLatin1String("field")
                && n.name != QLatin1String("page"))
                controls.insert(n.attrs.value(QStringLiteral("name")), &n);
            for (const auto &c : n.children)
                walk(c);
        };
        walk(*form.find(QStringLiteral("form")));
        QCOMPARE(controls.value(QStringLiteral("email"))->attrs.value(QStringLiteral("check")),
            QStringLiteral("email"));
        QCOMPARE(controls.value(QStringLiteral("balance_limit"))->attrs.value(QStringLiteral("check")),
            QStringLiteral("int"));
        QCOMPARE(controls.value(QStringLiteral("balance_limit"))->attrs.value(QStringLiteral("checkargs")),
            QStringLiteral("0,100000"));
        QCOMPARE(controls.value(QStringLiteral("info"))->attrs.value(QStringLiteral("type")),
            QStringLiteral("data"));
        // <if shadow="FIELD"> names the field to disable
        bool shadow = false;
        for (const XNode *i : controls.value(QStringLiteral("profiletype"))->all(QStringLiteral("if")))
            shadow = shadow || i->attrs.value(QStringLiteral("shadow")) == QLatin1String("company");
        QVERIFY(shadow);
        // button titles as msg_<button>
        QHash<QString, QString> msg;
        for (const XNode *m : form.child(QStringLiteral("messages"))->all(QStringLiteral("msg")))
            msg.insert(m->attrs.value(QStringLiteral("name")), m->text);
        QCOMPARE(msg.value(QStringLiteral("msg_ok")), QStringLiteral("OK"));
        QCOMPARE(msg.value(QStringLiteral("msg_cancel")), QStringLiteral("Cancel"));
    }

private:
    DemoServer m_server;
    std::unique_ptr<SimClient> m_client;
};

QTEST_GUILESS_MAIN(TestSimWizards)
#include "tst_sim_wizards.moc"
