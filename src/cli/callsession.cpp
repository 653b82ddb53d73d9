#include "callsession.h"

#include "commands.h"
#include "terminal.h"

#include <QCoreApplication>

namespace mgrdesk::cli {

using net::ApiResult;

CallSession::CallSession(net::Connection *connection, const CallOptions &options, OutputFormat format,
    ReplyPrinter *printer, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_options(options)
    , m_format(format)
    , m_printer(printer)
{
    connect(m_connection, &net::Connection::certificateTrustRequired, this, &CallSession::onTrustRequired);
    if (m_options.all) {
        bool ok = false;
        const int given = m_options.request.value(QStringLiteral("p_cnt")).toInt(&ok);
        if (ok && given > 0)
            m_pageSize = given;
    }
}

int CallSession::exitCodeFor(const ApiResult &result)
{
    switch (result.status) {
    case ApiResult::Status::Ok:
        return kExitOk;
    case ApiResult::Status::ApiError:
        return kExitServerError;
    case ApiResult::Status::AuthError:
        // The server refused (wrong password…); or a session lost twice to something that is not an API
        // reply.
        return result.reply.failure ? kExitBadInput : kExitServerError;
    case ApiResult::Status::NotApiReply:
    case ApiResult::Status::HttpError:
        return kExitBadInput;
    case ApiResult::Status::NetworkError:
    case ApiResult::Status::TlsError:
    case ApiResult::Status::Timeout:
    case ApiResult::Status::Cancelled:
        return kExitNetwork;
    }
    return kExitNetwork;
}

QString CallSession::fingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

void CallSession::start()
{
    sendPage(m_options.all ? 1 : 0);
}

void CallSession::sendPage(int page)
{
    m_page = page;
    protocol::Request request = m_options.request;
    if (page > 0)
        request.setPage(page, m_pageSize);
    net::JobOptions jobOptions;
    jobOptions.su = m_options.su;
    if (m_options.timeoutSeconds > 0)
        jobOptions.timeoutMs = m_options.timeoutSeconds * 1000;
    net::ApiJob *job = m_connection->send(request, this, jobOptions);
    connect(job, &net::ApiJob::finished, this, &CallSession::onFinished);
}

void CallSession::onTrustRequired(const net::TrustQuestion &question)
{
    QStringList problems;
    for (const QSslError &e : question.errors)
        problems.append(e.errorString());
    m_trustMessage
        = (question.changed
                ? tr("the certificate of %1 is not the one pinned for this account (%2). SHA-256 "
                     "fingerprint: %3. If the server's certificate was replaced, trust the new one "
                     "in mgrdesk, or pass it with --cacert FILE.")
                : tr("the certificate of %1 is not trusted (%2). SHA-256 fingerprint: %3. If this "
                     "is your server's certificate, trust it in mgrdesk (the account's connection "
                     "test) or pass it with --cacert FILE."))
              .arg(question.url.host(), problems.join(QStringLiteral("; ")), fingerprint(question.sha256));
    // No switch turns verification off: refusing fails the waiting requests with TlsError.
    QMetaObject::invokeMethod(
        m_connection, [c = m_connection, sha = question.sha256] { c->answerTrust(sha, false); },
        Qt::QueuedConnection);
}

void CallSession::onFinished(const ApiResult &result)
{
    if (result.status == ApiResult::Status::TlsError && !m_trustMessage.isEmpty()) {
        reportError(m_trustMessage);
        finish(kExitNetwork);
        return;
    }
    if (!result.ok()) {
        if (result.status == ApiResult::Status::ApiError && result.reply.kind == protocol::ReplyKind::Error
            && m_format == OutputFormat::Json) {
            m_printer->setSecrets({ m_connection->sessionId() });
            m_printer->print(result.reply);
        } // a script asking for JSON gets the error object too
        QString message = result.message;
        if (result.mayHaveRun)
            message += QLatin1Char(' ') + tr("(The request may have been carried out.)");
        reportError(message.isEmpty() ? ApiResult::statusName(result.status) : message);
        finish(exitCodeFor(result));
        return;
    }
    const protocol::Reply &reply = result.reply;
    if (m_options.all && m_page > 1 && reply.kind == protocol::ReplyKind::Table && reply.table->page
        && *reply.table->page != m_page) {
        // The server clamps a page past the end to the last page, which was printed already.
        finish(kExitOk);
        return;
    }
    m_printer->setSecrets({ m_connection->sessionId() });
    if (!m_printer->print(reply)) {
        reportError(tr("cannot write the output"));
        finish(kExitBadInput);
        return;
    }
    for (const QString &w : m_printer->takeWarnings())
        reportError(w);
    if (reply.kind != protocol::ReplyKind::Table) {
        finish(kExitOk);
        return;
    }
    const protocol::TableData &table = *reply.table;
    m_rows += table.rowCount();
    if (!m_options.all) {
        if (table.total && *table.total > table.rowCount() && Terminal::stderrIsTerminal())
            reportError(tr("%1 of %2 rows (one page); --all fetches every page")
                            .arg(table.rowCount())
                            .arg(*table.total));
        finish(kExitOk);
        return;
    }
    const int pageSize = table.pageSize.value_or(m_pageSize);
    const bool more = table.rowCount() > 0
        && (table.total ? m_rows < *table.total : table.rowCount() >= pageSize) && m_page < MaxPages;
    if (more)
        sendPage(m_page + 1);
    else
        finish(kExitOk);
}

void CallSession::finish(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    m_exitCode = exitCode;
    Q_EMIT done();
}

} // namespace mgrdesk::cli
