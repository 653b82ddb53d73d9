#include "passwordprompt.h"

#include "ui_passwordprompt.h"

#include <QPushButton>

namespace mgrdesk::gui {

PasswordPrompt::PasswordPrompt(
    const accounts::Account &account, const QString &reason, const QString &keychainProblem, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PasswordPrompt>())
    , m_accountId(account.id)
    , m_keychainWorks(keychainProblem.isEmpty())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Password for %1").arg(account.name));
    m_ui->explanationLabel->setText(
        tr("Enter the password of user “%1” on %2 (account “%3”).")
            .arg(account.username, account.baseUrl.toDisplayString(), account.name));
    m_ui->reasonLabel->setText(reason);
    m_ui->reasonLabel->setVisible(!reason.isEmpty());
    if (m_keychainWorks) {
        m_ui->keychainLabel->hide();
    } else {
        m_ui->rememberCheck->setChecked(false);
        m_ui->rememberCheck->hide();
        m_ui->keychainLabel->setText(
            keychainProblem + QLatin1Char(' ') + tr("The password is kept in memory until mgrdesk quits."));
    }
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Log In"));
    ok->setEnabled(false);
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, ok,
        [ok](const QString &text) { ok->setEnabled(!text.isEmpty()); });
    connect(m_ui->showPasswordCheck, &QCheckBox::toggled, this, [this](bool show) {
        m_ui->passwordEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->passwordEdit->setFocus();
}

PasswordPrompt::~PasswordPrompt() = default;

QString PasswordPrompt::password() const
{
    return m_ui->passwordEdit->text();
}

bool PasswordPrompt::rememberPassword() const
{
    return m_keychainWorks && m_ui->rememberCheck->isChecked();
}

} // namespace mgrdesk::gui
