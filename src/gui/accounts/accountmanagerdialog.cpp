#include "accountmanagerdialog.h"

#include "accounteditdialog.h"
#include "common/messagebox.h"
#include "core/accounts/accountstore.h"
#include "core/accounts/credentialstore.h"
#include "core/net/connectionmanager.h"
#include "core/net/connectiontester.h"
#include "passwordprompt.h"
#include "tls/certificatedialog.h"
#include "ui_accountmanagerdialog.h"

#include <QKeyEvent>
#include <QPushButton>
#include <QShortcut>

namespace mgrdesk::gui {

using accounts::Account;
using accounts::CredentialStore;

namespace {
constexpr int IdRole = Qt::UserRole;

QIcon tagIcon(accounts::EnvironmentTag tag)
{
    QPixmap swatch(14, 14);
    const QString colour = Account::tagColorName(tag);
    swatch.fill(colour.isEmpty() ? QColor(Qt::transparent) : QColor(colour));
    return QIcon(swatch);
}
} // namespace

AccountManagerDialog::AccountManagerDialog(net::ConnectionManager *manager, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountManagerDialog>())
    , m_manager(manager)
{
    m_ui->setupUi(this);
    m_ui->testResultLabel->hide();
    accounts::AccountStore *store = manager->accountStore();
    connect(store, &accounts::AccountStore::accountAdded, this, &AccountManagerDialog::refresh);
    connect(store, &accounts::AccountStore::accountChanged, this, &AccountManagerDialog::refresh);
    connect(store, &accounts::AccountStore::accountRemoved, this, &AccountManagerDialog::refresh);
    connect(store, &accounts::AccountStore::orderChanged, this, &AccountManagerDialog::refresh);

    connect(m_ui->addButton, &QPushButton::clicked, this, &AccountManagerDialog::addAccount);
    connect(m_ui->editButton, &QPushButton::clicked, this, &AccountManagerDialog::editAccount);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &AccountManagerDialog::removeAccount);
    connect(m_ui->upButton, &QPushButton::clicked, this, &AccountManagerDialog::moveUp);
    connect(m_ui->downButton, &QPushButton::clicked, this, &AccountManagerDialog::moveDown);
    connect(m_ui->testButton, &QPushButton::clicked, this, &AccountManagerDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->accountList, &QListWidget::currentRowChanged, this, &AccountManagerDialog::updateButtons);
    connect(m_ui->accountList, &QListWidget::itemActivated, this, &AccountManagerDialog::editAccount);

    // Keyboard: Delete (in the list) removes, Ctrl+Up/Down reorders; plain arrows keep moving the selection.
    auto *del = new QShortcut(QKeySequence::Delete, m_ui->accountList, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &AccountManagerDialog::removeAccount);
    auto *up = new QShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_Up), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(up, &QShortcut::activated, this, &AccountManagerDialog::moveUp);
    auto *down = new QShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_Down), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(down, &QShortcut::activated, this, &AccountManagerDialog::moveDown);

    refresh();
    if (m_ui->accountList->count() > 0)
        m_ui->accountList->setCurrentRow(0);
    m_ui->accountList->setFocus();
}

AccountManagerDialog::~AccountManagerDialog() = default;

