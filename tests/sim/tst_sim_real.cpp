// The demo server reproduces the shapes of real BILLmanager 6 documents (issue 11, protocol.md §8): toolbar
// rules in the localised cell text, the request echoed in clear, the documented notify shape with the total
// on every <doc>, the real whoami, column totals, JSON arrays, sorted sjson keys, JSONP, error codes,
// out=text.
#include "simclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace simtest;
using mgrdesk::test::DemoServer;

namespace {

// A minimal JSON reader that checks key order: every object's keys must be in ascending order. Returns false
// (and the offending keys in `why`) on the first object that is not sorted.
class KeyOrderChecker
{
public:
    explicit KeyOrderChecker(const QByteArray &text)
        : m_s(text)
    {
    }
    bool check(QString *why)
    {
        m_pos = 0;
        const bool ok = value();
        if (why)
            *why = m_why;
        return ok && m_why.isEmpty();
    }

private:
    void ws()
    {
        while (m_pos < m_s.size() && QChar::isSpace(uchar(m_s[m_pos])))
            ++m_pos;
    }
    QByteArray string()
    {
        QByteArray out;
        ++m_pos; // opening quote
        while (m_pos < m_s.size() && m_s[m_pos] != '"') {
            if (m_s[m_pos] == '\\')
                out.append(m_s[m_pos++]);
            out.append(m_s[m_pos++]);
        }
        ++m_pos;
        return out;
    }
    bool value()
    {
        ws();
        if (m_pos >= m_s.size())
            return false;
        const char c = m_s[m_pos];
        if (c == '{') {
            ++m_pos;
            QByteArray previous;
            bool first = true;
            for (;;) {
                ws();
                if (m_s[m_pos] == '}') {
                    ++m_pos;
                    return true;
                }
                if (m_s[m_pos] == ',')
                    ++m_pos, ws();
                const QByteArray key = string();
                if (!first && key < previous && m_why.isEmpty())
                    m_why = QStringLiteral("%1 after %2")
                                .arg(QString::fromUtf8(key), QString::fromUtf8(previous));
                first = false;
                previous = key;
                ws();
                ++m_pos; // ':'
                if (!value())
                    return false;
            }
        }
        if (c == '[') {
            ++m_pos;
            for (;;) {
                ws();
                if (m_s[m_pos] == ']') {
                    ++m_pos;
                    return true;
                }
                if (m_s[m_pos] == ',')
                    ++m_pos;
                if (!value())
                    return false;
            }
        }
        if (c == '"') {
            string();
            return true;
        }
        while (m_pos < m_s.size() && m_s[m_pos] != ',' && m_s[m_pos] != '}' && m_s[m_pos] != ']')
            ++m_pos;
        return true;
    }

    QByteArray m_s;
    int m_pos = 0;
    QString m_why;
};

// "12.34 USD" → cents
qint64 cents(const QString &money)
{
    const QString amount = money.section(QLatin1Char(' '), 0, 0);
    const bool negative = amount.startsWith(QLatin1Char('-'));
    const QString digits = negative ? amount.mid(1) : amount;
    const qint64 v = digits.section(QLatin1Char('.'), 0, 0).toLongLong() * 100
        + (digits.section(QLatin1Char('.'), 1, 1) + QStringLiteral("00")).left(2).toLongLong();
    return negative ? -v : v;
}

} // namespace

