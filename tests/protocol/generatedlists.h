#pragma once
// Deterministic generated payment lists (12 columns, realistic values) in XML and JSON, for the large-list
// tests and the benchmark program. Sparse lists leave fields out of rows, as the server does
// (docs/protocol.md §5), and add a column that first appears halfway.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace testhelpers {

inline const QStringList &paymentColumns()
{
    static const QStringList columns = {
        QStringLiteral("id"),
        QStringLiteral("number"),
        QStringLiteral("create_date"),
        QStringLiteral("pay_date"),
        QStringLiteral("paymethod"),
        QStringLiteral("amount"),
        QStringLiteral("currency"),
        QStringLiteral("status"),
        QStringLiteral("client"),
        QStringLiteral("company"),
        QStringLiteral("project"),
        QStringLiteral("note"),
    };
    return columns;
}

// The value of a cell, or a null QString when the row leaves that field out.
inline QString paymentCell(int row, int rows, const QString &column, bool sparse)
{
    static const char *methods[] = { "Bank transfer", "Credit card", "PayPal", "Сбербанк Онлайн" };
    static const char *statuses[] = { "New", "Paid", "Credited", "Cancelled" };
    static const char *currencies[] = { "USD", "EUR", "RUB" };
    const auto date = [row](int shift) {
        return QStringLiteral("2024-%1-%2")
            .arg((row + shift) % 12 + 1, 2, 10, QLatin1Char('0'))
            .arg((row + shift) % 28 + 1, 2, 10, QLatin1Char('0'));
    };
    if (column == QLatin1String("id"))
        return QString::number(100000 + row);
    if (column == QLatin1String("number"))
        return QStringLiteral("PAY-%1/2024").arg(100000 + row);
    if (column == QLatin1String("create_date"))
        return date(0);
    if (column == QLatin1String("pay_date"))
        return sparse && row % 3 == 1 ? QString() : date(1);
    if (column == QLatin1String("paymethod"))
        return QString::fromUtf8(methods[row % 4]);
    if (column == QLatin1String("amount"))
        return QStringLiteral("%1.%2 %3")
            .arg((row * 37) % 100000)
            .arg(row % 100, 2, 10, QLatin1Char('0'))
            .arg(QLatin1String(currencies[row % 3]));
    if (column == QLatin1String("currency"))
        return QLatin1String(currencies[row % 3]);
    if (column == QLatin1String("status"))
        return QLatin1String(statuses[row % 4]);
    if (column == QLatin1String("client"))
        return QStringLiteral("Client %1 LLC").arg(row % 5000);
    if (column == QLatin1String("company"))
        return QStringLiteral("Example Hosting Ltd.");
    if (column == QLatin1String("project"))
        return QStringLiteral("Hosting & Domains");
    if (column == QLatin1String("note"))
        return sparse && row % 7 != 0 ? QString() : QStringLiteral("Order #%1 <paid online>").arg(row * 13);
    if (column == QLatin1String("refund"))
        return sparse && row >= rows / 2 && row % 10 == 0 ? QStringLiteral("%1.00").arg(row % 90) : QString();
    return {};
}

inline QByteArray xmlEscape(const QString &s)
{
    QByteArray out = s.toUtf8();
    out.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    return out;
}

inline QByteArray jsonEscape(const QString &s)
{
    QByteArray out = s.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"");
    return out;
}

inline QStringList paymentRowColumns(bool sparse)
{
    QStringList columns = paymentColumns();
    if (sparse)
        columns.append(QStringLiteral("refund"));
    return columns;
}

inline QByteArray paymentListXml(int rows, bool sparse = false)
{
    const QStringList columns = paymentRowColumns(sparse);
    QByteArray out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<doc lang=\"en\" func=\"payment\" "
                     "binary=\"/billmgr\">\n";
    out.reserve(qsizetype(rows) * 420 + 512);
    for (int row = 0; row < rows; ++row) {
        out += "<elem>";
        for (const QString &c : columns) {
            const QString v = paymentCell(row, rows, c, sparse);
            if (v.isNull())
                continue;
            const QByteArray name = c.toLatin1();
            out += '<' + name;
            if (c == QLatin1String("status") && row % 4 == 2)
                out += " color=\"green\"";
            out += '>' + xmlEscape(v) + "</" + name + '>';
        }
        out += "</elem>\n";
    }
    out += "<p_elems>" + QByteArray::number(rows) + "</p_elems><p_num>1</p_num><p_cnt>"
        + QByteArray::number(rows)
        + "</p_cnt>\n<tparams><func>payment</func><out>xml</out></tparams>\n</doc>\n";
    return out;
}

inline QByteArray paymentListJson(int rows, bool sparse = false)
{
    const QStringList columns = paymentRowColumns(sparse);
    QByteArray out = "{\"doc\":{\"$lang\":\"en\",\"$func\":\"payment\",\"$binary\":\"/billmgr\",\"elem\":[\n";
    out.reserve(qsizetype(rows) * 420 + 512);
    for (int row = 0; row < rows; ++row) {
        out += row ? ",{" : "{";
        bool first = true;
        for (const QString &c : columns) {
            const QString v = paymentCell(row, rows, c, sparse);
            if (v.isNull())
                continue;
            out += first ? "\"" : ",\"";
            first = false;
            out += c.toLatin1() + "\":{";
            if (c == QLatin1String("status") && row % 4 == 2)
                out += "\"$color\":\"green\",";
            out += "\"$\":\"" + jsonEscape(v) + "\"}";
        }
        out += "}\n";
    }
    out += "],\"p_elems\":{\"$\":\"" + QByteArray::number(rows)
        + "\"},\"p_num\":{\"$\":\"1\"},\"p_cnt\":{\"$\":\"" + QByteArray::number(rows)
        + "\"},\"tparams\":{\"func\":{\"$\":\"payment\"}}}}\n";
    return out;
}

} // namespace testhelpers
