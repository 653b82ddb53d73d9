// Core of the form editor without widgets: description, rules, validation, requests, recomputation, errors.

#include "formtestdata.h"

#include "core/models/formcheck.h"
#include "core/models/formdescription.h"
#include "core/models/formstate.h"
#include "core/protocol/replyparser.h"

#include <QFile>

#include <QSignalSpy>
#include <QtTest>

using namespace mgrdesk;
using models::FormCheck;
using models::FormDescription;
using models::FormFieldInfo;
using models::FormState;
using K = models::FormFieldInfo::Kind;

class TestFormState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kindsFromMetadata();
    void labelsHintsPlaceholdersPagesButtons();
    void removeIfNew();
    void withoutMetadata();
    void hideRulesFollowValues();
    void shadowRuleDisables();
    void checks_data();
    void checks();
    void validateMarksFieldsAndSkipsHidden();
    void dirtyTracking();
    void submitRequestCarriesEveryValue();
    void submitRequestForNewObject();
    void recomputeRequestHasNoSok();
    void recomputeKeepsWhatTheUserEdits();
    void recomputeWithNewShapeRestructures();
    void errorNamesField();
    void errorFoundByRejectedValue();
    void errorWithoutField();
    void errorDetailsMaskSecrets();
    void fixtureAllControls();
    void fixtureCoremanagerMetadata();
    void fixtureSeedUserWithoutMetadata();
};

