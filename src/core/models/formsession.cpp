#include "formsession.h"

#include "formlogging.h"

#include "core/net/apijob.h"
#include "core/net/connection.h"

#include <QUrlQuery>

namespace mgrdesk::models {

using net::ApiResult;
using protocol::Request;

FormSession::FormSession(net::Connection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_state(new FormState(this))
{
    m_recomputeTimer.setSingleShot(true);
    m_recomputeTimer.setInterval(300);
    connect(&m_recomputeTimer, &QTimer::timeout, this, &FormSession::startRecompute);
}

FormSession::~FormSession() = default; // jobs are owned by this: destroying it cancels them

QString FormSession::actingAs() const
{
    if (!m_options.su.isEmpty())
        return m_options.su;
    if (m_options.noDefaultSu || !m_connection)
        return QString();
    return m_connection->settings().defaultSu;
}

void FormSession::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

QString FormSession::parseRedirect(const QString &redirect, Params *params)
{
    QString text = redirect.trimmed();
    const int q = text.indexOf(QLatin1Char('?'));
    if (q >= 0)
        text = text.mid(q + 1);
    const QUrlQuery query(text);
    QString function;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (item.first == QLatin1String("func"))
            function = item.second;
        else if (params)
            params->append(item);
    }
    return function;
}

void FormSession::open(const QString &function, const QString &elid, const QString &plid, const Params &extra)
{
    if (!m_connection) {
        setPhase(Phase::Failed);
        Q_EMIT openFailed(tr("Not connected."));
        return;
    }
    if (m_job)
        m_job->cancel();
    Request r(function);
    r.setElid(elid);
    if (!plid.isEmpty())
        r.setPlid(plid);
    for (const auto &p : extra) {
        if (p.first != QLatin1String("elid") && p.first != QLatin1String("plid"))
            r.set(p.first, p.second);
    }
    r.set(QStringLiteral("out"), QStringLiteral("devel"));
    setPhase(Phase::Loading);
    net::ApiJob *job = m_connection->send(r, this, m_options);
    m_job = job;
    connect(job, &net::ApiJob::finished, this, [this, function, elid, plid](const ApiResult &result) {
        if (result.status == ApiResult::Status::Cancelled)
            return;
        m_job = nullptr;
        if (result.ok() && result.reply.form && result.reply.form->skip && !m_steps.isEmpty()) {
            if (passOver(replyFunction(result.reply, function)))
                return;
        }
        if (result.ok() && result.reply.form) {
            // A reply naming another function (func=payment.add answered by func="payment.add.method", a
            // wizard that jumped to its first step, docs/protocol.md §4) is followed: the next submit uses
            // it.
            openData(replyFunction(result.reply, function), elid, plid, *result.reply.form);
            return;
        }
        onOpenFinished(result);
    });
}

void FormSession::onOpenFinished(const ApiResult &result)
{
    setPhase(Phase::Failed);
    m_lastError = result.reply.error;
    m_lastMessage = result.message;
    if (result.ok())
        m_lastMessage = tr("The server did not answer with a form.");
    if (m_lastMessage.isEmpty())
        m_lastMessage = tr("The form could not be opened.");
    qCInfo(lcForms) << "open failed:" << ApiResult::statusName(result.status);
    Q_EMIT openFailed(m_lastMessage);
}

void FormSession::openData(
    const QString &function, const QString &elid, const QString &plid, const protocol::FormData &data)
{
    m_recomputeTimer.stop();
    if (m_recomputeJob)
        m_recomputeJob->cancel();
    m_data = data;
    if (!data.steps.isEmpty())
        m_steps = data.steps;
    if (!data.skip)
        m_skipped = 0;
    m_lastError.reset();
    m_lastMessage.clear();
    for (const QPointer<net::ApiJob> &job : std::as_const(m_checkJobs)) {
        if (job)
            job->cancel();
    }
    m_checkJobs.clear();
    m_checked.clear();
    m_state->load(function, elid, plid, data);
    setPhase(Phase::Ready);
    Q_EMIT opened();
}

void FormSession::requestRecompute(const QString &field)
{
    if (!m_connection || m_phase != Phase::Ready)
        return;
    m_pendingField = field;
    m_recomputeTimer.start();
}

void FormSession::startRecompute()
{
    if (!m_connection || m_phase != Phase::Ready || m_pendingField.isEmpty())
        return;
    if (m_recomputeJob)
        m_recomputeJob->cancel(); // the latest wins
    Request r = m_state->recomputeRequest(m_pendingField);
    r.set(QStringLiteral("out"), QStringLiteral("devel"));
    const quint64 serial = m_state->editSerial();
    const QString field = m_pendingField;
    m_pendingField.clear();
    net::ApiJob *job = m_connection->send(r, this, m_options);
    m_recomputeJob = job;
    Q_EMIT recomputeStarted(field);
    connect(job, &net::ApiJob::finished, this, [this, job, serial](const ApiResult &result) {
        if (m_recomputeJob == job)
            m_recomputeJob = nullptr;
        if (result.status == ApiResult::Status::Cancelled)
            return;
        onRecomputeFinished(result, serial);
    });
}

void FormSession::onRecomputeFinished(const ApiResult &result, quint64 serial)
{
    if (m_phase != Phase::Ready)
        return;
    if (!result.ok() || !result.reply.form) {
        Q_EMIT recomputeFailed(
            result.message.isEmpty() ? tr("The form could not be updated.") : result.message);
        return;
    }
    const protocol::FormData &data = *result.reply.form;
    QSet<QString> keep;
    if (!m_focused.isEmpty())
        keep.insert(m_focused);
    for (auto it = data.options.constBegin(); it != data.options.constEnd(); ++it)
        m_data.options.insert(it.key(), it.value());
    if (m_state->isRestructured(data)) {
        // The server changed the form's shape (fields came or went): rebuild it, keeping what was typed.
        m_data = data;
        m_state->restructure(data, serial, keep);
        Q_EMIT opened();
        Q_EMIT recomputed({});
        return;
    }
    const QStringList changed = m_state->applyRecomputed(data, serial, keep);
    Q_EMIT recomputed(changed);
}

bool FormSession::checkField(const QString &field)
{
    const FormFieldInfo *info = m_state->description().field(field);
    if (!m_connection || m_phase != Phase::Ready || !info || info->check.isEmpty() || !info->isEditable())
        return false;
    const QString value = m_state->value(field);
    if (value.trimmed().isEmpty() || m_checked.value(field) == value)
        return false; // required-ness is checked before sending; an accepted value is not asked again
    if (QPointer<net::ApiJob> running = m_checkJobs.take(field))
        running->cancel();
    Request r(QStringLiteral("check.") + info->check);
    if (m_noServerCheck.contains(r.function()))
        return false;
    r.set(QStringLiteral("funcname"), m_state->function());
    r.set(QStringLiteral("name"), field);
    r.set(QStringLiteral("value"), value);
    r.set(QStringLiteral("args"), info->checkArgs);
    if (info->isPrivate || info->kind == FormFieldInfo::Kind::Password)
        r.markPrivate(QStringLiteral("value"));
    const quint64 serial = m_state->editSerial();
    net::ApiJob *job = m_connection->send(r, this, m_options);
    m_checkJobs.insert(field, job);
    connect(job, &net::ApiJob::finished, this, [this, job, field, value, serial, r](const ApiResult &result) {
        if (m_checkJobs.value(field) == job)
            m_checkJobs.remove(field);
        if (result.status == ApiResult::Status::Cancelled || m_phase == Phase::Loading)
            return;
        const bool unchanged = m_state->value(field) == value && m_state->editSerial() == serial;
        if (result.reply.error && result.status == ApiResult::Status::ApiError) {
            const protocol::ApiError &e = *result.reply.error;
            if (e.type == QLatin1String("unknown") || e.object == QLatin1String("func")
                || e.type == QLatin1String("access")) {
                // This server has no such validator (or not for us): the submit decides, never ask again.
                m_noServerCheck.insert(r.function());
                return;
            }
            const QString message
                = result.reply.error->message.isEmpty() ? result.message : result.reply.error->message;
            if (unchanged)
                m_state->setFieldError(field, message);
            Q_EMIT fieldCheckFailed(field, message);
            return;
        }
        if (!result.ok()) {
            Q_EMIT fieldCheckFailed(field, result.message); // the submit checks again: no field error
            return;
        }
        QString normalised = value;
        if (result.reply.form) {
            const QString v = result.reply.form->value(QStringLiteral("value"));
            if (!v.isEmpty())
                normalised = v;
        }
        if (unchanged && normalised != value)
            m_state->setValue(field, normalised); // a user-visible change: dirty, rules, recompute
        m_checked.insert(field, normalised);
        Q_EMIT fieldChecked(field, normalised);
    });
    return true;
}

bool FormSession::submitRow(const QString &list, int row, const QString &button)
{
    const QSharedPointer<protocol::TableData> table = m_state->list(list);
    if (!table || row < 0 || row >= table->rowCount())
        return false;
    QString keyName = table->keyColumn;
    if (keyName.isEmpty())
        keyName = QStringLiteral("elid");
    return submit(button, { { keyName, table->rowKey(row) } });
}

bool FormSession::passOver(const QString &skipped)
{
    int index = -1;
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).name == skipped)
            index = i;
    }
    if (index < 0 || index + 1 >= m_steps.size() || ++m_skipped > m_steps.size())
        return false;
    const QString next = m_steps.at(index + 1).name;
    qCInfo(lcForms) << "wizard step" << skipped << "skipped; opening" << next;
    Params params;
    for (const FormFieldInfo &f : m_state->description().fields()) {
        if (f.hasValue() && f.name != QLatin1String("snext") && !m_state->value(f.name).isEmpty())
            params.append({ f.name, m_state->value(f.name) });
    }
    if (m_backStack.isEmpty() || m_backStack.constLast().function != m_state->function())
        m_backStack.append(Step { m_state->function(), m_state->elid(), m_state->plid(), snapshot() });
    Q_EMIT stepChanged(stepIndex());
    open(next, m_state->elid(), m_state->plid(), params);
    return true;
}

