#include "reportview.h"

#include "forms/formwidget.h"
#include "periodpicker.h"
#include "reportbandview.h"
#include "reportchart.h"
#include "reportpdf.h"

#include "core/models/formstate.h"
#include "core/models/listexport.h"
#include "core/models/tablemodel.h"
#include "core/net/apijob.h"
#include "core/net/connection.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace mgrdesk::gui {

using namespace mgrdesk::protocol;

namespace {

QString L(const char *s)
{
    return QString::fromLatin1(s);
}

} // namespace

ReportView::ReportView(net::Connection *connection, const QString &function, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_function(function)
{
    setObjectName(L("reportView"));
    auto *layout = new QVBoxLayout(this);
    m_toolbar = new QToolBar(this);
    layout->addWidget(m_toolbar);
    m_title = new QLabel(function, this);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);
    layout->addWidget(m_title);
    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    m_info->setObjectName(L("reportInfo"));
    layout->addWidget(m_info);
    auto *params = new QHBoxLayout;
    m_paramsLabel = new QLabel(this);
    m_paramsLabel->setObjectName(L("reportParameters"));
    m_change = new QPushButton(tr("Change…"), this);
    m_change->setObjectName(L("changeParameters"));
    params->addWidget(m_paramsLabel, 1);
    params->addWidget(m_change);
    layout->addLayout(params);
    connect(m_change, &QPushButton::clicked, this, &ReportView::changeParameters);
    m_crumbs = new QWidget(this);
    m_crumbsLayout = new QHBoxLayout(m_crumbs);
    m_crumbsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_crumbs);

    m_stack = new QStackedWidget(this);
    m_paramsPage = new QWidget(m_stack);
    m_paramsLayout = new QVBoxLayout(m_paramsPage);
    m_paramsError = new QLabel(m_paramsPage);
    m_paramsError->setWordWrap(true);
    m_paramsError->setObjectName(L("parametersError"));
    m_paramsError->hide();
    m_run = new QPushButton(tr("Run report"), m_paramsPage);
    m_run->setObjectName(L("runReport"));
    m_run->setDefault(true);
    connect(m_run, &QPushButton::clicked, this, &ReportView::run);
    m_paramsLayout->addWidget(m_paramsError);
    m_paramsLayout->addStretch(1);
    m_paramsLayout->addWidget(m_run, 0, Qt::AlignLeft);
    m_stack->addWidget(m_paramsPage);
    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    m_results = new QWidget(scroll);
    m_resultsLayout = new QVBoxLayout(m_results);
    scroll->setWidget(m_results);
    m_stack->addWidget(scroll);
    layout->addWidget(m_stack, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(L("reportStatus"));
    layout->addWidget(m_status);
    m_paramsLabel->hide();
    m_change->hide();

    m_csv = new models::ListExport(this);
    connect(m_csv, &models::ListExport::finished, this,
        [this](models::ListExport::Result result, const QString &path, const QString &error) {
            const bool ok = result == models::ListExport::Result::Ok;
            m_status->setText(ok ? tr("Saved “%1”.").arg(path) : error);
            Q_EMIT exportFinished(ok, path, ok ? QString() : error);
        });
    m_pdf = new ReportPdf(this);
    connect(m_pdf, &ReportPdf::finished, this, [this](bool ok, const QString &path, const QString &error) {
        m_status->setText(ok ? tr("Saved “%1”.").arg(path) : error);
        Q_EMIT exportFinished(ok, path, error);
    });
}

ReportView::~ReportView() = default;

QString ReportView::title() const
{
    return m_report && !m_report->title.isEmpty() ? m_report->title : m_function;
}

QString ReportView::settingsKey(const QString &accountId, const QString &function)
{
    QString f = function;
    f.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("reports/%1/%2").arg(accountId.isEmpty() ? L("default") : accountId, f);
}

