// fuzz_csvwriter: the CSV writer (models::ListExport::write, RFC 4180) on a table made from the input: the
// first byte gives the column count (1…8), the rest is split into cells at 0x00 bytes (cells may hold quotes,
// commas, CR, LF, invalid UTF-8). The file is read back with a strict RFC 4180 reader. Properties: the write
// succeeds; the file has a header and one record per row; every cell reads back byte for byte.
#include "core/models/listexport.h"
#include "fuzzer.h"

#include <QFile>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>

using namespace mgrdesk;

namespace {

// RFC 4180 records (CRLF between records; quoted fields may hold anything, "" for a quote). False when the
// text is not well-formed CSV.
bool readCsv(const QByteArray &text, QList<QList<QByteArray>> *records)
{
    QList<QByteArray> record;
    QByteArray field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text.at(i) == '"') {
            ++i;
            for (;;) {
                if (i >= n)
                    return false; // unterminated quote
                if (text.at(i) == '"') {
                    if (i + 1 < n && text.at(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field.append(text.at(i++));
            }
        } else {
            while (i < n && text.at(i) != ',' && text.at(i) != '\r') {
                if (text.at(i) == '"' || text.at(i) == '\n')
                    return false; // a bare quote or line feed must have been quoted
                field.append(text.at(i++));
            }
        }
        record.append(field);
        field.clear();
        if (i < n && text.at(i) == ',') {
            ++i;
            if (i == n)
                return false;
            continue;
        }
        if (i + 1 < n && text.at(i) == '\r' && text.at(i + 1) == '\n') {
            i += 2;
            records->append(record);
            record.clear();
            continue;
        }
        return false; // a field must end at a comma or CRLF
    }
    return record.isEmpty();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 64 * 1024)
        return 0;
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("out.csv"));
    const int columns = data[0] % 8 + 1;
    const QList<QByteArray> cells
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)).split('\0');

    auto table = QSharedPointer<protocol::TableData>::create();
    QList<int> columnIndexes;
    QStringList header;
    for (int c = 0; c < columns; ++c) {
        columnIndexes.append(table->addColumn(QStringLiteral("c%1").arg(c)));
        header.append(QStringLiteral("Column \"%1\", title").arg(c));
    }
    QList<QList<QByteArray>> expected;
    for (qsizetype i = 0; i < cells.size(); i += columns) {
        table->beginRow();
        QList<QByteArray> row;
        for (int c = 0; c < columns; ++c) {
            const QByteArray cell = i + c < cells.size() ? cells.at(i + c) : QByteArray();
            if (!cell.isEmpty())
                table->setCell(columnIndexes.at(c), cell);
            row.append(cell);
        }
        table->endRow();
        expected.append(row);
    }
    models::CsvSnapshot snapshot;
    snapshot.data = table;
    for (int r = 0; r < table->rowCount(); ++r)
        snapshot.rows.push_back(r);
    snapshot.columns = columnIndexes;
    snapshot.header = header;

    QString error;
    const auto result = models::ListExport::write(
        snapshot, path, [](qint64) { return true; }, &error);
    MGRDESK_FUZZ_CHECK(result == models::ListExport::Result::Ok, "the CSV export failed");
    QFile file(path);
    MGRDESK_FUZZ_CHECK(file.open(QIODevice::ReadOnly), "the CSV file cannot be read back");
    QList<QList<QByteArray>> records;
    MGRDESK_FUZZ_CHECK(readCsv(file.readAll(), &records), "the CSV file is not RFC 4180");
    MGRDESK_FUZZ_CHECK(records.size() == expected.size() + 1, "not one record per row plus the header");
    for (int c = 0; c < columns; ++c)
        MGRDESK_FUZZ_CHECK(records.at(0).value(c) == header.at(c).toUtf8(), "the header does not read back");
    for (qsizetype r = 0; r < expected.size(); ++r)
        MGRDESK_FUZZ_CHECK(records.at(r + 1) == expected.at(r), "a row does not read back byte for byte");
    return 0;
}
