// The reply parser over every sample reply (tests/fixtures, copied from docs/samples) and over richer XML
// replies (metadata, forms, menus, embedded lists): kind decision and typed content, plus chunked feeding.
#include "parsertesthelpers.h"

#include <QDir>

using namespace mgrdesk::protocol;
using namespace testhelpers;

class TestReplyParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sampleListPayments();
    void sampleFormUser();
    void sampleOk();
    void sampleErrorExists();
    void sampleErrorCoremanagerWithoutMsg();
    void sampleAuth();
    void sampleAuthDocVariants();
    void sampleProgress();
    void sampleListMetadata();
    void sampleFormMetadata();
    void samplePageSkeletonIsUnknownShape();
    void sampleSjsonError();
    void sampleSjsonOk();
    void everySampleSameWhateverTheChunks_data();
    void everySampleSameWhateverTheChunks();

    void listWithDevelMetadata();
    void sparseRowsAndCellAttributes();
    void nestedAndRepeatedCellChildren();
    void keyFallsBackToIdThenElid();
    void tparamsNeverBecomeValuesOrColumns();
    void emptyListShapes();
    void formWithMetadataAndOptions();
    void formEmbeddedList();
    void menu();
    void okWithIdAndRedirect();
    void errorGroupPlaceholders();
    void errorBeatsEverything();
    void xmlVariants();
    void notifyCounters();
    void notifyOffStaysFormValue();
    void notifyWithoutItems();
    void listFilterActive();
};

void TestReplyParser::sampleListPayments()
{
    const Reply r = ReplyParser::parse(fixture("seed-list-payments.xml"));
    QCOMPARE(r.kind, ReplyKind::Table);
    const TableData &t = *r.table;
    QCOMPARE(t.columns(),
        QStringList({ QStringLiteral("elid"), QStringLiteral("date"), QStringLiteral("sum"),
            QStringLiteral("currency"), QStringLiteral("status"), QStringLiteral("account"),
            QStringLiteral("paymethod") }));
    QCOMPARE(t.rowCount(), 2);
    QCOMPARE(t.keyColumn, QStringLiteral("elid"));
    QCOMPARE(t.rowKey(0), QStringLiteral("5001"));
    QCOMPARE(t.rowKey(1), QStringLiteral("5002"));
    QCOMPARE(t.cell(1, t.columnIndex(QStringLiteral("sum"))), QStringLiteral("75.50"));
    QCOMPARE(t.cell(0, t.columnIndex(QStringLiteral("paymethod"))), QStringLiteral("bank_transfer"));
    QVERIFY(!t.total && !t.page && !t.pageSize);
    QVERIFY(!t.metadata.present);
    QVERIFY(!t.inferredFromEmptyDoc);
}

void TestReplyParser::sampleFormUser()
{
    const Reply r = ReplyParser::parse(fixture("seed-form-user.xml"));
    QCOMPARE(r.kind, ReplyKind::Form);
    const FormData &f = *r.form;
    QCOMPARE(f.values.size(), 14);
    QCOMPARE(f.values.first(), qMakePair(QStringLiteral("elid"), QStringLiteral("1024")));
    QCOMPARE(f.value(QStringLiteral("username")), QStringLiteral("jackblack"));
    QCOMPARE(f.value(QStringLiteral("project")), QStringLiteral("2,3,1"));
    QCOMPARE(f.value(QStringLiteral("state")), QString());
    QCOMPARE(f.values.last(), qMakePair(QStringLiteral("created"), QStringLiteral("2024-04-15")));
    QVERIFY(f.options.isEmpty());
    QVERIFY(!f.hasMetadata);
    QVERIFY(f.fields.isEmpty());
}

void TestReplyParser::sampleOk()
{
    const Reply r = ReplyParser::parse(fixture("seed-ok.xml"));
    QCOMPARE(r.kind, ReplyKind::Ok);
    QVERIFY(r.ok->id.isEmpty());
    QVERIFY(r.ok->redirect.isEmpty());
    QVERIFY(!r.table && !r.form && !r.error);
}

void TestReplyParser::sampleErrorExists()
{
    const Reply r = ReplyParser::parse(fixture("seed-error-exists.xml"));
    QCOMPARE(r.kind, ReplyKind::Error);
    const ApiError &e = *r.error;
    QCOMPARE(e.type, QStringLiteral("exists"));
    QCOMPARE(e.object, QStringLiteral("user"));
    QCOMPARE(e.value, QStringLiteral("ben"));
    QCOMPARE(e.lang, QStringLiteral("ru"));
    QCOMPARE(e.message, QStringLiteral("User with value 'ben' already exists"));
    QCOMPARE(e.group, QStringLiteral("__object__ with value '__value__' already exists"));
    QCOMPARE(e.params.size(), 2);
    QCOMPARE(e.params.at(0), qMakePair(QStringLiteral("object"), QStringLiteral("user")));
    QCOMPARE(e.stack.size(), 1);
    QCOMPARE(e.stack.first().action, QStringLiteral("admin.edit"));
    QCOMPARE(e.stack.first().user, QStringLiteral("jen"));
    QCOMPARE(e.stack.first().level, QStringLiteral("30"));
    QCOMPARE(e.field(), QStringLiteral("user"));
    QVERIFY(!e.report);
}

