#pragma once
// A report page (docs/protocol.md §13, docs/reports.md): the parameter form first when the report says
// firstrun="no" (a period picker for a period select or <period/>, other fields through the form editor), the
// parameters remembered per report and account and shown above the results with "Change…", report_info as the
// description, each band as a table with a totals footer and its charts, link="yes" cells drilling into the
// nested band of that row with a breadcrumb back, the report's toolbar (back…), CSV per band and the whole
// report to PDF.
#include "core/net/joboptions.h"
#include "core/protocol/reportreply.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QToolBar;
class QVBoxLayout;
class QHBoxLayout;

namespace mgrdesk::net {
class Connection;
struct ApiResult;
} // namespace mgrdesk::net

namespace mgrdesk::models {
class ListExport;
}

namespace mgrdesk::gui {

class FormWidget;
class PeriodPicker;
class ReportBandView;
class ReportPdf;

class ReportView : public QWidget
{
    Q_OBJECT
public:
    ReportView(net::Connection *connection, const QString &function, QWidget *parent = nullptr);
    ~ReportView() override;

    // Opens the report: with remembered parameters it runs at once, else it asks for them when the report
    // wants that (firstrun="no").
    void open();
    void run(); // with the parameters in the form
    void changeParameters(); // back to the parameter form ("Change…")
    // Options for every request of the report (su= when it works as another user). Set before open().
    void setJobOptions(const net::JobOptions &options) { m_jobOptions = options; }

    QString function() const { return m_function; }
    QString title() const;
    QSharedPointer<protocol::ReportData> report() const { return m_report; }
    bool isShowingParameters() const;
    bool isShowingResults() const;
    PeriodPicker *periodPicker() const { return m_period; }
    FormWidget *parameterForm() const { return m_form; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *changeButton() const { return m_change; }
    QString parametersText() const; // the summary above the results
    QString description() const;
    QString errorText() const;
    QList<QPair<QString, QString>> parameters() const; // what the last run sent (besides func, sok)

    // Drill-down: the bands shown now, the breadcrumb (report title, then each opened row), opening a row.
    QList<ReportBandView *> bandViews() const { return m_levelViews; }
    ReportBandView *bandView(const QString &name) const;
    QStringList breadcrumb() const;
    bool openRow(ReportBandView *band, int sourceRow);
    void goUp(int level = -1); // -1: one level up; 0: the top

    // Exports (asynchronous; exportFinished() tells the outcome).
    bool exportBandCsv(ReportBandView *band, const QString &path);
    bool exportPdf(const QString &path);
    static QString settingsKey(const QString &accountId, const QString &function);

Q_SIGNALS:
    void titleChanged(const QString &title);
    void parametersShown();
    void resultsShown();
    void failed(const QString &message);
    void exportFinished(bool ok, const QString &path, const QString &message);
    void openFunctionRequested(const QString &function); // toolbar buttons (back…)

private:
    void request(const QList<QPair<QString, QString>> &params, bool run);
    void handle(const net::ApiResult &result, bool run);
    void showParameters();
    void showResults();
    void showLevel();
    void showError(const QString &message);
    void buildToolbar();
    void rememberParameters() const;
    QList<QPair<QString, QString>> rememberedParameters() const;
    QList<QPair<QString, QString>> formParameters() const;
    void chooseCsv();
    void choosePdf();

    struct Level
    {
        QString label;
        QList<QPair<protocol::ReportBand, QSharedPointer<protocol::ReportBandData>>> bands;
    };

    QPointer<net::Connection> m_connection;
    net::JobOptions m_jobOptions;
    QString m_function;
    QSharedPointer<protocol::ReportData> m_report;
    QList<QPair<QString, QString>> m_params;
    QList<Level> m_levels;
    QList<ReportBandView *> m_levelViews;
    bool m_busy = false;

    QLabel *m_title = nullptr;
    QLabel *m_info = nullptr;
    QLabel *m_paramsLabel = nullptr;
    QPushButton *m_change = nullptr;
    QToolBar *m_toolbar = nullptr;
    QWidget *m_crumbs = nullptr;
    QHBoxLayout *m_crumbsLayout = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_paramsPage = nullptr;
    QVBoxLayout *m_paramsLayout = nullptr;
    PeriodPicker *m_period = nullptr;
    FormWidget *m_form = nullptr;
    QPushButton *m_run = nullptr;
    QLabel *m_paramsError = nullptr;
    QWidget *m_results = nullptr;
    QVBoxLayout *m_resultsLayout = nullptr;
    QLabel *m_status = nullptr;
    models::ListExport *m_csv = nullptr;
    ReportPdf *m_pdf = nullptr;
};

} // namespace mgrdesk::gui
