#pragma once
// Faults for tests, per function or for all ("*"): latency, drop, http500, truncate, html, redirect, expire.
// Spec: FUNC=KIND[:ARG][@COUNT] (COUNT = how many requests it hits; absent = every request).
#include <QList>
#include <QString>
#include <optional>

namespace mgrdesk::sim {

struct Fault
{
    enum Kind { Latency, Drop, Http500, Truncate, Html, Redirect, Expire };
    QString func; // "*" = every function
    Kind kind = Latency;
    int arg = 0;
    int remaining = -1; // -1 = unlimited
};

class FaultInjector
{
public:
    // Parses and adds a spec; returns an error message, empty when fine.
    QString add(const QString &spec);
    void clear();
    // The fault that applies to this request (and counts it down), if any.
    std::optional<Fault> take(const QString &func);
    static std::optional<Fault::Kind> kindFromName(const QString &name);

private:
    QList<Fault> m_faults;
};

} // namespace mgrdesk::sim