void TestReplyParser::sampleErrorCoremanagerWithoutMsg()
{
    // No <msg>, an empty <group>: the object's own message template is filled from the params.
    const Reply r = ReplyParser::parse(fixture("doc-error-coremanager.xml"));
    QCOMPARE(r.kind, ReplyKind::Error);
    QCOMPARE(r.error->type, QStringLiteral("xml"));
    QCOMPARE(r.error->object, QStringLiteral("xpath"));
    QCOMPARE(r.error->value, QStringLiteral("bad XPath"));
    QVERIFY(r.error->report);
    QCOMPARE(r.error->message, QStringLiteral("Error in XPath 'bad XPath'"));
    QCOMPARE(r.error->stack.first().user, QStringLiteral("root"));
}

void TestReplyParser::sampleAuth()
{
    const Reply r = ReplyParser::parse(fixture("seed-auth.xml"));
    QCOMPARE(r.kind, ReplyKind::Auth);
    QCOMPARE(r.auth->session, QStringLiteral("a4b9816e498e"));
    QCOMPARE(r.auth->level, std::optional<int>(29));
}

void TestReplyParser::sampleAuthDocVariants()
{
    const Reply six = ReplyParser::parse(fixture("doc-auth-response-billmanager6.xml"));
    QCOMPARE(six.kind, ReplyKind::Auth);
    QCOMPARE(six.auth->session, QStringLiteral("session number"));
    QVERIFY(!six.auth->level); // "access level" is not a number
    const Reply legacy = ReplyParser::parse(fixture("doc-auth-response-legacy-billmanager5.xml"));
    QCOMPARE(legacy.kind, ReplyKind::Auth);
    QCOMPARE(legacy.auth->session, QStringLiteral("session id"));
    const Reply textOnly = ReplyParser::parse("<doc><auth level=\"16\">  abc123 </auth></doc>");
    QCOMPARE(textOnly.auth->session, QStringLiteral("abc123"));
    QCOMPARE(textOnly.auth->level, std::optional<int>(16));
}

void TestReplyParser::sampleProgress()
{
    const Reply r = ReplyParser::parse(fixture("doc-progress-get-coremanager.xml"));
    QCOMPARE(r.kind, ReplyKind::Progress);
    QCOMPARE(r.progress->action, QStringLiteral("product.install"));
    QCOMPARE(r.progress->start, 1376013950);
    QCOMPARE(r.progress->last, 1376013971);
    QCOMPARE(r.progress->now, 1376013974);
    QCOMPARE(r.progress->steps, std::optional<int>(6));
    QCOMPARE(r.progress->done, std::optional<int>(4));
    QCOMPARE(r.progress->comment, QStringLiteral("Uploading package list"));
}

void TestReplyParser::sampleListMetadata()
{
    // A bare <metadata type="list"> (the interface description) reads as an empty table carrying the
    // metadata.
    const Reply r = ReplyParser::parse(fixture("doc-list-metadata-coremanager.xml"));
    QCOMPARE(r.kind, ReplyKind::Table);
    const TableData &t = *r.table;
    QCOMPARE(t.rowCount(), 0);
    QVERIFY(t.metadata.present);
    QCOMPARE(t.metadata.name, QStringLiteral("product"));
    QCOMPARE(t.metadata.key, QStringLiteral("mpname"));
    QCOMPARE(t.metadata.keyName, QStringLiteral("name"));
    QCOMPARE(t.keyColumn, QStringLiteral("mpname"));
    QCOMPARE(t.columns(),
        QStringList({ QStringLiteral("name"), QStringLiteral("intname"), QStringLiteral("orderpriority") }));
    QCOMPARE(t.metadata.columns.size(), 3);
    QCOMPARE(t.metadata.columns.at(2).sort, QStringLiteral("digit"));
    QCOMPARE(t.metadata.toolbar.size(), 5);
    const ToolButton &params = t.metadata.toolbar.at(0);
    QCOMPARE(params.name, QStringLiteral("params"));
    QCOMPARE(params.func, QStringLiteral("product.params"));
    QCOMPARE(params.type, QStringLiteral("edit"));
    QCOMPARE(params.group, QStringLiteral("one"));
    QVERIFY(params.isDefault);
    QCOMPARE(params.hide.size(), 1);
    QCOMPARE(params.hide.first().name, QStringLiteral("isinstalled"));
    QCOMPARE(params.hide.first().value, QStringLiteral("off"));
    const ToolButton &del = t.metadata.toolbar.at(3);
    QCOMPARE(del.type, QStringLiteral("group"));
    QVERIFY(!del.isDefault);
    QCOMPARE(del.hide.size(), 2);
    QCOMPARE(del.hide.at(1).value, QStringLiteral("COREmanager"));
    QCOMPARE(t.metadata.toolbar.at(4).group, QStringLiteral("two"));
}

