#pragma once
// A ticket reply being written: its text and the chosen files' paths (never their bytes), and when it was
// last kept. Kept per account and ticket by TicketDraftStore until the reply is sent.
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace mgrdesk::tickets {

struct TicketDraft
{
    QString text;
    QStringList files;
    QDateTime saved; // UTC, set by TicketDraftStore::save
    bool isEmpty() const { return text.trimmed().isEmpty() && files.isEmpty(); }
};

} // namespace mgrdesk::tickets