class TestSimReal : public QObject
{
    Q_OBJECT
private:
    QJsonObject json(const Params &params, QByteArray *raw = nullptr)
    {
        const HttpResult r = m_client->post(params);
        if (raw)
            *raw = r.body;
        return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("doc")).toObject();
    }
    const XNode *button(const XNode &doc, const QString &name)
    {
        const XNode *tb = doc.find(QStringLiteral("toolbar"));
        if (!tb)
            return nullptr;
        for (const auto &g : tb->children)
            for (const auto &b : g.children)
                if (b.attrs.value(QStringLiteral("name")) == name)
                    return &b;
        return nullptr;
    }
    QList<QPair<QString, QString>> hideRules(const XNode *btn)
    {
        QList<QPair<QString, QString>> out;
        if (btn)
            for (const XNode *h : btn->all(QStringLiteral("hide")))
                out.append(
                    { h->attrs.value(QStringLiteral("value")), h->attrs.value(QStringLiteral("level")) });
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_client = std::make_unique<SimClient>(m_server);
    }

    // 1. hide rules name the status word of the request's language, level="user" where only a client is held
    void paymentToolbarRulesUseLocalisedText()
    {
        const XNode ru = m_client->xml({ P("func", "payment"), P("authinfo", "client1:demo"),
            P("out", "devel"), P("lang", "ru"), P("p_cnt", "5") });
        const XNode *pay = button(ru, QStringLiteral("pay"));
        QVERIFY(pay);
        QCOMPARE(pay->attrs.value(QStringLiteral("func")), QStringLiteral("payment.add.redirect"));
        QCOMPARE(pay->attrs.value(QStringLiteral("default")), QStringLiteral("yes"));
        QCOMPARE(pay->attrs.value(QStringLiteral("level")), QStringLiteral("user"));
        const auto payRules = hideRules(pay);
        QVERIFY(payRules.contains(qMakePair(QStringLiteral("Зачислен"), QString())));
        QVERIFY(payRules.contains(qMakePair(QStringLiteral("Обещанный платеж"), QString())));
        const XNode *del = button(ru, QStringLiteral("delete"));
        QVERIFY(del);
        QCOMPARE(del->attrs.value(QStringLiteral("warning")), QStringLiteral("yes"));
        const auto delRules = hideRules(del);
        QVERIFY(delRules.contains(qMakePair(QStringLiteral("Оплачивается"), QStringLiteral("user"))));
        QVERIFY(delRules.contains(qMakePair(QStringLiteral("Зачислен"), QString())));
        // the rule's text is exactly what the credited rows show
        bool credited = false;
        for (const XNode *e : ru.all(QStringLiteral("elem")))
            if (e->child(QStringLiteral("status"))->attrs.value(QStringLiteral("orig"))
                == QLatin1String("4")) {
                credited = true;
                QCOMPARE(e->value(QStringLiteral("status")), QStringLiteral("Зачислен"));
            }
        QVERIFY(credited);
        // English: the English words
        const XNode en = m_client->xml({ P("func", "payment"), P("authinfo", "client1:demo"),
            P("out", "devel"), P("lang", "en"), P("p_cnt", "1") });
        QVERIFY(hideRules(button(en, QStringLiteral("pay")))
                    .contains(qMakePair(QStringLiteral("Credited"), QString())));
        // staff do not see the client's buttons (level="user")
        const XNode admin = m_client->xml(
            { P("func", "payment"), P("authinfo", "admin:demo"), P("out", "devel"), P("p_cnt", "1") });
        QVERIFY(!button(admin, QStringLiteral("pay")));
        QVERIFY(button(admin, QStringLiteral("delete")));
    }

    void clientDeletesOnlyWhatItsToolbarAllows()
    {
        // find one of client1's new payments and one credited
        const XNode list = m_client->xml(
            { P("func", "payment"), P("authinfo", "client1:demo"), P("p_cnt", "1000"), P("p_num", "1") });
        QString fresh, credited;
        for (const XNode *e : list.all(QStringLiteral("elem"))) {
            const QString code = e->child(QStringLiteral("status"))->attrs.value(QStringLiteral("orig"));
            if (code == QLatin1String("1") && fresh.isEmpty())
                fresh = e->value(QStringLiteral("id"));
            if (code == QLatin1String("4") && credited.isEmpty())
                credited = e->value(QStringLiteral("id"));
        }
        QVERIFY(!fresh.isEmpty());
        QVERIFY(!credited.isEmpty());
        QCOMPARE(errorType(m_client->xml(
                     { P("func", "payment.delete"), P("authinfo", "client1:demo"), P("elid", credited) })),
            QStringLiteral("access"));
        // a sub-user without full rights may not change anything
        QCOMPARE(errorType(m_client->xml(
                     { P("func", "payment.delete"), P("authinfo", "client1-sub:demo"), P("elid", fresh) })),
            QStringLiteral("access"));
        QVERIFY(
            m_client->xml({ P("func", "payment.delete"), P("authinfo", "client1:demo"), P("elid", fresh) })
                .has(QStringLiteral("ok")));
    }

    void suspendResumeSuIcons()
    {
        const XNode users = m_client->xml(
            { P("func", "user"), P("authinfo", "admin:demo"), P("out", "devel"), P("p_cnt", "1") });
        QCOMPARE(button(users, QStringLiteral("suspend"))->attrs.value(QStringLiteral("img")),
            QStringLiteral("t-off"));
        QCOMPARE(button(users, QStringLiteral("resume"))->attrs.value(QStringLiteral("img")),
            QStringLiteral("t-on"));
        QCOMPARE(
            button(users, QStringLiteral("su"))->attrs.value(QStringLiteral("img")), QStringLiteral("t-go"));
        // group buttons come with their confirmation text
        bool confirm = false;
        for (const XNode *m : users.child(QStringLiteral("messages"))->all(QStringLiteral("msg")))
            confirm
                = confirm || m->attrs.value(QStringLiteral("name")) == QLatin1String("msg_confirm_delete");
        QVERIFY(confirm);
    }

    // 2. the request echoed in clear, secrets included
    void tparamsEchoSecretsInClear()
    {
        const QString sid = m_client->login(QStringLiteral("client1"));
        const XNode who = m_client->xml({ P("func", "whoami"), P("auth", sid) });
        QCOMPARE(who.child(QStringLiteral("tparams"))->value(QStringLiteral("auth")), sid);
        const XNode bad
            = m_client->xml({ P("func", "auth"), P("username", "client1"), P("password", "Secret-Pass-1") });
        QCOMPARE(bad.child(QStringLiteral("tparams"))->value(QStringLiteral("password")),
            QStringLiteral("Secret-Pass-1"));
        const XNode info = m_client->xml({ P("func", "whoami"), P("authinfo", "client2:demo") });
        QCOMPARE(info.child(QStringLiteral("tparams"))->value(QStringLiteral("authinfo")),
            QStringLiteral("client2:demo"));
    }

    // 3. the documented notify shape; every document carries the total
    void notifyDocumentedShape()
    {
        const XNode n
            = m_client->xml({ P("func", "notify"), P("authinfo", "client1:demo"), P("lang", "ru") });
        const XNode *notify = n.child(QStringLiteral("notify"));
        QVERIFY(notify);
        int total = 0;
        bool ticket = false, balance = false;
        for (const XNode *i : notify->all(QStringLiteral("item"))) {
            QVERIFY(!i->attrs.contains(QStringLiteral("count"))); // the old guess is gone
            if (i->attrs.value(QStringLiteral("balance")) == QLatin1String("yes")) {
                balance = true;
                QCOMPARE(i->attrs.value(QStringLiteral("action")), QStringLiteral("desktop"));
                QVERIFY(i->value(QStringLiteral("value")).endsWith(QStringLiteral(" USD")));
                continue;
            }
            QVERIFY(i->has(QStringLiteral("msg")));
            QVERIFY(!i->attrs.value(QStringLiteral("type")).isEmpty());
            QVERIFY(!i->attrs.value(QStringLiteral("img")).isEmpty());
            total += i->value(QStringLiteral("msg")).toInt();
            if (i->attrs.value(QStringLiteral("name")) == QLatin1String("ticket")) {
                ticket = true;
                QCOMPARE(i->attrs.value(QStringLiteral("action")), QStringLiteral("clientticket"));
                QCOMPARE(i->attrs.value(QStringLiteral("img")), QStringLiteral("m-support"));
            }
        }
        QVERIFY(ticket);
        QVERIFY(balance);
        QCOMPARE(n.value(QStringLiteral("timeout")), QStringLiteral("60"));
        QHash<QString, QString> msg;
        for (const XNode *m : n.child(QStringLiteral("messages"))->all(QStringLiteral("msg")))
            msg.insert(m->attrs.value(QStringLiteral("name")), m->text);
        QCOMPARE(msg.value(QStringLiteral("hint_ticket")), QStringLiteral("Запросы ждут ответа"));
        QCOMPARE(n.attrs.value(QStringLiteral("notify")), QString::number(total));
        // every document of this user carries the same total, and it follows the data
        const XNode other
            = m_client->xml({ P("func", "vds"), P("authinfo", "client1:demo"), P("p_cnt", "1") });
        QCOMPARE(other.attrs.value(QStringLiteral("notify")), QString::number(total));
        const XNode reply = m_client->xml({ P("func", "clientticket.edit"), P("authinfo", "client1:demo"),
            P("sok", "ok"), P("name", "Notify test"), P("message", "hello") });
        QVERIFY(reply.has(QStringLiteral("ok")));
        const QString id = reply.value(QStringLiteral("id"));
        QVERIFY(m_client
                    ->xml({ P("func", "ticket_all.edit"), P("authinfo", "admin:demo"), P("elid", id),
                        P("sok", "ok"), P("message", "answered") })
                    .has(QStringLiteral("ok")));
        const XNode after = m_client->xml({ P("func", "whoami"), P("authinfo", "client1:demo") });
        QCOMPARE(after.attrs.value(QStringLiteral("notify")), QString::number(total + 1));
        // no user, no total
        QCOMPARE(m_client->xml({ P("func", "auth"), P("username", "x"), P("password", "y") })
                     .attrs.value(QStringLiteral("notify")),
            QString());
    }

    // 4. whoami as the real server answers it
    void whoamiRealShape()
    {
        const XNode who = m_client->xml({ P("func", "whoami"), P("authinfo", "client1:demo") });
        const XNode *user = who.child(QStringLiteral("user"));
        QVERIFY(user);
        QVERIFY(user->text.isEmpty());
        for (const char *a : { "realname", "level", "lang", "name", "id", "account", "email",
                 "email_verified", "phone", "avatar_src", "timezone", "account_regdate", "balance",
                 "currency", "currency_id", "allowsuspenditem", "allowdeleteitem" })
            QVERIFY2(user->attrs.contains(QString::fromLatin1(a)), a);
        QCOMPARE(user->attrs.value(QStringLiteral("name")), QStringLiteral("client1"));
        QVERIFY(!who.has(QStringLiteral("path"))); // no su: no chain
        QCOMPARE(attr(who, QStringLiteral("mgr"), QStringLiteral("version")).section(QLatin1Char('-'), 0, 0),
            QStringLiteral("6.94.1"));
        QCOMPARE(who.value(QStringLiteral("mgr")), QStringLiteral("billmgr"));
        const XNode *version = who.child(QStringLiteral("version"));
        QVERIFY(version && version->has(QStringLiteral("billmgr")) && version->has(QStringLiteral("core")));
        // with su: the chain admin → client1
        const XNode su
            = m_client->xml({ P("func", "whoami"), P("authinfo", "admin:demo"), P("su", "client1") });
        const QList<const XNode *> path = su.all(QStringLiteral("path"));
        QCOMPARE(path.size(), 2);
        QCOMPARE(path.at(0)->attrs.value(QStringLiteral("name")), QStringLiteral("admin"));
        QCOMPARE(path.at(1)->attrs.value(QStringLiteral("name")), QStringLiteral("client1"));
        QCOMPARE(attr(su, QStringLiteral("user"), QStringLiteral("name")), QStringLiteral("client1"));
    }

    // 5. column totals over the whole filtered list
    void moneyColumnTotals()
    {
        const Params filter { P("authinfo", "admin:demo"), P("func", "payment"), P("filter", "on"),
            P("status", "4"), P("account", "1") };
        Params page = filter;
        page << P("out", "devel") << P("p_cnt", "3") << P("p_num", "1");
        const XNode doc = m_client->xml(page);
        QString total;
        for (const XNode *c : doc.find(QStringLiteral("coldata"))->all(QStringLiteral("col")))
            if (c->attrs.value(QStringLiteral("name")) == QLatin1String("subaccountamount_iso")) {
                QCOMPARE(c->attrs.value(QStringLiteral("stat")), QStringLiteral("yes"));
                total = c->attrs.value(QStringLiteral("total"));
            }
        QVERIFY(total.endsWith(QStringLiteral(" USD")));
        QVERIFY(doc.value(QStringLiteral("p_elems")).toInt() > 3); // more rows than the page
        // the sum of every filtered row, not of the page
        const XNode all = m_client->xml(
            { P("authinfo", "admin:demo"), P("func", "payment"), P("p_cnt", "100000"), P("p_num", "1") });
        qint64 sum = 0;
        int rows = 0;
        for (const XNode *e : all.all(QStringLiteral("elem"))) {
            ++rows;
            sum += cents(e->value(QStringLiteral("subaccountamount_iso")));
        }
        QCOMPARE(rows, doc.value(QStringLiteral("p_elems")).toInt());
        QCOMPARE(cents(total), sum);
        // columns that are not money carry no total
        for (const XNode *c : doc.find(QStringLiteral("coldata"))->all(QStringLiteral("col")))
            if (c->attrs.value(QStringLiteral("name")) == QLatin1String("number"))
                QVERIFY(!c->attrs.contains(QStringLiteral("total")));
        // reset the remembered filter
        m_client->xml({ P("authinfo", "admin:demo"), P("func", "payment.filter"), P("sok", "ok"),
            P("clicked_button", "reset") });
    }

    // 9. JSON shapes public clients rely on
    void jsonArraysAlways()
    {
        const QJsonObject one = json(
            { P("func", "payment"), P("authinfo", "client1:demo"), P("out", "sjson"), P("p_cnt", "1") });
        QVERIFY(one.value(QStringLiteral("elem")).isArray());
        QCOMPARE(one.value(QStringLiteral("elem")).toArray().size(), 1);
        const QJsonObject toolbar
            = one.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("toolbar")).toObject();
        const QJsonArray groups = toolbar.value(QStringLiteral("toolgrp")).toArray();
        QVERIFY(!groups.isEmpty());
        bool hideArray = false;
        for (const auto &g : groups) {
            QVERIFY(g.toObject().value(QStringLiteral("toolbtn")).isArray());
            for (const auto &b : g.toObject().value(QStringLiteral("toolbtn")).toArray())
                if (b.toObject().contains(QStringLiteral("hide"))) {
                    QVERIFY(b.toObject().value(QStringLiteral("hide")).isArray());
                    hideArray = true;
                }
        }
        QVERIFY(hideArray);
        // a vds list with one show rule: still an array
        const QJsonObject vds
            = json({ P("func", "vds"), P("authinfo", "admin:demo"), P("out", "json"), P("p_cnt", "1") });
        QVERIFY(vds.value(QStringLiteral("elem")).isArray());
        // form pages are arrays too
        const QJsonObject form
            = json({ P("func", "user.edit"), P("authinfo", "admin:demo"), P("out", "sjson") });
        const QJsonObject f
            = form.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("form")).toObject();
        QVERIFY(f.value(QStringLiteral("page")).isArray());
    }

    void sjsonKeysSorted()
    {
        QByteArray raw;
        json({ P("func", "payment"), P("authinfo", "admin:demo"), P("out", "sjson"), P("p_cnt", "3") }, &raw);
        QString why;
        QVERIFY2(KeyOrderChecker(raw).check(&why), qPrintable(why));
        json({ P("func", "account.edit"), P("authinfo", "admin:demo"), P("out", "xjson"), P("elid", "1") },
            &raw);
        QVERIFY2(KeyOrderChecker(raw).check(&why), qPrintable(why));
        // plain json keeps the document order (the checker must be able to fail)
        json({ P("func", "payment"), P("authinfo", "admin:demo"), P("out", "json"), P("p_cnt", "3") }, &raw);
        QVERIFY(!KeyOrderChecker(raw).check(&why));
    }

    void listsCarryPagingAndDecoration()
    {
        // unsorted: p_sort still names the order (the key)
        const XNode doc = m_client->xml(
            { P("func", "invoice"), P("authinfo", "client2:demo"), P("out", "devel"), P("p_cnt", "2") });
        QCOMPARE(doc.value(QStringLiteral("p_sort")), QStringLiteral("id"));
        QVERIFY(doc.has(QStringLiteral("saved_filters")));
        QVERIFY(doc.has(QStringLiteral("page")));
        QVERIFY(doc.has(QStringLiteral("tips")));
        QVERIFY(doc.has(QStringLiteral("links")));
        QVERIFY(doc.has(QStringLiteral("branding")));
        QStringList filters;
        for (const XNode *f : doc.child(QStringLiteral("p_possible_filters"))->all(QStringLiteral("filter")))
            filters << f->attrs.value(QStringLiteral("name"));
        QVERIFY(filters.contains(QStringLiteral("number")));
        // data-only xml: saved_filters only (as the real whoami)
        const XNode xml
            = m_client->xml({ P("func", "invoice"), P("authinfo", "client2:demo"), P("p_cnt", "2") });
        QVERIFY(xml.has(QStringLiteral("saved_filters")));
        QVERIFY(!xml.has(QStringLiteral("branding")));
        // json forms and actions carry messages
        const QJsonObject ok
            = json({ P("func", "keepalive"), P("authinfo", "admin:demo"), P("out", "json") });
        QVERIFY(ok.value(QStringLiteral("messages")).isObject());
        const QJsonObject form
            = json({ P("func", "user.edit"), P("authinfo", "admin:demo"), P("out", "json") });
        QCOMPARE(form.value(QStringLiteral("messages"))
                     .toObject()
                     .value(QStringLiteral("msg"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
            QStringLiteral("Name"));
    }

    void callbackWrapsJson()
    {
        const HttpResult r = m_client->post({ P("func", "whoami"), P("authinfo", "admin:demo"),
            P("out", "json"), P("callback", "jQuery123_456") });
        QVERIFY(r.header("Content-Type").startsWith("application/javascript"));
        QByteArray body = r.body.trimmed();
        QVERIFY(body.startsWith("jQuery123_456("));
        QVERIFY(body.endsWith(");"));
        body = body.mid(int(qstrlen("jQuery123_456(")));
        body.chop(2);
        QJsonParseError err;
        const QJsonDocument d = QJsonDocument::fromJson(body, &err);
        QCOMPARE(err.error, QJsonParseError::NoError);
        QVERIFY(d.object().value(QStringLiteral("doc")).toObject().contains(QStringLiteral("user")));
        // a name that is not an identifier is not echoed into script
        const HttpResult bad = m_client->post({ P("func", "whoami"), P("authinfo", "admin:demo"),
            P("out", "json"), P("callback", "alert(1)//") });
        QVERIFY(bad.body.startsWith("{")); // plain JSON; the name only appears inside the echo's string
        QVERIFY(QJsonDocument::fromJson(bad.body).isObject());
    }

    void errorsCarryCode()
    {
        const XNode bad = m_client->xml({ P("func", "auth"), P("username", "admin"), P("password", "nope") });
        const XNode *err = bad.child(QStringLiteral("error"));
        QVERIFY(err);
        QCOMPARE(err->attrs.value(QStringLiteral("code")), QStringLiteral("1"));
        const XNode *action = err->child(QStringLiteral("stack"))->child(QStringLiteral("action"));
        QCOMPARE(action->attrs.value(QStringLiteral("level")), QStringLiteral("0"));
        QCOMPARE(action->attrs.value(QStringLiteral("user")), QString());
        // every error has a code
        const XNode unknown = m_client->xml({ P("func", "no.such"), P("authinfo", "admin:demo") });
        QVERIFY(!unknown.child(QStringLiteral("error"))->attrs.value(QStringLiteral("code")).isEmpty());
    }

    void outTextKeyValueLines()
    {
        const HttpResult r = m_client->post(
            { P("func", "payment"), P("authinfo", "client1:demo"), P("out", "text"), P("p_cnt", "3") });
        QVERIFY(r.header("Content-Type").startsWith("text/plain"));
        const QList<QByteArray> lines = r.body.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        for (const QByteArray &l : lines) {
            QVERIFY2(l.startsWith("id="), l.constData());
            QVERIFY(l.contains(" number="));
        }
        const HttpResult who
            = m_client->post({ P("func", "whoami"), P("authinfo", "client1:demo"), P("out", "text") });
        QVERIFY(who.body.contains("name=client1"));
        const HttpResult err
            = m_client->post({ P("func", "no.such"), P("authinfo", "client1:demo"), P("out", "text") });
        QVERIFY(err.body.startsWith("ERROR unknown(func)"));
    }

    void sessionListPages()
    {
        QStringList sids;
        for (int i = 0; i < 5; ++i)
            sids << m_client->login(QStringLiteral("admin"));
        const XNode all
            = m_client->xml({ P("func", "session"), P("auth", sids.first()), P("p_cnt", "1000") });
        const int total = all.value(QStringLiteral("p_elems")).toInt();
        QVERIFY(total >= 5);
        QCOMPARE(all.all(QStringLiteral("elem")).size(), total);
        const XNode page2 = m_client->xml(
            { P("func", "session"), P("auth", sids.first()), P("p_cnt", "2"), P("p_num", "2") });
        QCOMPARE(page2.all(QStringLiteral("elem")).size(), 2);
        QCOMPARE(page2.value(QStringLiteral("p_num")), QStringLiteral("2"));
        QCOMPARE(page2.value(QStringLiteral("p_cnt")), QStringLiteral("2"));
        QCOMPARE(page2.value(QStringLiteral("p_elems")), QString::number(total));
        QCOMPARE(page2.child(QStringLiteral("elem"))->value(QStringLiteral("id")),
            all.all(QStringLiteral("elem")).at(2)->value(QStringLiteral("id")));
        // past the end: the last page
        const XNode last = m_client->xml(
            { P("func", "session"), P("auth", sids.first()), P("p_cnt", "2"), P("p_num", "999") });
        QCOMPARE(last.value(QStringLiteral("p_num")), QString::number((total + 1) / 2));
        QCOMPARE(errorType(m_client->xml({ P("func", "session"), P("auth", sids.first()), P("p_cnt", "x") })),
            QStringLiteral("value"));
    }

    void publicFunctionsNeedNoLogin()
    {
        const XNode form = m_client->xml({ P("func", "recovery"), P("out", "devel") });
        QCOMPARE(errorType(form), QString());
        QCOMPARE(attr(form, QStringLiteral("metadata"), QStringLiteral("type")), QStringLiteral("form"));
        QVERIFY(m_client->xml({ P("func", "recovery"), P("email", "nobody@example.com"), P("sok", "ok") })
                    .has(QStringLiteral("ok")));
        QCOMPARE(errorType(m_client->xml({ P("func", "recovery"), P("email", "bad"), P("sok", "ok") })),
            QStringLiteral("value"));
        const XNode reg = m_client->xml({ P("func", "register"), P("email", "newcomer@example.com"),
            P("realname", "New Comer"), P("passwd", "pw-12345"), P("confirm", "pw-12345"), P("sok", "ok") });
        QVERIFY2(reg.has(QStringLiteral("ok")), qPrintable(errorType(reg)));
        QCOMPARE(attr(m_client->xml({ P("func", "whoami"), P("authinfo", "newcomer@example.com:pw-12345") }),
                     QStringLiteral("user"), QStringLiteral("level")),
            QStringLiteral("16"));
        const XNode dup = m_client->xml({ P("func", "register"), P("email", "newcomer@example.com"),
            P("passwd", "x"), P("confirm", "x"), P("sok", "ok") });
        QCOMPARE(errorType(dup), QStringLiteral("exists"));
        QCOMPARE(attr(dup, QStringLiteral("error"), QStringLiteral("object")), QStringLiteral("user"));
        // other functions still need one
        QCOMPARE(errorType(m_client->xml({ P("func", "payment") })), QStringLiteral("auth"));
    }

    void browserPagesShowTitles()
    {
        const HttpResult page = m_client->post(
            { P("func", "payment"), P("authinfo", "admin:demo"), P("p_cnt", "2"), P("lang", "en") });
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        QVERIFY(page.body.contains("<th>Amount credited</th>"));
        QVERIFY(!page.body.contains("<th>subaccountamount_iso</th>"));
        QVERIFY(page.body.contains("<title>Payments</title>"));
    }

    void filterFormPeriodAndNeutralValues()
    {
        const XNode form = m_client->xml({ P("func", "payment.filter"), P("authinfo", "client2:demo"),
            P("out", "devel"), P("lang", "ru") });
        const XNode *period = nullptr;
        std::function<void(const XNode &)> walk = [&](const XNode &n) {
            if (n.name == QLatin1String("select")
                && n.attrs.value(QStringLiteral("name")) == QLatin1String("createdate"))
                period = &n;
            for (const auto &c : n.children)
                walk(c);
        };
        walk(*form.find(QStringLiteral("form")));
        QVERIFY(period);
        QCOMPARE(period->attrs.value(QStringLiteral("period")), QStringLiteral("yes"));
        QCOMPARE(attr(*period, QStringLiteral("if"), QStringLiteral("value")), QStringLiteral("other"));
        QStringList hidden;
        for (const XNode *e : period->all(QStringLiteral("else")))
            hidden << e->attrs.value(QStringLiteral("hide"));
        QCOMPARE(
            hidden, (QStringList { QStringLiteral("createdatestart"), QStringLiteral("createdateend") }));
        QCOMPARE(form.value(QStringLiteral("createdate")), QStringLiteral("nodate"));
        QCOMPARE(form.value(QStringLiteral("status")), QStringLiteral("null"));
        // the neutral values are no filter
        const int all
            = m_client->xml({ P("func", "payment"), P("authinfo", "client2:demo"), P("p_cnt", "1") })
                  .value(QStringLiteral("p_elems"))
                  .toInt();
        QVERIFY(m_client
                    ->xml({ P("func", "payment.filter"), P("authinfo", "client2:demo"), P("sok", "ok"),
                        P("createdate", "nodate"), P("status", "null"), P("number", "") })
                    .has(QStringLiteral("ok")));
        const XNode neutral
            = m_client->xml({ P("func", "payment"), P("authinfo", "client2:demo"), P("p_cnt", "1") });
        QCOMPARE(neutral.value(QStringLiteral("p_elems")).toInt(), all);
        QVERIFY(!neutral.has(QStringLiteral("filter")));
        // a named period filters on the dates (today is 2026-03-02)
        m_client->xml({ P("func", "payment.filter"), P("authinfo", "client2:demo"), P("sok", "ok"),
            P("createdate", "lastyear") });
        const XNode year = m_client->xml(
            { P("func", "payment"), P("authinfo", "client2:demo"), P("p_cnt", "1000"), P("p_num", "1") });
        QVERIFY(year.value(QStringLiteral("p_elems")).toInt() < all);
        for (const XNode *e : year.all(QStringLiteral("elem")))
            QVERIFY(e->value(QStringLiteral("create_date")).startsWith(QStringLiteral("2025-")));
        QCOMPARE(m_client->xml({ P("func", "payment.filter"), P("authinfo", "client2:demo") })
                     .value(QStringLiteral("createdate")),
            QStringLiteral("lastyear"));
        m_client->xml({ P("func", "payment.filter"), P("authinfo", "client2:demo"), P("sok", "ok"),
            P("clicked_button", "reset") });
    }

private:
    DemoServer m_server;
    std::unique_ptr<SimClient> m_client;
};

QTEST_GUILESS_MAIN(TestSimReal)
#include "tst_sim_real.moc"
