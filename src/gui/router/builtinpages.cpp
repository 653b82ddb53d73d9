// The page kinds this build shows and how their pages talk to their host: lists (ListView) and forms
// (FormWidget). A new kind adds its line to registerBuiltinPages().
#include "pagehost.h"
#include "pageregistry.h"
#include "pagetitles.h"

#include "clientcard/clientcardpage.h"
#include "dashboard/dashboardpage.h"
#include "documents/documentpage.h"
#include "forms/formwidget.h"
#include "lists/listview.h"
#include "reports/reportpage.h"
#include "tickets/ticketpage.h"

#include "core/models/listfilter.h"
#include "core/models/listloader.h"
#include "core/models/tablemodel.h" // listloader.h needs it complete

#include <QCoreApplication>
#include <QDir>

#include <memory>

namespace mgrdesk::gui {

namespace {

using routing::PageRequest;
using routing::PageKind::Form;
using routing::PageKind::List;

QWidget *createListPage(const PageContext &context)
{
    const PageRequest &r = context.request;
    auto *list = new ListView(context.connection, r.function, r.plid);
    list->loader()->setJobOptions(context.jobOptions());
    list->setOperations(context.operations, context.accountName); // group actions: the Operations panel
    PageHost *host = context.host;
    if (host) {
        QObject::connect(list, &ListView::openFormRequested, list,
            [context, host, list](
                const QString &func, const QString &elid, const QString &plid, const QString &buttonType) {
                PageRequest next;
                next.function = func;
                next.elid = elid;
                next.plid = plid;
                next.kind = QString::fromLatin1(Form);
                next.inDialog = buttonType == QLatin1String("groupform");
                next.title = list->nameOfKey(elid); // the tab says which element until the form names it
                host->requestPage(context.follow(next), list);
            });
        QObject::connect(list, &ListView::openListRequested, list,
            [context, host, list](const QString &func, const QString &plid) {
                PageRequest next;
                next.function = func;
                next.plid = plid;
                next.kind = QString::fromLatin1(List);
                host->requestPage(context.follow(next), list);
            });
        // A "window" button names a function: a form (x.edit, x.order, …) or a list.
        QObject::connect(list, &ListView::openWindowRequested, list,
            [context, host, list](const protocol::Request &request) {
                if (request.function().isEmpty())
                    return;
                host->requestPage(context.follow(PageRequest::fromRequest(request)), list);
            });
        QObject::connect(
            list, &ListView::openPageRequested, list, [context, host, list](const PageRequest &next) {
                host->requestPage(context.follow(next), list);
            });
        QObject::connect(
            list, &ListView::actionFinished, list, [host](const QString &, bool ok, const QString &message) {
                if (!message.isEmpty())
                    host->showPageMessage(message, !ok);
            });
        QObject::connect(list, &ListView::exportFinished, list,
            [host](const QString &path, bool ok, const QString &message) {
                if (ok)
                    host->showPageMessage(
                        QCoreApplication::translate("mgrdesk::gui::PageRouter", "Exported to %1")
                            .arg(QDir::toNativeSeparators(path)),
                        false);
                else if (!message.isEmpty())
                    host->showPageMessage(message, true);
            });
    }
    if (host) {
        // "Payments (filtered)" while the server filter applies; the list's own title once it loaded.
        list->setBaseTitle(r.title);
        auto retitle = [host, list, last = std::make_shared<QString>()] {
            const QString title = PageTitles::listTitle(list, list->baseTitle());
            if (title != *last) {
                *last = title;
                host->pageTitleChanged(list, title);
            }
        };
        QObject::connect(list->serverFilter(), &models::ListFilter::changed, list, retitle);
        QObject::connect(list->model(), &QAbstractItemModel::modelReset, list, retitle);
    }
    list->load();
    return list;
}

QWidget *createFormPage(const PageContext &context)
{
    const PageRequest &r = context.request;
    // The ticket workspace instead of the plain form (docs/tickets.md), in every host: a main tab and an
    // impersonation tab alike (su: every request of the page carries it, the tab's banner stays above it).
    if (TicketPage::handles(r.function) && !r.inDialog)
        return new TicketPage(context);
    auto *form = new FormWidget(context.connection);
    if (!r.su.isEmpty())
        form->setJobOptions(context.jobOptions()); // every request of the form carries su=login
    if (PageHost *host = context.host) {
        QObject::connect(form, &FormWidget::accepted, form,
            [context, host, form](const QString &id, const QString &redirect, const QString &redirectType) {
                host->formFinished(context, form, true, id, redirect, redirectType);
            });
        QObject::connect(form, &FormWidget::closeRequested, form, [context, host, form] {
            host->formFinished(context, form, false, QString(), QString(), QString());
        });
        // "Client — client2": the form's kind and the element (its title field, else the row it came from).
        const QString rowName = r.elid.isEmpty() ? QString() : r.title;
        QObject::connect(form, &FormWidget::titleChanged, form, [host, form, rowName](const QString &) {
            host->pageTitleChanged(form, PageTitles::formTitle(form, rowName));
        });
    }
    form->open(r.function, r.elid, r.plid, r.params);
    return form;
}

} // namespace

void registerBuiltinPages()
{
    PageRegistry::registerKind(QString::fromLatin1(List), createListPage);
    PageRegistry::registerKind(QString::fromLatin1(Form), createFormPage);
    PageRegistry::registerPage<ReportPage>(routing::PageKind::Report); // reports/ (docs/reports.md)
    PageRegistry::registerPage<DashboardPage>(routing::PageKind::Dashboard); // dashboard/
    PageRegistry::registerPage<DocumentPage>(routing::PageKind::Document); // documents/ (docs/documents.md)
    PageRegistry::registerPage<ClientCardPage>(
        routing::PageKind::ClientCard); // clientcard/ (docs/clientcard.md)
    // Documents: …
}

} // namespace mgrdesk::gui
