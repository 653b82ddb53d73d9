#include "searchactions.h"

#include "core/models/tablemodel.h"
#include "core/protocol/tabledata.h"
#include "impersonation/actasdialog.h"
#include "impersonation/impersonationtab.h"
#include "router/pageregistry.h"
#include "router/pagerouter.h"

#include <QPointer>
#include <QWidget>

namespace mgrdesk::gui {

using search::ResultKind;

routing::PageRequest SearchActions::pageRequestFor(const search::SearchResult &result)
{
    routing::PageRequest request;
    request.accountId = result.accountId;
    if (result.kind == ResultKind::Client && PageRegistry::has(clientCardKind())) {
        request.kind = clientCardKind();
        request.function = result.list;
        request.elid = result.key;
        request.title = tr("Client — %1").arg(result.title);
        return request;
    }
    if (!result.openFunction.isEmpty()) {
        request.function = result.openFunction;
        request.elid = result.key;
        request.kind = QString::fromLatin1(routing::PageKind::Form);
        request.title = tr("%1 — %2").arg(kindName(result.kind), result.title);
        return request;
    }
    request.function = result.list; // no form to open the row with: its list
    request.kind = QString::fromLatin1(routing::PageKind::List);
    return request;
}

QString SearchActions::kindName(ResultKind kind)
{
    switch (kind) {
    case ResultKind::Client:
        return tr("Client");
    case ResultKind::Service:
        return tr("Service");
    case ResultKind::Invoice:
        return tr("Invoice");
    case ResultKind::Payment:
        return tr("Payment");
    case ResultKind::Ticket:
        return tr("Ticket");
    }
    return {};
}

QString SearchActions::fieldName(const QString &field)
{
    if (field == QLatin1String("name"))
        return tr("name");
    if (field == QLatin1String("email"))
        return tr("e-mail");
    if (field == QLatin1String("domain"))
        return tr("domain");
    if (field == QLatin1String("ip"))
        return tr("IP address");
    if (field == QLatin1String("number") || field == QLatin1String("id"))
        return tr("number");
    return field;
}

void SearchActions::actAs(PageRouter *router, const search::SearchResult &result, QWidget *parent)
{
    if (!router || !canActAs(result))
        return;
    net::Connection *connection = router->connectionFor(result.accountId);
    if (!connection)
        return;
    // The row as the Clients list would hold it, so the existing resolution applies (a login column, else
    // the server's user list by the client's name). resolveLogin reads the model before it returns.
    auto table = QSharedPointer<protocol::TableData>::create();
    const int cName = table->addColumn(QStringLiteral("name"));
    table->beginRow();
    table->setCell(cName, result.title.toUtf8());
    table->endRow();
    models::TableModel model;
    model.setData(table);
    QPointer<PageRouter> guard(router);
    QPointer<QWidget> window(parent);
    const QString accountId = result.accountId;
    ActAsDialog::resolveLogin(connection, &model, result.list, 0, router,
        [guard, window, accountId](const QString &login, const QString &) {
            if (!guard || !window)
                return;
            ActAsDialog::ask(window, login, guard, [guard, accountId](const QString &chosen) {
                if (!guard)
                    return;
                routing::PageRequest request;
                request.accountId = accountId;
                request.function = ImpersonationTab::defaultFunction();
                request.su = chosen;
                guard->open(request);
            });
        });
}

} // namespace mgrdesk::gui
