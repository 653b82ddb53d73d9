#pragma once
// Starts the real mgrdesk-demo-server process for a test and stops it (SIGTERM) when destroyed. On Linux the
// server also dies with the thread that started it (PR_SET_PDEATHSIG), so a test that crashes or aborts
// leaves no server behind (tst_demoserver proves it); start it from the test's main thread.
//
//   mgrdesk::test::DemoServer server;            // HTTPS, generated certificate
//   QVERIFY2(server.start(), qPrintable(server.errorString()));
//   QUrl api = server.baseUrl();                 // https://127.0.0.1:PORT/billmgr
//   QSslConfiguration tls = server.sslConfiguration(); // trusts exactly the served certificate
//
// Logins: admin/demo (29), client1/demo (16, owner of client1-sub/demo), client2/demo. See
// docs/demo-server.md.
#include <QList>
#include <QPair>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace mgrdesk::test {

class DemoServer
{
public:
    struct Options
    {
        bool http = false;
        int idleTimeout = 0; // 0 = the server's default (3600 s)
        int scale = 1;
        QString certFile; // both empty: the server generates a certificate
        QString keyFile;
        QStringList
            extraArgs; // e.g. {"--fault", "payment=drop@3"}, {"--lang-default", "ru"}, {"--scale", "100"}
        bool control = true; // --control: lets addFault()/clearFaults() change faults at run time
    };

    DemoServer();
    explicit DemoServer(const Options &options);
    ~DemoServer(); // SIGTERM, then waits (kills after 10 s)
    DemoServer(const DemoServer &) = delete;
    DemoServer &operator=(const DemoServer &) = delete;

    // Starts the process and waits (event loop) until it prints "listening on". False + errorString() on
    // failure.
    bool start(int timeoutMs = 60000);
    // Sends SIGTERM and waits for the exit; returns the exit code (-1: crashed or did not exit).
    int stop(int timeoutMs = 10000);

    QString errorString() const { return m_error; }
    QUrl baseUrl() const { return m_baseUrl; }
    int port() const { return m_baseUrl.port(); }
    QString logFile() const; // the request log (BILLmanager format)
    // Lines of the request log for `func` so far. The server logs a request when it handles it, before any
    // injected latency: QTRY_VERIFY(server.loggedCount("currency") == 1) waits until a request reached it.
    int loggedCount(const QString &func) const;
    QByteArray certificatePem() const; // the certificate the server serves (empty with http)
    QSslCertificate certificate() const;
    QSslConfiguration
    sslConfiguration() const; // default configuration + the server's certificate as the only CA
    QProcess *process() { return m_process.get(); }

    // Run-time fault injection through /__sim/fault (needs Options::control): spec = FUNC=KIND[:ARG][@COUNT],
    // KIND = latency, drop, http500, truncate, html, redirect, expire; FUNC may be "*". Waits for the answer.
    bool addFault(const QString &spec, QString *error = nullptr);
    bool clearFaults(QString *error = nullptr);
    // A plain GET of the API as admin (authinfo=admin:demo, lang=en) with `params`, trusting the served
    // certificate: the bytes the server sends, to compare a client's result with. What arrived by
    // `timeoutMs` (empty when nothing did).
    QByteArray rawFetch(const QList<QPair<QString, QString>> &params, int timeoutMs = 15000) const;
    QByteArray standardError() const { return m_stderr; }
    static QString binary();

    // A throwaway certificate/key pair for 127.0.0.1 made with openssl, in dir; false on failure.
    static bool makeCertificate(const QString &dir, const QString &baseName, QString *certFile,
        QString *keyFile, QString *error = nullptr);

private:
    bool control(const QString &query, QString *error);

    Options m_options;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
    QString m_error;
    QByteArray m_stdout;
    QByteArray m_stderr;
};

} // namespace mgrdesk::test
