#include "replyprinter.h"

#include "replyjson.h"

#include "core/protocol/request.h"

#include <QCoreApplication>
#include <QIODevice>

namespace mgrdesk::cli {

using namespace mgrdesk::protocol;

namespace {

constexpr int kMaxColumnWidth = 40;

bool isSecretName(const QString &name)
{
    return Request::isAlwaysSecret(name);
}

QByteArray csvLine(const QStringList &fields)
{
    QByteArray line;
    for (int i = 0; i < fields.size(); ++i) {
        if (i)
            line.append(',');
        line.append(ReplyPrinter::csvField(fields.at(i)));
    }
    line.append("\r\n");
    return line;
}

QString padded(const QString &text, int width)
{
    return text.size() >= width ? text : text + QString(width - text.size(), QLatin1Char(' '));
}

QString columnTitle(const TableData &t, const QString &name)
{
    for (const ColumnInfo &c : t.metadata.columns) {
        if (c.name == name && !c.title.isEmpty())
            return c.title;
    }
    return t.messages.value(name, name);
}

void menuLines(
    const QList<MenuNode> &nodes, int depth, const QString &path, QByteArray &text, QList<QStringList> &rows)
{
    for (const MenuNode &n : nodes) {
        const QString label = n.title.isEmpty() ? n.name : n.title;
        const QString indent(depth * 2, QLatin1Char(' '));
        if (n.children.isEmpty()) {
            text.append(ReplyPrinter::printable(indent + label
                + (n.action.isEmpty() ? QString() : QStringLiteral("  (") + n.action + QLatin1Char(')')))
                            .toUtf8());
            rows.append({ path.isEmpty() ? n.name : path + QLatin1Char('/') + n.name, n.action, n.type });
        } else {
            text.append(ReplyPrinter::printable(indent + label).toUtf8());
        }
        text.append('\n');
        menuLines(
            n.children, depth + 1, path.isEmpty() ? n.name : path + QLatin1Char('/') + n.name, text, rows);
    }
}

// A form's values with private and secret-named fields masked.
QList<QPair<QString, QString>> visibleValues(const FormData &f)
{
    QStringList privateFields;
    for (const FormField &field : f.fields) {
        if (field.isPrivate || field.type == QLatin1String("password"))
            privateFields.append(field.name);
    }
    QList<QPair<QString, QString>> out;
    QStringList seen;
    for (const auto &v : f.values) {
        if (seen.contains(v.first))
            continue;
        seen.append(v.first);
        const bool secret = (privateFields.contains(v.first) || isSecretName(v.first)) && !v.second.isEmpty();
        out.append({ v.first, secret ? QString(ReplyPrinter::mask()) : v.second });
    }
    return out;
}

} // namespace

ReplyPrinter::ReplyPrinter(OutputFormat format, QIODevice *out)
    : m_format(format)
    , m_out(out)
{
}

QStringList ReplyPrinter::takeWarnings()
{
    QStringList w;
    w.swap(m_warnings);
    return w;
}

QString ReplyPrinter::printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\r' || u == u'\t')
            out.append(QLatin1Char(' '));
        else if (u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0x2028 || u == 0x2029 || u == 0x202e
            || u == 0x202d)
            continue; // control characters (ESC …), C1 controls, bidirectional overrides
        else
            out.append(c);
    }
    return out;
}

QByteArray ReplyPrinter::csvField(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace("\"", "\"\"");
        utf8.prepend('"');
        utf8.append('"');
    }
    return utf8;
}

QString ReplyPrinter::cellText(const TableData &table, int row, int column) const
{
    const QString value = table.cell(row, column);
    if (!value.isEmpty() && isSecretName(table.columns().at(column)))
        return QString(mask());
    return value;
}

bool ReplyPrinter::writeDocument(const QByteArray &bytes)
{
    return m_out->write(bytes) == bytes.size();
}

bool ReplyPrinter::write(const QByteArray &bytes)
{
    QByteArray out = bytes;
    for (const QString &secret : m_secrets) {
        if (secret.size() >= 4)
            out.replace(secret.toUtf8(), QByteArray(mask().data(), mask().size()));
    }
    return m_out->write(out) == out.size();
}

bool ReplyPrinter::print(const Reply &reply)
{
    switch (m_format) {
    case OutputFormat::Text:
        return write(text(reply));
    case OutputFormat::Csv:
        return write(csv(reply));
    case OutputFormat::Json:
        return write(json(reply));
    }
    return false;
}

