// Forms on the real demo server: metadata covering every control kind, sv_field recomputation (country →
// states, tariff → periods), validation errors naming the field, exists errors, new/edit with <ok/> and <id>,
// the two-step order wizard (a redirect ok), and account.edit's discount slider and long time zone select
// (metadata, localized titles, validation, round trip).
#include "simclient.h"

#include <QHttpMultiPart>
#include <QtTest>

using namespace simtest;
using mgrdesk::test::DemoServer;

namespace {

QStringList slistKeys(const XNode &doc, const QString &name)
{
    QStringList keys;
    for (const XNode *s : doc.all(QStringLiteral("slist")))
        if (s->attrs.value(QStringLiteral("name")) == name)
            for (const XNode *v : s->all(QStringLiteral("val")))
                keys << v->attrs.value(QStringLiteral("key"));
    return keys;
}

void collect(const XNode &n, QList<const XNode *> &out)
{
    out.append(&n);
    for (const auto &c : n.children)
        collect(c, out);
}

} // namespace

class TestSimForms : public QObject
{
    Q_OBJECT
private:
    XNode call(const QString &who, Params params)
    {
        params.prepend(P("authinfo", who + QStringLiteral(":demo")));
        return m_client->xml(params);
    }
    Params validAccount(const QString &name)
    {
        return { P("func", "account.edit"), P("sok", "ok"), P("elid", ""), P("name", name),
            P("email", "new@example.com"), P("profiletype", "1"), P("country", "182"), P("state", "1822"),
            P("project", "1,2"), P("client_lang", "ru"), P("passwd", "secret1"), P("confirm", "secret1"),
            P("balance_limit", "500"), P("notify", "on"), P("note", "line 1\nline 2 <&>"),
            P("discount", "15"), P("timezone", "Asia/Tokyo") };
    }
    // The control of field `name` in a form's metadata, and the name of the page holding it.
    static const XNode *control(const XNode &doc, const QString &name, QString *page = nullptr)
    {
        const XNode *meta = doc.child(QStringLiteral("metadata"));
        const XNode *form = meta ? meta->child(QStringLiteral("form")) : nullptr;
        if (!form)
            return nullptr;
        for (const XNode *pg : form->all(QStringLiteral("page")))
            for (const XNode *f : pg->all(QStringLiteral("field")))
                if (f->attrs.value(QStringLiteral("name")) == name && !f->children.empty()) {
                    if (page)
                        *page = pg->attrs.value(QStringLiteral("name"));
                    return &f->children.front();
                }
        return nullptr;
    }
    static QHash<QString, QString> messages(const XNode &doc)
    {
        QHash<QString, QString> msg;
        if (const XNode *m = doc.child(QStringLiteral("messages")))
            for (const XNode *n : m->all(QStringLiteral("msg")))
                msg.insert(n->attrs.value(QStringLiteral("name")), n->text);
        return msg;
    }
    static QString slistTitle(const XNode &doc, const QString &name, const QString &key)
    {
        for (const XNode *s : doc.all(QStringLiteral("slist")))
            if (s->attrs.value(QStringLiteral("name")) == name)
                for (const XNode *v : s->all(QStringLiteral("val")))
                    if (v->attrs.value(QStringLiteral("key")) == key)
                        return v->text;
        return QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_client = std::make_unique<SimClient>(m_server);
    }

