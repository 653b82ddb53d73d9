#pragma once
// A tab that works as another user: every request it sends carries su=LOGIN (its ListView's loader runs with
// JobOptions{su}), an ImpersonationBanner sits above the list (outside any scroll area), and
// closing/destroying the tab ends the impersonation (nothing persists; its jobs are cancelled). Before
// loading, it asks the server who it is as that user (func=whoami with su): a refusal shows the server's
// message in the tab instead of the list. Each request sent with su is recorded in the audit trail
// (net::AuditRecorder on the connection).
//
// Forms opened from its list run inside the tab (under the banner) with the same su
// (FormWidget::setJobOptions); an ok refreshes the list and selects the new row (forms/formoutcome.h), a list
// redirect opens another tab.
//
// Main window:  auto *tab = ImpersonationTab::open(connection, QStringLiteral("client1"),
// QStringLiteral("vds"), this);
//               addTab(tab, tab->title()); connect openListRequested → open() again with the same login.

#include "core/net/joboptions.h"
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

class ImpersonationTab : public QWidget
{
    Q_OBJECT
public:
    enum class State { Checking, Ready, Refused };
    Q_ENUM(State)

    ImpersonationTab(net::Connection *connection, const QString &login, const QString &function = QString(),
        const QString &plid = QString(), QWidget *parent = nullptr);
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
    ListView *listView() const { return m_list; }
    QLabel *errorLabel() const { return m_errorLabel; }
    net::Connection *connection() const { return m_connection; }

    // Opens a form as this tab's user, inside the tab (the list's edit/new buttons do this). Returns the form
    // (owned by the tab) or nullptr when the tab is not ready. Closing it (Cancel, ok) returns to the list.
    FormWidget *openForm(
        const QString &function, const QString &elid = QString(), const QString &plid = QString());
    FormWidget *currentForm() const { return m_form; }

Q_SIGNALS:
    void ready(); // the server accepted su; the list is loading
    void refused(const QString &message); // the server refused su (its message)
    // Further views as the same user: the main window opens them with ImpersonationTab::open(…, actingAs, …).
    void openListRequested(const QString &function, const QString &plid, const QString &actingAs);
    // A form opened from this tab's list (it runs inside the tab, under its banner, with su=login for every
    // request: open, recomputation, submit, wizard steps, extra buttons). formClosed: it was accepted (ok) or
    // closed; the list is shown again (refreshed, the new row selected, after an ok).
    void formOpened(mgrdesk::gui::FormWidget *form);
    void formClosed(bool accepted);

private:
    void onWhoami(bool ok, const QString &message, std::optional<int> level);
    void showError(const QString &text);
    void closeForm(bool accepted, const QString &id);

    QPointer<net::Connection> m_connection;
    QString m_login, m_function, m_plid;
    ImpersonationBanner *m_banner = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_errorLabel = nullptr;
    ListView *m_list = nullptr;
    QPointer<FormWidget> m_form;
    QPointer<net::ApiJob> m_check;
    State m_state = State::Checking;
    QString m_error;
    std::optional<int> m_effectiveLevel;
};

} // namespace mgrdesk::gui
