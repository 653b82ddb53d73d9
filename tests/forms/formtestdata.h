#pragma once
// Form replies built in code for the forms suites (the shapes of docs/protocol.md §6 and the samples).

#include "core/protocol/reply.h"

namespace formtest {

using namespace mgrdesk::protocol;

inline FormField field(const QString &name, const QString &control, const QString &type = {},
    const QString &page = QStringLiteral("main"))
{
    FormField f;
    f.name = name;
    f.control = control;
    f.type = type;
    f.page = page;
    if (!type.isEmpty())
        f.attributes.append({ QStringLiteral("type"), type });
    f.attributes.append({ QStringLiteral("name"), name });
    return f;
}

// A client form with every control kind, two pages, rules, checks, options and an embedded list.
inline FormData richForm(const QString &elid = QStringLiteral("7"))
{
    FormData d;
    d.hasMetadata = true;
    d.name = QStringLiteral("account.edit");
    d.title = QStringLiteral("Client");
    d.values = {
        { QStringLiteral("elid"), elid },
        { QStringLiteral("id"), elid },
        { QStringLiteral("name"), QStringLiteral("Acme") },
        { QStringLiteral("email"), QStringLiteral("ops@acme.example") },
        { QStringLiteral("passwd"), QString() },
        { QStringLiteral("country"), QStringLiteral("840") },
        { QStringLiteral("state"), QStringLiteral("ca") },
        { QStringLiteral("atype"), QStringLiteral("atany") },
        { QStringLiteral("addr"), QString() },
        { QStringLiteral("rows"), QStringLiteral("100") },
        { QStringLiteral("notify"), QStringLiteral("on") },
        { QStringLiteral("kind"), QStringLiteral("person") },
        { QStringLiteral("company"), QString() },
        { QStringLiteral("project"), QStringLiteral("2,3") },
        { QStringLiteral("note"), QStringLiteral("line 1\nline 2") },
        { QStringLiteral("created"), QStringLiteral("2024-04-15") },
        { QStringLiteral("secret_token"), QStringLiteral("t0k") },
        { QStringLiteral("discount"), QStringLiteral("10") },
        { QStringLiteral("phone"), QStringLiteral("+1 555 0100") },
        { QStringLiteral("site"), QStringLiteral("https://acme.example/") },
    };
    d.options.insert(QStringLiteral("country"),
        { { QStringLiteral("null"), QStringLiteral("-- none --"), true },
            { QStringLiteral("182"), QStringLiteral("Russia"), false },
            { QStringLiteral("840"), QStringLiteral("USA"), false } });
    d.options.insert(QStringLiteral("state"),
        { { QStringLiteral("ca"), QStringLiteral("California"), false },
            { QStringLiteral("ny"), QStringLiteral("New York"), false } });
    d.options.insert(QStringLiteral("atype"),
        { { QStringLiteral("atany"), QStringLiteral("Any address"), false },
            { QStringLiteral("atlist"), QStringLiteral("Listed"), false } });
    d.options.insert(QStringLiteral("kind"),
        { { QStringLiteral("person"), QStringLiteral("Person"), false },
            { QStringLiteral("company"), QStringLiteral("Company"), false } });
    d.options.insert(QStringLiteral("project"),
        { { QStringLiteral("1"), QStringLiteral("Main"), false },
            { QStringLiteral("2"), QStringLiteral("Hosting"), false },
            { QStringLiteral("3"), QStringLiteral("VPS"), false } });

    FormField name = field(QStringLiteral("name"), QStringLiteral("input"), QStringLiteral("text"));
    name.required = true;
    name.maxLength = 64;
    FormField email = field(QStringLiteral("email"), QStringLiteral("input"), QStringLiteral("text"));
    email.required = true;
    email.check = QStringLiteral("email");
    FormField passwd = field(QStringLiteral("passwd"), QStringLiteral("input"), QStringLiteral("password"));
    passwd.removeIfNew = false;
    FormField country = field(QStringLiteral("country"), QStringLiteral("select"));
    country.attributes.append({ QStringLiteral("setvalues"), QStringLiteral("yes") });
    FormField state = field(QStringLiteral("state"), QStringLiteral("select"));
    state.depend = QStringLiteral("country");
    FormField atype = field(QStringLiteral("atype"), QStringLiteral("select"));
    atype.ifRules = { { QStringLiteral("atany"), QStringLiteral("addr"), false } };
    FormField addr = field(QStringLiteral("addr"), QStringLiteral("input"), QStringLiteral("text"));
    addr.zoom = 5;
    addr.check = QStringLiteral("iprange");
    FormField rows = field(QStringLiteral("rows"), QStringLiteral("input"), QStringLiteral("text"));
    rows.check = QStringLiteral("int");
    rows.checkArgs = QStringLiteral("5,9999");
    rows.maxLength = 4;
    FormField notify = field(QStringLiteral("notify"), QStringLiteral("input"), QStringLiteral("checkbox"));
    FormField kind = field(QStringLiteral("kind"), QStringLiteral("select"), QStringLiteral("radio"));
    kind.ifRules = { { QStringLiteral("person"), QStringLiteral("company"), true } };
    FormField company = field(QStringLiteral("company"), QStringLiteral("input"), QStringLiteral("text"));
    FormField project
        = field(QStringLiteral("project"), QStringLiteral("select"), QStringLiteral("multiple"));
    FormField note = field(QStringLiteral("note"), QStringLiteral("textarea"), {}, QStringLiteral("extra"));
    FormField created
        = field(QStringLiteral("created"), QStringLiteral("textdata"), {}, QStringLiteral("extra"));
    created.removeIfNew = true;
    FormField token = field(QStringLiteral("secret_token"), QStringLiteral("input"), QStringLiteral("hidden"),
        QStringLiteral("extra"));
    FormField discount
        = field(QStringLiteral("discount"), QStringLiteral("slider"), {}, QStringLiteral("extra"));
    discount.attributes.append({ QStringLiteral("min"), QStringLiteral("0") });
    discount.attributes.append({ QStringLiteral("max"), QStringLiteral("50") });
    discount.attributes.append({ QStringLiteral("step"), QStringLiteral("5") });
    FormField phone = field(
        QStringLiteral("phone"), QStringLiteral("input"), QStringLiteral("text"), QStringLiteral("extra"));
    phone.check = QStringLiteral("phone");
    FormField site = field(
        QStringLiteral("site"), QStringLiteral("input"), QStringLiteral("text"), QStringLiteral("extra"));
    site.check = QStringLiteral("url");
    FormField payments
        = field(QStringLiteral("payments"), QStringLiteral("list"), {}, QStringLiteral("extra"));
    FormField resend = field(QStringLiteral("resend"), QStringLiteral("button"), {}, QStringLiteral("extra"));

    d.fields = { name, email, passwd, country, state, atype, addr, rows, notify, kind, company, project, note,
        created, token, discount, phone, site, payments, resend };
    FormPage main { QStringLiteral("main"), {} };
    FormPage extra { QStringLiteral("extra"), {} };
    for (const FormField &f : d.fields)
        (f.page == QLatin1String("main") ? main : extra).fields.append(f.name);
    d.pages = { main, extra };
    d.buttons = { { QStringLiteral("ok"), QStringLiteral("ok") },
        { QStringLiteral("cancel"), QStringLiteral("cancel") } };

    auto table = QSharedPointer<TableData>::create();
    const int cId = table->addColumn(QStringLiteral("id"));
    const int cSum = table->addColumn(QStringLiteral("sum"));
    table->beginRow();
    table->setCell(cId, "5001");
    table->setCell(cSum, "150.00 USD");
    table->endRow();
    table->beginRow();
    table->setCell(cId, "5002");
    table->setCell(cSum, "75.50 USD");
    table->endRow();
    d.lists.insert(QStringLiteral("payments"), table);

    d.messages = {
        { QStringLiteral("name"), QStringLiteral("Client name") },
        { QStringLiteral("hint_name"), QStringLiteral("As shown on invoices") },
        { QStringLiteral("placeholder_email"), QStringLiteral("name@example.com") },
        { QStringLiteral("email"), QStringLiteral("E-mail") },
        { QStringLiteral("country"), QStringLiteral("Country") },
        { QStringLiteral("state"), QStringLiteral("State") },
        { QStringLiteral("main"), QStringLiteral("General") },
        { QStringLiteral("extra"), QStringLiteral("More") },
        { QStringLiteral("ok"), QStringLiteral("Save") },
    };
    return d;
}

} // namespace formtest