void TestReplyParser::sampleFormMetadata()
{
    const Reply r = ReplyParser::parse(fixture("doc-form-metadata-coremanager.xml"));
    QCOMPARE(r.kind, ReplyKind::Form);
    const FormData &f = *r.form;
    QVERIFY(f.hasMetadata);
    QCOMPARE(f.name, QStringLiteral("usrparam"));
    QVERIFY(f.values.isEmpty());
    QCOMPARE(f.fields.size(), 8);
    QCOMPARE(f.fields.at(0).name, QStringLiteral("name"));
    QCOMPARE(f.fields.at(0).control, QStringLiteral("input"));
    QCOMPARE(f.fields.at(0).type, QStringLiteral("text"));
    QVERIFY(f.fields.at(0).readonly);
    QCOMPARE(f.fields.at(1).control, QStringLiteral("select"));
    const FormField &atype = f.fields.at(3);
    QCOMPARE(atype.name, QStringLiteral("atype"));
    QCOMPARE(atype.ifRules.size(), 1);
    QCOMPARE(atype.ifRules.first().value, QStringLiteral("atany"));
    QCOMPARE(atype.ifRules.first().hide, QStringLiteral("addr"));
    QVERIFY(!atype.ifRules.first().shadow);
    QCOMPARE(f.fields.at(4).zoom, 5);
    QCOMPARE(f.fields.at(4).check, QStringLiteral("iprange"));
    QCOMPARE(f.fields.at(6).name, QStringLiteral("rows"));
    QCOMPARE(f.fields.at(6).maxLength, 4);
    QCOMPARE(f.fields.at(6).check, QStringLiteral("int"));
    QCOMPARE(f.fields.at(6).checkArgs, QStringLiteral("5,9999"));
    QVERIFY(f.fields.at(7).page.isEmpty()); // fields directly in <form>: no page
}

void TestReplyParser::samplePageSkeletonIsUnknownShape()
{
    const Reply r = ReplyParser::parse(fixture("doc-page-skeleton-ispmanager-devguide.xml"));
    QCOMPARE(r.kind, ReplyKind::Invalid);
    QCOMPARE(r.failure->reason, ParseFailure::Reason::UnknownShape);
    QVERIFY2(r.failure->message.contains(QStringLiteral("page type")), qPrintable(r.failure->message));
}

void TestReplyParser::sampleSjsonError()
{
    const Reply r = ReplyParser::parse(fixture("sjson-error-auth-badpassword-ispmgr6.jsonc"));
    QCOMPARE(r.kind, ReplyKind::Error);
    QCOMPARE(r.error->type, QStringLiteral("auth"));
    QCOMPARE(r.error->object, QStringLiteral("badpassword"));
    QCOMPARE(r.error->lang, QStringLiteral("en"));
    QCOMPARE(r.error->message, QStringLiteral("Invalid username or password ")); // raw; the UI trims
    QCOMPARE(r.error->detail, QStringLiteral("Invalid username or password "));
    QCOMPARE(r.error->value, QStringLiteral("remote_addr: [85.140.114.49]"));
    QCOMPARE(r.error->params.size(), 2);
    QCOMPARE(r.error->params.at(0), qMakePair(QStringLiteral("object"), QStringLiteral("badpassword")));
}

void TestReplyParser::sampleSjsonOk()
{
    for (const char *name :
        { "sjson-ok-user-suspend-ispmgr6.jsonc", "sjson-ok-session-newkey-ispmgr6.jsonc" }) {
        const Reply r = ReplyParser::parse(fixture(name));
        QCOMPARE(r.kind, ReplyKind::Ok);
        QVERIFY(r.ok->id.isEmpty());
        QCOMPARE(r.docAttributes.value(QStringLiteral("binary")), QStringLiteral("/ispmgr"));
        QCOMPARE(r.docAttributes.value(QStringLiteral("lang")), QStringLiteral("en"));
        QCOMPARE(r.docAttributes.value(QStringLiteral("notify")), QString());
    }
    QCOMPARE(ReplyParser::parse(fixture("sjson-ok-user-suspend-ispmgr6.jsonc"))
                 .docAttributes.value(QStringLiteral("func")),
        QStringLiteral("user.suspend"));
}

void TestReplyParser::everySampleSameWhateverTheChunks_data()
{
    QTest::addColumn<QString>("name");
    const QStringList files = QDir(QStringLiteral(MGRDESK_FIXTURES_DIR)).entryList(QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 15);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f;
}

