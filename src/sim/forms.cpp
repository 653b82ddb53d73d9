#include "forms.h"

#include "dataset.h"
#include "formbuilder.h"
#include "formchecks.h"
#include "messages.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUrlQuery>

namespace mgrdesk::sim {

using namespace formchecks;

namespace {
// account.edit's discount slider: percent, 0…50 in steps of 5
constexpr int kDiscountMin = 0, kDiscountMax = 50, kDiscountStep = 5;
const char *const kDefaultTimeZone = "UTC";
} // namespace

Forms::Forms(Dataset &data)
    : m_data(data)
{
}

bool Forms::handle(Context &ctx, Node &doc)
{
    if (ctx.func == QLatin1String("account.edit"))
        accountEdit(ctx, doc);
    else if (ctx.func == QLatin1String("user.edit"))
        userEdit(ctx, doc);
    else if (ctx.func == QLatin1String("vds.order"))
        vdsOrder(ctx, doc);
    else if (ctx.func == QLatin1String("vds.order.confirm"))
        vdsOrderConfirm(ctx, doc);
    else if (ctx.func == QLatin1String("payment.setstatus"))
        paymentSetStatus(ctx, doc);
    else if (ctx.func == QLatin1String("user.info"))
        userInfo(ctx, doc);
    else if (ctx.func == QLatin1String("payment.edit"))
        paymentEdit(ctx, doc);
    else if (ctx.func == QLatin1String("invoice.generate"))
        invoiceGenerate(ctx, doc);
    else if (ctx.func == QLatin1String("domain.edit"))
        domainEdit(ctx, doc);
    else if (ctx.func == QLatin1String("admin.edit"))
        adminEdit(ctx, doc);
    else if (ctx.func == QLatin1String("vds.order.addon"))
        vdsOrderAddon(ctx, doc);
    else if (ctx.func == QLatin1String("payment.add") || ctx.func == QLatin1String("payment.add.method")
        || ctx.func == QLatin1String("payment.add.country")
        || ctx.func == QLatin1String("payment.add.profile") || ctx.func == QLatin1String("payment.add.pay"))
        paymentWizardStep(ctx, doc);
    else if (ctx.func == QLatin1String("payment.add.redirect"))
        paymentRedirect(ctx, doc);
    else if (ctx.func == QLatin1String("check.money") || ctx.func == QLatin1String("check.int")
        || ctx.func == QLatin1String("check.email"))
        validator(ctx, doc);
    else if (ctx.func == QLatin1String("clientticket.edit"))
        ticketEdit(ctx, doc, true);
    else if (ctx.func == QLatin1String("ticket_all.edit") || ctx.func == QLatin1String("ticket.edit"))
        ticketEdit(ctx, doc, false);
    else if (ctx.func == QLatin1String("ticket.take") || ctx.func == QLatin1String("ticket.close"))
        ticketAction(ctx, doc);
    else
        return false;
    return true;
}

void Forms::accountEdit(Context &ctx, Node &doc)
{
    if (!ctx.isAdmin())
        throw ApiError { L("access"), ctx.func, ctx.func, L("err_access"), {} };
    Table *t = m_data.table(L("account"));
    const QString elid = ctx.param(L("elid"));
    const qint64 id = elid.toLongLong();
    if (!elid.isEmpty() && !t->find(id))
        throw ApiError { L("notfound"), L("elid"), elid, L("err_notfound"), {} };
    const bool isNew = elid.isEmpty();

    if (!ctx.param(L("sok")).isEmpty()) {
        required(ctx, L("name"));
        required(ctx, L("email"));
        checkEmail(ctx, L("email"));
        const QString profile = ctx.param(L("profiletype"));
        if (!profile.isEmpty() && profile != L("1") && profile != L("2") && profile != L("3"))
            fail(L("value"), L("profiletype"), profile, "err_value");
        if (profile == L("2"))
            required(ctx, L("company"));
        const QString country = ctx.param(L("country"));
        if (!country.isEmpty() && !hasKey(m_data.countries(ctx.lang), country))
            fail(L("value"), L("country"), country, "err_value");
        const QString state = ctx.param(L("state"));
        if (!state.isEmpty() && state != L("null") && !hasKey(m_data.states(country), state))
            fail(L("value"), L("state"), state, "err_value");
        const QStringList projects = ctx.param(L("project")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &p : projects)
            if (p.trimmed() != L("1") && p.trimmed() != L("2") && p.trimmed() != L("3"))
                fail(L("value"), L("project"), p, "err_value");
        checkInt(ctx, L("balance_limit"), 0, 100000);
        // the slider's range and step are checked here too (an API caller is not held by the widget); the
        // message names the field by its form label
        const QString discount = ctx.param(L("discount"));
        if (!discount.isEmpty()) {
            bool ok = false;
            const int d = discount.toInt(&ok);
            if (!ok || d < kDiscountMin || d > kDiscountMax || (d - kDiscountMin) % kDiscountStep != 0)
                throw ApiError { L("value"), L("discount"), discount, L("err_value"), L("label_discount") };
        }
        const QString timezone = ctx.param(L("timezone"));
        if (!timezone.isEmpty() && !hasKey(m_data.timeZones(ctx.lang), timezone))
            fail(L("value"), L("timezone"), timezone, "err_value");
        if (!ctx.param(L("site")).isEmpty() && !ctx.param(L("site")).startsWith(L("http")))
            fail(L("value"), L("site"), ctx.param(L("site")), "err_value");
        if (isNew)
            required(ctx, L("passwd"));
        if (ctx.param(L("passwd")) != ctx.param(L("confirm")))
            throw ApiError { L("value"), L("confirm"), {}, L("err_confirm"), L("confirm") };
        const QString name = ctx.param(L("name")).trimmed();
        for (int i = 0; i < t->size(); ++i)
            if (t->at(i).id != id && t->value(t->at(i), L("name")).compare(name, Qt::CaseInsensitive) == 0)
                // object is the entity (as the API guide's exists error), not the field
                throw ApiError { L("exists"), L("account"), name, L("err_exists"), L("account") };
        if (ctx.param(L("clicked_button")) == QLatin1String("verify")) {
            doc.add(L("ok"));
            return;
        }
        QHash<QString, QString> cells;
        for (const QString &c : t->columns())
            if (ctx.has(c) && c != QLatin1String("id"))
                cells.insert(c, ctx.param(c));
        cells.insert(L("name"), name);
        // empty (or absent) discount and time zone keep what the client has; a new client gets the defaults
        if (discount.isEmpty())
            cells.remove(L("discount"));
        else
            cells.insert(L("discount"), QString::number(discount.toInt())); // "05" is stored as 5
        if (timezone.isEmpty())
            cells.remove(L("timezone"));
        if (isNew) {
            if (!cells.contains(L("discount")))
                cells.insert(L("discount"), QString::number(kDiscountMin));
            if (!cells.contains(L("timezone")))
                cells.insert(L("timezone"), L(kDefaultTimeZone));
            cells.insert(L("project"), L("Demo Hosting"));
            cells.insert(L("balance"), L("0.00 USD"));
            cells.insert(L("account_status"), L("1"));
            cells.insert(L("tz_registration_date"), m_data.today());
            const qint64 newId = t->insert(0, cells);
            doc.add(L("ok"));
            doc.add(L("id"), QString::number(newId));
        } else {
            for (auto it = cells.constBegin(); it != cells.constEnd(); ++it)
                if (it.key() != QLatin1String("project"))
                    t->set(id, it.key(), it.value());
            doc.add(L("ok"));
        }
        return;
    }

    // Open or recompute (sv_field): values, then options that depend on them.
    const QString country = value(ctx, t, id, L("country"), L("840"));
    const QList<QPair<QString, QString>> states = m_data.states(country);
    QString state = value(ctx, t, id, L("state"));
    if (!hasKey(states, state))
        state = states.isEmpty() ? L("null") : states.first().first;
    if (!isNew)
        doc.add(L("elid"), elid);
    doc.add(L("name"), value(ctx, t, id, L("name")));
    doc.add(L("email"), value(ctx, t, id, L("email")));
    doc.add(L("profiletype"), value(ctx, t, id, L("profiletype"), L("1")));
    doc.add(L("company"), value(ctx, t, id, L("company")));
    doc.add(L("country"), country);
    doc.add(L("state"), state);
    doc.add(L("project"), ctx.has(L("project")) ? ctx.param(L("project")) : L("1"));
    doc.add(L("client_lang"), value(ctx, t, id, L("client_lang"), L("en")));
    doc.add(L("timezone"), value(ctx, t, id, L("timezone"), L(kDefaultTimeZone)));
    doc.add(L("passwd"), QString());
    doc.add(L("confirm"), QString());
    if (!isNew)
        doc.add(L("info"),
            QStringLiteral("%1 %2, %3 %4")
                .arg(Messages::text(L("tz_registration_date"), ctx.lang),
                    t->value(id, L("tz_registration_date")), Messages::text(L("balance"), ctx.lang),
                    t->value(id, L("balance"))));
    doc.add(L("phone"), value(ctx, t, id, L("phone")));
    doc.add(L("site"), value(ctx, t, id, L("site")));
    doc.add(L("balance_limit"), value(ctx, t, id, L("balance_limit"), L("0")));
    doc.add(L("discount"), value(ctx, t, id, L("discount"), QString::number(kDiscountMin)));
    doc.add(L("notify"), value(ctx, t, id, L("notify"), L("on")));
    doc.add(L("note"), value(ctx, t, id, L("note")));
    doc.add(L("sesid"), ctx.session ? L("1") : QString());

    FormBuilder f(ctx, ctx.func, L("title_account.edit"));
    f.page(L("main"));
    f.input(L("name"), L("text")).attr(L("required"), L("yes")).attr(L("maxlength"), L("64"));
    f.input(L("email"), L("text")).attr(L("required"), L("yes")).attr(L("check"), L("email"));
    QList<QPair<QString, QString>> profiles;
    for (const char *p : { "1", "2", "3" })
        profiles.append({ L(p), Messages::text(L("profiletype_") + L(p), ctx.lang) });
    f.select(L("profiletype"), profiles, doc, L("radio"))
        .add(Node(L("if")).attr(L("value"), L("1")).attr(L("hide"), L("company")));
    // shadow names the field to disable (real forms and generic mgr5 clients), not "yes"
    f.field().children.back().add(Node(L("if")).attr(L("value"), L("3")).attr(L("shadow"), L("company")));
    f.input(L("company"), L("text"));
    f.select(L("country"), m_data.countries(ctx.lang), doc)
        .attr(L("sorted"), L("yes"))
        .attr(L("setvalues"), L("yes"));
    // a dependent select is sent whole: every country's states, each <val depend="COUNTRY">; the client shows
    // those of the chosen country (what real forms and generic mgr5 clients do)
    QList<QPair<QString, QString>> allStates;
    QStringList dependOn;
    const QList<QPair<QString, QString>> countries = m_data.countries(ctx.lang);
    for (const auto &c : countries) {
        const QList<QPair<QString, QString>> list = m_data.states(c.first);
        for (const auto &st : list) {
            allStates.append(st);
            dependOn.append(c.first);
        }
    }
    f.select(L("state"), allStates, doc).attr(L("depend"), L("country"));
    for (auto it = doc.children.rbegin(); it != doc.children.rend(); ++it)
        if (it->name == QLatin1String("slist") && it->attrValue(L("name")) == QLatin1String("state")) {
            for (size_t i = 0; i < it->children.size() && int(i) < dependOn.size(); ++i)
                it->children[i].attr(L("depend"), dependOn.at(int(i)));
            break;
        }
    f.select(L("project"),
        { { L("1"), L("Demo Hosting") }, { L("2"), L("Demo Cloud") }, { L("3"), L("Demo Domains") } }, doc,
        L("multiple"));
    f.select(L("client_lang"), langs(), doc);
    f.select(L("timezone"), m_data.timeZones(ctx.lang), doc); // 35 options: the client makes it searchable
    Node &pw = f.input(L("passwd"), L("password"));
    pw.attr(L("private"), L("yes"));
    if (isNew)
        pw.attr(L("required"), L("yes"));
    f.input(L("confirm"), L("password")).attr(L("private"), L("yes"));
    f.textdata(L("info")).attr(L("remove_if"), L("new"));
    f.field().attr(L("remove_if"), L("new"));
    f.page(L("extra"));
    f.input(L("phone"), L("text")).attr(L("check"), L("phone"));
    f.input(L("site"), L("text")).attr(L("check"), L("url"));
    f.input(L("balance_limit"), L("text")).attr(L("check"), L("int")).attr(L("checkargs"), L("0,100000"));
    f.slider(L("discount"), kDiscountMin, kDiscountMax, kDiscountStep);
    f.input(L("notify"), L("checkbox"));
    f.textarea(L("note"));
    f.input(L("sesid"), L("hidden"));
    f.button(L("ok"), L("ok"));
    f.button(L("verify"), L("button"));
    f.button(L("cancel"), L("cancel"));
    f.finish(doc);
}

void Forms::userEdit(Context &ctx, Node &doc)
{
    Table *t = m_data.table(L("user"));
    const Row *me = m_data.userByName(ctx.user);
    const bool full
        = ctx.isAdmin() || (me && t->value(*me, L("default_access_allow")) == QLatin1String("on"));
    if (!full)
        throw ApiError { L("access"), ctx.func, ctx.func, L("err_access"), {} };
    const QString elid = ctx.param(L("elid"));
    const qint64 id = elid.toLongLong();
    const Row *row = elid.isEmpty() ? nullptr : t->find(id);
    if (!elid.isEmpty() && !row)
        throw ApiError { L("notfound"), L("elid"), elid, L("err_notfound"), {} };
    if (row && !ctx.isAdmin() && row->owner != ctx.account)
        throw ApiError { L("access"), L("elid"), elid, L("err_access"), {} };
    const bool isNew = elid.isEmpty();

    if (!ctx.param(L("sok")).isEmpty()) {
        required(ctx, L("name"));
        const QString name = ctx.param(L("name")).trimmed();
        static const QRegularExpression loginRe(QStringLiteral("^[A-Za-z0-9_.@-]{2,64}$"));
        if (!loginRe.match(name).hasMatch())
            fail(L("value"), L("name"), name, "err_value");
        checkEmail(ctx, L("email"));
        if (isNew)
            required(ctx, L("passwd"));
        if (ctx.param(L("passwd")) != ctx.param(L("confirm")))
            throw ApiError { L("value"), L("confirm"), {}, L("err_confirm"), L("confirm") };
        if (const Row *other = m_data.userByName(name); other && other->id != id)
            throw ApiError { L("exists"), L("user"), name, L("err_exists"), L("user") };
        int account = ctx.account;
        if (ctx.isAdmin()) {
            checkInt(ctx, L("account"), 0, 1 << 30);
            account = ctx.param(L("account")).toInt();
            if (account && !m_data.table(L("account"))->find(account))
                fail(L("value"), L("account"), ctx.param(L("account")), "err_value");
        }
        if (isNew) {
            QHash<QString, QString> cells { { L("name"), name }, { L("realname"), ctx.param(L("realname")) },
                { L("email"), ctx.param(L("email")) },
                { L("account"), account ? QString::number(account) : QString() },
                { L("account_name"), m_data.accountName(account) }, { L("status"), L("on") },
                { L("level"), account ? L("16") : L("29") }, { L("phone"), ctx.param(L("phone")) },
                { L("passwd"), ctx.param(L("passwd")) },
                { L("default_access_allow"),
                    ctx.param(L("default_access_allow")) == QLatin1String("on") ? L("on") : L("off") },
                { L("owner"), ctx.isAdmin() ? QString() : ctx.user }, { L("client_lang"), L("en") } };
            const qint64 newId = t->insert(account, cells);
            doc.add(L("ok"));
            doc.add(L("id"), QString::number(newId));
        } else {
            t->set(id, L("name"), name);
            for (const char *c : { "realname", "email", "phone" })
                if (ctx.has(L(c)))
                    t->set(id, L(c), ctx.param(L(c)));
            if (ctx.has(L("default_access_allow")))
                t->set(id, L("default_access_allow"),
                    ctx.param(L("default_access_allow")) == QLatin1String("on") ? L("on") : L("off"));
            if (!ctx.param(L("passwd")).isEmpty())
                t->set(id, L("passwd"), ctx.param(L("passwd")));
            doc.add(L("ok"));
        }
        return;
    }

    if (!isNew)
        doc.add(L("elid"), elid);
    for (const char *c : { "name", "realname", "email", "phone" })
        doc.add(L(c), value(ctx, row ? t : nullptr, id, L(c)));
    doc.add(L("passwd"), QString());
    doc.add(L("confirm"), QString());
    doc.add(
        L("default_access_allow"), value(ctx, row ? t : nullptr, id, L("default_access_allow"), L("off")));
    if (ctx.isAdmin())
        doc.add(L("account"), value(ctx, row ? t : nullptr, id, L("account")));
    if (row)
        doc.add(L("status"), Messages::status(L("onoff"), t->value(*row, L("status")), ctx.lang));

    FormBuilder f(ctx, ctx.func, L("title_user.edit"));
    f.input(L("name"), L("text")).attr(L("required"), L("yes"));
    f.input(L("realname"), L("text"));
    f.input(L("email"), L("text")).attr(L("check"), L("email"));
    f.input(L("phone"), L("text")).attr(L("check"), L("phone"));
    Node &pw = f.input(L("passwd"), L("password"));
    if (isNew)
        pw.attr(L("required"), L("yes"));
    f.input(L("confirm"), L("password"));
    f.input(L("default_access_allow"), L("checkbox"));
    if (ctx.isAdmin())
        f.input(L("account"), L("text")).attr(L("check"), L("int"));
    f.textdata(L("status")).attr(L("remove_if"), L("new"));
    f.button(L("ok"), L("ok"));
    f.button(L("cancel"), L("cancel"));
    f.finish(doc);
}

} // namespace mgrdesk::sim
