#pragma once
// One table of the simulated database: raw cell strings per row (codes, not display words), an owner account
// per row for access checks, and an id index. Mutations bump `version` so cached sort orders are dropped.
#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace mgrdesk::sim {

struct Row
{
    qint64 id = 0;
    int owner = 0; // account id; 0 = the provider itself
    QStringList cells;
};

class Table
{
public:
    Table() = default;
    Table(const QString &name, const QStringList &columns);

    const QString &name() const { return m_name; }
    const QStringList &columns() const { return m_columns; }
    int column(const QString &name) const { return m_colIndex.value(name, -1); }
    int size() const { return int(m_rows.size()); }
    const Row &at(int i) const { return m_rows[size_t(i)]; }
    quint64 version() const { return m_version; }

    const Row *find(qint64 id) const;
    int indexOf(qint64 id) const { return m_index.value(id, -1); }
    QString value(const Row &row, const QString &column) const;
    QString value(qint64 id, const QString &column) const;

    // Appends a row (cells by column name); returns the new id.
    qint64 insert(int owner, const QHash<QString, QString> &cells);
    void append(Row row); // generation: rows arrive with ids in order
    bool remove(qint64 id);
    bool set(qint64 id, const QString &column, const QString &value);

private:
    QString m_name;
    QStringList m_columns;
    QHash<QString, int> m_colIndex;
    std::vector<Row> m_rows;
    QHash<qint64, int> m_index;
    qint64 m_nextId = 1;
    quint64 m_version = 1;
};

} // namespace mgrdesk::sim
