#pragma once
// "Act as…": asks for the login to act as (validated as it is typed; OK only when valid), non-modal (open()).
// loginForRow() gives the login of a selected row of the `user` list (its `name` column) or of an `account`
// list row when the server sends a login column (`login`/`username`); the demo server's `account` rows carry
// the client's name, not a login, so for them it returns an empty string: ask with the dialog instead.

#include <QDialog>

#include <functional>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace mgrdesk::models {
class TableModel;
}
namespace mgrdesk::net {
class Connection;
}

namespace mgrdesk::gui {

class ActAsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ActAsDialog(QWidget *parent = nullptr);

    // Shows the dialog (window-modal, open()); `callback` gets the login when the user presses OK.
    static ActAsDialog *ask(QWidget *parent, const QString &suggestion, QObject *context,
        std::function<void(const QString &login)> callback);

    // The login to act as for row `row` (view row) of `function`'s list; empty when the row has none.
    static QString loginForRow(const models::TableModel *model, const QString &function, int row);
    // Like loginForRow(), also for rows without a login column: for an `account` row it asks the server's
    // `user` list (as the real user) for the first user whose account_name is that client's name. The
    // callback runs once, later (never inside this call), with the login or a translated error; not if
    // context died.
    static void resolveLogin(net::Connection *connection, const models::TableModel *model,
        const QString &function, int row, QObject *context,
        std::function<void(const QString &login, const QString &error)> callback);
    // Empty when valid, else why not (translated).
    static QString validationError(const QString &login);

    void setLogin(const QString &login);
    QString login() const; // trimmed
    QLineEdit *loginEdit() const { return m_edit; }
    QLabel *errorLabel() const { return m_error; }
    bool isAcceptable() const;

Q_SIGNALS:
    void loginChosen(const QString &login);

private:
    void validate();

    QLineEdit *m_edit = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace mgrdesk::gui
