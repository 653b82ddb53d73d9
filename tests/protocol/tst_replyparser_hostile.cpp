// Hostile and broken input: every case ends in a clear ParseFailure (reason, one-line message, position),
// never a crash, never partial data, never a file read or a network access.
#include "parsertesthelpers.h"
#include "qtwarnings.h"

using namespace mgrdesk::protocol;
using namespace testhelpers;

namespace {

// The failure a hostile body must produce. When the parser accepts the body instead, the test fails here, and
// the returned reason is one no check expects (a default-constructed ParseFailure says UnknownShape, which
// made a check for UnknownShape pass on accepted input).
constexpr auto kAccepted = static_cast<ParseFailure::Reason>(-1);

ParseFailure failureOf(const QByteArray &body, const ParseOptions &options = {})
{
    const Reply r = ReplyParser::parse(body, options);
    if (r.kind != ReplyKind::Invalid || !r.failure) {
        QTest::qFail(
            qPrintable(QStringLiteral("hostile input accepted as reply kind %1: %2")
                           .arg(int(r.kind))
                           .arg(QString::fromLatin1(body.left(80).toPercentEncoding(" <>/=\"{}:,")))),
            __FILE__, __LINE__);
        ParseFailure accepted;
        accepted.reason = kAccepted;
        accepted.message = QStringLiteral("accepted");
        return accepted;
    }
    const QString &m = r.failure->message;
    if (m.isEmpty() || m.contains(QLatin1Char('\n')))
        QTest::qFail(qPrintable(QStringLiteral("message not one line: ") + m), __FILE__, __LINE__);
    return *r.failure;
}

#define QVERIFY_ONE_LINE(f)                                                                                  \
    QVERIFY2(!(f).message.isEmpty() && !(f).message.contains(QLatin1Char('\n')), qPrintable((f).message))

} // namespace

class TestReplyParserHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { mgrdesk::test::failOnQtMisuseWarnings(); }
    void acceptedInputFailsTheCheck();
    void truncatedXmlEveryPrefix();
    void truncatedJson();
    void malformedXmlHasLineAndColumn();
    void malformedJsonHasLineAndColumn();
    void htmlLoginPage_data();
    void htmlLoginPage();
    void emptyBody_data();
    void emptyBody();
    void garbageText();
    void notDocRoot();
    void tooLarge();
    void tooDeepXml();
    void tooDeepJson();
    void billionLaughs();
    void externalEntityNeverRead();
    void undeclaredEntity();
    void windows1251WithoutDeclaration();
    void windows1251Declared();
    void invalidUtf8InJson();
    void bytesNotInDeclaredEncoding();
    void typoFromTheApiGuide();
    void feedAfterFailureIsRefused();
};

void TestReplyParserHostile::truncatedXmlEveryPrefix()
{
    const QByteArray body = fixture("seed-list-payments.xml");
    const qsizetype docStart = body.indexOf("<doc>") + 5;
    const qsizetype docEnd = body.lastIndexOf("</doc>") + 5; // cut inside the final tag too
    QVERIFY(docStart > 5 && docEnd > docStart);
    for (qsizetype n = docStart; n < docEnd; ++n) {
        const Reply r = ReplyParser::parse(body.left(n));
        QVERIFY2(r.kind == ReplyKind::Invalid, qPrintable(QString::number(n)));
        QVERIFY2(r.failure->reason == ParseFailure::Reason::Truncated,
            qPrintable(QString::number(n) + QLatin1Char(' ') + r.failure->message));
        QVERIFY(r.failure->line > 0);
    }
    const ParseFailure f = failureOf("<doc><elem><id>1</id><name>x</na");
    QCOMPARE(f.reason, ParseFailure::Reason::Truncated);
    QVERIFY_ONE_LINE(f);
    QVERIFY(f.message.contains(QStringLiteral("line 1")));
}

void TestReplyParserHostile::truncatedJson()
{
    const QByteArray body
        = R"({"doc":{"elem":[{"id":{"$":"1"}},{"id":{"$":"2\u0041"}}],"p_elems":{"$":"2"}}})";
    for (qsizetype n = 1; n < body.size(); ++n) {
        const Reply r = ReplyParser::parse(body.left(n));
        QVERIFY2(r.kind == ReplyKind::Invalid && r.failure->reason == ParseFailure::Reason::Truncated,
            qPrintable(QString::number(n)));
    }
    QCOMPARE(ReplyParser::parse(body).kind, ReplyKind::Table);
}

