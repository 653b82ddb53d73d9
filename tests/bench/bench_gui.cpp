// "gui": what a user feels, against the real demo server over HTTPS, side by side with a bare Qt baseline
// (QNetworkAccessManager + QXmlStreamReader + QStandardItemModel in a QTableView):
//   first rows   time from the request to the first rows painted, a 100k-row list in pages of 1,000: the real
//                gui::ListView (TableModel, ListLoader, parse on a worker) against the baseline's first page;
//   stall        the longest gap of a 5 ms timer on the GUI thread while a 1M-row list loads in pages of
//                10,000 and is then sorted by a text column, and the resident memory it adds;
//   start-up     process start to a painted, idle window: the real MainWindow against a bare QMainWindow
//                (two small programs beside this one, each linking only what it needs).
// Every figure is a separate child process (this program re-executed, or the start-up programs), run
// MGRDESK_BENCH_RUNS times (default 3, interleaved), median printed. `mgrdesk-bench gui --quick`: 10k/100k
// rows instead of 100k/1M. Children use the offscreen platform when no display is set. The measuring
// children live in gui_children.cpp; this file starts servers and children and prints.
#include "benchmark.h"
#include "gui_common.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <map>

using mgrdesk::bench::print;
namespace gb = mgrdesk::bench::gui;

namespace {

QString besideMe(const QString &name)
{
    const QString path = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(name);
    return QFileInfo(path).isExecutable() ? path : QString();
}

// Runs this program as a child in `mode`; returns its "key value" lines.
std::map<QByteArray, double> runChild(const QString &mode, const gb::ServerInfo &server, int rows, int page)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(gb::kChildEnv), mode);
    env.insert(QStringLiteral("MGRDESK_BENCH_GUI_URL"), server.url.toString());
    env.insert(QStringLiteral("MGRDESK_BENCH_GUI_CERT"), server.certFile);
    env.insert(QStringLiteral("MGRDESK_BENCH_GUI_ROWS"), QString::number(rows));
    env.insert(QStringLiteral("MGRDESK_BENCH_GUI_PAGE"), QString::number(page));
    if (!env.contains(QStringLiteral("DISPLAY")) && !env.contains(QStringLiteral("WAYLAND_DISPLAY"))
        && !env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!env.contains(QStringLiteral("QT_LOGGING_RULES")))
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false"));
    child.setProcessEnvironment(env);
    // A child's warnings (the offscreen platform's) only with MGRDESK_BENCH_VERBOSE=1.
    if (qEnvironmentVariableIntValue("MGRDESK_BENCH_VERBOSE"))
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    else
        child.setStandardErrorFile(QProcess::nullDevice());
    child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("gui") });
    child.waitForFinished(-1);
    std::map<QByteArray, double> out;
    const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> w = line.split(' ');
        if (w.size() == 2)
            out[w[0]] = w[1].toDouble();
        else if (line.startsWith("# "))
            print("    %s\n", line.constData() + 2); // a child's remark (the stall's place, errors)
    }
    return out;
}

// Times a start-up program from outside: QProcess start to its "ready" line.
double startupMs(const QString &program, const QStringList &args)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("DISPLAY")) && !env.contains(QStringLiteral("WAYLAND_DISPLAY"))
        && !env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    child.start(program, args);
    QByteArray out;
    while (!out.contains("ready") && child.waitForReadyRead(30000))
        out += child.readAllStandardOutput();
    const double ms = double(t.nsecsElapsed()) / 1e6;
    if (!child.waitForFinished(10000))
        child.kill();
    return out.contains("ready") ? ms : -1;
}

