#include "reply.h"

#include "apierror.h"
#include "formdata.h"
#include "whoamidata.h"

namespace mgrdesk::protocol {

QString ApiError::field() const
{
    if (!object.isEmpty())
        return object;
    for (const auto &p : params) {
        if (p.first == QLatin1String("object"))
            return p.second;
    }
    return {};
}

QString FormData::value(const QString &name) const
{
    for (const auto &v : values) {
        if (v.first == name)
            return v.second;
    }
    return {};
}

std::optional<bool> FormData::valueReadOnly(const QString &name) const
{
    const auto it = valueAttributes.constFind(name);
    if (it == valueAttributes.constEnd())
        return std::nullopt;
    for (const auto &a : *it) {
        if (a.first == QLatin1String("readonly"))
            return a.second == QLatin1String("yes") || a.second == QLatin1String("on");
    }
    return std::nullopt;
}

QString FormData::valuePrefix(const QString &name) const
{
    for (const auto &a : valueAttributes.value(name)) {
        if (a.first == QLatin1String("prefix"))
            return a.second;
    }
    return {};
}

QString WhoamiData::userAttribute(const QString &name) const
{
    for (const auto &a : user) {
        if (a.first == name)
            return a.second;
    }
    return {};
}

} // namespace mgrdesk::protocol
