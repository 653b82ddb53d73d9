#pragma once
// The second step of a login (a TOTP code, or whatever form the server asks for after the password), shown
// with the generic form editor and sent back as part of the login (JobOptions::secondFactor). The code is
// never stored: after an idle expiry the server asks again and so does this dialog.

#include "core/protocol/reply.h"

#include <QDialog>
#include <QPointer>

namespace mgrdesk::net {
class Connection;
}

namespace mgrdesk::gui {

class FormWidget;

class SecondFactorDialog : public QDialog
{
    Q_OBJECT

public:
    SecondFactorDialog(net::Connection *connection, const QString &accountName, const QString &function,
        const protocol::FormData &form, QWidget *parent = nullptr);

    FormWidget *formWidget() const { return m_form; }
    void reject() override; // gives up the login (the waiting requests fail)

private:
    void load(const QString &function, const protocol::FormData &form);

    QPointer<net::Connection> m_connection;
    FormWidget *m_form;
};

} // namespace mgrdesk::gui
