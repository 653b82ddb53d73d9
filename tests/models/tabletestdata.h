#pragma once
// Builds list replies in code for the model tests (the same calls the parser makes).

#include "core/protocol/reply.h"

#include <QSharedPointer>

namespace mgrdesk::models::test {

// Test literals are UTF-8 (QT_NO_CAST_FROM_ASCII is on): a small string holder that takes both.
struct Str
{
    QString s;
    Str(const char *utf8)
        : s(QString::fromUtf8(utf8))
    {
    }
    Str(const QString &string)
        : s(string)
    {
    }
};
using Row = QList<std::pair<Str, Str>>;

inline QStringList sl(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out.append(QString::fromUtf8(i));
    return out;
}

inline QSharedPointer<protocol::TableData> makeTable(
    const QList<Row> &rows, const QString &key = QStringLiteral("id"))
{
    auto t = QSharedPointer<protocol::TableData>::create();
    for (const Row &row : rows) {
        t->beginRow();
        for (const auto &cell : row) {
            protocol::Attributes attrs;
            QString value = cell.second.s;
            // "value|attr=v" puts an attribute on the cell
            const qsizetype bar = value.indexOf(QLatin1Char('|'));
            if (bar >= 0) {
                const QString attr = value.mid(bar + 1);
                value.truncate(bar);
                const qsizetype eq = attr.indexOf(QLatin1Char('='));
                attrs.append({ attr.left(eq), attr.mid(eq + 1) });
            }
            t->setCell(t->addColumn(cell.first.s), value.toUtf8(), attrs);
        }
        t->endRow();
    }
    t->keyColumn = key;
    return t;
}

inline protocol::ColumnInfo col(
    const QString &name, const QString &type = QStringLiteral("data"), const QString &sort = QString())
{
    protocol::ColumnInfo c;
    c.name = name;
    c.type = type;
    c.sort = sort;
    return c;
}

} // namespace mgrdesk::models::test
