// ReplyBuilder::assembleReport(): the report and dashboard kinds (docs/protocol.md §13). A reply is a
// report when its metadata says type="report" or it holds doc/reportdata; a dashboard when it holds <block>s
// or the doc says stylesheet="dashboard" (a dashboard has no metadata, §8.1). Checked after notify, before
// table and form.
#include "replybuilder_p.h"

namespace mgrdesk::protocol::detail {

namespace {

bool hasField(const FormData &form, const QString &name)
{
    for (const FormField &f : form.fields)
        if (f.name == name)
            return true;
    return false;
}

// A bare <period/> in the report's form (ISPsystem's metadata example) stands for a period select and its
// custom range; the field names are those of BILLmanager 6's report period messages (period, periodstart,
// periodend) — a guess, docs/reports.md.
void addPeriodFields(FormData &form)
{
    if (!hasField(form, QStringLiteral("period"))) {
        FormField period;
        period.name = QStringLiteral("period");
        period.control = QStringLiteral("select");
        period.attributes = { { QStringLiteral("name"), period.name },
            { QStringLiteral("period"), QStringLiteral("yes") } };
        period.ifRules.append({ QStringLiteral("other"), QString(), false });
        period.label = form.messages.value(period.name);
        period.hint = form.messages.value(QStringLiteral("hint_period"));
        form.fields.prepend(period);
    }
    for (const char *n : { "periodstart", "periodend" }) {
        const QString name = QLatin1String(n);
        if (hasField(form, name))
            continue;
        FormField f;
        f.name = name;
        f.control = QStringLiteral("input");
        f.type = QStringLiteral("text");
        f.check = QStringLiteral("date");
        f.attributes = { { QStringLiteral("name"), name }, { QStringLiteral("date"), QStringLiteral("yes") },
            { QStringLiteral("period"), QStringLiteral("yes") } };
        f.label = form.messages.value(name);
        f.hint = form.messages.value(QStringLiteral("hint_") + name);
        form.fields.append(f);
    }
    form.hasMetadata = true;
}

} // namespace

bool ReplyBuilder::assembleReport(Reply &reply)
{
    State &st = *s;
    const ReportCollector &rc = st.report;
    const bool isReport = (st.hasMetadata && st.metaType == QLatin1String("report")) || rc.sawReportData();
    const bool isDashboard
        = rc.sawBlocks() || attrValue(st.docAttributes, "stylesheet") == QLatin1String("dashboard");
    if (!isReport && !isDashboard)
        return false;
    if (!isReport) {
        auto dashboard = QSharedPointer<DashboardData>::create();
        rc.fillDashboard(*dashboard, st.messages);
        dashboard->docAttributes = toHash(st.docAttributes);
        reply.kind = ReplyKind::Dashboard;
        reply.dashboard = dashboard;
        return true;
    }
    auto report = QSharedPointer<ReportData>::create();
    rc.fillReport(*report, st.messages);
    if (report->name.isEmpty())
        report->name = st.metaName;
    for (ToolButton b : st.toolbar) {
        b.title = st.messages.value(QStringLiteral("short_") + b.name, st.messages.value(b.name));
        b.hint = st.messages.value(QStringLiteral("hint_") + b.name);
        report->toolbar.append(b);
    }
    if (!st.fields.isEmpty() || rc.metadataHasPeriod()) {
        Reply form;
        if (assembleForm(form) && form.form) {
            report->form = form.form;
        } else { // a form with no values or options yet: its fields alone
            report->form = QSharedPointer<FormData>::create();
            report->form->hasMetadata = true;
            report->form->name = st.metaName;
            report->form->fields = st.fields;
            report->form->pages = st.pages;
            report->form->buttons = st.buttons;
            report->form->messages = st.messages;
            for (FormField &f : report->form->fields) {
                f.label = st.messages.value(f.name);
                f.hint = st.messages.value(QStringLiteral("hint_") + f.name);
            }
        }
        if (rc.metadataHasPeriod())
            addPeriodFields(*report->form);
        if (report->form->title.isEmpty())
            report->form->title = report->title;
        for (const FormField &f : report->form->fields)
            report->params.append(f.name);
    }
    report->docAttributes = toHash(st.docAttributes);
    reply.kind = ReplyKind::Report;
    reply.report = report;
    return true;
}

} // namespace mgrdesk::protocol::detail
