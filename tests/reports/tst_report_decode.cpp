// `mgrdesk-cli decode` on reports and dashboards (docs/reports.md): the documented keys in order, bands with
// columns, diagrams, rows, totals and nested bands (rows with parent_row), totals equal to sums computed from
// the raw reply, and the dashboard's blocks with their columns and buttons; XML and sjson decode the same.
#include "simclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>
#include <QtTest>

using namespace simtest;
using mgrdesk::test::DemoServer;

namespace {

QByteArray decode(const QByteArray &body, int *exitCode = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(MGRDESK_CLI), { QStringLiteral("decode"), QStringLiteral("-") });
    if (!p.waitForStarted(10000))
        return {};
    p.write(body);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitCode();
    return p.readAllStandardOutput();
}

QStringList keys(const QByteArray &json, const QString &path = {})
{
    // the keys of the top-level object in document order (QJsonObject sorts them)
    Q_UNUSED(path);
    QStringList out;
    int depth = 0;
    bool inString = false;
    QByteArray current;
    for (int i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\') {
                current += c;
                current += json[++i];
            } else if (c == '"') {
                inString = false;
                if (depth == 1 && i + 1 < json.size() && json[i + 1] == ':')
                    out << QString::fromUtf8(current);
            } else {
                current += c;
            }
        } else if (c == '"') {
            inString = true;
            current.clear();
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return out;
}

double sumOf(const QJsonArray &rows, const QString &column)
{
    double s = 0;
    for (const auto &r : rows)
        s += r.toObject().value(column).toString().section(QLatin1Char(' '), 0, 0).toDouble();
    return s;
}

} // namespace