QList<QPair<QString, QString>> ReportView::rememberedParameters() const
{
    if (!m_connection)
        return {};
    QSettings settings;
    const QStringList list
        = settings.value(settingsKey(m_connection->settings().accountId, m_function)).toStringList();
    QList<QPair<QString, QString>> out;
    for (int i = 0; i + 1 < list.size(); i += 2)
        out.append({ list[i], list[i + 1] });
    return out;
}

void ReportView::rememberParameters() const
{
    if (!m_connection)
        return;
    QStringList list;
    for (const auto &p : m_params)
        list << p.first << p.second;
    QSettings().setValue(settingsKey(m_connection->settings().accountId, m_function), list);
}

void ReportView::open()
{
    const auto remembered = rememberedParameters();
    if (!remembered.isEmpty()) {
        m_params = remembered;
        request(remembered, true);
    } else {
        request({}, false);
    }
}

void ReportView::request(const QList<QPair<QString, QString>> &params, bool run)
{
    if (!m_connection)
        return;
    Request r(m_function);
    for (const auto &p : params)
        r.set(p.first, p.second);
    if (run)
        r.setSok();
    r.set(L("out"), L("devel"));
    net::JobOptions options = m_jobOptions;
    options.changesState = false; // running a report changes nothing, though it says sok=ok
    m_busy = true;
    m_run->setEnabled(false);
    m_status->setText(run ? tr("Running the report…") : tr("Loading…"));
    net::ApiJob *job = m_connection->send(r, this, options);
    connect(job, &net::ApiJob::finished, this,
        [this, run](const net::ApiResult &result) { handle(result, run); });
}

void ReportView::handle(const net::ApiResult &result, bool run)
{
    m_busy = false;
    m_run->setEnabled(true);
    m_status->clear();
    if (!result.ok()) {
        showError(result.message);
        return;
    }
    if (result.reply.kind != ReplyKind::Report || !result.reply.report) {
        showError(tr("The server did not answer with a report."));
        return;
    }
    m_report = result.reply.report;
    m_title->setText(title());
    m_info->setText(m_report->info);
    m_info->setVisible(!m_report->info.isEmpty());
    Q_EMIT titleChanged(title());
    buildToolbar();
    if (run || m_report->hasData || m_report->firstrun) {
        if (!run && !m_report->hasData && m_report->firstrun) {
            request({}, true); // a report without firstrun="no" runs at once
            return;
        }
        if (run)
            rememberParameters();
        showResults();
    } else {
        showParameters();
    }
}

void ReportView::buildToolbar()
{
    m_toolbar->clear();
    for (const ToolButton &b : m_report->toolbar) {
        const QString text
            = b.title.isEmpty() ? (b.type == QLatin1String("back") ? tr("Back") : b.name) : b.title;
        QAction *a = m_toolbar->addAction(text);
        a->setToolTip(b.hint);
        const QString func = b.func;
        connect(a, &QAction::triggered, this, [this, func] { Q_EMIT openFunctionRequested(func); });
    }
    m_toolbar->addSeparator();
    m_toolbar->addAction(tr("Refresh"), this, [this] { request(m_params, true); });
    QAction *csv = m_toolbar->addAction(tr("Export CSV…"), this, &ReportView::chooseCsv);
    csv->setObjectName(L("exportCsv"));
    QAction *pdf = m_toolbar->addAction(tr("Export PDF…"), this, &ReportView::choosePdf);
    pdf->setObjectName(L("exportPdf"));
}

