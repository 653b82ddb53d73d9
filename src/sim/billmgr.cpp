#include "billmgr.h"

#include "dataset.h"
#include "messages.h"
#include "replywriter.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUrl>

namespace mgrdesk::sim {

namespace {

QString L(const char *s)
{
    return QString::fromLatin1(s);
}

struct Done // a public function answered without a login
{
};

// What a request looks like before (or without) a login.
Context anonymous(const Context &ctx)
{
    Context a;
    a.params = ctx.params;
    a.ordered = ctx.ordered;
    a.func = ctx.func;
    a.out = ctx.out;
    a.xjson = ctx.xjson;
    a.lang = ctx.lang;
    a.ip = ctx.ip;
    a.baseUrl = ctx.baseUrl;
    return a;
}

bool isSecret(const QString &name)
{
    return name == QLatin1String("password") || name == QLatin1String("passwd")
        || name == QLatin1String("confirm") || name == QLatin1String("authinfo")
        || name == QLatin1String("key") || name == QLatin1String("auth");
}

} // namespace

Billmgr::Billmgr(Dataset &data, const Options &options)
    : m_data(data)
    , m_options(options)
    , m_sessions(options.idleTimeout)
    , m_lists(data)
    , m_forms(data)
    , m_reports(data)
    , m_dashboard(data, m_lists, [this] {
        QList<Dashboard::Task> tasks;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (auto it = m_operations.cbegin(); it != m_operations.cend(); ++it)
            tasks.append({ it.key(), it->action, it->comment, it->startMs,
                now - it->startMs >= qint64(m_options.opSteps) * m_options.opStepMs });
        return tasks;
    })
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
    ctx.files = request.files;
    for (const auto &p : request.params)
        ctx.params.insert(p.first, p.second);
    ctx.func = ctx.param(L("func")).trimmed();
    ctx.out = ctx.param(L("out")).toLower();
    if (ctx.out == QLatin1String("xjson")) {
        ctx.out = L("sjson");
        ctx.xjson = true;
    } else if (!ctx.out.isEmpty() && ctx.out != QLatin1String("xml") && ctx.out != QLatin1String("devel")
        && ctx.out != QLatin1String("json") && ctx.out != QLatin1String("sjson")
        && ctx.out != QLatin1String("text"))
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
        } else if (ctx.func == QLatin1String("auth.totp")) {
            authTotp(ctx, doc, reply);
        } else {
            // public functions (password recovery, registration) answer without a login
            const bool isPublic
                = ctx.func == QLatin1String("recovery") || ctx.func == QLatin1String("register");
            try {
                authenticate(ctx, request);
            } catch (const ApiError &) {
                if (isPublic) {
                    ctx = anonymous(ctx);
                    dispatch(ctx, doc, reply);
                    throw Done {};
                }
                if (ctx.out.isEmpty()) {
                    loginPage
                        = true; // a browser without a session gets the login page, as the real panel does
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
    } catch (const Done &) {
    }
    reply.logUser = ctx.login.isEmpty() ? QString() : ctx.login;
    if (loginPage && !request.cookieSession.isEmpty() && ctx.param(L("auth")).isEmpty()) {
        // a browser whose cookie session is gone is redirected to the login page
        reply.status = 302;
        reply.contentType = "text/html; charset=UTF-8";
        reply.body = "<html><body><a href=\"" + m_options.path.toUtf8() + "\">login</a></body></html>\n";
        reply.headers.append({ "Location", m_options.path.toUtf8() });
        reply.headers.append({ QByteArray("Set-Cookie"), QByteArray("billmgrses5=; Path=/; Max-Age=0") });
        return reply;
    }
    if (const Node *csv = doc.find(L("__csv__"))) { // out=csv of a list (listengine.cpp)
        reply.contentType = "text/csv; charset=UTF-8";
        reply.body = csv->text.toUtf8();
        reply.headers.append({ "Content-Disposition",
            "attachment; filename=\"" + csv->attrValue(L("name")).toUtf8() + ".csv\"" });
        reply.raw = true;
    }
    if (reply.raw)
        return reply; // a document: its bytes are the reply
    render(ctx, doc, reply, loginPage);
    return reply;
}

void Billmgr::applyUser(Context &ctx, const QString &login)
{
    const Row *u = m_data.userByName(login);
    if (!u)
        throw ApiError { L("auth"), L("badpassword"), login, L("err_badpassword"), {} };
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
                throw ApiError { L("auth"), L("authinfo"), ctx.ip, L("err_authinfo"), {} };
        }
        const int colon = int(authinfo.indexOf(QLatin1Char(':')));
        const QString user = colon < 0 ? authinfo : authinfo.left(colon);
        const QString pass = colon < 0 ? QString() : authinfo.mid(colon + 1);
        const Row *u = m_data.userByName(user);
        if (!u || m_data.userValue(*u, L("passwd")) != pass
            || m_data.userValue(*u, L("status")) != QLatin1String("on"))
            throw ApiError { L("auth"), L("badpassword"), QStringLiteral("remote_addr: [%1]").arg(ctx.ip),
                L("err_badpassword"), {} };
        ctx.login = user;
        applyUser(ctx, user);
    } else {
        const QString sid = sessionOf(request);
        Session *s = sid.isEmpty() ? nullptr : m_sessions.use(sid, ctx.ip);
        if (!s)
            throw ApiError { L("auth"), QString(), QString(), L("err_badsession"), {} };
        ctx.session = s;
        ctx.login = s->login;
        applyUser(ctx, s->effective);
    }
    const QString target = ctx.param(L("su"));
    if (!target.isEmpty() && target != ctx.user) {
        if (!maySu(ctx.user, target))
            throw ApiError { L("access"), L("su"), target, L("err_su"), {} };
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
            throw ApiError { L("auth"), L("badpassword"), QStringLiteral("remote_addr: [%1]").arg(ctx.ip),
                L("err_badkey"), {} };
    } else {
        const Row *u = m_data.userByName(username);
        ok = u && !ctx.param(L("password")).isEmpty()
            && m_data.userValue(*u, L("passwd")) == ctx.param(L("password"))
            && m_data.userValue(*u, L("status")) == QLatin1String("on");
    }
    if (!ok)
        throw ApiError { L("auth"), L("badpassword"), QStringLiteral("remote_addr: [%1]").arg(ctx.ip),
            L("err_badpassword"), {} };
    if (key.isEmpty() && needsSecondFactor(username)) {
        startSecondFactor(ctx, doc, username);
        return;
    }
    Session &s = m_sessions.create(username, ctx.ip);
    ctx.login = username;
    applyUser(ctx, username);
    doc.add(Node(L("auth"), s.id).attr(L("id"), s.id).attr(L("level"), QString::number(ctx.level)));
    reply.headers.append(
        { "Set-Cookie", QStringLiteral("billmgrses5=%1; Path=/; HttpOnly").arg(s.id).toUtf8() });
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
    else if (f == QLatin1String("notify"))
        notify(ctx, doc);
    else if (f == QLatin1String("su"))
        su(ctx, doc);
    else if (f == QLatin1String("recovery"))
        recovery(ctx, doc);
    else if (f == QLatin1String("register"))
        registerUser(ctx, doc);
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
    else if (document(ctx, reply) || ticketFile(ctx, reply))
        return;
    else if (!m_dashboard.handle(ctx, doc) && !m_reports.handle(ctx, doc) && !m_forms.handle(ctx, doc)
        && !m_lists.handle(ctx, doc))
        throw ApiError { L("unknown"), L("func"), f, L("err_unknownfunc"), {} };
    if (doc.find(L("ok")) && f != QLatin1String("keepalive") && f != QLatin1String("su"))
        journal(ctx);
}

