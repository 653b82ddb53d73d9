// Forms: tickets (new ticket, replies, the conversation as an embedded list) and the payment group form.
#include "forms.h"

#include "dataset.h"
#include "formbuilder.h"
#include "formchecks.h"
#include "messages.h"

#include <QDateTime>

namespace mgrdesk::sim {

using namespace formchecks;

namespace {

// Labels of the ticket form's fields that the shared messages do not carry (en, ru, es).
const char *const kTicketLabels[][4] = { { "client_department", "Department", "Отдел", "Departamento" },
    { "responsible", "Responsible", "Ответственный", "Responsable" },
    { "tstatus", "Status", "Состояние", "Estado" }, { "client", "Client", "Клиент", "Cliente" },
    { "date_start", "Opened", "Создан", "Abierto" }, { "role", "Role", "Роль", "Rol" },
    { "file_1", "Attachments", "Вложения", "Adjuntos" }, { "size", "Size", "Размер", "Tamaño" },
    { "type", "Type", "Тип", "Tipo" } };

QString ticketLabel(const char *key, const QString &lang)
{
    for (const auto &l : kTicketLabels)
        if (qstrcmp(l[0], key) == 0)
            return QString::fromUtf8(lang == QLatin1String("ru") ? l[2]
                    : lang == QLatin1String("es")                ? l[3]
                                                                 : l[1]);
    return QString::fromLatin1(key);
}

const QList<QPair<QString, QString>> &departments()
{
    static const QList<QPair<QString, QString>> d { { QStringLiteral("1"), QStringLiteral("Support") },
        { QStringLiteral("2"), QStringLiteral("Billing") },
        { QStringLiteral("3"), QStringLiteral("Technical") } };
    return d;
}

QString departmentName(const QString &key)
{
    for (const auto &d : departments())
        if (d.first == key)
            return d.second;
    return key;
}

} // namespace

QList<Forms::TicketUpload> Forms::ticketUploads(const Context &ctx) const
{
    // file_1 … file_N (at most 10): each must have come as a file field with its bytes kept
    QList<TicketUpload> out;
    for (int n = 1; n <= 10 && ctx.has(QStringLiteral("file_%1").arg(n)); ++n) {
        const QString field = QStringLiteral("file_%1").arg(n);
        for (const UploadedFile &f : ctx.files) {
            if (f.field != field)
                continue;
            if (f.tooBig)
                throw ApiError { L("value"), field, f.fileName, L("err_file_too_big"), {} };
            if (!f.fileName.trimmed().isEmpty())
                out.append({ f.fileName.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1),
                    f.contentType, f.bytes });
        }
    }
    return out;
}

void Forms::ticketEdit(Context &ctx, Node &doc, bool clientSide)
{
    // clientticket.edit: a client opens a new ticket (empty elid) or replies; ticket_all.edit / ticket.edit:
    // staff reply and change the ticket's properties. Attachments arrive as multipart file_N fields.
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
        const QList<TicketUpload> uploads = ticketUploads(ctx);
        const QString text = ctx.param(L("message"));
        bool changed = false;
        if (!clientSide) {
            for (const char *c : { "responsible", "client_department", "tstatus" }) {
                if (ctx.has(L(c)) && ctx.param(L(c)) != tickets->value(*row, L(c))) {
                    if (qstrcmp(c, "tstatus") == 0
                        && !Messages::statusCodes(L("ticket")).contains(ctx.param(L(c))))
                        fail(L("value"), L(c), ctx.param(L(c)), "err_value");
                    tickets->set(id, L(c), ctx.param(L(c)));
                    changed = true;
                }
            }
        }
        if (clientSide || (!changed && uploads.isEmpty()))
            required(ctx, L("message"));
        if (text.size() > 10000)
            fail(L("value"), L("message"), QString(), "err_value");
        qint64 ticketId = id;
        if (!row) {
            const QHash<QString, QString> cells { { L("name"), ctx.param(L("name")).trimmed() },
                { L("client"), author }, { L("date_start"), now }, { L("project"), L("Demo Hosting") },
                { L("project_name"), L("Demo Hosting") }, { L("queue"), L("0") }, { L("last_message"), now },
                { L("last_activity"), now }, { L("tstatus"), L("0") }, { L("create_user"), author },
                { L("client_department"),
                    ctx.param(L("client_department")).isEmpty() ? L("1")
                                                                : ctx.param(L("client_department")) } };
            ticketId = tickets->insert(ctx.account, cells);
            tickets->set(ticketId, L("ticket"), QStringLiteral("T%1").arg(1000 + ticketId));
        }
        if (!text.trimmed().isEmpty() || !uploads.isEmpty()) {
            tickets->set(ticketId, L("last_message"), now);
            tickets->set(ticketId, L("last_activity"), now);
            if (row && !(changed && ctx.has(L("tstatus"))))
                tickets->set(ticketId, L("tstatus"), clientSide ? L("1") : L("2"));
            const int owner = row ? row->owner : ctx.account;
            const qint64 messageId = messages->insert(owner,
                { { L("ticket"), QString::number(ticketId) }, { L("message"), text }, { L("date_post"), now },
                    { L("message_user"), author }, { L("role"), clientSide ? L("client") : L("staff") } });
            for (const TicketUpload &u : uploads)
                m_data.attachments().add(owner, ticketId, messageId, u.name, u.type, u.bytes);
        }
        doc.add(L("ok"));
        if (!row)
            doc.add(L("id"), QString::number(ticketId));
        return;
    }
    ticketForm(ctx, doc, clientSide, row);
}