class TestReportDecode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_client = std::make_unique<SimClient>(m_server);
    }

    void incomeReport()
    {
        const HttpResult http = m_client->post({ P("func", "report.income"), P("authinfo", "admin:demo"),
            P("out", "devel"), P("sok", "ok"), P("period", "year") });
        int code = -1;
        const QByteArray out = decode(http.body, &code);
        QCOMPARE(code, 0);
        QVERIFY(out.endsWith("}\n") || out.endsWith("}"));
        QVERIFY(!out.trimmed().contains('\n'));
        QCOMPARE(keys(out), QStringLiteral("kind name title firstrun params bands").split(QLatin1Char(' ')));
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("report"));
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("report.income"));
        QCOMPARE(o.value(QStringLiteral("title")).toString(), QStringLiteral("Income by month"));
        QCOMPARE(o.value(QStringLiteral("firstrun")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("params")).toArray().toVariantList(),
            QVariantList(
                { QStringLiteral("period"), QStringLiteral("periodstart"), QStringLiteral("periodend") }));
        const QJsonArray bands = o.value(QStringLiteral("bands")).toArray();
        QCOMPARE(bands.size(), 2);
        const QJsonObject byMonth = bands[0].toObject();
        QCOMPARE(byMonth.keys().size(), 6); // name columns diagrams rows totals bands
        QCOMPARE(byMonth.value(QStringLiteral("name")).toString(), QStringLiteral("bymonth"));
        const QJsonArray cols = byMonth.value(QStringLiteral("columns")).toArray();
        QCOMPARE(cols[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("month"));
        QCOMPARE(cols[0].toObject().value(QStringLiteral("total")).toString(), QStringLiteral("count"));
        QCOMPARE(cols[0].toObject().value(QStringLiteral("link")).toBool(), true);
        QCOMPARE(cols[0].toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Month"));
        const QJsonObject hist = byMonth.value(QStringLiteral("diagrams")).toArray()[0].toObject();
        QCOMPARE(hist.value(QStringLiteral("type")).toString(), QStringLiteral("histogram"));
        QCOMPARE(hist.value(QStringLiteral("label")).toString(), QStringLiteral("month"));
        QCOMPARE(hist.value(QStringLiteral("data")).toArray().toVariantList(),
            QVariantList { QStringLiteral("amount") });
        // rows and totals against the raw reply
        const XNode doc = http.xml();
        const auto rawMonths = doc.child(QStringLiteral("reportdata"))
                                   ->child(QStringLiteral("bymonth"))
                                   ->all(QStringLiteral("elem"));
        const QJsonArray rows = byMonth.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), rawMonths.size());
        double rawTotal = 0;
        int rawPayments = 0;
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows[i].toObject().value(QStringLiteral("month")).toString(),
                rawMonths[i]->value(QStringLiteral("month")));
            rawTotal += rawMonths[i]->value(QStringLiteral("amount")).toDouble();
            rawPayments
                += int(rawMonths[i]->child(QStringLiteral("payments"))->all(QStringLiteral("elem")).size());
        }
        const QJsonObject totals = byMonth.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("month")).toInt(), int(rawMonths.size()));
        QVERIFY(qAbs(totals.value(QStringLiteral("amount")).toString().toDouble() - rawTotal) < 0.005);
        QCOMPARE(totals.value(QStringLiteral("count")).toString().toInt(), rawPayments);
        // the nested band: every month's payments, each naming its month's row
        const QJsonObject payments = byMonth.value(QStringLiteral("bands")).toArray()[0].toObject();
        QCOMPARE(payments.value(QStringLiteral("name")).toString(), QStringLiteral("payments"));
        const QJsonArray prow = payments.value(QStringLiteral("rows")).toArray();
        QCOMPARE(prow.size(), rawPayments);
        for (const auto &p : prow) {
            const int parent = p.toObject().value(QStringLiteral("parent_row")).toInt(-1);
            QVERIFY(parent >= 0 && parent < rows.size());
            QVERIFY(p.toObject()
                        .value(QStringLiteral("create_date"))
                        .toString()
                        .startsWith(rows[parent].toObject().value(QStringLiteral("month")).toString()));
        }
        QVERIFY(qAbs(payments.value(QStringLiteral("totals"))
                         .toObject()
                         .value(QStringLiteral("amount"))
                         .toString()
                         .toDouble()
                    - sumOf(prow, QStringLiteral("amount")))
            < 0.005);
        // the same report in sjson decodes to the same JSON
        const QByteArray json = decode(m_client
                                           ->post({ P("func", "report.income"), P("authinfo", "admin:demo"),
                                               P("out", "sjson"), P("sok", "ok"), P("period", "year") })
                                           .body);
        QCOMPARE(json, out);
    }

    void reportBeforeItsFirstRun()
    {
        const QByteArray out = decode(
            m_client->post({ P("func", "journal.stat"), P("authinfo", "admin:demo"), P("out", "devel") })
                .body);
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("report"));
        const QJsonObject function = o.value(QStringLiteral("bands")).toArray()[0].toObject();
        QCOMPARE(function.value(QStringLiteral("rows")).toArray().size(), 0);
        QCOMPARE(function.value(QStringLiteral("bands"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
            QStringLiteral("user"));
    }

    void dashboard()
    {
        const QByteArray out = decode(
            m_client->post({ P("func", "dashboard"), P("authinfo", "admin:demo"), P("out", "devel") }).body);
        QCOMPARE(keys(out), QStringLiteral("kind title blocks").split(QLatin1Char(' ')));
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("dashboard"));
        const QJsonArray blocks = o.value(QStringLiteral("blocks")).toArray();
        QCOMPARE(blocks.size(), 6);
        const QJsonObject bar = blocks[0].toObject();
        QCOMPARE(bar.value(QStringLiteral("type")).toString(), QStringLiteral("toolbar"));
        QCOMPARE(bar.value(QStringLiteral("rows")).type(), QJsonValue::Null);
        QVERIFY(bar.value(QStringLiteral("buttons")).toArray().size() >= 3);
        QCOMPARE(bar.value(QStringLiteral("buttons"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("func"))
                     .toString(),
            QStringLiteral("account.edit"));
        const QJsonObject payment = blocks[3].toObject();
        QCOMPARE(payment.value(QStringLiteral("name")).toString(), QStringLiteral("payment"));
        QCOMPARE(payment.value(QStringLiteral("position")).toString(), QStringLiteral("left"));
        QCOMPARE(payment.value(QStringLiteral("func")).toString(), QStringLiteral("payment"));
        QCOMPARE(payment.value(QStringLiteral("rows")).toInt(), 5);
        QCOMPARE(payment.value(QStringLiteral("columns"))
                     .toArray()[1]
                     .toObject()
                     .value(QStringLiteral("sorted"))
                     .toString(),
            QStringLiteral("desc"));
    }

private:
    DemoServer m_server;
    std::unique_ptr<SimClient> m_client;
};

QTEST_GUILESS_MAIN(TestReportDecode)
#include "tst_report_decode.moc"
