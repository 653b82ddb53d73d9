#pragma once
// RFC 6238 time-based one-time passwords (HMAC-SHA1, 30-second steps, 6 digits) and RFC 4648 base32, for the
// simulator's second-factor login. The simulator's own code: tests compute their codes independently.
#include <QByteArray>
#include <QString>

namespace mgrdesk::sim::totp {

QByteArray base32Decode(const QString &text, bool *ok = nullptr); // spaces and '=' ignored, case-insensitive
QString code(const QByteArray &key, qint64 unixSeconds, int digits = 6, int step = 30);
// Whether `candidate` is the code of the current step or of one step before/after (clock drift).
bool verify(const QByteArray &key, const QString &candidate, qint64 unixSeconds);

} // namespace mgrdesk::sim::totp
