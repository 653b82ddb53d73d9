#include "cellvalue.h"

#include <cmath>

namespace mgrdesk::models {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Length of a space-like sequence at p (ASCII space, NBSP, narrow NBSP, thin space), 0 if none.
int spaceLength(const char *p, const char *end)
{
    const auto u = [](char c) { return static_cast<unsigned char>(c); };
    if (*p == ' ' || *p == '\t')
        return 1;
    if (end - p >= 2 && u(p[0]) == 0xC2 && u(p[1]) == 0xA0)
        return 2;
    if (end - p >= 3 && u(p[0]) == 0xE2 && u(p[1]) == 0x80 && (u(p[2]) == 0xAF || u(p[2]) == 0x89))
        return 3;
    return 0;
}

int twoDigits(const char *p)
{
    return (p[0] - '0') * 10 + (p[1] - '0');
}
bool digitsAt(const char *p, int n)
{
    for (int i = 0; i < n; ++i)
        if (!isDigit(p[i]))
            return false;
    return true;
}

} // namespace

std::optional<double> CellValue::number(const char *data, qsizetype size)
{
    const char *p = data;
    const char *end = data + size;
    while (p < end && (*p == ' ' || *p == '\t'))
        ++p;
    while (end > p && (end[-1] == ' ' || end[-1] == '\t'))
        --end;
    if (p == end)
        return std::nullopt;
    bool negative = false;
    if (*p == '-' || *p == '+') {
        negative = *p == '-';
        ++p;
    }
    if (p == end || !isDigit(*p))
        return std::nullopt;

    // Fast path for the common shapes, "1234" and "1234.56", with the same arithmetic as the general path
    // below (so the same double); anything else (group separators, commas, odd lengths) goes on below.
    if (end - p <= 64) {
        const char *q = p;
        double intPart = 0;
        while (q < end && isDigit(*q)) {
            intPart = intPart * 10 + (*q - '0');
            ++q;
        }
        if (q == end)
            return negative ? -intPart : intPart;
        if (*q == '.' && q + 1 < end) {
            const char *f = q + 1;
            double frac = 0, scale = 1;
            while (f < end && isDigit(*f)) {
                scale /= 10;
                frac += (*f - '0') * scale;
                ++f;
            }
            if (f == end) {
                const double v = intPart + frac;
                return negative ? -v : v;
            }
        }
    }

    // Copy digits and separators, dropping group spaces/apostrophes (only between digits).
    char buf[64];
    int n = 0;
    int dots = 0, commas = 0, lastDot = -1, lastComma = -1;
    while (p < end) {
        const char c = *p;
        if (isDigit(c) || c == '.' || c == ',') {
            if (n >= int(sizeof buf))
                return std::nullopt;
            if (c == '.') {
                ++dots;
                lastDot = n;
            } else if (c == ',') {
                ++commas;
                lastComma = n;
            }
            buf[n++] = c;
            ++p;
            continue;
        }
        const int sp = c == '\'' ? 1 : spaceLength(p, end);
        if (sp == 0 || n == 0 || !isDigit(buf[n - 1]) || p + sp >= end || !isDigit(p[sp]))
            return std::nullopt;
        p += sp;
    }
    if (!isDigit(buf[n - 1]))
        return std::nullopt;

    char decimal = 0;
    if (dots && commas) {
        decimal = lastDot > lastComma ? '.' : ',';
        if ((decimal == '.' && dots > 1) || (decimal == ',' && commas > 1))
            return std::nullopt;
    } else if (dots == 1) {
        decimal = '.';
    } else if (commas == 1) {
        const int after = n - lastComma - 1;
        decimal = after == 3 ? 0 : ',';
    }

    double intPart = 0, frac = 0, scale = 1;
    bool inFraction = false;
    for (int i = 0; i < n; ++i) {
        const char c = buf[i];
        if (isDigit(c)) {
            if (inFraction) {
                scale /= 10;
                frac += (c - '0') * scale;
            } else {
                intPart = intPart * 10 + (c - '0');
            }
        } else if (c == decimal) {
            inFraction = true;
        } else if (i + 1 < n && !isDigit(buf[i + 1])) {
            return std::nullopt; // two separators in a row
        }
    }
    const double v = intPart + frac;
    return negative ? -v : v;
}

