#pragma once
// A ticket's conversation as read from its form (clientticket.edit / ticket.edit): the embedded list
// "messages" (id, date_post, message_user, role, message) and the list "attachments" (id, message, name,
// size, type), the demo server's shape (docs/tickets.md: the real one is not captured yet; a reply without
// "attachments" or "role" still reads). Plus the HTML a message is shown with: escaped text, links clickable,
// quoted lines ("> …") as quote blocks.
#include "core/protocol/formdata.h"

#include <QList>
#include <QString>

namespace mgrdesk::tickets {

struct TicketAttachment
{
    QString id; // for ticket.file&elid=
    QString messageId;
    QString name;
    QString type; // Content-Type, may be empty
    qint64 size = -1; // -1: unknown
    bool isImage() const;
};

struct TicketMessage
{
    QString id;
    QString author;
    QString role; // client, staff, or empty
    QString time;
    QString text;
    QList<TicketAttachment> attachments;
};

class Conversation
{
public:
    static Conversation fromForm(const protocol::FormData &form);

    QList<TicketMessage> messages;
    QList<TicketAttachment> unattached; // attachments naming no listed message

    // The message text as HTML: escaped, http(s)/mailto links as <a>, runs of "> " lines as <blockquote>.
    static QString messageHtml(const QString &text);
};

} // namespace mgrdesk::tickets
