// ReplyBuilder, lists (docs/protocol.md §5): rows and cells go straight into TableData's column store; list
// metadata (coldata with sort state and totals, the toolbar with its hide/show rules) is kept as it comes and
// joined with the messages when the table is assembled.
#include "replybuilder_p.h"

namespace mgrdesk::protocol::detail {

namespace {

// sorted="+1" | "-1" | "+2" | "yes" | "desc" | "asc": the sign is the direction, the number the priority.
void readSorted(ColumnInfo &c)
{
    const QString v = c.sorted.trimmed().toLower();
    if (v.isEmpty() || v == QLatin1String("no") || v == QLatin1String("off") || v == QLatin1String("0"))
        return;
    if (v == QLatin1String("yes") || v == QLatin1String("asc") || v == QLatin1String("on")) {
        c.sortDirection = 1;
        c.sortPriority = 1;
        return;
    }
    if (v == QLatin1String("desc")) {
        c.sortDirection = -1;
        c.sortPriority = 1;
        return;
    }
    bool ok = false;
    const int n = v.toInt(&ok);
    if (ok && n != 0) {
        c.sortDirection = n > 0 ? 1 : -1;
        c.sortPriority = qBound(1, n > 0 ? n : -n, 1000);
    }
}

} // namespace

void ReplyBuilder::startRow(Frame &, Frame *parent)
{
    State &st = *s;
    if (parent && parent->ctx == Ctx::EList) {
        st.currentSink = st.lists[size_t(parent->mark)].get();
    } else {
        st.currentSink = &st.main;
        st.hasElem = true;
    }
    st.currentSink->table->beginRow();
    st.currentSink->hint = 0;
}

void ReplyBuilder::endRow(Frame &, Frame *)
{
    if (s->currentSink)
        s->currentSink->table->endRow();
}

void ReplyBuilder::endCellFrame(Frame &f, Frame *)
{
    if (s->currentSink)
        endCell(f);
}

// Records the first non-blank text for the enclosing cell.
void ReplyBuilder::endCellNested(Frame &f, Frame *)
{
    for (int i = m_depth - 2; i >= 0; --i) {
        Frame &cell = m_stack[size_t(i)];
        if (cell.ctx == Ctx::Cell) {
            if (cell.nested.empty() && !isBlank(QByteArrayView(f.text.data(), qsizetype(f.text.size()))))
                cell.nested = f.text;
            break;
        }
    }
}

// <action><button name type default/></action> inside a row (embedded lists of wizards).
void ReplyBuilder::endCellButton(Frame &f, Frame *parent)
{
    Sink *sink = s->currentSink;
    if (!sink || !parent || parent->ctx != Ctx::Cell || sink->table->rowButtons.size() >= 100000)
        return;
    RowButton b;
    b.row = sink->table->rowCount(); // the row being built: rows are counted when they end
    if (parent->column >= 0 && size_t(parent->column) < sink->names.size())
        b.column = str(sink->names[size_t(parent->column)]);
    b.name = attr(f, "name");
    b.type = attr(f, "type");
    b.isDefault = yes(attr(f, "default"));
    b.attributes = allAttributes(f);
    sink->table->rowButtons.append(b);
}

void ReplyBuilder::startEList(Frame &f, Frame *)
{
    f.mark = int(s->lists.size());
    s->lists.push_back(std::make_unique<Sink>());
}

void ReplyBuilder::endEList(Frame &f, Frame *)
{
    s->lists[size_t(f.mark)]->name = attr(f, "name");
}

void ReplyBuilder::startToolBtn(Frame &, Frame *)
{
    s->pendingHide.clear();
    s->pendingShow.clear();
}

void ReplyBuilder::endToolBtn(Frame &f, Frame *)
{
    ToolButton b;
    b.name = attr(f, "name");
    b.func = attr(f, "func");
    b.type = attr(f, "type");
    b.img = attr(f, "img");
    b.level = attr(f, "level");
    b.isDefault = yes(attr(f, "default"));
    b.warning = yes(attr(f, "warning"));
    b.hide = s->pendingHide;
    b.show = s->pendingShow;
    s->toolbar.append(b);
}

void ReplyBuilder::endToolRule(Frame &f, Frame *)
{
    (f.name == "hide" ? s->pendingHide : s->pendingShow)
        .append({ attr(f, "name"), attr(f, "value"), attr(f, "level") });
}

void ReplyBuilder::startToolGroup(Frame &f, Frame *)
{
    f.mark = int(s->toolbar.size());
}

void ReplyBuilder::endToolGroup(Frame &f, Frame *)
{
    const QString group = attr(f, "name");
    for (int i = f.mark; i < s->toolbar.size(); ++i)
        s->toolbar[i].group = group;
}

void ReplyBuilder::startCol(Frame &, Frame *)
{
    s->pendingProps.clear();
}

void ReplyBuilder::endCol(Frame &f, Frame *)
{
    ColumnInfo c;
    c.name = attr(f, "name");
    c.type = attr(f, "type");
    c.sort = attr(f, "sort");
    c.sorted = attr(f, "sorted");
    c.convert = attr(f, "convert");
    c.level = attr(f, "level");
    c.stat = yes(attr(f, "stat"));
    if (hasAttr(f, "total"))
        c.total = attr(f, "total");
    c.attributes = allAttributes(f);
    c.props = s->pendingProps;
    readSorted(c);
    if (!c.name.isEmpty())
        s->columns.append(c);
}

void ReplyBuilder::endColProp(Frame &f, Frame *)
{
    s->pendingProps.append(allAttributes(f));
}

bool ReplyBuilder::assembleTable(Reply &reply)
{
    const State &st = *s;
    const QString &type = st.metaType;
    const bool listType = type == QLatin1String("list") || type == QLatin1String("report")
        || type == QLatin1String("dashboard");
    const bool paging = findValue("p_elems") || findValue("p_num");
    if (!st.hasElem && !(st.hasMetadata && listType) && !paging)
        return false;
    finishTable(reply, false);
    return true;
}

void ReplyBuilder::finishTable(Reply &reply, bool inferred)
{
    State &st = *s;
    QSharedPointer<TableData> table = st.main.table;
    if (table->rowCount() == 0 && st.hasElem == false)
        table->inferredFromEmptyDoc = inferred;
    ListMetadata &meta = table->metadata;
    const bool listMeta = !st.columns.isEmpty() || !st.toolbar.isEmpty() || !st.metaKey.isEmpty();
    if (st.hasMetadata && (listMeta || st.metaType != QLatin1String("form"))) {
        meta.present = true;
        meta.name = st.metaName;
        meta.key = st.metaKey;
        meta.keyName = st.metaKeyName;
        meta.autoUpdate = st.metaAutoUpdate.toInt();
        meta.columns = st.columns;
        meta.toolbar = st.toolbar;
        for (ColumnInfo &c : meta.columns)
            c.title = st.messages.value(c.name);
        for (ToolButton &b : meta.toolbar) {
            b.title = st.messages.value(b.name);
            b.hint = st.messages.value(QStringLiteral("hint_") + b.name);
            b.confirm = st.messages.value(QStringLiteral("msg_confirm_") + b.name);
        }
        QStringList order;
        for (const ColumnInfo &c : std::as_const(meta.columns))
            order.append(c.name);
        if (!order.isEmpty())
            table->reorderColumns(order);
    }
    if (!meta.key.isEmpty())
        table->keyColumn = meta.key;
    else if (table->columnIndex(QStringLiteral("id")) >= 0)
        table->keyColumn = QStringLiteral("id");
    else if (table->columnIndex(QStringLiteral("elid")) >= 0)
        table->keyColumn = QStringLiteral("elid");
    bool ok = false;
    if (const Value *v = findValue("p_elems")) {
        const qint64 n = v->text.trimmed().toLongLong(&ok);
        if (ok)
            table->total = n;
    }
    if (const Value *v = findValue("p_num")) {
        const int n = v->text.trimmed().toInt(&ok);
        if (ok)
            table->page = n;
    }
    if (const Value *v = findValue("p_cnt")) {
        const int n = v->text.trimmed().toInt(&ok);
        if (ok)
            table->pageSize = n;
    }
    if (const Value *v = findValue("p_sort"))
        table->sortColumn = v->text.trimmed();
    if (const Value *v = findValue("p_order"))
        table->sortOrder = v->text.trimmed();
    if (const Value *v = findValue("filter")) {
        table->filterText = v->text;
        const QString f = v->text.trimmed().toLower();
        if (f == QLatin1String("on") || f == QLatin1String("yes") || f == QLatin1String("true"))
            table->filterActive = true;
        else if (f == QLatin1String("off") || f == QLatin1String("no") || f == QLatin1String("false"))
            table->filterActive = false;
    }
    if (const Value *v = findValue("plid"))
        table->plid = v->text;
    if (const Value *v = findValue("plname"))
        table->plname = v->text;
    table->messages = st.messages;
    table->docAttributes = toHash(st.docAttributes);
    table->squeeze();
    reply.kind = ReplyKind::Table;
    reply.table = table;
}

} // namespace mgrdesk::protocol::detail
