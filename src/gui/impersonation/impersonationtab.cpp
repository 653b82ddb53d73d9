#include "impersonationtab.h"

#include "common/impersonationbanner.h"
#include "common/refreshandselect.h"
#include "core/net/auditrecorder.h"
#include "core/routing/formoutcome.h"
#include "forms/formwidget.h"
#include "lists/listview.h"

#include "core/models/listloader.h"
#include "core/models/tablemodel.h"
#include "core/net/connection.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace mgrdesk::gui {

ImpersonationTab::ImpersonationTab(net::Connection *connection, const QString &login, const QString &function,
    const QString &plid, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_login(login.trimmed())
    , m_function(function.isEmpty() ? defaultFunction() : function)
    , m_plid(plid)
{
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

    m_list = new ListView(connection, m_function, m_plid, m_stack);
    m_list->loader()->setJobOptions(jobOptions());
    m_stack->addWidget(m_list);
    layout->addWidget(m_stack, 1);

    connect(m_list, &ListView::openListRequested, this,
        [this](const QString &func, const QString &plid) { Q_EMIT openListRequested(func, plid, m_login); });
    connect(m_list, &ListView::openFormRequested, this,
        [this](
            const QString &func, const QString &elid, const QString &plid) { openForm(func, elid, plid); });
    connect(m_list->loader(), &models::ListLoader::failed, this,
        [this](const QString &message) { m_error = message; });
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
    m_stack->setCurrentWidget(m_list);
    setFocusProxy(m_list->tableView());
    m_list->load();
    Q_EMIT ready();
}

FormWidget *ImpersonationTab::openForm(const QString &function, const QString &elid, const QString &plid)
{
    if (m_state != State::Ready || !m_connection)
        return nullptr;
    if (m_form) {
        // One form at a time in a tab: a second request replaces an untouched form, never a dirty one.
        if (m_form->isDirty()) {
            m_stack->setCurrentWidget(m_form);
            return nullptr;
        }
        closeForm(false, QString());
    }
    auto *form = new FormWidget(m_connection, m_stack);
    form->setJobOptions(jobOptions()); // every request of the form carries su=login
    form->setImpersonationBannerShown(false); // the tab's banner is right above it
    m_form = form;
    m_stack->addWidget(form);
    m_stack->setCurrentWidget(form);
    setFocusProxy(form);
    connect(form, &FormWidget::accepted, this,
        [this, form](const QString &id, const QString &redirect, const QString &redirectType) {
            if (form != m_form)
                return;
            const routing::FormOutcome outcome = routing::FormOutcome::of(id, redirect, redirectType);
            closeForm(true, outcome.selectId);
            if (outcome.opensList())
                Q_EMIT openListRequested(outcome.function, outcome.plid, m_login);
            else if (outcome.opensForm())
                openForm(outcome.function, outcome.elid, outcome.plid);
        });
    connect(form, &FormWidget::closeRequested, this, [this, form] {
        if (form == m_form)
            closeForm(false, QString());
    });
    form->open(function, elid, plid);
    Q_EMIT formOpened(form);
    return form;
}

void ImpersonationTab::closeForm(bool accepted, const QString &id)
{
    FormWidget *form = m_form;
    m_form = nullptr;
    if (form) {
        m_stack->removeWidget(form);
        form->deleteLater();
    }
    m_stack->setCurrentWidget(m_list);
    setFocusProxy(m_list->tableView());
    if (accepted)
        refreshAndSelect(m_list, id);
    Q_EMIT formClosed(accepted);
}

void ImpersonationTab::showError(const QString &text)
{
    m_error = text;
    m_errorLabel->setText(text);
    m_stack->setCurrentWidget(m_errorLabel);
    setFocusProxy(m_errorLabel);
}

} // namespace mgrdesk::gui
