#include "ticketattachments.h"

#include "table.h"

namespace mgrdesk::sim {

namespace {

// A 32×24 PNG (blue and white stripes), written once with zlib; valid for any image decoder.
const char kScreenshot[]
    = "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x20\x00\x00\x00\x18"
      "\x08\x02\x00\x00\x00\x14\x31\x68\x63\x00\x00\x00\x2e\x49\x44\x41\x54\x78\xda\x63\xd0\x88\x3a\x41"
      "\x53\xc4\x30\x6a\x01\x41\x0b\x3e\x7c\xf8\x45\x53\x34\x6a\x01\x61\x0b\x46\x93\xe9\x68\x3e\x18\xb5"
      "\x60\x34\x1f\x8c\xe6\x83\x51\x0b\x80\x08\x00\x6f\x11\x36\x5b\x5e\x85\x08\xcf\x00\x00\x00\x00\x49"
      "\x45\x4e\x44\xae\x42\x60\x82";

} // namespace

qint64 TicketAttachments::add(int owner, qint64 ticket, qint64 message, const QString &name,
    const QString &type, const QByteArray &bytes)
{
    Attachment a;
    a.id = m_nextId++;
    a.ticket = ticket;
    a.message = message;
    a.owner = owner;
    a.name = name;
    a.type = guessType(name, type);
    a.bytes = bytes;
    m_files.emplace(a.id, a);
    return a.id;
}

const Attachment *TicketAttachments::find(qint64 id) const
{
    const auto it = m_files.find(id);
    return it == m_files.end() ? nullptr : &it->second;
}

QList<const Attachment *> TicketAttachments::forTicket(qint64 ticket) const
{
    QList<const Attachment *> out;
    for (const auto &[id, a] : m_files)
        if (a.ticket == ticket)
            out.append(&a);
    return out;
}

void TicketAttachments::seed(const Table &messages)
{
    const QByteArray png(kScreenshot, int(sizeof(kScreenshot)) - 1);
    for (int i = 0; i < messages.size(); ++i) {
        const Row &m = messages.at(i);
        if (messages.value(m, QStringLiteral("role")) != QLatin1String("client"))
            continue;
        const qint64 ticket = messages.value(m, QStringLiteral("ticket")).toLongLong();
        if (m.id % 5 == 1) {
            add(m.owner, ticket, m.id, QStringLiteral("screenshot.png"), QStringLiteral("image/png"), png);
        } else if (m.id % 5 == 3) {
            const QByteArray log = QStringLiteral("2026-03-01 10:00:01 [error] upstream timed out (110)\n"
                                                  "2026-03-01 10:00:07 [error] connect() failed (111)\n"
                                                  "message %1\n")
                                       .arg(m.id)
                                       .toUtf8();
            add(m.owner, ticket, m.id, QStringLiteral("error.log"), QStringLiteral("text/plain"), log);
        }
    }
}

QString TicketAttachments::guessType(const QString &fileName, const QString &declared)
{
    const QString d = declared.trimmed().toLower();
    if (!d.isEmpty() && d != QLatin1String("application/octet-stream"))
        return declared.trimmed();
    const QString ext = fileName.section(QLatin1Char('.'), -1).toLower();
    static const QList<QPair<const char *, const char *>> types { { "png", "image/png" },
        { "jpg", "image/jpeg" }, { "jpeg", "image/jpeg" }, { "gif", "image/gif" }, { "webp", "image/webp" },
        { "txt", "text/plain" }, { "log", "text/plain" }, { "csv", "text/csv" }, { "pdf", "application/pdf" },
        { "zip", "application/zip" } };
    for (const auto &t : types)
        if (ext == QLatin1String(t.first))
            return QString::fromLatin1(t.second);
    return QStringLiteral("application/octet-stream");
}

} // namespace mgrdesk::sim
