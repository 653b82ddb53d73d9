#pragma once
// A tiny registry for mgrdesk-bench. In any .cpp of tests/bench:
//   static void runMine() { … mgrdesk::bench::print("…"); }
//   MGRDESK_BENCHMARK(mine, "what it measures", runMine)
// `mgrdesk-bench` runs them all in name order, `mgrdesk-bench mine other` only those, `--list` lists them.

#include <QElapsedTimer>
#include <QString>

#include <algorithm>
#include <ctime>
#include <vector>

namespace mgrdesk::bench {

struct Benchmark
{
    const char *name;
    const char *description;
    void (*run)();
};

std::vector<Benchmark> &registry();

struct Registrar
{
    Registrar(const char *name, const char *description, void (*run)())
    {
        registry().push_back({ name, description, run });
    }
};

// printf to stdout, flushed (figures show up while a long benchmark runs).
void print(const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

struct Timing
{
    double wall = 0; // seconds, elapsed
    double cpu = 0; // seconds of this process's CPU time: less disturbed than wall time on a busy machine
};

// Runs fn `repeat` times and returns the best wall and CPU times.
template<typename Fn> Timing bestOf(int repeat, Fn &&fn)
{
    Timing best { 1e100, 1e100 };
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        const std::clock_t cpu = std::clock();
        timer.start();
        fn();
        best.wall = std::min(best.wall, double(timer.nsecsElapsed()) / 1e9);
        best.cpu = std::min(best.cpu, double(std::clock() - cpu) / CLOCKS_PER_SEC);
    }
    return best;
}

} // namespace mgrdesk::bench

#define MGRDESK_BENCHMARK(id, description, fn)                                                               \
    static const mgrdesk::bench::Registrar mgrdeskBenchRegistrar_##id(#id, description, fn);
