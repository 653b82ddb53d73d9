// `mgrdesk-cli decode` as a process: the documented JSON contract (docs/cli.md) on every fixture, exit
// statuses and one-line errors on bad input.
#include "generatedlists.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

Run runCli(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    p.start(QStringLiteral(MGRDESK_CLI), args);
    if (!p.waitForStarted(10000))
        return {};
    if (!stdinData.isNull())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError() };
}

QString fixturePath(const char *name)
{
    return QStringLiteral(MGRDESK_FIXTURES_DIR "/") + QLatin1String(name);
}

// Decodes with exit status 0, nothing on stderr and exactly one line holding one JSON object on stdout.
// Any breach of that contract returns {"contractViolation": "..."} instead, so every comparison fails.
QJsonObject decodeOk(const QString &path, const QStringList &extra = {})
{
    const Run r = runCli(QStringList { QStringLiteral("decode") } + extra + QStringList { path });
    QString violation;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (r.exitCode != 0 || !r.err.isEmpty())
        violation = QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromLocal8Bit(r.err));
    else if (error.error != QJsonParseError::NoError || !doc.isObject())
        violation = QStringLiteral("not one JSON object: ") + QString::fromUtf8(r.out.left(200));
    else if (r.out.count('\n') != 1 || !r.out.endsWith('\n'))
        violation = QStringLiteral("stdout is not exactly one line");
    if (!violation.isEmpty()) {
        qWarning("%s", qPrintable(violation));
        return QJsonObject { { QStringLiteral("contractViolation"), violation } };
    }
    return doc.object();
}

// The exact stdout of a successful decode (one line), or a marker that fails every comparison.
QByteArray decodeRaw(const QString &path)
{
    const Run r = runCli({ QStringLiteral("decode"), path });
    if (r.exitCode != 0 || !r.err.isEmpty() || !r.out.endsWith('\n'))
        return QByteArrayLiteral("decode failed: ") + r.err;
    return r.out.chopped(1);
}

QByteArray fixtureBytes(const char *name)
{
    QFile f(fixturePath(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestCliDecode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void contractOnFixtures_data();
    void contractOnFixtures();
    void listPayments();
    void formUser();
    void tableWithMetadataHasToolbar();
    void formWithMetadataHasFields();
    void formMetadataSample();
    void pageSkeletonSampleIsUnknownShape();
    void sjsonSamplesDecodeAsTheyAre();
    void menuAndProgress();
    void sparseRowsHoldExactlyTheirCells();
    void stdinAndForcedFormat();
    void badInputExits2WithOneLine_data();
    void badInputExits2WithOneLine();
    void usageErrors_data();
    void usageErrors();

    // Issue 11 additions (docs/cli.md): exact output, key order included.
    void notifyKind();
    void tableTotals();
    void formSteps();
    void decorationNeverInValues();
    void secretsMasked_data();
    void secretsMasked();
    void secretColumnsAndErrorValuesMasked();

private:
    QTemporaryDir m_dir;
    QString write(const char *name, const QByteArray &data);
};

QString TestCliDecode::write(const char *name, const QByteArray &data)
{
    const QString path = m_dir.filePath(QLatin1String(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCliDecode::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(MGRDESK_CLI)));
}

void TestCliDecode::contractOnFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QJsonObject>("expected");
    QTest::newRow("ok") << fixturePath("seed-ok.xml") << json(R"({"kind":"ok","id":null,"redirect":null})");
    QTest::newRow("auth") << fixturePath("seed-auth.xml")
                          << json(R"({"kind":"auth","session":"a4b9816e498e","level":29})");
    QTest::newRow("auth6") << fixturePath("doc-auth-response-billmanager6.xml")
                           << json(R"({"kind":"auth","session":"session number","level":null})");
    QTest::newRow("auth5") << fixturePath("doc-auth-response-legacy-billmanager5.xml")
                           << json(R"({"kind":"auth","session":"session id","level":null})");
    QTest::newRow("error") << fixturePath("seed-error-exists.xml")
                           << json(R"({"kind":"error","type":"exists","object":"user","value":"ben",
                                       "message":"User with value 'ben' already exists"})");
    QTest::newRow("error-core") << fixturePath("doc-error-coremanager.xml")
                                << json(R"({"kind":"error","type":"xml","object":"xpath","value":"bad XPath",
                                            "message":"Error in XPath 'bad XPath'"})");
    QTest::newRow("progress") << fixturePath("doc-progress-get-coremanager.xml")
                              << json(R"({"kind":"progress","action":"product.install","steps":6,"done":4,
                                          "comment":"Uploading package list"})");
    QTest::newRow("sjson-error") << fixturePath("sjson-error-auth-badpassword-ispmgr6.jsonc")
                                 << json(R"({"kind":"error","type":"auth","object":"badpassword",
                                             "value":"remote_addr: [85.140.114.49]",
                                             "message":"Invalid username or password"})");
    QTest::newRow("sjson-ok") << fixturePath("sjson-ok-user-suspend-ispmgr6.jsonc")
                              << json(R"({"kind":"ok","id":null,"redirect":null})");
    QTest::newRow("sjson-newkey") << fixturePath("sjson-ok-session-newkey-ispmgr6.jsonc")
                                  << json(R"({"kind":"ok","id":null,"redirect":null})");
}

