// Forms: the API guide's own examples (docs/protocol.md §3), which a newcomer pastes first: user.info (with
// su), payment.edit&elid=…&elname=…&plid=…, invoice.generate&company=12&gentype=all&fromdate&todate&sok=ok,
// domain.edit with ip, ns, owner, and admin.edit (staff users; a duplicate name gives the guide's error).
#include "forms.h"

#include "dataset.h"
#include "formbuilder.h"
#include "formchecks.h"
#include "messages.h"

#include <QDate>
#include <QMap>

namespace mgrdesk::sim {

using namespace formchecks;

namespace {

const char *const kCompanyId = "12"; // the guide's company=12 is the demo provider's company
const char *const kCompanyName = "Demo Hosting LLC";

void requireAdmin(const Context &ctx)
{
    if (!ctx.isAdmin())
        throw ApiError { L("access"), ctx.func, ctx.func, L("err_access"), {} };
}

QString checkedDate(const Context &ctx, const QString &field)
{
    const QString v = ctx.param(field).trimmed();
    if (v.isEmpty())
        fail(L("missed"), field, QString(), "err_missed");
    if (!QDate::fromString(v, Qt::ISODate).isValid())
        fail(L("value"), field, v, "err_value");
    return v;
}

} // namespace

void Forms::userInfo(Context &ctx, Node &doc)
{
    // without elid: the (effective) user itself, so user.info&su=client1 shows client1
    Table *t = m_data.table(L("user"));
    const QString elid = ctx.param(L("elid")).trimmed();
    const Row *row = elid.isEmpty() ? m_data.userByName(ctx.user) : t->find(elid.toLongLong());
    if (!row)
        throw ApiError { L("notfound"), L("elid"), elid, L("err_notfound"), {} };
    if (!ctx.isAdmin() && row->owner != ctx.account)
        throw ApiError { L("access"), L("elid"), elid, L("err_access"), {} };
    doc.add(L("elid"), QString::number(row->id));
    FormBuilder f(ctx, ctx.func, L("title_user.edit"));
    for (const char *c : { "name", "realname", "email", "phone", "level", "account_name", "client_lang" }) {
        doc.add(L(c), t->value(*row, L(c)));
        f.textdata(L(c));
    }
    doc.add(L("status"), Messages::status(L("onoff"), t->value(*row, L("status")), ctx.lang));
    f.textdata(L("status"));
    f.button(L("cancel"), L("cancel"));
    f.finish(doc);
}

void Forms::paymentEdit(Context &ctx, Node &doc)
{
    // payment.edit&elid=1256&elname=pfx%2F1256&plid=334: elname is the display name the web UI adds
    // (ignored), plid the client whose payments list it came from (checked when given)
    requireAdmin(ctx);
    Table *t = m_data.table(L("payment"));
    const QString elid = ctx.param(L("elid")).trimmed();
    if (elid.isEmpty())
        fail(L("missed"), L("elid"), QString(), "err_missed");
    const Row *row = t->find(elid.toLongLong());
    if (!row)
        throw ApiError { L("notfound"), L("elid"), elid, L("err_notfound"), {} };
    const QString plid = ctx.param(L("plid")).trimmed();
    if (!plid.isEmpty() && plid != QString::number(row->owner))
        throw ApiError { L("notfound"), L("plid"), plid, L("err_notfound"), {} };
    const QStringList codes = Messages::statusCodes(L("payment"));
    if (!ctx.param(L("sok")).isEmpty()) {
        const QString status = ctx.param(L("status"));
        if (!status.isEmpty() && !codes.contains(status))
            fail(L("value"), L("status"), status, "err_value");
        for (const char *money : { "subaccountamount", "paymethodamount" }) {
            const QString v = ctx.param(L(money)).trimmed();
            static const QRegularExpression re(QStringLiteral("^\\d{1,12}(\\.\\d{1,2})?$"));
            if (!v.isEmpty() && !re.match(v).hasMatch())
                fail(L("value"), L(money), v, "err_value");
        }
        if (ctx.has(L("number")))
            t->set(row->id, L("number"), ctx.param(L("number")).trimmed());
        if (!status.isEmpty())
            t->set(row->id, L("status"), status);
        auto setMoney = [&](const char *field, const char *column) {
            const QString v = ctx.param(L(field)).trimmed();
            if (v.isEmpty())
                return;
            const QString iso = t->value(row->id, L(column)).section(QLatin1Char(' '), 1);
            t->set(row->id, L(column), QStringLiteral("%1 %2").arg(v.toDouble(), 0, 'f', 2).arg(iso));
        };
        setMoney("subaccountamount", "subaccountamount_iso");
        setMoney("paymethodamount", "paymethodamount_iso");
        doc.add(L("ok"));
        return;
    }
    doc.add(L("elid"), elid);
    doc.add(L("number"), t->value(*row, L("number")));
    doc.add(L("createdate"), t->value(*row, L("create_date")) + L(" 00:00:00"));
    doc.add(L("sender"), t->value(*row, L("sender_name")));
    doc.add(L("subaccountamount"), t->value(*row, L("subaccountamount_iso")).section(QLatin1Char(' '), 0, 0));
    doc.add(L("paymethodamount"), t->value(*row, L("paymethodamount_iso")).section(QLatin1Char(' '), 0, 0));
    doc.add(L("status"), t->value(*row, L("status")));
    QList<QPair<QString, QString>> options;
    for (const QString &c : codes)
        options.append({ c, Messages::status(L("payment"), c, ctx.lang) });
    FormBuilder f(ctx, ctx.func, L("title_payment.edit"));
    f.input(L("number"), L("text")).attr(L("maxlength"), L("64"));
    f.textdata(L("createdate"));
    f.textdata(L("sender"));
    f.input(L("subaccountamount"), L("text")).attr(L("check"), L("money")).attr(L("checkargs"), L("0,"));
    f.input(L("paymethodamount"), L("text")).attr(L("check"), L("money")).attr(L("checkargs"), L("0,"));
    f.select(L("status"), options, doc);
    f.button(L("ok"), L("ok"));
    f.button(L("cancel"), L("cancel"));
    f.finish(doc);
}

void Forms::invoiceGenerate(Context &ctx, Node &doc)
{
    // invoice.generate&company=12&gentype=all&fromdate=…&todate=…&sok=ok: one invoice per client with
    // expenses in the period (gentype=all: every client; payers: clients with a payment in the period too)
    requireAdmin(ctx);
    if (!ctx.param(L("sok")).isEmpty()) {
        const QString company = ctx.param(L("company"));
        if (company.isEmpty())
            fail(L("missed"), L("company"), QString(), "err_missed");
        if (company != QLatin1String(kCompanyId))
            fail(L("value"), L("company"), company, "err_value");
        const QString gentype = ctx.param(L("gentype")).isEmpty() ? L("all") : ctx.param(L("gentype"));
        if (gentype != QLatin1String("all") && gentype != QLatin1String("payers"))
            fail(L("value"), L("gentype"), gentype, "err_value");
        const QString from = checkedDate(ctx, L("fromdate"));
        const QString to = checkedDate(ctx, L("todate"));
        if (to < from)
            fail(L("value"), L("todate"), to, "err_value");
        const Table *expense = m_data.table(L("expense"));
        QMap<int, qint64> cents; // account → sum
        for (int i = 0; i < expense->size(); ++i) {
            const Row &r = expense->at(i);
            const QString day = expense->value(r, L("realdate")).left(10);
            if (r.owner == 0 || day < from || day > to)
                continue;
            const QString amount = expense->value(r, L("amount")).section(QLatin1Char(' '), 0, 0);
            cents[r.owner] += qRound64(amount.toDouble() * 100);
        }
        if (gentype == QLatin1String("payers")) {
            const Table *payment = m_data.table(L("payment"));
            QSet<int> payers;
            for (int i = 0; i < payment->size(); ++i) {
                const QString day = payment->value(payment->at(i), L("create_date"));
                if (day >= from && day <= to)
                    payers.insert(payment->at(i).owner);
            }
            for (auto it = cents.begin(); it != cents.end();)
                it = payers.contains(it.key()) ? std::next(it) : cents.erase(it);
        }
        Table *invoice = m_data.table(L("invoice"));
        int made = 0;
        for (auto it = cents.constBegin(); it != cents.constEnd(); ++it) {
            const qint64 id = invoice->insert(it.key(),
                { { L("cdate"), m_data.today() }, { L("company"), L(kCompanyName) },
                    { L("customer"), m_data.accountName(it.key()) },
                    { L("amount_iso"),
                        QStringLiteral("%1.%2 USD")
                            .arg(it.value() / 100)
                            .arg(it.value() % 100, 2, 10, QLatin1Char('0')) },
                    { L("invoice_status"), L("1") } });
            invoice->set(id, L("number"), QStringLiteral("INV-%1").arg(id, 5, 10, QLatin1Char('0')));
            ++made;
        }
        doc.add(L("ok"));
        doc.add(L("count"), QString::number(made));
        return;
    }
    doc.add(L("company"), ctx.param(L("company")).isEmpty() ? L(kCompanyId) : ctx.param(L("company")));
    doc.add(L("gentype"), ctx.param(L("gentype")).isEmpty() ? L("all") : ctx.param(L("gentype")));
    doc.add(L("fromdate"), ctx.param(L("fromdate")));
    doc.add(L("todate"), ctx.param(L("todate")));
    FormBuilder f(ctx, ctx.func, L("title_invoice.generate"));
    f.select(L("company"), { { L(kCompanyId), L(kCompanyName) } }, doc).attr(L("required"), L("yes"));
    f.select(L("gentype"),
        { { L("all"), Messages::text(L("gentype_all"), ctx.lang) },
            { L("payers"), Messages::text(L("gentype_payers"), ctx.lang) } },
        doc);
    f.input(L("fromdate"), L("text"))
        .attr(L("check"), L("date"))
        .attr(L("date"), L("yes"))
        .attr(L("required"), L("yes"));
    f.input(L("todate"), L("text"))
        .attr(L("check"), L("date"))
        .attr(L("date"), L("yes"))
        .attr(L("required"), L("yes"));
    f.button(L("ok"), L("ok"));
    f.button(L("cancel"), L("cancel"));
    f.finish(doc);
}

void Forms::domainEdit(Context &ctx, Node &doc)
{
    // domain.edit with the log line's parameters: name (the domain), ip, ns (name servers, space separated),
    // owner (the client's login); an empty elid creates a domain, an elid changes ip/ns
    requireAdmin(ctx);
    Table *t = m_data.table(L("domain"));
    const QString elid = ctx.param(L("elid")).trimmed();
    const Row *row = elid.isEmpty() ? nullptr : t->find(elid.toLongLong());
    if (!elid.isEmpty() && !row)
        throw ApiError { L("notfound"), L("elid"), elid, L("err_notfound"), {} };
    if (!ctx.param(L("sok")).isEmpty()) {
        static const QRegularExpression domainRe(QStringLiteral("^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$"));
        static const QRegularExpression ipRe(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
        const QString name = ctx.param(L("name")).trimmed().toLower();
        const QString ip = ctx.param(L("ip")).trimmed();
        const QString ns = ctx.param(L("ns")).simplified();
        if (!row) {
            if (name.isEmpty())
                fail(L("missed"), L("name"), QString(), "err_missed");
            if (!domainRe.match(name).hasMatch())
                fail(L("value"), L("name"), name, "err_value");
            for (int i = 0; i < t->size(); ++i)
                if (t->value(t->at(i), L("domain")) == name)
                    throw ApiError { L("exists"), L("domain"), name, L("err_exists"), L("domain") };
        }
        if (!ip.isEmpty() && !ipRe.match(ip).hasMatch())
            fail(L("value"), L("ip"), ip, "err_value");
        const QStringList servers = ns.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &s : servers)
            if (!domainRe.match(s.endsWith(QLatin1Char('.')) ? s.chopped(1) : s).hasMatch())
                fail(L("value"), L("ns"), s, "err_value");
        if (row) {
            if (ctx.has(L("ip")))
                t->set(row->id, L("ip"), ip);
            if (ctx.has(L("ns")))
                t->set(row->id, L("ns"), servers.join(QLatin1Char(' ')));
            doc.add(L("ok"));
            return;
        }
        int account = 0;
        const QString owner = ctx.param(L("owner")).trimmed();
        if (!owner.isEmpty()) {
            const Row *u = m_data.userByName(owner);
            if (!u || u->owner == 0)
                fail(L("value"), L("owner"), owner, "err_value");
            account = u->owner;
        }
        const qint64 id = t->insert(account,
            { { L("domain"), name }, { L("account"), m_data.accountName(account) },
                { L("pricelist"), QStringLiteral(".%1 domain").arg(name.section(QLatin1Char('.'), -1)) },
                { L("project"), L("Demo Hosting") }, { L("processingmodule"), L("Registrar") },
                { L("createdate"), m_data.today() }, { L("item_status"), L("1") }, { L("ip"), ip },
                { L("ns"), servers.join(QLatin1Char(' ')) } });
        doc.add(L("ok"));
        doc.add(L("id"), QString::number(id));
        return;
    }
    if (row)
        doc.add(L("elid"), elid);
    doc.add(L("name"), row ? t->value(*row, L("domain")) : ctx.param(L("name")));
    doc.add(L("ip"), row ? t->value(*row, L("ip")) : ctx.param(L("ip")));
    doc.add(L("ns"), row ? t->value(*row, L("ns")) : ctx.param(L("ns")));
    doc.add(L("owner"), ctx.param(L("owner")));
    FormBuilder f(ctx, ctx.func, L("title_domain.edit"));
    Node &name = f.input(L("name"), L("text")).attr(L("required"), L("yes"));
    if (row)
        name.attr(L("readonly"), L("yes"));
    f.input(L("ip"), L("text")).attr(L("check"), L("ip"));
    f.input(L("ns"), L("text"));
    f.input(L("owner"), L("text")).attr(L("remove_if"), L("edit"));
    f.button(L("ok"), L("ok"));
    f.button(L("cancel"), L("cancel"));
    f.finish(doc);
}

void Forms::adminEdit(Context &ctx, Node &doc)
{
    // staff users (level 29, no client account); a duplicate name gives the guide's error:
    // <error type="exists" object="user"> "User with value 'ben' already exists"
    requireAdmin(ctx);
    Table *t = m_data.table(L("user"));
    const QString elid = ctx.param(L("elid")).trimmed();
    const Row *row = elid.isEmpty() ? nullptr : t->find(elid.toLongLong());
    if (!elid.isEmpty() && (!row || row->owner != 0))
        throw ApiError { L("notfound"), L("elid"), elid, L("err_notfound"), {} };
    if (!ctx.param(L("sok")).isEmpty()) {
        required(ctx, L("name"));
        const QString name = ctx.param(L("name")).trimmed();
        static const QRegularExpression loginRe(QStringLiteral("^[A-Za-z0-9_.@-]{2,64}$"));
        if (!loginRe.match(name).hasMatch())
            fail(L("value"), L("name"), name, "err_value");
        if (const Row *other = m_data.userByName(name); other && (!row || other->id != row->id))
            throw ApiError { L("exists"), L("user"), name, L("err_exists"), L("user") };
        checkEmail(ctx, L("email"));
        if (!row)
            required(ctx, L("passwd"));
        if (ctx.param(L("passwd")) != ctx.param(L("confirm")))
            throw ApiError { L("value"), L("confirm"), {}, L("err_confirm"), L("confirm") };
        if (row) {
            t->set(row->id, L("name"), name);
            for (const char *c : { "realname", "email" })
                if (ctx.has(L(c)))
                    t->set(row->id, L(c), ctx.param(L(c)));
            if (!ctx.param(L("passwd")).isEmpty())
                t->set(row->id, L("passwd"), ctx.param(L("passwd")));
            doc.add(L("ok"));
            return;
        }
        const qint64 id = t->insert(0,
            { { L("name"), name }, { L("realname"), ctx.param(L("realname")) },
                { L("email"), ctx.param(L("email")) }, { L("status"), L("on") }, { L("level"), L("29") },
                { L("passwd"), ctx.param(L("passwd")) }, { L("default_access_allow"), L("on") },
                { L("client_lang"), L("en") } });
        doc.add(L("ok"));
        doc.add(L("id"), QString::number(id));
        return;
    }
    if (row)
        doc.add(L("elid"), elid);
    for (const char *c : { "name", "realname", "email" })
        doc.add(L(c), value(ctx, row ? t : nullptr, row ? row->id : 0, L(c)));
    doc.add(L("passwd"), QString());
    doc.add(L("confirm"), QString());
    FormBuilder f(ctx, ctx.func, L("title_admin.edit"));
    f.input(L("name"), L("text")).attr(L("required"), L("yes"));
    f.input(L("realname"), L("text"));
    f.input(L("email"), L("text")).attr(L("check"), L("email"));
    Node &pw = f.input(L("passwd"), L("password"));
    pw.attr(L("private"), L("yes"));
    if (!row)
        pw.attr(L("required"), L("yes"));
    f.input(L("confirm"), L("password")).attr(L("private"), L("yes"));
    f.button(L("ok"), L("ok"));
    f.button(L("cancel"), L("cancel"));
    f.finish(doc);
}

} // namespace mgrdesk::sim
