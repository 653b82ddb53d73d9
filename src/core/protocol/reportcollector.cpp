#include "reportcollector.h"

#include <string>

namespace mgrdesk::protocol::detail {

namespace {

QString str(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString str(QByteArrayView v)
{
    return QString::fromUtf8(v.data(), v.size());
}

bool isBlank(const std::string &s)
{
    for (const char c : s)
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return false;
    return true;
}

QString attrValue(const Attributes &attrs, const char *name)
{
    for (const auto &a : attrs)
        if (a.first == QLatin1String(name))
            return a.second;
    return {};
}

} // namespace

struct ReportCollector::Element
{
    QString name;
    Attributes attrs;
    std::vector<std::unique_ptr<Element>> children;
};

struct ReportCollector::Frame
{
    enum class Kind { Skip, DataRoot, DataBand, DataRow, DataPending, DataNested, Meta, MetaForm, Record };
    Kind kind = Kind::Skip;
    Element *element = nullptr; // Record
    ReportBandData *band = nullptr; // DataBand: this band; DataRow/DataPending: the row's band
    int row = -1; // DataRow, DataPending
    std::string name, text; // DataPending
    Attributes attrs; // DataPending
};

ReportCollector::ReportCollector() = default;
ReportCollector::~ReportCollector() = default;

void ReportCollector::start(QByteArrayView name)
{
    if (m_stack.size() <= size_t(m_depth))
        m_stack.emplace_back();
    Frame &f = m_stack[size_t(m_depth)];
    f = Frame();
    if (m_depth == 0) { // a child of the doc that wants() chose
        if (name == QByteArrayView("reportdata")) {
            f.kind = Frame::Kind::DataRoot;
            m_sawReportData = true;
        } else if (name == QByteArrayView("metadata")) {
            f.kind = Frame::Kind::Meta;
        } else {
            m_blocks.push_back(std::make_unique<Element>());
            f.kind = Frame::Kind::Record;
            f.element = m_blocks.back().get();
            f.element->name = str(name);
        }
        ++m_depth;
        return;
    }
    Frame &parent = m_stack[size_t(m_depth) - 1];
    switch (parent.kind) {
    case Frame::Kind::Meta:
        if (name == QByteArrayView("band")) {
            m_metaBands.push_back(std::make_unique<Element>());
            f.kind = Frame::Kind::Record;
            f.element = m_metaBands.back().get();
            f.element->name = str(name);
        } else if (name == QByteArrayView("form")) {
            f.kind = Frame::Kind::MetaForm;
        }
        break;
    case Frame::Kind::MetaForm:
        if (name == QByteArrayView("period"))
            m_metaPeriod = true;
        f.kind = Frame::Kind::MetaForm;
        break;
    case Frame::Kind::Record: {
        auto child = std::make_unique<Element>();
        child->name = str(name);
        f.kind = Frame::Kind::Record;
        f.element = child.get();
        parent.element->children.push_back(std::move(child));
        break;
    }
    default:
        startData(parent, name);
        break;
    }
    ++m_depth;
}

void ReportCollector::startData(Frame &parent, QByteArrayView name)
{
    Frame &f = m_stack[size_t(m_depth)];
    const bool isElem = name == QByteArrayView("elem");
    switch (parent.kind) {
    case Frame::Kind::DataRoot: {
        auto band = QSharedPointer<ReportBandData>::create();
        band->name = str(name);
        band->table = QSharedPointer<TableData>::create();
        m_data.append(band);
        f.kind = Frame::Kind::DataBand;
        f.band = band.data();
        break;
    }
    case Frame::Kind::DataPending:
        if (isElem) {
            // the row's child holds rows: it is a nested band of that row, not a cell
            auto band = QSharedPointer<ReportBandData>::create();
            band->name = str(parent.name);
            band->table = QSharedPointer<TableData>::create();
            parent.band->nested[parent.row].append(band);
            if (!m_nestedNames[parent.band].contains(band->name))
                m_nestedNames[parent.band].append(band->name);
            parent.kind = Frame::Kind::DataBand;
            parent.band = band.data();
            f.kind = Frame::Kind::DataRow;
            f.band = parent.band;
            f.row = 0;
            parent.band->table->beginRow();
        } else {
            f.kind = Frame::Kind::DataNested; // a cell with element children: its first text counts
            f.band = parent.band;
        }
        break;
    case Frame::Kind::DataBand:
        if (isElem) {
            f.kind = Frame::Kind::DataRow;
            f.band = parent.band;
            f.row = parent.band->table->rowCount();
            parent.band->table->beginRow();
        }
        break;
    case Frame::Kind::DataRow:
        f.kind = Frame::Kind::DataPending;
        f.band = parent.band;
        f.row = parent.row;
        f.name.assign(name.data(), size_t(name.size()));
        break;
    case Frame::Kind::DataNested:
        f.kind = Frame::Kind::DataNested;
        break;
    default:
        break;
    }
}

void ReportCollector::attribute(QByteArrayView name, QByteArrayView value)
{
    if (m_depth == 0)
        return;
    Frame &f = m_stack[size_t(m_depth) - 1];
    switch (f.kind) {
    case Frame::Kind::Meta:
        if (m_depth == 1)
            m_metaAttrs.append({ str(name), str(value) });
        break;
    case Frame::Kind::Record:
        f.element->attrs.append({ str(name), str(value) });
        break;
    case Frame::Kind::DataPending:
        f.attrs.append({ str(name), str(value) });
        break;
    default:
        break;
    }
}

void ReportCollector::text(QByteArrayView text)
{
    if (m_depth == 0)
        return;
    Frame &f = m_stack[size_t(m_depth) - 1];
    if (f.kind == Frame::Kind::DataPending) {
        f.text.append(text.data(), size_t(text.size()));
    } else if (f.kind == Frame::Kind::DataNested) {
        // the first non-blank text inside a cell's children stands for the cell
        for (int i = m_depth - 2; i >= 0; --i) {
            Frame &cell = m_stack[size_t(i)];
            if (cell.kind == Frame::Kind::DataPending) {
                if (isBlank(cell.text))
                    cell.text.assign(text.data(), size_t(text.size()));
                break;
            }
            if (cell.kind != Frame::Kind::DataNested)
                break;
        }
    }
}

void ReportCollector::end()
{
    if (m_depth == 0)
        return;
    Frame &f = m_stack[size_t(m_depth) - 1];
    if (f.kind == Frame::Kind::DataPending && f.attrs.isEmpty() && isBlank(f.text)
        && m_nestedNames.value(f.band).contains(str(f.name))) {
        // <payments/>: an empty instance of a nested band seen in an earlier row
        auto band = QSharedPointer<ReportBandData>::create();
        band->name = str(f.name);
        band->table = QSharedPointer<TableData>::create();
        f.band->nested[f.row].append(band);
    } else if (f.kind == Frame::Kind::DataPending) {
        TableData &table = *f.band->table;
        const int column = table.addColumn(str(f.name));
        table.setCell(column, QByteArray(f.text.data(), qsizetype(f.text.size())), f.attrs);
    } else if (f.kind == Frame::Kind::DataRow) {
        f.band->table->endRow();
    } else if (f.kind == Frame::Kind::DataBand) {
        f.band->table->squeeze();
    }
    --m_depth;
}

bool ReportCollector::sawBlocks() const
{
    for (const auto &b : m_blocks)
        if (!attrValue(b->attrs, "position").isEmpty() || !attrValue(b->attrs, "type").isEmpty())
            return true;
    return false;
}

QString ReportCollector::metadataAttribute(const char *name) const
{
    return attrValue(m_metaAttrs, name);
}

namespace {

struct ElementAccess
{
    static ReportColumn column(const ReportCollector::Element &e, const QHash<QString, QString> &messages)
    {
        ReportColumn c;
        c.attributes = e.attrs;
        c.name = attrValue(e.attrs, "name");
        c.type = attrValue(e.attrs, "type");
        c.sort = attrValue(e.attrs, "sort");
        c.sorted = attrValue(e.attrs, "sorted");
        c.total = attrValue(e.attrs, "total");
        const QString link = attrValue(e.attrs, "link");
        c.link = link == QLatin1String("yes") || link == QLatin1String("on") || link == QLatin1String("true");
        c.title = messages.value(c.name);
        return c;
    }
    static ReportBand band(const ReportCollector::Element &e, const QHash<QString, QString> &messages)
    {
        ReportBand b;
        b.name = attrValue(e.attrs, "name");
        b.title = messages.value(b.name);
        for (const auto &child : e.children) {
            if (child->name == QLatin1String("col")) {
                b.columns.append(column(*child, messages));
            } else if (child->name == QLatin1String("diagram")) {
                ReportDiagram d;
                d.name = attrValue(child->attrs, "name");
                d.type = attrValue(child->attrs, "type");
                d.label = attrValue(child->attrs, "label");
                const QString data = attrValue(child->attrs, "data");
                if (!data.isEmpty())
                    d.data.append(data);
                for (const auto &line : child->children)
                    if (line->name == QLatin1String("line") && !attrValue(line->attrs, "data").isEmpty())
                        d.data.append(attrValue(line->attrs, "data"));
                d.title = messages.value(d.name);
                b.diagrams.append(d);
            } else if (child->name == QLatin1String("band")) {
                b.bands.append(band(*child, messages));
            }
        }
        return b;
    }
};

} // namespace

namespace {

// Cells named like a nested band are that band, empty (<user/> before any row showed it holds rows): the
// table is rebuilt without those columns and each such cell becomes an empty nested band instance.
void dropBandColumns(ReportBandData &data, const ReportBand *meta)
{
    if (!meta)
        return;
    QList<int> drop;
    for (const ReportBand &nested : meta->bands)
        if (data.table->columnIndex(nested.name) >= 0)
            drop.append(data.table->columnIndex(nested.name));
    if (!drop.isEmpty()) {
        const TableData &old = *data.table;
        auto table = QSharedPointer<TableData>::create();
        for (int row = 0; row < old.rowCount(); ++row) {
            table->beginRow();
            for (int c = 0; c < old.columnCount(); ++c) {
                if (!old.hasCell(row, c))
                    continue;
                if (drop.contains(c)) {
                    if (!data.nestedBand(row, old.columns().at(c))) {
                        auto band = QSharedPointer<ReportBandData>::create();
                        band->name = old.columns().at(c);
                        band->table = QSharedPointer<TableData>::create();
                        data.nested[row].append(band);
                    }
                    continue;
                }
                table->setCell(
                    table->addColumn(old.columns().at(c)), old.cellUtf8(row, c), old.cellAttributes(row, c));
            }
            table->endRow();
        }
        table->squeeze();
        data.table = table;
    }
    for (auto it = data.nested.begin(); it != data.nested.end(); ++it)
        for (const auto &child : it.value())
            dropBandColumns(*child, meta->band(child->name));
}

} // namespace

void ReportCollector::fillReport(ReportData &report, const QHash<QString, QString> &messages) const
{
    report.name = metadataAttribute("name");
    report.firstrun = metadataAttribute("firstrun") != QLatin1String("no");
    report.hasData = m_sawReportData;
    report.title = messages.value(QStringLiteral("title"));
    report.info = messages.value(QStringLiteral("report_info"));
    for (const auto &b : m_metaBands)
        report.bands.append(ElementAccess::band(*b, messages));
    report.data = m_data;
    for (const auto &d : report.data)
        dropBandColumns(*d, report.band(d->name));
    report.messages = messages;
}

void ReportCollector::fillDashboard(DashboardData &dashboard, const QHash<QString, QString> &messages) const
{
    dashboard.title = messages.value(QStringLiteral("title"));
    dashboard.messages = messages;
    for (const auto &e : m_blocks) {
        if (attrValue(e->attrs, "position").isEmpty() && attrValue(e->attrs, "type").isEmpty())
            continue;
        DashboardBlock b;
        b.attributes = e->attrs;
        b.name = attrValue(e->attrs, "name");
        b.position = attrValue(e->attrs, "position");
        b.type = attrValue(e->attrs, "type");
        b.func = attrValue(e->attrs, "func");
        b.display = attrValue(e->attrs, "display");
        b.rows = attrValue(e->attrs, "rows").toInt();
        b.title = messages.value(b.name, messages.value(QStringLiteral("title_") + b.name));
        for (const auto &child : e->children) {
            if (child->name == QLatin1String("col")) {
                // the dashboard's messages title the blocks; a column's title comes with the block's list
                b.columns.append(ElementAccess::column(*child, {}));
            } else if (child->name == QLatin1String("toolbtn")) {
                DashboardButton t;
                t.attributes = child->attrs;
                t.name = attrValue(child->attrs, "name");
                t.func = attrValue(child->attrs, "func");
                t.form = attrValue(child->attrs, "form");
                t.list = attrValue(child->attrs, "list");
                t.window = attrValue(child->attrs, "window");
                t.img = attrValue(child->attrs, "img");
                t.isDefault = attrValue(child->attrs, "default") == QLatin1String("yes");
                t.title = messages.value(QStringLiteral("short_") + t.name, messages.value(t.name));
                b.buttons.append(t);
            }
        }
        dashboard.blocks.append(b);
    }
}

} // namespace mgrdesk::protocol::detail