void TestReplyParser::everySampleSameWhateverTheChunks()
{
    QFETCH(QString, name);
    const QByteArray body = fixture(qPrintable(name));
    const QString whole = dump(ReplyParser::parse(body));
    QCOMPARE(dump(parseChunked(body, 1)), whole);
    QCOMPARE(dump(parseChunked(body, 7)), whole);
    for (quint32 seed = 1; seed <= 5; ++seed)
        QCOMPARE(dump(parseRandomChunks(body, seed)), whole);
}

void TestReplyParser::listWithDevelMetadata()
{
    const QByteArray body = R"(<?xml version="1.0" encoding="UTF-8"?>
<doc lang="en" func="payment" binary="/billmgr">
  <metadata name="payment" type="list" key="id" keyname="number" autoupdate="60">
    <toolbar><toolgrp name="new"><toolbtn name="new" func="payment.edit" type="new" img="t-new"/></toolgrp>
      <toolgrp name="edit"><toolbtn name="edit" func="payment.edit" type="edit" default="yes"/>
        <toolbtn name="delete" func="payment.delete" type="group"><show name="status" value="1"/></toolbtn></toolgrp>
    </toolbar>
    <coldata><col name="number" type="data" sort="alpha" sorted="-1"/><col name="status" type="msg" sort="alpha">
      <prop name="paid" img="p-on"/></col><col name="sum" type="data" sort="digit"/></coldata>
  </metadata>
  <elem><sum>15.00 USD</sum><id>7</id><number>pfx/7</number><extra>x</extra></elem>
  <elem><id>8</id><number>pfx/8</number><status>Paid</status></elem>
  <p_elems>120</p_elems><p_num>2</p_num><p_cnt>2</p_cnt><p_sort>number</p_sort><p_order>desc</p_order>
  <messages name="payment"><msg name="number">Number</msg><msg name="edit">Edit</msg><msg name="hint_edit">Edit it</msg></messages>
</doc>)";
    const Reply r = ReplyParser::parse(body);
    QCOMPARE(r.kind, ReplyKind::Table);
    const TableData &t = *r.table;
    // metadata order first, then the rest as seen
    QCOMPARE(t.columns(),
        QStringList({ QStringLiteral("number"), QStringLiteral("status"), QStringLiteral("sum"),
            QStringLiteral("id"), QStringLiteral("extra") }));
    QCOMPARE(t.keyColumn, QStringLiteral("id"));
    QCOMPARE(t.rowKey(1), QStringLiteral("8"));
    QCOMPARE(t.cell(0, 2), QStringLiteral("15.00 USD"));
    QVERIFY(!t.hasCell(0, 1));
    QCOMPARE(t.total, std::optional<qint64>(120));
    QCOMPARE(t.page, std::optional<int>(2));
    QCOMPARE(t.pageSize, std::optional<int>(2));
    QCOMPARE(t.sortColumn, QStringLiteral("number"));
    QCOMPARE(t.sortOrder, QStringLiteral("desc"));
    QCOMPARE(t.metadata.autoUpdate, 60);
    QCOMPARE(t.metadata.columns.at(0).sorted, QStringLiteral("-1"));
    QCOMPARE(t.metadata.columns.at(0).title, QStringLiteral("Number"));
    QCOMPARE(t.metadata.columns.at(1).props.size(), 1);
    QCOMPARE(t.metadata.toolbar.size(), 3);
    QCOMPARE(t.metadata.toolbar.at(1).title, QStringLiteral("Edit"));
    QCOMPARE(t.metadata.toolbar.at(1).hint, QStringLiteral("Edit it"));
    QCOMPARE(t.metadata.toolbar.at(2).show.first().value, QStringLiteral("1"));
    QCOMPARE(t.docAttributes.value(QStringLiteral("func")), QStringLiteral("payment"));
    QCOMPARE(t.messages.value(QStringLiteral("number")), QStringLiteral("Number"));
}

void TestReplyParser::sparseRowsAndCellAttributes()
{
    const Reply r = ReplyParser::parse(
        "<doc><elem><id>1</id><status color=\"green\" orig=\"4\">Credited</status></elem>"
        "<elem><id>2</id><note></note></elem><elem><name>third</name></elem></doc>");
    const TableData &t = *r.table;
    QCOMPARE(t.columns(),
        QStringList({ QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("note"),
            QStringLiteral("name") }));
    QCOMPARE(t.rowCount(), 3);
    QCOMPARE(t.cellAttributes(0, 1),
        Attributes({ { QStringLiteral("color"), QStringLiteral("green") },
            { QStringLiteral("orig"), QStringLiteral("4") } }));
    QVERIFY(t.cellAttributes(1, 0).isEmpty());
    QVERIFY(t.hasCell(1, 2)); // present and empty
    QCOMPARE(t.cell(1, 2), QString());
    QVERIFY(!t.hasCell(0, 2)); // absent
    QVERIFY(!t.hasCell(2, 0));
    QCOMPARE(t.rowKey(2), QString());
    QCOMPARE(t.cell(2, 3), QStringLiteral("third"));
}

