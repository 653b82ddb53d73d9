#include "table.h"

namespace mgrdesk::sim {

Table::Table(const QString &name, const QStringList &columns)
    : m_name(name)
    , m_columns(columns)
{
    for (int i = 0; i < columns.size(); ++i)
        m_colIndex.insert(columns[i], i);
}

const Row *Table::find(qint64 id) const
{
    const int i = m_index.value(id, -1);
    return i < 0 ? nullptr : &m_rows[size_t(i)];
}

QString Table::value(const Row &row, const QString &col) const
{
    if (col == QLatin1String("id"))
        return QString::number(row.id);
    const int c = column(col);
    return c < 0 || c >= row.cells.size() ? QString() : row.cells[c];
}

QString Table::value(qint64 id, const QString &col) const
{
    const Row *r = find(id);
    return r ? value(*r, col) : QString();
}

qint64 Table::insert(int owner, const QHash<QString, QString> &cells)
{
    Row row;
    row.id = m_nextId;
    row.owner = owner;
    for (int i = 0; i < m_columns.size(); ++i)
        row.cells.append(cells.value(m_columns[i]));
    append(std::move(row));
    return m_nextId - 1;
}

void Table::append(Row row)
{
    while (row.cells.size() < m_columns.size())
        row.cells.append(QString());
    const int idCol = column(QStringLiteral("id"));
    if (idCol >= 0)
        row.cells[idCol] = QString::number(row.id);
    m_index.insert(row.id, int(m_rows.size()));
    m_nextId = qMax(m_nextId, row.id + 1);
    m_rows.push_back(std::move(row));
    ++m_version;
}

bool Table::remove(qint64 id)
{
    const int i = m_index.value(id, -1);
    if (i < 0)
        return false;
    m_rows.erase(m_rows.begin() + i);
    m_index.clear();
    for (int k = 0; k < int(m_rows.size()); ++k)
        m_index.insert(m_rows[size_t(k)].id, k);
    ++m_version;
    return true;
}

bool Table::set(qint64 id, const QString &col, const QString &value)
{
    const int i = m_index.value(id, -1);
    const int c = column(col);
    if (i < 0 || c < 0)
        return false;
    m_rows[size_t(i)].cells[c] = value;
    ++m_version;
    return true;
}

} // namespace mgrdesk::sim