void Billmgr::su(Context &ctx, Node &doc)
{
    if (!ctx.session)
        throw ApiError { L("access"), L("su"), ctx.param(L("elid")), L("err_su"), {} };
    QString target = ctx.param(L("elid")).trimmed();
    bool numeric = false;
    const qint64 id = target.toLongLong(&numeric);
    if (numeric)
        target = m_data.table(L("user"))->value(id, L("name"));
    if (target.isEmpty() || target == ctx.session->login) {
        ctx.session->effective = ctx.session->login;
    } else {
        if (!maySu(ctx.session->effective, target) && !maySu(ctx.session->login, target))
            throw ApiError { L("access"), L("su"), target, L("err_su"), {} };
        ctx.session->effective = target;
    }
    applyUser(ctx, ctx.session->effective);
    doc.add(L("ok"));
}

Node Billmgr::errorNode(const Context &ctx, const ApiError &e) const
{
    Node err(L("error"));
    err.attr(L("type"), e.type);
    // a numeric code as real servers send (code="1": BILLmanager's bad password); the others are the
    // simulator's numbering
    static const QHash<QString, QString> codes { { L("auth"), L("1") }, { L("access"), L("2") },
        { L("missed"), L("3") }, { L("value"), L("4") }, { L("exists"), L("5") }, { L("notfound"), L("6") },
        { L("unknown"), L("7") } };
    err.attr(L("code"), codes.value(e.type, L("8")));
    if (!e.object.isEmpty())
        err.attr(L("object"), e.object);
    err.attr(L("lang"), ctx.lang);
    const QString title = e.objectTitle.isEmpty() ? e.object : Messages::text(e.objectTitle, ctx.lang);
    if (!e.object.isEmpty())
        err.add(Node(L("param"), e.object)
                    .attr(L("name"), L("object"))
                    .attr(L("type"), L("msg"))
                    .attr(L("msg"), title));
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
    const QString func = ctx.replyFunc.isEmpty() ? ctx.func : ctx.replyFunc;
    doc.attrs.prepend({ L("lang"), ctx.lang });
    doc.attr(L("func"), func).attr(L("binary"), m_options.path);
    // every document carries the notification total (real captures: notify="14"), empty without a user
    doc.attr(L("notify"), ctx.user.isEmpty() ? QString() : QString::number(notifyTotal(ctx)));
    const bool list = doc.rows != nullptr || doc.find(L("p_elems")) != nullptr;
    if (!ctx.out.isEmpty()) {
        if (!ctx.wantsMetadata()) {
            // data-only formats drop metadata; messages stay with the main menu and notifications (their
            // titles and tooltips) and in out=json for forms and actions (public clients read
            // doc.messages.msg.*)
            const bool keepMessages = ctx.func == QLatin1String("desktop")
                || ctx.func == QLatin1String("notify") || (ctx.out == QLatin1String("json") && !list);
            auto &ch = doc.children;
            ch.erase(std::remove_if(ch.begin(), ch.end(),
                         [keepMessages](const Node &n) {
                             return n.name == QLatin1String("metadata")
                                 || (n.name == QLatin1String("messages") && !keepMessages);
                         }),
                ch.end());
            if (ctx.out == QLatin1String("json") && !list && !doc.find(L("messages"))) {
                Node messages(L("messages"));
                messages.attr(L("name"), func);
                const QString titleKey = L("title_") + func;
                if (Messages::has(titleKey))
                    messages.add(
                        Node(L("msg"), Messages::text(titleKey, ctx.lang)).attr(L("name"), L("title")));
                if (const Node *err = doc.find(L("error")))
                    for (const auto &c : err->children)
                        if (c.name == QLatin1String("msg"))
                            messages.add(Node(L("msg"), c.text).attr(L("name"), L("msg_error")));
                doc.add(messages);
            }
        }
        // the request echoed exactly as received, secrets included (real servers do: whoami's <tparams> holds
        // the session id in clear); clients must mask them in every rendering
        Node tparams(L("tparams"));
        for (const auto &p : ctx.ordered)
            tparams.add(p.first, p.second);
        doc.add(tparams);
        doc.add(L("saved_filters"));
        if (ctx.wantsMetadata()) {
            // interface decoration of devel/xjson documents: never data
            doc.add(L("links"));
            doc.add(Node(L("branding"))
                        .attr(L("orientation"), L("right"))
                        .attr(L("shadow"), L("off"))
                        .attr(L("color_main_color"), L("#1a76e2"))
                        .attr(L("color_main_text"), L("#1f364a")));
            doc.add(Node(L("tips"))).add(L("tip"), list ? L("mbar_pin") : L("help_links"));
        }
    }
    if (ctx.out == QLatin1String("text")) {
        reply.body = textOutput(doc);
        reply.contentType = "text/plain; charset=UTF-8";
    } else if (ctx.out == QLatin1String("json") || ctx.out == QLatin1String("sjson")) {
        const bool sorted = ctx.out == QLatin1String("sjson");
        if (doc.rows && doc.rows->count() >= ReplyStream::kMinRows)
            reply.stream = ReplyWriter::jsonStream(doc, sorted); // a big list: written as it is sent
        else
            reply.body = ReplyWriter::toJson(doc, sorted);
        // seen on real servers: JSON served as text/plain
        reply.contentType = ctx.out == QLatin1String("json") ? QByteArray("text/plain; charset=UTF-8")
                                                             : QByteArray("application/json; charset=UTF-8");
        // jQuery's JSONP: callback=NAME wraps the document as NAME(…); with a JavaScript content type
        static const QRegularExpression callbackRe(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$.]{0,127}$"));
        const QString callback = ctx.param(L("callback"));
        if (!callback.isEmpty() && callbackRe.match(callback).hasMatch() && reply.stream) {
            reply.stream->wrap(callback.toUtf8() + '(', ");\n");
            reply.contentType = "application/javascript; charset=UTF-8";
        } else if (!callback.isEmpty() && callbackRe.match(callback).hasMatch()) {
            while (reply.body.endsWith('\n'))
                reply.body.chop(1);
            reply.body = callback.toUtf8() + '(' + reply.body + ");\n";
            reply.contentType = "application/javascript; charset=UTF-8";
        }
    } else if (!ctx.out.isEmpty()) {
        if (doc.rows && doc.rows->count() >= ReplyStream::kMinRows)
            reply.stream = ReplyWriter::xmlStream(doc); // a big list: written as it is sent
        else
            reply.body = ReplyWriter::toXml(doc);
        reply.contentType = "text/xml; charset=UTF-8";
    } else if (loginPage) {
        const QString title = Messages::text(L("login_title"), ctx.lang);
        reply.body
            = QStringLiteral(
                "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>\n"
                "<h1>%1</h1>\n<form method=\"post\" action=\"%2\">\n<input type=\"hidden\" name=\"func\" "
                "value=\"auth\">\n"
                "<input type=\"text\" name=\"username\">\n<input type=\"password\" name=\"password\">\n"
                "<input type=\"hidden\" name=\"lang\" value=\"%3\">\n<input type=\"submit\" "
                "value=\"OK\">\n</form>\n</body></html>\n")
                  .arg(ReplyWriter::escapeHtml(title), ReplyWriter::escapeHtml(m_options.path), ctx.lang)
                  .toUtf8();
        reply.contentType = "text/html; charset=UTF-8";
    } else {
        reply.body = ReplyWriter::toHtml(doc, Messages::text(L("title_") + func, ctx.lang));
        reply.contentType = "text/html; charset=UTF-8";
    }
}

} // namespace mgrdesk::sim