#pragma once
// One `mgrdesk-cli call` on a net::Connection: sends the request (every page of a list with --all), prints
// each reply as it arrives, refuses an untrusted certificate (printing its SHA-256 fingerprint), and ends
// with the exit status of docs/cli.md.

#include "calloptions.h"
#include "replyprinter.h"

#include "core/net/connection.h"

#include <QObject>

namespace mgrdesk::cli {

class CallSession : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultPageSize = 500; // rows per request with --all (unless p_cnt= is given)
    static constexpr int MaxPages = 100000;

    CallSession(net::Connection *connection, const CallOptions &options, OutputFormat format,
        ReplyPrinter *printer, QObject *parent = nullptr);

    void start();
    bool isDone() const { return m_done; }
    int exitCode() const { return m_exitCode; }
    // Exit status for a finished request (0 ok, 1 server error, 2 not an API reply, 3 network or TLS).
    static int exitCodeFor(const net::ApiResult &result);
    static QString fingerprint(const QByteArray &sha256); // AA:BB:… (upper-case hex)

Q_SIGNALS:
    void done();

private:
    void sendPage(int page);
    void onFinished(const net::ApiResult &result);
    void onTrustRequired(const net::TrustQuestion &question);
    void finish(int exitCode);

    net::Connection *m_connection;
    CallOptions m_options;
    OutputFormat m_format;
    ReplyPrinter *m_printer;
    int m_page = 0;
    int m_pageSize = DefaultPageSize;
    qint64 m_rows = 0;
    QString m_trustMessage;
    bool m_done = false;
    int m_exitCode = 0;
};

} // namespace mgrdesk::cli
