#pragma once
// The account manager (forms/accountmanagerdialog.ui): add, edit, remove (with confirmation), reorder and
// test the connection of accounts. Non-blocking throughout: sub-dialogs are opened with open(), never exec().

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class AccountManagerDialog;
}

namespace mgrdesk::accounts {
struct Account;
}

namespace mgrdesk::net {
class ConnectionManager;
class ConnectionTester;
} // namespace mgrdesk::net

namespace mgrdesk::gui {

class AccountEditDialog;
class PasswordPrompt;

class AccountManagerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AccountManagerDialog(net::ConnectionManager *manager, QWidget *parent = nullptr);
    ~AccountManagerDialog() override;

    QString selectedId() const;
    void selectAccount(const QString &id);

    // The sub-dialog open right now (tests drive them), or nullptr.
    AccountEditDialog *editDialog() const;
    PasswordPrompt *passwordPrompt() const;
    QString testResult() const;

public Q_SLOTS:
    void addAccount();
    void editAccount();
    void removeAccount();
    void moveUp();
    void moveDown();
    void testConnection();

Q_SIGNALS:
    void testFinished(bool ok, const QString &message);

private:
    void refresh();
    void updateButtons();
    void openEditor(const accounts::Account &account, bool isNew);
    void savePassword(const accounts::Account &account, const QString &password, bool remember);
    void runTest(const accounts::Account &account, const QString &password, bool remember);
    void showTestResult(bool ok, const QString &message);

    std::unique_ptr<Ui::AccountManagerDialog> m_ui;
    net::ConnectionManager *m_manager;
    QPointer<AccountEditDialog> m_editor;
    QPointer<PasswordPrompt> m_prompt;
    QPointer<net::ConnectionTester> m_tester;
};

} // namespace mgrdesk::gui
