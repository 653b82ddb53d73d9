// fuzz_formdescription: the form description builder (models::FormDescription::fromData: metadata → fields,
// pages, buttons) on whatever form the XML parser makes of the input. The first byte chooses a new object
// (remove_if="new") or an existing one. Properties: no crash; every field can be found by its name; every
// page's fields exist; option updates for every select keep the field count.
#include "core/models/formdescription.h"
#include "core/protocol/replyparser.h"
#include "fuzzer.h"

#include <cstdio>
#include <cstdlib>

using namespace mgrdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 256 * 1024)
        return 0;
    const bool isNew = data[0] & 1;
    protocol::ParseOptions options;
    options.format
        = (data[0] & 2) ? protocol::ParseOptions::Format::Json : protocol::ParseOptions::Format::Xml;
    const protocol::Reply reply = protocol::ReplyParser::parse(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)), options);
    if (!reply.form)
        return 0;
    models::FormDescription description = models::FormDescription::fromData(*reply.form, isNew);
    for (const models::FormFieldInfo &f : description.fields()) {
        MGRDESK_FUZZ_CHECK(description.hasField(f.name), "a field cannot be found by its name");
        MGRDESK_FUZZ_CHECK(description.field(f.name) != nullptr, "field() returns no field");
        (void)f.hasValue();
        (void)f.isEditable();
    }
    for (const models::FormPageInfo &p : description.pages()) {
        for (const QString &name : p.fields)
            MGRDESK_FUZZ_CHECK(description.hasField(name), "a page lists a field that does not exist");
    }
    const qsizetype before = description.fields().size();
    (void)description.updateOptions(reply.form->options);
    MGRDESK_FUZZ_CHECK(description.fields().size() == before, "updating options changed the fields");
    return 0;
}
