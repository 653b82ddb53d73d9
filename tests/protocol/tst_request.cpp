// Request encoding (docs/protocol.md §3): order, percent-encoding of UTF-8, conventions, masking, parsing log
// lines.
#include "core/protocol/request.h"

#include <QTest>
#include <QUrlQuery>

using mgrdesk::protocol::Request;

class TestRequest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formBodyKeepsOrderAndEncodes();
    void setReplacesInPlaceAddAppends();
    void conventions();
    void elidListsJoinedWithCommaSpace();
    void outNotDuplicated();
    void secretsMaskedInDisplayOnly_data();
    void secretsMaskedInDisplayOnly();
    void privateFieldsMasked();
    void authinfoKeepsLogin();
    void displayUrl();
    void fromServerLogLine();
    void fromWebUrl();
    void fromQueryStringRoundTrip();
};

void TestRequest::formBodyKeepsOrderAndEncodes()
{
    Request r(QStringLiteral("user.edit"));
    r.set(QStringLiteral("realname"), QStringLiteral("Иван Петров"));
    r.set(QStringLiteral("note"), QStringLiteral("a&b=c+d%e/f"));
    r.set(QStringLiteral("email"), QStringLiteral("x@example.com"));
    QCOMPARE(r.toFormBody(),
        QByteArray(
            "func=user.edit&out=xml&realname=%D0%98%D0%B2%D0%B0%D0%BD%20%D0%9F%D0%B5%D1%82%D1%80%D0%BE%D0%B2"
            "&note=a%26b%3Dc%2Bd%25e%2Ff&email=x%40example.com"));
    QCOMPARE(r.toFormBody(QStringLiteral("sjson")).left(28), QByteArray("func=user.edit&out=sjson&rea"));
    QCOMPARE(r.toFormBody(QString()).left(24), QByteArray("func=user.edit&realname="));
}

void TestRequest::setReplacesInPlaceAddAppends()
{
    Request r(QStringLiteral("f"));
    r.set(QStringLiteral("a"), QStringLiteral("1")).set(QStringLiteral("b"), QStringLiteral("2"));
    r.set(QStringLiteral("a"), QStringLiteral("3"));
    r.add(QStringLiteral("b"), QStringLiteral("4"));
    QCOMPARE(r.toFormBody(QString()), QByteArray("func=f&a=3&b=2&b=4"));
    QVERIFY(r.has(QStringLiteral("b")));
    QCOMPARE(r.value(QStringLiteral("b")), QStringLiteral("2"));
    r.remove(QStringLiteral("b"));
    QVERIFY(!r.has(QStringLiteral("b")));
    QCOMPARE(r.toFormBody(QString()), QByteArray("func=f&a=3"));
    r.set(QStringLiteral("func"), QStringLiteral("g"));
    QCOMPARE(r.function(), QStringLiteral("g"));
}

void TestRequest::conventions()
{
    Request r(QStringLiteral("payment"));
    r.setPage(2, 500).setSort(QStringLiteral("id"), Qt::DescendingOrder).setSu(QStringLiteral("client1"));
    r.setLang(QStringLiteral("ru")).setPlid(QStringLiteral("334")).setProgressId(QStringLiteral("p1"));
    QCOMPARE(r.toFormBody(QString()),
        QByteArray("func=payment&p_num=2&p_cnt=500&p_sort=id&p_order=desc&su=client1&lang=ru&plid=334"
                   "&progressid=p1"));
    Request form(QStringLiteral("user.edit"));
    form.setElid(QString())
        .setSvField(QStringLiteral("country"))
        .setClickedButton(QStringLiteral("ok"))
        .setSok();
    QCOMPARE(form.toFormBody(QString()),
        QByteArray("func=user.edit&elid=&sv_field=country&clicked_button=ok&sok=ok"));
    form.setSok(false).setSvField(QString()).setSu(QString());
    QCOMPARE(form.toFormBody(QString()), QByteArray("func=user.edit&elid=&clicked_button=ok"));
    r.setSort(QStringLiteral("name"), Qt::AscendingOrder);
    QCOMPARE(r.value(QStringLiteral("p_order")), QStringLiteral("asc"));
}

