#include "reportreply.h"

namespace mgrdesk::protocol {

const ReportColumn *ReportBand::column(const QString &n) const
{
    for (const ReportColumn &c : columns)
        if (c.name == n)
            return &c;
    return nullptr;
}

const ReportBand *ReportBand::band(const QString &n) const
{
    for (const ReportBand &b : bands)
        if (b.name == n)
            return &b;
    return nullptr;
}

QSharedPointer<ReportBandData> ReportBandData::nestedBand(int row, const QString &band) const
{
    const auto it = nested.constFind(row);
    if (it == nested.constEnd())
        return {};
    for (const auto &b : *it)
        if (b->name == band)
            return b;
    return {};
}

std::optional<double> reportNumber(const QString &cell, int *decimals)
{
    // Leading number: optional sign, digits with group separators (space, no-break space, thin space, '),
    // one decimal separator (. or ,) followed by digits.
    QString digits;
    int i = 0;
    const int n = int(cell.size());
    while (i < n && cell.at(i).isSpace())
        ++i;
    if (i < n && (cell.at(i) == QLatin1Char('-') || cell.at(i) == QChar(0x2212))) {
        digits.append(QLatin1Char('-'));
        ++i;
    } else if (i < n && cell.at(i) == QLatin1Char('+')) {
        ++i;
    }
    bool any = false;
    int dec = -1;
    for (; i < n; ++i) {
        const QChar c = cell.at(i);
        if (c.isDigit()) {
            digits.append(QChar(QLatin1Char(char('0' + c.digitValue()))));
            any = true;
            if (dec >= 0)
                ++dec;
        } else if ((c == QLatin1Char('.') || c == QLatin1Char(',')) && dec < 0 && i + 1 < n
            && cell.at(i + 1).isDigit()) {
            // "1,234" with exactly three digits and no other separator is ambiguous; BILLmanager writes
            // decimals with a point, so a comma counts as decimal only when it is the last separator
            digits.append(QLatin1Char('.'));
            dec = 0;
        } else if (any && dec < 0
            && (c == QLatin1Char(' ') || c == QChar(0xa0) || c == QChar(0x202f) || c == QLatin1Char('\''))
            && i + 1 < n && cell.at(i + 1).isDigit()) {
            continue; // a group separator
        } else {
            break;
        }
    }
    if (!any)
        return std::nullopt;
    bool ok = false;
    const double v = digits.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    if (decimals)
        *decimals = qMax(0, dec);
    return v;
}

QString ReportTotal::text() const
{
    if (kind == QLatin1String("count"))
        return QString::number(qint64(value));
    return QString::number(value, 'f', decimals);
}

QList<ReportTotal> reportTotals(const ReportBand &band, const TableData &rows)
{
    QList<ReportTotal> out;
    for (const ReportColumn &c : band.columns) {
        if (c.total != QLatin1String("count") && c.total != QLatin1String("sum"))
            continue;
        ReportTotal t;
        t.column = c.name;
        t.kind = c.total;
        if (c.total == QLatin1String("count")) {
            t.value = rows.rowCount();
        } else {
            const int col = rows.columnIndex(c.name);
            double sum = 0;
            for (int r = 0; col >= 0 && r < rows.rowCount(); ++r) {
                int decimals = 0;
                if (const auto v = reportNumber(rows.cell(r, col), &decimals)) {
                    sum += *v;
                    t.decimals = qMax(t.decimals, decimals);
                }
            }
            t.value = sum;
        }
        out.append(t);
    }
    return out;
}

const ReportBand *ReportData::band(const QString &n) const
{
    for (const ReportBand &b : bands)
        if (b.name == n)
            return &b;
    return nullptr;
}

QSharedPointer<ReportBandData> ReportData::dataOf(const QString &n) const
{
    for (const auto &d : data)
        if (d->name == n)
            return d;
    return {};
}

bool ReportData::hasPeriod() const
{
    if (!form)
        return false;
    for (const FormField &f : form->fields) {
        if (f.control == QLatin1String("period"))
            return true;
        for (const auto &a : f.attributes)
            if (a.first == QLatin1String("period") && a.second == QLatin1String("yes")
                && f.control == QLatin1String("select"))
                return true;
    }
    return false;
}

QString DashboardButton::target() const
{
    if (!func.isEmpty())
        return func;
    if (!form.isEmpty())
        return form;
    if (!list.isEmpty())
        return list;
    return name;
}

QList<DashboardBlock> DashboardData::blocksAt(const QString &position) const
{
    QList<DashboardBlock> out;
    for (const DashboardBlock &b : blocks)
        if (b.position == position)
            out.append(b);
    return out;
}

} // namespace mgrdesk::protocol
