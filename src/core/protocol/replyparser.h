#pragma once
// One parser for every reply format (XML, json/sjson/xjson), sniffing the body. Streaming: no DOM of a whole
// reply; bytes can be fed as they arrive (network) or all at once (files). Thread-safe per instance: run it
// on a worker thread for big replies.

#include "reply.h"

#include <QByteArray>
#include <memory>

namespace mgrdesk::protocol {

struct ParseOptions
{
    enum class Format { Auto, Xml, Json };
    Format format = Format::Auto;
    qint64 maxBytes = qint64(256) * 1024 * 1024; // larger replies are refused (ParseFailure::TooLarge)
    int maxDepth = 256; // deeper nesting is refused (ParseFailure::TooDeep)
};

class ReplyParser
{
public:
    explicit ReplyParser(const ParseOptions &options = {});
    ~ReplyParser();
    ReplyParser(const ReplyParser &) = delete;
    ReplyParser &operator=(const ReplyParser &) = delete;

    // Feed the next chunk. Returns false once the input is known bad (finish() then returns the failure).
    bool feed(const char *data, qsizetype size);
    bool feed(const QByteArray &chunk) { return feed(chunk.constData(), chunk.size()); }
    // End of input: the typed reply, or kind Invalid with failure set.
    Reply finish();

    static Reply parse(const QByteArray &body, const ParseOptions &options = {});

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mgrdesk::protocol
