#include "accounteditdialog.h"

#include "ui_accounteditdialog.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QPushButton>

#include <QSslCertificate>
#include <algorithm>

namespace mgrdesk::gui {

using accounts::Account;

AccountEditDialog::AccountEditDialog(
    const Account &account, bool isNew, bool keychainAvailable, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountEditDialog>())
    , m_account(account)
    , m_keychainAvailable(keychainAvailable)
{
    m_ui->setupUi(this);
    setWindowTitle(isNew ? tr("Add Account") : tr("Edit Account — %1").arg(account.name));

    m_ui->methodCombo->addItem(Account::methodName(accounts::LoginMethod::Session),
        Account::methodKey(accounts::LoginMethod::Session));
    m_ui->methodCombo->addItem(Account::methodName(accounts::LoginMethod::AuthInfo),
        Account::methodKey(accounts::LoginMethod::AuthInfo));
    for (auto tag : { accounts::EnvironmentTag::None, accounts::EnvironmentTag::Production,
             accounts::EnvironmentTag::Staging, accounts::EnvironmentTag::Test }) {
        QPixmap swatch(12, 12);
        const QString colour = Account::tagColorName(tag);
        swatch.fill(colour.isEmpty() ? QColor(Qt::transparent) : QColor(colour));
        m_ui->tagCombo->addItem(QIcon(swatch), Account::tagName(tag), Account::tagKey(tag));
    }
    m_ui->languageCombo->addItems(
        { QString(), QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("es") });
    m_ui->languageCombo->lineEdit()->setPlaceholderText(tr("Application language"));
    m_ui->languageCombo->lineEdit()->setAccessibleName(tr("Language"));

    m_ui->nameEdit->setText(account.name);
    m_ui->urlEdit->setText(account.baseUrl.toString());
    m_ui->usernameEdit->setText(account.username);
    m_ui->methodCombo->setCurrentIndex(m_ui->methodCombo->findData(Account::methodKey(account.method)));
    m_ui->languageCombo->setCurrentText(account.language);
    m_ui->tagCombo->setCurrentIndex(m_ui->tagCombo->findData(Account::tagKey(account.tag)));
    m_ui->suEdit->setText(account.defaultSu);

    if (!isNew)
        m_ui->passwordEdit->setPlaceholderText(tr("Unchanged"));
    if (!keychainAvailable) {
        m_ui->rememberCheck->setChecked(false);
        m_ui->rememberCheck->setEnabled(false);
        m_ui->rememberCheck->setText(tr("No keychain: the password is kept only until mgrdesk quits"));
        m_ui->rememberCheck->setAccessibleName(m_ui->rememberCheck->text());
    }
    m_ui->messageLabel->hide();

    // A plain http:// address: the password and the session would travel unencrypted. Each such account needs
    // its own explicit confirmation (Account::plainHttpConfirmed), asked here and kept with the account.
    m_plainHttp = new QCheckBox(
        tr("I understand that the password and the session travel unencrypted to this server"), this);
    m_plainHttp->setObjectName(QStringLiteral("plainHttpConfirm"));
    m_plainHttp->setAccessibleName(m_plainHttp->text());
    m_plainHttp->setChecked(account.plainHttpConfirmed);
    static_cast<QBoxLayout *>(layout())->insertWidget(layout()->indexOf(m_ui->messageLabel), m_plainHttp);
    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, &AccountEditDialog::updatePlainHttp);
    updatePlainHttp();

    connect(m_ui->forgetCertificateButton, &QPushButton::clicked, this, [this] {
        m_account.pinnedCertificatePem.clear();
        updateCertificate();
    });
    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, &AccountEditDialog::updateNamePlaceholder);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AccountEditDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AccountEditDialog::reject);
    updateCertificate();
    updateNamePlaceholder();
    m_ui->nameEdit->setFocus();
}

AccountEditDialog::~AccountEditDialog() = default;

bool AccountEditDialog::isPlainHttp() const
{
    const accounts::UrlCheck check = Account::normaliseUrl(m_ui->urlEdit->text());
    return check.ok() && check.url.scheme() == QLatin1String("http");
}

void AccountEditDialog::updatePlainHttp()
{
    m_plainHttp->setVisible(isPlainHttp());
}

void AccountEditDialog::updateNamePlaceholder()
{
    const accounts::UrlCheck check = Account::normaliseUrl(m_ui->urlEdit->text());
    m_ui->nameEdit->setPlaceholderText(check.ok() ? check.url.host() : QString());
    m_ui->urlEdit->setToolTip(check.ok() ? tr("Connects to %1").arg(check.url.toString()) : check.error);
}

