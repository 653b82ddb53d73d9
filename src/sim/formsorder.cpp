// Forms: the two-step order wizard vds.order → vds.order.confirm.
#include "forms.h"

#include "dataset.h"
#include "formbuilder.h"
#include "formchecks.h"
#include "messages.h"

#include <QUrlQuery>

namespace mgrdesk::sim {

using namespace formchecks;

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
    f.select(L("pricelist"), tariffs, doc).attr(L("required"), L("yes"));
    f.select(L("period"), periods, doc).attr(L("depend"), L("pricelist"));
    f.select(L("ostempl"), os, doc);
    f.input(L("domain"), L("text")).attr(L("required"), L("yes")).attr(L("check"), L("domain"));
    f.input(L("autoprolong"), L("checkbox"));
    f.button(L("next"), L("next"));
    f.button(L("cancel"), L("cancel"));
    f.finish(doc);
}

void Forms::vdsOrderConfirm(Context &ctx, Node &doc)
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
    if (!ctx.param(L("sok")).isEmpty()) {
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
    FormBuilder f(ctx, ctx.func, L("title_vds.order.confirm"));
    for (const char *c : { "pricelist", "period", "ostempl", "domain", "autoprolong" })
        f.input(L(c), L("hidden"));
    f.textdata(L("summary"));
    f.input(L("agree"), L("checkbox")).attr(L("required"), L("yes"));
    f.button(L("finish"), L("ok"));
    f.button(L("cancel"), L("cancel"));
    f.finish(doc);
}

} // namespace mgrdesk::sim
