#pragma once
// Runs the real mgrdesk-cli binary for a test: arguments, extra environment, standard input; collects the
// exit status, stdout and stderr. MGRDESK_PASSWORD is never inherited from the test's own environment.

#include <QDebug>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace mgrdesk::test {

struct CliResult
{
    int exitCode = -1;
    QByteArray out, err;
    bool finished = false;
};

// The environment a CLI process of the test gets: the test's own without MGRDESK_PASSWORD, a private
// XDG_CONFIG_HOME, then `env` ("NAME=value" each, which wins).
inline QProcessEnvironment cliEnvironment(const QStringList &env = {})
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("MGRDESK_PASSWORD"));
    // The CLI's default settings (saved accounts and their pins) private to this test process: other suites
    // running at the same time (the app with --demo-server, the accounts tests) never leak into it.
    static QTemporaryDir configHome;
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome.path());
    for (const QString &kv : env) {
        const int eq = kv.indexOf(QLatin1Char('='));
        e.insert(kv.left(eq), kv.mid(eq + 1));
    }
    return e;
}

inline CliResult runCli(
    const QStringList &args, const QStringList &env = {}, const QByteArray &input = {}, int timeoutMs = 60000)
{
    QProcess p;
    p.setProcessEnvironment(cliEnvironment(env));
    p.start(QStringLiteral(MGRDESK_CLI), args);
    CliResult r;
    if (!p.waitForStarted(10000))
        return r;
    if (!input.isNull())
        p.write(input);
    p.closeWriteChannel();
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished)
        p.kill();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Writes bytes to a file (a server's certificate for --cacert, an input for decode); false when it cannot.
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.flush();
}

// What a failed comparison prints: the exit (code, or crash/timeout) and the CLI's standard error, so that a
// failure under ASan (a sanitizer report, a LeakSanitizer summary) or load (a timeout) shows its cause.
inline QByteArray describe(const CliResult &r)
{
    QByteArray text = r.finished ? QByteArray("exit code ") + QByteArray::number(r.exitCode)
                                 : QByteArray("did not finish in time (killed)");
    text += "; stderr:\n" + (r.err.isEmpty() ? QByteArray("(empty)") : r.err);
    if (r.out.size() < 2000)
        text += "\nstdout:\n" + r.out;
    return text;
}

} // namespace mgrdesk::test

// QCOMPARE(result.exitCode, expected) that prints the CLI's stderr (and exit) when it fails.
#define QCOMPARE_EXIT(result, expected)                                                                      \
    do {                                                                                                     \
        if ((result).exitCode != (expected))                                                                 \
            qWarning().noquote() << "mgrdesk-cli:" << QString::fromUtf8(mgrdesk::test::describe(result));    \
        QCOMPARE((result).exitCode, expected);                                                               \
    } while (false)

// The same for a call written in place: QCOMPARE_CLI(runCli({...}), 0).
#define QCOMPARE_CLI(call, expected)                                                                         \
    do {                                                                                                     \
        const mgrdesk::test::CliResult cliResult_ = (call);                                                  \
        QCOMPARE_EXIT(cliResult_, expected);                                                                 \
    } while (false)