void TestCliDecode::contractOnFixtures()
{
    QFETCH(QString, file);
    QFETCH(QJsonObject, expected);
    QCOMPARE(decodeOk(file), expected);
}

void TestCliDecode::listPayments()
{
    const QJsonObject o = decodeOk(fixturePath("seed-list-payments.xml"));
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("table"));
    QCOMPARE(o.value(QStringLiteral("key")).toString(), QStringLiteral("elid"));
    QCOMPARE(o.value(QStringLiteral("columns")).toArray(),
        QJsonArray({ QStringLiteral("elid"), QStringLiteral("date"), QStringLiteral("sum"),
            QStringLiteral("currency"), QStringLiteral("status"), QStringLiteral("account"),
            QStringLiteral("paymethod") }));
    const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("sum")).toString(), QStringLiteral("75.50"));
    QCOMPARE(rows.at(0).toObject().size(), 7);
    QVERIFY(o.value(QStringLiteral("total")).isNull());
    QVERIFY(o.value(QStringLiteral("page")).isNull());
    QVERIFY(o.value(QStringLiteral("pageSize")).isNull());
    QVERIFY(!o.contains(QStringLiteral("toolbar")));
    QCOMPARE(o.keys().size(), 7);
}

void TestCliDecode::formUser()
{
    const QJsonObject o = decodeOk(fixturePath("seed-form-user.xml"));
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("form"));
    const QJsonObject v = o.value(QStringLiteral("values")).toObject();
    QCOMPARE(v.size(), 14);
    QCOMPARE(v.value(QStringLiteral("username")).toString(), QStringLiteral("jackblack"));
    QCOMPARE(v.value(QStringLiteral("project")).toString(), QStringLiteral("2,3,1"));
    QCOMPARE(v.value(QStringLiteral("state")).toString(QStringLiteral("x")), QString());
    QCOMPARE(o.value(QStringLiteral("options")).toObject(), QJsonObject());
    QVERIFY(!o.contains(QStringLiteral("fields")));
}

void TestCliDecode::tableWithMetadataHasToolbar()
{
    const QJsonObject o = decodeOk(fixturePath("doc-list-metadata-coremanager.xml"));
    QCOMPARE(o.value(QStringLiteral("key")).toString(), QStringLiteral("mpname"));
    QCOMPARE(o.value(QStringLiteral("rows")).toArray().size(), 0);
    const QJsonArray toolbar = o.value(QStringLiteral("toolbar")).toArray();
    QCOMPARE(toolbar.size(), 5);
    QCOMPARE(toolbar.at(0).toObject(),
        json(R"({"name":"params","func":"product.params","type":"edit","default":true})"));
    QCOMPARE(toolbar.at(3).toObject(),
        json(R"({"name":"delete","func":"product.delete","type":"group","default":false})"));
}

