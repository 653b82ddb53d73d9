// The report and dashboard reply kinds (docs/protocol.md §13): metadata bands, columns, diagrams and nested
// bands; reportdata rows with nested bands per row; totals; the parameter form (a period select, or a bare
// <period/>); XML and JSON giving the same report; dashboards as blocks; and the demo server's real replies
// compared with an independent reading of the same bytes (QXmlStreamReader).
#include "simclient.h"

#include "core/protocol/replyparser.h"
#include "core/protocol/reportreply.h"

#include <QtTest>

using namespace mgrdesk::protocol;
using namespace simtest;
using mgrdesk::test::DemoServer;

namespace {

// The documented journal.stat shape, with data for two functions; attributes on a cell; one row whose nested
// band is empty.
const char kJournalXml[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<doc lang="en" func="journal.stat">
  <reportdata>
    <function>
      <elem><funcname>user.edit</funcname><percentage>75.50</percentage>
        <user><elem><username>admin</username><percentage>60</percentage></elem>
              <elem><username>ben</username><percentage>40</percentage></elem></user></elem>
      <elem><funcname orig="x">auth</funcname><percentage>24.5</percentage><user/></elem>
    </function>
  </reportdata>
  <period>year</period>
  <metadata name="journal.stat" type="report" level="30" firstrun="no">
    <toolbar><toolbtn func="journal" type="back" img="t-back" name="back"/></toolbar>
    <form><period/></form>
    <band name="function">
      <diagram name="func" label="funcname" data="percentage" type="pie"/>
      <col name="funcname" type="data" total="count" link="yes"/>
      <col name="percentage" type="data" sort="digit" sorted="desc" total="sum"/>
      <band name="user">
        <diagram name="user" label="username" type="histogram"><line data="percentage"/></diagram>
        <col name="username" type="data" total="count"/>
        <col name="percentage" type="data" sort="digit" sorted="desc" total="sum"/>
      </band>
    </band>
  </metadata>
  <messages name="journal.stat">
    <msg name="title">Action log statistics</msg>
    <msg name="report_info">Who called what</msg>
    <msg name="funcname">Function</msg>
    <msg name="short_back">Back</msg>
  </messages>
</doc>)";

// The same in the sjson mapping, attributes after children, a single elem as an object.
const char kJournalJson[] = R"({"doc":{"reportdata":{"function":{"elem":[
  {"funcname":{"$":"user.edit"},"percentage":{"$":"75.50"},"user":{"elem":[
     {"username":{"$":"admin"},"percentage":{"$":"60"}},{"username":{"$":"ben"},"percentage":{"$":"40"}}]}},
  {"funcname":{"$":"auth","$orig":"x"},"percentage":{"$":"24.5"},"user":{}}]}},
 "period":{"$":"year"},
 "metadata":{"toolbar":{"toolbtn":{"$func":"journal","$type":"back","$img":"t-back","$name":"back"}},
   "form":{"period":{}},
   "band":{"diagram":{"$name":"func","$label":"funcname","$data":"percentage","$type":"pie"},
     "col":[{"$name":"funcname","$type":"data","$total":"count","$link":"yes"},
            {"$name":"percentage","$type":"data","$sort":"digit","$sorted":"desc","$total":"sum"}],
     "band":{"diagram":{"line":{"$data":"percentage"},"$name":"user","$label":"username","$type":"histogram"},
       "col":[{"$name":"username","$type":"data","$total":"count"},
              {"$name":"percentage","$type":"data","$sort":"digit","$sorted":"desc","$total":"sum"}],
       "$name":"user"},
     "$name":"function"},
   "$name":"journal.stat","$type":"report","$level":"30","$firstrun":"no"},
 "messages":{"$name":"journal.stat","msg":{"title":"Action log statistics","report_info":"Who called what",
   "funcname":"Function","short_back":"Back"}},
 "$lang":"en","$func":"journal.stat"}})";

