// Second-factor login (the simulator's choice of shape, see docs/demo-server.md "Second factor"): for a user
// with a TOTP secret, func=auth with the right password answers a form named auth.totp (hidden username and
// a one-time login token, one text field for the code) instead of <auth>; auth.totp with sok=ok and a right
// code answers <auth id level>; a wrong code is a value error on the field and the step can be retried (five
// tries, five minutes per token).
#include "billmgr.h"

#include "formbuilder.h"
#include "formchecks.h"
#include "totp.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace mgrdesk::sim {

using formchecks::L;

bool Billmgr::needsSecondFactor(const QString &username) const
{
    return username == QLatin1String("admin2fa") && !m_options.totpSecret.isEmpty();
}

void Billmgr::secondFactorForm(Context &ctx, Node &doc, const QString &username, const QString &token)
{
    ctx.func = L("auth.totp");
    FormBuilder f(ctx, L("auth.totp"), L("title_totp"));
    f.page(L("code"));
    f.input(L("username"), L("hidden"));
    f.input(L("token"), L("hidden"));
    f.input(L("totp"), L("text")).attr(L("private"), L("yes")).attr(L("maxlength"), L("6"));
    f.field().attr(L("required"), L("yes"));
    f.button(L("ok"), L("ok"));
    f.button(L("cancel"), L("cancel"));
    doc.add(L("username"), username);
    doc.add(L("token"), token);
    doc.add(L("totp"), QString());
    f.finish(doc);
}

void Billmgr::startSecondFactor(Context &ctx, Node &doc, const QString &username)
{
    const QString token = QString::number(QRandomGenerator::system()->generate64(), 16)
        + QString::number(QRandomGenerator::system()->generate64(), 16);
    m_pendingTotp.insert(
        token, PendingTotp { username, ctx.ip, QDateTime::currentSecsSinceEpoch() + 300, 0 });
    secondFactorForm(ctx, doc, username, token);
}

void Billmgr::authTotp(Context &ctx, Node &doc, Reply &reply)
{
    const QString token = ctx.param(L("token"));
    auto it = m_pendingTotp.find(token);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (it == m_pendingTotp.end() || it->expires < now || it->ip != ctx.ip) {
        if (it != m_pendingTotp.end())
            m_pendingTotp.erase(it);
        throw ApiError { L("auth"), L("badpassword"), QStringLiteral("remote_addr: [%1]").arg(ctx.ip),
            L("err_badpassword"), {} };
    }
    const QString username = it->username;
    if (ctx.param(L("sok")).isEmpty()) {
        secondFactorForm(ctx, doc, username, token);
        return;
    }
    bool ok = false;
    const QByteArray key = totp::base32Decode(m_options.totpSecret, &ok);
    if (!ok || !totp::verify(key, ctx.param(L("totp")), now)) {
        if (++it->attempts >= 5)
            m_pendingTotp.erase(it);
        throw ApiError { L("value"), L("totp"), ctx.param(L("totp")).isEmpty() ? QString() : L("*"),
            L("err_value"), {} };
    }
    m_pendingTotp.erase(it);
    Session &s = m_sessions.create(username, ctx.ip);
    ctx.login = username;
    applyUser(ctx, username);
    doc.add(Node(L("auth"), s.id).attr(L("id"), s.id).attr(L("level"), QString::number(ctx.level)));
    reply.headers.append(
        { "Set-Cookie", QStringLiteral("billmgrses5=%1; Path=/; HttpOnly").arg(s.id).toUtf8() });
}

} // namespace mgrdesk::sim
