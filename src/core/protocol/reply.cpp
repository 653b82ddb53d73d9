#include "reply.h"

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

} // namespace mgrdesk::protocol
