// ticket.file (docs/protocol.md §8.7): an attachment of a ticket message, answered with its bytes, its own
// Content-Type and a Content-Disposition naming the file. A missing or foreign attachment is an XML error, as
// for any document: the client tells the two apart by the headers.
#include "billmgr.h"

#include "dataset.h"
#include "formchecks.h"

#include <QUrl>

namespace mgrdesk::sim {

using formchecks::L;

bool Billmgr::ticketFile(Context &ctx, Reply &reply)
{
    if (ctx.func != QLatin1String("ticket.file") && ctx.func != QLatin1String("clientticket.file"))
        return false;
    if (ctx.out.isEmpty())
        ctx.out = L("xml"); // asked without out (as the web interface does): an error still comes as XML
    const QString elid = ctx.param(L("elid")).trimmed();
    if (elid.isEmpty())
        formchecks::fail(L("missed"), L("elid"), QString(), "err_missed");
    bool numeric = false;
    const qint64 id = elid.toLongLong(&numeric);
    const Attachment *a = numeric ? m_data.attachments().find(id) : nullptr;
    if (!a)
        throw ApiError { L("notfound"), L("elid"), elid, L("err_notfound"), {} };
    if (!ctx.isAdmin() && a->owner != ctx.account)
        throw ApiError { L("access"), L("elid"), elid, L("err_access"), {} };

    reply.contentType = a->type.toUtf8();
    if (reply.contentType.startsWith("text/") && !reply.contentType.contains("charset"))
        reply.contentType += "; charset=UTF-8";
    reply.body = a->bytes;
    QString ascii;
    for (const QChar c : a->name)
        ascii
            += (c.unicode() >= 0x20 && c.unicode() < 0x7f && c != QLatin1Char('"') && c != QLatin1Char('\\'))
            ? c
            : QLatin1Char('_');
    const bool image = reply.contentType.startsWith("image/");
    reply.headers.append({ "Content-Disposition",
        QByteArray(image ? "inline" : "attachment") + "; filename=\"" + ascii.toUtf8()
            + "\"; filename*=UTF-8''" + QUrl::toPercentEncoding(a->name) });
    reply.raw = true;
    return true;
}

} // namespace mgrdesk::sim
