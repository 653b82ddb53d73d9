// The JSON family (json/sjson/xjson, docs/protocol.md §10) maps onto the same typed replies as XML: "$" text,
// "$attr" attributes, {} empty elements, object-or-array everywhere, the messages map, with or without
// {"doc": …}.
#include "parsertesthelpers.h"

using namespace mgrdesk::protocol;
using namespace testhelpers;

class TestReplyParserJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listAsArrayOrSingleObject();
    void dollarConventions();
    void wrappedOrNot();
    void emptyListHasNoElem();
    void messagesMapAndElementForm();
    void sjsonFormWithMetadata();
    void scalarsNullsAndEscapes();
    void sameAsXml();
    void chunkedJsonSameResult();
    void forcedFormat();
    void notifyCounters();
    void listFilterActive();
};

void TestReplyParserJson::listAsArrayOrSingleObject()
{
    const Reply many
        = ReplyParser::parse(R"({"doc":{"elem":[{"id":{"$":"1"},"sum":{"$":"2.00"}},{"id":{"$":"2"}}]}})");
    QCOMPARE(many.kind, ReplyKind::Table);
    QCOMPARE(many.table->rowCount(), 2);
    QCOMPARE(many.table->cell(0, 1), QStringLiteral("2.00"));
    QVERIFY(!many.table->hasCell(1, 1));
    const Reply one = ReplyParser::parse(R"({"doc":{"elem":{"id":{"$":"1"}}}})");
    QCOMPARE(one.kind, ReplyKind::Table);
    QCOMPARE(one.table->rowCount(), 1);
    QCOMPARE(one.table->rowKey(0), QStringLiteral("1"));
    // params as one object instead of an array
    const Reply error = ReplyParser::parse(
        R"({"doc":{"error":{"$type":"value","param":{"$name":"value","$":"x"},"msg":{"$":"Bad"}}}})");
    QCOMPARE(error.error->value, QStringLiteral("x"));
    QCOMPARE(error.error->message, QStringLiteral("Bad"));
}

void TestReplyParserJson::dollarConventions()
{
    const Reply r = ReplyParser::parse(
        R"({"doc":{"$lang":"ru","$func":"payment","elem":[{"status":{"$orig":"4","$":"Credited","$color":"green"},"id":{"$":"9"}}],"p_elems":{"$":"1"}}})");
    QCOMPARE(r.kind, ReplyKind::Table);
    const TableData &t = *r.table;
    QCOMPARE(t.columns(), QStringList({ QStringLiteral("status"), QStringLiteral("id") }));
    QCOMPARE(t.cell(0, 0), QStringLiteral("Credited"));
    QCOMPARE(t.cellAttributes(0, 0),
        Attributes({ { QStringLiteral("orig"), QStringLiteral("4") },
            { QStringLiteral("color"), QStringLiteral("green") } }));
    QCOMPARE(t.total, std::optional<qint64>(1));
    QCOMPARE(t.docAttributes.value(QStringLiteral("lang")), QStringLiteral("ru"));
    // Attributes after children (key order is free in JSON).
    const Reply late = ReplyParser::parse(R"({"doc":{"auth":{"$":"abc","$level":"16","$id":"abc"}}})");
    QCOMPARE(late.kind, ReplyKind::Auth);
    QCOMPARE(late.auth->session, QStringLiteral("abc"));
    QCOMPARE(late.auth->level, std::optional<int>(16));
}

void TestReplyParserJson::wrappedOrNot()
{
    const QString wrapped = dump(ReplyParser::parse(R"({"doc":{"ok":{},"id":{"$":"5"}}})"));
    const QString bare = dump(ReplyParser::parse(R"({"ok":{},"id":{"$":"5"}})"));
    QCOMPARE(bare, wrapped);
    const Reply r = ReplyParser::parse(R"({"ok":{},"id":{"$":"5"}})");
    QCOMPARE(r.kind, ReplyKind::Ok);
    QCOMPARE(r.ok->id, QStringLiteral("5"));
    // A top-level array holding the document.
    QCOMPARE(ReplyParser::parse(R"([{"doc":{"ok":{}}}])").kind, ReplyKind::Ok);
}

void TestReplyParserJson::emptyListHasNoElem()
{
    const Reply r = ReplyParser::parse(
        R"({"doc":{"p_elems":{"$":"0"},"p_num":{"$":"1"},"tparams":{"func":{"$":"payment"}}}})");
    QCOMPARE(r.kind, ReplyKind::Table);
    QCOMPARE(r.table->rowCount(), 0);
    QCOMPARE(r.table->columnCount(), 0);
    QCOMPARE(r.table->page, std::optional<int>(1));
    const Reply bare = ReplyParser::parse(R"({"doc":{}})");
    QCOMPARE(bare.kind, ReplyKind::Table);
    QVERIFY(bare.table->inferredFromEmptyDoc);
}

