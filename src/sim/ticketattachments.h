#pragma once
// Ticket attachments of the simulator: one record per file of a ticket message with its bytes (uploaded as
// multipart file_N fields on a reply, or seeded), served by ticket.file. docs/demo-server.md "Tickets".
#include <QByteArray>
#include <QList>
#include <QString>
#include <map>

namespace mgrdesk::sim {

class Table;

struct Attachment
{
    qint64 id = 0;
    qint64 ticket = 0;
    qint64 message = 0;
    int owner = 0; // the ticket's account, for access checks
    QString name;
    QString type; // Content-Type
    QByteArray bytes;
};

class TicketAttachments
{
public:
    qint64 add(int owner, qint64 ticket, qint64 message, const QString &name, const QString &type,
        const QByteArray &bytes);
    const Attachment *find(qint64 id) const;
    QList<const Attachment *> forTicket(qint64 ticket) const;
    // Seeded files: some client messages of the generated tickets carry a small PNG screenshot or a text log
    // (from the message id alone, so the rest of the data stays what the seed gives).
    void seed(const Table &messages);
    // A file name's type when the upload named none (or application/octet-stream).
    static QString guessType(const QString &fileName, const QString &declared);

private:
    std::map<qint64, Attachment> m_files;
    qint64 m_nextId = 1;
};

} // namespace mgrdesk::sim