void TestCliDecode::formWithMetadataHasFields()
{
    const QString path = write("form.xml", R"(<doc><metadata type="form"><form><page name="main">
        <field name="username"><input type="text" name="username" required="yes"/></field>
        <field name="country"><select name="country"/></field></page></form></metadata>
        <username>bob</username><country>null</country>
        <slist name="country"><val key="null">none</val><val key="182">Russia</val></slist></doc>)");
    const QJsonObject o = decodeOk(path);
    QCOMPARE(o.value(QStringLiteral("values")).toObject(), json(R"({"username":"bob","country":"null"})"));
    QCOMPARE(o.value(QStringLiteral("options")).toObject(),
        json(R"({"country":[{"key":null,"label":"none"},{"key":"182","label":"Russia"}]})"));
    const QJsonArray fields = o.value(QStringLiteral("fields")).toArray();
    QCOMPARE(fields.size(), 2);
    QCOMPARE(
        fields.at(0).toObject(), json(R"({"name":"username","control":"input","type":"text","required":true,
                                               "readonly":false,"page":"main"})"));
    QCOMPARE(
        fields.at(1).toObject(), json(R"({"name":"country","control":"select","type":null,"required":false,
                                               "readonly":false,"page":"main"})"));
}

void TestCliDecode::formMetadataSample()
{
    // A <metadata> root (the documentation's form description): a form with fields and no values.
    const QJsonObject o = decodeOk(fixturePath("doc-form-metadata-coremanager.xml"));
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("form"));
    QCOMPARE(o.value(QStringLiteral("values")).toObject(), QJsonObject());
    QCOMPARE(o.value(QStringLiteral("options")).toObject(), QJsonObject());
    const QJsonArray fields = o.value(QStringLiteral("fields")).toArray();
    QStringList names;
    for (const QJsonValue &f : fields)
        names << f.toObject().value(QStringLiteral("name")).toString();
    QCOMPARE(names,
        (QStringList { QStringLiteral("name"), QStringLiteral("theme"), QStringLiteral("lang"),
            QStringLiteral("atype"), QStringLiteral("addr"), QStringLiteral("startpage"),
            QStringLiteral("rows"), QStringLiteral("recordlimit") }));
    QCOMPARE(fields.at(0).toObject(), json(R"({"name":"name","control":"input","type":"text","required":false,
                                                "readonly":true,"page":null})"));
    QCOMPARE(fields.at(1).toObject(), json(R"({"name":"theme","control":"select","type":null,"required":false,
                                                "readonly":false,"page":null})"));
    QCOMPARE(o.keys(),
        (QStringList { QStringLiteral("fields"), QStringLiteral("kind"), QStringLiteral("options"),
            QStringLiteral("values") }));
}