void TestReplyParser::nestedAndRepeatedCellChildren()
{
    const Reply r
        = ReplyParser::parse("<doc><elem><id>1</id><id>99</id><prop><a>first</a><a>second</a></prop>"
                             "<deep><x><y>inner</y></x></deep></elem></doc>");
    QCOMPARE(r.kind, ReplyKind::Table);
    const TableData &t = *r.table;
    QCOMPARE(t.columnCount(), 3);
    QCOMPARE(t.cell(0, 0), QStringLiteral("1"));
    QCOMPARE(t.cell(0, 1), QStringLiteral("first"));
    QCOMPARE(t.cell(0, 2), QStringLiteral("inner"));
}

void TestReplyParser::keyFallsBackToIdThenElid()
{
    QCOMPARE(ReplyParser::parse("<doc><elem><elid>3</elid><id>4</id></elem></doc>").table->keyColumn,
        QStringLiteral("id"));
    QCOMPARE(ReplyParser::parse("<doc><elem><elid>3</elid></elem></doc>").table->keyColumn,
        QStringLiteral("elid"));
    QCOMPARE(ReplyParser::parse("<doc><elem><name>3</name></elem></doc>").table->keyColumn, QString());
}

void TestReplyParser::tparamsNeverBecomeValuesOrColumns()
{
    const Reply list = ReplyParser::parse(
        "<doc><elem><id>1</id></elem><tparams><func>payment</func><elid>9</elid></tparams></doc>");
    QCOMPARE(list.table->columns(), QStringList({ QStringLiteral("id") }));
    const Reply form = ReplyParser::parse(
        "<doc><name>n</name><tparams><func>user.edit</func><elid>9</elid></tparams><saved_filters/></doc>");
    QCOMPARE(form.kind, ReplyKind::Form);
    QCOMPARE(form.form->values.size(), 1);
    QCOMPARE(form.form->value(QStringLiteral("elid")), QString());
}

void TestReplyParser::emptyListShapes()
{
    // Paging fields and no elem: an empty list.
    const Reply paged
        = ReplyParser::parse("<doc><p_elems>0</p_elems><p_num>1</p_num><p_cnt>100</p_cnt></doc>");
    QCOMPARE(paged.kind, ReplyKind::Table);
    QCOMPARE(paged.table->rowCount(), 0);
    QCOMPARE(paged.table->total, std::optional<qint64>(0));
    QVERIFY(!paged.table->inferredFromEmptyDoc);
    // metadata type=list and no elem
    const Reply meta = ReplyParser::parse("<doc><metadata type=\"list\" key=\"id\"/><messages/></doc>");
    QCOMPARE(meta.kind, ReplyKind::Table);
    QVERIFY(meta.table->metadata.present);
    // Nothing at all (only decorations): read as an empty list, flagged as inferred.
    for (const char *body : { "<doc/>", "<doc><tparams><func>x</func></tparams><saved_filters/></doc>" }) {
        const Reply bare = ReplyParser::parse(body);
        QCOMPARE(bare.kind, ReplyKind::Table);
        QCOMPARE(bare.table->rowCount(), 0);
        QVERIFY(bare.table->inferredFromEmptyDoc);
    }
    // metadata type=form and nothing else: an empty form
    const Reply form = ReplyParser::parse("<doc><metadata type=\"form\" name=\"f\"/></doc>");
    QCOMPARE(form.kind, ReplyKind::Form);
    QVERIFY(form.form->hasMetadata);
}