void Forms::ticketForm(Context &ctx, Node &doc, bool clientSide, const Row *row)
{
    const Table *tickets = m_data.table(L("ticket"));
    const Table *messages = m_data.table(L("ticket.message"));
    const QString elid = ctx.param(L("elid"));
    if (row) {
        doc.add(L("elid"), elid);
        doc.add(L("name"), tickets->value(*row, L("name")));
        const QString status = tickets->value(*row, L("tstatus"));
        const QString dept = tickets->value(*row, L("client_department"));
        doc.add(L("tstatus"), clientSide ? Messages::status(L("ticket"), status, ctx.lang) : status);
        doc.add(L("client_department"), clientSide ? departmentName(dept) : dept);
        if (!clientSide) {
            doc.add(L("client"), tickets->value(*row, L("client")));
            doc.add(L("date_start"), tickets->value(*row, L("date_start")));
            doc.add(L("responsible"), tickets->value(*row, L("responsible")));
        }
        // the conversation and its attachments as two embedded tables (the simulator's choice of shape)
        Node list(L("list"));
        list.attr(L("name"), L("messages"));
        for (int i = 0; i < messages->size(); ++i) {
            const Row &m = messages->at(i);
            if (messages->value(m, L("ticket")) != elid)
                continue;
            Node e(L("elem"));
            e.add(L("id"), QString::number(m.id));
            for (const char *c : { "date_post", "message_user", "role", "message" })
                e.add(L(c), messages->value(m, L(c)));
            list.add(e);
        }
        doc.add(list);
        Node files(L("list"));
        files.attr(L("name"), L("attachments"));
        const QList<const Attachment *> attached = m_data.attachments().forTicket(row->id);
        for (const Attachment *a : attached) {
            Node e(L("elem"));
            e.add(L("id"), QString::number(a->id));
            e.add(L("message"), QString::number(a->message));
            e.add(L("name"), a->name);
            e.add(L("size"), QString::number(a->bytes.size()));
            e.add(L("type"), a->type);
            files.add(e);
        }
        doc.add(files);
    } else {
        doc.add(L("name"), ctx.param(L("name")));
    }
    doc.add(L("message"), ctx.param(L("message")));
    FormBuilder f(ctx, ctx.func, clientSide ? L("title_clientticket") : L("title_ticket_all"));
    for (const char *k : { "client_department", "responsible", "tstatus", "client", "date_start", "role",
             "file_1", "size", "type" })
        f.message(L(k), ticketLabel(k, ctx.lang));
    if (row) {
        f.textdata(L("name"));
        if (clientSide) {
            f.textdata(L("tstatus"));
            f.textdata(L("client_department"));
        } else {
            f.textdata(L("client"));
            f.textdata(L("date_start"));
            QList<QPair<QString, QString>> statuses;
            for (const QString &c : Messages::statusCodes(L("ticket")))
                statuses.append({ c, Messages::status(L("ticket"), c, ctx.lang) });
            f.select(L("tstatus"), statuses, doc);
            f.select(L("client_department"), departments(), doc);
            f.select(
                L("responsible"), { { QString(), QStringLiteral("—") }, { L("admin"), L("admin") } }, doc);
        }
        f.embeddedList(L("messages"), { L("date_post"), L("message_user"), L("role"), L("message") });
        f.embeddedList(L("attachments"), { L("name"), L("size"), L("type") });
    } else {
        f.input(L("name"), L("text")).attr(L("required"), L("yes")).attr(L("maxlength"), L("100"));
        f.select(L("client_department"), departments(), doc);
    }
    Node &message = f.textarea(L("message"));
    if (clientSide)
        message.attr(L("required"), L("yes"));
    // the simulator's choice: a file control named file_1 that may carry several files (file_1 … file_N)
    f.input(L("file_1"), L("file")).attr(L("multiple"), L("yes")).attr(L("maxcount"), L("10"));
    f.button(L("ok"), L("ok"));
    f.button(L("cancel"), L("cancel"));
    f.finish(doc);
}

void Forms::ticketAction(Context &ctx, Node &doc)
{
    // Staff toolbar actions of the ticket lists: ticket.take (the caller becomes responsible, the ticket is
    // under review) and ticket.close (closed). elid=1, 2, 3; unknown ids are skipped.
    if (!ctx.isAdmin())
        throw ApiError { L("access"), ctx.func, ctx.func, L("err_access"), {} };
    const QString elid = ctx.param(L("elid"));
    if (elid.trimmed().isEmpty())
        fail(L("missed"), L("elid"), QString(), "err_missed");
    Table *t = m_data.table(L("ticket"));
    const bool take = ctx.func.endsWith(QLatin1String(".take"));
    const QStringList parts = elid.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        const qint64 id = p.trimmed().toLongLong();
        if (!t->find(id))
            continue;
        if (take) {
            t->set(id, L("responsible"), ctx.user);
            t->set(id, L("tstatus"), L("1"));
        } else {
            t->set(id, L("tstatus"), L("3"));
        }
    }
    doc.add(L("ok"));
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