void TestReplyParserHostile::malformedXmlHasLineAndColumn()
{
    const ParseFailure f = failureOf("<doc>\n  <elem><id>1</id>\n  <name>x</nam></elem>\n</doc>");
    QCOMPARE(f.reason, ParseFailure::Reason::Malformed);
    QCOMPARE(f.line, 3);
    QVERIFY2(f.column >= 14 && f.column <= 20, qPrintable(QString::number(f.column)));
    QVERIFY(f.message.contains(QStringLiteral("line 3")));
    QVERIFY_ONE_LINE(f);
    const ParseFailure junk = failureOf("<doc><ok/></doc>\n<extra/>");
    QCOMPARE(junk.reason, ParseFailure::Reason::Malformed);
    QCOMPARE(junk.line, 2);
}

void TestReplyParserHostile::malformedJsonHasLineAndColumn()
{
    const ParseFailure f = failureOf("{\"doc\": {\n  \"elem\": [\n    {\"id\": 1,}\n  ]}}");
    QCOMPARE(f.reason, ParseFailure::Reason::Malformed);
    QCOMPARE(f.line, 3);
    QCOMPARE(f.column, 14);
    QVERIFY(f.message.contains(QStringLiteral("line 3, column 14")));
    QVERIFY_ONE_LINE(f);
    const ParseFailure trailing = failureOf("{\"ok\":{}} {");
    QCOMPARE(trailing.reason, ParseFailure::Reason::Malformed);
    QCOMPARE(trailing.column, 11);
    QCOMPARE(failureOf("{\"a\":tru}").reason, ParseFailure::Reason::Malformed);
    QCOMPARE(failureOf("{\"a\":01}").reason, ParseFailure::Reason::Malformed);
    QCOMPARE(failureOf("{\"a\":\"\\x\"}").reason, ParseFailure::Reason::Malformed);
    QCOMPARE(failureOf("{\"a\":\"\\ud800\"}").reason, ParseFailure::Reason::Malformed);
    QCOMPARE(failureOf("{\"a\" \"b\"}").reason, ParseFailure::Reason::Malformed);
    QCOMPARE(failureOf("{\"a\":\"x\ny\"}").reason, ParseFailure::Reason::Malformed);
}

void TestReplyParserHostile::htmlLoginPage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("doctype") << QByteArray(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><title>BILLmanager</title></head>"
        "<body><form><input name=\"username\"><input type=\"password\"></form></body></html>");
    QTest::newRow("upper") << QByteArray("\r\n\r\n<HTML><BODY>Login</BODY></HTML>");
    QTest::newRow("xhtml") << QByteArray(
        "<?xml version=\"1.0\"?>\n<!-- login -->\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
        "<body/></html>");
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF<!doctype HTML><html></html>");
}

void TestReplyParserHostile::htmlLoginPage()
{
    QFETCH(QByteArray, body);
    const ParseFailure f = failureOf(body);
    QCOMPARE(f.reason, ParseFailure::Reason::Html);
    QVERIFY_ONE_LINE(f);
    QCOMPARE(parseChunked(body, 1).failure->reason, ParseFailure::Reason::Html);
}

void TestReplyParserHostile::emptyBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("spaces") << QByteArray(" \r\n\t \n");
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF");
}

void TestReplyParserHostile::emptyBody()
{
    QFETCH(QByteArray, body);
    const ParseFailure f = failureOf(body);
    QCOMPARE(f.reason, ParseFailure::Reason::Empty);
    QVERIFY_ONE_LINE(f);
}

void TestReplyParserHostile::garbageText()
{
    const ParseFailure f = failureOf("\n  Service Unavailable\n");
    QCOMPARE(f.reason, ParseFailure::Reason::Malformed);
    QCOMPARE(f.line, 2);
    QCOMPARE(f.column, 3);
    QVERIFY(f.message.contains(QStringLiteral("Service Unavailable")));
    QVERIFY_ONE_LINE(f);
}

void TestReplyParserHostile::notDocRoot()
{
    const ParseFailure f = failureOf("<result><ok/></result>");
    QCOMPARE(f.reason, ParseFailure::Reason::UnknownShape);
    QVERIFY(f.message.contains(QStringLiteral("result")));
    QCOMPARE(failureOf("{\"doc\":{\"user\":{\"x\":{}}}}").reason, ParseFailure::Reason::UnknownShape);
}

