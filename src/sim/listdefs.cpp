#include "listdef.h"

namespace mgrdesk::sim {

namespace {

QString s(const char *t)
{
    return QString::fromLatin1(t);
}

ColDef col(const char *name, const char *sort = "alpha", const char *status = "", int level = 0)
{
    ColDef c;
    c.name = s(name);
    c.sort = s(sort);
    c.statusSet = s(status);
    c.level = level;
    if (!c.statusSet.isEmpty())
        c.type = QStringLiteral("msg");
    return c;
}

BtnDef btn(const char *name, const QString &func, const char *type, const char *img, bool def = false)
{
    BtnDef b;
    b.name = s(name);
    b.func = func;
    b.type = s(type);
    b.img = s(img);
    b.isDefault = def;
    return b;
}

FilterDef filter(const char *name, FilterDef::Kind kind, const char *column, const char *set = "")
{
    FilterDef f;
    f.name = s(name);
    f.kind = kind;
    f.column = s(column);
    f.statusSet = s(set);
    return f;
}

void addSuspendButtons(ListDef &d, const char *statusCol, const char *suspended, const char *active)
{
    // the real icons of suspend, resume and su: t-off, t-on, t-go
    BtnDef sus = btn("suspend", d.func + QStringLiteral(".suspend"), "group", "t-off");
    sus.hide.append({ s(statusCol), s(suspended) });
    sus.level = d.mutateLevel;
    BtnDef res = btn("resume", d.func + QStringLiteral(".resume"), "group", "t-on");
    res.hide.append({ s(statusCol), s(active) });
    res.level = d.mutateLevel;
    d.buttons << sus << res;
    d.suspendColumn = s(statusCol);
    d.suspendValue = s(suspended);
    d.resumeValue = s(active);
}

void addDelete(ListDef &d)
{
    BtnDef del = btn("delete", d.func + QStringLiteral(".delete"), "group", "t-delete");
    del.level = d.mutateLevel;
    d.buttons << del;
    d.deletable = true;
}

// Staff ticket lists: open (the conversation), take (become responsible) and close, hidden for closed
// tickets.
void addTicketButtons(ListDef &d, const QString &editFunc)
{
    d.buttons << btn("edit", editFunc, "edit", "t-edit", true);
    BtnDef take = btn("take", s("ticket.take"), "group", "t-go");
    take.hide.append({ s("tstatus"), s("3") });
    BtnDef close = btn("close", s("ticket.close"), "group", "t-off");
    close.hide.append({ s("tstatus"), s("3") });
    d.buttons << take << close;
}

void addFilterButton(ListDef &d)
{
    d.buttons << btn("filter", d.func + QStringLiteral(".filter"), "new", "t-filter");
}

} // namespace

QList<ListDef> builtinLists()
{
    QList<ListDef> out;

    ListDef account;
    account.func = s("account");
    account.table = s("account");
    account.keyname = s("name");
    account.access = ListDef::AdminOnly;
    account.cols = { col("name"), col("project"), col("balance", "digit"),
        col("account_status", "digit", "account"), col("tz_registration_date") };
    account.editForm = s("account.edit");
    account.buttons = { btn("new", s("account.edit"), "new", "t-new"),
        btn("edit", s("account.edit"), "edit", "t-edit", true) };
    addDelete(account);
    addSuspendButtons(account, "account_status", "2", "1");
    account.buttons << btn("payment", s("payment.setfilter"), "edit", "t-payment");
    // email: the client's e-mail (the search across servers finds clients by it)
    account.filters
        = { filter("name", FilterDef::Substring, "name"), filter("email", FilterDef::Substring, "email"),
              filter("account_status", FilterDef::Status, "account_status", "account") };
    addFilterButton(account);
    out << account;

    ListDef user;
    user.func = s("user");
    user.table = s("user");
    user.keyname = s("name");
    user.cols = { col("name"), col("realname"), col("email"), col("account_name", "alpha", "", 28),
        col("status", "alpha", "onoff"), col("level", "digit", "", 28) };
    user.mutateLevel = 16;
    user.editForm = s("user.edit");
    user.buttons
        = { btn("new", s("user.edit"), "new", "t-new"), btn("edit", s("user.edit"), "edit", "t-edit", true) };
    addDelete(user);
    addSuspendButtons(user, "status", "off", "on");
    user.buttons << btn("su", s("su"), "edit", "t-go");
    // account: the client's users (the client card asks user&filter=on&account=ID; a guess, see
    // docs/clientcard.md)
    user.filters = { filter("name", FilterDef::Substring, "name"),
        filter("status", FilterDef::Status, "status", "onoff"), filter("account", FilterDef::Owner, "") };
    addFilterButton(user);
    out << user;

    // staff users (the API guide's admin.edit)
    ListDef admin;
    admin.func = s("admin");
    admin.table = s("user");
    admin.keyname = s("name");
    admin.access = ListDef::AdminOnly;
    admin.statusColumn = s("level");
    admin.statusIn = { s("28"), s("29"), s("30") };
    admin.cols = { col("name"), col("realname"), col("email"), col("status", "alpha", "onoff") };
    admin.editForm = s("admin.edit");
    admin.buttons = { btn("new", s("admin.edit"), "new", "t-new"),
        btn("edit", s("admin.edit"), "edit", "t-edit", true) };
    out << admin;

    ListDef pricelist;
    pricelist.func = s("pricelist");
    pricelist.table = s("pricelist");
    pricelist.keyname = s("name");
    pricelist.access = ListDef::AdminOnly;
    pricelist.cols = { col("name"), col("itemtype_name"), col("project"), col("processingmodules", ""),
        col("pricelist_cost", "digit"), col("orderpriority", "digit"), col("status", "alpha", "onoff") };
    addDelete(pricelist);
    addSuspendButtons(pricelist, "status", "off", "on");
    out << pricelist;

    ListDef vds;
    vds.func = s("vds");
    vds.table = s("vds");
    vds.keyname = s("domain");
    vds.cols = { col("domain"), col("ip"), col("ostempl"), col("pricelist"), col("account", "alpha", "", 28),
        col("createdate"), col("expiredate"), col("autoprolong", ""), col("status_msg", ""),
        col("item_status", "digit", "item"), col("cost", "digit") };
    vds.buttons = { btn("new", s("vds.order"), "new", "t-new") };
    BtnDef reboot = btn("reboot", s("vds.reboot"), "group", "t-retry");
    reboot.show.append({ s("item_status"), s("2") });
    vds.buttons << reboot;
    addDelete(vds);
    addSuspendButtons(vds, "item_status", "3", "2");
    vds.filters
        = { filter("domain", FilterDef::Substring, "domain"), filter("ip", FilterDef::Substring, "ip"),
              filter("item_status", FilterDef::Status, "item_status", "item"),
              filter("account", FilterDef::Owner, "") };
    addFilterButton(vds);
    out << vds;

    ListDef domain;
    domain.func = s("domain");
    domain.table = s("domain");
    domain.keyname = s("domain");
    domain.cols = { col("domain"), col("account", "alpha", "", 28), col("pricelist"), col("project"),
        col("processingmodule"), col("createdate"), col("expiredate"), col("status_msg", ""),
        col("item_status", "digit", "item"), col("cost", "digit") };
    addDelete(domain);
    addSuspendButtons(domain, "item_status", "3", "2");
    domain.filters = { filter("domain", FilterDef::Substring, "domain"),
        filter("item_status", FilterDef::Status, "item_status", "item"),
        filter("account", FilterDef::Owner, "") };
    addFilterButton(domain);
    out << domain;

    ListDef payment;
    payment.func = s("payment");
    payment.table = s("payment");
    payment.keyname = s("number");
    payment.cols = { col("number"), col("create_date"), col("sender_name"), col("recipient_name"),
        col("account_name", "alpha", "", 28), col("paymethod_name"), col("subaccountamount_iso", "digit"),
        col("paymethodamount_iso", "digit"), col("status", "digit", "payment") };
    for (const char *money : { "subaccountamount_iso", "paymethodamount_iso" })
        for (ColDef &c : payment.cols)
            if (c.name == QLatin1String(money))
                c.stat = true;
    // The toolbar of the real payment list (billmgr6-payment-list-metadata-totals.xml): a client creates a
    // payment (the wizard), pays a new one, deletes one not yet paid; hide rules name the status.
    payment.mutateLevel = 16;
    payment.clientHideEnforced = true;
    BtnDef add = btn("new", s("payment.add"), "new", "t-new");
    add.userOnly = true;
    BtnDef pay = btn("pay", s("payment.add.redirect"), "edit", "t-edit", true);
    pay.userOnly = true;
    for (const char *st : { "3", "4", "5", "6", "7", "9" })
        pay.hide.append({ s("status"), s(st) });
    BtnDef pdel = btn("delete", s("payment.delete"), "group", "t-delete");
    pdel.warning = true;
    pdel.hide.append({ s("status"), s("2"), true });
    for (const char *st : { "3", "4", "5", "6", "7" })
        pdel.hide.append({ s("status"), s(st) });
    payment.buttons << add << pay << pdel;
    payment.deletable = true;
    BtnDef setstatus = btn("setstatus", s("payment.setstatus"), "groupform", "t-status");
    setstatus.level = 29;
    payment.buttons << setstatus;
    payment.filters = { filter("number", FilterDef::Substring, "number"),
        filter("status", FilterDef::Status, "status", "payment"),
        filter("createdate", FilterDef::Period, "create_date"),
        filter("createdatestart", FilterDef::DateFrom, "create_date"),
        filter("createdateend", FilterDef::DateTo, "create_date"), filter("account", FilterDef::Owner, "") };
    addFilterButton(payment);
    out << payment;

    ListDef invoice;
    invoice.func = s("invoice");
    invoice.table = s("invoice");
    invoice.keyname = s("number");
    invoice.cols = { col("number"), col("cdate"), col("company"), col("customer"), col("amount_iso", "digit"),
        col("invoice_status", "digit", "invoice"), col("warning_message", ""), col("sdate") };
    invoice.cols[4].stat = true;
    addDelete(invoice);
    invoice.filters = { filter("number", FilterDef::Substring, "number"),
        filter("invoice_status", FilterDef::Status, "invoice_status", "invoice"),
        filter("account", FilterDef::Owner, "") };
    addFilterButton(invoice);
    out << invoice;

    ListDef expense;
    expense.func = s("expense");
    expense.table = s("expense");
    expense.keyname = s("locale_name");
    expense.cols = { col("locale_name"), col("account", "alpha", "", 28), col("realdate"), col("cdate"),
        col("amount", "digit"), col("notpayd", "digit"), col("discountamount", "digit"), col("payments", ""),
        col("discount"), col("taxamount", "digit") };
    expense.cols[4].stat = true; // amount
    expense.filters = { filter("locale_name", FilterDef::Substring, "locale_name"),
        filter("createdate", FilterDef::Period, "realdate"),
        filter("createdatestart", FilterDef::DateFrom, "realdate"),
        filter("createdateend", FilterDef::DateTo, "realdate"), filter("account", FilterDef::Owner, "") };
    addFilterButton(expense);
    out << expense;

    ListDef ticket;
    ticket.func = s("ticket");
    ticket.table = s("ticket");
    ticket.keyname = s("name");
    ticket.access = ListDef::AdminOnly;
    ticket.statusColumn = s("tstatus");
    ticket.statusIn = { s("0"), s("1"), s("2") };
    ticket.cols = { col("ticket"), col("name"), col("client"), col("delay", ""), col("date_start"),
        col("deadline", ""), col("responsible"), col("project"), col("queue", "digit") };
    addTicketButtons(ticket, s("ticket.edit"));
    ticket.buttons << btn("messages", s("ticket.message"), "editlist", "t-list");
    out << ticket;

    ListDef ticketAll;
    ticketAll.func = s("ticket_all");
    ticketAll.table = s("ticket");
    ticketAll.keyname = s("name");
    ticketAll.access = ListDef::AdminOnly;
    ticketAll.cols = { col("name"), col("client"), col("date_start"), col("last_message"),
        col("last_activity"), col("responsible"), col("project_name"), col("tstatus", "digit", "ticket") };
    addTicketButtons(ticketAll, s("ticket_all.edit"));
    ticketAll.buttons << btn("messages", s("ticket_all.message"), "editlist", "t-list");
    addDelete(ticketAll);
    // id: a ticket by its number (the search across servers finds tickets by it)
    ticketAll.filters = { filter("id", FilterDef::Exact, "id"), filter("name", FilterDef::Substring, "name"),
        filter("tstatus", FilterDef::Status, "tstatus", "ticket"), filter("account", FilterDef::Owner, "") };
    addFilterButton(ticketAll);
    out << ticketAll;

    ListDef clientticket;
    clientticket.func = s("clientticket");
    clientticket.table = s("ticket");
    clientticket.keyname = s("name");
    clientticket.access = ListDef::ClientOnly;
    ColDef wait = col("wait_time", "");
    wait.source = s("delay");
    clientticket.cols
        = { col("name"), col("last_message"), wait, col("create_user"), col("tstatus", "digit", "ticket") };
    clientticket.buttons = { btn("new", s("clientticket.edit"), "new", "t-new"),
        btn("edit", s("clientticket.edit"), "edit", "t-edit", true),
        btn("messages", s("clientticket.message"), "editlist", "t-list") };
    clientticket.filters = { filter("tstatus", FilterDef::Status, "tstatus", "ticket") };
    addFilterButton(clientticket);
    out << clientticket;

    const char *messageLists[][3] = { { "ticket.message", "ticket", "0" },
        { "ticket_all.message", "ticket_all", "0" }, { "clientticket.message", "clientticket", "1" } };
    for (const auto &m : messageLists) {
        ListDef msg;
        msg.func = s(m[0]);
        msg.table = s("ticket.message");
        msg.keyname = s("id");
        msg.access = m[2][0] == '1' ? ListDef::ClientOnly : ListDef::AdminOnly;
        msg.parentColumn = s("ticket");
        msg.parentList = s(m[1]);
        msg.cols = { col("message", ""), col("date_post"), col("message_user") };
        out << msg;
    }

    ListDef journal;
    journal.func = s("journal");
    journal.table = s("journal");
    journal.keyname = s("funcname");
    journal.cols = { col("time"), col("user"), col("ip"), col("funcname"), col("params", "") };
    journal.filters = { filter("user", FilterDef::Exact, "user"),
        filter("funcname", FilterDef::Substring, "funcname"), filter("createdate", FilterDef::Period, "time"),
        filter("createdatestart", FilterDef::DateFrom, "time"),
        filter("createdateend", FilterDef::DateTo, "time") };
    addFilterButton(journal);
    out << journal;

    ListDef currency;
    currency.func = s("currency");
    currency.table = s("currency");
    currency.keyname = s("name");
    currency.access = ListDef::AdminOnly;
    currency.cols = { col("name"), col("iso"), col("symbol", ""), col("rate", "digit"),
        col("status", "alpha", "onoff") };
    addSuspendButtons(currency, "status", "off", "on");
    out << currency;

    return out;
}

} // namespace mgrdesk::sim
