#include "actasdialog.h"

#include "core/models/tablemodel.h"
#include "core/net/connection.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace mgrdesk::gui {

ActAsDialog::ActAsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Act as…"));
    setAccessibleName(tr("Act as another user"));
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("Open a tab that works with the rights of another user. Every request from it "
                        "carries that user's login; closing the tab ends it."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *label = new QLabel(tr("&Login:"), this);
    m_edit = new QLineEdit(this);
    m_edit->setAccessibleName(tr("Login to act as"));
    m_edit->setPlaceholderText(tr("e.g. client1"));
    m_edit->setMaxLength(128);
    label->setBuddy(m_edit);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Login problem"));
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Act as"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!isAcceptable())
            return;
        Q_EMIT loginChosen(login());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &ActAsDialog::validate);
    validate();
}

ActAsDialog *ActAsDialog::ask(QWidget *parent, const QString &suggestion, QObject *context,
    std::function<void(const QString &)> callback)
{
    auto *dialog = new ActAsDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLogin(suggestion);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    connect(dialog, &ActAsDialog::loginChosen, dialog, [guard, hasContext, callback](const QString &login) {
        if ((!hasContext || guard) && callback)
            callback(login);
    });
    dialog->open();
    return dialog;
}

QString ActAsDialog::loginForRow(const models::TableModel *model, const QString &function, int row)
{
    if (!model || row < 0 || row >= model->rowCount())
        return {};
    QStringList fields;
    if (function == QLatin1String("user"))
        fields = { QStringLiteral("name"), QStringLiteral("login") };
    else if (function == QLatin1String("account"))
        fields = { QStringLiteral("login"), QStringLiteral("username") };
    else
        fields = { QStringLiteral("login"), QStringLiteral("username") };
    for (const QString &f : fields) {
        const QString v = model->value(row, f).trimmed();
        if (!v.isEmpty() && validationError(v).isEmpty())
            return v;
    }
    return {};
}

void ActAsDialog::resolveLogin(net::Connection *connection, const models::TableModel *model,
    const QString &function, int row, QObject *context,
    std::function<void(const QString &, const QString &)> callback)
{
    QPointer<QObject> guard(context);
    const auto deliver = [guard, callback](const QString &login, const QString &error) {
        if (guard && callback)
            callback(login, error);
    };
    const QString direct = loginForRow(model, function, row);
    if (!direct.isEmpty() || function != QLatin1String("account") || !connection || !model || row < 0
        || row >= model->rowCount()) {
        const QString error = direct.isEmpty() ? tr("The selected row names no user.") : QString();
        QTimer::singleShot(0, context, [deliver, direct, error] { deliver(direct, error); });
        return;
    }
    const QString client = model->value(row, QStringLiteral("name"));
    protocol::Request request(QStringLiteral("user"));
    request.set(QStringLiteral("p_num"), QStringLiteral("1"));
    request.set(QStringLiteral("p_cnt"), QStringLiteral("10000"));
    net::JobOptions options;
    options.noDefaultSu = true;
    net::ApiJob *job = connection->send(request, context, options);
    connect(job, &net::ApiJob::finished, context, [deliver, client](const net::ApiResult &result) {
        if (result.status == net::ApiResult::Status::Cancelled)
            return;
        if (!result.ok() || !result.reply.table) {
            deliver(
                QString(), result.ok() ? tr("The server did not send the list of users.") : result.message);
            return;
        }
        const protocol::TableData &t = *result.reply.table;
        const int cName = t.columnIndex(QStringLiteral("name"));
        const int cAccount = t.columnIndex(QStringLiteral("account_name"));
        for (int r = 0; cName >= 0 && cAccount >= 0 && r < t.rowCount(); ++r) {
            const QString login = t.cell(r, cName).trimmed();
            if (t.cell(r, cAccount) == client && validationError(login).isEmpty()) {
                deliver(login, QString());
                return;
            }
        }
        deliver(QString(), tr("No user of the client %1 was found.").arg(client));
    });
}

QString ActAsDialog::validationError(const QString &input)
{
    const QString login = input.trimmed();
    if (login.isEmpty())
        return tr("Type the login of the user to act as.");
    if (login.size() > 128)
        return tr("A login is at most 128 characters long.");
    for (const QChar c : login) {
        if (c.isSpace())
            return tr("A login has no spaces.");
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return tr("The login contains a control character.");
    }
    return {};
}

void ActAsDialog::setLogin(const QString &login)
{
    m_edit->setText(login);
    validate();
}

QString ActAsDialog::login() const
{
    return m_edit->text().trimmed();
}

bool ActAsDialog::isAcceptable() const
{
    return validationError(m_edit->text()).isEmpty();
}

void ActAsDialog::validate()
{
    const QString error = validationError(m_edit->text());
    // An empty field is not an error yet: just no OK.
    m_error->setText(m_edit->text().isEmpty() ? QString() : error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

} // namespace mgrdesk::gui
