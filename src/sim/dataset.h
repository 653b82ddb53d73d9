#pragma once
// The seeded, deterministic data of a small hosting company, scaled by --scale. Column names and status codes
// follow ISPsystem's BILLmanager API pages (billmanager-functions.md).
#include "table.h"
#include "ticketattachments.h"

#include <QMap>
#include <QPair>
#include <map>

namespace mgrdesk::sim {

class Dataset
{
public:
    Dataset(int scale, quint64 seed);

    Table *table(const QString &name);
    const Table *table(const QString &name) const;

    // Users who can log in: the row of the "user" table by login name, or nullptr.
    const Row *userByName(const QString &login) const;
    QString userValue(const Row &user, const QString &column) const;

    // Tariff periods (months -> price) for the order wizard; countries and their states for forms.
    QList<QPair<int, QString>> periods(qint64 tariff) const;
    QList<QPair<QString, QString>> countries(const QString &lang) const;
    QList<QPair<QString, QString>> states(const QString &country) const;
    // IANA time zones (key → "City (Area/City)" in lang), west to east; more than 15, so a searchable select.
    QList<QPair<QString, QString>> timeZones(const QString &lang) const;
    QList<QPair<QString, QString>> vdsTariffs() const;
    QStringList osTemplates() const;
    QString accountName(int account) const;

    TicketAttachments &attachments() { return m_attachments; }
    const TicketAttachments &attachments() const { return m_attachments; }

    QString today() const; // the dataset's fixed "today", so that replies are deterministic

private:
    void generate();
    quint64 next();
    int uniform(int n) { return int(next() % quint64(n)); }
    QString pick(const QStringList &list) { return list[uniform(int(list.size()))]; }
    QString date(int daysBack) const;
    QString money(int cents, const QString &currency) const;

    int m_scale;
    quint64 m_state;
    std::map<QString, Table> m_tables;
    TicketAttachments m_attachments;
};

} // namespace mgrdesk::sim