void TestReplyParser::formWithMetadataAndOptions()
{
    const QByteArray body = R"(<doc func="user.edit">
  <metadata name="user.edit" type="form">
    <form title="User"><page name="main">
      <field name="name"><input type="text" name="name" required="yes" check="email"/></field>
      <field name="passwd" remove_if="new"><input type="password" name="passwd" private="yes"/></field>
      <field name="country"><select name="country" sorted="yes" depend="state"><if value="182" hide="state" shadow="yes"/></select></field>
      <field name="notify"><input type="checkbox" name="notify"/></field>
    </page><page name="extra"><field name="note" noname="yes"><textarea name="note" rows="5"/></field></page>
    <buttons><button name="ok" type="ok"/><button name="cancel" type="cancel"/></buttons></form>
  </metadata>
  <elid>5</elid><name>bob@example.com</name><passwd></passwd><country>182</country><notify>on</notify><note>a
b</note>
  <slist name="country"><val key="null">-- none --</val><val key="182">Russia</val><val key="840">USA</val></slist>
  <messages><msg name="name">E-mail</msg><msg name="hint_name">Login address</msg><msg name="placeholder_name">you@host</msg></messages>
</doc>)";
    const Reply r = ReplyParser::parse(body);
    QCOMPARE(r.kind, ReplyKind::Form);
    const FormData &f = *r.form;
    QCOMPARE(f.title, QStringLiteral("User"));
    QCOMPARE(f.values.size(), 6);
    QCOMPARE(f.value(QStringLiteral("note")), QStringLiteral("a\nb"));
    QCOMPARE(f.pages.size(), 2);
    QCOMPARE(f.pages.at(0).name, QStringLiteral("main"));
    QCOMPARE(f.pages.at(0).fields,
        QStringList({ QStringLiteral("name"), QStringLiteral("passwd"), QStringLiteral("country"),
            QStringLiteral("notify") }));
    QCOMPARE(f.pages.at(1).fields, QStringList({ QStringLiteral("note") }));
    QCOMPARE(f.fields.size(), 5);
    const FormField &name = f.fields.at(0);
    QVERIFY(name.required);
    QCOMPARE(name.page, QStringLiteral("main"));
    QCOMPARE(name.label, QStringLiteral("E-mail"));
    QCOMPARE(name.hint, QStringLiteral("Login address"));
    QCOMPARE(name.placeholder, QStringLiteral("you@host"));
    QVERIFY(f.fields.at(1).isPrivate);
    QVERIFY(f.fields.at(1).removeIfNew);
    const FormField &country = f.fields.at(2);
    QCOMPARE(country.control, QStringLiteral("select"));
    QCOMPARE(country.depend, QStringLiteral("state"));
    QCOMPARE(country.ifRules.size(), 1);
    QVERIFY(country.ifRules.first().shadow);
    QCOMPARE(f.fields.at(4).control, QStringLiteral("textarea"));
    QVERIFY(f.fields.at(4).noname);
    QCOMPARE(f.fields.at(4).page, QStringLiteral("extra"));
    QCOMPARE(f.buttons.size(), 2);
    QCOMPARE(f.buttons.at(1).name, QStringLiteral("cancel"));
    const QList<SelectOption> options = f.options.value(QStringLiteral("country"));
    QCOMPARE(options.size(), 3);
    QVERIFY(options.at(0).isNull);
    QCOMPARE(options.at(0).label, QStringLiteral("-- none --"));
    QCOMPARE(options.at(2).key, QStringLiteral("840"));
    QVERIFY(!options.at(2).isNull);
    QCOMPARE(f.docAttributes.value(QStringLiteral("func")), QStringLiteral("user.edit"));
}

void TestReplyParser::formEmbeddedList()
{
    const Reply r
        = ReplyParser::parse("<doc><elid>1</elid><list name=\"items\"><elem><id>1</id><name>A</name></elem>"
                             "<elem><id>2</id></elem></list><slist name=\"x\"/></doc>");
    QCOMPARE(r.kind, ReplyKind::Form);
    QCOMPARE(r.form->values.size(), 1);
    const auto items = r.form->lists.value(QStringLiteral("items"));
    QVERIFY(items);
    QCOMPARE(items->rowCount(), 2);
    QCOMPARE(items->keyColumn, QStringLiteral("id"));
    QCOMPARE(items->cell(0, 1), QStringLiteral("A"));
    QVERIFY(!items->hasCell(1, 1));
    QVERIFY(r.form->options.contains(QStringLiteral("x")));
}

void TestReplyParser::menu()
{
    const Reply r = ReplyParser::parse(R"(<doc><mainmenu level="29" name="billmgr" startpage="dashboard">
      <node name="srvset"><node name="product" action="product" type="list" popular="yes"/><node name="usrparam" action="usrparam" type="form"/></node>
      <node name="mainmenuaccount"><node name="account" action="account" type="list"/></node></mainmenu>
      <messages><msg name="menu_srvset">Settings</msg><msg name="product">Products</msg></messages></doc>)");
    QCOMPARE(r.kind, ReplyKind::Menu);
    const MenuData &m = *r.menu;
    QCOMPARE(m.level, QStringLiteral("29"));
    QCOMPARE(m.startPage, QStringLiteral("dashboard"));
    QCOMPARE(m.nodes.size(), 2);
    QCOMPARE(m.nodes.at(0).name, QStringLiteral("srvset"));
    QCOMPARE(m.nodes.at(0).title, QStringLiteral("Settings"));
    QCOMPARE(m.nodes.at(0).children.size(), 2);
    QCOMPARE(m.nodes.at(0).children.at(0).action, QStringLiteral("product"));
    QCOMPARE(m.nodes.at(0).children.at(0).type, QStringLiteral("list"));
    QCOMPARE(m.nodes.at(0).children.at(0).title, QStringLiteral("Products"));
    QVERIFY(m.nodes.at(0).children.at(0).popular);
    QCOMPARE(m.nodes.at(1).children.at(0).name, QStringLiteral("account"));
}