void TestReplyParserJson::messagesMapAndElementForm()
{
    const Reply map = ReplyParser::parse(
        R"({"doc":{"metadata":{"$type":"list","$key":"id","coldata":{"col":[{"$name":"id"},{"$name":"name","$sort":"alpha"}]}},
            "messages":{"$name":"user","msg":{"id":"Id","name":"Name","hint_x":{"$":"Hint"}}}}})");
    QCOMPARE(map.kind, ReplyKind::Table);
    QCOMPARE(map.table->messages.value(QStringLiteral("id")), QStringLiteral("Id"));
    QCOMPARE(map.table->messages.value(QStringLiteral("hint_x")), QStringLiteral("Hint"));
    QCOMPARE(map.table->metadata.columns.at(1).title, QStringLiteral("Name"));
    QCOMPARE(map.table->metadata.columns.at(1).sort, QStringLiteral("alpha"));
    QCOMPARE(map.table->columns(), QStringList({ QStringLiteral("id"), QStringLiteral("name") }));
    const Reply elements = ReplyParser::parse(
        R"({"doc":{"metadata":{"$type":"list"},"messages":{"msg":[{"$name":"id","$":"Id"},{"$name":"name","$":"Name"}]}}})");
    QCOMPARE(elements.table->messages.value(QStringLiteral("name")), QStringLiteral("Name"));
    const Reply single = ReplyParser::parse(
        R"({"doc":{"metadata":{"$type":"list"},"messages":{"msg":{"$name":"id","$":"Id"}}}})");
    QCOMPARE(single.table->messages.value(QStringLiteral("id")), QStringLiteral("Id"));
    QCOMPARE(single.table->messages.size(), 1);
}

void TestReplyParserJson::sjsonFormWithMetadata()
{
    const Reply r = ReplyParser::parse(R"({"doc":{
      "metadata":{"$name":"user.edit","$type":"form","form":{"page":[{"$name":"main","field":[
         {"$name":"name","input":{"$type":"text","$name":"name","$required":"yes"}},
         {"$name":"country","select":{"$name":"country","if":[{"$value":"1","$hide":"state"}]}}]}]}},
      "elid":{"$":"3"},"name":{"$":"Ann"},"country":{"$":"null"},
      "slist":[{"$name":"country","val":[{"$key":"null","$":"none"},{"$key":"1","$":"One"}]}],
      "messages":{"msg":{"name":"Name"}}}})");
    QCOMPARE(r.kind, ReplyKind::Form);
    const FormData &f = *r.form;
    QVERIFY(f.hasMetadata);
    QCOMPARE(f.fields.size(), 2);
    QCOMPARE(f.fields.at(0).name, QStringLiteral("name"));
    QVERIFY(f.fields.at(0).required);
    QCOMPARE(f.fields.at(0).page, QStringLiteral("main"));
    QCOMPARE(f.fields.at(0).label, QStringLiteral("Name"));
    QCOMPARE(f.fields.at(1).ifRules.size(), 1);
    QCOMPARE(f.fields.at(1).ifRules.first().hide, QStringLiteral("state"));
    QCOMPARE(f.values.size(), 3);
    QCOMPARE(f.value(QStringLiteral("name")), QStringLiteral("Ann"));
    QCOMPARE(f.options.value(QStringLiteral("country")).size(), 2);
    QVERIFY(f.options.value(QStringLiteral("country")).first().isNull);
}

void TestReplyParserJson::scalarsNullsAndEscapes()
{
    const Reply r = ReplyParser::parse(
        R"({"doc":{"a":"plain","b":12.5e1,"c":true,"d":null,"e":{},"f":"q\"\\\/\n\u00e9\u041f\ud83d\ude00"}})");
    QCOMPARE(r.kind, ReplyKind::Form);
    const FormData &f = *r.form;
    QCOMPARE(f.value(QStringLiteral("a")), QStringLiteral("plain"));
    QCOMPARE(f.value(QStringLiteral("b")), QStringLiteral("12.5e1"));
    QCOMPARE(f.value(QStringLiteral("c")), QStringLiteral("true"));
    QCOMPARE(f.value(QStringLiteral("d")), QString());
    QCOMPARE(f.value(QStringLiteral("e")), QString());
    QCOMPARE(f.value(QStringLiteral("f")), QString::fromUtf8("q\"\\/\n\xC3\xA9\xD0\x9F\xF0\x9F\x98\x80"));
    QCOMPARE(f.values.size(), 6);
}

void TestReplyParserJson::sameAsXml()
{
    const QByteArray xml = "<doc lang=\"en\"><elem><id>1</id><name>A &amp; B</name></elem><elem><id>2</id>"
                           "<status color=\"red\">X</status></elem><p_elems>2</p_elems></doc>";
    const QByteArray json = R"({"doc":{"$lang":"en","elem":[{"id":{"$":"1"},"name":{"$":"A & B"}},
        {"id":{"$":"2"},"status":{"$color":"red","$":"X"}}],"p_elems":{"$":"2"}}})";
    QCOMPARE(dump(ReplyParser::parse(json)), dump(ReplyParser::parse(xml)));
}

