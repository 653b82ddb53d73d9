// A stand-in for a test that dies: starts a DemoServer, prints the server's pid, and after a line on stdin
// ends the way a failing test does (`abort`: abort() as after a qFatal or a sanitizer report; `hang`: waits
// to be killed, as when CTest's timeout strikes). tst_demoserver runs it and checks that the server does not
// outlive it.
#include "demoserver.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>
#include <cstdlib>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    if (mode != QLatin1String("abort") && mode != QLatin1String("hang")) {
        std::fprintf(stderr, "usage: mgrdesk_orphanprobe abort|hang\n");
        return 2;
    }
#ifdef Q_OS_UNIX
    const rlimit noCore { 0, 0 }; // an abort here is the point, not a core file
    ::setrlimit(RLIMIT_CORE, &noCore);
#endif
    mgrdesk::test::DemoServer::Options o;
    o.http = true;
    o.control = false;
    // The server is deliberately never stopped: leaked on purpose, as a dying test leaves it.
    auto *server = new mgrdesk::test::DemoServer(o);
    if (!server->start()) {
        std::fprintf(stderr, "%s\n", qPrintable(server->errorString()));
        return 1;
    }
    std::printf("server pid %lld\n", static_cast<long long>(server->process()->processId()));
    std::fflush(stdout);
    // Dies only when told (a line on stdin), so the test can first see the server running.
    std::getchar();
    if (mode == QLatin1String("abort"))
        std::abort();
    for (;;)
        QThread::sleep(60);
}
