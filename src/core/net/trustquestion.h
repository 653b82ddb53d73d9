#pragma once
// The question Connection asks when a server presents a certificate that is neither verified nor pinned.

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

namespace mgrdesk::net {

struct TrustQuestion
{
    // Initialised explicitly: QSslCertificate's default constructor is explicit, and clang refuses an
    // aggregate whose member it would copy-list-initialise (`T t{}` in qvariant_cast).
    QSslCertificate certificate { QSslCertificate() }; // the server's (leaf) certificate
    QList<QSslCertificate> chain; // as presented, leaf first
    QByteArray sha256; // raw digest of the DER certificate; answerTrust() takes it back
    bool changed = false; // a pinned certificate exists and this one differs
    QList<QSslError> errors; // why verification failed (self-signed, host name mismatch, expired, …)
    QUrl url; // the server asked (for the dialog's text)
};

} // namespace mgrdesk::net

Q_DECLARE_METATYPE(mgrdesk::net::TrustQuestion)
