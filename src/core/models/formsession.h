#pragma once
// One open form talking to its server: opens it (never prefetched: only when the user asks), recomputes
// dependent fields through sv_field (debounced, the latest wins), submits it, maps errors to fields, and
// walks wizards (a submit answered by another form is the next step; Back returns to the previous step with
// what the user typed). Nothing the user typed is lost on any failure: the state stays and the user can send
// again.

#include "formstate.h"

#include "core/net/apijob.h"
#include "core/net/apiresult.h"
#include "core/net/connection.h"
#include "core/net/joboptions.h"
#include "core/protocol/reply.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QSharedPointer>
#include <QTimer>

#include <optional>

namespace mgrdesk::models {

class FormSession : public QObject
{
    Q_OBJECT
public:
    enum class Phase { Idle, Loading, Ready, Submitting, Failed };
    Q_ENUM(Phase)
    using Params = QList<QPair<QString, QString>>;

    explicit FormSession(net::Connection *connection, QObject *parent = nullptr);
    ~FormSession() override;

    FormState *state() { return m_state; }
    const FormState *state() const { return m_state; }
    Phase phase() const { return m_phase; }
    net::Connection *connection() const { return m_connection; }

    // Options for EVERY request of this form session (open, sv_field recomputation, submit, wizard steps,
    // extra buttons): su= of an impersonating view, timeouts. Set before open(); default: the connection's
    // defaults (its default su, if any).
    void setJobOptions(const net::JobOptions &options) { m_options = options; }
    const net::JobOptions &jobOptions() const { return m_options; }
    QString actingAs() const; // the su this form runs with (its own, else the connection's default su)

    // Sends the open request (out=devel for metadata). extra: more parameters from a redirect or a toolbar.
    void open(const QString &function, const QString &elid = {}, const QString &plid = {},
        const Params &extra = {});
    // Shows an already received form (tests, a wizard step).
    void openData(
        const QString &function, const QString &elid, const QString &plid, const protocol::FormData &data);

    // Dependent fields.
    void setRecomputeDelay(int ms) { m_recomputeTimer.setInterval(ms); }
    void setFocusedField(const QString &name) { m_focused = name; } // never overwritten by a recomputation
    QString focusedField() const { return m_focused; }
    void requestRecompute(const QString &field); // debounced; a newer request replaces a pending one
    bool isRecomputing() const { return m_recomputeJob || m_recomputeTimer.isActive(); }

    // Server validators (protocol.md §8.4): a field with check="TYPE" is checked by func=check.TYPE
    // (funcname, name, value, args=checkargs) when it loses focus. The answer's <value> (the normalised
    // value, 10 → 10.00) replaces the text unless the user changed it meanwhile; an error marks the field.
    // False when nothing was sent (no check, empty value, not ready, the same value already checked).
    bool checkField(const QString &field);
    bool isChecking(const QString &field) const { return m_checkJobs.contains(field); }

    // Validates, then sends sok=ok with every value. False when validation (or a running submit) blocks it.
    bool submit(const QString &button = QStringLiteral("ok"), const Params &extra = {});
    // A button inside a row of an embedded list (<elem><action><button name/></action></elem>, the
    // add-payment wizard's method list): submits the form with the row's key under the list's key name
    // (paymethod=KEY) and clicked_button=NAME.
    bool submitRow(const QString &list, int row, const QString &button);

    // Wizard.
    int stepIndex() const { return int(m_backStack.size()); }
    bool canGoBack() const { return !m_backStack.isEmpty() && m_phase != Phase::Submitting; }
    void back();

    // The last failure of an open/submit (form-level or field), for the details pane.
    std::optional<protocol::ApiError> lastError() const { return m_lastError; }
    QString lastMessage() const { return m_lastMessage; }
    QString lastButton() const { return m_lastButton; } // the button of the last submit

    // Parses "func=x&elid=1&plid=2" (an ok redirect) into the function and the other parameters.
    static QString parseRedirect(const QString &redirect, Params *params);
    // The function a form reply names (<doc func>), else the one requested: later requests of the form use
    // it.
    static QString replyFunction(const protocol::Reply &reply, const QString &requested);

Q_SIGNALS:
    void phaseChanged(mgrdesk::models::FormSession::Phase phase);
    void opened(); // a form (first, next or previous wizard step) is in state()
    void openFailed(const QString &message);
    void recomputeStarted(const QString &field);
    void recomputed(const QStringList &changedFields);
    void recomputeFailed(const QString &message);
    void validationFailed(const QStringList &fields);
    void submitStarted();
    // <ok/>: the object was saved. id: the new object's key (may be empty); redirect: "func=…" (may be
    // empty).
    void accepted(const QString &id, const QString &redirect, const QString &redirectType);
    // The submit failed. field: the field the error names (marked in state()), empty for a form-level error.
    void submitFailed(const QString &message, const QString &field);
    void stepChanged(int index);
    void fieldChecked(const QString &field, const QString &normalised); // the server accepted the value
    void fieldCheckFailed(const QString &field, const QString &message);

private:
    struct Step
    {
        QString function, elid, plid;
        protocol::FormData data; // as received, with the values the user had typed
    };

    void setPhase(Phase phase);
    void startRecompute();
    void onOpenFinished(const net::ApiResult &result);
    void onRecomputeFinished(const net::ApiResult &result, quint64 serial);
    void onSubmitFinished(const net::ApiResult &result);
    void nextStep(const protocol::FormData &data);
    // A wizard step that answered <skip/> is passed over: the step after it in <steps> opens, with the
    // values typed so far. False when there is none.
    bool passOver(const QString &skipped);
    protocol::FormData snapshot() const;

    QPointer<net::Connection> m_connection;
    net::JobOptions m_options;
    FormState *m_state;
    Phase m_phase = Phase::Idle;
    QTimer m_recomputeTimer;
    QString m_pendingField, m_focused;
    QPointer<net::ApiJob> m_recomputeJob, m_job;
    protocol::FormData m_data; // the current step as last received
    QList<Step> m_backStack;
    QList<protocol::FormStep> m_steps; // the wizard's step bar as last received
    int m_skipped = 0; // steps passed over in a row (a loop guard)
    std::optional<protocol::ApiError> m_lastError;
    QString m_lastMessage;
    QString m_lastButton;
    QHash<QString, QPointer<net::ApiJob>> m_checkJobs;
    QSet<QString> m_noServerCheck; // check.TYPE functions this server does not have
    QHash<QString, QString> m_checked; // field → the last value the server accepted (no second request)
};

} // namespace mgrdesk::models