void TestReplyParserHostile::tooLarge()
{
    ParseOptions small;
    small.maxBytes = 1024;
    QByteArray body = "<doc>";
    while (body.size() < 4096)
        body += "<elem><id>1</id></elem>";
    body += "</doc>";
    const ParseFailure f = failureOf(body, small);
    QCOMPARE(f.reason, ParseFailure::Reason::TooLarge);
    QVERIFY(f.message.contains(QStringLiteral("1024")));
    QVERIFY_ONE_LINE(f);
    ReplyParser parser(small);
    QVERIFY(parser.feed(body.left(1000)));
    QVERIFY(!parser.feed(body.mid(1000, 100))); // refused as soon as the limit is crossed
    QCOMPARE(parser.finish().failure->reason, ParseFailure::Reason::TooLarge);
    QCOMPARE(ReplyParser::parse(body).kind, ReplyKind::Table); // the default limit (256 MiB) lets it through
}

void TestReplyParserHostile::tooDeepXml()
{
    ParseOptions shallow;
    shallow.maxDepth = 16;
    const QByteArray ok
        = "<doc>" + QByteArray("<a>").repeated(14) + QByteArray("</a>").repeated(14) + "</doc>";
    QCOMPARE(
        ReplyParser::parse(ok, shallow).kind, ReplyKind::Invalid); // complex unknown value: unknown shape
    QCOMPARE(ReplyParser::parse(ok, shallow).failure->reason, ParseFailure::Reason::UnknownShape);
    const QByteArray deep
        = "<doc>" + QByteArray("<a>").repeated(20) + QByteArray("</a>").repeated(20) + "</doc>";
    const ParseFailure f = failureOf(deep, shallow);
    QCOMPARE(f.reason, ParseFailure::Reason::TooDeep);
    QVERIFY(f.message.contains(QStringLiteral("16")));
    // Absurd depth under the default limit, and unclosed: still TooDeep, no stack overflow.
    const ParseFailure absurd = failureOf("<doc>" + QByteArray("<a>").repeated(100000));
    QCOMPARE(absurd.reason, ParseFailure::Reason::TooDeep);
}

void TestReplyParserHostile::tooDeepJson()
{
    ParseOptions shallow;
    shallow.maxDepth = 16;
    const QByteArray deep
        = "{\"doc\":" + QByteArray("{\"a\":").repeated(20) + "{}" + QByteArray("}").repeated(21);
    QCOMPARE(failureOf(deep, shallow).reason, ParseFailure::Reason::TooDeep);
    QCOMPARE(failureOf(QByteArray("[").repeated(100000)).reason, ParseFailure::Reason::TooDeep);
}

void TestReplyParserHostile::billionLaughs()
{
    const QByteArray body = R"(<?xml version="1.0"?>
<!DOCTYPE doc [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<doc><name>&lol9;</name></doc>)";
    const ParseFailure f = failureOf(body);
    QCOMPARE(f.reason, ParseFailure::Reason::Malformed);
    QVERIFY(f.message.contains(QStringLiteral("DTD")));
    QCOMPARE(f.line, 2);
    QCOMPARE(parseChunked(body, 5).failure->reason, ParseFailure::Reason::Malformed);
}