void TestReplyParser::okWithIdAndRedirect()
{
    const Reply r
        = ReplyParser::parse("<doc><ok type=\"form\">func=user.edit&amp;elid=7</ok><id>7</id></doc>");
    QCOMPARE(r.kind, ReplyKind::Ok);
    QCOMPARE(r.ok->id, QStringLiteral("7"));
    QCOMPARE(r.ok->redirect, QStringLiteral("func=user.edit&elid=7"));
    QCOMPARE(r.ok->redirectType, QStringLiteral("form"));
    QVERIFY(!r.ok->showSuccess);
    QVERIFY(ReplyParser::parse("<doc><ok/><show_success/></doc>").ok->showSuccess);
}

void TestReplyParser::errorGroupPlaceholders()
{
    const Reply r = ReplyParser::parse("<doc><error type=\"exists\" object=\"user\"><param name=\"object\" "
                                       "type=\"msg\" msg=\"User\">user</param>"
                                       "<param name=\"value\">ben</param><group>__object__ with value "
                                       "'__value__' already exists</group></error></doc>");
    QCOMPARE(r.error->message, QStringLiteral("User with value 'ben' already exists"));
    const Reply bare = ReplyParser::parse("<doc><error type=\"access\"/></doc>");
    QCOMPARE(bare.kind, ReplyKind::Error);
    QVERIFY(bare.error->message.contains(QStringLiteral("access")));
}

void TestReplyParser::errorBeatsEverything()
{
    const Reply r
        = ReplyParser::parse("<doc><elem><id>1</id></elem><ok/><auth id=\"x\"/><error type=\"value\" "
                             "object=\"sum\"><msg>Bad sum</msg></error></doc>");
    QCOMPARE(r.kind, ReplyKind::Error);
    QCOMPARE(r.error->field(), QStringLiteral("sum"));
    QVERIFY(!r.table);
    QCOMPARE(ReplyParser::parse("<doc><ok/><auth id=\"x\"/></doc>").kind, ReplyKind::Auth);
    QCOMPARE(ReplyParser::parse("<doc><elem><id>1</id></elem><ok/></doc>").kind, ReplyKind::Ok);
}

void TestReplyParser::xmlVariants()
{
    // CDATA is text; namespace prefixes are ignored (local names count); comments and PIs anywhere.
    const Reply cdata = ReplyParser::parse("<doc><!-- c --><note><![CDATA[a < b & c]]></note><?pi x?><x:name "
                                           "xmlns:x=\"urn:x\">N</x:name></doc>");
    QCOMPARE(cdata.kind, ReplyKind::Form);
    QCOMPARE(cdata.form->value(QStringLiteral("note")), QStringLiteral("a < b & c"));
    QCOMPARE(cdata.form->value(QStringLiteral("name")), QStringLiteral("N"));
    // UTF-16 with a byte order mark.
    const QString text = QStringLiteral("<doc><realname>Иван</realname></doc>");
    QByteArray utf16("\xFF\xFE");
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const Reply wide = parseChunked(utf16, 1);
    QCOMPARE(wide.kind, ReplyKind::Form);
    QCOMPARE(wide.form->value(QStringLiteral("realname")), QStringLiteral("Иван"));
    // A UTF-8 byte order mark before the declaration.
    QCOMPARE(ReplyParser::parse("\xEF\xBB\xBF<?xml version=\"1.0\"?><doc><ok/></doc>").kind, ReplyKind::Ok);
}

void TestReplyParser::notifyCounters()
{
    // func=notify of the demo server (src/sim/billmgrnavigation.cpp), plus a missing and a non-numeric count.
    const QByteArray body = "<doc func=\"notify\"><notify>"
                            "<item name=\"ticket\" count=\"3\">Tickets waiting for a reply</item>"
                            "<item name=\"payment\" count=\"1\">New payments</item>"
                            "<item name=\"news\">News</item><item name=\"odd\" count=\"many\">Odd</item>"
                            "</notify></doc>";
    for (const qsizetype chunk : { body.size(), qsizetype(1), qsizetype(7) }) {
        const Reply r = parseChunked(body, chunk);
        QCOMPARE(r.kind, ReplyKind::Table);
        QVERIFY(!r.form && !r.failure);
        QVERIFY(r.notify);
        const QList<NotifyItem> &items = *r.notify;
        QCOMPARE(items.size(), 4);
        QCOMPARE(items[0].name, QStringLiteral("ticket"));
        QCOMPARE(items[0].title, QStringLiteral("Tickets waiting for a reply"));
        QCOMPARE(items[0].count, 3);
        QCOMPARE(items[1].name, QStringLiteral("payment"));
        QCOMPARE(items[1].title, QStringLiteral("New payments"));
        QCOMPARE(items[1].count, 1);
        QCOMPARE(items[2].count, 0); // no count attribute
        QCOMPARE(items[3].count, 0); // not a number
        // The same as a table: name, count, title, one row per item.
        const TableData &t = *r.table;
        QCOMPARE(t.columns(),
            QStringList({ QStringLiteral("name"), QStringLiteral("count"), QStringLiteral("title") }));
        QCOMPARE(t.rowCount(), 4);
        QCOMPARE(t.cell(0, 0), QStringLiteral("ticket"));
        QCOMPARE(t.cell(0, 1), QStringLiteral("3"));
        QCOMPARE(t.cell(1, 2), QStringLiteral("New payments"));
        QCOMPARE(t.cell(3, 1), QStringLiteral("0"));
        QCOMPARE(r.docAttributes.value(QStringLiteral("func")), QStringLiteral("notify"));
    }
}

