// ListView: what a toolbar button does (open a form, a child list, a window, or run a request after a
// confirmation) and long operations: a group action runs through the window's OperationsModel (sent with a
// progressid, progress.get polled, shown in the Operations panel) when the page context gave the list one.
#include "listview.h"

#include "common/messagebox.h"
#include "preferences/preferencekeys.h"

#include "core/models/listloader.h"
#include "core/models/tablemodel.h"
#include "core/net/apijob.h"
#include "core/net/apiresult.h"
#include "core/net/connection.h"
#include "core/operations/operationsmodel.h"

#include <QAction>

namespace mgrdesk::gui {

using models::ActionIntent;
using operations::OperationsModel;

namespace {
constexpr int kTitleNames = 3; // an operation's title names at most this many objects
}

void ListView::setOperations(operations::OperationsModel *model, const QString &accountName)
{
    m_operations = model;
    m_accountName = accountName;
}

void ListView::runIntent(const ActionIntent &intent)
{
    switch (intent.kind) {
    case ActionIntent::Kind::None:
        return;
    case ActionIntent::Kind::OpenForm:
        Q_EMIT openFormRequested(intent.func, intent.elid, intent.plid, intent.button.type);
        return;
    case ActionIntent::Kind::OpenList:
        Q_EMIT openListRequested(intent.func, intent.plid);
        return;
    case ActionIntent::Kind::OpenWindow:
        Q_EMIT openWindowRequested(intent.request);
        return;
    case ActionIntent::Kind::RunRequest:
        break;
    }
    const protocol::Request request = intent.request;
    const QString title = m_actions.title(intent.button);
    const bool tracked = m_operations && OperationsModel::tracksProgress(intent.button);
    const QStringList names = intent.names;
    auto run = [this, request, title, tracked, names] {
        if (tracked && m_operations && m_connection) {
            startOperation(request, title, names);
            return;
        }
        showMessage(tr("%1: running…").arg(title), false);
        m_loader->runAction(request);
    };
    // Preferences › Confirmations: the user may choose not to be asked.
    if (!intent.needsConfirmation
        || !settings::Settings::application()->get(settings::keys::confirmChanges)) {
        run();
        return;
    }
    MessageBox::question(this, tr("Confirm: %1").arg(title), intent.confirmation,
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No, this, [run](QMessageBox::StandardButton answer) {
            if (answer == QMessageBox::Yes)
                run();
        });
}

QString ListView::operationTitle(const QString &title, const QStringList &names)
{
    if (names.isEmpty())
        return title;
    QStringList shown = names.mid(0, kTitleNames);
    QString objects = shown.join(QStringLiteral(", "));
    if (names.size() > kTitleNames)
        objects = tr("%1 and %n more", nullptr, int(names.size() - kTitleNames)).arg(objects);
    return tr("%1: %2").arg(title, objects);
}

void ListView::startOperation(
    const protocol::Request &request, const QString &title, const QStringList &names)
{
    protocol::Request tracked = request;
    OperationsModel::addProgressId(tracked); // what progress.get asks about
    showMessage(tr("%1: running… (see Operations)").arg(title), false);
    // The model owns the job: closing this list never loses the operation's end; this list hears it only
    // while it exists, and then refreshes.
    net::ApiJob *job = m_operations->start(
        m_connection, tracked, operationTitle(title, names), m_accountName, nullptr, m_loader->jobOptions());
    ++m_runningOperations;
    connect(job, &net::ApiJob::finished, this, [this, request](const net::ApiResult &result) {
        --m_runningOperations;
        if (result.status == net::ApiResult::Status::Cancelled)
            return;
        QString message = result.message;
        if (result.ok() && message.isEmpty())
            message = tr("Done.");
        onActionFinished(request, result.ok(), message);
    });
}

void ListView::onActionFinished(const protocol::Request &request, bool ok, const QString &message)
{
    QString title = request.function();
    for (const auto &pair : std::as_const(m_buttonActions))
        if (pair.first.func == request.function())
            title = pair.second->text();
    showMessage(ok ? tr("%1: done.").arg(title) : tr("%1 failed: %2").arg(title, message), !ok);
    Q_EMIT actionFinished(request.function(), ok, message);
    refresh(); // the server's state changed (or may have): show it
}

} // namespace mgrdesk::gui
