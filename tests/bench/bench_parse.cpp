// "parse": the reply parser on generated payment lists (12 columns) of 10k, 100k and 1M rows, XML and JSON,
// fed in 64 KiB chunks as the network delivers them; baselines on the 100k list: QXmlStreamReader,
// QDomDocument and QJsonDocument, each filling the same TableData.
#include "benchmark.h"
#include "generatedlists.h"

#include "core/protocol/replyparser.h"

#include <QDomDocument>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

using namespace mgrdesk::protocol;
using mgrdesk::bench::bestOf;
using mgrdesk::bench::print;

namespace {

constexpr qsizetype kChunk = 64 * 1024;

double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

Reply parseInChunks(const QByteArray &body)
{
    ParseOptions options;
    options.maxBytes
        = qint64(4) * 1024 * 1024 * 1024; // the 1M-row list is larger than the default 256 MiB limit
    ReplyParser parser(options);
    for (qsizetype i = 0; i < body.size(); i += kChunk)
        parser.feed(body.constData() + i, qMin(kChunk, body.size() - i));
    return parser.finish();
}

void header()
{
    print("  %-7s %-5s %-32s %9s %9s %9s %11s %7s %14s\n", "rows", "fmt", "engine", "input", "wall", "cpu",
        "rows/s", "MB/s", "memory");
}

// rows/s and MB/s (10^6 bytes) from the CPU time, which a busy machine disturbs least.
void line(int rows, const char *format, const char *engine, qsizetype bytes, int parsedRows,
    mgrdesk::bench::Timing t, const QString &memory)
{
    print("  %-7d %-5s %-32s %5.1f MiB %7.3f s %7.3f s %11.0f %7.1f %14s%s\n", rows, format, engine,
        bytes / 1048576.0, t.wall, t.cpu, parsedRows / t.cpu, bytes / 1e6 / t.cpu, qPrintable(memory),
        parsedRows == rows ? "" : "  ROW COUNT MISMATCH");
}

QString mib(size_t bytes)
{
    return QStringLiteral("%1 MiB").arg(bytes / 1048576.0, 0, 'f', 1);
}

void ours(int rows, const char *format, const QByteArray &body, int repeat)
{
    int parsed = 0;
    size_t memory = 0;
    const mgrdesk::bench::Timing s = bestOf(repeat, [&] {
        const Reply r = parseInChunks(body);
        parsed = r.table ? r.table->rowCount() : -1;
        memory = r.table ? r.table->memoryUsage() : 0;
    });
    line(rows, format, format[0] == 'x' ? "ReplyParser (libxml2 SAX2 push)" : "ReplyParser (JSON tokenizer)",
        body.size(), parsed, s, QStringLiteral("TD ") + mib(memory));
}

void xmlStreamReader(int rows, const QByteArray &body)
{
    int parsed = 0;
    const mgrdesk::bench::Timing s = bestOf(2, [&] {
        TableData t;
        QXmlStreamReader xml(body);
        int depth = 0;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                ++depth;
                if (depth == 2 && xml.name() == QLatin1String("elem")) {
                    t.beginRow();
                } else if (depth == 3) {
                    const int column = t.addColumn(xml.name().toString());
                    Attributes attrs;
                    for (const QXmlStreamAttribute &a : xml.attributes())
                        attrs.append({ a.name().toString(), a.value().toString() });
                    t.setCell(
                        column, xml.readElementText(QXmlStreamReader::IncludeChildElements).toUtf8(), attrs);
                    --depth;
                }
            } else if (token == QXmlStreamReader::EndElement) {
                if (depth == 2 && xml.name() == QLatin1String("elem"))
                    t.endRow();
                --depth;
            }
        }
        parsed = xml.hasError() ? -1 : t.rowCount();
    });
    line(rows, "xml", "QXmlStreamReader (baseline)", body.size(), parsed, s, QStringLiteral("-"));
}

void domDocument(int rows, const QByteArray &body)
{
    int parsed = 0;
    double peak = 0;
    const mgrdesk::bench::Timing s = bestOf(1, [&] {
        const double before = residentMiB();
        QDomDocument doc;
        if (!doc.setContent(body))
            return;
        peak = residentMiB() - before;
        TableData t;
        for (QDomElement elem = doc.documentElement().firstChildElement(QStringLiteral("elem"));
             !elem.isNull(); elem = elem.nextSiblingElement(QStringLiteral("elem"))) {
            t.beginRow();
            for (QDomElement cell = elem.firstChildElement(); !cell.isNull();
                 cell = cell.nextSiblingElement())
                t.setCell(t.addColumn(cell.tagName()), cell.text().toUtf8());
            t.endRow();
        }
        parsed = t.rowCount();
    });
    line(rows, "xml", "QDomDocument (baseline)", body.size(), parsed, s,
        peak >= 1 ? QStringLiteral("DOM +%1 MiB").arg(peak, 0, 'f', 0) : QStringLiteral("-"));
}

void jsonDocument(int rows, const QByteArray &body)
{
    int parsed = 0;
    double peak = 0;
    const mgrdesk::bench::Timing s = bestOf(1, [&] {
        const double before = residentMiB();
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        peak = residentMiB() - before;
        TableData t;
        const QJsonArray elems
            = doc.object().value(QStringLiteral("doc")).toObject().value(QStringLiteral("elem")).toArray();
        for (const QJsonValue &elem : elems) {
            t.beginRow();
            const QJsonObject cells = elem.toObject();
            for (auto it = cells.begin(); it != cells.end(); ++it)
                t.setCell(t.addColumn(it.key()),
                    it.value().toObject().value(QStringLiteral("$")).toString().toUtf8());
            t.endRow();
        }
        parsed = t.rowCount();
    });
    line(rows, "json", "QJsonDocument (baseline)", body.size(), parsed, s,
        peak >= 1 ? QStringLiteral("DOM +%1 MiB").arg(peak, 0, 'f', 0) : QStringLiteral("-"));
}

void runParse()
{
    print("  payment lists, 12 columns; ReplyParser fed in 64 KiB chunks; best of 3 (1M rows: 1 run).\n"
          "  memory: TD = TableData::memoryUsage() of the result; DOM = resident growth while the DOM is "
          "built.\n"
          "  rows/s and MB/s are computed from the CPU time.\n");
    header();
    for (const int rows : { 10000, 100000, 1000000 }) {
        const int repeat = rows >= 1000000 ? 1 : 3;
        {
            const QByteArray xml = testhelpers::paymentListXml(rows);
            ours(rows, "xml", xml, repeat);
            if (rows == 100000) {
                xmlStreamReader(rows, xml);
                domDocument(rows, xml);
            }
        }
        {
            const QByteArray json = testhelpers::paymentListJson(rows);
            ours(rows, "json", json, repeat);
            if (rows == 100000)
                jsonDocument(rows, json);
        }
    }
}

} // namespace

MGRDESK_BENCHMARK(parse,
    "reply parser on generated payment lists (10k/100k/1M rows, XML and JSON) vs Qt baselines", runParse)
