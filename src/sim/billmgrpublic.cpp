// Billmgr: the public functions that answer without a login: password recovery and registration.
#include "billmgr.h"

#include "dataset.h"
#include "formbuilder.h"
#include "formchecks.h"
#include "messages.h"

namespace mgrdesk::sim {

using namespace formchecks;

void Billmgr::recovery(Context &ctx, Node &doc)
{
    // func=recovery&email=…&sok=ok: the reply is the same whether the address is known or not (no disclosure
    // of who has an account); the demo sends no mail
    if (!ctx.param(L("sok")).isEmpty()) {
        required(ctx, L("email"));
        checkEmail(ctx, L("email"));
        doc.add(L("ok"));
        return;
    }
    doc.add(L("email"), ctx.param(L("email")));
    FormBuilder f(ctx, ctx.func, L("title_recovery"));
    f.input(L("email"), L("text")).attr(L("required"), L("yes")).attr(L("check"), L("email"));
    f.button(L("ok"), L("ok"));
    f.button(L("cancel"), L("cancel"));
    f.finish(doc);
}

void Billmgr::registerUser(Context &ctx, Node &doc)
{
    // func=register&email&realname&passwd&confirm&sok=ok: a new client (account + user, level 16) whose login
    // is the e-mail address
    if (!ctx.param(L("sok")).isEmpty()) {
        required(ctx, L("email"));
        checkEmail(ctx, L("email"));
        required(ctx, L("passwd"));
        if (ctx.param(L("passwd")) != ctx.param(L("confirm")))
            throw ApiError { L("value"), L("confirm"), {}, L("err_confirm"), L("confirm") };
        const QString email = ctx.param(L("email")).trimmed();
        if (m_data.userByName(email))
            throw ApiError { L("exists"), L("user"), email, L("err_exists"), L("user") };
        const QString realname = ctx.param(L("realname")).trimmed();
        const QString name = realname.isEmpty() ? email : realname;
        Table *accounts = m_data.table(L("account"));
        const qint64 account = accounts->insert(0,
            { { L("name"), name }, { L("project"), L("Demo Hosting") }, { L("balance"), L("0.00 USD") },
                { L("account_status"), L("1") }, { L("tz_registration_date"), m_data.today() },
                { L("email"), email }, { L("country"), L("840") }, { L("profiletype"), L("1") },
                { L("client_lang"), ctx.lang }, { L("notify"), L("on") }, { L("balance_limit"), L("0") },
                { L("discount"), L("0") }, { L("timezone"), L("UTC") } });
        m_data.table(L("user"))->insert(int(account),
            { { L("name"), email }, { L("realname"), realname }, { L("email"), email },
                { L("account"), QString::number(account) }, { L("account_name"), name },
                { L("status"), L("on") }, { L("level"), L("16") }, { L("passwd"), ctx.param(L("passwd")) },
                { L("default_access_allow"), L("on") }, { L("client_lang"), ctx.lang } });
        doc.add(L("ok"));
        doc.add(L("id"), QString::number(account));
        return;
    }
    for (const char *c : { "realname", "email" })
        doc.add(L(c), ctx.param(L(c)));
    doc.add(L("passwd"), QString());
    doc.add(L("confirm"), QString());
    FormBuilder f(ctx, ctx.func, L("title_register"));
    f.input(L("realname"), L("text"));
    f.input(L("email"), L("text")).attr(L("required"), L("yes")).attr(L("check"), L("email"));
    f.input(L("passwd"), L("password")).attr(L("required"), L("yes")).attr(L("private"), L("yes"));
    f.input(L("confirm"), L("password")).attr(L("required"), L("yes")).attr(L("private"), L("yes"));
    f.button(L("ok"), L("ok"));
    f.button(L("cancel"), L("cancel"));
    f.finish(doc);
}

} // namespace mgrdesk::sim
