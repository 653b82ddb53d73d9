// mgrdesk-cli decode: reports and dashboards as JSON (docs/reports.md). A band prints its metadata (columns,
// diagrams), its rows and totals, then its nested bands; a nested band's rows are those of every row of its
// parent, each with "parent_row" (the 0-based index of that row in the parent band's rows).
#include "decodereport.h"

#include "core/protocol/reportreply.h"

namespace mgrdesk::cli {

using namespace mgrdesk::protocol;

namespace {

struct Instance
{
    QSharedPointer<ReportBandData> data;
    int parentRow = -1;
};

// A band the metadata does not describe: its columns are those of its data.
ReportBand bandFromData(const QString &name, const QList<Instance> &instances)
{
    ReportBand b;
    b.name = name;
    for (const Instance &i : instances) {
        for (const QString &c : i.data->table->columns()) {
            if (!b.column(c)) {
                ReportColumn col;
                col.name = c;
                b.columns.append(col);
            }
        }
    }
    return b;
}

void writeBand(JsonWriter &w, const ReportBand &band, const QList<Instance> &instances)
{
    w.beginObject();
    w.key(QStringLiteral("name")).value(band.name);
    w.key(QStringLiteral("columns")).beginArray();
    for (const ReportColumn &c : band.columns) {
        w.beginObject();
        w.key(QStringLiteral("name")).value(c.name);
        w.key(QStringLiteral("title")).stringOrNull(c.title);
        w.key(QStringLiteral("total"));
        if (c.total == QLatin1String("count") || c.total == QLatin1String("sum"))
            w.value(c.total);
        else
            w.null();
        w.key(QStringLiteral("link")).value(c.link);
        w.endObject();
    }
    w.endArray();
    w.key(QStringLiteral("diagrams")).beginArray();
    for (const ReportDiagram &d : band.diagrams) {
        w.beginObject();
        w.key(QStringLiteral("name")).value(d.name);
        w.key(QStringLiteral("type")).value(d.type);
        w.key(QStringLiteral("label")).stringOrNull(d.label);
        w.key(QStringLiteral("data")).beginArray();
        for (const QString &c : d.data)
            w.value(c);
        w.endArray();
        w.endObject();
    }
    w.endArray();
    // rows of every instance; totals over all of them
    TableData all;
    QList<int> allColumns;
    for (const ReportColumn &c : band.columns)
        allColumns.append(all.addColumn(c.name));
    w.key(QStringLiteral("rows")).beginArray();
    for (const Instance &i : instances) {
        const TableData &t = *i.data->table;
        for (int row = 0; row < t.rowCount(); ++row) {
            w.beginObject();
            if (i.parentRow >= 0)
                w.key(QStringLiteral("parent_row")).value(qint64(i.parentRow));
            all.beginRow();
            for (int k = 0; k < band.columns.size(); ++k) {
                const int column = t.columnIndex(band.columns.at(k).name);
                if (column >= 0 && t.hasCell(row, column)) {
                    const QByteArray value = t.cellUtf8(row, column);
                    w.key(band.columns.at(k).name).utf8Value(value);
                    all.setCell(allColumns.at(k), value);
                }
            }
            all.endRow();
            w.endObject();
        }
    }
    w.endArray();
    w.key(QStringLiteral("totals")).beginObject();
    for (const ReportTotal &t : reportTotals(band, all)) {
        w.key(t.column);
        if (t.kind == QLatin1String("count"))
            w.value(qint64(t.value));
        else
            w.value(t.text());
    }
    w.endObject();
    // nested bands: the metadata's, then any the data holds that it does not describe
    QStringList nestedNames;
    for (const ReportBand &b : band.bands)
        nestedNames.append(b.name);
    int offset = 0;
    QHash<QString, QList<Instance>> nested;
    for (const Instance &i : instances) {
        for (auto it = i.data->nested.cbegin(); it != i.data->nested.cend(); ++it) {
            for (const auto &child : it.value()) {
                nested[child->name].append({ child, offset + it.key() });
                if (!nestedNames.contains(child->name))
                    nestedNames.append(child->name);
            }
        }
        offset += i.data->table->rowCount();
    }
    w.key(QStringLiteral("bands")).beginArray();
    for (const QString &name : std::as_const(nestedNames)) {
        QList<Instance> list = nested.value(name);
        std::sort(list.begin(), list.end(),
            [](const Instance &a, const Instance &b) { return a.parentRow < b.parentRow; });
        const ReportBand *meta = band.band(name);
        writeBand(w, meta ? *meta : bandFromData(name, list), list);
    }
    w.endArray();
    w.endObject();
}

} // namespace

void writeReport(JsonWriter &w, const ReportData &r)
{
    w.key(QStringLiteral("kind")).value(QStringLiteral("report"));
    w.key(QStringLiteral("name")).stringOrNull(r.name);
    w.key(QStringLiteral("title")).stringOrNull(r.title);
    w.key(QStringLiteral("firstrun")).value(r.firstrun);
    w.key(QStringLiteral("params")).beginArray();
    for (const QString &p : r.params)
        w.value(p);
    w.endArray();
    QStringList names;
    for (const ReportBand &b : r.bands)
        names.append(b.name);
    for (const auto &d : r.data)
        if (!names.contains(d->name))
            names.append(d->name);
    w.key(QStringLiteral("bands")).beginArray();
    for (const QString &name : std::as_const(names)) {
        QList<Instance> instances;
        for (const auto &d : r.data)
            if (d->name == name)
                instances.append({ d, -1 });
        const ReportBand *meta = r.band(name);
        writeBand(w, meta ? *meta : bandFromData(name, instances), instances);
    }
    w.endArray();
}

void writeDashboard(JsonWriter &w, const DashboardData &d)
{
    w.key(QStringLiteral("kind")).value(QStringLiteral("dashboard"));
    w.key(QStringLiteral("title")).stringOrNull(d.title);
    w.key(QStringLiteral("blocks")).beginArray();
    for (const DashboardBlock &b : d.blocks) {
        w.beginObject();
        w.key(QStringLiteral("name")).value(b.name);
        w.key(QStringLiteral("position")).stringOrNull(b.position);
        w.key(QStringLiteral("type")).stringOrNull(b.type);
        w.key(QStringLiteral("func")).stringOrNull(b.func);
        w.key(QStringLiteral("rows"));
        if (b.rows > 0)
            w.value(qint64(b.rows));
        else
            w.null();
        w.key(QStringLiteral("title")).stringOrNull(b.title);
        w.key(QStringLiteral("columns")).beginArray();
        for (const ReportColumn &c : b.columns) {
            w.beginObject();
            w.key(QStringLiteral("name")).value(c.name);
            w.key(QStringLiteral("title")).stringOrNull(c.title);
            w.key(QStringLiteral("sorted")).stringOrNull(c.sorted);
            w.endObject();
        }
        w.endArray();
        w.key(QStringLiteral("buttons")).beginArray();
        for (const DashboardButton &t : b.buttons) {
            w.beginObject();
            w.key(QStringLiteral("name")).value(t.name);
            w.key(QStringLiteral("func")).value(t.target());
            w.key(QStringLiteral("title")).stringOrNull(t.title);
            w.key(QStringLiteral("img")).stringOrNull(t.img);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
}

} // namespace mgrdesk::cli
