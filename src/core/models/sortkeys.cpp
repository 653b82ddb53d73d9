#include "sortkeys.h"

#include "cellvalue.h"
#include "core/protocol/reply.h"

#include <QCollatorSortKey>
#include <QHash>

#include <algorithm>

namespace mgrdesk::models {

namespace {

std::optional<double> typedValue(SortKeys::Type type, QByteArrayView v)
{
    switch (type) {
    case SortKeys::Type::Number:
    case SortKeys::Type::Money:
        return CellValue::money(v); // a number column may show "15.00 USD" and a money column "15"
    case SortKeys::Type::Date:
        if (const auto d = CellValue::dateKey(v))
            return double(*d);
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

} // namespace

SortKeys::Type SortKeys::sniff(const protocol::TableData &data, int column)
{
    if (column < 0)
        return Type::Text;
    bool date = true, number = true, money = true, any = false;
    const int rows = data.rowCount();
    for (int r = 0; r < rows && (date || number || money); ++r) {
        if (!data.hasCell(r, column))
            continue;
        const QByteArrayView v = data.cellView(r, column);
        if (v.isEmpty())
            continue;
        any = true;
        if (date && !CellValue::dateKey(v))
            date = false;
        if (number && !CellValue::number(v))
            number = false;
        if (money && !number && !CellValue::money(v))
            money = false;
    }
    if (!any)
        return Type::Text;
    if (date)
        return Type::Date;
    if (number)
        return Type::Number;
    if (money)
        return Type::Money;
    return Type::Text;
}

std::vector<quint32> SortKeys::ranks(const protocol::TableData &data, int column, Type type,
    const QCollator &collator, const std::atomic<bool> *cancel)
{
    const auto cancelled = [cancel]() { return cancel && cancel->load(std::memory_order_relaxed); };
    const int rows = data.rowCount();
    std::vector<quint32> ranks(size_t(rows), 0);
    if (column < 0 || rows == 0)
        return ranks;

    std::vector<std::pair<double, int>> typed;
    std::vector<int> textRows;
    std::vector<QByteArrayView> textValues; // zero-copy views into the table's column buffer
    if (type != Type::Text) {
        typed.reserve(size_t(rows));
    } else {
        textRows.reserve(size_t(rows));
        textValues.reserve(size_t(rows));
    }
    for (int r = 0; r < rows; ++r) {
        const QByteArrayView v = data.cellView(r, column);
        if (v.isEmpty())
            continue;
        if (type != Type::Text) {
            if (const auto t = typedValue(type, v)) {
                typed.emplace_back(*t, r);
                continue;
            }
        }
        textRows.push_back(r);
        textValues.push_back(v);
    }

    if (cancelled())
        return {};
    quint32 next = 0;
    std::sort(typed.begin(), typed.end());
    for (size_t i = 0; i < typed.size(); ++i) {
        if (i == 0 || typed[i].first != typed[i - 1].first)
            ++next;
        ranks[size_t(typed[i].second)] = next;
    }

    if (!textRows.empty()) {
        // Collate each distinct value once: lists repeat values (statuses, currencies, clients) a lot.
        QHash<QByteArrayView, int> distinct;
        distinct.reserve(qsizetype(textRows.size()));
        std::vector<int> rowDistinct(textRows.size());
        std::vector<QByteArrayView> values;
        for (size_t i = 0; i < textRows.size(); ++i) {
            const QByteArrayView v = textValues[i];
            auto it = distinct.constFind(v);
            if (it == distinct.constEnd()) {
                it = distinct.insert(v, int(values.size()));
                values.push_back(v);
            }
            rowDistinct[i] = it.value();
        }
        distinct.clear();
        textValues.clear();
        textValues.shrink_to_fit();
        if (cancelled())
            return {};
        std::vector<QCollatorSortKey> keys;
        keys.reserve(size_t(values.size()));
        for (const QByteArrayView v : values) {
            if ((keys.size() & 1023) == 0 && cancelled())
                return {};
            keys.push_back(collator.sortKey(QString::fromUtf8(v)));
        }
        std::vector<int> idx(size_t(values.size()));
        for (size_t i = 0; i < idx.size(); ++i)
            idx[i] = int(i);
        std::sort(idx.begin(), idx.end(), [&](int a, int b) {
            const int c = keys[size_t(a)].compare(keys[size_t(b)]);
            return c != 0 ? c < 0 : values[size_t(a)] < values[size_t(b)]; // ties: a stable, total order
        });
        std::vector<quint32> distinctRank(idx.size());
        for (size_t i = 0; i < idx.size(); ++i)
            distinctRank[size_t(idx[i])] = ++next;
        for (size_t i = 0; i < textRows.size(); ++i)
            ranks[size_t(textRows[i])] = distinctRank[size_t(rowDistinct[i])];
    }
    return ranks;
}

std::vector<int> SortKeys::order(const std::vector<quint32> &ranks, Qt::SortOrder order)
{
    quint32 maxRank = 0;
    for (const quint32 r : ranks)
        maxRank = std::max(maxRank, r);
    std::vector<int> start(size_t(maxRank) + 2, 0);
    const bool desc = order == Qt::DescendingOrder;
    for (const quint32 r : ranks)
        ++start[size_t(desc ? maxRank - r : r) + 1];
    for (size_t i = 1; i < start.size(); ++i)
        start[i] += start[i - 1];
    std::vector<int> result(ranks.size());
    for (size_t row = 0; row < ranks.size(); ++row) {
        const quint32 r = ranks[row];
        result[size_t(start[size_t(desc ? maxRank - r : r)]++)] = int(row);
    }
    return result;
}

} // namespace mgrdesk::models
