// ReplyBuilder::finish(): decides the kind of a completely read reply (docs/protocol.md §4) and assembles it.
// The precedence of kinds is the one table below: the first assembler that recognises the reply builds it.
#include "replybuilder_p.h"

#include <QCoreApplication>

namespace mgrdesk::protocol::detail {

namespace {

struct KindRule
{
    const char *kind; // for readers and debuggers
    ReplyBuilder::Assembler assemble;
};

} // namespace

Reply ReplyBuilder::finish()
{
    Reply reply;
    if (m_failure) {
        reply.failure = m_failure;
        return reply;
    }
    State &st = *s;
    reply.docAttributes = toHash(st.docAttributes);
    bool ok = false;
    const int total = reply.docAttributes.value(QStringLiteral("notify")).trimmed().toInt(&ok);
    if (ok && total >= 0)
        reply.notifyTotal = total;
    if (!m_rootSeen) {
        unknownShape(reply,
            QCoreApplication::translate(
                "mgrdesk::protocol", "Not an API reply: it holds no document element."));
        return reply;
    }
    // The precedence of kinds (docs/protocol.md §4). An error wins over everything it arrives with; a list
    // that also carries counters stays a list; a form is what a document with plain values is; the last rows
    // are failures, except a document holding only decoration, which is an emptied list.
    using B = ReplyBuilder;
    static const KindRule precedence[] = {
        { "error", &B::assembleError },
        { "auth", &B::assembleAuth },
        { "ok", &B::assembleOk },
        { "progress", &B::assembleProgress },
        { "menu", &B::assembleMenu },
        { "notify", &B::assembleNotify },
        { "table", &B::assembleTable },
        { "form", &B::assembleForm },
        { "unknown page type", &B::assembleUnknownMetadata },
        { "unknown structure", &B::assembleUnknownStructure },
        { "empty list", &B::assembleEmptyDoc },
    };
    for (const KindRule &rule : precedence) {
        if ((this->*rule.assemble)(reply))
            return reply;
    }
    return reply; // not reached: the last rule always assembles
}

} // namespace mgrdesk::protocol::detail
