#pragma once
// Sort keys of one list column, computed once per column and kept: a dense rank per row (equal values share a
// rank), so that sorting 100,000 rows is a counting sort over integers rather than 1.7 million string
// compares.

#include <QCollator>
#include <Qt>

#include <atomic>
#include <vector>

namespace mgrdesk::protocol {
class TableData;
}

namespace mgrdesk::models {

class SortKeys
{
public:
    enum class Type { Auto, Text, Number, Money, Date };

    // The type the values of `column` look like: Date when every non-empty value is a date, Number when every
    // one is a plain number, Money when every one is a number with a currency, else Text. Empty columns:
    // Text.
    static Type sniff(const protocol::TableData &data, int column);

    // Ranks of rows [0, data.rowCount()): 0 for an absent or empty cell, then values in `type` order (values
    // that do not parse as `type` follow the typed ones, in collation order). Text uses `collator`.
    // `cancel`, when given and set (from another thread), makes it return early with an empty vector.
    static std::vector<quint32> ranks(const protocol::TableData &data, int column, Type type,
        const QCollator &collator, const std::atomic<bool> *cancel = nullptr);

    // A stable permutation of row indices by rank (ties keep row order). Descending reverses the ranks only.
    static std::vector<int> order(const std::vector<quint32> &ranks, Qt::SortOrder order);
};

} // namespace mgrdesk::models