void ReportView::showParameters()
{
    delete m_period;
    m_period = nullptr;
    delete m_form;
    m_form = nullptr;
    if (m_report && m_report->form) {
        FormData rest = *m_report->form;
        QString select, start, end;
        if (PeriodPicker::findFields(rest, &select, &start, &end)) {
            m_period = new PeriodPicker(rest, m_paramsPage);
            m_period->setObjectName(L("periodPicker"));
            const QString label = rest.messages.value(select);
            m_paramsLayout->insertWidget(0, new QLabel(label.isEmpty() ? tr("Period") : label, m_period));
            m_paramsLayout->insertWidget(1, m_period);
            QHash<QString, QString> values;
            for (const auto &p : m_params)
                values.insert(p.first, p.second);
            m_period->setParams(values);
            rest.fields.erase(
                std::remove_if(rest.fields.begin(), rest.fields.end(),
                    [&](const FormField &f) { return f.name == select || f.name == start || f.name == end; }),
                rest.fields.end());
        }
        if (!rest.fields.isEmpty() && m_connection) {
            m_form = new FormWidget(m_connection, m_paramsPage);
            m_form->openData(m_function, QString(), QString(), rest);
            for (const FormButton &b : rest.buttons)
                if (QPushButton *button = m_form->button(b.name))
                    button->hide(); // "Run report" sends the parameters
            m_paramsLayout->insertWidget(m_period ? 2 : 0, m_form);
        }
    }
    m_stack->setCurrentIndex(0);
    m_paramsLabel->hide();
    m_change->hide();
    m_crumbs->hide();
    Q_EMIT parametersShown();
}

QList<QPair<QString, QString>> ReportView::formParameters() const
{
    QList<QPair<QString, QString>> out;
    if (m_period)
        out.append(m_period->params());
    if (m_form) {
        const Request r = m_form->state()->submitRequest();
        for (const auto &p : r.params())
            if (p.first != QLatin1String("sok") && p.first != QLatin1String("clicked_button")
                && p.first != QLatin1String("out") && p.first != QLatin1String("elid"))
                out.append(p);
    }
    return out;
}

void ReportView::run()
{
    if (m_busy)
        return;
    if (m_form && !m_form->state()->validate())
        return;
    if (m_period && m_period->choice() == PeriodPicker::Custom && m_period->from() > m_period->to()) {
        m_paramsError->setText(tr("The start of the period is after its end."));
        m_paramsError->show();
        return;
    }
    m_paramsError->hide();
    m_params = formParameters();
    request(m_params, true);
}

void ReportView::changeParameters()
{
    if (!m_report)
        return;
    showParameters();
}

bool ReportView::isShowingParameters() const
{
    return m_stack->currentIndex() == 0;
}

bool ReportView::isShowingResults() const
{
    return m_stack->currentIndex() == 1;
}

QString ReportView::parametersText() const
{
    return m_paramsLabel->text();
}

QString ReportView::description() const
{
    return m_info->text();
}

QString ReportView::errorText() const
{
    return m_paramsError->isHidden() ? QString() : m_paramsError->text();
}

QList<QPair<QString, QString>> ReportView::parameters() const
{
    return m_params;
}

void ReportView::showError(const QString &message)
{
    m_paramsError->setText(message);
    m_paramsError->show();
    m_stack->setCurrentIndex(0);
    Q_EMIT failed(message);
}

void ReportView::showResults()
{
    // the parameters above the results, as the period picker reads them
    QStringList parts;
    if (m_report->form) {
        PeriodPicker probe(*m_report->form);
        if (!probe.selectField().isEmpty()) {
            QHash<QString, QString> values;
            for (const auto &v : m_report->form->values)
                values.insert(v.first, v.second);
            probe.setParams(values);
            parts << tr("Period: %1").arg(probe.summary());
        }
    }
    m_paramsLabel->setText(parts.join(QStringLiteral(" · ")));
    m_paramsLabel->setVisible(!parts.isEmpty());
    m_change->setVisible(m_report->form != nullptr);
    Level top;
    top.label = title();
    for (const ReportBand &b : m_report->bands)
        top.bands.append({ b, m_report->dataOf(b.name) });
    m_levels = { top };
    showLevel();
    m_stack->setCurrentIndex(1);
    Q_EMIT resultsShown();
}