void TestCliDecode::pageSkeletonSampleIsUnknownShape()
{
    // The dev guide's skeleton holds only metadata of a placeholder page type: not a usable reply
    // (docs/cli.md).
    const Run r
        = runCli({ QStringLiteral("decode"), fixturePath("doc-page-skeleton-ispmanager-devguide.xml") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.err.startsWith("mgrdesk-cli: "));
    QVERIFY(r.err.contains("doc-page-skeleton-ispmanager-devguide.xml"));
}

void TestCliDecode::sjsonSamplesDecodeAsTheyAre()
{
    // The .jsonc samples start with // comment lines; decode skips them, auto-detecting JSON from the body.
    for (const char *name : { "sjson-error-auth-badpassword-ispmgr6.jsonc",
             "sjson-ok-session-newkey-ispmgr6.jsonc", "sjson-ok-user-suspend-ispmgr6.jsonc" }) {
        QFile f(fixturePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(f.readAll().trimmed().startsWith("//"), name);
        const QJsonObject viaStdin = [&] {
            f.seek(0);
            const Run r = runCli({ QStringLiteral("decode"), QStringLiteral("-") }, f.readAll());
            return r.exitCode == 0 ? QJsonDocument::fromJson(r.out).object() : QJsonObject();
        }();
        QCOMPARE(viaStdin, decodeOk(fixturePath(name)));
        QVERIFY(!viaStdin.isEmpty());
    }
}

void TestCliDecode::menuAndProgress()
{
    const QString menu = write("menu.xml", R"(<doc><mainmenu level="29"><node name="srvset">
        <node name="product" action="product" type="list"/></node></mainmenu></doc>)");
    QCOMPARE(decodeOk(menu), json(R"({"kind":"menu","nodes":[{"name":"srvset","children":[
        {"name":"product","action":"product","type":"list"}]}]})"));
    const QString progress = write("progress.json", R"({"doc":{"action":{"$":"x.y"},"steps":{"$":"3"}}})");
    QCOMPARE(
        decodeOk(progress), json(R"({"kind":"progress","action":"x.y","steps":3,"done":null,"comment":""})"));
}

void TestCliDecode::sparseRowsHoldExactlyTheirCells()
{
    const QString path = write("sparse.xml", testhelpers::paymentListXml(10000, true));
    const QJsonObject o = decodeOk(path);
    QCOMPARE(o.value(QStringLiteral("total")).toInt(), 10000);
    QCOMPARE(o.value(QStringLiteral("page")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("pageSize")).toInt(), 10000);
    QCOMPARE(o.value(QStringLiteral("key")).toString(), QStringLiteral("id"));
    const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 10000);
    const QStringList columns = testhelpers::paymentRowColumns(true);
    for (const int row : { 0, 1, 2, 7, 5000, 5001, 9999 }) {
        const QJsonObject cells = rows.at(row).toObject();
        int present = 0;
        for (const QString &c : columns) {
            const QString expected = testhelpers::paymentCell(row, 10000, c, true);
            QCOMPARE(cells.contains(c), !expected.isNull());
            if (!expected.isNull()) {
                ++present;
                QCOMPARE(cells.value(c).toString(), expected);
            }
        }
        QCOMPARE(cells.size(), present);
    }
}

void TestCliDecode::stdinAndForcedFormat()
{
    QFile f(fixturePath("seed-auth.xml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Run r = runCli({ QStringLiteral("decode"), QStringLiteral("-") }, f.readAll());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object(),
        json(R"({"kind":"auth","session":"a4b9816e498e","level":29})"));
    QCOMPARE(decodeOk(fixturePath("seed-ok.xml"), { QStringLiteral("--format"), QStringLiteral("xml") }),
        json(R"({"kind":"ok","id":null,"redirect":null})"));
    QCOMPARE(
        decodeOk(fixturePath("sjson-ok-user-suspend-ispmgr6.jsonc"), { QStringLiteral("--format=json") }),
        json(R"({"kind":"ok","id":null,"redirect":null})"));
    const Run wrong = runCli({ QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("json"),
        fixturePath("seed-ok.xml") });
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY(wrong.out.isEmpty());
}

void TestCliDecode::badInputExits2WithOneLine_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body>Login</body></html>")
                          << QStringLiteral("web page");
    QTest::newRow("truncated") << QByteArray("<doc><elem><id>1</id>") << QStringLiteral("line 1");
    QTest::newRow("malformed") << QByteArray("<doc>\n<a></b></doc>") << QStringLiteral("line 2");
    QTest::newRow("json") << QByteArray("{\"doc\":{\"a\":}}") << QStringLiteral("column 13");
    QTest::newRow("cp1251") << QByteArray("<doc><a>\xC8\xE2\xE0\xED</a></doc>") << QStringLiteral("UTF-8");
    QTest::newRow("dtd") << QByteArray(
        "<!DOCTYPE doc [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><doc>&x;</doc>")
                         << QStringLiteral("DTD");
}

