#pragma once
// RFC 6238 one-time codes for tests of the demo server's second-factor user (admin2fa, secret
// JBSWY3DPEHPK3PXP): an implementation of the tests' own, independent of the simulator's (src/sim/totp.cpp).

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QString>
#include <QtEndian>

namespace mgrdesk::test::totp {

inline QByteArray base32(const QByteArray &text)
{
    const QByteArray alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    QByteArray out;
    quint64 acc = 0;
    int bits = 0;
    for (char c : text) {
        acc = (acc << 5) | quint64(alphabet.indexOf(c));
        bits += 5;
        if (bits >= 8) {
            out.append(char((acc >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

inline QString code(const QByteArray &key, qint64 t, int digits = 6)
{
    uchar counter[8];
    qToBigEndian<quint64>(quint64(t / 30), counter);
    const QByteArray h = QMessageAuthenticationCode::hash(
        QByteArray(reinterpret_cast<const char *>(counter), 8), key, QCryptographicHash::Sha1);
    const int o = h.back() & 0xf;
    const quint32 v = ((quint32(uchar(h[o])) & 0x7f) << 24) | (quint32(uchar(h[o + 1])) << 16)
        | (quint32(uchar(h[o + 2])) << 8) | quint32(uchar(h[o + 3]));
    quint32 mod = 1;
    for (int i = 0; i < digits; ++i)
        mod *= 10;
    return QStringLiteral("%1").arg(v % mod, digits, 10, QLatin1Char('0'));
}

inline QByteArray demoKey()
{
    return base32("JBSWY3DPEHPK3PXP");
}

inline QString currentCode()
{
    return code(demoKey(), QDateTime::currentSecsSinceEpoch());
}

// A code that is wrong now and in the steps beside (the server accepts one step of drift).
inline QString wrongCode()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int n = 0;; ++n) {
        const QString c = QStringLiteral("%1").arg(n, 6, 10, QLatin1Char('0'));
        if (c != code(demoKey(), now - 30) && c != code(demoKey(), now) && c != code(demoKey(), now + 30))
            return c;
    }
}

} // namespace mgrdesk::test::totp
