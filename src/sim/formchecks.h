#pragma once
// Small helpers shared by the form functions: reading values, validating fields, throwing BILLmanager-shaped
// errors that name the field. Internal to src/sim.
#include "context.h"
#include "table.h"

#include <QRegularExpression>

namespace mgrdesk::sim::formchecks {

inline QString L(const char *s)
{
    return QString::fromLatin1(s);
}

[[noreturn]] inline void fail(
    const QString &type, const QString &field, const QString &value, const char *msgKey)
{
    throw ApiError { type, field, value, L(msgKey), field };
}

inline void required(const Context &ctx, const QString &field)
{
    if (ctx.param(field).trimmed().isEmpty())
        fail(L("missed"), field, QString(), "err_missed");
}

inline void checkEmail(const Context &ctx, const QString &field)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString v = ctx.param(field);
    if (!v.isEmpty() && !re.match(v).hasMatch())
        fail(L("value"), field, v, "err_value");
}

inline void checkInt(const Context &ctx, const QString &field, int min, int max)
{
    const QString v = ctx.param(field);
    if (v.isEmpty())
        return;
    bool ok = false;
    const int n = v.toInt(&ok);
    if (!ok || n < min || n > max)
        fail(L("value"), field, v, "err_value");
}

inline bool hasKey(const QList<QPair<QString, QString>> &options, const QString &key)
{
    for (const auto &o : options)
        if (o.first == key)
            return true;
    return false;
}

inline QList<QPair<QString, QString>> langs()
{
    return { { L("en"), L("English") }, { L("ru"), QStringLiteral("Русский") },
        { L("es"), QStringLiteral("Español") } };
}

inline QString value(
    const Context &ctx, const Table *t, qint64 id, const QString &field, const QString &fallback = {})
{
    // Values the user typed win (sv_field recomputation keeps them); then the object's; then the default.
    if (ctx.has(field))
        return ctx.param(field);
    if (t && id > 0)
        return t->value(id, field);
    return fallback;
}

} // namespace mgrdesk::sim::formchecks