// ISPsystem's COREmanager home page example, shortened.
const char kDashboardXml[] = R"(<doc lang="en" func="dashboard" binary="/core" stylesheet="dashboard">
  <block name="taskbar" position="top" type="toolbar" display="">
    <toolbtn form="product.install" list="product" img="mb-install" name="product.install" sprite="yes"/>
    <toolbtn window="help" img="mb-mgrhelp" name="help" sprite="yes"/>
  </block>
  <block name="longtask" position="left" type="list" func="longtask" rows="5" display="max">
    <toolbtn name="view" default="yes"/>
    <col name="name" type="data" sort="alpha"/>
    <col name="enddate" type="data" sort="alpha" sorted="desc"/>
  </block>
  <block name="stat" position="right" type="report" func="sysstat"/>
  <messages name="dashboard"><msg name="longtask">Background tasks</msg><msg name="short_help">Help</msg></messages>
</doc>)";

QString cell(const ReportBandData &band, int row, const QString &column)
{
    return band.table->cell(row, band.table->columnIndex(column));
}

void checkJournal(const Reply &reply)
{
    QCOMPARE(reply.kind, ReplyKind::Report);
    QVERIFY(reply.report);
    const ReportData &r = *reply.report;
    QCOMPARE(r.name, QStringLiteral("journal.stat"));
    QCOMPARE(r.title, QStringLiteral("Action log statistics"));
    QCOMPARE(r.info, QStringLiteral("Who called what"));
    QVERIFY(!r.firstrun);
    QVERIFY(r.hasData);
    QCOMPARE(r.toolbar.size(), 1);
    QCOMPARE(r.toolbar.first().type, QStringLiteral("back"));
    QCOMPARE(r.toolbar.first().title, QStringLiteral("Back"));
    // a bare <period/>: a period select and its range
    QVERIFY(r.hasPeriod());
    QCOMPARE(r.params,
        QStringList(
            { QStringLiteral("period"), QStringLiteral("periodstart"), QStringLiteral("periodend") }));
    QCOMPARE(r.form->value(QStringLiteral("period")), QStringLiteral("year"));
    // metadata
    QCOMPARE(r.bands.size(), 1);
    const ReportBand &f = r.bands.first();
    QCOMPARE(f.name, QStringLiteral("function"));
    QCOMPARE(f.columns.size(), 2);
    QCOMPARE(f.columns[0].total, QStringLiteral("count"));
    QVERIFY(f.columns[0].link);
    QCOMPARE(f.columns[0].title, QStringLiteral("Function"));
    QCOMPARE(f.columns[1].sorted, QStringLiteral("desc"));
    QCOMPARE(f.diagrams.size(), 1);
    QCOMPARE(f.diagrams[0].type, QStringLiteral("pie"));
    QCOMPARE(f.diagrams[0].label, QStringLiteral("funcname"));
    QCOMPARE(f.diagrams[0].data, QStringList { QStringLiteral("percentage") });
    const ReportBand *u = f.band(QStringLiteral("user"));
    QVERIFY(u);
    QCOMPARE(u->diagrams[0].type, QStringLiteral("histogram"));
    QCOMPARE(u->diagrams[0].data, QStringList { QStringLiteral("percentage") });
    // data
    QCOMPARE(r.data.size(), 1);
    const ReportBandData &d = *r.dataOf(QStringLiteral("function"));
    QCOMPARE(d.table->rowCount(), 2);
    QCOMPARE(cell(d, 0, QStringLiteral("funcname")), QStringLiteral("user.edit"));
    QCOMPARE(cell(d, 1, QStringLiteral("percentage")), QStringLiteral("24.5"));
    QCOMPARE(d.table->cellAttributes(1, d.table->columnIndex(QStringLiteral("funcname"))),
        (Attributes { { QStringLiteral("orig"), QStringLiteral("x") } }));
    QVERIFY2(d.table->columnIndex(QStringLiteral("user")) < 0, "a nested band is not a column");
    const auto users = d.nestedBand(0, QStringLiteral("user"));
    QVERIFY(users);
    QCOMPARE(users->table->rowCount(), 2);
    QCOMPARE(cell(*users, 1, QStringLiteral("username")), QStringLiteral("ben"));
    QVERIFY(!d.nestedBand(1, QStringLiteral("user"))
        || d.nestedBand(1, QStringLiteral("user"))->table->rowCount() == 0);
    // totals
    const auto totals = reportTotals(f, *d.table);
    QCOMPARE(totals.size(), 2);
    QCOMPARE(totals[0].text(), QStringLiteral("2"));
    QCOMPARE(totals[1].text(), QStringLiteral("100.00"));
    QCOMPARE(reportTotals(*u, *users->table)[1].text(), QStringLiteral("100"));
}