bool FormSession::submit(const QString &button, const Params &extra)
{
    if (m_phase != Phase::Ready)
        return false;
    if (!m_state->validate()) {
        Q_EMIT validationFailed(m_state->fieldsWithErrors());
        return false;
    }
    if (!m_connection) {
        Q_EMIT submitFailed(tr("Not connected."), QString());
        return false;
    }
    m_lastButton = button;
    m_recomputeTimer.stop();
    if (m_recomputeJob)
        m_recomputeJob->cancel();
    Request r = m_state->submitRequest(button);
    for (const auto &p : extra)
        r.set(p.first, p.second);
    r.set(QStringLiteral("out"), QStringLiteral("devel")); // a wizard's next step needs its metadata
    setPhase(Phase::Submitting);
    m_lastError.reset();
    m_lastMessage.clear();
    Q_EMIT submitStarted();
    net::ApiJob *job = m_connection->send(r, this, m_options);
    m_job = job;
    connect(job, &net::ApiJob::finished, this, [this](const ApiResult &result) {
        m_job = nullptr;
        onSubmitFinished(result);
    });
    return true;
}

void FormSession::onSubmitFinished(const ApiResult &result)
{
    setPhase(Phase::Ready); // whatever happened, the form and its values stay
    if (result.status == ApiResult::Status::Cancelled)
        return;
    if (result.ok() && result.reply.ok) {
        const protocol::OkReply &ok = *result.reply.ok;
        bool customButton = false; // verify, recalculate…: nothing was saved
        for (const auto &b : m_state->description().buttons())
            customButton = customButton || (b.name == m_lastButton && b.type == QLatin1String("button"));
        if (!customButton)
            m_state->markClean();
        Params params;
        const QString target = parseRedirect(ok.redirect, &params);
        if (!target.isEmpty() && ok.redirectType == QLatin1String("form")) {
            // A wizard continues in the next form: keep this step for Back.
            m_backStack.append(Step { m_state->function(), m_state->elid(), m_state->plid(), snapshot() });
            QString elid, plid;
            for (const auto &p : params) {
                if (p.first == QLatin1String("elid"))
                    elid = p.second;
                else if (p.first == QLatin1String("plid"))
                    plid = p.second;
            }
            Q_EMIT stepChanged(stepIndex());
            open(target, elid, plid, params);
            return;
        }
        Q_EMIT accepted(ok.id, ok.redirect, ok.redirectType);
        return;
    }
    if (result.ok() && result.reply.form) {
        if (result.reply.form->skip && passOver(replyFunction(result.reply, m_state->function())))
            return;
        nextStep(*result.reply.form);
        return;
    }
    m_lastError = result.reply.error;
    m_lastMessage = result.message;
    QString field;
    if (result.reply.error && result.status == ApiResult::Status::ApiError) {
        field = m_state->applyError(*result.reply.error);
        if (m_lastMessage.isEmpty())
            m_lastMessage = result.reply.error->message;
    }
    if (m_lastMessage.isEmpty())
        m_lastMessage = result.ok() ? tr("The server's answer was not understood.") : tr("Sending failed.");
    qCInfo(lcForms) << "submit failed:" << ApiResult::statusName(result.status) << "field:" << field;
    Q_EMIT submitFailed(m_lastMessage, field);
}

