#include "certificatedialog.h"

#include "core/net/connection.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSslCertificate>
#include <QStyle>
#include <QVBoxLayout>

namespace mgrdesk::gui {

namespace {
QString joined(const QStringList &values)
{
    return values.join(QStringLiteral(", "));
}

QString describeName(const QSslCertificate &cert, bool issuer)
{
    const auto info = [&](QSslCertificate::SubjectInfo what) {
        return joined(issuer ? cert.issuerInfo(what) : cert.subjectInfo(what));
    };
    QStringList parts;
    const QString cn = info(QSslCertificate::CommonName);
    const QString org = info(QSslCertificate::Organization);
    const QString unit = info(QSslCertificate::OrganizationalUnitName);
    const QString country = info(QSslCertificate::CountryName);
    if (!cn.isEmpty())
        parts << cn;
    if (!org.isEmpty())
        parts << org;
    if (!unit.isEmpty())
        parts << unit;
    if (!country.isEmpty())
        parts << country;
    if (parts.isEmpty())
        parts << (issuer ? cert.issuerDisplayName() : cert.subjectDisplayName());
    return parts.join(QStringLiteral(" · "));
}

QLabel *valueLabel(const QString &text, const QString &accessibleName)
{
    auto *label = new QLabel(text);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

QString CertificateDialog::formatFingerprint(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

CertificateDialog::CertificateDialog(const net::TrustQuestion &question, QWidget *parent)
    : QDialog(parent)
    , m_question(question)
{
    const QSslCertificate &cert = question.certificate;
    const QString host = question.url.host().isEmpty() ? tr("the server") : question.url.host();
    setWindowTitle(question.changed ? tr("Certificate changed") : tr("Untrusted certificate"));
    setAccessibleName(windowTitle());

    auto *layout = new QVBoxLayout(this);

    auto *heading = new QLabel(this);
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    if (question.changed) {
        heading->setText(tr("The certificate of %1 has CHANGED since you trusted it.").arg(host));
    } else {
        heading->setText(tr("The certificate of %1 cannot be verified.").arg(host));
    }
    heading->setAccessibleName(tr("Summary"));
    layout->addWidget(heading);

    auto *explanation = new QLabel(this);
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);
    if (question.changed) {
        explanation->setText(tr(
            "The server now presents a different certificate. This happens when an administrator renews it, "
            "but it can also mean that someone is intercepting the connection. Compare the fingerprint with "
            "the one the server's administrator gives you before you trust it."));
    } else {
        explanation->setText(tr(
            "No certificate authority known to this computer vouches for it (panels on port 1500 usually "
            "use a self-signed certificate). Compare the fingerprint with the one the server's administrator "
            "gives you. If you trust it, mgrdesk will accept exactly this certificate for this account."));
    }
    explanation->setAccessibleName(tr("Explanation"));
    layout->addWidget(explanation);

    auto *form = new QFormLayout;
    form->addRow(tr("Server:"),
        valueLabel(
            question.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), tr("Server address")));
    form->addRow(tr("Subject:"), valueLabel(describeName(cert, false), tr("Subject")));
    form->addRow(tr("Issuer:"), valueLabel(describeName(cert, true), tr("Issuer")));
    const QLocale locale;
    const QString validity
        = tr("from %1 until %2")
              .arg(locale.toString(cert.effectiveDate().toLocalTime(), QLocale::LongFormat),
                  locale.toString(cert.expiryDate().toLocalTime(), QLocale::LongFormat));
    form->addRow(tr("Valid:"), valueLabel(validity, tr("Validity")));
    m_fingerprint = valueLabel(formatFingerprint(question.sha256), tr("SHA-256 fingerprint"));
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    form->addRow(tr("SHA-256 fingerprint:"), m_fingerprint);
    QStringList problems;
    for (const QSslError &e : question.errors) {
        const QString text = e.errorString();
        if (!problems.contains(text))
            problems << text;
    }
    if (!problems.isEmpty())
        form->addRow(tr("Problems:"),
            valueLabel(
                QStringLiteral("• ") + problems.join(QStringLiteral("\n• ")), tr("Verification problems")));
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setAccessibleName(tr("Cancel: do not trust the certificate"));
    m_trust = buttons->addButton(
        question.changed ? tr("&Trust the new certificate") : tr("&Trust this certificate"),
        QDialogButtonBox::AcceptRole);
    m_trust->setAccessibleName(tr("Trust this certificate for this account"));
    m_trust->setAutoDefault(false);
    m_trust->setDefault(false);
    m_cancel->setAutoDefault(true);
    m_cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_cancel->setFocus();
}

QString CertificateDialog::fingerprintText() const
{
    return m_fingerprint->text();
}

CertificateDialog *CertificateDialog::ask(
    net::Connection *connection, const net::TrustQuestion &question, QWidget *parent)
{
    auto *dialog = new CertificateDialog(question, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<net::Connection> target(connection);
    const QByteArray sha = question.sha256;
    connect(dialog, &QDialog::finished, dialog, [target, sha](int result) {
        if (target)
            target->answerTrust(sha, result == QDialog::Accepted);
    });
    dialog->open();
    return dialog;
}

} // namespace mgrdesk::gui
