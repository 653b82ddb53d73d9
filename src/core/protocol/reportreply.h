#pragma once
// Typed report and dashboard replies (docs/protocol.md §13).
//
// A report: <metadata type="report" firstrun="no"> with a parameter <form>, a <toolbar>, and <band>s of
// <col>s and <diagram>s that nest; the data is doc/reportdata/<band>/elem/<col>, a nested band's data inside
// each row's elem. A dashboard: <doc func="dashboard" stylesheet="dashboard"> holding <block>s of <toolbtn>s
// or <col>s.
#include "reply.h"

#include <QHash>
#include <QList>
#include <QSharedPointer>
#include <QString>
#include <QStringList>
#include <optional>

namespace mgrdesk::protocol {

struct ReportColumn
{
    QString name, type, sort, sorted;
    QString total; // count | sum | "" (none)
    bool link = false; // link="yes": a row opens the nested band (or the linked function)
    QString title; // from messages (msg name=column), when present
    Attributes attributes; // all raw attributes
};

struct ReportDiagram
{
    QString name, type; // pie | histogram | …
    QString label; // the column giving the labels
    QStringList data; // the value columns: @data of the diagram, then @data of each <line>
    QString title; // from messages (msg name=diagram), when present
};

// A band as the metadata describes it.
struct ReportBand
{
    QString name, title;
    QList<ReportColumn> columns;
    QList<ReportDiagram> diagrams;
    QList<ReportBand> bands; // nested bands (opened from a row)
    const ReportColumn *column(const QString &name) const;
    const ReportBand *band(const QString &name) const; // a direct child band
};

// One instance of a band's data: its rows and, per row, the data of the nested bands in that row's elem.
struct ReportBandData
{
    QString name;
    QSharedPointer<TableData> table;
    QHash<int, QList<QSharedPointer<ReportBandData>>> nested; // row → nested band instances
    // The nested band `band` of row `row` (null when the row holds none).
    QSharedPointer<ReportBandData> nestedBand(int row, const QString &band) const;
};

// A band's footer: total="count" → the number of rows; total="sum" → the sum of the cells' leading numbers
// ("1 234,50 USD" reads 1234.5), printed with the most decimals seen.
struct ReportTotal
{
    QString column, kind; // kind: count | sum
    double value = 0;
    int decimals = 0;
    QString text() const;
};

QList<ReportTotal> reportTotals(const ReportBand &band, const TableData &rows);
// The leading number of a cell ("12.50 USD", "1 234,5", "-3"), nullopt when it has none. decimals: digits
// after the separator.
std::optional<double> reportNumber(const QString &cell, int *decimals = nullptr);

struct ReportData
{
    QString name, title, info; // metadata @name, msg title, msg report_info
    bool firstrun = true; // false when firstrun="no": ask the parameters before the first run
    bool hasData = false; // doc/reportdata was present (the report ran)
    QSharedPointer<FormData> form; // the parameter form (fields, values, slists, messages); null when none
    QStringList params; // the form's field names
    QList<ToolButton> toolbar;
    QList<ReportBand> bands; // metadata order
    QList<QSharedPointer<ReportBandData>> data; // reportdata, top-level bands in document order
    QHash<QString, QString> messages;
    QHash<QString, QString> docAttributes;
    const ReportBand *band(const QString &name) const; // a top-level band
    QSharedPointer<ReportBandData> dataOf(const QString &band) const; // top-level data by name
    // True when a field of the form is a period picker: <period/>, or a select with period="yes".
    bool hasPeriod() const;
};

struct DashboardButton
{
    QString name, func, form, list, window, img, title;
    bool isDefault = false;
    Attributes attributes;
    QString target() const; // the function to open: func, else form, else list, else name
};

struct DashboardBlock
{
    QString name, position, type, func, display,
        title; // position: top left right; type: toolbar list report form
    int rows = 0; // 0 when absent
    QList<ReportColumn> columns;
    QList<DashboardButton> buttons;
    Attributes attributes;
};

struct DashboardData
{
    QString title;
    QList<DashboardBlock> blocks; // document order
    QHash<QString, QString> messages;
    QHash<QString, QString> docAttributes;
    QList<DashboardBlock> blocksAt(const QString &position) const;
};

} // namespace mgrdesk::protocol
