#pragma once
// Internal: libxml2's SAX2 push parser feeding a ReplyBuilder. Hardened: no network, no DTD at all (a reply
// that declares one is refused, which also rules out entity expansion tricks and external entities), only the
// five predefined entities, libxml2's own amplification limits kept (no XML_PARSE_HUGE).

#include "reply.h"

#include <QtGlobal>
#include <optional>

namespace mgrdesk::protocol::detail {

class ReplyBuilder;

class XmlSaxDriver
{
public:
    explicit XmlSaxDriver(ReplyBuilder &builder);
    ~XmlSaxDriver();
    XmlSaxDriver(const XmlSaxDriver &) = delete;
    XmlSaxDriver &operator=(const XmlSaxDriver &) = delete;

    bool feed(const char *data, qsizetype size); // false once failed
    void finish();
    const std::optional<ParseFailure> &failure() const { return m_failure; }
    std::pair<qint64, qint64> position() const;

    // libxml2 callbacks (C linkage helpers in the .cpp call these).
    void onError(int code, int level, const char *message, int line, int column);
    void onDtd();
    void stop();

private:
    void checkResult(int code);

public:
private:
    ReplyBuilder &m_builder;
    void *m_ctxt = nullptr; // xmlParserCtxtPtr, kept opaque so libxml2 stays a private dependency
    bool m_terminating = false;
    std::optional<ParseFailure> m_failure;
};

} // namespace mgrdesk::protocol::detail
