#pragma once
// A tab that works as another user: every request it sends carries su=LOGIN (its ListView's loader runs with
// JobOptions{su}), an ImpersonationBanner sits above the list (outside any scroll area), and
// closing/destroying the tab ends the impersonation (nothing persists; its jobs are cancelled). Before
// loading, it asks the server who it is as that user (func=whoami with su): a refusal shows the server's
// message in the tab instead of the list. Each request sent with su is recorded in the audit trail
// (net::AuditRecorder on the connection).
//
// The page under the banner is made by the PageRegistry like any other (a list, a form, a report, …) with
// su=LOGIN; the tab is that page's PageHost. Forms asked for by its page run inside the tab (under the
// banner) with the same su; an ok refreshes the list and selects the new row (routing::FormOutcome), a form
// redirect stays in the tab. Everything else the page asks for (child lists, window buttons, groupforms, list
// redirects) goes to the PageRouter with the same su: a groupform becomes a dialog acting as the user, a list
// another impersonation tab. Without a router (a tab made on its own) those requests are signalled.
//
// The main window never makes these tabs itself: PageRouter::open() with a request whose su is set does.

#include "router/pagehost.h"

#include "core/net/joboptions.h"
#include "core/routing/pagerequest.h"
#include "forms/formwidget.h" // complete for the formOpened() signal's meta type

#include <QPointer>
#include <QWidget>
#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QStackedWidget;
QT_END_NAMESPACE

namespace mgrdesk::net {
class Connection;
class ApiJob;
} // namespace mgrdesk::net

namespace mgrdesk::gui {

class ImpersonationBanner;
class ListView;
class PageRouter;

class ImpersonationTab : public QWidget, public PageHost
{
    Q_OBJECT
public:
    enum class State { Checking, Ready, Refused };
    Q_ENUM(State)

    ImpersonationTab(net::Connection *connection, const QString &login, const QString &function = QString(),
        const QString &plid = QString(), QWidget *parent = nullptr);
    // The page `request` asks for (request.su: the user to act as; no function: defaultFunction()), its
    // requests for other pages going to `router` (may be nullptr).
    ImpersonationTab(net::Connection *connection, const routing::PageRequest &request, PageRouter *router,
        QWidget *parent = nullptr);
    ~ImpersonationTab() override;

    // Creates the tab and starts it (whoami check, then the list). function empty: defaultFunction().
    static ImpersonationTab *open(net::Connection *connection, const QString &login,
        const QString &function = QString(), QWidget *parent = nullptr, const QString &plid = QString());
    static QString defaultFunction(); // "payment" (visible to admins and clients)

    void start();

    QString actingAs() const { return m_login; }
    QString function() const { return m_function; }
    QString title() const; // "client1: payment"
    State state() const { return m_state; }
    QString errorText() const { return m_error; } // the server's refusal, or the list's failure
    std::optional<int> effectiveLevel() const { return m_effectiveLevel; } // from whoami as that user
    net::JobOptions jobOptions() const; // su=login, no default su: use it for anything sent for this tab

    ImpersonationBanner *banner() const { return m_banner; }
    ListView *listView() const { return m_list; } // the page, when it is a list
    QWidget *page() const { return m_page; } // the page under the banner (nullptr until ready)
    routing::PageRequest request() const { return m_request; }
    QLabel *errorLabel() const { return m_errorLabel; }
    net::Connection *connection() const { return m_connection; }

    // Opens a form as this tab's user, inside the tab (the list's edit/new buttons do this), as the page kind
    // a main tab would show: a plain FormWidget, or the ticket workspace (TicketPage) for a ticket. Returns
    // the form (owned by the tab; a ticket's: the form inside its page) or nullptr when the tab is not ready.
    // Closing it (Cancel, ok) returns to the list; the ticket workspace stays after a reply and refreshes it.
    FormWidget *openForm(const QString &function, const QString &elid = QString(),
        const QString &plid = QString(), const QList<QPair<QString, QString>> &params = {});
    FormWidget *currentForm() const; // the open form (a ticket page's own form), nullptr when none
    QWidget *currentFormPage() const { return m_formPage; } // the page holding it (FormWidget or TicketPage)

    // PageHost: what the tab's page and forms ask for.
    void requestPage(const routing::PageRequest &request, QWidget *origin) override;
    void formFinished(const PageContext &context, QWidget *form, bool accepted, const QString &id,
        const QString &redirect, const QString &redirectType) override;
    void formApplied(const PageContext &context, QWidget *page, const QString &id) override;
    void pageTitleChanged(QWidget *page, const QString &title) override;
    void showPageMessage(const QString &text, bool error) override;

Q_SIGNALS:
    void ready(); // the server accepted su; the list is loading
    void refused(const QString &message); // the server refused su (its message)
    // Further views as the same user: the main window opens them with ImpersonationTab::open(…, actingAs, …).
    // Only without a router (with one, the router opens them).
    void openListRequested(const QString &function, const QString &plid, const QString &actingAs);
    void pageRequested(const mgrdesk::routing::PageRequest &request);
    // A form opened from this tab's list (it runs inside the tab, under its banner, with su=login for every
    // request: open, recomputation, submit, wizard steps, extra buttons). formClosed: it was accepted (ok) or
    // closed; the list is shown again (refreshed, the new row selected, after an ok).
    void formOpened(mgrdesk::gui::FormWidget *form);
    void formClosed(bool accepted);

private:
    void onWhoami(bool ok, const QString &message, std::optional<int> level);
    void showError(const QString &text);
    void updateTitle(); // "client1: " + the shown page's title
    void showPage(); // the page (not the status label, not a form)
    void closeForm(bool accepted, const QString &id);

    QPointer<net::Connection> m_connection;
    QPointer<PageRouter> m_router;
    routing::PageRequest m_request;
    QString m_login, m_function, m_plid;
    ImpersonationBanner *m_banner = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_errorLabel = nullptr;
    QWidget *m_page = nullptr;
    ListView *m_list = nullptr;
    QPointer<QWidget> m_formPage; // the open form's page: a FormWidget or a TicketPage
    QString m_pageTitle, m_formTitle; // what the list and the form call themselves (the tab's title)
    QPointer<net::ApiJob> m_check;
    State m_state = State::Checking;
    QString m_error;
    std::optional<int> m_effectiveLevel;
    QStringList m_chain; // whoami's su chain (admin → client)
};

} // namespace mgrdesk::gui
