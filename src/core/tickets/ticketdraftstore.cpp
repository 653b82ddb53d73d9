#include "ticketdraftstore.h"

#include "core/settings/keys.h"

#include <QUrl>

namespace mgrdesk::tickets {

namespace {

QString safe(const QString &part)
{
    // one settings group level: no '/' or '\' and nothing QSettings would read as a path
    return QString::fromLatin1(QUrl::toPercentEncoding(part, QByteArray(), "/\\%"));
}

const QString kNew = QStringLiteral("new");

} // namespace

TicketDraftStore::TicketDraftStore(settings::Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings ? settings : settings::Settings::application())
{
}

QString TicketDraftStore::draftKey(const QString &accountId, const QString &ticket)
{
    return QStringLiteral("tickets/drafts/%1/%2")
        .arg(safe(accountId), ticket.isEmpty() ? kNew : safe(ticket));
}

TicketDraft TicketDraftStore::load(const QString &accountId, const QString &ticket) const
{
    const QString key = draftKey(accountId, ticket);
    TicketDraft d;
    d.text = m_settings->get(settings::keys::ticketDraftText(key));
    d.files = m_settings->get(settings::keys::ticketDraftFiles(key));
    d.saved = m_settings->get(settings::keys::ticketDraftSaved(key));
    return d;
}

void TicketDraftStore::save(const QString &accountId, const QString &ticket, TicketDraft draft)
{
    if (draft.isEmpty()) {
        discard(accountId, ticket);
        return;
    }
    const QString key = draftKey(accountId, ticket);
    draft.saved = QDateTime::currentDateTimeUtc();
    m_settings->set(settings::keys::ticketDraftText(key), draft.text);
    m_settings->set(settings::keys::ticketDraftFiles(key), draft.files);
    m_settings->set(settings::keys::ticketDraftSaved(key), draft.saved);
    m_settings->sync(); // on disk now: a crash loses nothing
    Q_EMIT changed(accountId, ticket);
}

void TicketDraftStore::discard(const QString &accountId, const QString &ticket)
{
    const QString key = draftKey(accountId, ticket);
    if (m_settings->contains(settings::keys::ticketDraftText(key))
        || m_settings->contains(settings::keys::ticketDraftFiles(key))) {
        m_settings->removeGroup(key);
        m_settings->sync();
        Q_EMIT changed(accountId, ticket);
    }
}

QStringList TicketDraftStore::ticketsWithDrafts(const QString &accountId) const
{
    QSettings *file = m_settings->file();
    file->beginGroup(QStringLiteral("tickets/drafts/") + safe(accountId));
    const QStringList groups = file->childGroups();
    file->endGroup();
    QStringList out;
    for (const QString &g : groups)
        out.append(g == kNew ? QString() : QUrl::fromPercentEncoding(g.toLatin1()));
    return out;
}

} // namespace mgrdesk::tickets