    void metadataCoversEveryControlKind()
    {
        const XNode doc
            = call(QStringLiteral("admin"), { P("func", "account.edit"), P("elid", "1"), P("out", "devel") });
        const XNode *meta = doc.child(QStringLiteral("metadata"));
        QVERIFY(meta);
        QCOMPARE(meta->attrs.value(QStringLiteral("type")), QStringLiteral("form"));
        const XNode *form = meta->child(QStringLiteral("form"));
        QVERIFY(form);
        QVERIFY(form->all(QStringLiteral("page")).size() >= 2);
        QList<const XNode *> all;
        collect(*form, all);
        QSet<QString> kinds;
        bool required = false, check = false, checkargs = false, ifHide = false, removeIfNew = false,
             depend = false, shadow = false, privateInput = false;
        for (const XNode *n : all) {
            if (n->name == QLatin1String("input"))
                kinds.insert(QStringLiteral("input:") + n->attrs.value(QStringLiteral("type")));
            else if (n->name == QLatin1String("select"))
                kinds.insert(QStringLiteral("select:") + n->attrs.value(QStringLiteral("type")));
            else if (n->name == QLatin1String("textarea") || n->name == QLatin1String("textdata"))
                kinds.insert(n->name);
            required = required || n->attrs.value(QStringLiteral("required")) == QLatin1String("yes");
            check = check || n->attrs.value(QStringLiteral("check")) == QLatin1String("email");
            checkargs = checkargs || n->attrs.value(QStringLiteral("checkargs")) == QLatin1String("0,100000");
            ifHide = ifHide
                || (n->name == QLatin1String("if")
                    && n->attrs.value(QStringLiteral("hide")) == QLatin1String("company"));
            removeIfNew = removeIfNew || n->attrs.value(QStringLiteral("remove_if")) == QLatin1String("new");
            depend = depend || n->attrs.value(QStringLiteral("depend")) == QLatin1String("country");
            shadow = shadow
                || (n->name == QLatin1String("if")
                    && n->attrs.value(QStringLiteral("shadow"))
                        == QLatin1String("company")); // names the field
            privateInput = privateInput
                || (n->name == QLatin1String("input")
                    && n->attrs.value(QStringLiteral("type")) == QLatin1String("password")
                    && n->attrs.value(QStringLiteral("private")) == QLatin1String("yes"));
        }
        QVERIFY(shadow);
        QVERIFY(privateInput);
        for (const char *k : { "input:text", "input:password", "input:checkbox", "input:hidden",
                 "select:", "select:radio", "select:multiple", "textarea", "textdata" })
            QVERIFY2(kinds.contains(QString::fromLatin1(k)), k);
        QVERIFY(required);
        QVERIFY(check);
        QVERIFY(checkargs);
        QVERIFY(ifHide);
        QVERIFY(removeIfNew);
        QVERIFY(depend);
        QStringList buttons;
        for (const XNode *b : form->child(QStringLiteral("buttons"))->all(QStringLiteral("button")))
            buttons << b->attrs.value(QStringLiteral("name"));
        QVERIFY(buttons.contains(QStringLiteral("ok")));
        QVERIFY(buttons.contains(QStringLiteral("verify")));
        QHash<QString, QString> msg;
        for (const XNode *m : doc.child(QStringLiteral("messages"))->all(QStringLiteral("msg")))
            msg.insert(m->attrs.value(QStringLiteral("name")), m->text);
        QCOMPARE(msg.value(QStringLiteral("email")), QStringLiteral("Email"));
        QVERIFY(msg.contains(QStringLiteral("hint_name")));
        QVERIFY(msg.contains(QStringLiteral("placeholder_email")));
        // values: the object's, checkboxes on/off, multi-select comma keys
        QCOMPARE(doc.value(QStringLiteral("name")), QStringLiteral("client1"));
        QVERIFY(doc.value(QStringLiteral("notify")) == QLatin1String("on")
            || doc.value(QStringLiteral("notify")) == QLatin1String("off"));
        QVERIFY(slistKeys(doc, QStringLiteral("country")).contains(QStringLiteral("182")));
    }

    void svFieldRecomputesDependentOptions()
    {
        const XNode us = call(
            QStringLiteral("admin"), { P("func", "account.edit"), P("elid", ""), P("country", "840") });
        QVERIFY(slistKeys(us, QStringLiteral("state")).contains(QStringLiteral("8401")));
        const XNode ru = call(QStringLiteral("admin"),
            { P("func", "account.edit"), P("elid", ""), P("sv_field", "country"), P("country", "182"),
                P("state", "8401"), P("name", "typed by the user") });
        // the dependent select comes whole, each option naming its country (val@depend); the client filters
        QStringList russian;
        for (const XNode *s : ru.all(QStringLiteral("slist")))
            if (s->attrs.value(QStringLiteral("name")) == QLatin1String("state"))
                for (const XNode *v : s->all(QStringLiteral("val"))) {
                    QVERIFY(!v->attrs.value(QStringLiteral("depend")).isEmpty());
                    if (v->attrs.value(QStringLiteral("depend")) == QLatin1String("182"))
                        russian << v->attrs.value(QStringLiteral("key"));
                }
        QCOMPARE(russian,
            (QStringList { QStringLiteral("1821"), QStringLiteral("1822"), QStringLiteral("1823") }));
        QVERIFY(slistKeys(ru, QStringLiteral("state")).contains(QStringLiteral("8401")));
        QCOMPARE(ru.value(QStringLiteral("state")),
            QStringLiteral("1821")); // the old state is not in the new list
        QCOMPARE(ru.value(QStringLiteral("name")),
            QStringLiteral("typed by the user")); // what the user typed survives
        const XNode odd = call(QStringLiteral("client1"),
            { P("func", "vds.order"), P("sv_field", "pricelist"), P("pricelist", "1"), P("period", "24") });
        QCOMPARE(slistKeys(odd, QStringLiteral("period")),
            (QStringList {
                QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("6"), QStringLiteral("12") }));
        QCOMPARE(odd.value(QStringLiteral("period")), QStringLiteral("1"));
        const XNode even = call(QStringLiteral("client1"),
            { P("func", "vds.order"), P("sv_field", "pricelist"), P("pricelist", "2"), P("period", "12") });
        QCOMPARE(slistKeys(even, QStringLiteral("period")),
            (QStringList { QStringLiteral("1"), QStringLiteral("12"), QStringLiteral("24") }));
        QCOMPARE(even.value(QStringLiteral("period")), QStringLiteral("12"));
    }

