#pragma once
// Typed readings of list cells (docs/protocol.md §5): numbers, money ("15.00 USD", "1 234,50 €"), dates
// ("2024-04-10", "2024-04-10 12:30:00", "10.04.2024"). Cells are display strings localized by the server, so
// the readers are tolerant and never throw: they answer "not this type" instead.

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>

#include <optional>

namespace mgrdesk::models {

class CellValue
{
public:
    enum class Kind { Text, Number, Money, Date };

    // A plain number: optional sign, digits with optional group separators, optional decimal part.
    static std::optional<double> number(const char *data, qsizetype size);
    // A number with a currency code or symbol before or after it ("15.00 USD", "$15", "15,00 €"); plain
    // numbers are accepted too.
    static std::optional<double> money(const char *data, qsizetype size);
    // A date or date-time as yyyymmddhhmmss (comparable as an integer).
    static std::optional<qint64> dateKey(const char *data, qsizetype size);
    static QDateTime dateTimeFromKey(qint64 key);

    static std::optional<double> number(const QByteArray &s) { return number(s.constData(), s.size()); }
    static std::optional<double> money(const QByteArray &s) { return money(s.constData(), s.size()); }
    static std::optional<qint64> dateKey(const QByteArray &s) { return dateKey(s.constData(), s.size()); }
    static std::optional<double> number(QByteArrayView s) { return number(s.data(), s.size()); }
    static std::optional<double> money(QByteArrayView s) { return money(s.data(), s.size()); }
    static std::optional<qint64> dateKey(QByteArrayView s) { return dateKey(s.data(), s.size()); }
};

} // namespace mgrdesk::models
