#include "faultinjector.h"

namespace mgrdesk::sim {

std::optional<Fault::Kind> FaultInjector::kindFromName(const QString &name)
{
    static const struct
    {
        const char *name;
        Fault::Kind kind;
    } kinds[] = { { "latency", Fault::Latency }, { "drop", Fault::Drop }, { "http500", Fault::Http500 },
        { "truncate", Fault::Truncate }, { "html", Fault::Html }, { "redirect", Fault::Redirect },
        { "expire", Fault::Expire } };
    for (const auto &k : kinds)
        if (name == QLatin1String(k.name))
            return k.kind;
    return std::nullopt;
}

QString FaultInjector::add(const QString &spec)
{
    const int eq = int(spec.indexOf(QLatin1Char('=')));
    if (eq <= 0)
        return QStringLiteral("fault spec must be FUNC=KIND[:ARG][@COUNT]: %1").arg(spec);
    Fault f;
    f.func = spec.left(eq);
    QString rest = spec.mid(eq + 1);
    const int at = int(rest.indexOf(QLatin1Char('@')));
    if (at >= 0) {
        bool ok = false;
        f.remaining = rest.mid(at + 1).toInt(&ok);
        if (!ok || f.remaining < 1)
            return QStringLiteral("bad fault count in %1").arg(spec);
        rest = rest.left(at);
    }
    const int colon = int(rest.indexOf(QLatin1Char(':')));
    const QString kind = colon < 0 ? rest : rest.left(colon);
    if (colon >= 0) {
        bool ok = false;
        f.arg = rest.mid(colon + 1).toInt(&ok);
        if (!ok || f.arg < 0)
            return QStringLiteral("bad fault argument in %1").arg(spec);
    }
    const auto k = kindFromName(kind);
    if (!k)
        return QStringLiteral(
            "unknown fault kind '%1' (latency, drop, http500, truncate, html, redirect, expire)")
            .arg(kind);
    f.kind = *k;
    if (f.kind == Fault::Latency && colon < 0)
        f.arg = 1000;
    m_faults.append(f);
    return QString();
}

void FaultInjector::clear()
{
    m_faults.clear();
}

std::optional<Fault> FaultInjector::take(const QString &func)
{
    for (int i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (f.func != QLatin1String("*") && f.func != func)
            continue;
        const Fault hit = f;
        if (f.remaining > 0 && --f.remaining == 0)
            m_faults.removeAt(i);
        return hit;
    }
    return std::nullopt;
}

} // namespace mgrdesk::sim
