#pragma once
// The "do you trust this certificate?" question (style.md, TLS trust): subject, issuer, validity, SHA-256
// fingerprint and the verification problems; says plainly when a pinned certificate changed. Trusting needs
// the explicit button; Cancel is the default (Enter and Escape both refuse).

#include "core/net/trustquestion.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QPushButton;
class QLabel;
QT_END_NAMESPACE

namespace mgrdesk::net {
class Connection;
}

namespace mgrdesk::gui {

class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CertificateDialog(const net::TrustQuestion &question, QWidget *parent = nullptr);

    const net::TrustQuestion &question() const { return m_question; }
    QPushButton *trustButton() const { return m_trust; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString fingerprintText() const;

    // "AB:CD:…" (upper-case hex pairs) for a raw digest.
    static QString formatFingerprint(const QByteArray &digest);

    // Shows the question window-modal without a nested event loop; when it closes, answers the connection
    // (Trust → answerTrust(sha256, true), anything else → false). The dialog deletes itself.
    static CertificateDialog *ask(
        net::Connection *connection, const net::TrustQuestion &question, QWidget *parent);

private:
    net::TrustQuestion m_question;
    QPushButton *m_trust = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_fingerprint = nullptr;
};

} // namespace mgrdesk::gui
