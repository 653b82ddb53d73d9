// Forms: the two-step order wizard vds.order → vds.order.confirm.
#include "forms.h"

#include "dataset.h"
#include "formbuilder.h"
#include "formchecks.h"
#include "messages.h"

#include <QUrlQuery>

namespace mgrdesk::sim {

using namespace formchecks;

namespace {

// <steps> of the order wizard: the add-ons step is always skipped (shown unavailable), the confirmation is
// unavailable until the first step is done
Node orderSteps(const QString &lang, bool confirming)
{
    Node steps(L("steps"));
    const struct
    {
        const char *name;
        bool unavailable;
    } list[] = { { "vds.order", false }, { "vds.order.addon", true }, { "vds.order.confirm", !confirming } };
    for (const auto &s : list) {
        Node step(L("step"), Messages::text(L("step_") + L(s.name), lang));
        step.attr(L("name"), L(s.name));
        if (s.unavailable)
            step.attr(L("unavailable"), L("yes"));
        steps.add(step);
    }
    return steps;
}

} // namespace

void Forms::vdsOrder(Context &ctx, Node &doc)
{
    const QList<QPair<QString, QString>> tariffs = m_data.vdsTariffs();
    if (tariffs.isEmpty()) // an administrator deleted every VDS tariff
        throw ApiError { L("notfound"), L("pricelist"), QString(), L("err_notfound"), {} };
    QString tariff = ctx.param(L("pricelist"));
    if (!hasKey(tariffs, tariff))
        tariff = tariffs.first().first;
    QList<QPair<QString, QString>> periods;
    const auto pl = m_data.periods(tariff.toLongLong());
    for (const auto &p : pl)
        periods.append({ QString::number(p.first),
            Messages::text(QStringLiteral("months_%1").arg(p.first), ctx.lang) + QStringLiteral(" (")
                + p.second + QLatin1Char(')') });
    QList<QPair<QString, QString>> os;
    const QStringList templates = m_data.osTemplates();
    for (const QString &o : templates)
        os.append({ o, o });

    if (!ctx.param(L("sok")).isEmpty()) {
        if (ctx.param(L("pricelist")).isEmpty())
            fail(L("missed"), L("pricelist"), QString(), "err_missed");
        if (!hasKey(tariffs, ctx.param(L("pricelist"))))
            fail(L("value"), L("pricelist"), ctx.param(L("pricelist")), "err_value");
        if (!hasKey(periods, ctx.param(L("period"))))
            fail(L("value"), L("period"), ctx.param(L("period")), "err_value");
        if (!ctx.param(L("ostempl")).isEmpty() && !hasKey(os, ctx.param(L("ostempl"))))
            fail(L("value"), L("ostempl"), ctx.param(L("ostempl")), "err_value");
        required(ctx, L("domain"));
        static const QRegularExpression domainRe(QStringLiteral("^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$"));
        if (!domainRe.match(ctx.param(L("domain"))).hasMatch())
            fail(L("value"), L("domain"), ctx.param(L("domain")), "err_value");
        if (ctx.param(L("snext")) == QLatin1String("ok")) {
            // the wizard flow of real servers (§8.4): the next available step answers at once (its func
            // differs from the request's); vds.order.addon is skipped (the demo's tariffs have no add-ons)
            ctx.replyFunc = L("vds.order.confirm");
            vdsOrderConfirm(ctx, doc, true);
            return;
        }
        // older flow: a redirect to the next step
        QUrlQuery next;
        next.addQueryItem(L("func"), L("vds.order.confirm"));
        for (const char *c : { "pricelist", "period", "ostempl", "domain", "autoprolong" })
            next.addQueryItem(L(c), ctx.param(L(c)));
        doc.add(Node(L("ok"), next.toString(QUrl::FullyEncoded)).attr(L("type"), L("form")));
        return;
    }
    QString period = ctx.param(L("period"));
    if (!hasKey(periods, period))
        period = periods.isEmpty()
            ? QString()
            : periods.first().first; // recomputed when the tariff changed (sv_field=pricelist)
    doc.add(L("pricelist"), tariff);
    doc.add(L("period"), period);
    doc.add(L("ostempl"), ctx.param(L("ostempl")).isEmpty() ? os.first().first : ctx.param(L("ostempl")));
    doc.add(L("domain"), ctx.param(L("domain")));
    doc.add(L("autoprolong"), ctx.has(L("autoprolong")) ? ctx.param(L("autoprolong")) : L("on"));
    FormBuilder f(ctx, ctx.func, L("title_vds.order"));
    f.form().attr(L("wizard"), L("first"));
    f.select(L("pricelist"), tariffs, doc).attr(L("required"), L("yes")).attr(L("setvalues"), L("yes"));
    f.select(L("period"), periods, doc).attr(L("depend"), L("pricelist"));
    f.select(L("ostempl"), os, doc);
    f.input(L("domain"), L("text")).attr(L("required"), L("yes")).attr(L("check"), L("domain"));
    f.input(L("autoprolong"), L("checkbox"));
    f.input(L("snext"), L("hidden"));
    f.button(L("next"), L("next"));
    f.button(L("cancel"), L("cancel"));
    f.finish(doc);
    doc.add(orderSteps(ctx.lang, false));
    doc.add(L("snext"), L("ok"));
}

void Forms::vdsOrderAddon(Context &ctx, Node &doc)
{
    // a step that has nothing to ask: probing (checkonly=on) or opening it answers <skip/>
    if (ctx.wantsMetadata()) {
        Node meta(L("metadata"));
        meta.attr(L("name"), ctx.func).attr(L("type"), L("form"));
        Node &buttons = meta.add(Node(L("form")).attr(L("title"), L("name"))).add(L("buttons"));
        buttons.add(Node(L("button")).attr(L("name"), L("ok")).attr(L("type"), L("ok")));
        buttons.add(Node(L("button")).attr(L("name"), L("cancel")).attr(L("type"), L("cancel")));
        doc.add(meta);
        doc.add(Node(L("messages")).attr(L("name"), ctx.func));
    }
    doc.add(L("skip"));
}

void Forms::vdsOrderConfirm(Context &ctx, Node &doc, bool openOnly)
{
    const QString tariff = ctx.param(L("pricelist"));
    const QString name = m_data.table(L("pricelist"))->value(tariff.toLongLong(), L("name"));
    if (name.isEmpty())
        fail(L("value"), L("pricelist"), tariff, "err_value");
    QString price;
    const auto pl = m_data.periods(tariff.toLongLong());
    for (const auto &p : pl)
        if (QString::number(p.first) == ctx.param(L("period")))
            price = p.second;
    if (price.isEmpty())
        fail(L("value"), L("period"), ctx.param(L("period")), "err_value");
    if (!openOnly && !ctx.param(L("sok")).isEmpty()) {
        if (ctx.param(L("agree")) != QLatin1String("on"))
            fail(L("missed"), L("agree"), QString(), "err_missed");
        required(ctx, L("domain"));
        Table *vds = m_data.table(L("vds"));
        const QHash<QString, QString> cells { { L("domain"), ctx.param(L("domain")) },
            { L("ostempl"), ctx.param(L("ostempl")) }, { L("pricelist"), name },
            { L("account"), m_data.accountName(ctx.account) }, { L("createdate"), m_data.today() },
            { L("autoprolong"), ctx.param(L("autoprolong")) == QLatin1String("on") ? L("on") : L("off") },
            { L("status_msg"), L("Waiting for payment") }, { L("item_status"), L("1") },
            { L("cost"), price } };
        const qint64 id = vds->insert(ctx.account, cells);
        doc.add(L("ok"));
        doc.add(L("id"), QString::number(id));
        return;
    }
    for (const char *c : { "pricelist", "period", "ostempl", "domain", "autoprolong" })
        doc.add(L(c), ctx.param(L(c)));
    doc.add(L("summary"),
        QStringLiteral("%1, %2, %3: %4").arg(name, ctx.param(L("ostempl")), ctx.param(L("domain")), price));
    doc.add(L("agree"), L("off"));
    FormBuilder f(ctx, L("vds.order.confirm"), L("title_vds.order.confirm"));
    for (const char *c : { "pricelist", "period", "ostempl", "domain", "autoprolong" })
        f.input(L(c), L("hidden"));
    f.textdata(L("summary"));
    f.input(L("agree"), L("checkbox")).attr(L("required"), L("yes"));
    f.button(L("back"), L("back"));
    f.button(L("finish"), L("ok"));
    f.button(L("cancel"), L("cancel"));
    f.finish(doc);
    doc.add(orderSteps(ctx.lang, true));
}

} // namespace mgrdesk::sim
