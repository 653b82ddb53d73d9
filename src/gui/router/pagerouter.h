#pragma once
// The one place that opens pages. Everything that opens something (the navigation tree, list buttons, form
// outcomes and redirects, notifications, Ctrl+K, restored tabs, impersonation tabs, the request console)
// calls open() with a routing::PageRequest; the router finds the account's connection, the page kind's
// factory (PageRegistry) and the host:
//
//   request.inDialog        a FormDialog over the window (groupforms), with the request's su
//   request.su, a form, asked from inside the ImpersonationTab acting as that user
//                           inside that tab (under its banner)
//   request.su otherwise    a new ImpersonationTab (whoami check, banner) holding the page
//   otherwise               a main window tab of the account
//
// It is also the main window's PageHost: what its tabs' pages ask for comes back here, and a form's ok
// refreshes the list it came from, selects the new row and opens the redirect (routing::FormOutcome).

#include "pagehost.h"

#include "core/operations/operationsmodel.h" // QPointer needs the complete type
#include "core/routing/pagerequest.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace mgrdesk::net {
class Connection;
class ConnectionManager;
} // namespace mgrdesk::net

namespace mgrdesk::gui {

class TabArea;
struct PageContext;

class PageRouter : public QObject, public PageHost
{
    Q_OBJECT
public:
    PageRouter(net::ConnectionManager *connections, TabArea *tabs, QObject *parent = nullptr);

    // Opens `request` (see above) and returns the page (for a dialog: its form; for a new impersonation tab:
    // the tab), or nullptr when the account is unknown. `origin`: the page that asked (its account and su
    // are the defaults, a form's ok refreshes it).
    QWidget *open(const routing::PageRequest &request, QWidget *origin = nullptr);
    // The page for `request` without placing it anywhere (restored tabs insert it where their placeholder
    // was). Its requests come back to this router.
    QWidget *createPage(const routing::PageRequest &request);

    net::Connection *connectionFor(const QString &accountId) const;

    // Long operations: every page context carries `model` (list group actions run through it) and the
    // account's display name from `accountName`.
    void setOperations(operations::OperationsModel *model,
        std::function<QString(const QString &accountId)> accountName = {});
    operations::OperationsModel *operations() const { return m_operations; }
    // A context of `accountId` on `connection` with this router's operations model (impersonation tabs
    // build theirs with it too).
    PageContext baseContext(const QString &accountId, net::Connection *connection) const;

    // PageHost
    void requestPage(const routing::PageRequest &request, QWidget *origin) override;
    void formFinished(const PageContext &context, QWidget *form, bool accepted, const QString &id,
        const QString &redirect, const QString &redirectType) override;
    void formApplied(const PageContext &context, QWidget *page, const QString &id) override;
    void pageTitleChanged(QWidget *page, const QString &title) override;
    void showPageMessage(const QString &text, bool error) override;

    // After a form's ok from `origin` (on `context`'s account and su): refresh and select, open the redirect.
    void applyFormOutcome(const PageContext &context, QWidget *origin, const QString &id,
        const QString &redirect, const QString &redirectType);

Q_SIGNALS:
    void pageOpened(QWidget *page, const mgrdesk::routing::PageRequest &request);
    void message(const QString &text, bool error); // for the status bar

private:
    QString accountFor(const routing::PageRequest &request, QWidget *origin) const;
    QString titleFor(const routing::PageRequest &request, QWidget *origin) const;
    QWidget *openGroupForm(net::Connection *connection, const routing::PageRequest &request, QWidget *origin);

    net::ConnectionManager *m_connections;
    TabArea *m_tabs;
    QPointer<operations::OperationsModel> m_operations;
    std::function<QString(const QString &)> m_accountName;
};

} // namespace mgrdesk::gui
