#include "conversation.h"

#include "core/protocol/tabledata.h"

#include <QRegularExpression>

namespace mgrdesk::tickets {

bool TicketAttachment::isImage() const
{
    if (type.startsWith(QLatin1String("image/")))
        return true;
    static const QRegularExpression images(
        QStringLiteral("\\.(png|jpe?g|gif|bmp|webp)$"), QRegularExpression::CaseInsensitiveOption);
    return type.isEmpty() && images.match(name).hasMatch();
}

Conversation Conversation::fromForm(const protocol::FormData &form)
{
    Conversation c;
    auto column = [](const protocol::TableData &t, const char *name) {
        return t.columnIndex(QString::fromLatin1(name));
    };
    if (const auto messages = form.lists.value(QStringLiteral("messages"))) {
        const protocol::TableData &t = *messages;
        const int id = column(t, "id"), author = column(t, "message_user"), role = column(t, "role");
        const int time = column(t, "date_post"), text = column(t, "message");
        for (int r = 0; r < t.rowCount(); ++r) {
            TicketMessage m;
            m.id = t.cell(r, id);
            m.author = t.cell(r, author);
            m.role = t.cell(r, role);
            m.time = t.cell(r, time);
            m.text = t.cell(r, text);
            c.messages.append(m);
        }
    }
    if (const auto files = form.lists.value(QStringLiteral("attachments"))) {
        const protocol::TableData &t = *files;
        const int id = column(t, "id"), message = column(t, "message"), name = column(t, "name");
        const int size = column(t, "size"), type = column(t, "type");
        for (int r = 0; r < t.rowCount(); ++r) {
            TicketAttachment a;
            a.id = t.cell(r, id);
            a.messageId = t.cell(r, message);
            a.name = t.cell(r, name);
            a.type = t.cell(r, type);
            bool ok = false;
            const qint64 bytes = t.cell(r, size).toLongLong(&ok);
            a.size = ok ? bytes : -1;
            bool placed = false;
            for (TicketMessage &m : c.messages) {
                if (!a.messageId.isEmpty() && m.id == a.messageId) {
                    m.attachments.append(a);
                    placed = true;
                    break;
                }
            }
            if (!placed)
                c.unattached.append(a);
        }
    }
    return c;
}

QString Conversation::messageHtml(const QString &text)
{
    static const QRegularExpression link(
        QStringLiteral("(https?://[^\\s<>\"']+[^\\s<>\"'.,;:!?)\\]]|mailto:[^\\s<>\"']+)"));
    auto inlineHtml = [](const QString &line) {
        QString out;
        qsizetype last = 0;
        QRegularExpressionMatchIterator it = link.globalMatch(line);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            out += line.mid(last, m.capturedStart() - last).toHtmlEscaped();
            const QString url = m.captured(1);
            out += QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), url.toHtmlEscaped());
            last = m.capturedEnd();
        }
        out += line.mid(last).toHtmlEscaped();
        return out;
    };
    QString html;
    QStringList quote;
    auto flushQuote = [&] {
        if (quote.isEmpty())
            return;
        html += QStringLiteral("<blockquote style=\"color:#5f6b7a; border-left:3px solid #c5ccd6; "
                               "margin-left:4px; padding-left:8px;\">")
            + quote.join(QStringLiteral("<br>")) + QStringLiteral("</blockquote>");
        quote.clear();
    };
    const QStringList lines = text.split(QLatin1Char('\n'));
    bool first = true;
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.startsWith(QLatin1Char('>'))) {
            quote.append(inlineHtml(line.mid(line.startsWith(QLatin1String("> ")) ? 2 : 1)));
            continue;
        }
        const bool afterQuote = !quote.isEmpty();
        flushQuote();
        if (!first && !afterQuote)
            html += QStringLiteral("<br>");
        html += inlineHtml(line);
        first = false;
    }
    flushQuote();
    return html;
}

} // namespace mgrdesk::tickets
