#pragma once
// Internal to the protocol core: turns a stream of element events (from the XML SAX driver or the JSON
// tokenizer) into one typed Reply, deciding the kind from the content (docs/protocol.md §4). No DOM: table
// rows go straight into TableData's column store; only small parts (values, metadata, messages) are kept as
// they come. Attributes may arrive after child elements (JSON key order is free), so everything that needs an
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

    // Per-element handlers, one set per reply kind (replybuilder_KIND.cpp). The event loop calls the start
    // handler when an element of that context opens and the end handler when it closes; the table mapping
    // contexts to handlers is in replybuilder.cpp.
    using Handler = void (ReplyBuilder::*)(Frame &frame, Frame *parent);
    struct Handlers
    {
        Handler start = nullptr;
        Handler end = nullptr;
    };

    // Assemblers, one per kind (replybuilder_KIND.cpp): each returns false when the reply is not of its kind;
    // finish() tries them in the precedence order of replyassembly.cpp.
    using Assembler = bool (ReplyBuilder::*)(Reply &reply);

private:
    void fail(ParseFailure::Reason reason, const QString &message);
    Ctx childContext(Ctx parent, QByteArrayView name);
    static const Handlers &handlersFor(Ctx ctx);
    void endCell(Frame &frame);
    int columnFor(Sink &sink, QByteArrayView name);
    QString attr(const Frame &frame, const char *name) const;
    bool hasAttr(const Frame &frame, const char *name) const;
    Attributes allAttributes(const Frame &frame) const;
    const Value *findValue(const char *name) const;

    // The document (replybuilder_doc.cpp): <doc>, values, messages, auth, ok, progress, wizard markers.
    void endDoc(Frame &f, Frame *parent);
    void endValue(Frame &f, Frame *parent);
    void endValueChild(Frame &f, Frame *parent);
    void endMsg(Frame &f, Frame *parent);
    void startAuth(Frame &f, Frame *parent);
    void endAuth(Frame &f, Frame *parent);
    void startOk(Frame &f, Frame *parent);
    void endOk(Frame &f, Frame *parent);
    void endStepMarker(Frame &f, Frame *parent);
    void startMetadata(Frame &f, Frame *parent);
    void endMetadata(Frame &f, Frame *parent);
    bool assembleAuth(Reply &reply);
    bool assembleOk(Reply &reply);
    bool assembleProgress(Reply &reply);
    bool assembleUnknownMetadata(Reply &reply);
    bool assembleUnknownStructure(Reply &reply);
    bool assembleEmptyDoc(Reply &reply);
    void unknownShape(Reply &reply, const QString &message) const;

    // Lists (replybuilder_list.cpp): rows, cells, list metadata (coldata, toolbar).
    void startRow(Frame &f, Frame *parent);
    void endRow(Frame &f, Frame *parent);
    void endCellFrame(Frame &f, Frame *parent);
    void endCellNested(Frame &f, Frame *parent);
    void endCellButton(Frame &f, Frame *parent);
    void startEList(Frame &f, Frame *parent);
    void endEList(Frame &f, Frame *parent);
    void startToolBtn(Frame &f, Frame *parent);
    void endToolBtn(Frame &f, Frame *parent);
    void endToolRule(Frame &f, Frame *parent);
    void startToolGroup(Frame &f, Frame *parent);
    void endToolGroup(Frame &f, Frame *parent);
    void startCol(Frame &f, Frame *parent);
    void endCol(Frame &f, Frame *parent);
    void endColProp(Frame &f, Frame *parent);
    bool assembleTable(Reply &reply);
    void finishTable(Reply &reply, bool inferred);

    // Forms (replybuilder_form.cpp): form metadata, select options, wizard steps.
    void endMForm(Frame &f, Frame *parent);
    void startMPage(Frame &f, Frame *parent);
    void endMPage(Frame &f, Frame *parent);
    void startMField(Frame &f, Frame *parent);
    void endMField(Frame &f, Frame *parent);
    void startMControl(Frame &f, Frame *parent);
    void endMControl(Frame &f, Frame *parent);
    void endMIf(Frame &f, Frame *parent);
    void endMButton(Frame &f, Frame *parent);
    void startSlist(Frame &f, Frame *parent);
    void endSlist(Frame &f, Frame *parent);
    void endSlistVal(Frame &f, Frame *parent);
    void endSteps(Frame &f, Frame *parent);
    void endStep(Frame &f, Frame *parent);
    bool assembleForm(Reply &reply);
    void addWhoami(Reply &reply) const;

    // Errors (replybuilder_error.cpp).
    void startError(Frame &f, Frame *parent);
    void endError(Frame &f, Frame *parent);
    void endErrorLeaf(Frame &f, Frame *parent);
    void endErrorParam(Frame &f, Frame *parent);
    void endStackAction(Frame &f, Frame *parent);
    bool assembleError(Reply &reply);

    // Menus (replybuilder_menu.cpp).
    void startMenu(Frame &f, Frame *parent);
    void endMenu(Frame &f, Frame *parent);
    void startMenuNode(Frame &f, Frame *parent);
    void endMenuNode(Frame &f, Frame *parent);
    bool assembleMenu(Reply &reply);

    // Notifications (replybuilder_notify.cpp).
    void startNotify(Frame &f, Frame *parent);
    void endNotify(Frame &f, Frame *parent);
    void startNotifyItem(Frame &f, Frame *parent);
    void endNotifyItem(Frame &f, Frame *parent);
    void endNotifyLeaf(Frame &f, Frame *parent);
    bool assembleNotify(Reply &reply);

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
