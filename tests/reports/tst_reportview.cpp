// The report page against the demo server (docs/reports.md): the parameter form first (a period picker), a
// run, band rows and footers equal to totals computed independently from the raw reply, charts whose series
// are the band's data (read from the Qt Charts objects), drill-down into a nested band and back, parameters
// remembered per report and account, CSV per band and the whole report as PDF (opened with Qt PDF: title and
// text).
#include "simclient.h"

#include "reports/periodpicker.h"
#include "reports/reportbandview.h"
#include "reports/reportchart.h"
#include "reports/reportview.h"

#include "core/models/tablemodel.h"
#include "core/net/connection.h"

#include <QBarSeries>
#include <QBarSet>
#include <QFile>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#ifdef MGRDESK_HAVE_QTPDF
#include <QPdfDocument>
#include <QPdfSelection>
#endif

using namespace mgrdesk;
using namespace simtest;
using gui::ReportBandView;
using gui::ReportChart;
using gui::ReportView;

namespace {

double num(const QString &s)
{
    return s.section(QLatin1Char(' '), 0, 0).toDouble();
}

} // namespace

class TestReportView : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<net::Connection> connection(const QString &id)
    {
        net::ConnectionSettings s;
        s.accountId = id;
        s.baseUrl = m_server.baseUrl();
        s.username = QStringLiteral("admin");
        s.lang = QStringLiteral("en");
        s.pinnedCertificatePem = m_server.certificatePem();
        auto c = std::make_unique<net::Connection>(s);
        c->setPassword(QStringLiteral("demo"));
        return c;
    }
    // The raw reply of the same run, read with the test's own HTTP client and XML reader.
    XNode raw(const QString &func, const QList<QPair<QString, QString>> &params)
    {
        Params p { P("func", func), P("authinfo", "admin:demo"), P("out", "xml"), P("sok", "ok") };
        p.append(params);
        return m_client->xml(p);
    }
    static QList<const XNode *> rows(const XNode &doc, const QString &band)
    {
        const XNode *data = doc.child(QStringLiteral("reportdata"));
        const XNode *b = data ? data->child(band) : nullptr;
        return b ? b->all(QStringLiteral("elem")) : QList<const XNode *>();
    }
    static void compareChart(const ReportChart *chart, const QStringList &labels, const QList<double> &values)
    {
        QVERIFY(chart);
        QAbstractSeries *series = chart->chart()->series().value(0);
        QVERIFY(series);
        if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            QCOMPARE(pie->count(), labels.size());
            for (int i = 0; i < labels.size(); ++i) {
                QCOMPARE(pie->slices().at(i)->label(), labels[i]);
                QVERIFY(qAbs(pie->slices().at(i)->value() - values[i]) < 0.001);
            }
        } else {
            auto *bars = qobject_cast<QBarSeries *>(series);
            QVERIFY(bars);
            QBarSet *set = bars->barSets().value(0);
            QCOMPARE(set->count(), values.size());
            for (int i = 0; i < values.size(); ++i)
                QVERIFY(qAbs(set->at(i) - values[i]) < 0.001);
            QCOMPARE(chart->labels(), labels);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("mgrdesk-test-reports"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_reportview"));
        QSettings().clear();
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_client = std::make_unique<SimClient>(m_server);
    }

    void parametersFirstThenRun()
    {
        auto c = connection(QStringLiteral("acct-journal"));
        ReportView view(c.get(), QStringLiteral("journal.stat"));
        view.resize(1000, 800);
        view.show();
        QSignalSpy params(&view, &ReportView::parametersShown);
        QSignalSpy results(&view, &ReportView::resultsShown);
        view.open();
        QVERIFY(params.wait(30000));
        QVERIFY(view.isShowingParameters());
        QCOMPARE(view.title(), QStringLiteral("Action log statistics"));
        QVERIFY(!view.description().isEmpty());
        QVERIFY(view.periodPicker());
        QCOMPARE(view.periodPicker()->selectField(), QStringLiteral("period"));
        view.periodPicker()->setChoice(gui::PeriodPicker::AllTime);
        view.run();
        QVERIFY(results.wait(30000));
        QVERIFY(view.isShowingResults());
        QCOMPARE(view.parameters().value(0),
            (QPair<QString, QString>(QStringLiteral("period"), QStringLiteral("nodate"))));
        QVERIFY(view.parametersText().contains(QStringLiteral("All time")));
        QVERIFY(view.changeButton()->isVisible());

        const XNode doc = raw(QStringLiteral("journal.stat"), view.parameters());
        const auto funcs = rows(doc, QStringLiteral("function"));
        ReportBandView *band = view.bandView(QStringLiteral("function"));
        QVERIFY(band);
        QCOMPARE(band->model()->rowCount(), funcs.size());
        QCOMPARE(band->model()->columnCount(), 3);
        QCOMPARE(band->model()->columnTitle(0), QStringLiteral("Function"));
        // footers: count of rows, sum of percentage and count, from the raw reply
        double pct = 0, count = 0;
        QStringList labels;
        QList<double> values;
        for (const XNode *f : funcs) {
            pct += f->value(QStringLiteral("percentage")).toDouble();
            count += f->value(QStringLiteral("count")).toDouble();
            labels << f->value(QStringLiteral("funcname"));
            values << f->value(QStringLiteral("percentage")).toDouble();
        }
        const auto totals = band->totals();
        QCOMPARE(totals.size(), 3);
        QCOMPARE(qint64(totals[0].value), qint64(funcs.size()));
        QVERIFY(qAbs(totals[1].value - pct) < 0.001);
        QVERIFY(qAbs(totals[2].value - count) < 0.001);
        QCOMPARE(band->footerText(QStringLiteral("percentage")), QLocale().toString(pct, 'f', 2));
        QVERIFY(band->footerText(QStringLiteral("funcname")).contains(QString::number(funcs.size())));
        QVERIFY(band->footer()->isVisible());
        // the pie: one slice per function, values = percentages
        QCOMPARE(band->charts().size(), 1);
        compareChart(band->charts().first(), labels, values);

        // drill into the first function: its users, a histogram, the breadcrumb; then back
        const auto users = funcs.first()->child(QStringLiteral("user"))->all(QStringLiteral("elem"));
        QVERIFY(view.openRow(band, 0));
        QCOMPARE(view.breadcrumb(), (QStringList { view.title(), labels.first() }));
        ReportBandView *userBand = view.bandView(QStringLiteral("user"));
        QVERIFY(userBand);
        QCOMPARE(userBand->model()->rowCount(), users.size());
        QStringList names;
        QList<double> shares;
        for (const XNode *u : users) {
            names << u->value(QStringLiteral("username"));
            shares << u->value(QStringLiteral("percentage")).toDouble();
        }
        compareChart(userBand->charts().first(), names, shares);
        QCOMPARE(userBand->charts().first()->diagram().type, QStringLiteral("histogram"));
        view.goUp(0);
        QCOMPARE(view.breadcrumb().size(), 1);
        QVERIFY(view.bandView(QStringLiteral("function")));

        // "Change…" shows the form again with the period chosen
        view.changeParameters();
        QVERIFY(view.isShowingParameters());
        QCOMPARE(view.periodPicker()->choice(), gui::PeriodPicker::AllTime);
    }

    void parametersAreRemembered()
    {
        auto c = connection(QStringLiteral("acct-journal"));
        ReportView view(c.get(), QStringLiteral("journal.stat"));
        QSignalSpy params(&view, &ReportView::parametersShown);
        QSignalSpy results(&view, &ReportView::resultsShown);
        view.open();
        QVERIFY(results.wait(30000));
        QCOMPARE(params.count(), 0);
        QCOMPARE(view.parameters().value(0).second, QStringLiteral("nodate"));
        // another account: asked again
        auto other = connection(QStringLiteral("acct-other"));
        ReportView fresh(other.get(), QStringLiteral("journal.stat"));
        QSignalSpy freshParams(&fresh, &ReportView::parametersShown);
        fresh.open();
        QVERIFY(freshParams.wait(30000));
    }

    void incomeDrillDownAndExports()
    {
        auto c = connection(QStringLiteral("acct-income"));
        ReportView view(c.get(), QStringLiteral("report.income"));
        view.resize(1100, 900);
        view.show();
        QSignalSpy params(&view, &ReportView::parametersShown);
        QSignalSpy results(&view, &ReportView::resultsShown);
        view.open();
        QVERIFY(params.wait(30000));
        view.periodPicker()->setRange(QDate(2025, 6, 1), QDate(2025, 11, 30));
        view.run();
        QVERIFY(results.wait(30000));
        QCOMPARE(view.parameters().value(0).second, QStringLiteral("other"));
        const XNode doc = raw(QStringLiteral("report.income"), view.parameters());
        const auto months = rows(doc, QStringLiteral("bymonth"));
        QCOMPARE(months.size(), 6);
        ReportBandView *byMonth = view.bandView(QStringLiteral("bymonth"));
        QVERIFY(byMonth);
        QVERIFY(view.bandView(QStringLiteral("bymethod")));
        double amount = 0;
        QStringList labels;
        QList<double> values;
        for (const XNode *m : months) {
            amount += num(m->value(QStringLiteral("amount")));
            labels << m->value(QStringLiteral("month"));
            values << num(m->value(QStringLiteral("amount")));
        }
        QCOMPARE(byMonth->footerText(QStringLiteral("amount")), QLocale().toString(amount, 'f', 2));
        compareChart(byMonth->charts().first(), labels, values);
        // the pie of payment methods sums to the same amount
        ReportBandView *byMethod = view.bandView(QStringLiteral("bymethod"));
        auto *pie = qobject_cast<QPieSeries *>(byMethod->charts().first()->chart()->series().value(0));
        QVERIFY(pie);
        QVERIFY(qAbs(pie->sum() - amount) < 0.01);

        // drill into the third month: its payments
        const auto payments = months[2]->child(QStringLiteral("payments"))->all(QStringLiteral("elem"));
        QVERIFY(view.openRow(byMonth, 2));
        QCOMPARE(view.breadcrumb().last(), labels[2]);
        ReportBandView *pay = view.bandView(QStringLiteral("payments"));
        QVERIFY(pay);
        QCOMPARE(pay->model()->rowCount(), payments.size());
        double paid = 0;
        for (const XNode *p : payments)
            paid += num(p->value(QStringLiteral("amount")));
        QCOMPARE(pay->footerText(QStringLiteral("amount")), QLocale().toString(paid, 'f', 2));

        QTemporaryDir dir;
        QSignalSpy exported(&view, &ReportView::exportFinished);
        // CSV of the payments band
        const QString csv = dir.filePath(QStringLiteral("payments.csv"));
        QVERIFY(view.exportBandCsv(pay, csv));
        QVERIFY(exported.wait(30000));
        QVERIFY(exported.last().at(0).toBool());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), payments.size() + 1);
        QVERIFY(lines.first().contains("Number"));
        // the whole report (this level) as PDF
        view.goUp(0);
        const QString pdf = dir.filePath(QStringLiteral("income.pdf"));
        QVERIFY(view.exportPdf(pdf));
        QVERIFY(exported.wait(60000));
        QVERIFY2(exported.last().at(0).toBool(), qPrintable(exported.last().at(2).toString()));
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(5) == "%PDF-");
        p.close();
