#pragma once
// The libFuzzer entry point every target defines. Built with clang and MGRDESK_FUZZ=ON it is driven by
// libFuzzer (-fsanitize=fuzzer); otherwise replaymain.cpp calls it once per corpus file (a regression test).
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// A failed property: print and abort, so that libFuzzer (or the replay test) reports the input.
#define MGRDESK_FUZZ_CHECK(cond, what)                                                                       \
    do {                                                                                                     \
        if (!(cond)) {                                                                                       \
            std::fprintf(stderr, "fuzz property failed: %s (%s:%d)\n", what, __FILE__, __LINE__);            \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)
