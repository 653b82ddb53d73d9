// Forms: tickets (new ticket, replies, the conversation as an embedded list) and the payment group form.
#include "forms.h"

#include "dataset.h"
#include "formbuilder.h"
#include "formchecks.h"
#include "messages.h"

#include <QDateTime>

namespace mgrdesk::sim {

using namespace formchecks;

void Forms::ticketEdit(Context &ctx, Node &doc, bool clientSide)
{
    // clientticket.edit: a client opens a new ticket (empty elid) or replies; ticket_all.edit: staff reply.
    if (clientSide == ctx.isAdmin())
        throw ApiError { L("access"), ctx.func, ctx.func, L("err_access"), {} };
    Table *tickets = m_data.table(L("ticket"));
    Table *messages = m_data.table(L("ticket.message"));
    const QString elid = ctx.param(L("elid"));
    const qint64 id = elid.toLongLong();
    const Row *row = elid.isEmpty() ? nullptr : tickets->find(id);
    if (!elid.isEmpty() && !row)
        throw ApiError { L("notfound"), L("elid"), elid, L("err_notfound"), {} };
    if (elid.isEmpty() && !clientSide)
        fail(L("missed"), L("elid"), QString(), "err_missed");
    if (row && !ctx.isAdmin() && row->owner != ctx.account)
        throw ApiError { L("access"), L("elid"), elid, L("err_access"), {} };
    const QString now = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString author = clientSide ? m_data.accountName(ctx.account) : ctx.user;

    if (!ctx.param(L("sok")).isEmpty()) {
        if (!row)
            required(ctx, L("name"));
        required(ctx, L("message"));
        if (ctx.param(L("message")).size() > 10000)
            fail(L("value"), L("message"), QString(), "err_value");
        qint64 ticketId = id;
        if (!row) {
            const QHash<QString, QString> cells { { L("name"), ctx.param(L("name")).trimmed() },
                { L("client"), author }, { L("date_start"), now }, { L("project"), L("Demo Hosting") },
                { L("project_name"), L("Demo Hosting") }, { L("queue"), L("0") }, { L("last_message"), now },
                { L("last_activity"), now }, { L("tstatus"), L("0") }, { L("create_user"), author } };
            ticketId = tickets->insert(ctx.account, cells);
            tickets->set(ticketId, L("ticket"), QStringLiteral("T%1").arg(1000 + ticketId));
        } else {
            tickets->set(id, L("last_message"), now);
            tickets->set(id, L("last_activity"), now);
            tickets->set(id, L("tstatus"), clientSide ? L("1") : L("2"));
        }
        QString text = ctx.param(L("message"));
        for (int n = 1; ctx.has(QStringLiteral("file_%1").arg(n)); ++n) // multipart attachments
            text += QStringLiteral("\n[attachment: %1, %2 bytes]")
                        .arg(ctx.param(QStringLiteral("file_%1").arg(n)),
                            ctx.param(QStringLiteral("file_%1_size").arg(n)));
        messages->insert(row ? row->owner : ctx.account,
            { { L("ticket"), QString::number(ticketId) }, { L("message"), text }, { L("date_post"), now },
                { L("message_user"), author } });
        doc.add(L("ok"));
        if (!row)
            doc.add(L("id"), QString::number(ticketId));
        return;
    }
    if (row) {
        doc.add(L("elid"), elid);
        doc.add(L("name"), tickets->value(*row, L("name")));
        doc.add(L("tstatus"), Messages::status(L("ticket"), tickets->value(*row, L("tstatus")), ctx.lang));
        // the conversation as an embedded table
        Node list(L("list"));
        list.attr(L("name"), L("messages"));
        for (int i = 0; i < messages->size(); ++i) {
            const Row &m = messages->at(i);
            if (messages->value(m, L("ticket")) != elid)
                continue;
            Node e(L("elem"));
            e.add(L("id"), QString::number(m.id));
            for (const char *c : { "date_post", "message_user", "message" })
                e.add(L(c), messages->value(m, L(c)));
            list.add(e);
        }
        doc.add(list);
    } else {
        doc.add(L("name"), ctx.param(L("name")));
    }
    doc.add(L("message"), ctx.param(L("message")));
    FormBuilder f(ctx, ctx.func, clientSide ? L("title_clientticket") : L("title_ticket_all"));
    if (row) {
        f.textdata(L("name"));
        f.textdata(L("tstatus"));
        f.embeddedList(L("messages"), { L("date_post"), L("message_user"), L("message") });
    } else {
        f.input(L("name"), L("text")).attr(L("required"), L("yes")).attr(L("maxlength"), L("100"));
    }
    f.textarea(L("message")).attr(L("required"), L("yes"));
    f.button(L("ok"), L("ok"));
    f.button(L("cancel"), L("cancel"));
    f.finish(doc);
}

void Forms::paymentSetStatus(Context &ctx, Node &doc)
{
    // A "groupform": one confirmation form for all the selected rows (elid=1, 2, 3).
    if (!ctx.isAdmin())
        throw ApiError { L("access"), ctx.func, ctx.func, L("err_access"), {} };
    const QString elid = ctx.param(L("elid"));
    if (elid.trimmed().isEmpty())
        fail(L("missed"), L("elid"), QString(), "err_missed");
    Table *t = m_data.table(L("payment"));
    QList<qint64> ids;
    const QStringList parts = elid.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &p : parts)
        if (t->find(p.trimmed().toLongLong()))
            ids.append(p.trimmed().toLongLong());
    const QStringList codes = Messages::statusCodes(L("payment"));
    if (!ctx.param(L("sok")).isEmpty()) {
        required(ctx, L("status"));
        if (!codes.contains(ctx.param(L("status"))))
            fail(L("value"), L("status"), ctx.param(L("status")), "err_value");
        for (qint64 id : ids)
            t->set(id, L("status"), ctx.param(L("status")));
        doc.add(L("ok"));
        return;
    }
    QStringList numbers;
    for (qint64 id : ids)
        numbers << t->value(id, L("number"));
    doc.add(L("elid"), elid);
    doc.add(L("info"), numbers.join(QStringLiteral(", ")));
    doc.add(L("status"), ids.isEmpty() ? L("4") : t->value(ids.first(), L("status")));
    QList<QPair<QString, QString>> options;
    for (const QString &c : codes)
        options.append({ c, Messages::status(L("payment"), c, ctx.lang) });
    FormBuilder f(ctx, ctx.func, L("title_payment.setstatus"));
    f.textdata(L("info"));
    f.select(L("status"), options, doc).attr(L("required"), L("yes"));
    f.button(L("ok"), L("ok"));
    f.button(L("cancel"), L("cancel"));
    f.finish(doc);
}

} // namespace mgrdesk::sim