QByteArray ReplyPrinter::textTable(const TableData &t)
{
    QByteArray out;
    if (!m_tableStarted) {
        m_tableStarted = true;
        // With metadata, the columns the server shows; without, every column seen.
        if (t.metadata.present && !t.metadata.columns.isEmpty()) {
            for (const ColumnInfo &c : t.metadata.columns) {
                if (t.columnIndex(c.name) >= 0 && !m_columns.contains(c.name))
                    m_columns.append(c.name);
            }
        }
        if (m_columns.isEmpty())
            m_columns = t.columns();
        QStringList titles;
        for (const QString &name : std::as_const(m_columns)) {
            titles.append(printable(columnTitle(t, name)));
            int width = int(titles.back().size());
            const int column = t.columnIndex(name);
            for (int row = 0; row < t.rowCount() && width < kMaxColumnWidth; ++row)
                width = qMax(width, int(printable(cellText(t, row, column)).size()));
            m_widths.append(qMin(width, kMaxColumnWidth));
        }
        QStringList header;
        for (int i = 0; i < titles.size(); ++i)
            header.append(i + 1 < titles.size() ? padded(titles.at(i), m_widths.at(i)) : titles.at(i));
        if (!header.isEmpty())
            out.append(header.join(QStringLiteral("  ")).toUtf8()).append('\n');
    }
    QList<int> indexes;
    for (const QString &name : std::as_const(m_columns))
        indexes.append(t.columnIndex(name));
    for (int row = 0; row < t.rowCount(); ++row) {
        QStringList cells;
        for (int i = 0; i < indexes.size(); ++i) {
            const QString cell = indexes.at(i) < 0 ? QString() : printable(cellText(t, row, indexes.at(i)));
            cells.append(i + 1 < indexes.size() ? padded(cell, m_widths.at(i)) : cell);
        }
        QString line = cells.join(QStringLiteral("  "));
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out.append(line.toUtf8()).append('\n');
    }
    return out;
}

QByteArray ReplyPrinter::csvTable(const TableData &t)
{
    QByteArray out;
    if (!m_tableStarted) {
        m_tableStarted = true;
        m_columns = t.columns();
        out.append(csvLine(m_columns));
    }
    for (const QString &name : t.columns()) {
        if (!m_columns.contains(name)) {
            const QString w = QCoreApplication::translate("mgrdesk::cli",
                "the column “%1” first appeared after the CSV header was written; it is left out")
                                  .arg(name);
            if (!m_warnings.contains(w))
                m_warnings.append(w);
        }
    }
    QList<int> indexes;
    for (const QString &name : std::as_const(m_columns))
        indexes.append(t.columnIndex(name));
    for (int row = 0; row < t.rowCount(); ++row) {
        QStringList cells;
        for (const int column : std::as_const(indexes))
            cells.append(column < 0 ? QString() : cellText(t, row, column));
        out.append(csvLine(cells));
    }
    return out;
}

QByteArray ReplyPrinter::text(const Reply &reply)
{
    QByteArray out;
    switch (reply.kind) {
    case ReplyKind::Table:
        return textTable(*reply.table);
    case ReplyKind::Form:
        for (const auto &v : visibleValues(*reply.form)) {
            out.append(printable(v.first + QStringLiteral(": ") + v.second).toUtf8()).append('\n');
            // Attributes of a value element (func=whoami's <user id level …>) as name.attribute lines.
            for (const auto &a : reply.form->valueAttributes.value(v.first)) {
                const QString value = isSecretName(a.first) ? QString(mask()) : a.second;
                out.append(printable(v.first + QLatin1Char('.') + a.first + QStringLiteral(": ") + value)
                               .toUtf8())
                    .append('\n');
            }
        }
        return out;
    case ReplyKind::Ok: {
        QString line = QStringLiteral("ok");
        if (!reply.ok->id.isEmpty())
            line += QStringLiteral(" id=") + reply.ok->id;
        if (!reply.ok->redirect.isEmpty())
            line += QStringLiteral(" redirect=") + reply.ok->redirect;
        return printable(line).toUtf8() + '\n';
    }
    case ReplyKind::Auth:
        return QByteArrayLiteral("auth level=")
            + (reply.auth->level ? QByteArray::number(*reply.auth->level) : QByteArrayLiteral("?")) + '\n';
    case ReplyKind::Menu: {
        QList<QStringList> rows;
        menuLines(reply.menu->nodes, 0, QString(), out, rows);
        return out;
    }
    case ReplyKind::Progress: {
        const ProgressData &p = *reply.progress;
        const QString line = QStringLiteral("%1: %2/%3 %4")
                                 .arg(p.action, p.done ? QString::number(*p.done) : QStringLiteral("?"),
                                     p.steps ? QString::number(*p.steps) : QStringLiteral("?"), p.comment);
        return printable(line.trimmed()).toUtf8() + '\n';
    }
    case ReplyKind::Error:
        return printable(reply.error->message.trimmed()).toUtf8() + '\n';
    case ReplyKind::Report: // reports and dashboards: JSON only (decodereport.cpp)
    case ReplyKind::Dashboard:
    case ReplyKind::Invalid:
        break;
    }
    return out;
}

