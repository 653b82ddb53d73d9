// mgrdesk-bench: runs the registered benchmarks (all, or those named on the command line) and prints figures.
#include "benchmark.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <cstring>

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
    QCoreApplication app(argc, argv);
    using mgrdesk::bench::registry;
    std::vector<mgrdesk::bench::Benchmark> all = registry();
    std::sort(
        all.begin(), all.end(), [](const auto &a, const auto &b) { return std::strcmp(a.name, b.name) < 0; });
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.contains(QStringLiteral("--list")) || args.contains(QStringLiteral("-h"))
        || args.contains(QStringLiteral("--help"))) {
        std::printf("usage: mgrdesk-bench [NAME…]   (no name: run all)\n");
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
