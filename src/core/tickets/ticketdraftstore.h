#pragma once
// Reply drafts of the ticket workspace, per account and ticket, in the application's settings file (keys
// under tickets/drafts/, settings::keys::ticketDraft*). Written through at once (a crash, a dropped session
// or a closed tab loses nothing); removed when the reply was sent or the user discards it. Not secrets: the
// text and local paths only.
#include "ticketdraft.h"

#include <QObject>

namespace mgrdesk::settings {
class Settings;
}

namespace mgrdesk::tickets {

class TicketDraftStore : public QObject
{
    Q_OBJECT
public:
    // settings: not owned; nullptr = settings::Settings::application().
    explicit TicketDraftStore(settings::Settings *settings = nullptr, QObject *parent = nullptr);

    // ticket: the ticket id; empty = a new ticket of that account.
    TicketDraft load(const QString &accountId, const QString &ticket) const;
    bool has(const QString &accountId, const QString &ticket) const
    {
        return !load(accountId, ticket).isEmpty();
    }
    // An empty draft removes the stored one.
    void save(const QString &accountId, const QString &ticket, TicketDraft draft);
    void discard(const QString &accountId, const QString &ticket);
    QStringList ticketsWithDrafts(const QString &accountId) const; // "" for a new ticket's draft

    // The settings group of one draft ("tickets/drafts/<account>/<ticket or new>", path-safe).
    static QString draftKey(const QString &accountId, const QString &ticket);

Q_SIGNALS:
    void changed(const QString &accountId, const QString &ticket);

private:
    settings::Settings *m_settings;
};

} // namespace mgrdesk::tickets
