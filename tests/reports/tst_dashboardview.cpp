// The dashboard page and the report page in the page router, against the demo server (docs/reports.md): the
// blocks by position after loading, toolbar blocks as buttons, list blocks with their rows (the same rows the
// server's list gives for the block's sort and size), "More…", the revenue chart equal to the report's data,
// each block's refresh, and the router creating the report and dashboard pages. With MGRDESK_SCREENSHOTS=DIR
// it saves dashboard.png and report.png there (docs/images, under Xvfb).
#include "simclient.h"

#include "dashboard/dashboardblockview.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/dashboardview.h"
#include "reports/periodpicker.h"
#include "reports/reportbandview.h"
#include "reports/reportchart.h"
#include "reports/reportpage.h"
#include "reports/reportview.h"
#include "router/pagecontext.h"
#include "router/pageregistry.h"

#include "core/models/tablemodel.h"
#include "core/net/connection.h"

#include <QBarSeries>
#include <QBarSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace mgrdesk;
using namespace simtest;

class TestDashboardView : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<net::Connection> connection(const QString &user)
    {
        net::ConnectionSettings s;
        s.accountId = QStringLiteral("dash-") + user;
        s.baseUrl = m_server.baseUrl();
        s.username = user;
        s.lang = QStringLiteral("en");
        s.pinnedCertificatePem = m_server.certificatePem();
        auto c = std::make_unique<net::Connection>(s);
        c->setPassword(QStringLiteral("demo"));
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("mgrdesk-test-dashboard"));
        QSettings().clear();
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_client = std::make_unique<SimClient>(m_server);
    }

    void blocksAfterLogin()
    {
        auto c = connection(QStringLiteral("admin"));
        gui::DashboardView view(c.get());
        view.resize(1200, 900);
        view.show();
        QSignalSpy loaded(&view, &gui::DashboardView::loaded);
        view.load();
        QVERIFY(loaded.wait(30000) || view.isLoaded());
        QTRY_VERIFY_WITH_TIMEOUT(view.isLoaded(), 30000);
        QCOMPARE(view.title(), QStringLiteral("Dashboard"));
        QStringList names;
        for (gui::DashboardBlockView *b : view.blocks()) {
            names << b->block().name;
            QVERIFY2(b->errorText().isEmpty(),
                qPrintable(b->block().name + QStringLiteral(": ") + b->errorText()));
        }
        QCOMPARE(
            names, QStringLiteral("taskbar figures ticket payment revenue longtask").split(QLatin1Char(' ')));
        // top blocks above the columns, left before right
        QVERIFY(view.block(QStringLiteral("figures"))->y() < view.block(QStringLiteral("payment"))->y());
        QVERIFY(view.block(QStringLiteral("payment"))->x() < view.block(QStringLiteral("revenue"))->x());

        // the toolbar: one button per toolbtn, opening its function
        gui::DashboardBlockView *bar = view.block(QStringLiteral("taskbar"));
        QCOMPARE(bar->buttons().size(), 5);
        QSignalSpy open(&view, &gui::DashboardView::openRequested);
        bar->buttons().at(1)->click();
        QCOMPARE(open.last().at(0).toString(), QStringLiteral("payment"));
        QCOMPARE(open.last().at(1).toString(), QStringLiteral("list"));

        // recent payments: the server's first 5 payments by create_date desc, the block's columns only
        gui::DashboardBlockView *payments = view.block(QStringLiteral("payment"));
        const XNode raw = m_client->xml({ P("func", "payment"), P("authinfo", "admin:demo"), P("p_cnt", "5"),
            P("p_num", "1"), P("p_sort", "create_date"), P("p_order", "desc") });
        const auto rows = raw.all(QStringLiteral("elem"));
        QCOMPARE(payments->model()->rowCount(), rows.size());
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(payments->model()->rowKey(i), rows[i]->value(QStringLiteral("id")));
        int visible = 0;
        for (int col = 0; col < payments->model()->columnCount(); ++col)
            visible += payments->table()->isColumnHidden(col) ? 0 : 1;
        QCOMPARE(visible, payments->block().columns.size());
        payments->moreButton()->click();
        QCOMPARE(open.last().at(0).toString(), QStringLiteral("payment"));

        // key figures and the revenue chart equal the server's data
        QVERIFY(view.block(QStringLiteral("figures"))->model()->rowCount() >= 4);
        gui::ReportChart *chart = view.block(QStringLiteral("revenue"))->chart();
        QVERIFY(chart);
        const XNode revenue = m_client->xml({ P("func", "dashboard.revenue"), P("authinfo", "admin:demo") });
        QStringList months;
        QList<double> amounts;
        for (const XNode *m : revenue.find(QStringLiteral("bymonth"))->all(QStringLiteral("elem"))) {
            months << m->value(QStringLiteral("month"));
            amounts << m->value(QStringLiteral("amount")).toDouble();
        }
        QCOMPARE(chart->labels(), months);
        auto *bars = qobject_cast<QBarSeries *>(chart->chart()->series().value(0));
        QVERIFY(bars);
        for (int i = 0; i < amounts.size(); ++i)
            QVERIFY(qAbs(bars->barSets().first()->at(i) - amounts[i]) < 0.001);

        // a block refreshes alone
        gui::DashboardBlockView *tickets = view.block(QStringLiteral("ticket"));
        tickets->refresh();
        QVERIFY(!tickets->isLoaded());
        QTRY_VERIFY_WITH_TIMEOUT(tickets->isLoaded(), 30000);
        QVERIFY(tickets->model()->rowCount() > 0);

        if (qEnvironmentVariableIsSet("MGRDESK_SCREENSHOTS"))
            view.grab().save(qEnvironmentVariable("MGRDESK_SCREENSHOTS") + QStringLiteral("/dashboard.png"));
    }

    void clientDashboard()
    {
        auto c = connection(QStringLiteral("client1"));
        gui::DashboardView view(c.get());
        view.load();
        QTRY_VERIFY_WITH_TIMEOUT(view.isLoaded(), 30000);
        QVERIFY(view.block(QStringLiteral("clientticket")));
        QVERIFY(!view.block(QStringLiteral("longtask")));
        for (gui::DashboardBlockView *b : view.blocks())
            QVERIFY2(b->errorText().isEmpty(), qPrintable(b->errorText()));
    }

    void routerCreatesThePages()
    {
        auto c = connection(QStringLiteral("admin"));
        gui::PageContext context;
        context.connection = c.get();
        context.request.function = QStringLiteral("report.income");
        context.request.metadataType = QStringLiteral("report");
        std::unique_ptr<QWidget> page(gui::PageRegistry::create(context));
        auto *report = qobject_cast<gui::ReportPage *>(page.get());
        QVERIFY(report);
        QSignalSpy shown(report, &gui::ReportView::parametersShown);
        QVERIFY(shown.wait(30000));
        QCOMPARE(report->title(), QStringLiteral("Income by month"));

        context.request.function = QStringLiteral("dashboard");
        context.request.metadataType = QStringLiteral("dashboard");
        std::unique_ptr<QWidget> home(gui::PageRegistry::create(context));
        auto *dashboard = qobject_cast<gui::DashboardPage *>(home.get());
        QVERIFY(dashboard);
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->isLoaded(), 30000);
    }

    void reportScreenshot()
    {
        if (!qEnvironmentVariableIsSet("MGRDESK_SCREENSHOTS"))
            QSKIP("MGRDESK_SCREENSHOTS is not set");
        auto c = connection(QStringLiteral("admin"));
        gui::ReportView view(c.get(), QStringLiteral("report.income"));
        view.resize(1200, 1000);
        view.show();
        QSignalSpy params(&view, &gui::ReportView::parametersShown);
        QSignalSpy results(&view, &gui::ReportView::resultsShown);
        view.open();
        QVERIFY(params.wait(30000));
        view.periodPicker()->setRange(QDate(2025, 4, 1), QDate(2026, 3, 2));
        view.run();
        QVERIFY(results.wait(30000));
        QTest::qWait(300);
        view.grab().save(qEnvironmentVariable("MGRDESK_SCREENSHOTS") + QStringLiteral("/report.png"));
    }

private:
    test::DemoServer m_server;
    std::unique_ptr<SimClient> m_client;
};

QTEST_MAIN(TestDashboardView)
#include "tst_dashboardview.moc"
