#include "searchtarget.h"

#include <QRegularExpression>

namespace mgrdesk::search {

namespace {

bool looksLikeIp(const QString &q)
{
    // "10.0.3", "192.168.1.7": digits and at least one dot, nothing else
    static const QRegularExpression ip(QStringLiteral("^[0-9]{1,3}(\\.[0-9]{0,3}){1,3}$"));
    return ip.match(q).hasMatch();
}

bool allDigits(const QString &q)
{
    for (const QChar c : q)
        if (!c.isDigit())
            return false;
    return !q.isEmpty();
}

} // namespace

QList<SearchTarget> SearchTarget::plan(const QString &rawQuery, const QStringList &functions)
{
    const QString query = rawQuery.trimmed();
    QList<SearchTarget> out;
    if (query.size() < minimumQueryLength())
        return out;
    const auto add = [&](ResultKind kind, const char *list, QStringList fields) {
        const QString name = QString::fromLatin1(list);
        if (!functions.isEmpty() && !functions.contains(name))
            return;
        out.append({ kind, name, fields });
    };
    const QString name = QStringLiteral("name"), email = QStringLiteral("email"),
                  domain = QStringLiteral("domain"), ip = QStringLiteral("ip"),
                  number = QStringLiteral("number"), id = QStringLiteral("id");
    if (query.contains(QLatin1Char('@'))) {
        add(ResultKind::Client, "account", { email });
        return out;
    }
    if (looksLikeIp(query)) {
        add(ResultKind::Service, "vds", { ip });
        return out;
    }
    const bool digits = allDigits(query);
    add(ResultKind::Client, "account", { name, email });
    add(ResultKind::Service, "vds", { domain });
    add(ResultKind::Service, "domain", { domain });
    add(ResultKind::Invoice, "invoice", { number });
    add(ResultKind::Payment, "payment", { number });
    add(ResultKind::Ticket, "ticket_all", digits ? QStringList { id, name } : QStringList { name });
    return out;
}

} // namespace mgrdesk::search
