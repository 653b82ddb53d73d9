// ReplyBuilder, notifications (func=notify, docs/protocol.md §8):
//   <notify><item name type img action><msg>N</msg></item><item balance="yes" action><value>…</value></item>
//   </notify><timeout>60</timeout>
// and the older <notify><item name count="N">title</item></notify>. The reply is a Table (name, count, title)
// with Reply::notify and Reply::notifyData beside it, so it stays exactly one kind.
#include "replybuilder_p.h"

namespace mgrdesk::protocol::detail {

void ReplyBuilder::startNotify(Frame &f, Frame *)
{
    f.mark = s->notifyItemCount;
}

void ReplyBuilder::endNotify(Frame &f, Frame *parent)
{
    State &st = *s;
    if (st.notifyItemCount > f.mark)
        st.hasNotify = true; // a notification list
    else
        endValue(f, parent); // no <item>: a form value (<notify>off</notify>) or an unknown structure
}

void ReplyBuilder::startNotifyItem(Frame &, Frame *)
{
    State &st = *s;
    st.pendingNotifyMsg.clear();
    st.pendingNotifyValue.clear();
    st.pendingNotifyHasMsg = st.pendingNotifyHasValue = false;
}

void ReplyBuilder::endNotifyLeaf(Frame &f, Frame *)
{
    State &st = *s;
    if (f.name == "msg") {
        if (!st.pendingNotifyHasMsg)
            st.pendingNotifyMsg = str(f.text);
        st.pendingNotifyHasMsg = true;
    } else {
        if (!st.pendingNotifyHasValue)
            st.pendingNotifyValue = str(f.text);
        st.pendingNotifyHasValue = true;
    }
}

void ReplyBuilder::endNotifyItem(Frame &f, Frame *)
{
    State &st = *s;
    ++st.notifyItemCount;
    if (yes(attr(f, "balance"))) {
        if (!st.notifyBalance) {
            st.notifyBalance = st.pendingNotifyValue.trimmed();
            st.notifyBalanceAction = attr(f, "action");
        }
        return;
    }
    if (st.notifyItems.size() >= 10000)
        return;
    NotifyItem item;
    item.name = attr(f, "name");
    item.title = str(f.text).trimmed();
    item.type = attr(f, "type");
    item.img = attr(f, "img");
    item.action = attr(f, "action");
    item.attributes = allAttributes(f);
    bool ok = false;
    const QString countText = st.pendingNotifyHasMsg ? st.pendingNotifyMsg : attr(f, "count");
    const int count = countText.trimmed().toInt(&ok);
    item.count = ok ? count : 0;
    item.hasCount = ok;
    st.notifyItems.append(item);
}

// A notification list is a <notify> holding <item> children; an empty <notify/> counts as one with no items
// only when the doc says func="notify" or holds nothing else (a form always has more, at least elid).
bool ReplyBuilder::assembleNotify(Reply &reply)
{
    State &st = *s;
    if (st.hasElem)
        return false; // a list that also carries counters stays that list
    if (!st.hasNotify) {
        const Value *v = findValue("notify");
        if (!v || !v->text.trimmed().isEmpty() || !v->attrs.isEmpty())
            return false;
        const bool notifyFunc = attrValue(st.docAttributes, "func") == QLatin1String("notify");
        const bool alone = st.values.size() == 1 && !st.hasSlist && st.lists.empty() && !st.hasMetadata
            && st.complexValues.isEmpty();
        if (!notifyFunc && !alone)
            return false;
    }
    NotifyData data;
    data.items = st.notifyItems;
    for (NotifyItem &item : data.items)
        item.hint = st.messages.value(QStringLiteral("hint_") + item.name);
    data.balance = st.notifyBalance;
    data.balanceAction = st.notifyBalanceAction;
    if (const Value *timeout = findValue("timeout")) {
        bool ok = false;
        const int seconds = timeout->text.trimmed().toInt(&ok);
        if (ok && seconds >= 0)
            data.timeout = seconds;
    }
    auto table = QSharedPointer<TableData>::create();
    const int name = table->addColumn(QStringLiteral("name"));
    const int count = table->addColumn(QStringLiteral("count"));
    const int title = table->addColumn(QStringLiteral("title"));
    for (const NotifyItem &item : std::as_const(data.items)) {
        table->beginRow();
        table->setCell(name, item.name.toUtf8());
        table->setCell(count, QByteArray::number(item.count));
        table->setCell(title, item.title.toUtf8());
        table->endRow();
    }
    table->messages = st.messages;
    table->docAttributes = toHash(st.docAttributes);
    table->squeeze();
    reply.kind = ReplyKind::Table;
    reply.table = table;
    reply.notify = data.items;
    reply.notifyData = data;
    return true;
}

} // namespace mgrdesk::protocol::detail