void TestCliDecode::badInputExits2WithOneLine()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    const QString path = write("bad.txt", body);
    const Run r = runCli({ QStringLiteral("decode"), path });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromLocal8Bit(r.err);
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QVERIFY2(err.startsWith(QStringLiteral("mgrdesk-cli: ")), qPrintable(err));
    QVERIFY2(err.contains(mentions), qPrintable(err));
    QVERIFY(!err.contains(QStringLiteral("root:")));
}

void TestCliDecode::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::newRow("nothing") << QStringList() << 64;
    QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") } << 64;
    QTest::newRow("no file") << QStringList { QStringLiteral("decode") } << 64;
    QTest::newRow("bad format") << QStringList { QStringLiteral("decode"), QStringLiteral("--format"),
        QStringLiteral("yaml"), QStringLiteral("x") }
                                << 64;
    QTest::newRow("unknown option") << QStringList { QStringLiteral("decode"), QStringLiteral("--frob"),
        QStringLiteral("x") } << 64;
    QTest::newRow("two files") << QStringList { QStringLiteral("decode"), QStringLiteral("a"),
        QStringLiteral("b") } << 64;
    QTest::newRow("missing file") << QStringList { QStringLiteral("decode"),
        QStringLiteral("/nonexistent/reply.xml") }
                                  << 2;
}

void TestCliDecode::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    const Run r = runCli(args);
    QCOMPARE(r.exitCode, status);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
}

void TestCliDecode::notifyKind()
{
    // The balance item is not in items; a count that is not a number is null; the older count attribute is
    // read; hint is the hint_NAME message (its first copy).
    QCOMPARE(decodeRaw(fixturePath("notify-bar-billmanager6.xml")),
        QByteArray(
            R"({"kind":"notify","items":[)"
            R"({"name":"clientticket","count":4,"type":"list","img":"m-support","action":"clientticket","hint":"Support tickets"},)"
            R"({"name":"cart","count":null,"type":"form","img":"m-cart","action":"cart","hint":null},)"
            R"({"name":"bannerlist","count":1,"type":null,"img":null,"action":null,"hint":null}],)"
            R"("balance":"1520.75 EUR","timeout":45})"));
    const QString bare = write("notify-bare.xml", R"(<doc func="notify"><notify/></doc>)");
    QCOMPARE(decodeRaw(bare), QByteArray(R"({"kind":"notify","items":[],"balance":null,"timeout":null})"));
}

void TestCliDecode::tableTotals()
{
    const QByteArray out = decodeRaw(fixturePath("list-totals-billmanager6.xml"));
    QVERIFY2(
        out.contains(
            R"(,"total":2,"page":1,"pageSize":100,"totals":{"amount_iso":"175.50 EUR","paid_iso":""},"toolbar":[)"),
        out.constData());
    QVERIFY(out.startsWith(
        R"({"kind":"table","key":"id","columns":["id","number","amount_iso","status","paid_iso","note","real_status"],"rows":[)"));
    // Without totals in coldata there is no "totals" key.
    const QByteArray plain = decodeRaw(fixturePath("seed-list-payments.xml"));
    QVERIFY(plain.startsWith(R"({"kind":"table")"));
    QVERIFY(!plain.contains(R"("totals")"));
}

void TestCliDecode::formSteps()
{
    const QByteArray out = decodeRaw(fixturePath("wizard-step-billmanager6.xml"));
    QVERIFY2(out.startsWith(R"({"kind":"form","values":{"amount":"","snext":"ok"},"options":{},"fields":[)"),
        out.constData());
    QVERIFY2(
        out.endsWith(R"(],"steps":[{"name":"order.add.method","title":"Payment method","unavailable":false},)"
                     R"({"name":"order.add.payer","title":"Payer","unavailable":true},)"
                     R"({"name":"order.add.confirm","title":"Confirmation","unavailable":true}]})"),
        out.constData());
    QVERIFY(!decodeRaw(fixturePath("seed-form-user.xml")).contains(R"("steps")"));
}

