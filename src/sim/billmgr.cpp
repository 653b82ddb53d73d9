#include "billmgr.h"

#include "dataset.h"
#include "messages.h"
#include "replywriter.h"

#include <QDateTime>
#include <QUrl>

namespace mgrdesk::sim {

namespace {

QString L(const char *s)
{
    return QString::fromLatin1(s);
}

bool isSecret(const QString &name)
{
    return name == QLatin1String("password") || name == QLatin1String("passwd") || name == QLatin1String("confirm")
        || name == QLatin1String("authinfo") || name == QLatin1String("key") || name == QLatin1String("auth");
}

class NodeRows : public RowSource
{
public:
    explicit NodeRows(std::vector<Node> rows) : m_rows(std::move(rows)) {}
    int count() const override { return int(m_rows.size()); }
    Node row(int index) const override { return m_rows[size_t(index)]; }

private:
    std::vector<Node> m_rows;
};

} // namespace

Billmgr::Billmgr(Dataset &data, const Options &options)
    : m_data(data), m_options(options), m_sessions(options.idleTimeout), m_lists(data), m_forms(data)
{
}

QString Billmgr::sessionOf(const RequestData &request)
{
    for (const auto &p : request.params)
        if (p.first == QLatin1String("auth") && !p.second.isEmpty())
            return p.second;
    return request.cookieSession;
}

QString Billmgr::maskedQuery(const QList<QPair<QString, QString>> &params)
{
    QStringList parts;
    for (const auto &p : params) {
        const QString v = isSecret(p.first) && !p.second.isEmpty() ? L("*") : p.second;
        parts.append(QString::fromUtf8(QUrl::toPercentEncoding(p.first)) + QLatin1Char('=')
                     + QString::fromUtf8(QUrl::toPercentEncoding(v, "*:/,@ ")));
    }
    return parts.join(QLatin1Char('&'));
}

Reply Billmgr::handle(const RequestData &request)
{
    Context ctx;
    ctx.ordered = request.params;
    for (const auto &p : request.params)
        ctx.params.insert(p.first, p.second);
    ctx.func = ctx.param(L("func")).trimmed();
    ctx.out = ctx.param(L("out")).toLower();
    if (ctx.out == QLatin1String("xjson"))
        ctx.out = L("sjson");
    else if (!ctx.out.isEmpty() && ctx.out != QLatin1String("xml") && ctx.out != QLatin1String("devel")
             && ctx.out != QLatin1String("json") && ctx.out != QLatin1String("sjson"))
        ctx.out = ctx.out == QLatin1String("jsondata") ? L("json") : L("xml");
    ctx.lang = Messages::normalizeLang(ctx.param(L("lang")), m_options.defaultLang);
    ctx.ip = request.ip;
    ctx.baseUrl = request.baseUrl;

    Reply reply;
    Node doc(L("doc"));
    bool loginPage = false;
    try {
        if (ctx.func == QLatin1String("auth")) {
            auth(ctx, doc, reply);
        } else {
            try {
                authenticate(ctx, request);
            } catch (const ApiError &) {
                if (ctx.out.isEmpty()) {
                    loginPage = true; // a browser without a session gets the login page, as the real panel does
                    throw;
                }
                throw;
            }
            if (ctx.func.isEmpty())
                ctx.func = L("desktop");
            dispatch(ctx, doc, reply);
        }
    } catch (const ApiError &e) {
        doc.children.clear();
        doc.rows.reset();
        doc.add(errorNode(ctx, e));
    }
    reply.logUser = ctx.login.isEmpty() ? QString() : ctx.login;
    if (loginPage && !request.cookieSession.isEmpty() && ctx.param(L("auth")).isEmpty()) {
        // a browser whose cookie session is gone is redirected to the login page
        reply.status = 302;
        reply.contentType = "text/html; charset=UTF-8";
        reply.body = "<html><body><a href=\"" + m_options.path.toUtf8() + "\">login</a></body></html>\n";
        reply.headers.append({"Location", m_options.path.toUtf8()});
        reply.headers.append({QByteArray("Set-Cookie"), QByteArray("billmgrses5=; Path=/; Max-Age=0")});
        return reply;
    }
    render(ctx, doc, reply, loginPage);
    return reply;
}

void Billmgr::applyUser(Context &ctx, const QString &login)
{
    const Row *u = m_data.userByName(login);
    if (!u)
        throw ApiError{L("auth"), L("badpassword"), login, L("err_badpassword"), {}};
    ctx.user = login;
    ctx.level = m_data.userValue(*u, L("level")).toInt();
    ctx.account = u->owner;
}

void Billmgr::authenticate(Context &ctx, const RequestData &request)
{
    const QString authinfo = ctx.param(L("authinfo"));
    if (!authinfo.isEmpty()) {
        if (!m_options.authinfoWhitelist.isEmpty()) {
            bool allowed = false;
            const QHostAddress addr(ctx.ip);
            for (const auto &net : m_options.authinfoWhitelist)
                allowed = allowed || addr.isInSubnet(net);
            if (!allowed)
                throw ApiError{L("auth"), L("authinfo"), ctx.ip, L("err_authinfo"), {}};
        }
        const int colon = int(authinfo.indexOf(QLatin1Char(':')));
        const QString user = colon < 0 ? authinfo : authinfo.left(colon);
        const QString pass = colon < 0 ? QString() : authinfo.mid(colon + 1);
        const Row *u = m_data.userByName(user);
        if (!u || m_data.userValue(*u, L("passwd")) != pass || m_data.userValue(*u, L("status")) != QLatin1String("on"))
            throw ApiError{L("auth"), L("badpassword"), QStringLiteral("remote_addr: [%1]").arg(ctx.ip), L("err_badpassword"), {}};
        ctx.login = user;
        applyUser(ctx, user);
    } else {
        const QString sid = sessionOf(request);
        Session *s = sid.isEmpty() ? nullptr : m_sessions.use(sid, ctx.ip);
        if (!s)
            throw ApiError{L("auth"), QString(), QString(), L("err_badsession"), {}};
        ctx.session = s;
        ctx.login = s->login;
        applyUser(ctx, s->effective);
    }
    const QString target = ctx.param(L("su"));
    if (!target.isEmpty() && target != ctx.user) {
        if (!maySu(ctx.user, target))
            throw ApiError{L("access"), L("su"), target, L("err_su"), {}};
        applyUser(ctx, target);
    }
}

bool Billmgr::maySu(const QString &caller, const QString &target) const
{
    const Row *c = m_data.userByName(caller);
    const Row *t = m_data.userByName(target);
    if (!c || !t)
        return false;
    if (m_data.userValue(*c, L("level")).toInt() >= 28)
        return true;
    // A client with full rights may act as their own sub-users only.
    return m_data.userValue(*c, L("default_access_allow")) == QLatin1String("on")
        && m_data.userValue(*t, L("owner")) == caller;
}

void Billmgr::auth(Context &ctx, Node &doc, Reply &reply)
{
    const QString username = ctx.param(L("username"));
    const QString key = ctx.param(L("key"));
    bool ok = false;
    if (!key.isEmpty()) {
        ok = m_sessions.takeKey(username, key);
        if (!ok)
            throw ApiError{L("auth"), L("badpassword"), QStringLiteral("remote_addr: [%1]").arg(ctx.ip), L("err_badkey"), {}};
    } else {
        const Row *u = m_data.userByName(username);
        ok = u && !ctx.param(L("password")).isEmpty() && m_data.userValue(*u, L("passwd")) == ctx.param(L("password"))
            && m_data.userValue(*u, L("status")) == QLatin1String("on");
    }
    if (!ok)
        throw ApiError{L("auth"), L("badpassword"), QStringLiteral("remote_addr: [%1]").arg(ctx.ip), L("err_badpassword"), {}};
    Session &s = m_sessions.create(username, ctx.ip);
    ctx.login = username;
    applyUser(ctx, username);
    doc.add(Node(L("auth"), s.id).attr(L("id"), s.id).attr(L("level"), QString::number(ctx.level)));
    reply.headers.append({"Set-Cookie", QStringLiteral("billmgrses5=%1; Path=/; HttpOnly").arg(s.id).toUtf8()});
}

void Billmgr::dispatch(Context &ctx, Node &doc, Reply &reply)
{
    const QString &f = ctx.func;
    if (f == QLatin1String("keepalive"))
        doc.add(L("ok"));
    else if (f == QLatin1String("whoami"))
        whoami(ctx, doc);
    else if (f == QLatin1String("desktop"))
        desktop(ctx, doc);
    else if (f == QLatin1String("dashboard"))
        dashboard(ctx, doc);
    else if (f == QLatin1String("notify"))
        notify(ctx, doc);
    else if (f == QLatin1String("su"))
        su(ctx, doc);
    else if (f == QLatin1String("session"))
        sessionList(ctx, doc);
    else if (f == QLatin1String("session.delete"))
        sessionDelete(ctx, doc);
    else if (f == QLatin1String("session.newkey"))
        sessionNewKey(ctx, doc);
    else if (f == QLatin1String("progress.get"))
        progressGet(ctx, doc);
    else if (f == QLatin1String("vds.reboot"))
        longOperation(ctx, doc, reply);
    else if (!m_forms.handle(ctx, doc) && !m_lists.handle(ctx, doc))
        throw ApiError{L("unknown"), L("func"), f, L("err_unknownfunc"), {}};
    if (doc.find(L("ok")) && f != QLatin1String("keepalive") && f != QLatin1String("su"))
        journal(ctx);
}

void Billmgr::su(Context &ctx, Node &doc)
{
    if (!ctx.session)
        throw ApiError{L("access"), L("su"), ctx.param(L("elid")), L("err_su"), {}};
    QString target = ctx.param(L("elid")).trimmed();
    bool numeric = false;
    const qint64 id = target.toLongLong(&numeric);
    if (numeric)
        target = m_data.table(L("user"))->value(id, L("name"));
    if (target.isEmpty() || target == ctx.session->login) {
        ctx.session->effective = ctx.session->login;
    } else {
        if (!maySu(ctx.session->effective, target) && !maySu(ctx.session->login, target))
            throw ApiError{L("access"), L("su"), target, L("err_su"), {}};
        ctx.session->effective = target;
    }
    applyUser(ctx, ctx.session->effective);
    doc.add(L("ok"));
}

void Billmgr::whoami(Context &ctx, Node &doc)
{
    const Row *u = m_data.userByName(ctx.user);
    Node user(L("user"), ctx.user);
    user.attr(L("id"), QString::number(u->id)).attr(L("name"), ctx.user).attr(L("level"), QString::number(ctx.level));
    user.attr(L("realname"), m_data.userValue(*u, L("realname")));
    if (ctx.account) {
        user.attr(L("account"), QString::number(ctx.account));
        user.attr(L("balance"), m_data.table(L("account"))->value(ctx.account, L("balance")));
    }
    if (ctx.login != ctx.user)
        user.attr(L("login"), ctx.login);
    doc.add(user);
}

void Billmgr::desktop(Context &ctx, Node &doc)
{
    const bool admin = ctx.isAdmin();
    Node menu(L("mainmenu"));
    menu.attr(L("level"), QString::number(ctx.level)).attr(L("name"), admin ? L("admin") : L("client"));
    menu.attr(L("startpage"), L("dashboard"));
    Node messages(L("messages"));
    messages.attr(L("name"), L("desktop"));
    struct Item
    {
        const char *group;
        const char *func;
        const char *type;
        bool popular;
    };
    static const Item adminItems[] = {
        {"clients", "account", "list", true}, {"clients", "user", "list", false},
        {"billing", "payment", "list", true}, {"billing", "invoice", "list", false},
        {"billing", "expense", "list", false}, {"products", "pricelist", "list", false},
        {"products", "currency", "list", false}, {"services", "vds", "list", true},
        {"services", "domain", "list", false}, {"support", "ticket", "list", true},
        {"support", "ticket_all", "list", false}, {"tools", "journal", "list", false},
        {"tools", "session", "list", false}, {"tools", "dashboard", "report", false}};
    static const Item clientItems[] = {
        {"services", "vds", "list", true}, {"services", "domain", "list", false},
        {"finance", "payment", "list", true}, {"finance", "invoice", "list", false},
        {"finance", "expense", "list", false}, {"support", "clientticket", "list", true},
        {"myaccount", "user", "list", false}, {"myaccount", "journal", "list", false},
        {"myaccount", "session", "list", false}, {"myaccount", "dashboard", "report", false}};
    auto addItems = [&](const Item *items, int n) {
        for (int i = 0; i < n; ++i) {
            const QString group = L(items[i].group);
            Node *g = nullptr;
            for (auto &c : menu.children)
                if (c.attrValue(L("name")) == group)
                    g = &c;
            if (!g) {
                g = &menu.add(Node(L("node")).attr(L("name"), group));
                messages.add(Node(L("msg"), Messages::text(L("menu_") + group, ctx.lang)).attr(L("name"), group));
            }
            Node n(L("node"));
            n.attr(L("name"), L(items[i].func)).attr(L("action"), L(items[i].func)).attr(L("type"), L(items[i].type));
            if (items[i].popular)
                n.attr(L("popular"), L("yes"));
            g->add(n);
            messages.add(Node(L("msg"), Messages::text(L("title_") + L(items[i].func), ctx.lang)).attr(L("name"), L(items[i].func)));
        }
    };
    if (admin)
        addItems(adminItems, int(std::size(adminItems)));
    else
        addItems(clientItems, int(std::size(clientItems)));
    doc.add(menu);
    doc.add(messages); // menu titles come with every desktop reply
}

void Billmgr::dashboard(Context &ctx, Node &doc)
{
    const QStringList open{L("0"), L("1"), L("2")};
    Node report(L("reportdata"));
    Node &summary = report.add(L("summary"));
    auto line = [&](const char *name, const QString &value) {
        Node e(L("elem"));
        e.add(L("name"), Messages::text(L(name), ctx.lang));
        e.add(L("value"), value);
        summary.add(e);
    };
    if (ctx.isAdmin())
        line("sum_clients", QString::number(m_data.table(L("account"))->size()));
    else
        line("sum_balance", m_data.table(L("account"))->value(ctx.account, L("balance")));
    line("sum_services", QString::number(m_lists.countVisible(ctx, L("vds"), {L("2")}, L("item_status"))
                                         + m_lists.countVisible(ctx, L("domain"), {L("2")}, L("item_status"))));
    line("sum_payments", QString::number(m_lists.countVisible(ctx, L("payment"))));
    line("sum_tickets", QString::number(m_lists.countVisible(ctx, L("ticket_all"), open, L("tstatus"))));
    doc.add(report);
    Node meta(L("metadata"));
    meta.attr(L("name"), L("dashboard")).attr(L("type"), L("report"));
    Node &band = meta.add(Node(L("band")).attr(L("name"), L("summary")));
    band.add(Node(L("col")).attr(L("name"), L("name")).attr(L("type"), L("data")));
    band.add(Node(L("col")).attr(L("name"), L("value")).attr(L("type"), L("data")));
    doc.add(meta);
    Node messages(L("messages"));
    messages.attr(L("name"), L("dashboard"));
    messages.add(Node(L("msg"), Messages::text(L("title_dashboard"), ctx.lang)).attr(L("name"), L("title")));
    messages.add(Node(L("msg"), Messages::text(L("band_summary"), ctx.lang)).attr(L("name"), L("summary")));
    doc.add(messages);
}

void Billmgr::notify(Context &ctx, Node &doc)
{
    const int waiting = m_lists.countVisible(ctx, L("ticket_all"), {L("0"), L("1")}, L("tstatus"));
    const int newPayments = m_lists.countVisible(ctx, L("payment"), {L("1")}, L("status"));
    Node n(L("notify"));
    n.add(Node(L("item"), Messages::text(L("notify_ticket"), ctx.lang)).attr(L("name"), L("ticket")).attr(L("count"), QString::number(waiting)));
    n.add(Node(L("item"), Messages::text(L("notify_payment"), ctx.lang)).attr(L("name"), L("payment")).attr(L("count"), QString::number(newPayments)));
    doc.add(n);
}

void Billmgr::sessionList(Context &ctx, Node &doc)
{
    std::vector<Node> rows;
    const QList<Session> all = m_sessions.all();
    for (const Session &s : all) {
        const Row *u = m_data.userByName(s.login);
        if (!ctx.isAdmin() && (!u || u->owner != ctx.account))
            continue;
        Node e(L("elem"));
        e.add(L("id"), s.id);
        e.add(L("login"), s.login);
        if (s.effective != s.login)
            e.add(L("user"), s.effective);
        e.add(L("ip"), s.ip);
        e.add(L("createdate"), s.created.toString(L("yyyy-MM-dd HH:mm:ss")));
        rows.push_back(e);
    }
    std::sort(rows.begin(), rows.end(), [](const Node &a, const Node &b) {
        return a.children.front().text < b.children.front().text;
    });
    if (ctx.wantsMetadata()) {
        Node meta(L("metadata"));
        meta.attr(L("name"), L("session")).attr(L("type"), L("list")).attr(L("key"), L("id")).attr(L("keyname"), L("login"));
        Node &tb = meta.add(L("toolbar")).add(Node(L("toolgrp")).attr(L("name"), L("main")));
        tb.add(Node(L("toolbtn")).attr(L("name"), L("delete")).attr(L("func"), L("session.delete")).attr(L("type"), L("group")).attr(L("img"), L("t-delete")));
        Node &cd = meta.add(L("coldata"));
        Node messages(L("messages"));
        messages.attr(L("name"), L("session"));
        messages.add(Node(L("msg"), Messages::text(L("title_session"), ctx.lang)).attr(L("name"), L("title")));
        for (const char *c : {"login", "user", "ip", "createdate"}) {
            cd.add(Node(L("col")).attr(L("name"), L(c)).attr(L("type"), L("data")).attr(L("sort"), L("alpha")));
            messages.add(Node(L("msg"), Messages::text(L(c), ctx.lang)).attr(L("name"), L(c)));
        }
        doc.add(meta);
        doc.add(messages);
    }
    doc.add(L("p_elems"), QString::number(rows.size()));
    doc.add(L("p_num"), L("1"));
    doc.add(L("p_cnt"), QString::number(qMax<size_t>(rows.size(), 1)));
    doc.rows = std::make_shared<NodeRows>(std::move(rows));
}

void Billmgr::sessionDelete(Context &ctx, Node &doc)
{
    const QStringList ids = ctx.param(L("elid")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (ids.isEmpty())
        throw ApiError{L("missed"), L("elid"), {}, L("err_missed"), L("elid")};
    for (const QString &raw : ids) {
        const QString id = raw.trimmed();
        Session *s = m_sessions.find(id);
        if (!s)
            continue;
        const Row *u = m_data.userByName(s->login);
        if (!ctx.isAdmin() && (!u || u->owner != ctx.account))
            throw ApiError{L("access"), L("elid"), QString(), L("err_access"), {}};
        m_sessions.remove(id);
    }
    ctx.session = nullptr; // it may have been the caller's own
    doc.add(L("ok"));
}

void Billmgr::sessionNewKey(Context &ctx, Node &doc)
{
    if (!ctx.isAdmin())
        throw ApiError{L("access"), ctx.func, ctx.func, L("err_access"), {}};
    const QString username = ctx.param(L("username"));
    const QString key = ctx.param(L("key"));
    if (username.isEmpty())
        throw ApiError{L("missed"), L("username"), {}, L("err_missed"), L("login")};
    if (key.isEmpty())
        throw ApiError{L("missed"), L("key"), {}, L("err_missed"), L("key")};
    if (!m_data.userByName(username))
        throw ApiError{L("value"), L("username"), username, L("err_value"), L("login")};
    if (key.size() < 16)
        throw ApiError{L("value"), L("key"), L("*"), L("err_value"), L("key")};
    m_sessions.addKey(username, key);
    doc.add(L("ok"));
}

void Billmgr::longOperation(Context &ctx, Node &doc, Reply &reply)
{
    const ListDef *def = m_lists.find(L("vds"));
    const QStringList ids = ctx.param(L("elid")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (ids.isEmpty())
        throw ApiError{L("missed"), L("elid"), {}, L("err_missed"), L("elid")};
    for (const QString &id : ids) {
        const qint64 n = id.trimmed().toLongLong();
        if (m_data.table(L("vds"))->find(n) && !m_lists.visible(ctx, *def, n))
            throw ApiError{L("access"), L("elid"), id.trimmed(), L("err_access"), {}};
    }
    const QString pid = ctx.param(L("progressid"));
    if (!pid.isEmpty() && pid != QLatin1String("false"))
        m_operations.insert(pid, {ctx.func, QDateTime::currentMSecsSinceEpoch(), Messages::text(L("op_reboot"), ctx.lang)});
    reply.delayMs = m_options.opSteps * m_options.opStepMs; // the reply comes when the operation ends
    doc.add(L("ok"));
}

void Billmgr::progressGet(Context &ctx, Node &doc)
{
    const QString pid = ctx.param(L("elid"));
    auto it = m_operations.constFind(pid);
    if (pid.isEmpty() || it == m_operations.constEnd())
        throw ApiError{L("notfound"), L("elid"), pid, L("err_progress"), {}};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const int done = int(qMin<qint64>(m_options.opSteps, (now - it->startMs) / qMax(1, m_options.opStepMs)));
    doc.add(L("action"), it->action);
    doc.add(L("start"), QString::number(it->startMs / 1000));
    doc.add(L("last"), QString::number((it->startMs + qint64(done) * m_options.opStepMs) / 1000));
    doc.add(L("now"), QString::number(now / 1000));
    doc.add(L("steps"), QString::number(m_options.opSteps));
    doc.add(L("done"), QString::number(done));
    doc.add(L("comment"), done >= m_options.opSteps ? Messages::text(L("op_done"), ctx.lang) : it->comment);
}

void Billmgr::journal(const Context &ctx)
{
    Table *t = m_data.table(L("journal"));
    QList<QPair<QString, QString>> params;
    for (const auto &p : ctx.ordered)
        if (p.first != QLatin1String("func") && p.first != QLatin1String("out") && p.first != QLatin1String("auth"))
            params.append(p);
    t->insert(ctx.account, {{L("time"), QDateTime::currentDateTime().toString(L("yyyy-MM-dd HH:mm:ss"))},
                            {L("user"), ctx.user},
                            {L("ip"), ctx.ip},
                            {L("funcname"), ctx.func},
                            {L("params"), maskedQuery(params)}});
}

Node Billmgr::errorNode(const Context &ctx, const ApiError &e) const
{
    Node err(L("error"));
    err.attr(L("type"), e.type);
    if (!e.object.isEmpty())
        err.attr(L("object"), e.object);
    err.attr(L("lang"), ctx.lang);
    const QString title = e.objectTitle.isEmpty() ? e.object : Messages::text(e.objectTitle, ctx.lang);
    if (!e.object.isEmpty())
        err.add(Node(L("param"), e.object).attr(L("name"), L("object")).attr(L("type"), L("msg")).attr(L("msg"), title));
    if (!e.value.isEmpty())
        err.add(Node(L("param"), e.value).attr(L("name"), L("value")));
    Node stack(L("stack"));
    stack.add(Node(L("action"), ctx.func.isEmpty() ? L("desktop") : ctx.func)
                  .attr(L("level"), QString::number(ctx.level))
                  .attr(L("user"), ctx.user));
    err.add(stack);
    const QString group = Messages::text(e.msgKey, L("en"));
    err.add(L("group"), group);
    QString msg = Messages::text(e.msgKey, ctx.lang);
    msg.replace(L("__object__"), title).replace(L("__value__"), e.value);
    err.add(L("detail"), msg);
    err.add(L("msg"), msg);
    return err;
}

void Billmgr::render(const Context &ctx, Node &doc, Reply &reply, bool loginPage)
{
    doc.attrs.prepend({L("lang"), ctx.lang});
    doc.attr(L("func"), ctx.func).attr(L("binary"), m_options.path);
    if (!ctx.out.isEmpty()) {
        if (!ctx.wantsMetadata()) {
            // data-only formats drop metadata and messages; the main menu keeps its titles
            const bool keepMessages = ctx.func == QLatin1String("desktop");
            auto &ch = doc.children;
            ch.erase(std::remove_if(ch.begin(), ch.end(), [keepMessages](const Node &n) {
                         return n.name == QLatin1String("metadata")
                             || (n.name == QLatin1String("messages") && !keepMessages);
                     }), ch.end());
        }
        Node tparams(L("tparams"));
        for (const auto &p : ctx.ordered)
            tparams.add(p.first, isSecret(p.first) && !p.second.isEmpty() ? L("*") : p.second);
        doc.add(tparams);
    }
    if (ctx.out == QLatin1String("json") || ctx.out == QLatin1String("sjson")) {
        reply.body = ReplyWriter::toJson(doc);
        // seen on real servers: JSON served as text/plain
        reply.contentType = ctx.out == QLatin1String("json") ? QByteArray("text/plain; charset=UTF-8")
                                                             : QByteArray("application/json; charset=UTF-8");
    } else if (!ctx.out.isEmpty()) {
        reply.body = ReplyWriter::toXml(doc);
        reply.contentType = "text/xml; charset=UTF-8";
    } else if (loginPage) {
        const QString title = Messages::text(L("login_title"), ctx.lang);
        reply.body = QStringLiteral(
                         "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>\n"
                         "<h1>%1</h1>\n<form method=\"post\" action=\"%2\">\n<input type=\"hidden\" name=\"func\" value=\"auth\">\n"
                         "<input type=\"text\" name=\"username\">\n<input type=\"password\" name=\"password\">\n"
                         "<input type=\"hidden\" name=\"lang\" value=\"%3\">\n<input type=\"submit\" value=\"OK\">\n</form>\n</body></html>\n")
                         .arg(ReplyWriter::escapeHtml(title), ReplyWriter::escapeHtml(m_options.path), ctx.lang)
                         .toUtf8();
        reply.contentType = "text/html; charset=UTF-8";
    } else {
        reply.body = ReplyWriter::toHtml(doc, Messages::text(L("title_") + ctx.func, ctx.lang));
        reply.contentType = "text/html; charset=UTF-8";
    }
}

} // namespace mgrdesk::sim