    void validationErrorsNameTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("object");
        QTest::newRow("empty name") << "name"
                                    << ""
                                    << "missed"
                                    << "name";
        QTest::newRow("bad email") << "email"
                                   << "not-an-email"
                                   << "value"
                                   << "email";
        QTest::newRow("limit not a number") << "balance_limit"
                                            << "lots"
                                            << "value"
                                            << "balance_limit";
        QTest::newRow("limit out of range") << "balance_limit"
                                            << "100001"
                                            << "value"
                                            << "balance_limit";
        QTest::newRow("unknown country") << "country"
                                         << "999"
                                         << "value"
                                         << "country";
        QTest::newRow("password mismatch") << "confirm"
                                           << "other"
                                           << "value"
                                           << "confirm";
        QTest::newRow("bad project key") << "project"
                                         << "1,7"
                                         << "value"
                                         << "project";
        QTest::newRow("discount above the slider") << "discount"
                                                   << "55"
                                                   << "value"
                                                   << "discount";
        QTest::newRow("discount below the slider") << "discount"
                                                   << "-5"
                                                   << "value"
                                                   << "discount";
        QTest::newRow("discount off the step") << "discount"
                                               << "7"
                                               << "value"
                                               << "discount";
        QTest::newRow("discount not a number") << "discount"
                                               << "ten"
                                               << "value"
                                               << "discount";
        QTest::newRow("unknown time zone") << "timezone"
                                           << "Mars/Olympus_Mons"
                                           << "value"
                                           << "timezone";
    }

    void validationErrorsNameTheField()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, type);
        QFETCH(QString, object);
        Params p = validAccount(QStringLiteral("Valid Name"));
        for (auto &kv : p)
            if (kv.first == field)
                kv.second = value;
        const XNode doc = call(QStringLiteral("admin"), p);
        QCOMPARE(errorType(doc), type);
        QCOMPARE(attr(doc, QStringLiteral("error"), QStringLiteral("object")), object);
        QVERIFY(!doc.child(QStringLiteral("error"))->value(QStringLiteral("msg")).isEmpty());
    }

    void discountSliderAndTimeZoneSelect()
    {
        // metadata: a slider 0…50 step 5 on the second page, a plain select with more than 15 time zones
        const XNode doc
            = call(QStringLiteral("admin"), { P("func", "account.edit"), P("elid", "1"), P("out", "devel") });
        QString page;
        const XNode *slider = control(doc, QStringLiteral("discount"), &page);
        QVERIFY(slider);
        QCOMPARE(slider->name, QStringLiteral("slider"));
        QCOMPARE(slider->attrs.value(QStringLiteral("min")), QStringLiteral("0"));
        QCOMPARE(slider->attrs.value(QStringLiteral("max")), QStringLiteral("50"));
        QCOMPARE(slider->attrs.value(QStringLiteral("step")), QStringLiteral("5"));
        QCOMPARE(page, QStringLiteral("extra"));
        const XNode *select = control(doc, QStringLiteral("timezone"), &page);
        QVERIFY(select);
        QCOMPARE(select->name, QStringLiteral("select"));
        QVERIFY(select->attrs.value(QStringLiteral("type")).isEmpty()); // a combo, not radio or multiple
        QCOMPARE(page, QStringLiteral("main"));
        const QStringList zones = slistKeys(doc, QStringLiteral("timezone"));
        QVERIFY2(zones.size() > 15, "long enough for a searchable select");
        QCOMPARE(QSet<QString>(zones.begin(), zones.end()).size(), zones.size());
        for (const QString &z : zones)
            QVERIFY2(z == QLatin1String("UTC") || z.contains(QLatin1Char('/')), qPrintable(z)); // IANA names
        for (const char *z : { "UTC", "Europe/Moscow", "America/New_York", "Asia/Tokyo" })
            QVERIFY2(zones.contains(QString::fromLatin1(z)), z);
        QCOMPARE(slistTitle(doc, QStringLiteral("timezone"), QStringLiteral("Europe/Moscow")),
            QStringLiteral("Moscow (Europe/Moscow)"));
        const QHash<QString, QString> msg = messages(doc);
        QCOMPARE(msg.value(QStringLiteral("discount")), QStringLiteral("Discount, %"));
        QVERIFY(!msg.value(QStringLiteral("hint_discount")).isEmpty());
        QCOMPARE(msg.value(QStringLiteral("timezone")), QStringLiteral("Time zone"));
        // the stored values are ones the controls can show
        QVERIFY(zones.contains(doc.value(QStringLiteral("timezone"))));
        bool ok = false;
        const int discount = doc.value(QStringLiteral("discount")).toInt(&ok);
        QVERIFY(ok && discount >= 0 && discount <= 50 && discount % 5 == 0);

        // localized titles, same keys
        const XNode ru = call(QStringLiteral("admin"),
            { P("func", "account.edit"), P("elid", "1"), P("out", "devel"), P("lang", "ru") });
        QCOMPARE(slistKeys(ru, QStringLiteral("timezone")), zones);
        QCOMPARE(slistTitle(ru, QStringLiteral("timezone"), QStringLiteral("Europe/Moscow")),
            QStringLiteral("Москва (Europe/Moscow)"));
        QCOMPARE(messages(ru).value(QStringLiteral("discount")), QStringLiteral("Скидка, %"));

        // the generated clients: deterministic, some with a discount, several zones
        QSet<QString> seenZones;
        int withDiscount = 0;
        for (int i = 1; i <= 12; ++i) {
            const XNode a
                = call(QStringLiteral("admin"), { P("func", "account.edit"), P("elid", QString::number(i)) });
            QVERIFY(zones.contains(a.value(QStringLiteral("timezone"))));
            seenZones.insert(a.value(QStringLiteral("timezone")));
            withDiscount += a.value(QStringLiteral("discount")) != QLatin1String("0");
        }
        QVERIFY(withDiscount > 0);
        QVERIFY(seenZones.size() > 3);

        // round trip: created with both, reopened; edited, reopened; absent or empty keeps them
        const XNode created
            = call(QStringLiteral("admin"), validAccount(QStringLiteral("Slider And Zone Ltd")));
        QVERIFY(created.has(QStringLiteral("ok")));
        const QString id = created.value(QStringLiteral("id"));
        auto reopen = [&] {
            return call(QStringLiteral("admin"), { P("func", "account.edit"), P("elid", id) });
        };
        QCOMPARE(reopen().value(QStringLiteral("discount")), QStringLiteral("15"));
        QCOMPARE(reopen().value(QStringLiteral("timezone")), QStringLiteral("Asia/Tokyo"));
        for (const char *d : { "50", "0", "05" }) {
            const XNode edited = call(QStringLiteral("admin"),
                { P("func", "account.edit"), P("elid", id), P("sok", "ok"), P("name", "Slider And Zone Ltd"),
                    P("email", "new@example.com"), P("discount", d), P("timezone", "Europe/Moscow") });
            QVERIFY2(edited.has(QStringLiteral("ok")), d);
            QCOMPARE(reopen().value(QStringLiteral("discount")), QString::number(QByteArray(d).toInt()));
        }
        QCOMPARE(reopen().value(QStringLiteral("timezone")), QStringLiteral("Europe/Moscow"));
        QVERIFY(call(QStringLiteral("admin"),
            { P("func", "account.edit"), P("elid", id), P("sok", "ok"), P("name", "Slider And Zone Ltd"),
                P("email", "new@example.com"), P("discount", ""), P("timezone", "") })
                    .has(QStringLiteral("ok")));
        QCOMPARE(reopen().value(QStringLiteral("discount")), QStringLiteral("5"));
        QCOMPARE(reopen().value(QStringLiteral("timezone")), QStringLiteral("Europe/Moscow"));
        // a refused value saves nothing
        QCOMPARE(attr(call(QStringLiteral("admin"),
                          { P("func", "account.edit"), P("elid", id), P("sok", "ok"),
                              P("name", "Slider And Zone Ltd"), P("email", "new@example.com"),
                              P("discount", "60"), P("timezone", "Asia/Tokyo") }),
                     QStringLiteral("error"), QStringLiteral("object")),
            QStringLiteral("discount"));
        const XNode refused = call(QStringLiteral("admin"),
            { P("func", "account.edit"), P("elid", id), P("sok", "ok"), P("name", "Slider And Zone Ltd"),
                P("email", "new@example.com"), P("discount", "51") });
        QCOMPARE(refused.child(QStringLiteral("error"))->value(QStringLiteral("msg")),
            QStringLiteral("Invalid value '51' of the field 'Discount, %'"));
        QCOMPARE(reopen().value(QStringLiteral("discount")), QStringLiteral("5"));
        QCOMPARE(reopen().value(QStringLiteral("timezone")), QStringLiteral("Europe/Moscow"));
        // a new client sent without them gets 0 % and UTC; a new form offers the same
        Params plain = validAccount(QStringLiteral("No Slider Ltd"));
        plain.erase(std::remove_if(plain.begin(), plain.end(),
                        [](const auto &kv) {
                            return kv.first == QLatin1String("discount")
                                || kv.first == QLatin1String("timezone");
                        }),
            plain.end());
        const XNode bare = call(QStringLiteral("admin"), plain);
        QVERIFY(bare.has(QStringLiteral("ok")));
        const XNode bareOpened = call(QStringLiteral("admin"),
            { P("func", "account.edit"), P("elid", bare.value(QStringLiteral("id"))) });
        QCOMPARE(bareOpened.value(QStringLiteral("discount")), QStringLiteral("0"));
        QCOMPARE(bareOpened.value(QStringLiteral("timezone")), QStringLiteral("UTC"));
        const XNode fresh = call(QStringLiteral("admin"), { P("func", "account.edit"), P("elid", "") });
        QCOMPARE(fresh.value(QStringLiteral("discount")), QStringLiteral("0"));
        QCOMPARE(fresh.value(QStringLiteral("timezone")), QStringLiteral("UTC"));
        // sv_field keeps what the user set
        const XNode recomputed = call(QStringLiteral("admin"),
            { P("func", "account.edit"), P("elid", ""), P("sv_field", "country"), P("country", "182"),
                P("discount", "35"), P("timezone", "Asia/Irkutsk") });
        QCOMPARE(recomputed.value(QStringLiteral("discount")), QStringLiteral("35"));
        QCOMPARE(recomputed.value(QStringLiteral("timezone")), QStringLiteral("Asia/Irkutsk"));
    }

    void verifyButtonValidatesWithoutSaving()
    {
        Params p = validAccount(QStringLiteral("Verified Only Ltd"));
        p.append(P("clicked_button", "verify"));
        const XNode verified = call(QStringLiteral("admin"), p);
        QVERIFY(verified.has(QStringLiteral("ok")));
        QVERIFY(!verified.has(QStringLiteral("id")));
        QCOMPARE(
            call(QStringLiteral("admin"),
                { P("func", "account"), P("filter", "on"), P("name", "Verified Only*"), P("p_cnt", "10") })
                .all(QStringLiteral("elem"))
                .size(),
            0);
        call(QStringLiteral("admin"),
            { P("func", "account.filter"), P("sok", "ok"), P("clicked_button", "reset") });
        for (auto &kv : p)
            if (kv.first == QLatin1String("email"))
                kv.second = QStringLiteral("not-an-email");
        const XNode refused = call(QStringLiteral("admin"), p);
        QCOMPARE(errorType(refused), QStringLiteral("value"));
        QCOMPARE(attr(refused, QStringLiteral("error"), QStringLiteral("object")), QStringLiteral("email"));
    }

    void nullKeyMeansNoValue()
    {
        // a filter form's status select starts with the server's "null" key: no value
        const XNode filter = call(QStringLiteral("admin"), { P("func", "payment.filter") });
        const QStringList keys = slistKeys(filter, QStringLiteral("status"));
        QVERIFY(!keys.isEmpty());
        QCOMPARE(keys.first(), QStringLiteral("null"));
    }

    void errorMessageIsLocalized()
    {
        Params p = validAccount(QStringLiteral("Valid Name"));
        p.append(P("lang", "ru"));
        for (auto &kv : p)
            if (kv.first == QLatin1String("email"))
                kv.second = QStringLiteral("bad");
        const XNode doc = call(QStringLiteral("admin"), p);
        QVERIFY(doc.child(QStringLiteral("error"))
                    ->value(QStringLiteral("msg"))
                    .contains(QStringLiteral("Недопустимое значение")));
    }

    void duplicatesGiveExists()
    {
        const XNode doc = call(QStringLiteral("admin"), validAccount(QStringLiteral("client2")));
        QCOMPARE(errorType(doc), QStringLiteral("exists"));
        // object is the entity, as in the API guide's error
        QCOMPARE(attr(doc, QStringLiteral("error"), QStringLiteral("object")), QStringLiteral("account"));
        QCOMPARE(doc.child(QStringLiteral("error"))->find(QStringLiteral("param")) != nullptr, true);
        const XNode user = call(QStringLiteral("admin"),
            { P("func", "user.edit"), P("sok", "ok"), P("name", "client1"), P("passwd", "x1"),
                P("confirm", "x1") });
        QCOMPARE(errorType(user), QStringLiteral("exists"));
        QCOMPARE(attr(user, QStringLiteral("error"), QStringLiteral("object")), QStringLiteral("user"));
        QCOMPARE(user.child(QStringLiteral("error"))->value(QStringLiteral("msg")),
            QStringLiteral("User with value 'client1' already exists"));
    }

    void createOpenAndEdit()
    {
        const XNode created = call(QStringLiteral("admin"), validAccount(QStringLiteral("Fresh Client Ltd")));
        QVERIFY2(created.has(QStringLiteral("ok")),
            qPrintable(
                created.find(QStringLiteral("msg")) ? created.find(QStringLiteral("msg"))->text : QString()));
        const QString id = created.value(QStringLiteral("id"));
        QVERIFY(id.toInt() > 0);
        const XNode opened = call(QStringLiteral("admin"), { P("func", "account.edit"), P("elid", id) });
        QCOMPARE(opened.value(QStringLiteral("name")), QStringLiteral("Fresh Client Ltd"));
        QCOMPARE(opened.value(QStringLiteral("state")), QStringLiteral("1822"));
        QCOMPARE(opened.value(QStringLiteral("note")), QStringLiteral("line 1\nline 2 <&>"));
        const XNode edited = call(QStringLiteral("admin"),
            { P("func", "account.edit"), P("elid", id), P("sok", "ok"), P("name", "Fresh Client Renamed"),
                P("email", "new@example.com") });
        QVERIFY(edited.has(QStringLiteral("ok")));
        QVERIFY(!edited.has(QStringLiteral("id")));
        QCOMPARE(call(QStringLiteral("admin"), { P("func", "account.edit"), P("elid", id) })
                     .value(QStringLiteral("name")),
            QStringLiteral("Fresh Client Renamed"));
        QCOMPARE(
            errorType(call(QStringLiteral("admin"), { P("func", "account.edit"), P("elid", "99999999") })),
            QStringLiteral("notfound"));
        QCOMPARE(errorType(call(QStringLiteral("client1"), { P("func", "account.edit"), P("elid", "1") })),
            QStringLiteral("access"));
        // without sok nothing is saved
        call(QStringLiteral("admin"), { P("func", "account.edit"), P("elid", id), P("name", "Not Saved") });
        QCOMPARE(call(QStringLiteral("admin"), { P("func", "account.edit"), P("elid", id) })
                     .value(QStringLiteral("name")),
            QStringLiteral("Fresh Client Renamed"));
    }

    void usersCreatedByAClientCanLogIn()
    {
        const XNode created = call(QStringLiteral("client1"),
            { P("func", "user.edit"), P("sok", "ok"), P("elid", ""), P("name", "helper7"),
                P("realname", "Helper Seven"), P("email", "h7@example.com"), P("passwd", "pw-7"),
                P("confirm", "pw-7") });
        QVERIFY(created.has(QStringLiteral("ok")));
        QVERIFY(!created.value(QStringLiteral("id")).isEmpty());
        QVERIFY(!m_client->login(QStringLiteral("helper7"), QStringLiteral("pw-7")).isEmpty());
        const XNode who = m_client->xml({ P("func", "whoami"), P("authinfo", "helper7:pw-7") });
        QCOMPARE(attr(who, QStringLiteral("user"), QStringLiteral("account")), QStringLiteral("1"));
        // client1 (full rights) may su to its new sub-user; client2 has no full rights to create users
        QVERIFY(call(QStringLiteral("client1"), { P("func", "whoami"), P("su", "helper7") })
                    .has(QStringLiteral("user")));
        QCOMPARE(errorType(call(QStringLiteral("client2"),
                     { P("func", "user.edit"), P("sok", "ok"), P("name", "x22"), P("passwd", "a"),
                         P("confirm", "a") })),
            QStringLiteral("access"));
    }

    void orderWizardRedirects()
    {
        const XNode first = call(QStringLiteral("client1"),
            { P("func", "vds.order"), P("sok", "ok"), P("pricelist", "3"), P("period", "6"),
                P("ostempl", "Debian 12"), P("domain", "wizard.example.com"), P("autoprolong", "on") });
        const XNode *ok = first.child(QStringLiteral("ok"));
        QVERIFY(ok);
        QCOMPARE(ok->attrs.value(QStringLiteral("type")), QStringLiteral("form"));
        const QUrlQuery next(ok->text);
        QCOMPARE(next.queryItemValue(QStringLiteral("func")), QStringLiteral("vds.order.confirm"));
        Params p;
        const auto items = next.queryItems(QUrl::FullyDecoded);
        for (const auto &i : items)
            p.append(i);
        const XNode confirm = call(QStringLiteral("client1"), p);
        QVERIFY(confirm.value(QStringLiteral("summary")).contains(QStringLiteral("VDS-3")));
        QCOMPARE(confirm.value(QStringLiteral("domain")), QStringLiteral("wizard.example.com"));
        Params submit = p;
        submit.append(P("sok", "ok"));
        QCOMPARE(
            attr(call(QStringLiteral("client1"), submit), QStringLiteral("error"), QStringLiteral("object")),
            QStringLiteral("agree"));
        submit.append(P("agree", "on"));
        const XNode done = call(QStringLiteral("client1"), submit);
        QVERIFY(done.has(QStringLiteral("ok")));
        const QString id = done.value(QStringLiteral("id"));
        QVERIFY(!id.isEmpty());
        const XNode vds = call(QStringLiteral("client1"),
            { P("func", "vds"), P("filter", "on"), P("domain", "wizard.example.com") });
        QCOMPARE(vds.all(QStringLiteral("elem")).size(), 1);
        QCOMPARE(vds.child(QStringLiteral("elem"))->value(QStringLiteral("id")), id);
        QCOMPARE(vds.child(QStringLiteral("elem"))
                     ->child(QStringLiteral("item_status"))
                     ->attrs.value(QStringLiteral("orig")),
            QStringLiteral("1"));
        // step one validates too
        QCOMPARE(attr(call(QStringLiteral("client1"),
                          { P("func", "vds.order"), P("sok", "ok"), P("pricelist", "3"), P("period", "6"),
                              P("domain", "no domain") }),
                     QStringLiteral("error"), QStringLiteral("object")),
            QStringLiteral("domain"));
    }

    void ticketConversationWithEmbeddedList()
    {
        const XNode created = call(QStringLiteral("client1"),
            { P("func", "clientticket.edit"), P("elid", ""), P("sok", "ok"), P("name", "Disk is full"),
                P("message", "Please help,\nmy disk is full & <red>") });
        QVERIFY(created.has(QStringLiteral("ok")));
        const QString id = created.value(QStringLiteral("id"));
        QVERIFY(!id.isEmpty());
        const XNode mine = call(
            QStringLiteral("client1"), { P("func", "clientticket"), P("p_cnt", "10000"), P("p_num", "1") });
        bool listed = false;
        for (const XNode *e : mine.all(QStringLiteral("elem")))
            if (e->value(QStringLiteral("id")) == id) {
                listed = true;
                QCOMPARE(e->child(QStringLiteral("tstatus"))->attrs.value(QStringLiteral("orig")),
                    QStringLiteral("0"));
            }
        QVERIFY(listed);
        QVERIFY(call(QStringLiteral("admin"),
            { P("func", "ticket_all.edit"), P("elid", id), P("sok", "ok"), P("message", "Cleaned up.") })
                    .has(QStringLiteral("ok")));
        const XNode opened = call(
            QStringLiteral("client1"), { P("func", "clientticket.edit"), P("elid", id), P("out", "devel") });
        const XNode *conv = opened.child(QStringLiteral("list"));
        QVERIFY(conv);
        QCOMPARE(conv->attrs.value(QStringLiteral("name")), QStringLiteral("messages"));
        const auto rows = conv->all(QStringLiteral("elem"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0]->value(QStringLiteral("message")),
            QStringLiteral("Please help,\nmy disk is full & <red>"));
        QCOMPARE(rows[1]->value(QStringLiteral("message_user")), QStringLiteral("admin"));
        QCOMPARE(opened.value(QStringLiteral("tstatus")), QStringLiteral("Awaiting reply"));
        QVERIFY(opened.child(QStringLiteral("metadata"))->find(QStringLiteral("list"))
            != nullptr); // the embedded table's control
        QCOMPARE(
            attr(call(QStringLiteral("client1"),
                     { P("func", "clientticket.edit"), P("elid", id), P("sok", "ok"), P("message", "") }),
                QStringLiteral("error"), QStringLiteral("object")),
            QStringLiteral("message"));
        QCOMPARE(
            errorType(call(QStringLiteral("client2"), { P("func", "clientticket.edit"), P("elid", id) })),
            QStringLiteral("access"));
        QCOMPARE(call(QStringLiteral("admin"), { P("func", "ticket_all.message"), P("plid", id) })
                     .all(QStringLiteral("elem"))
                     .size(),
            2);
    }

    void multipartWithAttachment()
    {
        auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        auto field = [&](const QString &name, const QByteArray &value) {
            QHttpPart part;
            part.setHeader(QNetworkRequest::ContentDispositionHeader,
                QStringLiteral("form-data; name=\"%1\"").arg(name));
            part.setBody(value);
            multi->append(part);
        };
        field(QStringLiteral("func"), "clientticket.edit");
        field(QStringLiteral("authinfo"), "client2:demo");
        field(QStringLiteral("out"), "xml");
        field(QStringLiteral("sok"), "ok");
        field(QStringLiteral("name"), "Screenshot attached");
        field(QStringLiteral("message"), "See the file. Ünïcode too.");
        QHttpPart file;
        file.setHeader(QNetworkRequest::ContentDispositionHeader,
            QStringLiteral("form-data; name=\"file_1\"; filename=\"shot.png\""));
        file.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("image/png"));
        file.setBody(QByteArray(1234, '\x89'));
        multi->append(file);
        QNetworkReply *reply = m_client->nam()->post(m_client->request(m_client->base()), multi);
        multi->setParent(reply);
        const HttpResult r = SimClient::wait(reply, 30000);
        const XNode doc = r.xml();
        QVERIFY2(doc.has(QStringLiteral("ok")), r.body.constData());
        const QString id = doc.value(QStringLiteral("id"));
        const XNode msgs
            = call(QStringLiteral("client2"), { P("func", "clientticket.message"), P("plid", id) });
        QCOMPARE(msgs.all(QStringLiteral("elem")).size(), 1);
        const QString text = msgs.child(QStringLiteral("elem"))->value(QStringLiteral("message"));
        QCOMPARE(text, QStringLiteral("See the file. Ünïcode too."));
        // the file is an attachment of that message (its bytes: tests/tickets/tst_ticketsim)
        const XNode form = call(QStringLiteral("client2"), { P("func", "clientticket.edit"), P("elid", id) });
        bool attached = false;
        for (const XNode *l : form.all(QStringLiteral("list")))
            for (const XNode *e : l->all(QStringLiteral("elem")))
                attached = attached
                    || (l->attrs.value(QStringLiteral("name")) == QLatin1String("attachments")
                        && e->value(QStringLiteral("name")) == QLatin1String("shot.png")
                        && e->value(QStringLiteral("size")) == QLatin1String("1234"));
        QVERIFY(attached);
    }

private:
    DemoServer m_server;
    std::unique_ptr<SimClient> m_client;
};

QTEST_GUILESS_MAIN(TestSimForms)
#include "tst_sim_forms.moc"