QByteArray ReplyPrinter::csv(const Reply &reply)
{
    switch (reply.kind) {
    case ReplyKind::Table:
        return csvTable(*reply.table);
    case ReplyKind::Form: {
        QByteArray out = csvLine({ QStringLiteral("name"), QStringLiteral("value") });
        for (const auto &v : visibleValues(*reply.form))
            out.append(csvLine({ v.first, v.second }));
        return out;
    }
    case ReplyKind::Ok:
        return csvLine({ QStringLiteral("kind"), QStringLiteral("id"), QStringLiteral("redirect") })
            + csvLine({ QStringLiteral("ok"), reply.ok->id, reply.ok->redirect });
    case ReplyKind::Auth:
        return csvLine({ QStringLiteral("kind"), QStringLiteral("level") })
            + csvLine({ QStringLiteral("auth"),
                reply.auth->level ? QString::number(*reply.auth->level) : QString() });
    case ReplyKind::Menu: {
        QByteArray ignored;
        QList<QStringList> rows;
        menuLines(reply.menu->nodes, 0, QString(), ignored, rows);
        QByteArray out
            = csvLine({ QStringLiteral("path"), QStringLiteral("action"), QStringLiteral("type") });
        for (const QStringList &r : std::as_const(rows))
            out.append(csvLine(r));
        return out;
    }
    case ReplyKind::Progress: {
        const ProgressData &p = *reply.progress;
        return csvLine({ QStringLiteral("action"), QStringLiteral("steps"), QStringLiteral("done"),
                   QStringLiteral("comment") })
            + csvLine({ p.action, p.steps ? QString::number(*p.steps) : QString(),
                p.done ? QString::number(*p.done) : QString(), p.comment });
    }
    case ReplyKind::Error:
    case ReplyKind::Report: // reports and dashboards: JSON only (decodereport.cpp)
    case ReplyKind::Dashboard:
    case ReplyKind::Invalid:
        break;
    }
    return {};
}

QByteArray ReplyPrinter::json(const Reply &reply)
{
    if (reply.kind == ReplyKind::Auth) {
        Reply masked = reply;
        masked.auth->session = QString(mask());
        return toJson(masked) + '\n';
    }
    if (reply.kind == ReplyKind::Form) {
        Reply masked = reply;
        auto form = QSharedPointer<FormData>::create(*reply.form);
        form->values = visibleValues(*reply.form);
        masked.form = form;
        return toJson(masked) + '\n';
    }
    if (reply.kind == ReplyKind::Table) {
        bool secretColumn = false;
        for (const QString &c : reply.table->columns())
            secretColumn = secretColumn || isSecretName(c);
        if (secretColumn) {
            // Rare (a list with a password-like column): rebuild it with those cells masked.
            const TableData &t = *reply.table;
            auto copy = QSharedPointer<TableData>::create(t);
            TableData rebuilt;
            for (const QString &c : t.columns())
                rebuilt.addColumn(c);
            for (int row = 0; row < t.rowCount(); ++row) {
                rebuilt.beginRow();
                for (int column = 0; column < t.columnCount(); ++column) {
                    if (t.hasCell(row, column))
                        rebuilt.setCell(column, cellText(t, row, column).toUtf8());
                }
                rebuilt.endRow();
            }
            rebuilt.keyColumn = t.keyColumn;
            rebuilt.total = t.total;
            rebuilt.page = t.page;
            rebuilt.pageSize = t.pageSize;
            rebuilt.metadata = t.metadata;
            *copy = rebuilt;
            Reply masked = reply;
            masked.table = copy;
            return toJson(masked) + '\n';
        }
    }
    return toJson(reply) + '\n';
}

} // namespace mgrdesk::cli