#ifdef MGRDESK_HAVE_QTPDF
        QPdfDocument document;
        QCOMPARE(document.load(pdf), QPdfDocument::Error::None);
        QVERIFY(document.pageCount() >= 1);
        QCOMPARE(document.metaData(QPdfDocument::MetaDataField::Title).toString(),
            QStringLiteral("Income by month"));
        const QString text = document.getAllText(0).text();
        QVERIFY2(text.contains(QStringLiteral("Income by month")), qPrintable(text.left(200)));
        QVERIFY(text.contains(labels.first()));
#endif
    }

    void serverErrorsStayOnTheForm()
    {
        auto c = connection(QStringLiteral("acct-errors"));
        ReportView view(c.get(), QStringLiteral("report.income"));
        QSignalSpy params(&view, &ReportView::parametersShown);
        QSignalSpy failed(&view, &ReportView::failed);
        view.open();
        QVERIFY(params.wait(30000));
        view.periodPicker()->setRange(QDate(2025, 9, 1), QDate(2025, 8, 1));
        view.run();
        QVERIFY(view.isShowingParameters());
        QVERIFY(!view.errorText().isEmpty()); // checked before sending
        // a client may not run it: the server's access error is shown, nothing crashes
        net::ConnectionSettings s = c->settings();
        s.username = QStringLiteral("client1");
        s.accountId = QStringLiteral("acct-client");
        net::Connection client(s);
        client.setPassword(QStringLiteral("demo"));
        ReportView denied(&client, QStringLiteral("report.income"));
        QSignalSpy deniedFailed(&denied, &ReportView::failed);
        denied.open();
        QVERIFY(deniedFailed.wait(30000));
        QVERIFY(!denied.errorText().isEmpty());
    }

private:
    test::DemoServer m_server;
    std::unique_ptr<SimClient> m_client;
};

QTEST_MAIN(TestReportView)
#include "tst_reportview.moc"