QString FormSession::replyFunction(const protocol::Reply &reply, const QString &requested)
{
    QString function = reply.docAttributes.value(QStringLiteral("func"));
    if (function.isEmpty() && reply.form)
        function = reply.form->docAttributes.value(QStringLiteral("func"));
    return function.isEmpty() ? requested : function;
}

void FormSession::nextStep(const protocol::FormData &data)
{
    m_backStack.append(Step { m_state->function(), m_state->elid(), m_state->plid(), snapshot() });
    QString function = data.name;
    if (function.isEmpty())
        function = data.docAttributes.value(QStringLiteral("func"));
    if (function.isEmpty())
        function = m_state->function();
    QString elid = m_state->elid();
    for (const auto &v : data.values) {
        if (v.first == QLatin1String("elid")) {
            elid = v.second;
            break;
        }
    }
    const QString plid = m_state->plid();
    openData(function, elid, plid, data);
    Q_EMIT stepChanged(stepIndex());
}

protocol::FormData FormSession::snapshot() const
{
    protocol::FormData data = m_data;
    QSet<QString> seen;
    for (auto &v : data.values) {
        if (m_state->description().hasField(v.first))
            v.second = m_state->value(v.first);
        seen.insert(v.first);
    }
    for (const FormFieldInfo &f : m_state->description().fields()) {
        if (f.hasValue() && !seen.contains(f.name))
            data.values.append({ f.name, m_state->value(f.name) });
    }
    return data;
}

void FormSession::back()
{
    if (!canGoBack())
        return;
    if (m_job)
        m_job->cancel();
    const Step step = m_backStack.takeLast();
    openData(step.function, step.elid, step.plid, step.data);
    Q_EMIT stepChanged(stepIndex());
}

} // namespace mgrdesk::models