void TestRequest::elidListsJoinedWithCommaSpace()
{
    Request r(QStringLiteral("payment.delete"));
    r.setElids({ QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3") });
    QCOMPARE(r.value(QStringLiteral("elid")), QStringLiteral("1, 2, 3"));
    QCOMPARE(r.toFormBody(QString()), QByteArray("func=payment.delete&elid=1%2C%202%2C%203"));
    QCOMPARE(r.toDisplayString(), QStringLiteral("func=payment.delete&elid=1,%202,%203"));
}

void TestRequest::outNotDuplicated()
{
    Request r(QStringLiteral("x"));
    r.set(QStringLiteral("out"), QStringLiteral("devel"));
    QCOMPARE(r.toFormBody(QStringLiteral("xml")), QByteArray("func=x&out=devel"));
}

void TestRequest::secretsMaskedInDisplayOnly_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : { "password", "passwd", "auth", "key", "billmgrses5", "confirm", "old_password",
             "PASSWORD", "smtp_passwd", "api_secret" })
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestRequest::secretsMaskedInDisplayOnly()
{
    QFETCH(QString, name);
    const QString secret = QStringLiteral("s3cr3t-Value");
    Request r(QStringLiteral("f"));
    r.set(QStringLiteral("username"), QStringLiteral("bob"));
    r.set(name, secret);
    QVERIFY(Request::isAlwaysSecret(name));
    QVERIFY(r.isSecret(name));
    QVERIFY(r.toFormBody().contains(secret.toUtf8())); // what is sent is never altered
    const QString display = r.toDisplayString();
    QVERIFY2(!display.contains(secret), qPrintable(display));
    QVERIFY(display.contains(name + QStringLiteral("=*****")));
    QVERIFY(display.contains(QStringLiteral("username=bob")));
    const QString url = r.toDisplayUrl(QUrl(QStringLiteral("https://h:1500/billmgr"))).toString();
    QVERIFY2(!url.contains(secret), qPrintable(url));
    QVERIFY(!Request::isAlwaysSecret(QStringLiteral("username")));
    QVERIFY(!Request::isAlwaysSecret(QStringLiteral("keyname")));
}

void TestRequest::privateFieldsMasked()
{
    Request r(QStringLiteral("paymethod.edit"));
    r.set(QStringLiteral("merchant_token"), QStringLiteral("tok-123"));
    QVERIFY(r.toDisplayString().contains(QStringLiteral("tok-123")));
    r.markPrivate(QStringLiteral("merchant_token"));
    QVERIFY(!r.toDisplayString().contains(QStringLiteral("tok-123")));
    QVERIFY(r.toFormBody().contains("tok-123"));
}

void TestRequest::authinfoKeepsLogin()
{
    Request r(QStringLiteral("whoami"));
    r.set(QStringLiteral("authinfo"), QStringLiteral("admin:p@ss:word"));
    QCOMPARE(r.toDisplayString(), QStringLiteral("func=whoami&authinfo=admin:*****"));
    QVERIFY(r.toFormBody().contains("authinfo=admin%3Ap%40ss%3Aword"));
}

void TestRequest::displayUrl()
{
    Request r(QStringLiteral("payment.edit"));
    r.setElid(QStringLiteral("1256")).set(QStringLiteral("elname"), QStringLiteral("pfx/1256 №"));
    r.set(QStringLiteral("auth"), QStringLiteral("a4b9816e498e"));
    const QUrl url = r.toDisplayUrl(QUrl(QStringLiteral("https://my.example.com:1500/billmgr?old=1#frag")));
    QCOMPARE(url.host(), QStringLiteral("my.example.com"));
    QCOMPARE(url.port(), 1500);
    QCOMPARE(url.path(), QStringLiteral("/billmgr"));
    QVERIFY(url.fragment().isEmpty());
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("func")), QStringLiteral("payment.edit"));
    QCOMPARE(
        query.queryItemValue(QStringLiteral("elname"), QUrl::FullyDecoded), QStringLiteral("pfx/1256 №"));
    QCOMPARE(query.queryItemValue(QStringLiteral("auth")), QStringLiteral("*****"));
    QVERIFY(!query.hasQueryItem(QStringLiteral("old")));
    QVERIFY(!url.toString().contains(QStringLiteral("a4b9816e498e")));
}

void TestRequest::fromServerLogLine()
{
    const QString line
        = QStringLiteral("Feb  6 08:08:07 [2346:23826] core_module INFO Request [188.120.252.33][root] "
                         "'clicked_button=ok&func=domain.edit&sfrom=ajax&operafake=1707&progressid=false&"
                         "zoom-note=1&elid=5%2C+6"
                         "&name=example.com&note=&passwd=*&out=xml&lang=ru'");
    const Request r = Request::fromQueryString(line);
    QCOMPARE(r.function(), QStringLiteral("domain.edit"));
    const QList<Request::Param> expected = {
        { QStringLiteral("clicked_button"), QStringLiteral("ok") },
        { QStringLiteral("elid"), QStringLiteral("5, 6") },
        { QStringLiteral("name"), QStringLiteral("example.com") },
        { QStringLiteral("passwd"), QStringLiteral("*") }, // hidden by the log: kept so the UI asks for it
        { QStringLiteral("lang"), QStringLiteral("ru") },
    };
    QCOMPARE(r.params(), expected);
}

void TestRequest::fromWebUrl()
{
    const Request r = Request::fromQueryString(
        QStringLiteral("https://host:1500/billmgr?func=payment.edit&elid=1256&elname=pfx%2F1256&plid=334#x"));
    QCOMPARE(r.function(), QStringLiteral("payment.edit"));
    QCOMPARE(r.value(QStringLiteral("elid")), QStringLiteral("1256"));
    QCOMPARE(r.value(QStringLiteral("elname")), QStringLiteral("pfx/1256"));
    QCOMPARE(r.value(QStringLiteral("plid")), QStringLiteral("334"));
    QCOMPARE(r.params().size(), 3);
    const Request bare = Request::fromQueryString(QStringLiteral("?func=user&p_num=2"));
    QCOMPARE(bare.function(), QStringLiteral("user"));
    QCOMPARE(bare.value(QStringLiteral("p_num")), QStringLiteral("2"));
    QVERIFY(Request::fromQueryString(QString()).params().isEmpty());
}

void TestRequest::fromQueryStringRoundTrip()
{
    Request r(QStringLiteral("user.edit"));
    r.set(QStringLiteral("realname"), QStringLiteral("Иван & Co = 100%"));
    r.setElids({ QStringLiteral("a"), QStringLiteral("b") });
    const Request back = Request::fromQueryString(QString::fromUtf8(r.toFormBody(QString())));
    QCOMPARE(back.function(), r.function());
    QCOMPARE(back.params(), r.params());
    const Request display = Request::fromQueryString(r.toDisplayString());
    QCOMPARE(display.params(), r.params());
}

QTEST_GUILESS_MAIN(TestRequest)
#include "tst_request.moc"
