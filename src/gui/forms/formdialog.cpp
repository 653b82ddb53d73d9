#include "formdialog.h"

#include "formwidget.h"

#include <QVBoxLayout>

namespace mgrdesk::gui {

FormDialog::FormDialog(net::Connection *connection, QWidget *parent)
    : QDialog(parent)
    , m_form(new FormWidget(connection, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_form);
    connect(m_form, &FormWidget::titleChanged, this, &QWidget::setWindowTitle);
    connect(m_form, &FormWidget::accepted, this,
        [this](const QString &id, const QString &redirect, const QString &type) {
            m_id = id;
            m_redirect = redirect;
            Q_EMIT formAccepted(id, redirect, type);
            accept();
        });
    connect(m_form, &FormWidget::closeRequested, this, [this] {
        m_closing = true;
        QDialog::reject();
        m_closing = false;
    });
}

void FormDialog::reject()
{
    if (m_closing)
        QDialog::reject();
    else
        m_form->requestClose();
}

} // namespace mgrdesk::gui
