#pragma once
// Lists: paging (p_num/p_cnt and sort/pagesize/startidx), sorting, filters remembered per user, nested lists,
// access per row, metadata, and the list actions (delete, suspend, resume, setfilter, filter forms).
#include "context.h"
#include "listdef.h"

#include <QHash>
#include <QMap>
#include <memory>
#include <vector>

namespace mgrdesk::sim {

class Dataset;
class Table;

class ListEngine
{
public:
    explicit ListEngine(Dataset &data);

    const ListDef *find(const QString &func) const;
    // Handles func when it is a list or a list action; false when func is not ours.
    bool handle(Context &ctx, Node &doc);

    // Rows of `def` the context's user may see (owner and parent checks), for other modules.
    bool visible(const Context &ctx, const ListDef &def, qint64 id) const;
    int countVisible(const Context &ctx, const QString &func, const QStringList &statusIn = {},
        const QString &statusColumn = {}) const;

private:
    struct State
    {
        int pnum = 1;
        int pcnt = 100;
        QString sort;
        QString order = QStringLiteral("asc");
        QMap<QString, QString> filter;
    };

    void list(Context &ctx, Node &doc, const ListDef &def);
    void filterForm(Context &ctx, Node &doc, const ListDef &def);
    void setFilter(Context &ctx, Node &doc, const ListDef &def);
    void groupAction(Context &ctx, Node &doc, const ListDef &def, const QString &action);
    void checkAccess(const Context &ctx, const ListDef &def) const;
    bool rowPasses(const Context &ctx, const ListDef &def, const Table &t, int rowIndex, const QString &plid,
        const QMap<QString, QString> &filter) const;
    const std::vector<int> &sortedIndex(const ListDef &def, const Table &t, const QString &column, bool desc);
    void addMetadata(const Context &ctx, Node &doc, const ListDef &def, const State &st, const Table *table,
        const std::vector<int> &matched) const;
    State &state(const Context &ctx, const ListDef &def);

    Dataset &m_data;
    QHash<QString, ListDef> m_defs;
    QHash<QString, State> m_states; // "user/func"
    struct SortCache
    {
        quint64 version = 0;
        std::vector<int> order;
    };
    QHash<QString, SortCache> m_sortCache;
    // The last money total per table column, for the rows it was summed over (a signature of their indexes)
    // and the table's version: summing 1,000,000 cells again for every page of a list took seconds.
    struct TotalCache
    {
        quint64 version = 0;
        quint64 signature = 0;
        QString total;
    };
    QString cachedTotal(const Table &t, const QString &column, const std::vector<int> &rows) const;
    mutable QHash<QString, TotalCache> m_totalCache;
};

} // namespace mgrdesk::sim
