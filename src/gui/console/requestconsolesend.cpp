// RequestConsole's sending: the request as the connection sends it and its copies (URL, curl, mgrctl,
// mgrdesk-cli), the checks and the confirmation before a changing request, the job, its reply and cancel.
#include "requestconsole.h"

#include "common/messagebox.h"
#include "consoletext.h"
#include "replyview.h"
#include "requesteditor.h"

#include "core/links/commandlinetext.h"
#include "core/net/apijob.h"
#include "core/net/connection.h"
#include "core/net/requestlog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

namespace mgrdesk::gui {

using protocol::Request;

namespace {

// A func=desktop the user sent in the console (maybe as another user): its functions complete too.
void collectMenuFunctions(const QList<protocol::MenuNode> &nodes, QStringList *out)
{
    for (const protocol::MenuNode &n : nodes) {
        if (!n.action.isEmpty())
            out->append(n.action);
        collectMenuFunctions(n.children, out);
    }
}
} // namespace

Request RequestConsole::sentRequest() const
{
    const Request r = ConsoleText::withoutAuthentication(request());
    if (!m_connection)
        return r;
    net::JobOptions options;
    options.su = runAs();
    options.noDefaultSu = true; // as sendNow(): exactly what "Run as" shows
    return m_connection->userRequest(r, options);
}

QString RequestConsole::urlText() const
{
    if (!m_connection)
        return {};
    return ConsoleText::urlText(m_connection->settings().baseUrl, sentRequest());
}

QString RequestConsole::curlText() const
{
    if (!m_connection)
        return {};
    return ConsoleText::curlText(
        m_connection->settings().baseUrl, sentRequest(), m_connection->settings().username);
}

void RequestConsole::copyAsUrl()
{
    QApplication::clipboard()->setText(urlText());
    showNote(tr("Copied the URL (secrets masked)"));
}

void RequestConsole::copyAsCurl()
{
    QApplication::clipboard()->setText(curlText());
    showNote(tr("Copied the curl command (secrets masked; put the password in place of *****)"));
}

QString RequestConsole::mgrctlText() const
{
    if (!m_connection)
        return {};
    return links::CommandLineText::mgrctl(request(), m_connection->settings().baseUrl, runAs());
}

QString RequestConsole::cliText() const
{
    if (!m_connection)
        return {};
    const net::ConnectionSettings &s = m_connection->settings();
    return links::CommandLineText::mgrdeskCli(request(), s.baseUrl, s.username, runAs());
}

void RequestConsole::copyAsMgrctl()
{
    QApplication::clipboard()->setText(mgrctlText());
    showNote(tr("Copied the mgrctl command (run it on the server; secrets masked)"));
}

void RequestConsole::copyAsCli()
{
    QApplication::clipboard()->setText(cliText());
    showNote(tr("Copied the mgrdesk-cli command (the password comes from MGRDESK_PASSWORD or the prompt)"));
}

bool RequestConsole::confirmsDangerous() const
{
    return m_confirm->isChecked();
}

void RequestConsole::setConfirmsDangerous(bool on)
{
    m_confirm->setChecked(on);
}

void RequestConsole::showNote(const QString &text)
{
    m_reply->statusLabel()->setText(text);
    m_reply->statusLabel()->setAccessibleDescription(text);
}

void RequestConsole::send()
{
    if (!m_connection) {
        showNote(tr("The account's connection is gone; open the console again"));
        return;
    }
    const Request r = request();
    if (r.function().isEmpty()) {
        showNote(tr("Type a function first"));
        m_editor->functionEdit()->setFocus();
        return;
    }
    for (const QString &name :
        { QStringLiteral("auth"), QStringLiteral("authinfo"), QStringLiteral("billmgrses5") }) {
        if (r.has(name)) {
            showNote(tr("Remove the %1 parameter: the connection adds the authentication itself").arg(name));
            return;
        }
    }
    const QString hidden = ConsoleText::hiddenValueName(r);
    if (!hidden.isEmpty()) {
        showNote(tr("The value of %1 was hidden by the log: type it before sending").arg(hidden));
        for (int row = 0; row < m_editor->paramTable()->rowCount(); ++row) {
            if (m_editor->paramTable()->item(row, 0)
                && m_editor->paramTable()->item(row, 0)->text().trimmed() == hidden) {
                m_editor->paramTable()->setCurrentCell(row, 1);
                m_editor->paramTable()->setFocus();
                break;
            }
        }
        return;
    }
    const QString su = runAs();
    if (!ConsoleText::isDangerous(r) || !confirmsDangerous()) {
        sendNow(r, su);
        return;
    }
    const QString shown = sentRequest().toDisplayString(); // as the request log will show it
    const QString text = su.isEmpty()
        ? tr("This request changes data on the server:\n\n%1\n\nSend it?").arg(shown)
        : tr("This request changes data on the server, with the rights of %1:\n\n%2\n\nSend it?")
              .arg(su, shown);
    QMessageBox *box
        = MessageBox::question(this, tr("Send a Changing Request"), text, QMessageBox::Yes | QMessageBox::No,
            QMessageBox::No, this, [this, r, su](QMessageBox::StandardButton answer) {
                if (answer == QMessageBox::Yes)
                    sendNow(r, su);
                else
                    showNote(tr("Not sent"));
            });
    if (box) {
        auto *dontAsk = new QCheckBox(tr("Do not ask again in this console"), box);
        box->setCheckBox(dontAsk);
        connect(box, &QMessageBox::finished, this, [this, box, dontAsk](int) {
            if (dontAsk->isChecked() && box->clickedButton() == box->button(QMessageBox::Yes))
                setConfirmsDangerous(false);
        });
    }
}

void RequestConsole::sendNow(const Request &request, const QString &su)
{
    if (!m_connection)
        return;
    if (m_job)
        m_job->cancel();
    net::JobOptions options;
    options.su = su;
    options.noDefaultSu = true; // the console sends exactly what "Run as" shows
    net::ApiJob *job = m_connection->send(request, this, options);
    m_job = job;
    m_reply->showSending(request.function());
    addHistory(request, su);
    Q_EMIT requestSent(request, su);
    connect(job, &net::ApiJob::progress, this, [this, request](qint64 received, qint64) {
        if (received > 0)
            m_reply->showSending(
                tr("%1 (%2 received)").arg(request.function(), ConsoleText::sizeText(received)));
    });
    connect(job, &net::ApiJob::finished, this, [this, job, request, su](const net::ApiResult &result) {
        if (m_job == job)
            m_job = nullptr;
        if (result.status == net::ApiResult::Status::Cancelled) {
            showNote(tr("Cancelled"));
            updateButtons();
            return;
        }
        onFinished(request, su, result);
    });
    updateButtons();
}

QStringList RequestConsole::secrets() const
{
    // The session id and the password the connection registered in its log, and the current session id
    // (also when the log has not seen it yet).
    QStringList out;
    if (m_connection) {
        out = m_connection->requestLog()->secrets();
        const QString session = m_connection->sessionId();
        if (!session.isEmpty() && !out.contains(session))
            out.prepend(session);
    }
    return out;
}

void RequestConsole::onFinished(const Request &, const QString &, const net::ApiResult &result)
{
    m_lastResult = result;
    m_reply->showResult(result, secrets());
    if (result.reply.menu) {
        QStringList functions;
        collectMenuFunctions(result.reply.menu->nodes, &functions);
        m_editor->addKnownFunctions(functions);
    }
    if (result.reply.table && result.reply.table->metadata.present) {
        QStringList functions;
        for (const protocol::ToolButton &b : result.reply.table->metadata.toolbar)
            functions << b.func;
        m_editor->addKnownFunctions(functions);
    }
    updateButtons();
    Q_EMIT finished(result);
}

void RequestConsole::cancel()
{
    if (m_job)
        m_job->cancel();
}

} // namespace mgrdesk::gui
