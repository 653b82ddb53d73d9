// Forms: the "add payment" wizard as the real BILLmanager 6 runs it (docs/protocol.md §7, the
// billmgr6-wizard-* documents): func=payment.add answers its first step payment.add.method (the reply's func
// differs), a form with <steps>, an embedded method list whose rows carry <action><button/>,
// nosubmit/nocancel/nonext; probing a step with checkonly=on answers <skip/> or <unavailable/>; the submit
// ends with <ok type="url">. Also the toolbar's "pay" (payment.add.redirect) and the field validators
// check.money, check.int, check.email.
#include "forms.h"

#include "dataset.h"
#include "formchecks.h"
#include "messages.h"

namespace mgrdesk::sim {

using namespace formchecks;

namespace {

struct PayMethod
{
    const char *id;
    const char *name;
    const char *module;
    bool blank; // pays on the payment system's page (ok type="url"); else a confirmation step first
};

const PayMethod kMethods[] = {
    { "1", "Credit card", "pmdemocard", true },
    { "2", "Bank transfer", "pmbanktransfer", false },
};
const char *const kMinAmount = "1.00";

const PayMethod *method(const QString &id)
{
    for (const PayMethod &m : kMethods)
        if (id == QLatin1String(m.id))
            return &m;
    return nullptr;
}

// "10", "10.5", "10,50", " 1 000.5 " → "1000.50"; empty on anything else.
QString normalizeMoney(QString v)
{
    v.remove(QLatin1Char(' ')).replace(QLatin1Char(','), QLatin1Char('.'));
    static const QRegularExpression re(QStringLiteral("^-?\\d{1,12}(\\.\\d{0,2})?$"));
    if (!re.match(v).hasMatch())
        return QString();
    const int dot = int(v.indexOf(QLatin1Char('.')));
    const QString whole = dot < 0 ? v : v.left(dot);
    const QString frac = dot < 0 ? QString() : v.mid(dot + 1);
    QString w = QString::number(whole.toLongLong());
    if (whole.startsWith(QLatin1Char('-')) && !w.startsWith(QLatin1Char('-')))
        w.prepend(QLatin1Char('-'));
    return w + QLatin1Char('.') + (frac + QStringLiteral("00")).left(2);
}

qint64 moneyCents(const QString &normalized)
{
    const bool negative = normalized.startsWith(QLatin1Char('-'));
    const QString v = negative ? normalized.mid(1) : normalized;
    const qint64 c
        = v.section(QLatin1Char('.'), 0, 0).toLongLong() * 100 + v.section(QLatin1Char('.'), 1).toLongLong();
    return negative ? -c : c;
}

Node step(const char *name, const QString &lang, bool unavailable)
{
    Node s(L("step"), Messages::text(L("step_") + L(name), lang));
    s.attr(L("name"), L(name));
    if (unavailable)
        s.attr(L("unavailable"), L("yes"));
    return s;
}

void addMessages(Node &messages, const QString &lang, std::initializer_list<const char *> names)
{
    for (const char *n : names)
        messages.add(Node(L("msg"), Messages::text(L("wz_") + L(n), lang)).attr(L("name"), L(n)));
}

} // namespace

void Forms::paymentWizardStep(Context &ctx, Node &doc)
{
    if (ctx.isAdmin())
        throw ApiError { L("access"), ctx.func, ctx.func, L("err_access"), {} }; // a client's wizard (use su)
    const QString func = ctx.func == QLatin1String("payment.add") ? L("payment.add.method") : ctx.func;
    ctx.replyFunc = func;
    const bool probe = ctx.param(L("checkonly")) == QLatin1String("on");
    const PayMethod *m = method(ctx.param(L("paymethod")));

    // the steps a client may probe: the demo has one payer, so "country" is always skipped; payer profiles
    // are not simulated ("unavailable", as in the capture); the confirmation exists once a method is chosen
    if (func == QLatin1String("payment.add.country") || func == QLatin1String("payment.add.profile")
        || (func == QLatin1String("payment.add.pay") && probe)) {
        const bool skip = func == QLatin1String("payment.add.country");
        const bool available = func == QLatin1String("payment.add.pay") && m && !m->blank;
        if (!available) {
            if (ctx.wantsMetadata()) {
                Node meta(L("metadata"));
                meta.attr(L("name"), func).attr(L("type"), L("form"));
                Node &form = meta.add(Node(L("form")).attr(L("title"), L("name")));
                Node &buttons = form.add(L("buttons"));
                buttons.add(Node(L("button")).attr(L("name"), L("ok")).attr(L("type"), L("ok")));
                buttons.add(Node(L("button")).attr(L("name"), L("cancel")).attr(L("type"), L("cancel")));
                doc.add(meta);
                doc.add(Node(L("messages")).attr(L("name"), func));
            }
            doc.add(skip ? L("skip") : L("unavailable"));
            doc.add(L("plid"), ctx.param(L("plid")));
            return;
        }
    }
    if (func == QLatin1String("payment.add.pay")) {
        paymentWizardConfirm(ctx, doc);
        return;
    }
    if (func != QLatin1String("payment.add.method"))
        throw ApiError { L("unknown"), L("func"), func, L("err_unknownfunc"), {} };

    const QString amountIn = ctx.param(L("amount"));
    const QString amount = normalizeMoney(amountIn);
    if (!probe && !ctx.param(L("sok")).isEmpty()) {
        if (amountIn.trimmed().isEmpty())
            fail(L("missed"), L("amount"), QString(), "err_missed");
        if (amount.isEmpty() || moneyCents(amount) < moneyCents(L(kMinAmount)))
            fail(L("value"), L("amount"), amountIn, "err_value");
        if (!m)
            fail(ctx.param(L("paymethod")).isEmpty() ? L("missed") : L("value"), L("paymethod"),
                ctx.param(L("paymethod")), ctx.param(L("paymethod")).isEmpty() ? "err_missed" : "err_value");
        if (!m->blank) {
            // the next available step answers (country and profile are passed over)
            ctx.replyFunc = L("payment.add.pay");
            paymentWizardConfirm(ctx, doc);
            return;
        }
        const qint64 id = createPayment(ctx, amount, QString::fromLatin1(m->name));
        // as the capture: the step's own document nested inside the reply, then the redirect
        Node nested(L("doc"));
        nested.attr(L("lang"), ctx.lang).attr(L("func"), func);
        nested.add(L("amount"), amount);
        nested.add(L("paymethod"), QString::fromLatin1(m->id));
        Node &echo = nested.add(L("tparams"));
        for (const auto &p : ctx.ordered)
            echo.add(p.first, p.second);
        doc.add(nested);
        doc.add(Node(L("ok"), QStringLiteral("/mancgi/demopayment?elid=%1").arg(id))
                    .attr(L("type"), L("url"))
                    .attr(L("on_blank_redirect_action"), L("func=payment")));
        return;
    }

    // open (or recompute with sv_field=amount): the first step with the method list
    if (ctx.wantsMetadata()) {
        Node meta(L("metadata"));
        meta.attr(L("name"), func).attr(L("type"), L("form")).attr(L("selficon"), L("finance"));
        Node &form = meta.add(Node(L("form")));
        // title="name": the title is the value of the field "name"; this form has none, so the message
        // "title" is the title (as in the capture)
        form.attr(L("title"), L("name"))
            .attr(L("nosubmit"), L("yes"))
            .attr(L("nocancel"), L("yes"))
            .attr(L("nonext"), L("yes"))
            .attr(L("wizard"), L("first"));
        Node &amountPage = form.add(Node(L("page")).attr(L("name"), L("amount_page")));
        Node &field
            = amountPage.add(Node(L("field")).attr(L("name"), L("amount")).attr(L("fixed"), L("yes")));
        field.add(Node(L("input"))
                      .attr(L("type"), L("text"))
                      .attr(L("checkargs"), L("0.01,"))
                      .attr(L("check"), L("money"))
                      .attr(L("required"), L("yes"))
                      .attr(L("setvalues"), L("blocking"))
                      .attr(L("name"), L("amount"))
                      .attr(L("maxlength"), L("13"))
                      .attr(L("mask"), L("9{1,10}[.99]")));
        field.add(Node(L("desc")).attr(L("name"), L("amount_iso")));
        for (const char *h : { "randomnumber", "payment_currency", "snext" })
            field.add(Node(L("input")).attr(L("type"), L("hidden")).attr(L("name"), L(h)));
        Node &listPage = form.add(Node(L("page")).attr(L("name"), L("methodlist_page")));
        Node &lf
            = listPage.add(Node(L("field")).attr(L("name"), L("methodlist")).attr(L("noname"), L("yes")));
        Node &list = lf.add(Node(L("list")).attr(L("name"), L("methodlist")).attr(L("key"), L("paymethod")));
        list.add(Node(L("col")).attr(L("name"), L("image")).attr(L("type"), L("img")));
        list.add(Node(L("col")).attr(L("name"), L("name")).attr(L("type"), L("data")));
        list.add(Node(L("col")).attr(L("name"), L("desc")).attr(L("type"), L("data")));
        list.add(Node(L("col")).attr(L("name"), L("amount")).attr(L("type"), L("data")));
        list.add(Node(L("col")).attr(L("name"), L("action")).attr(L("type"), L("button")));
        form.add(Node(L("buttons")).attr(L("wizard"), L("first")));
        doc.add(meta);
    }
    Node messages(L("messages"));
    messages.attr(L("name"), func);
    addMessages(messages, ctx.lang,
        { "title", "wizard_title", "amount", "amount_iso", "methodlist_page", "amount_page",
            "msg_topaysystem", "hint_topaysystem", "msg_withoutpay", "hint_withoutpay", "msg_next",
            "msg_back", "msg_cancel", "msg_finish", "image", "name", "desc", "action" });
    doc.add(messages);
    doc.add(L("randomnumber"), QStringLiteral("demo%1").arg(ctx.user));
    doc.add(L("payment_currency"), L("1"));
    Node methods(L("list"));
    methods.attr(L("name"), L("methodlist"));
    for (const PayMethod &pm : kMethods) {
        Node e(L("elem"));
        e.add(L("paymethod"), QString::fromLatin1(pm.id));
        e.add(L("module"), QString::fromLatin1(pm.module));
        e.add(L("image"),
            QStringLiteral("/manimg/common/plugin-logo/%1.png").arg(QString::fromLatin1(pm.module)));
        e.add(L("name"), QString::fromLatin1(pm.name));
        e.add(L("minamount"), L(kMinAmount));
        Node &action = e.add(L("action"));
        Node button(L("button"));
        button.attr(L("name"), pm.blank ? L("topaysystem") : L("withoutpay"))
            .attr(L("keepform"), L("yes"))
            .attr(L("default"), L("yes"));
        if (pm.blank)
            button.attr(L("type"), L("blank"));
        action.add(button);
        e.add(L("amount"), amount.isEmpty() ? QString() : amount + L(" USD"));
        e.add(L("desc"),
            Messages::text(L("wz_minamount_desc"), ctx.lang).replace(L("__amount__"), L(kMinAmount)));
        methods.add(e);
    }
    doc.add(methods);
    doc.add(L("plid"), ctx.param(L("plid")));
    doc.add(L("amount"), amount.isEmpty() ? amountIn : amount);
    doc.add(L("amount_iso"), L("USD"));
    Node steps(L("steps"));
    steps.add(step("payment.add.method", ctx.lang, false));
    steps.add(step("payment.add.country", ctx.lang, true));
    steps.add(step("payment.add.profile", ctx.lang, true));
    steps.add(step("payment.add.pay", ctx.lang, true));
    doc.add(steps);
    doc.add(L("snext"), L("ok"));
}

void Forms::paymentWizardConfirm(Context &ctx, Node &doc)
{
    const PayMethod *m = method(ctx.param(L("paymethod")));
    const QString amount = normalizeMoney(ctx.param(L("amount")));
    if (!m || m->blank)
        fail(L("value"), L("paymethod"), ctx.param(L("paymethod")), "err_value");
    if (amount.isEmpty() || moneyCents(amount) < moneyCents(L(kMinAmount)))
        fail(L("value"), L("amount"), ctx.param(L("amount")), "err_value");
    // the confirmation submitted: the payment exists, the invoice page opens in the browser
    if (ctx.func == QLatin1String("payment.add.pay") && !ctx.param(L("sok")).isEmpty()
        && ctx.param(L("checkonly")) != QLatin1String("on")) {
        const qint64 id = createPayment(ctx, amount, QString::fromLatin1(m->name));
        doc.add(Node(L("ok"), QStringLiteral("/mancgi/demoinvoice?elid=%1").arg(id))
                    .attr(L("type"), L("url"))
                    .attr(L("on_blank_redirect_action"), L("func=payment")));
        return;
    }
    const QString func = L("payment.add.pay");
    if (ctx.wantsMetadata()) {
        Node meta(L("metadata"));
        meta.attr(L("name"), func).attr(L("type"), L("form"));
        Node &form = meta.add(Node(L("form")).attr(L("title"), L("name")));
        Node &page = form.add(Node(L("page")).attr(L("name"), L("main")));
        for (const char *h : { "amount", "paymethod", "snext" })
            page.add(Node(L("field")).attr(L("name"), L(h)))
                .add(Node(L("input")).attr(L("type"), L("hidden")).attr(L("name"), L(h)));
        page.add(Node(L("field")).attr(L("name"), L("summary")))
            .add(Node(L("textdata")).attr(L("name"), L("summary")).attr(L("type"), L("data")));
        Node &buttons = form.add(L("buttons"));
        buttons.add(Node(L("button")).attr(L("name"), L("back")).attr(L("type"), L("back")));
        buttons.add(Node(L("button")).attr(L("name"), L("finish")).attr(L("type"), L("ok")));
        buttons.add(Node(L("button")).attr(L("name"), L("cancel")).attr(L("type"), L("cancel")));
        doc.add(meta);
    }
    Node messages(L("messages"));
    messages.attr(L("name"), func);
    addMessages(messages, ctx.lang, { "title", "summary", "msg_back", "msg_finish", "msg_cancel" });
    doc.add(messages);
    doc.add(L("name"), Messages::text(L("step_payment.add.pay"), ctx.lang)); // the title (title="name")
    doc.add(L("amount"), amount);
    doc.add(L("paymethod"), QString::fromLatin1(m->id));
    doc.add(L("summary"), QStringLiteral("%1: %2 USD").arg(QString::fromLatin1(m->name), amount));
    Node steps(L("steps"));
    steps.add(step("payment.add.method", ctx.lang, false));
    steps.add(step("payment.add.country", ctx.lang, true));
    steps.add(step("payment.add.profile", ctx.lang, true));
    steps.add(step("payment.add.pay", ctx.lang, false));
    doc.add(steps);
    doc.add(L("snext"), L("ok"));
}

qint64 Forms::createPayment(const Context &ctx, const QString &amount, const QString &methodName)
{
    Table *t = m_data.table(L("payment"));
    const QString money = amount + L(" USD");
    const QString name = m_data.accountName(ctx.account);
    const qint64 id = t->insert(ctx.account,
        { { L("create_date"), m_data.today() }, { L("sender_name"), name }, { L("account_name"), name },
            { L("paymethod_name"), methodName }, { L("subaccountamount_iso"), money },
            { L("paymethodamount_iso"), money }, { L("status"), L("1") } });
    t->set(id, L("number"), QStringLiteral("DH-%1").arg(id, 6, 10, QLatin1Char('0')));
    return id;
}

void Forms::paymentRedirect(Context &ctx, Node &doc)
{
    // the toolbar's "pay" on a new payment: the payment system's page of that payment
    const QString elid = ctx.param(L("elid")).trimmed();
    const Table *t = m_data.table(L("payment"));
    const Row *r = t->find(elid.toLongLong());
    if (elid.isEmpty())
        fail(L("missed"), L("elid"), QString(), "err_missed");
    if (!r)
        throw ApiError { L("notfound"), L("elid"), elid, L("err_notfound"), {} };
    if (ctx.isAdmin() || r->owner != ctx.account || t->value(*r, L("status")) != QLatin1String("1"))
        throw ApiError { L("access"), L("elid"), elid, L("err_access"), {} };
    doc.add(Node(L("ok"), QStringLiteral("/mancgi/demopayment?elid=%1").arg(elid))
                .attr(L("type"), L("url"))
                .attr(L("on_blank_redirect_action"), L("func=payment")));
}

void Forms::validator(Context &ctx, Node &doc)
{
    // func=check.TYPE&funcname=FORM&name=FIELD&value=V&args=MIN,MAX → <value>normalised</value> or an error
    // naming the field (billmgr6-check-money-validator.xml)
    const QString type = ctx.func.mid(6);
    const QString field = ctx.param(L("name")).isEmpty() ? L("value") : ctx.param(L("name"));
    const QString raw = ctx.param(L("value"));
    const QStringList args = ctx.param(L("args")).split(QLatin1Char(','));
    const QString minArg = args.value(0).trimmed();
    const QString maxArg = args.value(1).trimmed();
    auto refuse = [&] { throw ApiError { L("value"), field, raw, L("err_value"), field }; };
    QString out;
    if (type == QLatin1String("money")) {
        out = normalizeMoney(raw);
        if (out.isEmpty())
            refuse();
        const QString lo = normalizeMoney(minArg), hi = normalizeMoney(maxArg);
        if ((!lo.isEmpty() && moneyCents(out) < moneyCents(lo))
            || (!hi.isEmpty() && moneyCents(out) > moneyCents(hi)))
            refuse();
    } else if (type == QLatin1String("int")) {
        bool ok = false;
        const qint64 v = raw.trimmed().toLongLong(&ok);
        if (!ok)
            refuse();
        bool hasLo = false, hasHi = false;
        const qint64 lo = minArg.toLongLong(&hasLo), hi = maxArg.toLongLong(&hasHi);
        if ((hasLo && v < lo) || (hasHi && v > hi))
            refuse();
        out = QString::number(v);
    } else if (type == QLatin1String("email")) {
        const QString v = raw.trimmed();
        static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!re.match(v).hasMatch())
            refuse();
        const int at = int(v.lastIndexOf(QLatin1Char('@')));
        out = v.left(at + 1) + v.mid(at + 1).toLower(); // the domain is case-insensitive
    } else {
        throw ApiError { L("unknown"), L("func"), ctx.func, L("err_unknownfunc"), {} };
    }
    doc.add(L("value"), out);
}

} // namespace mgrdesk::sim
