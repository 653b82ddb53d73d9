// fuzz_reply_xml / fuzz_reply_json: the reply parser (protocol::ReplyParser, its public API) with the format
// forced to XML or JSON (MGRDESK_FUZZ_FORMAT), the body fed in random chunks. The first two input bytes
// choose the chunk sizes; the rest is the body. Properties: no crash, no sanitizer report, and feeding in
// chunks gives the same reply as parsing the whole body at once (kind; a cut-off reply either way; rows,
// columns, form fields, error type and message).
#include "core/protocol/replyparser.h"
#include "fuzzer.h"

#include <cstdio>
#include <cstdlib>

using namespace mgrdesk::protocol;

namespace {

constexpr ParseOptions::Format kFuzzFormat
    = ParseOptions::Format::MGRDESK_FUZZ_FORMAT; // not Json == Json (clang)

bool sameReply(const Reply &a, const Reply &b)
{
    const bool strictReasons = kFuzzFormat == ParseOptions::Format::Json;
    if (a.kind != b.kind)
        return false;
    if (a.failure.has_value() != b.failure.has_value())
        return false;
    // Both failed. The JSON reader (ours) must give the same reason either way. libxml2's push parser does
    // not: it reports some errors only when it sees them in a small chunk (a colon in a processing
    // instruction's name, a comment opened as "<!-->"), so for XML a refused reply must be refused either
    // way, with a reason that may differ (docs/testing.md).
    if (a.failure && strictReasons && a.failure->reason != b.failure->reason)
        return false;
    if (a.table
        && (!b.table || a.table->rowCount() != b.table->rowCount()
            || a.table->columnCount() != b.table->columnCount()))
        return false;
    if (a.form
        && (!b.form || a.form->fields.size() != b.form->fields.size()
            || a.form->values.size() != b.form->values.size()))
        return false;
    if (a.error && (!b.error || a.error->type != b.error->type || a.error->message != b.error->message))
        return false;
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    uint32_t seed = uint32_t(data[0]) | (uint32_t(data[1]) << 8);
    const char *body = reinterpret_cast<const char *>(data + 2);
    const qsizetype bodySize = qsizetype(size - 2);

    ParseOptions options;
    options.format = ParseOptions::Format::MGRDESK_FUZZ_FORMAT;
    options.maxBytes = 1 << 20;
    options.maxDepth = 64;

    ReplyParser chunked(options);
    qsizetype offset = 0;
    bool going = true;
    while (going && offset < bodySize) {
        seed = seed * 1103515245u + 12345u; // small LCG: chunks of 1…64 bytes, sometimes 1 (the worst case)
        const qsizetype chunk = std::min<qsizetype>(bodySize - offset, qsizetype((seed >> 16) % 64) + 1);
        going = chunked.feed(body + offset, chunk);
        offset += chunk;
    }
    const Reply a = chunked.finish();
    const Reply b = ReplyParser::parse(QByteArray::fromRawData(body, bodySize), options);
    MGRDESK_FUZZ_CHECK(a.isValid() != a.failure.has_value(), "a reply is either valid or has a failure");
    if (!sameReply(a, b)) {
        const auto describe = [](const Reply &r) {
            return QStringLiteral("kind %1, failure %2 %3")
                .arg(int(r.kind))
                .arg(r.failure ? int(r.failure->reason) : -1)
                .arg(r.failure ? r.failure->message : QString());
        };
        std::fprintf(stderr, "chunked: %s\nwhole:   %s\n", qPrintable(describe(a)), qPrintable(describe(b)));
    }
    MGRDESK_FUZZ_CHECK(sameReply(a, b), "chunked and whole-body parses disagree");
    return 0;
}