void TestCliDecode::decorationNeverInValues()
{
    for (const char *name :
        { "wizard-step-billmanager6.xml", "form-rules-duplicates.xml", "whoami-su-billmanager6.xml" }) {
        const QJsonObject values = decodeOk(fixturePath(name)).value(QStringLiteral("values")).toObject();
        QVERIFY2(!values.isEmpty(), name);
        for (const char *decoration :
            { "links", "branding", "addon", "tips", "saved_filters", "tparams", "steps", "doc" })
            QVERIFY2(!values.contains(QLatin1String(decoration)), decoration);
    }
}

void TestCliDecode::secretsMasked_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("secrets");
    QTest::newRow("whoami tparams auth") << QStringLiteral("whoami-su-billmanager6.xml")
                                         << QStringList { QStringLiteral("5ec12e75e55100a1d") };
    QTest::newRow("notify tparams auth")
        << QStringLiteral("notify-bar-billmanager6.xml") << QStringList { QStringLiteral("f00dfeed4242") };
    QTest::newRow("list tparams password")
        << QStringLiteral("list-totals-billmanager6.xml") << QStringList { QStringLiteral("hunter2") };
    QTest::newRow("form values") << QStringLiteral("form-rules-duplicates.xml")
                                 << QStringList { QStringLiteral("s3cr3t-pass"), QStringLiteral("tok-998877"),
                                        QStringLiteral("k-1234567890abcdef"), QStringLiteral("p4ss") };
    QTest::newRow("error tparams password")
        << QStringLiteral("error-auth-code.xml") << QStringList { QStringLiteral("wrong-one") };
}

void TestCliDecode::secretsMasked()
{
    QFETCH(QString, file);
    QFETCH(QStringList, secrets);
    const QByteArray input = fixtureBytes(qPrintable(file));
    const QByteArray out = decodeRaw(fixturePath(qPrintable(file)));
    QVERIFY2(out.startsWith(R"({"kind":)"), out.constData());
    for (const QString &secret : secrets) {
        QVERIFY2(input.contains(secret.toUtf8()), "the fixture must really hold the secret");
        QVERIFY2(!out.contains(secret.toUtf8()), qPrintable(secret));
    }
}

void TestCliDecode::secretColumnsAndErrorValuesMasked()
{
    const QJsonObject form = decodeOk(fixturePath("form-rules-duplicates.xml"));
    const QJsonObject values = form.value(QStringLiteral("values")).toObject();
    QCOMPARE(values.value(QStringLiteral("password")).toString(), QStringLiteral("*****"));
    QCOMPARE(values.value(QStringLiteral("apitoken")).toString(), QStringLiteral("*****")); // private="yes"
    QCOMPARE(values.value(QStringLiteral("key")).toString(), QStringLiteral("*****"));
    QCOMPARE(values.value(QStringLiteral("company")).toString(), QStringLiteral("Widgets"));
    const QString list = write("secret-columns.xml",
        R"(<doc><elem><id>1</id><name>a</name><password>pw-in-a-cell</password><authinfo>u:pw2</authinfo></elem>)"
        R"(<elem><id>2</id><password></password></elem></doc>)");
    const QByteArray out = decodeRaw(list);
    QVERIFY2(!out.contains("pw-in-a-cell") && !out.contains("pw2"), out.constData());
    QVERIFY2(out.contains(
                 R"({"id":"1","name":"a","password":"*****","authinfo":"*****"},{"id":"2","password":""})"),
        out.constData());
    const QString error = write("secret-error.xml",
        R"(<doc><error type="value" object="password"><param name="value">typed-pw</param><msg>Too short</msg></error></doc>)");
    const QByteArray errorOut = decodeRaw(error);
    QCOMPARE(errorOut,
        QByteArray(
            R"({"kind":"error","type":"value","object":"password","value":"*****","message":"Too short"})"));
}

QTEST_GUILESS_MAIN(TestCliDecode)
#include "tst_cli_decode.moc"