void TestReplyParserJson::chunkedJsonSameResult()
{
    const QByteArray json = R"({"doc":{"elem":[{"id":{"$":"1"},"name":{"$":"\u0418\u0432\u0430\u043d"}},
        {"id":{"$":"2"},"name":{"$":"Пётр"},"sum":{"$":"-1.5e3"}}],"messages":{"msg":{"id":"Id"}},"p_num":1}})";
    const QString whole = dump(ReplyParser::parse(json));
    QVERIFY(whole.contains(QStringLiteral("Иван")));
    QCOMPARE(dump(parseChunked(json, 1)), whole);
    QCOMPARE(dump(parseChunked(json, 3)), whole);
    for (quint32 seed = 10; seed < 20; ++seed)
        QCOMPARE(dump(parseRandomChunks(json, seed)), whole);
}

void TestReplyParserJson::forcedFormat()
{
    ParseOptions xml;
    xml.format = ParseOptions::Format::Xml;
    const Reply asXml = ReplyParser::parse(R"({"doc":{"ok":{}}})", xml);
    QCOMPARE(asXml.kind, ReplyKind::Invalid);
    QCOMPARE(asXml.failure->reason, ParseFailure::Reason::Malformed);
    ParseOptions json;
    json.format = ParseOptions::Format::Json;
    const Reply asJson = ReplyParser::parse("<doc><ok/></doc>", json);
    QCOMPARE(asJson.kind, ReplyKind::Invalid);
    QCOMPARE(asJson.failure->reason, ParseFailure::Reason::Malformed);
    QCOMPARE(asJson.failure->line, 1);
    QCOMPARE(asJson.failure->column, 1);
    QCOMPARE(ReplyParser::parse(R"({"doc":{"ok":{}}})", json).kind, ReplyKind::Ok);
}

void TestReplyParserJson::notifyCounters()
{
    const Reply r = ReplyParser::parse(
        R"({"doc":{"$func":"notify","notify":{"item":[{"$name":"ticket","$count":"3","$":"Tickets waiting for a reply"},)"
        R"({"$name":"payment","$count":"1","$":"New payments"}]}}})");
    QCOMPARE(r.kind, ReplyKind::Table);
    QVERIFY(r.notify);
    QCOMPARE(r.notify->size(), 2);
    QCOMPARE(r.notify->at(0).name, QStringLiteral("ticket"));
    QCOMPARE(r.notify->at(0).title, QStringLiteral("Tickets waiting for a reply"));
    QCOMPARE(r.notify->at(0).count, 3);
    QCOMPARE(r.notify->at(1).count, 1);
    QCOMPARE(r.table->rowCount(), 2);
    QCOMPARE(r.table->cell(1, r.table->columnIndex(QStringLiteral("title"))), QStringLiteral("New payments"));
    // One item as a lone object, attribute after the text.
    const Reply one = ReplyParser::parse(R"({"notify":{"item":{"$":"News","$name":"news"}}})");
    QVERIFY(one.notify);
    QCOMPARE(one.notify->size(), 1);
    QCOMPARE(one.notify->at(0).name, QStringLiteral("news"));
    QCOMPARE(one.notify->at(0).count, 0);
    // No items: an empty element or an empty array.
    for (const char *body :
        { R"({"doc":{"notify":{}}})", R"({"doc":{"notify":{"item":[]}}})", R"({"doc":{"notify":null}})" }) {
        const Reply empty = ReplyParser::parse(body);
        QCOMPARE(empty.kind, ReplyKind::Table);
        QVERIFY(empty.notify);
        QVERIFY(empty.notify->isEmpty());
    }
    // A checkbox value stays a form value.
    const Reply form = ReplyParser::parse(R"({"doc":{"elid":{"$":"1"},"notify":{"$":"off"}}})");
    QCOMPARE(form.kind, ReplyKind::Form);
    QVERIFY(!form.notify);
    QCOMPARE(form.form->value(QStringLiteral("notify")), QStringLiteral("off"));
}

void TestReplyParserJson::listFilterActive()
{
    const Reply on = ReplyParser::parse(R"({"doc":{"elem":[{"id":{"$":"1"}}],"filter":{"$":"on"}}})");
    QCOMPARE(on.table->filterActive, std::optional<bool>(true));
    const Reply off = ReplyParser::parse(R"({"doc":{"elem":[{"id":{"$":"1"}}],"filter":{"$":"off"}}})");
    QCOMPARE(off.table->filterActive, std::optional<bool>(false));
    const Reply none = ReplyParser::parse(R"({"doc":{"elem":[{"id":{"$":"1"}}]}})");
    QVERIFY(!none.table->filterActive.has_value());
}

QTEST_GUILESS_MAIN(TestReplyParserJson)
#include "tst_replyparser_json.moc"