static protocol::FormData loadFixture(const QString &name)
{
    QFile f(QStringLiteral(MGRDESK_FIXTURES_DIR "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    const protocol::Reply r = protocol::ReplyParser::parse(f.readAll());
    if (r.kind != protocol::ReplyKind::Form || !r.form)
        qFatal("fixture %s is not a form", qPrintable(name));
    return *r.form;
}

void TestFormState::kindsFromMetadata()
{
    const FormDescription d = FormDescription::fromData(formtest::richForm(), false);
    QVERIFY(d.hasMetadata());
    const QList<QPair<QString, K>> expected = {
        { QStringLiteral("name"), K::Text },
        { QStringLiteral("passwd"), K::Password },
        { QStringLiteral("country"), K::Select },
        { QStringLiteral("addr"), K::Multiline },
        { QStringLiteral("notify"), K::Checkbox },
        { QStringLiteral("kind"), K::Radio },
        { QStringLiteral("project"), K::Multiple },
        { QStringLiteral("note"), K::Multiline },
        { QStringLiteral("created"), K::TextData },
        { QStringLiteral("secret_token"), K::Hidden },
        { QStringLiteral("discount"), K::Slider },
        { QStringLiteral("payments"), K::List },
        { QStringLiteral("resend"), K::Button },
    };
    for (const auto &e : expected) {
        const FormFieldInfo *f = d.field(e.first);
        QVERIFY2(f, qPrintable(e.first));
        QCOMPARE(int(f->kind), int(e.second));
    }
    QVERIFY(d.field(QStringLiteral("passwd"))->isPrivate);
    QCOMPARE(*d.field(QStringLiteral("rows"))->checkMin, 5);
    QCOMPARE(*d.field(QStringLiteral("rows"))->checkMax, 9999);
    QCOMPARE(d.field(QStringLiteral("discount"))->sliderMax, 50);
    QCOMPARE(d.field(QStringLiteral("discount"))->sliderStep, 5);
    QCOMPARE(d.field(QStringLiteral("country"))->options.size(), 3);
    QVERIFY(d.field(QStringLiteral("country"))->options.first().isNull);
    // setvalues and "state depends on country" both make country a recompute trigger; name does not.
    QVERIFY(d.field(QStringLiteral("country"))->triggersRecompute);
    QVERIFY(!d.field(QStringLiteral("name"))->triggersRecompute);
    QVERIFY(!d.hasField(QStringLiteral("elid")));
}

void TestFormState::labelsHintsPlaceholdersPagesButtons()
{
    const FormDescription d = FormDescription::fromData(formtest::richForm(), false);
    QCOMPARE(d.field(QStringLiteral("name"))->label, QStringLiteral("Client name"));
    QCOMPARE(d.field(QStringLiteral("name"))->hint, QStringLiteral("As shown on invoices"));
    QCOMPARE(d.field(QStringLiteral("email"))->placeholder, QStringLiteral("name@example.com"));
    QCOMPARE(d.field(QStringLiteral("rows"))->label, QStringLiteral("rows")); // no message: the name
    QCOMPARE(d.pages().size(), 2);
    QCOMPARE(d.pages().at(0).title, QStringLiteral("General"));
    QCOMPARE(d.pages().at(1).title, QStringLiteral("More"));
    QVERIFY(d.pages().at(1).fields.contains(QStringLiteral("note")));
    QCOMPARE(d.buttons().size(), 2);
    QCOMPARE(d.buttons().at(0).title, QStringLiteral("Save"));
    QCOMPARE(d.buttons().at(1).title, QStringLiteral("Cancel"));
}

void TestFormState::removeIfNew()
{
    QVERIFY(FormDescription::fromData(formtest::richForm(), false).hasField(QStringLiteral("created")));
    const FormDescription created = FormDescription::fromData(formtest::richForm(QString()), true);
    QVERIFY(!created.hasField(QStringLiteral("created")));
    QVERIFY(!created.pages().at(1).fields.contains(QStringLiteral("created")));
    FormState s;
    s.load(QStringLiteral("account.edit"), QString(), QString(), formtest::richForm(QString()));
    QVERIFY(s.isNew());
    QVERIFY(!s.submitRequest().has(QStringLiteral("created")));
}

void TestFormState::withoutMetadata()
{
    // The values of seed-form-user.xml with a country slist: a plain editor.
    protocol::FormData d;
    d.values = { { QStringLiteral("elid"), QStringLiteral("1024") },
        { QStringLiteral("username"), QStringLiteral("jackblack") },
        { QStringLiteral("project"), QStringLiteral("2,3,1") },
        { QStringLiteral("country"), QStringLiteral("182") },
        { QStringLiteral("notify"), QStringLiteral("off") }, { QStringLiteral("note"), QString() } };
    d.options.insert(
        QStringLiteral("country"), { { QStringLiteral("182"), QStringLiteral("Russia"), false } });
    d.options.insert(
        QStringLiteral("client_lang"), { { QStringLiteral("ru"), QStringLiteral("Russian"), false } });
    const FormDescription desc = FormDescription::fromData(d, false);
    QVERIFY(!desc.hasMetadata());
    QVERIFY(!desc.hasField(QStringLiteral("elid")));
    QCOMPARE(int(desc.field(QStringLiteral("username"))->kind), int(K::Text));
    QCOMPARE(int(desc.field(QStringLiteral("country"))->kind), int(K::Select));
    QCOMPARE(int(desc.field(QStringLiteral("notify"))->kind), int(K::Checkbox));
    QCOMPARE(int(desc.field(QStringLiteral("client_lang"))->kind), int(K::Select)); // slist without value
    QCOMPARE(desc.fields().first().name, QStringLiteral("username")); // reply order
    QCOMPARE(desc.pages().size(), 1);

    FormState s;
    s.load(QStringLiteral("user.edit"), QStringLiteral("1024"), QString(), d);
    const protocol::Request r = s.submitRequest();
    QCOMPARE(r.value(QStringLiteral("username")), QStringLiteral("jackblack"));
    QCOMPARE(r.value(QStringLiteral("project")), QStringLiteral("2,3,1"));
    QCOMPARE(r.value(QStringLiteral("elid")), QStringLiteral("1024"));
}

void TestFormState::hideRulesFollowValues()
{
    FormState s;
    s.load(QStringLiteral("account.edit"), QStringLiteral("7"), QString(), formtest::richForm());
    QVERIFY(s.isHidden(QStringLiteral("addr"))); // atype = atany hides addr
    QVERIFY(!s.isHidden(QStringLiteral("rows")));
    QSignalSpy spy(&s, &FormState::visibilityChanged);
    s.setValue(QStringLiteral("atype"), QStringLiteral("atlist"));
    QVERIFY(!s.isHidden(QStringLiteral("addr")));
    QCOMPARE(spy.count(), 1);
    s.setValue(QStringLiteral("atype"), QStringLiteral("atany"));
    QVERIFY(s.isHidden(QStringLiteral("addr")));
    QCOMPARE(spy.count(), 2);
    QVERIFY(s.isHidden(QStringLiteral("secret_token"))); // a hidden control is never shown
}

void TestFormState::shadowRuleDisables()
{
    FormState s;
    s.load(QStringLiteral("account.edit"), QStringLiteral("7"), QString(), formtest::richForm());
    QVERIFY(s.isDisabled(QStringLiteral("company")));
    QVERIFY(!s.isHidden(QStringLiteral("company")));
    s.setValue(QStringLiteral("kind"), QStringLiteral("company"));
    QVERIFY(!s.isDisabled(QStringLiteral("company")));
}

void TestFormState::checks_data()
{
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("args");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    const QString n;
    QTest::newRow("int ok") << "int"
                            << "5,9999"
                            << "100" << true;
    QTest::newRow("int low") << "int"
                             << "5,9999"
                             << "4" << false;
    QTest::newRow("int high") << "int"
                              << "5,9999"
                              << "10000" << false;
    QTest::newRow("int text") << "int"
                              << ""
                              << "12a" << false;
    QTest::newRow("int negative open range") << "int"
                                             << ""
                                             << "-3" << true;
    QTest::newRow("int min only") << "int"
                                  << "1,"
                                  << "0" << false;
    QTest::newRow("email ok") << "email" << n << "a.b@example.com" << true;
    QTest::newRow("email no at") << "email" << n << "example.com" << false;
    QTest::newRow("email no domain dot") << "email" << n << "a@localhost" << false;
    QTest::newRow("url ok") << "url" << n << "https://example.com/x?y=1" << true;
    QTest::newRow("url no scheme") << "url" << n << "example.com" << false;
    QTest::newRow("ip v4") << "ip" << n << "192.0.2.10" << true;
    QTest::newRow("ip v6") << "ip" << n << "2001:db8::1" << true;
    QTest::newRow("ip bad") << "ip" << n << "192.0.2.300" << false;
    QTest::newRow("iprange list") << "iprange" << n << "192.0.2.0/24 10.0.0.1-10.0.0.9\n2001:db8::/32"
                                  << true;
    QTest::newRow("iprange bad prefix") << "iprange" << n << "192.0.2.0/33" << false;
    QTest::newRow("iprange reversed") << "iprange" << n << "10.0.0.9-10.0.0.1" << false;
    QTest::newRow("phone ok") << "phone" << n << "+7 (495) 123-45-67" << true;
    QTest::newRow("phone letters") << "phone" << n << "call me" << false;
    QTest::newRow("phone short") << "phone" << n << "123" << false;
    QTest::newRow("unknown check passes") << "somecheck" << n << "anything" << true;
    QTest::newRow("empty optional passes") << "email" << n << "" << true;
}

void TestFormState::checks()
{
    QFETCH(QString, check);
    QFETCH(QString, args);
    QFETCH(QString, value);
    QFETCH(bool, ok);
    protocol::FormData d;
    d.hasMetadata = true;
    protocol::FormField f;
    f.name = QStringLiteral("x");
    f.control = QStringLiteral("input");
    f.check = check;
    f.checkArgs = args;
    d.fields = { f };
    const FormDescription desc = FormDescription::fromData(d, false);
    const QString message = FormCheck::validate(*desc.field(QStringLiteral("x")), value);
    QCOMPARE(message.isEmpty(), ok);
}

void TestFormState::validateMarksFieldsAndSkipsHidden()
{
    FormState s;
    s.load(QStringLiteral("account.edit"), QStringLiteral("7"), QString(), formtest::richForm());
    QVERIFY(s.validate());
    s.setValue(QStringLiteral("name"), QString());
    s.setValue(QStringLiteral("rows"), QStringLiteral("3"));
    s.setValue(QStringLiteral("addr"), QStringLiteral("not an ip")); // hidden by atype = atany
    QSignalSpy spy(&s, &FormState::fieldErrorChanged);
    QVERIFY(!s.validate());
    QCOMPARE(s.fieldsWithErrors(), (QStringList { QStringLiteral("name"), QStringLiteral("rows") }));
    QVERIFY(s.fieldError(QStringLiteral("rows")).contains(QStringLiteral("5")));
    QCOMPARE(spy.count(), 2);
    s.setValue(QStringLiteral("atype"), QStringLiteral("atlist")); // now addr shows and counts
    QVERIFY(!s.validate());
    QVERIFY(s.fieldsWithErrors().contains(QStringLiteral("addr")));
    s.setValue(QStringLiteral("name"), QStringLiteral("Acme")); // editing clears that field's error
    QVERIFY(s.fieldError(QStringLiteral("name")).isEmpty());
    // A required select whose value is the null option is empty.
    FormState t;
    protocol::FormData d = formtest::richForm();
    d.fields[3].required = true; // country
    t.load(QStringLiteral("account.edit"), QStringLiteral("7"), QString(), d);
    t.setValue(QStringLiteral("country"), QStringLiteral("null"));
    QVERIFY(!t.validate());
    QVERIFY(t.fieldsWithErrors().contains(QStringLiteral("country")));
}

void TestFormState::dirtyTracking()
{
    FormState s;
    s.load(QStringLiteral("account.edit"), QStringLiteral("7"), QString(), formtest::richForm());
    QSignalSpy spy(&s, &FormState::dirtyChanged);
    QVERIFY(!s.isDirty());
    s.setValue(QStringLiteral("name"), QStringLiteral("Acme Inc"));
    QVERIFY(s.isDirty());
    QCOMPARE(s.dirtyFields(), QStringList { QStringLiteral("name") });
    s.setValue(QStringLiteral("name"), QStringLiteral("Acme")); // back to the saved value
    QVERIFY(!s.isDirty());
    QCOMPARE(spy.count(), 2);
    s.setValue(QStringLiteral("notify"), QStringLiteral("off"));
    s.markClean();
    QVERIFY(!s.isDirty());
}

void TestFormState::submitRequestCarriesEveryValue()
{
    FormState s;
    s.load(QStringLiteral("account.edit"), QStringLiteral("7"), QStringLiteral("3"), formtest::richForm());
    s.setValue(QStringLiteral("passwd"), QStringLiteral("S3cret!pw"));
    s.setValue(QStringLiteral("project"), QStringLiteral("1,3"));
    const protocol::Request r = s.submitRequest(QStringLiteral("ok"));
    QCOMPARE(r.function(), QStringLiteral("account.edit"));
    QCOMPARE(r.value(QStringLiteral("sok")), QStringLiteral("ok"));
    QCOMPARE(r.value(QStringLiteral("clicked_button")), QStringLiteral("ok"));
    QCOMPARE(r.value(QStringLiteral("elid")), QStringLiteral("7"));
    QCOMPARE(r.value(QStringLiteral("plid")), QStringLiteral("3"));
    QCOMPARE(r.value(QStringLiteral("project")), QStringLiteral("1,3"));
    QCOMPARE(r.value(QStringLiteral("notify")), QStringLiteral("on"));
    QCOMPARE(r.value(QStringLiteral("secret_token")), QStringLiteral("t0k")); // hidden controls are sent
    QVERIFY(r.has(QStringLiteral("addr"))); // hidden by a rule: still sent
    QVERIFY(!r.has(QStringLiteral("created"))); // read-only text is not
    QVERIFY(!r.has(QStringLiteral("payments")));
    QVERIFY(!r.has(QStringLiteral("sv_field")));
    QVERIFY(r.isSecret(QStringLiteral("passwd")));
    QVERIFY(!r.toDisplayString().contains(QStringLiteral("S3cret")));
    QCOMPARE(s.submitRequest(QStringLiteral("resend")).value(QStringLiteral("clicked_button")),
        QStringLiteral("resend"));
}

void TestFormState::submitRequestForNewObject()
{
    FormState s;
    s.load(QStringLiteral("account.edit"), QString(), QString(), formtest::richForm(QString()));
    const protocol::Request r = s.submitRequest();
    QVERIFY(r.has(QStringLiteral("elid")));
    QVERIFY(r.value(QStringLiteral("elid")).isEmpty());
    QVERIFY(!r.has(QStringLiteral("plid")));
}

void TestFormState::recomputeRequestHasNoSok()
{
    FormState s;
    s.load(QStringLiteral("account.edit"), QStringLiteral("7"), QString(), formtest::richForm());
    s.setValue(QStringLiteral("country"), QStringLiteral("182"));
    const protocol::Request r = s.recomputeRequest(QStringLiteral("country"));
    QCOMPARE(r.value(QStringLiteral("sv_field")), QStringLiteral("country"));
    QCOMPARE(r.value(QStringLiteral("country")), QStringLiteral("182"));
    QVERIFY(!r.has(QStringLiteral("sok")));
    QVERIFY(!r.has(QStringLiteral("clicked_button")));
    QCOMPARE(r.value(QStringLiteral("elid")), QStringLiteral("7"));
}

void TestFormState::recomputeKeepsWhatTheUserEdits()
{
    FormState s;
    s.load(QStringLiteral("account.edit"), QStringLiteral("7"), QString(), formtest::richForm());
    s.setValue(QStringLiteral("passwd"), QStringLiteral("typed-before"));
    s.setValue(QStringLiteral("country"), QStringLiteral("182"));
    const quint64 serial = s.editSerial();
    s.setValue(QStringLiteral("email"), QStringLiteral("typed-after@acme.example")); // after the request left

    protocol::FormData reply = formtest::richForm();
    for (auto &v : reply.values) {
        if (v.first == QLatin1String("state"))
            v.second = QStringLiteral("msk");
        if (v.first == QLatin1String("email"))
            v.second = QStringLiteral("server@acme.example");
        if (v.first == QLatin1String("name"))
            v.second = QStringLiteral("Server name");
        if (v.first == QLatin1String("country"))
            v.second = QStringLiteral("182");
    }
    reply.options.insert(QStringLiteral("state"),
        { { QStringLiteral("msk"), QStringLiteral("Moscow"), false },
            { QStringLiteral("spb"), QStringLiteral("St Petersburg"), false } });
    QSignalSpy options(&s, &FormState::optionsChanged);
    const QStringList changed
        = s.applyRecomputed(reply, serial, { QStringLiteral("name") }); // name has focus
    QCOMPARE(s.value(QStringLiteral("state")), QStringLiteral("msk"));
    QCOMPARE(s.value(QStringLiteral("email")), QStringLiteral("typed-after@acme.example"));
    QCOMPARE(s.value(QStringLiteral("name")), QStringLiteral("Acme"));
    QCOMPARE(s.value(QStringLiteral("passwd")), QStringLiteral("typed-before")); // the reply's is empty
    QCOMPARE(changed, QStringList { QStringLiteral("state") });
    QCOMPARE(options.count(), 1);
    QCOMPARE(options.first().first().toString(), QStringLiteral("state"));
    QCOMPARE(s.description().field(QStringLiteral("state"))->options.first().label, QStringLiteral("Moscow"));
}

void TestFormState::recomputeWithNewShapeRestructures()
{
    FormState s;
    s.load(QStringLiteral("account.edit"), QStringLiteral("7"), QString(), formtest::richForm());
    s.setValue(QStringLiteral("notify"), QStringLiteral("off")); // before the request: dirty
    s.setValue(QStringLiteral("country"), QStringLiteral("182"));
    const quint64 serial = s.editSerial();
    s.setValue(QStringLiteral("name"), QStringLiteral("Typed later"));
    protocol::FormData reply = formtest::richForm();
    QVERIFY(!s.isRestructured(reply));
    protocol::FormField vat
        = formtest::field(QStringLiteral("vat"), QStringLiteral("input"), QStringLiteral("text"));
    reply.fields.append(vat);
    reply.pages[0].fields.append(QStringLiteral("vat"));
    reply.values.append({ QStringLiteral("vat"), QStringLiteral("RU123") });
    for (auto &v : reply.values) {
        if (v.first == QLatin1String("country"))
            v.second = QStringLiteral("182");
        if (v.first == QLatin1String("notify"))
            v.second = QStringLiteral("off");
    }
    QVERIFY(s.isRestructured(reply));
    QSignalSpy loaded(&s, &FormState::loaded);
    s.restructure(reply, serial, {});
    QCOMPARE(loaded.count(), 1);
    QVERIFY(s.description().hasField(QStringLiteral("vat")));
    QCOMPARE(s.value(QStringLiteral("vat")), QStringLiteral("RU123"));
    QCOMPARE(s.value(QStringLiteral("name")), QStringLiteral("Typed later")); // typed after the request
    QVERIFY(s.isDirty());
    QVERIFY(s.dirtyFields().contains(QStringLiteral("notify")));
    QVERIFY(s.dirtyFields().contains(QStringLiteral("name")));
    QVERIFY(!s.dirtyFields().contains(QStringLiteral("email")));
}

void TestFormState::errorNamesField()
{
    FormState s;
    s.load(QStringLiteral("account.edit"), QStringLiteral("7"), QString(), formtest::richForm());
    s.setValue(QStringLiteral("email"), QStringLiteral("bad@x.example"));
    protocol::ApiError e;
    e.type = QStringLiteral("value");
    e.object = QStringLiteral("email");
    e.message = QStringLiteral("Invalid value of field 'E-mail'");
    QCOMPARE(s.applyError(e), QStringLiteral("email"));
    QCOMPARE(s.fieldError(QStringLiteral("email")), e.message);
    QCOMPARE(s.value(QStringLiteral("email")), QStringLiteral("bad@x.example")); // input kept
    // By param object only.
    protocol::ApiError p;
    p.type = QStringLiteral("missed");
    p.params = { { QStringLiteral("object"), QStringLiteral("rows") } };
    p.message = QStringLiteral("Missed");
    QCOMPARE(s.fieldForError(p), QStringLiteral("rows"));
}

void TestFormState::errorFoundByRejectedValue()
{
    // seed-error-exists.xml: object "user", value "ben": the form's field is "name".
    FormState s;
    s.load(QStringLiteral("account.edit"), QString(), QString(), formtest::richForm(QString()));
    s.setValue(QStringLiteral("name"), QStringLiteral("ben"));
    protocol::ApiError e;
    e.type = QStringLiteral("exists");
    e.object = QStringLiteral("user");
    e.value = QStringLiteral("ben");
    e.params = { { QStringLiteral("object"), QStringLiteral("user") },
        { QStringLiteral("value"), QStringLiteral("ben") } };
    e.message = QStringLiteral("User with value 'ben' already exists");
    QCOMPARE(s.applyError(e), QStringLiteral("name"));
    QCOMPARE(s.fieldError(QStringLiteral("name")), e.message);
    QCOMPARE(s.value(QStringLiteral("name")), QStringLiteral("ben"));
}

void TestFormState::errorWithoutField()
{
    FormState s;
    s.load(QStringLiteral("account.edit"), QStringLiteral("7"), QString(), formtest::richForm());
    protocol::ApiError e;
    e.type = QStringLiteral("access");
    e.message = QStringLiteral("Access denied");
    QSignalSpy spy(&s, &FormState::fieldErrorChanged);
    QVERIFY(s.applyError(e).isEmpty());
    QCOMPARE(spy.count(), 0);
}

void TestFormState::errorDetailsMaskSecrets()
{
    // The server rejects a typed password and echoes it (value, params, message) with the session id in a
    // detail: the details a banner shows never hold either.
    FormState s;
    s.load(QStringLiteral("account.edit"), QString(), QString(), formtest::richForm(QString()));
    const QString typed = QStringLiteral("hunter2-typed");
    s.setValue(QStringLiteral("passwd"), typed);
    protocol::ApiError e;
    e.type = QStringLiteral("value");
    e.object = QStringLiteral("passwd");
    e.value = typed;
    e.params = { { QStringLiteral("object"), QStringLiteral("passwd") }, { QStringLiteral("value"), typed },
        { QStringLiteral("authinfo"), QStringLiteral("admin:pw") } };
    e.message = QStringLiteral("Password '%1' is too weak").arg(typed);
    e.detail = QStringLiteral("session 0123456789abcdef");
    const protocol::ApiError m = s.maskedError(e, { QStringLiteral("0123456789abcdef") });
    QCOMPARE(m.value, QStringLiteral("*****"));
    QCOMPARE(m.params.at(0).second, QStringLiteral("passwd"));
    QCOMPARE(m.params.at(1).second, QStringLiteral("*****"));
    QCOMPARE(m.params.at(2).second, QStringLiteral("*****"));
    QCOMPARE(m.message, QStringLiteral("Password '*****' is too weak"));
    QCOMPARE(m.detail, QStringLiteral("session *****"));
    // A non-secret field's rejected value stays readable.
    protocol::ApiError plain;
    plain.type = QStringLiteral("value");
    plain.object = QStringLiteral("email");
    plain.value = QStringLiteral("bad@x");
    QCOMPARE(s.maskedError(plain).value, QStringLiteral("bad@x"));
}

void TestFormState::fixtureAllControls()
{
    const protocol::FormData data = loadFixture(QStringLiteral("form-all-controls.xml"));
    FormState s;
    s.load(QStringLiteral("client.edit"), QStringLiteral("42"), QString(), data);
    const FormDescription &d = s.description();
    QVERIFY(d.hasMetadata());
    QCOMPARE(d.title(), QStringLiteral("Client"));
    const QList<QPair<QString, K>> expected = {
        { QStringLiteral("name"), K::Text },
        { QStringLiteral("passwd"), K::Password },
        { QStringLiteral("atype"), K::Select },
        { QStringLiteral("addr"), K::Multiline },
        { QStringLiteral("kind"), K::Radio },
        { QStringLiteral("project"), K::Multiple },
        { QStringLiteral("notify"), K::Checkbox },
        { QStringLiteral("note"), K::Multiline },
        { QStringLiteral("created"), K::TextData },
        { QStringLiteral("token"), K::Hidden },
        { QStringLiteral("discount"), K::Slider },
        { QStringLiteral("payments"), K::List },
    };
    for (const auto &e : expected) {
        QVERIFY2(d.field(e.first), qPrintable(e.first));
        QCOMPARE(int(d.field(e.first)->kind), int(e.second));
    }
    QCOMPARE(d.field(QStringLiteral("name"))->label, QStringLiteral("Client name"));
    QCOMPARE(d.field(QStringLiteral("name"))->hint, QStringLiteral("As shown on invoices"));
    QCOMPARE(d.field(QStringLiteral("email"))->placeholder, QStringLiteral("name@example.com"));
    QCOMPARE(d.field(QStringLiteral("discount"))->sliderMax, 50);
    QVERIFY(d.field(QStringLiteral("country"))->triggersRecompute);
    QVERIFY(d.field(QStringLiteral("country"))->options.first().isNull);
    QCOMPARE(d.pages().size(), 2);
    QCOMPARE(d.pages().at(1).title, QStringLiteral("More"));
    QCOMPARE(d.buttons().size(), 3);
    QCOMPARE(d.buttons().at(1).title, QStringLiteral("Check"));
    QCOMPARE(d.buttons().at(1).type, QStringLiteral("button"));
    QCOMPARE(s.list(QStringLiteral("payments"))->rowCount(), 2);
    QVERIFY(s.isHidden(QStringLiteral("addr")));
    QVERIFY(s.isDisabled(QStringLiteral("company")));
    s.setValue(QStringLiteral("rows"), QStringLiteral("10000"));
    QVERIFY(!s.validate());
    QCOMPARE(s.fieldsWithErrors(), QStringList { QStringLiteral("rows") });
    const protocol::Request r = s.submitRequest();
    QCOMPARE(r.value(QStringLiteral("token")), QStringLiteral("t0k"));
    QCOMPARE(r.value(QStringLiteral("elid")), QStringLiteral("42"));
    QVERIFY(r.isSecret(QStringLiteral("passwd")));
    // A new object drops remove_if="new" (it sits on the <field> here).
    QVERIFY(!FormDescription::fromData(data, true).hasField(QStringLiteral("created")));
}

void TestFormState::fixtureCoremanagerMetadata()
{
    // ISPsystem's usrparam metadata (no values): atype "atany" hides addr, addr is a multi-line iprange.
    protocol::FormData data = loadFixture(QStringLiteral("doc-form-metadata-coremanager.xml"));
    data.values = { { QStringLiteral("atype"), QStringLiteral("atany") },
        { QStringLiteral("rows"), QStringLiteral("4") } };
    FormState s;
    s.load(QStringLiteral("usrparam"), QString(), QString(), data);
    const FormDescription &d = s.description();
    QCOMPARE(d.fields().size(), 8);
    QCOMPARE(d.pages().size(), 1);
    QCOMPARE(d.pages().first().fields.size(), 8);
    QVERIFY(d.field(QStringLiteral("name"))->readonly);
    QCOMPARE(int(d.field(QStringLiteral("addr"))->kind), int(K::Multiline));
    QCOMPARE(*d.field(QStringLiteral("recordlimit"))->checkMax, 999999999);
    QVERIFY(s.isHidden(QStringLiteral("addr")));
    QVERIFY(s.isDisabled(QStringLiteral("name")));
    QVERIFY(!s.validate());
    QCOMPARE(s.fieldsWithErrors(), QStringList { QStringLiteral("rows") });
    s.setValue(QStringLiteral("atype"), QStringLiteral("atlist"));
    s.setValue(QStringLiteral("addr"), QStringLiteral("192.0.2.0/24 10.0.0.300"));
    s.setValue(QStringLiteral("rows"), QStringLiteral("50"));
    QVERIFY(!s.isHidden(QStringLiteral("addr")));
    QVERIFY(!s.validate()); // 10.0.0.300 is not an address
    s.setValue(QStringLiteral("addr"), QStringLiteral("192.0.2.0/24\n10.0.0.1-10.0.0.9"));
    QVERIFY(s.validate());
}

void TestFormState::fixtureSeedUserWithoutMetadata()
{
    const protocol::FormData data = loadFixture(QStringLiteral("seed-form-user.xml"));
    FormState s;
    s.load(QStringLiteral("user.edit"), QStringLiteral("1024"), QString(), data);
    const FormDescription &d = s.description();
    QVERIFY(!d.hasMetadata());
    QVERIFY(!d.hasField(QStringLiteral("elid")));
    QCOMPARE(d.fields().first().name, QStringLiteral("username"));
    QCOMPARE(int(d.field(QStringLiteral("notify"))->kind), int(K::Checkbox));
    QCOMPARE(int(d.field(QStringLiteral("recovery"))->kind), int(K::Checkbox));
    QCOMPARE(int(d.field(QStringLiteral("realname"))->kind), int(K::Text));
    s.setValue(QStringLiteral("realname"), QStringLiteral("Jack Black"));
    const protocol::Request r = s.submitRequest();
    QCOMPARE(r.value(QStringLiteral("realname")), QStringLiteral("Jack Black"));
    QCOMPARE(r.value(QStringLiteral("project")), QStringLiteral("2,3,1"));
    QCOMPARE(r.value(QStringLiteral("elid")), QStringLiteral("1024"));
    QCOMPARE(r.value(QStringLiteral("sok")), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestFormState)
#include "tst_formstate.moc"