// Independent reading of a demo server report: band name → rows (cell maps) for the top level, and for each
// top-level row the nested bands' rows.
struct RawBand
{
    QList<QHash<QString, QString>> rows;
    QList<QHash<QString, QList<QHash<QString, QString>>>> nested; // per row: band → rows
};

QHash<QString, RawBand> rawBands(const XNode &doc)
{
    QHash<QString, RawBand> out;
    const XNode *data = doc.child(QStringLiteral("reportdata"));
    if (!data)
        return out;
    for (const auto &band : data->children) {
        RawBand &b = out[band.name];
        for (const XNode *e : band.all(QStringLiteral("elem"))) {
            QHash<QString, QString> row;
            QHash<QString, QList<QHash<QString, QString>>> nested;
            for (const auto &c : e->children) {
                if (c.has(QStringLiteral("elem"))) {
                    for (const XNode *ne : c.all(QStringLiteral("elem"))) {
                        QHash<QString, QString> nrow;
                        for (const auto &nc : ne->children)
                            nrow.insert(nc.name, nc.text);
                        nested[c.name].append(nrow);
                    }
                } else {
                    row.insert(c.name, c.text);
                }
            }
            b.rows.append(row);
            b.nested.append(nested);
        }
    }
    return out;
}

double rawSum(const QList<QHash<QString, QString>> &rows, const QString &column)
{
    double s = 0;
    for (const auto &r : rows)
        s += r.value(column).section(QLatin1Char(' '), 0, 0).toDouble();
    return s;
}

void compareBand(
    const ReportBand &meta, const ReportBandData &data, const QList<QHash<QString, QString>> &raw)
{
    QCOMPARE(data.table->rowCount(), raw.size());
    for (int r = 0; r < raw.size(); ++r)
        for (const ReportColumn &c : meta.columns)
            QCOMPARE(cell(data, r, c.name), raw[r].value(c.name));
    for (const ReportTotal &t : reportTotals(meta, *data.table)) {
        if (t.kind == QLatin1String("count"))
            QCOMPARE(qint64(t.value), qint64(raw.size()));
        else
            QVERIFY2(qAbs(t.value - rawSum(raw, t.column)) < 0.005, qPrintable(t.column));
    }
}

} // namespace

class TestReportProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_client = std::make_unique<SimClient>(m_server);
    }

    void documentedReportXml() { checkJournal(ReplyParser::parse(QByteArray(kJournalXml))); }
    void documentedReportJson() { checkJournal(ReplyParser::parse(QByteArray(kJournalJson))); }

    void documentedReportInChunks()
    {
        const QByteArray body(kJournalXml);
        for (qsizetype chunk : { 1, 7, 64 }) {
            ReplyParser p;
            for (qsizetype i = 0; i < body.size(); i += chunk)
                p.feed(body.constData() + i, qMin(chunk, body.size() - i));
            checkJournal(p.finish());
        }
    }

    void dashboardBlocks()
    {
        const Reply reply = ReplyParser::parse(QByteArray(kDashboardXml));
        QCOMPARE(reply.kind, ReplyKind::Dashboard);
        const DashboardData &d = *reply.dashboard;
        QCOMPARE(d.blocks.size(), 3);
        QCOMPARE(d.blocks[0].type, QStringLiteral("toolbar"));
        QCOMPARE(d.blocks[0].buttons.size(), 2);
        QCOMPARE(d.blocks[0].buttons[0].target(), QStringLiteral("product.install"));
        QCOMPARE(d.blocks[0].buttons[1].window, QStringLiteral("help"));
        QCOMPARE(d.blocks[0].buttons[1].title, QStringLiteral("Help"));
        QCOMPARE(d.blocks[1].rows, 5);
        QCOMPARE(d.blocks[1].func, QStringLiteral("longtask"));
        QCOMPARE(d.blocks[1].title, QStringLiteral("Background tasks"));
        QCOMPARE(d.blocks[1].columns.size(), 2);
        QCOMPARE(d.blocks[1].columns[1].sorted, QStringLiteral("desc"));
        QVERIFY(d.blocks[1].buttons[0].isDefault);
        QCOMPARE(d.blocksAt(QStringLiteral("right")).size(), 1);
        QCOMPARE(d.blocksAt(QStringLiteral("right")).first().type, QStringLiteral("report"));
        // an empty dashboard is still a dashboard
        const Reply empty
            = ReplyParser::parse(QByteArrayLiteral(R"(<doc func="dashboard" stylesheet="dashboard"/>)"));
        QCOMPARE(empty.kind, ReplyKind::Dashboard);
        QVERIFY(empty.dashboard->blocks.isEmpty());
    }

    void otherKindsAreUnchanged()
    {
        // a list, a form with a value named like a report part, an error inside a report page
        QCOMPARE(ReplyParser::parse(QByteArrayLiteral("<doc><elem><id>1</id></elem></doc>")).kind,
            ReplyKind::Table);
        QCOMPARE(ReplyParser::parse(QByteArrayLiteral("<doc><elid>1</elid><block>no</block></doc>")).kind,
            ReplyKind::Form);
        QCOMPARE(ReplyParser::parse(
                     QByteArrayLiteral(
                         R"(<doc><metadata type="report"/><error type="access"><msg>no</msg></error></doc>)"))
                     .kind,
            ReplyKind::Error);
        // a report that has not run: metadata only
        const Reply notRun = ReplyParser::parse(QByteArrayLiteral(
            R"(<doc><metadata name="r" type="report"><band name="b"><col name="x"/></band></metadata></doc>)"));
        QCOMPARE(notRun.kind, ReplyKind::Report);
        QVERIFY(!notRun.report->hasData);
        QVERIFY(notRun.report->firstrun);
        QCOMPARE(notRun.report->bands.first().columns.first().name, QStringLiteral("x"));
    }

    void hostileReports()
    {
        // truncated and malformed report bodies fail cleanly; a nested band deeper than the limit too
        const QByteArray body(kJournalXml);
        for (qsizetype n : { qsizetype(40), body.size() / 2, body.size() - 8 }) {
            const Reply r = ReplyParser::parse(body.left(n));
            QCOMPARE(r.kind, ReplyKind::Invalid);
        }
        QByteArray deep = "<doc><reportdata><b>";
        for (int i = 0; i < 300; ++i)
            deep += "<elem><b>";
        const Reply r = ReplyParser::parse(deep);
        QCOMPARE(r.kind, ReplyKind::Invalid);
        // cells with element children, text with entities, rows of mixed shapes
        const Reply odd = ReplyParser::parse(
            QByteArrayLiteral("<doc><reportdata><b><elem><x><i>deep</i></x><y>a &amp; "
                              "b</y></elem><elem><z>1</z></elem></b></reportdata></doc>"));
        QCOMPARE(odd.kind, ReplyKind::Report);
        const auto &b = *odd.report->data.first();
        QCOMPARE(cell(b, 0, QStringLiteral("x")), QStringLiteral("deep"));
        QCOMPARE(cell(b, 0, QStringLiteral("y")), QStringLiteral("a & b"));
        QCOMPARE(cell(b, 1, QStringLiteral("z")), QStringLiteral("1"));
        QVERIFY(!b.table->hasCell(1, b.table->columnIndex(QStringLiteral("x"))));
    }

    void numbers()
    {
        int dec = -1;
        QCOMPARE(reportNumber(QStringLiteral("12.50 USD"), &dec).value_or(-1), 12.5);
        QCOMPARE(dec, 2);
        QCOMPARE(reportNumber(QStringLiteral("1 234,5")).value_or(-1), 1234.5);
        QCOMPARE(reportNumber(QStringLiteral("-3")).value_or(0), -3.0);
        QCOMPARE(reportNumber(QStringLiteral("1\u00a0000\u00a0000.00 RUB")).value_or(0), 1000000.0);
        QVERIFY(!reportNumber(QStringLiteral("n/a")));
        QVERIFY(!reportNumber(QString()));
    }

    void demoServerReportsMatchTheRawReply_data()
    {
        QTest::addColumn<QString>("func");
        QTest::addColumn<QString>("period");
        QTest::newRow("income") << "report.income"
                                << "year";
        QTest::newRow("services") << "report.services"
                                  << "nodate";
        QTest::newRow("journal") << "journal.stat"
                                 << "nodate";
    }
    void demoServerReportsMatchTheRawReply()
    {
        QFETCH(QString, func);
        QFETCH(QString, period);
        const HttpResult http = m_client->post({ P("func", func), P("authinfo", "admin:demo"),
            P("out", "devel"), P("sok", "ok"), P("period", period) });
        const Reply reply = ReplyParser::parse(http.body);
        QCOMPARE(reply.kind, ReplyKind::Report);
        const ReportData &r = *reply.report;
        QCOMPARE(r.name, func);
        QVERIFY(!r.firstrun);
        QVERIFY(r.hasPeriod());
        QCOMPARE(r.form->value(QStringLiteral("period")), period);
        QVERIFY(!r.form->options.value(QStringLiteral("period")).isEmpty());
        const QHash<QString, RawBand> raw = rawBands(http.xml());
        QCOMPARE(r.data.size(), raw.size());
        for (const ReportBand &meta : r.bands) {
            const auto data = r.dataOf(meta.name);
            QVERIFY2(data, qPrintable(meta.name));
            const RawBand &rb = raw.value(meta.name);
            compareBand(meta, *data, rb.rows);
            for (const ReportBand &nestedMeta : meta.bands)
                for (int row = 0; row < rb.rows.size(); ++row) {
                    const auto nested = data->nestedBand(row, nestedMeta.name);
                    const auto rawNested = rb.nested[row].value(nestedMeta.name);
                    if (rawNested.isEmpty())
                        QVERIFY(!nested || nested->table->rowCount() == 0);
                    else
                        compareBand(nestedMeta, *nested, rawNested);
                }
        }
        // the same report in sjson: the same bands and rows
        const Reply json
            = ReplyParser::parse(m_client
                                     ->post({ P("func", func), P("authinfo", "admin:demo"), P("out", "sjson"),
                                         P("sok", "ok"), P("period", period) })
                                     .body);
        QCOMPARE(json.kind, ReplyKind::Report);
        QCOMPARE(json.report->bands.size(), r.bands.size());
        for (const auto &d : r.data) {
            const auto j = json.report->dataOf(d->name);
            QVERIFY(j);
            QCOMPARE(j->table->rowCount(), d->table->rowCount());
            QCOMPARE(j->nested.size(), d->nested.size());
            for (int row = 0; row < d->table->rowCount(); ++row)
                for (const QString &c : d->table->columns())
                    QCOMPARE(cell(*j, row, c), cell(*d, row, c));
        }
    }

    void demoServerDashboard()
    {
        const Reply reply = ReplyParser::parse(
            m_client->post({ P("func", "dashboard"), P("authinfo", "admin:demo"), P("out", "devel") }).body);
        QCOMPARE(reply.kind, ReplyKind::Dashboard);
        QStringList names;
        for (const DashboardBlock &b : reply.dashboard->blocks) {
            names << b.name;
            QVERIFY(!b.title.isEmpty());
        }
        QCOMPARE(
            names, QStringLiteral("taskbar figures ticket payment revenue longtask").split(QLatin1Char(' ')));
        // data-only output: the same blocks, no titles
        const Reply xml = ReplyParser::parse(
            m_client->post({ P("func", "dashboard"), P("authinfo", "admin:demo"), P("out", "xml") }).body);
        QCOMPARE(xml.kind, ReplyKind::Dashboard);
        QCOMPARE(xml.dashboard->blocks.size(), names.size());
    }

private:
    DemoServer m_server;
    std::unique_ptr<SimClient> m_client;
};

QTEST_GUILESS_MAIN(TestReportProtocol)
#include "tst_report_protocol.moc"
