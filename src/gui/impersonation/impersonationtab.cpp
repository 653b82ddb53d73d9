#include "impersonationtab.h"

#include "common/impersonationbanner.h"
#include "common/refreshandselect.h"
#include "core/net/auditrecorder.h"
#include "core/routing/formoutcome.h"
#include "forms/formwidget.h"
#include "lists/listview.h"
#include "router/pagecontext.h"
#include "router/pageregistry.h"
#include "router/pagerouter.h"
#include "tickets/ticketpage.h"

#include "core/models/listloader.h"
#include "core/models/tablemodel.h"
#include "core/net/connection.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace mgrdesk::gui {

namespace {
routing::PageRequest requestFor(const QString &login, const QString &function, const QString &plid)
{
    routing::PageRequest r;
    r.su = login.trimmed();
    r.function = function;
    r.plid = plid;
    return r;
}
} // namespace

ImpersonationTab::ImpersonationTab(net::Connection *connection, const QString &login, const QString &function,
    const QString &plid, QWidget *parent)
    : ImpersonationTab(connection, requestFor(login, function, plid), nullptr, parent)
{
}

ImpersonationTab::ImpersonationTab(
    net::Connection *connection, const routing::PageRequest &request, PageRouter *router, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_router(router)
    , m_request(request)
    , m_login(request.su.trimmed())
    , m_function(request.function.isEmpty() ? defaultFunction() : request.function)
    , m_plid(request.plid)
{
    m_request.su = m_login;
    m_request.function = m_function;
    setAccessibleName(tr("Acting as %1: %2").arg(m_login, m_function));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new ImpersonationBanner(m_login, connection ? connection->settings().username : QString(),
        connection ? connection->level() : std::nullopt, this);
    layout->addWidget(m_banner); // above the stack: never scrolls away

    m_stack = new QStackedWidget(this);
    m_errorLabel = new QLabel(m_stack);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setAlignment(Qt::AlignCenter);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_errorLabel->setFocusPolicy(Qt::StrongFocus);
    m_errorLabel->setAccessibleName(tr("Impersonation status"));
    m_errorLabel->setText(tr("Checking the rights of %1…").arg(m_login));
    m_stack->addWidget(m_errorLabel);
    layout->addWidget(m_stack, 1);

    if (connection) {
        connect(connection, &net::Connection::loggedIn, this, [this](std::optional<int> level) {
            m_banner->setInfo(m_login, m_connection ? m_connection->settings().username : QString(), level);
        });
        net::AuditRecorder::attach(connection);
    }
}

ImpersonationTab::~ImpersonationTab()
{
    if (m_check)
        m_check->cancel();
}

ImpersonationTab *ImpersonationTab::open(net::Connection *connection, const QString &login,
    const QString &function, QWidget *parent, const QString &plid)
{
    auto *tab = new ImpersonationTab(connection, login, function, plid, parent);
    tab->start();
    return tab;
}

QString ImpersonationTab::defaultFunction()
{
    return QStringLiteral("payment");
}

QString ImpersonationTab::title() const
{
    return tr("%1: %2").arg(m_login, m_function);
}

net::JobOptions ImpersonationTab::jobOptions() const
{
    net::JobOptions options;
    options.su = m_login;
    options.noDefaultSu = true;
    return options;
}

void ImpersonationTab::start()
{
    if (m_login.isEmpty()) {
        m_state = State::Refused;
        showError(tr("No user to act as."));
        return;
    }
    if (!m_connection) {
        m_state = State::Refused;
        showError(tr("The account is not connected."));
        return;
    }
    m_state = State::Checking;
    m_stack->setCurrentWidget(m_errorLabel);
    if (m_check)
        m_check->cancel();
    m_check = m_connection->send(protocol::Request(QStringLiteral("whoami")), this, jobOptions());
    connect(m_check, &net::ApiJob::finished, this, [this](const net::ApiResult &result) {
        if (result.status == net::ApiResult::Status::Cancelled)
            return;
        std::optional<int> level;
        if (result.ok() && result.reply.form) {
            const auto attrs = result.reply.form->valueAttributes.value(QStringLiteral("user"));
            for (const auto &a : attrs) {
                bool ok = false;
                const int l = a.second.toInt(&ok);
                if (a.first == QLatin1String("level") && ok)
                    level = l;
            }
        }
        if (result.ok() && result.reply.whoami) {
            QStringList chain;
            for (const auto &entry : result.reply.whoami->path)
                chain.append(entry.name);
            m_chain = chain;
        }
        onWhoami(result.ok(), result.message, level);
    });
}

void ImpersonationTab::onWhoami(bool ok, const QString &message, std::optional<int> level)
{
    if (!ok) {
        m_state = State::Refused;
        showError(tr("Cannot act as %1: %2").arg(m_login, message));
        Q_EMIT refused(message);
        return;
    }
    m_effectiveLevel = level;
    m_state = State::Ready;
    m_error.clear();
    m_banner->setInfo(m_login, m_connection->settings().username, m_connection->level());
    m_banner->setChain(m_chain); // admin → client, as the server reports it
    if (!m_page) {
        // The router's context carries the Operations model: group actions run as operations here too.
        PageContext context
            = m_router ? m_router->baseContext(m_request.accountId, m_connection) : PageContext();
        context.connection = m_connection;
        context.request = m_request;
        context.host = this;
        m_page = PageRegistry::create(context); // starts loading
        m_page->setParent(m_stack);
        m_stack->addWidget(m_page);
        m_list = qobject_cast<ListView *>(m_page);
        if (m_list) {
            connect(m_list->loader(), &models::ListLoader::failed, this,
                [this](const QString &message) { m_error = message; });
        }
    } else if (m_list) {
        m_list->refresh();
    }
    showPage();
    Q_EMIT ready();
}

FormWidget *ImpersonationTab::currentForm() const
{
    if (auto *ticket = qobject_cast<TicketPage *>(m_formPage.data()))
        return ticket->form();
    return qobject_cast<FormWidget *>(m_formPage.data());
}

FormWidget *ImpersonationTab::openForm(const QString &function, const QString &elid, const QString &plid,
    const QList<QPair<QString, QString>> &params)
{
    if (m_state != State::Ready || !m_connection)
        return nullptr;
    if (m_formPage) {
        // One form at a time in a tab: a second request replaces an untouched form, never a dirty one.
        const FormWidget *open = currentForm();
        if (open && open->isDirty()) {
            m_stack->setCurrentWidget(m_formPage);
            return nullptr;
        }
        closeForm(false, QString());
    }
    PageContext context = m_router ? m_router->baseContext(m_request.accountId, m_connection) : PageContext();
    context.connection = m_connection;
    context.request = m_request;
    context.request.function = function;
    context.request.elid = elid;
    context.request.plid = plid;
    context.request.params = params;
    context.request.kind = QString::fromLatin1(routing::PageKind::Form);
    context.request.title.clear();
    context.host = this;
    context.origin = m_page;
    // The router's factory, as for a main tab: a ticket opens as the ticket workspace here too (issue 12).
    QWidget *page = PageRegistry::create(context);
    auto *ticket = qobject_cast<TicketPage *>(page);
    FormWidget *form = ticket ? ticket->form() : qobject_cast<FormWidget *>(page);
    if (!form) {
        delete page;
        return nullptr;
    }
    form->setImpersonationBannerShown(false); // the tab's banner is right above it
    m_formPage = page;
    page->setParent(m_stack);
    m_stack->addWidget(page);
    m_stack->setCurrentWidget(page);
    setFocusProxy(page);
    Q_EMIT formOpened(form);
    return form;
}

void ImpersonationTab::requestPage(const routing::PageRequest &request, QWidget *origin)
{
    routing::PageRequest r = request;
    r.su = m_login; // everything asked for from here acts as the same user
    if (r.resolvedKind() == QLatin1String(routing::PageKind::Form) && !r.inDialog) {
        openForm(r.function, r.elid, r.plid, r.params);
        return;
    }
    if (m_router) {
        m_router->open(r, origin ? origin : m_page);
        return;
    }
    if (r.resolvedKind() == QLatin1String(routing::PageKind::List))
        Q_EMIT openListRequested(r.function, r.plid, m_login);
    Q_EMIT pageRequested(r);
}

void ImpersonationTab::formFinished(const PageContext &, QWidget *form, bool accepted, const QString &id,
    const QString &redirect, const QString &redirectType)
{
    if (!form || form != m_formPage)
        return;
    if (!accepted) {
        closeForm(false, QString());
        return;
    }
    const routing::FormOutcome outcome = routing::FormOutcome::of(id, redirect, redirectType);
    closeForm(true, outcome.selectId);
    if (outcome.opensForm() || outcome.opensList())
        requestPage(routing::PageRequest::fromOutcome(outcome), m_page);
    else if (outcome.target == routing::FormOutcome::Target::Url && !outcome.url.isEmpty())
        showPageMessage(
            tr("Saved. The server suggests a web page on %1.").arg(QUrl(outcome.url).host()), false);
}

void ImpersonationTab::formApplied(const PageContext &, QWidget *page, const QString &id)
{
    // The ticket workspace stays open after a reply: the list under it shows the ticket's new state.
    if (page && page == m_formPage)
        refreshAndSelect(m_list, id);
}

void ImpersonationTab::pageTitleChanged(QWidget *page, const QString &title)
{
    // "client1: Payments (filtered)", "client1: Payment — pfx/7": the tab follows the page it shows.
    if (page == m_page)
        m_pageTitle = title;
    else if (page && page == m_formPage)
        m_formTitle = title;
    else
        return;
    updateTitle();
}

void ImpersonationTab::updateTitle()
{
    QString title = m_pageTitle.isEmpty() ? m_function : m_pageTitle;
    if (m_formPage && !m_formTitle.isEmpty())
        title = m_formTitle;
    if (m_router)
        m_router->pageTitleChanged(this, tr("%1: %2").arg(m_login, title));
}

void ImpersonationTab::showPageMessage(const QString &text, bool error)
{
    if (m_router)
        m_router->showPageMessage(text, error);
}

void ImpersonationTab::closeForm(bool accepted, const QString &id)
{
    QWidget *page = m_formPage;
    m_formPage = nullptr;
    if (page) {
        m_stack->removeWidget(page);
        page->deleteLater();
    }
    m_formTitle.clear();
    updateTitle();
    showPage();
    if (accepted)
        refreshAndSelect(m_list, id);
    Q_EMIT formClosed(accepted);
}

void ImpersonationTab::showPage()
{
    if (!m_page)
        return;
    m_stack->setCurrentWidget(m_page);
    setFocusProxy(m_list ? static_cast<QWidget *>(m_list->tableView()) : m_page);
}

void ImpersonationTab::showError(const QString &text)
{
    m_error = text;
    m_errorLabel->setText(text);
    m_stack->setCurrentWidget(m_errorLabel);
    setFocusProxy(m_errorLabel);
}

} // namespace mgrdesk::gui
