#pragma once
// A tab that works as another user: every request it sends carries su=LOGIN (its ListView's loader runs with
// JobOptions{su}), an ImpersonationBanner sits above the list (outside any scroll area), and
// closing/destroying the tab ends the impersonation (nothing persists; its jobs are cancelled). Before
// loading, it asks the server who it is as that user (func=whoami with su): a refusal shows the server's
// message in the tab instead of the list. Each request sent with su is recorded in the audit trail
// (AuditRecorder on the connection).
//
// Main window:  auto *tab = ImpersonationTab::open(connection, QStringLiteral("client1"),
// QStringLiteral("vds"), this);
//               addTab(tab, tab->title()); connect openListRequested → open() again with the same login.

#include "core/net/joboptions.h"

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

Q_SIGNALS:
    void ready(); // the server accepted su; the list is loading
    void refused(const QString &message); // the server refused su (its message)
    // Further views as the same user: the main window opens them with ImpersonationTab::open(…, actingAs, …).
    void openListRequested(const QString &function, const QString &plid, const QString &actingAs);
    // Forms: models::FormSession cannot carry su yet, so the main window must not open them without it.
    // When nothing is connected to it, the tab does not open the form (it would run without su): it says so
    // and emits formUnavailable().
    void openFormRequested(
        const QString &function, const QString &elid, const QString &plid, const QString &actingAs);
    void formUnavailable(const QString &function);

private:
    void onWhoami(bool ok, const QString &message, std::optional<int> level);
    void showError(const QString &text);

    QPointer<net::Connection> m_connection;
    QString m_login, m_function, m_plid;
    ImpersonationBanner *m_banner = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_errorLabel = nullptr;
    ListView *m_list = nullptr;
    QPointer<net::ApiJob> m_check;
    State m_state = State::Checking;
    QString m_error;
    std::optional<int> m_effectiveLevel;
};

} // namespace mgrdesk::gui
