// mgrdesk-bench: runs the registered benchmarks (all, or those named on the command line) and prints figures.
#include "benchmark.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <memory>

namespace mgrdesk::bench {

std::vector<Benchmark> &registry()
{
    static std::vector<Benchmark> benchmarks;
    return benchmarks;
}

void print(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    std::vprintf(format, args);
    va_end(args);
    std::fflush(stdout);
}

} // namespace mgrdesk::bench

int main(int argc, char *argv[])
{
    // `gui` needs widgets (its children show windows; offscreen when there is no display).
    bool widgets = qEnvironmentVariableIsSet("MGRDESK_BENCH_GUI_CHILD");
    for (int i = 1; i < argc; ++i)
        widgets = widgets || !std::strcmp(argv[i], "gui");
    const bool noDisplay
        = !qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
    if (widgets && noDisplay && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = widgets ? std::make_unique<QApplication>(argc, argv)
                                                    : std::make_unique<QCoreApplication>(argc, argv);
    using mgrdesk::bench::registry;
    std::vector<mgrdesk::bench::Benchmark> all = registry();
    std::sort(
        all.begin(), all.end(), [](const auto &a, const auto &b) { return std::strcmp(a.name, b.name) < 0; });
    QStringList args = QCoreApplication::arguments().mid(1);
    args.removeIf([](const QString &a) {
        return a.startsWith(QLatin1String("--")) && a != QLatin1String("--list")
            && a != QLatin1String("--help");
    }); // options: --quick
    if (args.contains(QStringLiteral("--list")) || args.contains(QStringLiteral("-h"))
        || args.contains(QStringLiteral("--help"))) {
        std::printf("usage: mgrdesk-bench [--quick] [NAME…]   (no name: run all; --quick: smaller sizes)\n");
        for (const auto &b : all)
            std::printf("  %-16s %s\n", b.name, b.description);
        return 0;
    }
    int ran = 0;
    for (const auto &b : all) {
        if (!args.isEmpty() && !args.contains(QLatin1String(b.name)))
            continue;
        mgrdesk::bench::print("== %s: %s\n", b.name, b.description);
        b.run();
        ++ran;
    }
    for (const QString &name : args) {
        if (std::none_of(
                all.begin(), all.end(), [&name](const auto &b) { return name == QLatin1String(b.name); })) {
            std::fprintf(stderr, "mgrdesk-bench: no benchmark named %s (see --list)\n", qPrintable(name));
            return 2;
        }
    }
    return ran > 0 ? 0 : 2;
}
