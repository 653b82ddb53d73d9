// Billmgr: sessions (list, delete, login keys), the long operation with progress.get, and the journal.
#include "billmgr.h"

#include "dataset.h"
#include "messages.h"

#include <QDateTime>
#include <algorithm>

namespace mgrdesk::sim {

namespace {

QString L(const char *s)
{
    return QString::fromLatin1(s);
}

class NodeRows : public RowSource
{
public:
    explicit NodeRows(std::vector<Node> rows)
        : m_rows(std::move(rows))
    {
    }
    int count() const override { return int(m_rows.size()); }
    Node row(int index) const override { return m_rows[size_t(index)]; }

private:
    std::vector<Node> m_rows;
};

} // namespace

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
    std::sort(rows.begin(), rows.end(),
        [](const Node &a, const Node &b) { return a.children.front().text < b.children.front().text; });
    if (ctx.wantsMetadata()) {
        Node meta(L("metadata"));
        meta.attr(L("name"), L("session"))
            .attr(L("type"), L("list"))
            .attr(L("key"), L("id"))
            .attr(L("keyname"), L("login"));
        Node &tb = meta.add(L("toolbar")).add(Node(L("toolgrp")).attr(L("name"), L("main")));
        tb.add(Node(L("toolbtn"))
                   .attr(L("name"), L("delete"))
                   .attr(L("func"), L("session.delete"))
                   .attr(L("type"), L("group"))
                   .attr(L("img"), L("t-delete")));
        Node &cd = meta.add(L("coldata"));
        Node messages(L("messages"));
        messages.attr(L("name"), L("session"));
        messages.add(
            Node(L("msg"), Messages::text(L("title_session"), ctx.lang)).attr(L("name"), L("title")));
        for (const char *c : { "login", "user", "ip", "createdate" }) {
            cd.add(
                Node(L("col")).attr(L("name"), L(c)).attr(L("type"), L("data")).attr(L("sort"), L("alpha")));
            messages.add(Node(L("msg"), Messages::text(L(c), ctx.lang)).attr(L("name"), L(c)));
        }
        doc.add(meta);
        doc.add(messages);
    }
    // paged like every other list: p_cnt/p_num (a page past the end gives the last page), p_order on the id
    auto intParam = [&](const QString &name, int fallback, int min) {
        if (ctx.param(name).isEmpty())
            return fallback;
        bool ok = false;
        const int v = ctx.param(name).toInt(&ok);
        if (!ok || v < min)
            throw ApiError { L("value"), name, ctx.param(name), L("err_value"), name };
        return v;
    };
    const int total = int(rows.size());
    const int pcnt = qMin(intParam(L("p_cnt"), 100, 1), 1000000);
    const int pages = qMax(1, (total + pcnt - 1) / pcnt);
    const int pnum = qBound(1, intParam(L("p_num"), 1, -1000000000), pages);
    if (ctx.param(L("p_order")) == QLatin1String("desc"))
        std::reverse(rows.begin(), rows.end());
    const int offset = (pnum - 1) * pcnt;
    std::vector<Node> page(rows.begin() + qMin(offset, total), rows.begin() + qMin(offset + pcnt, total));
    doc.add(L("p_elems"), QString::number(total));
    doc.add(L("p_num"), QString::number(pnum));
    doc.add(L("p_cnt"), QString::number(pcnt));
    doc.add(L("p_sort"), L("id"));
    doc.add(L("p_order"), ctx.param(L("p_order")) == QLatin1String("desc") ? L("desc") : L("asc"));
    doc.rows = std::make_shared<NodeRows>(std::move(page));
}

void Billmgr::sessionDelete(Context &ctx, Node &doc)
{
    const QStringList ids = ctx.param(L("elid")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (ids.isEmpty())
        throw ApiError { L("missed"), L("elid"), {}, L("err_missed"), L("elid") };
    for (const QString &raw : ids) {
        const QString id = raw.trimmed();
        Session *s = m_sessions.find(id);
        if (!s)
            continue;
        const Row *u = m_data.userByName(s->login);
        if (!ctx.isAdmin() && (!u || u->owner != ctx.account))
            throw ApiError { L("access"), L("elid"), QString(), L("err_access"), {} };
        m_sessions.remove(id);
    }
    ctx.session = nullptr; // it may have been the caller's own
    doc.add(L("ok"));
}

void Billmgr::sessionNewKey(Context &ctx, Node &doc)
{
    if (!ctx.isAdmin())
        throw ApiError { L("access"), ctx.func, ctx.func, L("err_access"), {} };
    const QString username = ctx.param(L("username"));
    const QString key = ctx.param(L("key"));
    if (username.isEmpty())
        throw ApiError { L("missed"), L("username"), {}, L("err_missed"), L("login") };
    if (key.isEmpty())
        throw ApiError { L("missed"), L("key"), {}, L("err_missed"), L("key") };
    if (!m_data.userByName(username))
        throw ApiError { L("value"), L("username"), username, L("err_value"), L("login") };
    if (key.size() < 16)
        throw ApiError { L("value"), L("key"), L("*"), L("err_value"), L("key") };
    m_sessions.addKey(username, key);
    doc.add(L("ok"));
}

void Billmgr::longOperation(Context &ctx, Node &doc, Reply &reply)
{
    const ListDef *def = m_lists.find(L("vds"));
    const QStringList ids = ctx.param(L("elid")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (ids.isEmpty())
        throw ApiError { L("missed"), L("elid"), {}, L("err_missed"), L("elid") };
    for (const QString &id : ids) {
        const qint64 n = id.trimmed().toLongLong();
        if (m_data.table(L("vds"))->find(n) && !m_lists.visible(ctx, *def, n))
            throw ApiError { L("access"), L("elid"), id.trimmed(), L("err_access"), {} };
    }
    const QString pid = ctx.param(L("progressid"));
    if (!pid.isEmpty() && pid != QLatin1String("false"))
        m_operations.insert(
            pid, { ctx.func, QDateTime::currentMSecsSinceEpoch(), Messages::text(L("op_reboot"), ctx.lang) });
    reply.delayMs = m_options.opSteps * m_options.opStepMs; // the reply comes when the operation ends
    doc.add(L("ok"));
}

void Billmgr::progressGet(Context &ctx, Node &doc)
{
    const QString pid = ctx.param(L("elid"));
    auto it = m_operations.constFind(pid);
    if (pid.isEmpty() || it == m_operations.constEnd())
        throw ApiError { L("notfound"), L("elid"), pid, L("err_progress"), {} };
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
        if (p.first != QLatin1String("func") && p.first != QLatin1String("out")
            && p.first != QLatin1String("auth"))
            params.append(p);
    t->insert(ctx.account,
        { { L("time"), QDateTime::currentDateTime().toString(L("yyyy-MM-dd HH:mm:ss")) },
            { L("user"), ctx.user }, { L("ip"), ctx.ip }, { L("funcname"), ctx.func },
            { L("params"), maskedQuery(params) } });
}

} // namespace mgrdesk::sim