std::optional<double> CellValue::money(const char *data, qsizetype size)
{
    const char *begin = data;
    const char *end = data + size;
    const char *first = begin;
    while (first < end && !isDigit(*first))
        ++first;
    if (first == end)
        return std::nullopt;
    const char *last = end;
    while (last > first && !isDigit(last[-1]))
        --last;

    // Prefix and suffix: a currency, spaces, a sign in the prefix. A currency is an ISO code (three capital
    // letters), a symbol ($, non-ASCII such as € or ₽) or a short non-ASCII abbreviation ("руб."):
    // "Order 15" or "Client 1024" are text, not money.
    bool negative = false;
    const auto currencyOk = [](const char *from, const char *to, bool prefix, bool *neg) {
        int upper = 0, other = 0, nonAscii = 0;
        for (const char *q = from; q < to; ++q) {
            const char c = *q;
            if (c == ' ' || c == '\t')
                continue;
            if (prefix && (c == '-' || c == '+')) {
                *neg = *neg || c == '-';
                continue;
            }
            if (c >= 'A' && c <= 'Z')
                ++upper;
            else if (static_cast<unsigned char>(c) >= 0x80)
                ++nonAscii;
            else if (c == '$' || (c == '.' && !prefix && nonAscii > 0))
                continue;
            else
                ++other;
        }
        return other == 0 && (upper == 0 || upper == 3) && nonAscii <= 8;
    };
    if (!currencyOk(begin, first, true, &negative) || !currencyOk(last, end, false, &negative))
        return std::nullopt;
    const auto v = number(first, last - first);
    if (!v)
        return std::nullopt;
    return negative ? -*v : *v;
}

std::optional<qint64> CellValue::dateKey(const char *data, qsizetype size)
{
    while (size > 0 && data[size - 1] == ' ')
        --size;
    int y = 0, mo = 0, d = 0;
    const char *rest = nullptr;
    if (size >= 10 && digitsAt(data, 4) && data[4] == '-' && digitsAt(data + 5, 2) && data[7] == '-'
        && digitsAt(data + 8, 2)) {
        y = twoDigits(data) * 100 + twoDigits(data + 2);
        mo = twoDigits(data + 5);
        d = twoDigits(data + 8);
        rest = data + 10;
    } else if (size >= 10 && digitsAt(data, 2) && data[2] == '.' && digitsAt(data + 3, 2) && data[5] == '.'
        && digitsAt(data + 6, 4)) {
        d = twoDigits(data);
        mo = twoDigits(data + 3);
        y = twoDigits(data + 6) * 100 + twoDigits(data + 8);
        rest = data + 10;
    } else {
        return std::nullopt;
    }
    if (mo < 1 || mo > 12 || d < 1 || d > 31)
        return std::nullopt;
    const qsizetype restSize = data + size - rest;
    int h = 0, mi = 0, s = 0;
    if (restSize == 0) {
        // date only
    } else if ((restSize == 6 || restSize == 9) && (rest[0] == ' ' || rest[0] == 'T') && digitsAt(rest + 1, 2)
        && rest[3] == ':' && digitsAt(rest + 4, 2)) {
        h = twoDigits(rest + 1);
        mi = twoDigits(rest + 4);
        if (restSize == 9) {
            if (rest[6] != ':' || !digitsAt(rest + 7, 2))
                return std::nullopt;
            s = twoDigits(rest + 7);
        }
        if (h > 23 || mi > 59 || s > 60)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    return ((((qint64(y) * 100 + mo) * 100 + d) * 100 + h) * 100 + mi) * 100 + s;
}

QDateTime CellValue::dateTimeFromKey(qint64 key)
{
    const int s = int(key % 100);
    key /= 100;
    const int mi = int(key % 100);
    key /= 100;
    const int h = int(key % 100);
    key /= 100;
    const int d = int(key % 100);
    key /= 100;
    const int mo = int(key % 100);
    const int y = int(key / 100);
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s));
}

} // namespace mgrdesk::models
