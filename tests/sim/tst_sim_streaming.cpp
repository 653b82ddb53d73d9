// The demo server streams big list replies (src/sim/replystream.*, httpserver.cpp): a page of 2,000 rows or
// more goes out with chunked transfer encoding as its rows are produced, byte for byte what the whole
// document would be; smaller replies keep their Content-Length. Checked against pages fetched in smaller
// (unstreamed) parts, in XML, JSON, sjson and JSONP, and the server's memory while it sends 100,000 rows.
#include "simclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using mgrdesk::test::DemoServer;
using namespace simtest;

namespace {

// The <elem> elements of an XML list reply, as written.
QList<QByteArray> xmlRows(const QByteArray &body)
{
    QList<QByteArray> rows;
    static const QRegularExpression re(
        QStringLiteral("<elem>.*?</elem>"), QRegularExpression::DotMatchesEverythingOption);
    auto it = re.globalMatch(QString::fromUtf8(body));
    while (it.hasNext())
        rows.append(it.next().captured().toUtf8());
    return rows;
}

double statusKiB(qint64 pid, const QByteArray &key)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble();
    return -1;
}

} // namespace

class TestSimStreaming : public QObject
{
    Q_OBJECT
    DemoServer m_server { [] {
        DemoServer::Options o;
        o.scale = 3; // 3,000 payments
        return o;
    }() };

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }

    void bigXmlPageIsStreamedAndEqualsItsParts()
    {
        SimClient c(m_server);
        const Params base { P("func", "payment"), P("authinfo", "admin:demo"), P("out", "xml") };
        const HttpResult whole = c.post(base + Params { P("p_cnt", "3000"), P("p_num", "1") });
        QCOMPARE(whole.status, 200);
        QCOMPARE(whole.header("Transfer-Encoding").toLower(), QByteArray("chunked"));
        QVERIFY(whole.header("Content-Length").isEmpty());
        bool ok = false;
        const XNode doc = whole.xml(&ok);
        QVERIFY(ok);
        QCOMPARE(doc.value(QStringLiteral("p_elems")), QStringLiteral("3000"));
        QVERIFY(doc.has(QStringLiteral("tparams"))); // what follows the rows is there too
        const HttpResult one = c.post(base + Params { P("p_cnt", "1500"), P("p_num", "1") });
        const HttpResult two = c.post(base + Params { P("p_cnt", "1500"), P("p_num", "2") });
        QVERIFY(!one.header("Content-Length").isEmpty()); // below the threshold: sent whole
        QCOMPARE(xmlRows(whole.body), xmlRows(one.body) + xmlRows(two.body));
        QCOMPARE(xmlRows(whole.body).size(), 3000);
    }

    void bigJsonPagesAreStreamedAndValid_data()
    {
        QTest::addColumn<QString>("out");
        QTest::newRow("json") << QStringLiteral("json");
        QTest::newRow("sjson") << QStringLiteral("sjson");
    }
    void bigJsonPagesAreStreamedAndValid()
    {
        QFETCH(QString, out);
        SimClient c(m_server);
        const Params base { P("func", "payment"), P("authinfo", "admin:demo"), P("out", out) };
        const HttpResult whole = c.post(base + Params { P("p_cnt", "3000") });
        QCOMPARE(whole.header("Transfer-Encoding").toLower(), QByteArray("chunked"));
        QJsonParseError error {};
        const QJsonObject doc
            = QJsonDocument::fromJson(whole.body, &error).object().value(QLatin1String("doc")).toObject();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray rows = doc.value(QLatin1String("elem")).toArray();
        QCOMPARE(rows.size(), 3000);
        const HttpResult one = c.post(base + Params { P("p_cnt", "1500"), P("p_num", "1") });
        const HttpResult two = c.post(base + Params { P("p_cnt", "1500"), P("p_num", "2") });
        const QJsonArray a = QJsonDocument::fromJson(one.body)
                                 .object()[QLatin1String("doc")][QLatin1String("elem")]
                                 .toArray();
        const QJsonArray b = QJsonDocument::fromJson(two.body)
                                 .object()[QLatin1String("doc")][QLatin1String("elem")]
                                 .toArray();
        QCOMPARE(a.size() + b.size(), 3000);
        QCOMPARE(rows.first(), a.first());
        QCOMPARE(rows.at(1500), b.first());
        QCOMPARE(rows.last(), b.last());
        if (out == QLatin1String("sjson")) // keys in alphabetical order: the rows are not the last member
            QVERIFY(doc.contains(QLatin1String("tparams")));
    }

    void jsonpWrapsAStreamedDocument()
    {
        SimClient c(m_server);
        const HttpResult r = c.post({ P("func", "payment"), P("authinfo", "admin:demo"), P("out", "json"),
            P("p_cnt", "3000"), P("callback", "cb") });
        QVERIFY(r.header("Content-Type").startsWith("application/javascript"));
        QVERIFY(r.body.startsWith("cb({\"doc\":"));
        QVERIFY(r.body.endsWith("});\n"));
        const QByteArray inner = r.body.mid(3, r.body.size() - 6);
        QJsonParseError error {};
        QJsonDocument::fromJson(inner, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }

    void truncateFaultStillAnnouncesTheWholeLength()
    {
        QVERIFY(m_server.addFault(QStringLiteral("payment=truncate@1")));
        SimClient c(m_server);
        const HttpResult r = c.post(
            { P("func", "payment"), P("authinfo", "admin:demo"), P("out", "xml"), P("p_cnt", "3000") });
        QVERIFY(r.error != QNetworkReply::NoError || r.body.size() < r.header("Content-Length").toInt());
    }

    void clientLeavingMidStreamDoesNotHurtTheServer()
    {
        SimClient c(m_server);
        QNetworkRequest req = c.request(c.base());
        req.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = c.nam()->post(req,
            SimClient::encode(
                { P("func", "payment"), P("authinfo", "admin:demo"), P("out", "xml"), P("p_cnt", "3000") }));
        QSignalSpy ready(reply, &QNetworkReply::readyRead);
        QVERIFY(ready.wait(30000));
        reply->abort();
        reply->deleteLater();
        const XNode doc = c.xml({ P("func", "whoami"), P("authinfo", "admin:demo") });
        QCOMPARE(doc.name, QStringLiteral("doc"));
        QVERIFY(doc.has(QStringLiteral("user")));
    }

    // 100,000 rows (~42 MB of XML) leave the server without the document ever being whole in its memory.
    void serverMemoryStaysBoundedWhileStreaming()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer keeps freed memory on purpose: RSS says nothing here");
#endif
        DemoServer::Options o;
        o.http = true;
        o.scale = 100;
        DemoServer big(o);
        QVERIFY2(big.start(120000), qPrintable(big.errorString()));
        const qint64 pid = big.process()->processId();
        SimClient c(big);
        const Params list { P("func", "payment"), P("authinfo", "admin:demo"), P("out", "xml") };
        c.post(list + Params { P("p_cnt", "10") }); // sort caches and the like
        QFile clear(QStringLiteral("/proc/%1/clear_refs").arg(pid));
        QVERIFY2(clear.open(QIODevice::WriteOnly) && clear.write("5") == 1, "cannot reset the peak RSS");
        clear.close();
        const double before = statusKiB(pid, "VmHWM:");
        const HttpResult r = c.post(list + Params { P("p_cnt", "100000") }, {}, 240000);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.size() > 40 * 1000 * 1000);
        const double growthMiB = (statusKiB(pid, "VmHWM:") - before) / 1024.0;
        qInfo("server peak RSS grew by %.1f MiB while sending %.1f MB", growthMiB, r.body.size() / 1e6);
        QVERIFY2(growthMiB < 24, qPrintable(QStringLiteral("grew by %1 MiB").arg(growthMiB)));
        QCOMPARE(big.stop(), 0);
    }
};

QTEST_MAIN(TestSimStreaming)
#include "tst_sim_streaming.moc"
