#pragma once
// A short form (a groupform confirmation, a small settings form) in a dialog instead of a tab. Non-blocking:
// show it with open(); it accepts when the server says ok and asks before discarding typed changes.

#include <QDialog>

namespace mgrdesk::net {
class Connection;
}

namespace mgrdesk::gui {

class FormWidget;

class FormDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FormDialog(net::Connection *connection, QWidget *parent = nullptr);
    FormWidget *form() const { return m_form; }
    QString acceptedId() const { return m_id; }
    QString acceptedRedirect() const { return m_redirect; }

public Q_SLOTS:
    void reject() override; // asks first when there are unsaved changes

Q_SIGNALS:
    void formAccepted(const QString &id, const QString &redirect, const QString &redirectType);

private:
    FormWidget *m_form;
    QString m_id, m_redirect;
    bool m_closing = false;
};

} // namespace mgrdesk::gui
