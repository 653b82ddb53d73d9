#include "totp.h"

#include <QMessageAuthenticationCode>
#include <QtEndian>

namespace mgrdesk::sim::totp {

QByteArray base32Decode(const QString &text, bool *ok)
{
    static const QByteArray alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    bool good = true;
    for (const QChar c : text) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('='))
            continue;
        const int v = alphabet.indexOf(char(c.toUpper().toLatin1()));
        if (v < 0) {
            good = false;
            break;
        }
        buffer = (buffer << 5) | quint32(v);
        bits += 5;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    if (ok)
        *ok = good && !out.isEmpty();
    return good ? out : QByteArray();
}

QString code(const QByteArray &key, qint64 unixSeconds, int digits, int step)
{
    const quint64 counter = quint64(unixSeconds / step);
    char message[8];
    qToBigEndian(counter, message);
    const QByteArray mac
        = QMessageAuthenticationCode::hash(QByteArray(message, 8), key, QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(quint8(mac.at(offset)) & 0x7f) << 24)
        | (quint32(quint8(mac.at(offset + 1))) << 16) | (quint32(quint8(mac.at(offset + 2))) << 8)
        | quint32(quint8(mac.at(offset + 3)));
    quint32 modulo = 1;
    for (int i = 0; i < digits; ++i)
        modulo *= 10;
    return QStringLiteral("%1").arg(binary % modulo, digits, 10, QLatin1Char('0'));
}

bool verify(const QByteArray &key, const QString &candidate, qint64 unixSeconds)
{
    const QString c = candidate.trimmed().remove(QLatin1Char(' '));
    if (c.size() != 6)
        return false;
    for (int drift = -1; drift <= 1; ++drift) {
        if (code(key, unixSeconds + drift * 30) == c)
            return true;
    }
    return false;
}

} // namespace mgrdesk::sim::totp
