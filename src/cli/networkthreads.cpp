#include "networkthreads.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

namespace mgrdesk::cli {

namespace {

// The thread's name as the kernel keeps it: QThread names the OS thread after its objectName, cut to 15
// bytes.
constexpr char kNetworkThreadName[] = "QNetworkAccessM";

[[maybe_unused]] bool networkThreadRunning()
{
    const QDir tasks(QStringLiteral("/proc/self/task"));
    const QStringList ids = tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &id : ids) {
        QFile comm(tasks.filePath(id + QStringLiteral("/comm")));
        // A thread that ended between the listing and here has no comm any more: it is gone.
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().startsWith(kNetworkThreadName))
            return true;
    }
    return false;
}

} // namespace

bool waitForNetworkThreadsToEnd(std::chrono::milliseconds limit)
{
#ifdef Q_OS_LINUX
    // A thread's /proc entry goes when the thread has ended completely, after its exit handlers.
    const QDeadlineTimer deadline(limit);
    while (networkThreadRunning()) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(1);
    }
#else
    Q_UNUSED(limit);
#endif
    return true;
}

} // namespace mgrdesk::cli
