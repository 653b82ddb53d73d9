// ReplyBuilder, the document itself (docs/protocol.md §4): the root's attributes, top-level values, messages,
// metadata's own attributes, auth, ok, progress, the wizard markers and the fallbacks when no kind matched.
#include "replybuilder_p.h"

#include <QCoreApplication>

namespace mgrdesk::protocol::detail {

const ReplyBuilder::Value *ReplyBuilder::findValue(const char *name) const
{
    for (const Value &v : s->values) {
        if (v.name == QLatin1String(name))
            return &v;
    }
    return nullptr;
}

void ReplyBuilder::endDoc(Frame &f, Frame *)
{
    s->docAttributes = allAttributes(f);
}

void ReplyBuilder::endValue(Frame &f, Frame *)
{
    if (f.hasChildren)
        s->complexValues.append(str(f.name));
    else
        s->values.push_back({ str(f.name), str(f.text), allAttributes(f) });
}

// A child of a top-level value with children (<version><core>…</core></version>): kept for whoami only.
void ReplyBuilder::endValueChild(Frame &f, Frame *parent)
{
    if (!parent || f.hasChildren || s->valueChildren.size() >= 64)
        return;
    s->valueChildren.push_back({ str(parent->name), str(f.name), str(f.text), allAttributes(f) });
}

// Messages: a name given twice keeps its first text (docs/protocol.md §11).
void ReplyBuilder::endMsg(Frame &f, Frame *)
{
    const QString name = attr(f, "name");
    if (!s->messages.contains(name))
        s->messages.insert(name, str(f.text));
}

void ReplyBuilder::startMetadata(Frame &, Frame *)
{
    s->hasMetadata = true;
}

void ReplyBuilder::endMetadata(Frame &f, Frame *)
{
    State &st = *s;
    st.metaName = attr(f, "name");
    st.metaType = attr(f, "type");
    st.metaKey = attr(f, "key");
    st.metaKeyName = attr(f, "keyname");
    st.metaAutoUpdate = attr(f, "autoupdate");
}

void ReplyBuilder::startAuth(Frame &, Frame *)
{
    s->hasAuth = true;
}

void ReplyBuilder::endAuth(Frame &f, Frame *)
{
    State &st = *s;
    st.auth.session = attr(f, "id");
    if (st.auth.session.isEmpty())
        st.auth.session = str(f.text).trimmed();
    bool ok = false;
    const int level = attr(f, "level").toInt(&ok);
    if (ok)
        st.auth.level = level;
}

void ReplyBuilder::startOk(Frame &, Frame *)
{
    s->hasOk = true;
}

void ReplyBuilder::endOk(Frame &f, Frame *)
{
    State &st = *s;
    st.ok.redirect = str(f.text).trimmed();
    st.ok.redirectType = attr(f, "type");
    st.ok.onBlankRedirectAction = attr(f, "on_blank_redirect_action");
    if (yes(attr(f, "show_success")))
        st.showSuccess = true;
}

// <skip/> or <unavailable/>: a wizard step probed with checkonly=on. With text or children it is an ordinary
// value of that name.
void ReplyBuilder::endStepMarker(Frame &f, Frame *parent)
{
    if (f.hasChildren || !isBlank(QByteArrayView(f.text.data(), qsizetype(f.text.size())))) {
        endValue(f, parent);
        return;
    }
    (f.name == "skip" ? s->skip : s->unavailable) = true;
}

bool ReplyBuilder::assembleAuth(Reply &reply)
{
    if (!s->hasAuth)
        return false;
    reply.kind = ReplyKind::Auth;
    reply.auth = s->auth;
    return true;
}

bool ReplyBuilder::assembleOk(Reply &reply)
{
    if (!s->hasOk)
        return false;
    OkReply ok = s->ok;
    if (const Value *id = findValue("id"))
        ok.id = id->text.trimmed();
    ok.showSuccess = s->showSuccess || findValue("show_success") != nullptr;
    reply.kind = ReplyKind::Ok;
    reply.ok = ok;
    return true;
}

bool ReplyBuilder::assembleProgress(Reply &reply)
{
    const Value *action = findValue("action");
    const Value *steps = findValue("steps");
    const Value *done = findValue("done");
    if (!action || (!steps && !done))
        return false;
    ProgressData p;
    p.action = action->text.trimmed();
    const auto number = [this](const char *name) -> qint64 {
        const Value *v = findValue(name);
        return v ? v->text.trimmed().toLongLong() : 0;
    };
    p.start = number("start");
    p.last = number("last");
    p.now = number("now");
    bool ok = false;
    if (steps) {
        const int n = steps->text.trimmed().toInt(&ok);
        if (ok)
            p.steps = n;
    }
    if (done) {
        const int n = done->text.trimmed().toInt(&ok);
        if (ok)
            p.done = n;
    }
    if (const Value *comment = findValue("comment"))
        p.comment = comment->text;
    reply.kind = ReplyKind::Progress;
    reply.progress = p;
    return true;
}

void ReplyBuilder::unknownShape(Reply &reply, const QString &message) const
{
    ParseFailure f;
    f.reason = ParseFailure::Reason::UnknownShape;
    f.insideDocument = m_rootSeen;
    f.message = message;
    reply.failure = f;
}

// Metadata of a page type no other kind took (a report without data, a new page kind).
bool ReplyBuilder::assembleUnknownMetadata(Reply &reply)
{
    if (!s->hasMetadata)
        return false;
    unknownShape(reply,
        QCoreApplication::translate(
            "mgrdesk::protocol", "The reply describes a page of type “%1”, which this client cannot show.")
            .arg(s->metaType));
    return true;
}

bool ReplyBuilder::assembleUnknownStructure(Reply &reply)
{
    if (s->complexValues.isEmpty())
        return false;
    unknownShape(reply,
        QCoreApplication::translate("mgrdesk::protocol", "The reply has an unknown shape (it holds <%1>).")
            .arg(s->complexValues.first()));
    return true;
}

// A <doc> holding nothing but decoration (tparams, saved_filters, messages…): an emptied list looks exactly
// like that (docs/protocol.md §4), so it is read as an empty table.
bool ReplyBuilder::assembleEmptyDoc(Reply &reply)
{
    finishTable(reply, true);
    return true;
}

} // namespace mgrdesk::protocol::detail