void ReportView::showLevel()
{
    qDeleteAll(m_levelViews);
    m_levelViews.clear();
    while (QLayoutItem *item = m_resultsLayout->takeAt(0))
        delete item;
    for (const auto &b : m_levels.last().bands) {
        auto *view = new ReportBandView(b.first, b.second, m_results);
        connect(view, &ReportBandView::openRequested, this, [this, view](int row) { openRow(view, row); });
        m_resultsLayout->addWidget(view);
        m_levelViews.append(view);
    }
    m_resultsLayout->addStretch(1);
    // breadcrumb: every level but the last is a button back to it
    while (QLayoutItem *item = m_crumbsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < m_levels.size(); ++i) {
        if (i > 0)
            m_crumbsLayout->addWidget(new QLabel(QStringLiteral("›"), m_crumbs));
        if (i + 1 < m_levels.size()) {
            auto *b = new QToolButton(m_crumbs);
            b->setText(m_levels[i].label);
            b->setAutoRaise(true);
            connect(b, &QToolButton::clicked, this, [this, i] { goUp(i); });
            m_crumbsLayout->addWidget(b);
        } else {
            m_crumbsLayout->addWidget(new QLabel(m_levels[i].label, m_crumbs));
        }
    }
    m_crumbsLayout->addStretch(1);
    m_crumbs->setVisible(m_levels.size() > 1);
}

ReportBandView *ReportView::bandView(const QString &name) const
{
    for (ReportBandView *v : m_levelViews)
        if (v->band().name == name)
            return v;
    return nullptr;
}

QStringList ReportView::breadcrumb() const
{
    QStringList out;
    for (const Level &l : m_levels)
        out << l.label;
    return out;
}

bool ReportView::openRow(ReportBandView *band, int sourceRow)
{
    if (!band || !band->canOpen(sourceRow))
        return false;
    Level level;
    level.label = band->linkText(sourceRow);
    for (const ReportBand &nested : band->band().bands)
        if (const auto d = band->data()->nestedBand(sourceRow, nested.name))
            level.bands.append({ nested, d });
    m_levels.append(level);
    showLevel();
    return true;
}

void ReportView::goUp(int level)
{
    if (m_levels.size() <= 1)
        return;
    const int keep = level < 0 ? int(m_levels.size()) - 1 : level + 1;
    while (m_levels.size() > keep)
        m_levels.removeLast();
    showLevel();
}

bool ReportView::exportBandCsv(ReportBandView *band, const QString &path)
{
    if (!band || m_csv->isRunning())
        return false;
    return m_csv->start(models::CsvSnapshot::fromModel(*band->model()), path);
}

bool ReportView::exportPdf(const QString &path)
{
    if (!m_report || m_pdf->isRunning())
        return false;
    ReportPdf::Snapshot s;
    s.title = title();
    s.info = m_report->info;
    s.parameters = parametersText();
    if (m_levels.size() > 1)
        s.parameters += QStringLiteral(" · ") + breadcrumb().join(QStringLiteral(" › "));
    for (ReportBandView *v : std::as_const(m_levelViews))
        s.bands.append(ReportPdf::snapshot(*v));
    return m_pdf->start(s, path);
}

void ReportView::chooseCsv()
{
    if (m_levelViews.isEmpty())
        return;
    ReportBandView *band = m_levelViews.first();
    if (m_levelViews.size() > 1) {
        QMenu menu(this);
        for (ReportBandView *v : std::as_const(m_levelViews))
            menu.addAction(v->band().title.isEmpty() ? v->band().name : v->band().title)
                ->setData(QVariant::fromValue<void *>(v));
        QAction *chosen = menu.exec(QCursor::pos());
        if (!chosen)
            return;
        band = static_cast<ReportBandView *>(chosen->data().value<void *>());
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the band as CSV"),
        band->band().name + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportBandCsv(band, path);
}

void ReportView::choosePdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the report as PDF"), m_function + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

} // namespace mgrdesk::gui