double median(std::vector<double> v)
{
    v.erase(std::remove_if(v.begin(), v.end(), [](double x) { return x < 0; }), v.end());
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

QString range(std::vector<double> v)
{
    if (v.empty())
        return QString();
    std::sort(v.begin(), v.end());
    return QStringLiteral("%1-%2").arg(v.front(), 0, 'f', 0).arg(v.back(), 0, 'f', 0);
}

// Collects one key over the runs of a child mode.
struct Series
{
    std::map<QByteArray, std::vector<double>> values;
    void add(const std::map<QByteArray, double> &r)
    {
        for (const auto &[k, v] : r)
            values[k].push_back(v);
    }
    double med(const QByteArray &key) const
    {
        auto it = values.find(key);
        return it == values.end() ? -1 : median(it->second);
    }
    QString rng(const QByteArray &key) const
    {
        auto it = values.find(key);
        return it == values.end() ? QString() : range(it->second);
    }
};

const char *verdict(bool met)
{
    return met ? "met" : "MISSED";
}

void runGui()
{
    if (qEnvironmentVariableIsSet(gb::kChildEnv)) {
        std::exit(gb::runChild(qgetenv(gb::kChildEnv)));
    }
    const bool quick = QCoreApplication::arguments().contains(QStringLiteral("--quick"));
    const int runs = qEnvironmentVariableIntValue("MGRDESK_BENCH_RUNS");
    const int n = runs > 0 ? runs : 3;
    const int smallRows = quick ? 10000 : 100000;
    const int bigRows = quick ? 100000 : 1000000;
    const bool bigBaseline = qEnvironmentVariableIntValue("MGRDESK_BENCH_GUI_BASELINE_BIG") != 0 || quick;
    print("  %d run(s) per figure, medians (range); children on %s\n", n,
        qEnvironmentVariableIsSet("DISPLAY") ? "the display" : "the offscreen platform");

    // ---- start-up
    const QString bare = besideMe(QStringLiteral("mgrdesk-bench-bare-window"));
    const QString real = besideMe(QStringLiteral("mgrdesk-bench-main-window"));
    if (bare.isEmpty() || real.isEmpty()) {
        print("  start-up programs not found beside mgrdesk-bench (build the mgrdesk-bench target)\n");
    } else {
        QTemporaryDir dir;
        std::vector<double> b, r;
        startupMs(bare, {}); // warm the page cache for both, unmeasured
        startupMs(real, { dir.filePath(QStringLiteral("warm.ini")) });
        for (int i = 0; i < n; ++i) { // interleaved: load changes hit both alike
            b.push_back(startupMs(bare, {}));
            r.push_back(startupMs(real, { dir.filePath(QStringLiteral("s%1.ini").arg(i)) }));
        }
        const double mb = median(b), mr = median(r);
        print("  start-up to a painted, idle window (warm page cache, fresh settings file)\n");
        print("    bare QMainWindow (Qt Widgets only)        %8.1f ms  (%s)\n", mb, qPrintable(range(b)));
        print("    mgrdesk MainWindow                        %8.1f ms  (%s)  = %.2fx  goal <= 1.5x: %s\n", mr,
            qPrintable(range(r)), mr / mb, verdict(mr <= 1.5 * mb));
    }

    // ---- first rows: a list of smallRows rows, pages of 1,000
    {
        gb::Server server;
        if (!server.start(smallRows / 1000)) {
            print("  cannot start the demo server\n");
            return;
        }
        Series realS, baseS;
        // One unmeasured run of each first, as for start-up: the server's first out=devel page computes the
        // list's money totals once (then cached), which would land in whichever run came first.
        runChild(QStringLiteral("first-real"), server.info(), smallRows, 1000);
        runChild(QStringLiteral("first-base"), server.info(), smallRows, 1000);
        for (int i = 0; i < n; ++i) {
            realS.add(runChild(QStringLiteral("first-real"), server.info(), smallRows, 1000));
            baseS.add(runChild(QStringLiteral("first-base"), server.info(), smallRows, 1000));
        }
        print("  first rows on screen, %d-row list, pages of 1,000 (request to first paint with rows)\n",
            smallRows);
        const double b = baseS.med("first_ms"), r = realS.med("first_ms");
        print("    baseline: QNAM + QXmlStreamReader + QStandardItemModel, its first page %8.1f ms  (%s)\n",
            b, qPrintable(baseS.rng("first_ms")));
        print("    mgrdesk: ListView (ListLoader, TableModel)                             %8.1f ms  (%s)  = "
              "%.2fx  goal <= 1.5x: %s\n",
            r, qPrintable(realS.rng("first_ms")), r / b, verdict(r <= 1.5 * b));
        print("    longest GUI-thread stall meanwhile: baseline %.1f ms (%s), mgrdesk %.1f ms (%s)\n",
            baseS.med("stall_ms"), qPrintable(baseS.rng("stall_ms")), realS.med("stall_ms"),
            qPrintable(realS.rng("stall_ms")));
        print("    longest GUI-thread work between two probe ticks: baseline %.1f ms (%s), mgrdesk %.1f ms "
              "(%s)\n",
            baseS.med("busy_ms"), qPrintable(baseS.rng("busy_ms")), realS.med("busy_ms"),
            qPrintable(realS.rng("busy_ms")));
    }

    // ---- stall and memory: a list of bigRows rows, pages of 10,000, then sorted
    {
        gb::Server server;
        if (!server.start(bigRows / 1000)) {
            print("  cannot start the demo server\n");
            return;
        }
        Series realS, baseS;
        for (int i = 0; i < n; ++i) {
            realS.add(runChild(QStringLiteral("stall-real"), server.info(), bigRows, 10000));
            if (bigBaseline)
                baseS.add(runChild(QStringLiteral("stall-base"), server.info(), bigRows, 10000));
        }
        print(
            "  %d-row list in pages of 10,000, then sorted by a text column (5 ms probe on the GUI thread)\n",
            bigRows);
        auto line = [](const char *label, const Series &s) {
            print("    %-48s stall %7.1f ms (%s)  load %7.0f ms  sort %6.0f ms  rss +%6.1f MiB  peak +%6.1f "
                  "MiB\n",
                label, s.med("stall_ms"), qPrintable(s.rng("stall_ms")), s.med("load_ms"), s.med("sort_ms"),
                s.med("rss_mib"), s.med("peak_mib"));
            // The wall-clock stall split: the GUI thread's own CPU time in it and its wait for a core (the
            // machine's load); busy: the longest GUI-thread work between two ticks, whatever the load.
            print(
                "    %-48s of the stall: on a core %.1f ms (%s), waiting for one %.1f ms (%s); longest work "
                "%.1f ms (%s)\n",
                "", s.med("stall_cpu_ms"), qPrintable(s.rng("stall_cpu_ms")), s.med("stall_wait_ms"),
                qPrintable(s.rng("stall_wait_ms")), s.med("busy_ms"), qPrintable(s.rng("busy_ms")));
        };
        if (bigBaseline)
            line("baseline (QStandardItemModel, proxy sort)", baseS);
        else
            print("    baseline skipped at this size (MGRDESK_BENCH_GUI_BASELINE_BIG=1 runs it: ~3 GiB)\n");
        line("mgrdesk ListView", realS);
        print("    mgrdesk's TableModel holds %.1f MiB (TableData, sort keys, order)\n",
            realS.med("model_mib"));
        print("    goals: stall <= 50 ms: %s; %d rows < 200 MiB: %s\n", verdict(realS.med("stall_ms") <= 50),
            bigRows, verdict(realS.med("rss_mib") < 200));
    }
}

} // namespace

MGRDESK_BENCHMARK(gui, "what a user feels: first rows, GUI-thread stalls, start-up, memory (--quick)", runGui)