QString AccountManagerDialog::selectedId() const
{
    const QListWidgetItem *item = m_ui->accountList->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

void AccountManagerDialog::selectAccount(const QString &id)
{
    for (int i = 0; i < m_ui->accountList->count(); ++i) {
        if (m_ui->accountList->item(i)->data(IdRole).toString() == id) {
            m_ui->accountList->setCurrentRow(i);
            return;
        }
    }
}

AccountEditDialog *AccountManagerDialog::editDialog() const
{
    return m_editor;
}

PasswordPrompt *AccountManagerDialog::passwordPrompt() const
{
    return m_prompt;
}

QString AccountManagerDialog::testResult() const
{
    return m_ui->testResultLabel->isVisible() ? m_ui->testResultLabel->text() : QString();
}

void AccountManagerDialog::refresh()
{
    const QString selected = selectedId();
    m_ui->accountList->clear();
    const QList<Account> accounts = m_manager->accountStore()->accounts();
    for (const Account &a : accounts) {
        QString text = a.name + QLatin1Char('\n')
            + tr("%1 on %2", "user on server").arg(a.username, a.baseUrl.toDisplayString());
        if (a.tag != accounts::EnvironmentTag::None)
            text += QStringLiteral(" — ") + Account::tagName(a.tag);
        auto *item = new QListWidgetItem(tagIcon(a.tag), text, m_ui->accountList);
        item->setData(IdRole, a.id);
        item->setData(Qt::AccessibleTextRole, text);
    }
    if (!selected.isEmpty())
        selectAccount(selected);
    updateButtons();
}

void AccountManagerDialog::updateButtons()
{
    const int row = m_ui->accountList->currentRow();
    const bool has = row >= 0;
    m_ui->editButton->setEnabled(has);
    m_ui->removeButton->setEnabled(has);
    m_ui->upButton->setEnabled(has && row > 0);
    m_ui->downButton->setEnabled(has && row < m_ui->accountList->count() - 1);
    m_ui->testButton->setEnabled(has && !m_tester);
}

void AccountManagerDialog::addAccount()
{
    openEditor(Account::create(), true);
}

void AccountManagerDialog::editAccount()
{
    const QString id = selectedId();
    if (!id.isEmpty())
        openEditor(m_manager->accountStore()->account(id), false);
}

void AccountManagerDialog::openEditor(const Account &account, bool isNew)
{
    if (m_editor)
        return;
    const bool keychain
        = m_manager->credentialStore()->availability() != CredentialStore::Availability::Unavailable;
    m_editor = new AccountEditDialog(account, isNew, keychain, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    AccountEditDialog *editor = m_editor;
    connect(editor, &QDialog::accepted, this, [this, editor, isNew] {
        const Account a = editor->account();
        const QString password = editor->password();
        // Session memory first, under the (possibly new) key, so a connection looking it up finds it.
        if (!password.isEmpty())
            m_manager->credentialStore()->setSessionPassword(a.credentialKey(), password);
        accounts::AccountStore *store = m_manager->accountStore();
        if (isNew ? store->add(a) : store->update(a)) {
            if (!password.isEmpty()) {
                savePassword(a, password, editor->rememberPassword());
                if (net::Connection *c = m_manager->existingConnection(a.id))
                    c->setPassword(password);
            }
            selectAccount(a.id);
        }
        m_ui->accountList->setFocus();
    });
    editor->open();
}

void AccountManagerDialog::savePassword(const Account &account, const QString &password, bool remember)
{
    if (!remember)
        return;
    accounts::CredentialRequest *request
        = m_manager->credentialStore()->writePassword(account.credentialKey(), password);
    connect(
        request, &accounts::CredentialRequest::finished, this, [this](const accounts::CredentialResult &r) {
            if (!r.ok())
                showTestResult(false, tr("The password was not saved in the keychain: %1").arg(r.message));
        });
}

void AccountManagerDialog::removeAccount()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const Account a = m_manager->accountStore()->account(id);
    MessageBox::question(this, tr("Remove Account"),
        tr("Remove the account “%1” (%2 on %3)?\nIts saved password is deleted from the keychain; "
           "the account on the server is not touched.")
            .arg(a.name, a.username, a.baseUrl.toDisplayString()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, this,
        [this, id](QMessageBox::StandardButton answer) {
            if (answer == QMessageBox::Yes)
                m_manager->accountStore()->remove(id);
            m_ui->accountList->setFocus();
        });
}

void AccountManagerDialog::moveUp()
{
    const QString id = selectedId();
    if (!id.isEmpty())
        m_manager->accountStore()->move(id, -1);
}

void AccountManagerDialog::moveDown()
{
    const QString id = selectedId();
    if (!id.isEmpty())
        m_manager->accountStore()->move(id, +1);
}

void AccountManagerDialog::testConnection()
{
    const QString id = selectedId();
    if (id.isEmpty() || m_tester || m_prompt)
        return;
    const Account account = m_manager->accountStore()->account(id);
    m_ui->testButton->setEnabled(false);
    showTestResult(true, tr("Testing the connection to %1…").arg(account.baseUrl.toDisplayString()));
    m_manager->lookupPassword(
        account, this, [this, account](std::optional<QString> password, const QString &) {
            if (password) {
                runTest(account, *password, false);
                return;
            }
            m_prompt = new PasswordPrompt(account, tr("The password is needed to test the connection."),
                m_manager->keychainProblem(), this);
            m_prompt->setAttribute(Qt::WA_DeleteOnClose);
            PasswordPrompt *prompt = m_prompt;
            connect(prompt, &QDialog::finished, this, [this, prompt, account](int result) {
                if (result == QDialog::Accepted) {
                    m_manager->credentialStore()->setSessionPassword(
                        account.credentialKey(), prompt->password());
                    runTest(account, prompt->password(), prompt->rememberPassword());
                } else {
                    showTestResult(false, tr("Connection test cancelled."));
                    updateButtons();
                }
            });
            prompt->open();
        });
}

void AccountManagerDialog::runTest(const Account &account, const QString &password, bool remember)
{
    auto *tester = new net::ConnectionTester(account, password, this);
    m_tester = tester;
    updateButtons();
    connect(tester, &net::ConnectionTester::trustRequired, this, [this, tester](const net::TrustQuestion &q) {
        auto *dialog = new CertificateDialog(q, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        const QByteArray sha = q.sha256;
        QPointer<net::ConnectionTester> guard(tester);
        connect(dialog, &QDialog::finished, this, [guard, sha](int result) {
            if (guard)
                guard->answerTrust(sha, result == QDialog::Accepted);
        });
        dialog->open();
    });
    const QString id = account.id;
    connect(tester, &net::ConnectionTester::certificatePinned, this,
        [this, id](const QByteArray &pem) { m_manager->accountStore()->setPinnedCertificate(id, pem); });
    connect(tester, &net::ConnectionTester::finished, this,
        [this, tester, account, password, remember](bool ok, const QString &message) {
            if (ok)
                savePassword(account, password, remember);
            else
                m_manager->credentialStore()->forgetSessionPassword(account.credentialKey());
            showTestResult(ok, ok ? message : tr("Connection failed: %1").arg(message));
            // Keep the tester (and its logout request) alive until the next test or the dialog closes.
            m_tester = nullptr;
            connect(this, &QDialog::finished, tester, &QObject::deleteLater);
            updateButtons();
            Q_EMIT testFinished(ok, message);
        });
    tester->start();
}

void AccountManagerDialog::showTestResult(bool ok, const QString &message)
{
    m_ui->testResultLabel->setText(message);
    m_ui->testResultLabel->setStyleSheet(ok ? QString() : QStringLiteral("color: #c62828;"));
    m_ui->testResultLabel->setAccessibleDescription(message);
    m_ui->testResultLabel->show();
}

} // namespace mgrdesk::gui
