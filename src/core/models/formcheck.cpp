#include "formcheck.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace mgrdesk::models {

namespace {

bool isEmptyValue(const FormFieldInfo &field, const QString &value)
{
    using K = FormFieldInfo::Kind;
    const QString v = value.trimmed();
    if (v.isEmpty())
        return true;
    if (field.kind == K::Select || field.kind == K::Radio) {
        for (const auto &o : field.options) {
            if (o.key == v)
                return o.isNull;
        }
        return v == QLatin1String("null");
    }
    if (field.kind == K::Checkbox)
        return v != QLatin1String("on"); // a required checkbox must be ticked (an "I agree" box)
    return false;
}

} // namespace

bool FormCheck::isInteger(const QString &value, qint64 *out)
{
    static const QRegularExpression re(QStringLiteral("^[+-]?[0-9]+$"));
    const QString v = value.trimmed();
    if (!re.match(v).hasMatch())
        return false;
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    if (ok && out)
        *out = n;
    return ok;
}

bool FormCheck::isEmail(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return re.match(value.trimmed()).hasMatch();
}

bool FormCheck::isUrl(const QString &value)
{
    const QUrl url(value.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https")
        || scheme == QLatin1String("ftp");
}

bool FormCheck::isIp(const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty() || v.contains(QLatin1Char('/')))
        return false;
    QHostAddress a;
    return a.setAddress(v);
}

bool FormCheck::isIpRange(const QString &value)
{
    static const QRegularExpression sep(QStringLiteral("[\\s,;]+"));
    const QStringList items = value.split(sep, Qt::SkipEmptyParts);
    if (items.isEmpty())
        return false;
    for (const QString &item : items) {
        const int slash = item.indexOf(QLatin1Char('/'));
        const int dash = item.indexOf(QLatin1Char('-'));
        if (slash >= 0) {
            const QHostAddress base(item.left(slash));
            bool ok = false;
            const int prefix = item.mid(slash + 1).toInt(&ok);
            if (base.isNull() || !ok || prefix < 0)
                return false;
            const int maxPrefix = base.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
            if (prefix > maxPrefix)
                return false;
        } else if (dash >= 0) {
            const QHostAddress from(item.left(dash));
            const QHostAddress to(item.mid(dash + 1));
            if (from.isNull() || to.isNull() || from.protocol() != to.protocol())
                return false;
            if (from.protocol() == QAbstractSocket::IPv4Protocol && from.toIPv4Address() > to.toIPv4Address())
                return false;
        } else if (!isIp(item)) {
            return false;
        }
    }
    return true;
}

bool FormCheck::isPhone(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^\\+?[0-9 ()\\-.]+$"));
    const QString v = value.trimmed();
    if (!re.match(v).hasMatch())
        return false;
    int digits = 0;
    for (const QChar c : v) {
        if (c.isDigit())
            ++digits;
    }
    return digits >= 5 && digits <= 20;
}

QString FormCheck::validate(const FormFieldInfo &field, const QString &value)
{
    if (field.required && isEmptyValue(field, value)) {
        return field.kind == FormFieldInfo::Kind::Checkbox ? tr("This box must be ticked.")
                                                           : tr("This field is required.");
    }
    if (value.trimmed().isEmpty())
        return {};
    if (field.maxLength > 0 && value.size() > field.maxLength)
        return tr("At most %n character(s).", nullptr, field.maxLength);

    const QString &check = field.check;
    if (check == QLatin1String("int") || check == QLatin1String("integer")
        || check == QLatin1String("number")) {
        qint64 n = 0;
        if (!isInteger(value, &n))
            return tr("Enter a whole number.");
        if (field.checkMin && field.checkMax && (n < *field.checkMin || n > *field.checkMax))
            return tr("Enter a number from %1 to %2.").arg(*field.checkMin).arg(*field.checkMax);
        if (field.checkMin && n < *field.checkMin)
            return tr("Enter a number not less than %1.").arg(*field.checkMin);
        if (field.checkMax && n > *field.checkMax)
            return tr("Enter a number not greater than %1.").arg(*field.checkMax);
    } else if (check == QLatin1String("float") || check == QLatin1String("double")
        || check == QLatin1String("money")) {
        bool ok = false;
        QString(value.trimmed()).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (!ok)
            return tr("Enter a number.");
    } else if (check == QLatin1String("email")) {
        if (!isEmail(value))
            return tr("Enter an e-mail address such as name@example.com.");
    } else if (check == QLatin1String("url")) {
        if (!isUrl(value))
            return tr("Enter an address such as https://example.com/.");
    } else if (check == QLatin1String("ip") || check == QLatin1String("ipv4")
        || check == QLatin1String("ipv6")) {
        if (!isIp(value))
            return tr("Enter an IP address such as 192.0.2.10 or 2001:db8::1.");
    } else if (check == QLatin1String("iprange") || check == QLatin1String("ipnet")
        || check == QLatin1String("ipmask")) {
        if (!isIpRange(value))
            return tr("Enter IP addresses, networks (192.0.2.0/24) or ranges (192.0.2.1-192.0.2.9).");
    } else if (check == QLatin1String("phone")) {
        if (!isPhone(value))
            return tr("Enter a phone number such as +1 555 010 0123.");
    }
    return {};
}

} // namespace mgrdesk::models