void TestReplyParserHostile::externalEntityNeverRead()
{
    for (const QByteArray &body :
        { QByteArray("<?xml version=\"1.0\"?><!DOCTYPE doc [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                     "<doc><name>&xxe;</name></doc>"),
            QByteArray("<!DOCTYPE doc SYSTEM \"http://127.0.0.1:9/evil.dtd\"><doc><name>&xxe;</name></doc>"),
            QByteArray("<!DOCTYPE doc [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]><doc/>") }) {
        const Reply r = ReplyParser::parse(body);
        QCOMPARE(r.kind, ReplyKind::Invalid);
        QVERIFY(r.failure->message.contains(QStringLiteral("DTD")));
        QVERIFY(!r.failure->message.contains(QStringLiteral("root:")));
        QVERIFY(!r.form && !r.table);
    }
}

void TestReplyParserHostile::undeclaredEntity()
{
    const ParseFailure f = failureOf("<doc>\n<name>a &nbsp; b</name></doc>");
    QCOMPARE(f.reason, ParseFailure::Reason::Malformed);
    QCOMPARE(f.line, 2);
    QVERIFY(f.message.contains(QStringLiteral("nbsp")));
    // The predefined ones and character references are fine.
    const Reply ok = ReplyParser::parse("<doc><name>&lt;&gt;&amp;&quot;&apos;&#1055;&#x41;</name></doc>");
    QCOMPARE(ok.form->value(QStringLiteral("name")), QStringLiteral("<>&\"'ПA"));
}

void TestReplyParserHostile::windows1251WithoutDeclaration()
{
    const QByteArray body = "<doc>\n<realname>\xC8\xE2\xE0\xED</realname></doc>"; // "Иван" in windows-1251
    const ParseFailure f = failureOf(body);
    QCOMPARE(f.reason, ParseFailure::Reason::Malformed);
    QVERIFY2(f.message.contains(QStringLiteral("UTF-8")), qPrintable(f.message));
    QCOMPARE(f.line, 2);
    QVERIFY_ONE_LINE(f);
}

void TestReplyParserHostile::windows1251Declared()
{
    const QByteArray body
        = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><doc><realname>\xC8\xE2\xE0\xED</realname></doc>";
    const Reply r = ReplyParser::parse(body);
    QCOMPARE(r.kind, ReplyKind::Form);
    QCOMPARE(r.form->value(QStringLiteral("realname")), QStringLiteral("Иван"));
}

void TestReplyParserHostile::invalidUtf8InJson()
{
    const ParseFailure f = failureOf("{\"doc\":{\n\"realname\":\"\xC8\xE2\xE0\xED\"}}");
    QCOMPARE(f.reason, ParseFailure::Reason::Malformed);
    QVERIFY(f.message.contains(QStringLiteral("UTF-8")));
    QCOMPARE(f.line, 2);
    QCOMPARE(f.column, 12);
    QCOMPARE(failureOf("{\"a\":\"\xC0\xAF\"}").reason, ParseFailure::Reason::Malformed); // overlong '/'
}

void TestReplyParserHostile::typoFromTheApiGuide()
{
    // The API guide's own form sample has "<<email>": a clear parse error, not a partial form.
    const ParseFailure f
        = failureOf("<doc>\n<elid>1024</elid>\n<username>jackblack</username>\n<<email>x</email>\n</doc>");
    QCOMPARE(f.reason, ParseFailure::Reason::Malformed);
    QCOMPARE(f.line, 4);
}

void TestReplyParserHostile::feedAfterFailureIsRefused()
{
    ReplyParser parser;
    QVERIFY(!parser.feed(QByteArray("<html><body>")));
    QVERIFY(!parser.feed(QByteArray("<doc/>")));
    const Reply r = parser.finish();
    QCOMPARE(r.failure->reason, ParseFailure::Reason::Html);
    QVERIFY(!parser.feed(QByteArray("x")));
    QCOMPARE(parser.finish().kind, ReplyKind::Invalid);
}

void TestReplyParserHostile::bytesNotInDeclaredEncoding()
{
    // libxml2 reports this only through xmlParseChunk's result: still a clear encoding failure, not
    // "truncated".
    const ParseFailure f
        = failureOf("<?xml version=\"1.0\" encoding=\"ISO-2022-JP\"?><doc><a>\xC2\xA7\x34\x2E</a></doc>");
    QCOMPARE(f.reason, ParseFailure::Reason::Malformed);
    QVERIFY2(f.message.contains(QStringLiteral("encoding")), qPrintable(f.message));
    QVERIFY(f.line > 0);
    // "<doc>" in UTF-16LE, then a lone high surrogate (D800) before "<". Split literals: "\x00d" would be one
    // hex escape (0x0D), and a length past the literal's end was a global-buffer-overflow.
    static const char raw[] = "\xFF\xFE"
                              "<\x00"
                              "d\x00"
                              "o\x00"
                              "c\x00"
                              ">\x00"
                              "\x00\xD8"
                              "<\x00";
    static_assert(sizeof raw == 17, "16 bytes and the terminator");
    const QByteArray utf16(raw, sizeof raw - 1);
    QCOMPARE(failureOf(utf16).reason, ParseFailure::Reason::Malformed);
}

// The helper itself: a body the parser accepts must fail the check (and match no expected reason), or every
// check below could pass on input that was not rejected at all.
void TestReplyParserHostile::acceptedInputFailsTheCheck()
{
    QEXPECT_FAIL("", "failureOf() reports accepted input as a failure", Continue);
    const ParseFailure f = failureOf("<doc><ok/></doc>");
    QCOMPARE(f.reason, kAccepted);
    for (const auto reason : { ParseFailure::Reason::Empty, ParseFailure::Reason::Html,
             ParseFailure::Reason::Malformed, ParseFailure::Reason::Truncated, ParseFailure::Reason::TooLarge,
             ParseFailure::Reason::TooDeep, ParseFailure::Reason::UnknownShape })
        QVERIFY(f.reason != reason);
}

QTEST_GUILESS_MAIN(TestReplyParserHostile)
#include "tst_replyparser_hostile.moc"
