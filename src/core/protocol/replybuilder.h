#pragma once
// Internal to the protocol core: turns a stream of element events (from the XML SAX driver or the JSON
// tokenizer) into one typed Reply, deciding the kind from the content (protocol.md §4). No DOM: table rows go
// straight into TableData's column store; only small parts (values, metadata, messages) are kept as they
// come. Attributes may arrive after child elements (JSON key order is free), so everything that needs an
// element's attributes is decided at its end.

#include "reply.h"

#include <QByteArrayView>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace mgrdesk::protocol::detail {

class ReplyBuilder
{
public:
    explicit ReplyBuilder(int maxDepth);
    ~ReplyBuilder();

    // Returns false when the input must not be read further (failure() is set).
    bool startElement(QByteArrayView name);
    // The same for a NUL-terminated name from the event source's dictionary (setInternedNames(true)): a cell
    // of the current row whose column is known by that pointer skips the generic bookkeeping (no name length,
    // no context decision); anything else goes through startElement().
    bool startElementInterned(const char *name);
    void attribute(QByteArrayView name, QByteArrayView value); // applies to the innermost open element
    void text(QByteArrayView text);
    void endElement();

    bool hasFailed() const { return m_failure.has_value(); }
    // The event source hands out element names interned for the whole parse (libxml2's dictionary): equal
    // pointers mean equal names, so cells find their column by a pointer comparison.
    void setInternedNames(bool interned) { m_internedNames = interned; }
    const std::optional<ParseFailure> &failure() const { return m_failure; }
    int depth() const { return m_depth; }
    bool rootSeen() const { return m_rootSeen; }
    bool rootClosed() const { return m_rootClosed; }

    // Where the input is (1-based line, column), for failures raised by the builder itself.
    std::function<std::pair<qint64, qint64>()> position;

    Reply finish();

    // Implementation types (replybuilder_p.h).
    enum class Ctx : unsigned char;
    struct Frame;
    struct Sink;
    struct MenuBuildNode;
    struct Value;
    struct State;

private:
    void fail(ParseFailure::Reason reason, const QString &message);
    Ctx childContext(Ctx parent, QByteArrayView name);
    void onStart(Frame &frame, Frame *parent);
    void onEnd(Frame &frame, Frame *parent);
    void endCell(Frame &frame);
    int columnFor(Sink &sink, QByteArrayView name);
    QString attr(const Frame &frame, const char *name) const;
    Attributes allAttributes(const Frame &frame) const;

    void finishError(Reply &reply);
    void finishTable(Reply &reply, bool inferred);
    void finishForm(Reply &reply);
    void finishMenu(Reply &reply);
    bool finishNotify(Reply &reply);
    bool finishProgress(Reply &reply);
    bool finishReport(Reply &reply); // report or dashboard (replyreport.cpp)
    const Value *findValue(const char *name) const;

    int m_maxDepth;
    int m_depth = 0;
    bool m_rootSeen = false;
    bool m_rootClosed = false;
    bool m_internedNames = false;
    std::optional<ParseFailure> m_failure;
    std::vector<Frame> m_stack;

    std::unique_ptr<State> s;
};

} // namespace mgrdesk::protocol::detail
