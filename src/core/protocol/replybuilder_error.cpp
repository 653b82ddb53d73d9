// ReplyBuilder, errors (docs/protocol.md §9): <error type object code lang report> with param, stack, group,
// detail and msg children. An error beats every other kind.
#include "replybuilder_p.h"

#include <QCoreApplication>

namespace mgrdesk::protocol::detail {

namespace {

QString fillPlaceholders(QString text, const ApiError &error, const QString &objectWord)
{
    for (const auto &p : error.params) {
        const QString value
            = (p.first == QLatin1String("object") && !objectWord.isEmpty()) ? objectWord : p.second;
        text.replace(QLatin1String("__") + p.first + QLatin1String("__"), value);
    }
    return text;
}

} // namespace

void ReplyBuilder::startError(Frame &, Frame *)
{
    s->hasError = true;
}

void ReplyBuilder::endError(Frame &f, Frame *)
{
    ApiError &e = s->error;
    e.type = attr(f, "type");
    e.object = attr(f, "object");
    e.code = attr(f, "code");
    e.lang = attr(f, "lang");
    e.report = yes(attr(f, "report"));
}

void ReplyBuilder::endErrorLeaf(Frame &f, Frame *)
{
    ApiError &e = s->error;
    QString *target = f.name == "msg" ? &e.message : f.name == "group" ? &e.group : &e.detail;
    if (target->isEmpty())
        *target = str(f.text);
}

void ReplyBuilder::endErrorParam(Frame &f, Frame *)
{
    State &st = *s;
    const QString name = attr(f, "name");
    const QString value = str(f.text);
    st.error.params.append({ name, value });
    if (name == QLatin1String("object") && st.objectWord.isEmpty())
        st.objectWord = attr(f, "msg");
    if (name == QLatin1String("value") && st.error.value.isEmpty())
        st.error.value = value;
}

void ReplyBuilder::endStackAction(Frame &f, Frame *)
{
    s->error.stack.append({ str(f.text).trimmed(), attr(f, "user"), attr(f, "level") });
}

bool ReplyBuilder::assembleError(Reply &reply)
{
    if (!s->hasError)
        return false;
    ApiError error = s->error;
    const auto filled = [&](const QString &t) { return fillPlaceholders(t, error, s->objectWord).trimmed(); };
    if (error.message.trimmed().isEmpty()) {
        QString message;
        if (!error.detail.trimmed().isEmpty())
            message = filled(error.detail);
        if (message.isEmpty() && !error.group.trimmed().isEmpty())
            message = filled(error.group);
        if (message.isEmpty() && !s->objectWord.trimmed().isEmpty())
            message = filled(s->objectWord);
        if (message.isEmpty())
            message = QCoreApplication::translate(
                "mgrdesk::protocol", "The server reported an error (type “%1”).")
                          .arg(error.type.isEmpty() ? QStringLiteral("?") : error.type);
        error.message = message;
    }
    reply.kind = ReplyKind::Error;
    reply.error = error;
    return true;
}

} // namespace mgrdesk::protocol::detail
