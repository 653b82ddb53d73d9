#pragma once
// Runs the real mgrdesk-cli binary for a test: arguments, extra environment, standard input; collects the
// exit status, stdout and stderr. MGRDESK_PASSWORD is never inherited from the test's own environment.

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

inline CliResult runCli(
    const QStringList &args, const QStringList &env = {}, const QByteArray &input = {}, int timeoutMs = 60000)
{
    QProcess p;
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
    p.setProcessEnvironment(e);
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

} // namespace mgrdesk::test
