#include "secondfactordialog.h"

#include "core/net/connection.h"
#include "forms/formwidget.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mgrdesk::gui {

SecondFactorDialog::SecondFactorDialog(net::Connection *connection, const QString &accountName,
    const QString &function, const protocol::FormData &form, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_form(new FormWidget(connection, this))
{
    setObjectName(QStringLiteral("secondFactorDialog"));
    setWindowTitle(tr("Login to %1").arg(accountName));
    auto *intro = new QLabel(
        tr("%1 asks for a second step to log in. The code is sent once and never stored.").arg(accountName),
        this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_form, 1);

    net::JobOptions options;
    options.secondFactor = true;
    options.noDefaultSu = true;
    m_form->setJobOptions(options);
    connect(m_form, &FormWidget::accepted, this, [this] { QDialog::accept(); });
    connect(m_form, &FormWidget::closeRequested, this, &SecondFactorDialog::reject);
    // The step started over (it expired, or was failed too often): show the new one.
    connect(connection, &net::Connection::secondFactorRequired, this, &SecondFactorDialog::load);
    connect(connection, &net::Connection::stateChanged, this, [this](net::Connection::State state) {
        if (state == net::Connection::State::Connected)
            QDialog::accept();
    });
    load(function, form);
    resize(qMax(sizeHint().width(), 420), sizeHint().height());
}

void SecondFactorDialog::load(const QString &function, const protocol::FormData &form)
{
    m_form->openData(function, QString(), QString(), form);
    if (!form.title.isEmpty())
        setWindowTitle(form.title);
}

void SecondFactorDialog::reject()
{
    if (m_connection)
        m_connection->cancelSecondFactor();
    QDialog::reject();
}

} // namespace mgrdesk::gui