void AccountEditDialog::updateCertificate()
{
    const QList<QSslCertificate> certs = QSslCertificate::fromData(m_account.pinnedCertificatePem, QSsl::Pem);
    if (certs.isEmpty()) {
        m_ui->certificateLabel->setText(tr("None trusted yet (the first connection asks)"));
        m_ui->forgetCertificateButton->setEnabled(false);
        return;
    }
    const QSslCertificate &c = certs.first();
    const QString cn = c.subjectInfo(QSslCertificate::CommonName).join(QLatin1String(", "));
    m_ui->certificateLabel->setText(
        tr("%1, SHA-256 %2")
            .arg(cn, QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex(':').toUpper())));
    m_ui->forgetCertificateButton->setEnabled(true);
}

Account AccountEditDialog::account() const
{
    Account a = m_account;
    a.name = m_ui->nameEdit->text().trimmed();
    const accounts::UrlCheck check = Account::normaliseUrl(m_ui->urlEdit->text());
    a.baseUrl = check.ok() ? check.url : QUrl();
    if (a.name.isEmpty() && check.ok())
        a.name = check.url.host();
    a.username = m_ui->usernameEdit->text();
    a.method = Account::methodFromKey(m_ui->methodCombo->currentData().toString());
    a.language = m_ui->languageCombo->currentText().trimmed();
    a.tag = Account::tagFromKey(m_ui->tagCombo->currentData().toString());
    a.defaultSu = m_ui->suEdit->text().trimmed();
    a.plainHttpConfirmed = isPlainHttp() && m_plainHttp->isChecked();
    return a;
}

QString AccountEditDialog::password() const
{
    return m_ui->passwordEdit->text();
}

bool AccountEditDialog::rememberPassword() const
{
    return m_keychainAvailable && m_ui->rememberCheck->isChecked();
}

QWidget *AccountEditDialog::fieldWidget(Account::Field field) const
{
    switch (field) {
    case Account::Field::Name:
        return m_ui->nameEdit;
    case Account::Field::Url:
        return m_ui->urlEdit;
    case Account::Field::Username:
        return m_ui->usernameEdit;
    case Account::Field::Language:
        return m_ui->languageCombo;
    case Account::Field::DefaultSu:
        return m_ui->suEdit;
    }
    return nullptr;
}

void AccountEditDialog::showIssues(const QList<Account::Issue> &issues)
{
    QStringList lines;
    bool anyError = false;
    for (const Account::Issue &issue : issues) {
        lines << issue.message;
        anyError = anyError || issue.isError;
    }
    if (!anyError && !issues.isEmpty())
        lines << tr("Press OK again to save anyway.");
    m_ui->messageLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->messageLabel->setStyleSheet(
        anyError ? QStringLiteral("color: #c62828;") : QStringLiteral("color: #a15c00;"));
    m_ui->messageLabel->setVisible(!issues.isEmpty());
    m_ui->messageLabel->setAccessibleDescription(m_ui->messageLabel->text());
    if (!issues.isEmpty()) {
        if (QWidget *w = fieldWidget(issues.first().field))
            w->setFocus();
    }
}

void AccountEditDialog::accept()
{
    Account a = account();
    QList<Account::Issue> issues = a.validate();
    // The URL field's own message is more precise than "empty" when the text did not parse.
    const accounts::UrlCheck check = Account::normaliseUrl(m_ui->urlEdit->text());
    for (Account::Issue &issue : issues) {
        if (issue.field == Account::Field::Url && issue.isError && !check.ok())
            issue.message = check.error;
    }
    if (isPlainHttp() && m_plainHttp->isChecked()) {
        // confirmed for this account: the generic "not encrypted" warning needs no second OK
        issues.erase(
            std::remove_if(issues.begin(), issues.end(),
                [](const Account::Issue &i) { return i.field == Account::Field::Url && !i.isError; }),
            issues.end());
    }
    if (isPlainHttp() && !m_plainHttp->isChecked()) {
        issues.prepend({ Account::Field::Url, true,
            tr("This address is not encrypted (http://): the password and the session would travel in clear. "
               "Use https://, or confirm below for this account.") });
    }
    bool hasError = false;
    QString warnings;
    for (const Account::Issue &issue : std::as_const(issues)) {
        hasError = hasError || issue.isError;
        if (!issue.isError)
            warnings += issue.message;
    }
    if (hasError || (!warnings.isEmpty() && warnings != m_acknowledgedWarnings)) {
        if (!hasError)
            m_acknowledgedWarnings = warnings;
        showIssues(issues);
        return;
    }
    m_account = a;
    QDialog::accept();
}

} // namespace mgrdesk::gui
