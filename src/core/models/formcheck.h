#pragma once
// Client-side checks of form values before sending: required, maxlength and the server's `check` kinds
// (int with a "min,max" range, float, email, url, ip, iprange, phone). Unknown kinds pass: the server
// decides.

#include "formdescription.h"

#include <QCoreApplication>
#include <QString>

namespace mgrdesk::models {

class FormCheck
{
    Q_DECLARE_TR_FUNCTIONS(mgrdesk::models::FormCheck)
public:
    // Empty when the value is acceptable, else a translated one-line message.
    static QString validate(const FormFieldInfo &field, const QString &value);

    static bool isInteger(const QString &value, qint64 *out = nullptr);
    static bool isEmail(const QString &value);
    static bool isUrl(const QString &value);
    static bool isIp(const QString &value);
    static bool isIpRange(
        const QString &value); // ip, ip/prefix, ip-ip; several separated by space, comma, newline
    static bool isPhone(const QString &value);
};

} // namespace mgrdesk::models
