#include "pagerouter.h"

#include "pagecontext.h"
#include "pageregistry.h"
#include "tabarea.h"

#include "common/refreshandselect.h"
#include "forms/formdialog.h"
#include "forms/formwidget.h"
#include "impersonation/impersonationtab.h"
#include "lists/listview.h"

#include "core/net/connection.h"
#include "core/net/connectionmanager.h"
#include "core/operations/operationsmodel.h"
#include "core/routing/formoutcome.h"

#include <QUrl>

namespace mgrdesk::gui {

using routing::PageRequest;
using routing::PageKind::Form;
using routing::PageKind::List;

namespace {
ImpersonationTab *enclosingImpersonationTab(QWidget *w)
{
    for (; w; w = w->parentWidget()) {
        if (auto *tab = qobject_cast<ImpersonationTab *>(w))
            return tab;
    }
    return nullptr;
}
} // namespace

PageRouter::PageRouter(net::ConnectionManager *connections, TabArea *tabs, QObject *parent)
    : QObject(parent)
    , m_connections(connections)
    , m_tabs(tabs)
{
}

net::Connection *PageRouter::connectionFor(const QString &accountId) const
{
    return accountId.isEmpty() || !m_connections ? nullptr : m_connections->connection(accountId);
}

void PageRouter::setOperations(
    operations::OperationsModel *model, std::function<QString(const QString &accountId)> accountName)
{
    m_operations = model;
    m_accountName = std::move(accountName);
}

PageContext PageRouter::baseContext(const QString &accountId, net::Connection *connection) const
{
    PageContext context;
    context.connection = connection;
    context.host = const_cast<PageRouter *>(this);
    context.operations = m_operations;
    context.accountName = m_accountName ? m_accountName(accountId) : QString();
    if (context.accountName.isEmpty())
        context.accountName = accountId;
    return context;
}

QString PageRouter::accountFor(const PageRequest &request, QWidget *origin) const
{
    if (!request.accountId.isEmpty())
        return request.accountId;
    if (origin) {
        const QString fromOrigin = m_tabs->accountOfTab(origin);
        if (!fromOrigin.isEmpty())
            return fromOrigin;
    }
    return m_tabs->currentAccount();
}

QString PageRouter::titleFor(const PageRequest &request, QWidget *origin) const
{
    if (!request.title.isEmpty())
        return request.title;
    const QString kind = request.resolvedKind();
    if (kind == QLatin1String(Form))
        return request.elid.isEmpty() ? tr("New (%1)").arg(request.function)
                                      : tr("%1 #%2").arg(request.function, request.elid);
    if (kind == QLatin1String(List) && qobject_cast<ListView *>(origin)) {
        const QString parentTitle = m_tabs->tabTitle(origin);
        if (!parentTitle.isEmpty())
            return tr("%1 › %2", "parent list › child list").arg(parentTitle, request.function);
    }
    return request.function;
}

QWidget *PageRouter::createPage(const PageRequest &request)
{
    PageRequest r = request;
    r.accountId = accountFor(request, nullptr);
    net::Connection *connection = connectionFor(r.accountId);
    if (!connection)
        return nullptr;
    PageContext context = baseContext(r.accountId, connection);
    context.request = r;
    return PageRegistry::create(context);
}

QWidget *PageRouter::open(const PageRequest &request, QWidget *origin)
{
    PageRequest r = request;
    r.accountId = accountFor(request, origin);
    net::Connection *connection = connectionFor(r.accountId);
    if (!connection) {
        Q_EMIT message(tr("Select an account first."), true);
        return nullptr;
    }
    if (r.inDialog)
        return openGroupForm(connection, r, origin);
    if (!r.su.isEmpty()) {
        // Forms asked for from inside a tab acting as that user stay in it, under its banner.
        ImpersonationTab *inside = enclosingImpersonationTab(origin);
        if (inside && inside->actingAs() == r.su && r.resolvedKind() == QLatin1String(Form)) {
            inside->openForm(r.function, r.elid, r.plid, r.params);
            m_tabs->showTab(inside);
            return inside->currentFormPage(); // the form, or the ticket workspace holding one
        }
        auto *tab = new ImpersonationTab(connection, r, this);
        m_tabs->openTab(tab, tab->title(), r.accountId);
        tab->start();
        Q_EMIT pageOpened(tab, r);
        return tab;
    }
    const QString title = titleFor(r, origin);
    PageContext context = baseContext(r.accountId, connection);
    context.request = r;
    if (r.resolvedKind() == QLatin1String(List))
        context.request.title = title; // a list page retitles itself from it ("… (filtered)")
    context.origin = origin;
    QWidget *page = PageRegistry::create(context);
    m_tabs->openTab(page, title, r.accountId);
    Q_EMIT pageOpened(page, r);
    return page;
}

QWidget *PageRouter::openGroupForm(net::Connection *connection, const PageRequest &request, QWidget *origin)
{
    // A groupform (e.g. payment.setstatus for the selected payments): a short, non-modal dialog.
    auto *dialog = new FormDialog(connection, m_tabs->dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("groupFormDialog"));
    dialog->setWindowTitle(
        request.su.isEmpty() ? request.function : tr("%1 (as %2)").arg(request.function, request.su));
    PageContext context = baseContext(request.accountId, connection);
    context.request = request;
    context.origin = origin;
    if (!request.su.isEmpty())
        dialog->form()->setJobOptions(context.jobOptions());
    connect(dialog, &FormDialog::formAccepted, this,
        [this, context](const QString &id, const QString &redirect, const QString &type) {
            applyFormOutcome(context, context.origin, id, redirect, type);
        });
    dialog->form()->open(request.function, request.elid, request.plid, request.params);
    dialog->open();
    Q_EMIT pageOpened(dialog->form(), request);
    return dialog->form();
}

void PageRouter::requestPage(const PageRequest &request, QWidget *origin)
{
    open(request, origin);
}

void PageRouter::formFinished(const PageContext &context, QWidget *form, bool accepted, const QString &id,
    const QString &redirect, const QString &redirectType)
{
    m_tabs->closeTab(form);
    if (!accepted)
        return;
    if (context.origin)
        m_tabs->showTab(context.origin); // back where the form came from, the new row selected
    applyFormOutcome(context, context.origin, id, redirect, redirectType);
}

void PageRouter::applyFormOutcome(const PageContext &context, QWidget *origin, const QString &id,
    const QString &redirect, const QString &redirectType)
{
    const routing::FormOutcome outcome = routing::FormOutcome::of(id, redirect, redirectType);
    refreshAndSelect(qobject_cast<ListView *>(origin), outcome.selectId); // nothing when it was closed
    if (outcome.opensForm() || outcome.opensList()) {
        open(context.follow(PageRequest::fromOutcome(outcome)), origin);
    } else if (outcome.target == routing::FormOutcome::Target::Url && !outcome.url.isEmpty()) {
        // Only the host: such a URL may carry a one-time key.
        Q_EMIT message(
            tr("Saved. The server suggests a web page on %1.").arg(QUrl(outcome.url).host()), false);
    }
}

void PageRouter::formApplied(const PageContext &context, QWidget *, const QString &id)
{
    // The page stays (the ticket workspace): the list it came from shows the new state, the row selected.
    refreshAndSelect(qobject_cast<ListView *>(context.origin.data()), id);
}

void PageRouter::pageTitleChanged(QWidget *page, const QString &title)
{
    if (!title.isEmpty())
        m_tabs->setTabTitle(page, title);
}

void PageRouter::showPageMessage(const QString &text, bool error)
{
    Q_EMIT message(text, error);
}

} // namespace mgrdesk::gui
