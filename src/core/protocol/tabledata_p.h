#pragma once
// TableData's internal constants and value hash, shared by tabledata.cpp and tabledata_pool.cpp.

#include <QtGlobal>

#include <cstddef>
#include <cstring>

namespace mgrdesk::protocol::tabledata {

constexpr quint32 kAbsent = 0x80000000u;
constexpr quint32 kOffsetMask = 0x7fffffffu;
constexpr qsizetype kMaxAttrIndex = 4096; // distinct attribute sets per column that are shared

// The pooled form's bounds (docs/performance.md, "Memory of 1M rows"). A pooled column is checked each time
// its count of distinct values reaches a power of two from kPoolCheckFrom on: when the values are more than
// half its rows, they are mostly distinct and the column turns plain. It turns plain as well past
// kMaxPoolValues distinct values or kMaxPoolBytes of them (a bounded dictionary).
constexpr size_t kPoolCheckFrom = 256;
constexpr size_t kMaxPoolValues = size_t(1) << 20;
constexpr size_t kMaxPoolBytes = size_t(16) << 20;
// A plain column of a table that pages are appended to is tried again for pooling when its rows reach
// kPoolTryFrom, then each time they double: the first kPoolSample rows estimate how many distinct values
// the column has (from how often values repeat) and the whole column is pooled only when that estimate, and
// then the real count, stays under half its rows. (Pages of 10,000 rows of a 40,000-name column look
// distinct one by one; a million rows of it do not.)
constexpr size_t kPoolTryFrom = 16384;
constexpr size_t kPoolSample = 4096;

// A fast hash of a short byte string (cell values are mostly under 32 bytes), 8 bytes at a time.
inline quint32 hashBytes(const char *p, size_t n)
{
    quint64 h = 0x9e3779b97f4a7c15ull ^ (quint64(n) * 0xff51afd7ed558ccdull);
    while (n >= 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * 0xbf58476d1ce4e5b9ull;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    quint64 w = 0;
    int shift = 0;
    if (n >= 4) {
        quint32 w4;
        std::memcpy(&w4, p, 4);
        w = w4;
        shift = 32;
        p += 4;
        n -= 4;
    }
    while (n > 0) { // at most 3 bytes
        w |= quint64(quint8(*p++)) << shift;
        shift += 8;
        --n;
    }
    h = (h ^ w) * 0x94d049bb133111ebull;
    h ^= h >> 32;
    return quint32(h);
}

} // namespace mgrdesk::protocol::tabledata
