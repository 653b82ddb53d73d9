#include "apiresult.h"

namespace mgrdesk::net {

QString ApiResult::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::NetworkError:
        return QStringLiteral("network-error");
    case Status::HttpError:
        return QStringLiteral("http-error");
    case Status::TlsError:
        return QStringLiteral("tls-error");
    case Status::Timeout:
        return QStringLiteral("timeout");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    case Status::NotApiReply:
        return QStringLiteral("not-api-reply");
    case Status::ApiError:
        return QStringLiteral("api-error");
    case Status::AuthError:
        return QStringLiteral("auth-error");
    }
    return QStringLiteral("unknown");
}

} // namespace mgrdesk::net
