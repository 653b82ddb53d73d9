#pragma once
// Asks for one account's password, saying which account, server and user it is for and why it is asked
// (no password saved, the server refused it, no keychain). Open it with open(); it never blocks.

#include "core/accounts/account.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PasswordPrompt;
}

namespace mgrdesk::gui {

class PasswordPrompt : public QDialog
{
    Q_OBJECT
public:
    // reason: translated, e.g. the server's "Invalid username or password". keychainProblem: non-empty when
    // no keychain works (the checkbox is hidden and the text says the password is kept for this session
    // only).
    PasswordPrompt(const accounts::Account &account, const QString &reason, const QString &keychainProblem,
        QWidget *parent = nullptr);
    ~PasswordPrompt() override;

    QString accountId() const { return m_accountId; }
    QString password() const;
    bool rememberPassword() const; // false when no keychain works

private:
    std::unique_ptr<Ui::PasswordPrompt> m_ui;
    QString m_accountId;
    bool m_keychainWorks;
};

} // namespace mgrdesk::gui