void TestReplyParser::notifyOffStaysFormValue()
{
    // A checkbox named notify (docs/protocol.md §6) is a form value, never a notification list.
    const Reply form
        = ReplyParser::parse("<doc><elid>1024</elid><username>jack</username><notify>off</notify>"
                             "<slist name=\"country\"><val key=\"182\">Russia</val></slist></doc>");
    QCOMPARE(form.kind, ReplyKind::Form);
    QVERIFY(!form.notify);
    QVERIFY(!form.table);
    QCOMPARE(form.form->value(QStringLiteral("notify")), QStringLiteral("off"));
    const Reply alone = ReplyParser::parse("<doc><notify>on</notify></doc>");
    QCOMPARE(alone.kind, ReplyKind::Form);
    QVERIFY(!alone.notify);
    QCOMPARE(alone.form->value(QStringLiteral("notify")), QStringLiteral("on"));
    // An empty checkbox value inside a real form stays a form value too.
    const Reply empty = ReplyParser::parse("<doc><elid>5</elid><notify></notify></doc>");
    QCOMPARE(empty.kind, ReplyKind::Form);
    QVERIFY(!empty.notify);
    QCOMPARE(empty.form->values.size(), 2);
    // Structure under <notify> without <item>: unknown, as any other structured element.
    const Reply odd = ReplyParser::parse("<doc><notify><x>1</x></notify></doc>");
    QCOMPARE(odd.kind, ReplyKind::Invalid);
    QCOMPARE(odd.failure->reason, ParseFailure::Reason::UnknownShape);
    QVERIFY(!odd.notify);
}

void TestReplyParser::notifyWithoutItems()
{
    // No counters: an empty <notify/> alone in the doc, or under <doc func="notify">, is an empty list.
    for (const char *body : { "<doc><notify/></doc>", "<doc func=\"notify\"><notify>\n</notify></doc>",
             "<doc func=\"notify\"><notify/><tparams><func>notify</func></tparams></doc>" }) {
        const Reply r = ReplyParser::parse(body);
        QCOMPARE(r.kind, ReplyKind::Table);
        QVERIFY(r.notify);
        QVERIFY(r.notify->isEmpty());
        QCOMPARE(r.table->rowCount(), 0);
        QCOMPARE(r.table->columns(),
            QStringList({ QStringLiteral("name"), QStringLiteral("count"), QStringLiteral("title") }));
        QVERIFY(!r.table->inferredFromEmptyDoc);
    }
    // Other kinds never carry the member.
    QVERIFY(!ReplyParser::parse("<doc/>").notify);
    QVERIFY(!ReplyParser::parse("<doc><elem><id>1</id></elem></doc>").notify);
    QVERIFY(!ReplyParser::parse("<doc><ok/></doc>").notify);
}

void TestReplyParser::listFilterActive()
{
    const Reply on
        = ReplyParser::parse("<doc><elem><id>1</id></elem><p_elems>1</p_elems><filter>on</filter></doc>");
    QCOMPARE(on.kind, ReplyKind::Table);
    QCOMPARE(on.table->filterActive, std::optional<bool>(true));
    QCOMPARE(on.table->columns(), QStringList({ QStringLiteral("id") })); // never a column
    const Reply off = ReplyParser::parse("<doc><filter>off</filter><elem><id>1</id></elem></doc>");
    QCOMPARE(off.table->filterActive, std::optional<bool>(false));
    // An emptied list under a filter: paging fields only.
    const Reply empty
        = ReplyParser::parse("<doc><p_elems>0</p_elems><p_num>1</p_num><filter>on</filter></doc>");
    QCOMPARE(empty.kind, ReplyKind::Table);
    QCOMPARE(empty.table->rowCount(), 0);
    QCOMPARE(empty.table->filterActive, std::optional<bool>(true));
    // Not said, or said in a way we do not know: absent.
    QVERIFY(!ReplyParser::parse("<doc><elem><id>1</id></elem></doc>").table->filterActive.has_value());
    QVERIFY(!ReplyParser::parse("<doc><elem><id>1</id></elem><filter>maybe</filter></doc>")
                 .table->filterActive.has_value());
}

QTEST_GUILESS_MAIN(TestReplyParser)
#include "tst_replyparser.moc"
