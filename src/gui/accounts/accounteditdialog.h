#pragma once
// Add or edit one account (forms/accounteditdialog.ui). Validates on OK, marks every problem at once and
// keeps everything typed; an unencrypted http:// address needs a second OK after the warning.

#include "core/accounts/account.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AccountEditDialog;
}

QT_BEGIN_NAMESPACE
class QCheckBox;
QT_END_NAMESPACE

namespace mgrdesk::gui {

class AccountEditDialog : public QDialog
{
    Q_OBJECT
public:
    // keychainAvailable: false hides "remember" and says passwords are asked each session.
    AccountEditDialog(
        const accounts::Account &account, bool isNew, bool keychainAvailable, QWidget *parent = nullptr);
    ~AccountEditDialog() override;

    accounts::Account account() const; // the fields as typed, URL normalised when valid
    QString password() const; // empty: unchanged / ask later
    bool rememberPassword() const;

public Q_SLOTS:
    void accept() override;

private:
    void showIssues(const QList<accounts::Account::Issue> &issues);
    QWidget *fieldWidget(accounts::Account::Field field) const;
    void updateCertificate();
    void updateNamePlaceholder();
    bool isPlainHttp() const; // the URL field holds an http:// address
    void updatePlainHttp();

    std::unique_ptr<Ui::AccountEditDialog> m_ui;
    accounts::Account m_account;
    bool m_keychainAvailable;
    QCheckBox *m_plainHttp = nullptr; // the per-account confirmation of an unencrypted address
    QString m_acknowledgedWarnings; // warnings the user saw and confirmed with a second OK
};

} // namespace mgrdesk::gui
