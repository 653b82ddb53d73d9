// ReplyBuilder::finish(): decides the kind of a completely read reply (protocol.md §4) and assembles it.
// Priority: error > auth > ok > progress > menu > notify (a table) > report/dashboard > table > form. A <doc>
// holding nothing but decorations (tparams, saved_filters, messages…) is read as an empty table, because an
// emptied list looks exactly like that (see docs/cli.md, "Decisions").
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

QHash<QString, QString> toHash(const Attributes &attrs)
{
    QHash<QString, QString> hash;
    for (const auto &a : attrs)
        hash.insert(a.first, a.second);
    return hash;
}

QString attrValue(const Attributes &attrs, const char *name)
{
    for (const auto &a : attrs) {
        if (a.first == QLatin1String(name))
            return a.second;
    }
    return {};
}

MenuNode toMenuNode(const ReplyBuilder::MenuBuildNode &b, const QHash<QString, QString> &messages)
{
    MenuNode node;
    node.name = attrValue(b.attrs, "name");
    node.action = attrValue(b.attrs, "action");
    node.type = attrValue(b.attrs, "type");
    node.popular = attrValue(b.attrs, "popular") == QLatin1String("yes");
    node.title = messages.value(QStringLiteral("menu_") + node.name, messages.value(node.name));
    for (const auto &child : b.children)
        node.children.append(toMenuNode(*child, messages));
    return node;
}

} // namespace

const ReplyBuilder::Value *ReplyBuilder::findValue(const char *name) const
{
    for (const Value &v : s->values) {
        if (v.name == QLatin1String(name))
            return &v;
    }
    return nullptr;
}

void ReplyBuilder::finishError(Reply &reply)
{
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
}

bool ReplyBuilder::finishProgress(Reply &reply)
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

void ReplyBuilder::finishForm(Reply &reply)
{
    State &st = *s;
    auto form = QSharedPointer<FormData>::create();
    for (const Value &v : st.values) {
        form->values.append({ v.name, v.text });
        if (!v.attrs.isEmpty() && !form->valueAttributes.contains(v.name))
            form->valueAttributes.insert(v.name, v.attrs);
    }
    form->options = st.options;
    for (const auto &sink : st.lists) {
        QSharedPointer<TableData> table = sink->table;
        if (table->columnIndex(QStringLiteral("id")) >= 0)
            table->keyColumn = QStringLiteral("id");
        else if (table->columnIndex(QStringLiteral("elid")) >= 0)
            table->keyColumn = QStringLiteral("elid");
        table->squeeze();
        form->lists.insert(sink->name, table);
    }
    if (st.hasMetadata && (st.metaType == QLatin1String("form") || !st.fields.isEmpty())) {
        form->hasMetadata = true;
        form->name = st.metaName;
        form->title = st.formTitle;
        form->pages = st.pages;
        form->fields = st.fields;
        form->buttons = st.buttons;
        for (FormField &f : form->fields) {
            f.label = st.messages.value(f.name);
            f.hint = st.messages.value(QStringLiteral("hint_") + f.name);
            f.placeholder = st.messages.value(QStringLiteral("placeholder_") + f.name);
        }
        if (form->title.isEmpty())
            form->title = st.messages.value(QStringLiteral("title"));
    }
    form->messages = st.messages;
    form->docAttributes = toHash(st.docAttributes);
    reply.kind = ReplyKind::Form;
    reply.form = form;
}

void ReplyBuilder::finishMenu(Reply &reply)
{
    State &st = *s;
    auto menu = QSharedPointer<MenuData>::create();
    menu->level = attrValue(st.menuRoot.attrs, "level");
    menu->name = attrValue(st.menuRoot.attrs, "name");
    menu->startPage = attrValue(st.menuRoot.attrs, "startpage");
    for (const auto &child : st.menuRoot.children)
        menu->nodes.append(toMenuNode(*child, st.messages));
    menu->messages = st.messages;
    reply.kind = ReplyKind::Menu;
    reply.menu = menu;
}

// func=notify (protocol.md §4.3). A notification list is a <notify> holding <item> children; an empty
// <notify/> counts as one with no items only when the doc says func="notify" or holds nothing else (a form
// always has more, at least elid). <notify>off</notify> is a form value. The reply is a Table (name, count,
// title) plus Reply::notify, so it stays exactly one kind.
bool ReplyBuilder::finishNotify(Reply &reply)
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
    auto table = QSharedPointer<TableData>::create();
    const int name = table->addColumn(QStringLiteral("name"));
    const int count = table->addColumn(QStringLiteral("count"));
    const int title = table->addColumn(QStringLiteral("title"));
    for (const NotifyItem &item : std::as_const(st.notifyItems)) {
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
    reply.notify = st.notifyItems;
    return true;
}

Reply ReplyBuilder::finish()
{
    Reply reply;
    if (m_failure) {
        reply.failure = m_failure;
        return reply;
    }
    State &st = *s;
    reply.docAttributes = toHash(st.docAttributes);
    const auto unknown = [&reply, this](const QString &message) {
        ParseFailure f;
        f.reason = ParseFailure::Reason::UnknownShape;
        f.insideDocument = m_rootSeen;
        f.message = message;
        reply.failure = f;
    };
    if (!m_rootSeen) {
        unknown(QCoreApplication::translate(
            "mgrdesk::protocol", "Not an API reply: it holds no document element."));
        return reply;
    }
    if (st.hasError) {
        finishError(reply);
        return reply;
    }
    if (st.hasAuth) {
        reply.kind = ReplyKind::Auth;
        reply.auth = st.auth;
        return reply;
    }
    if (st.hasOk) {
        OkReply ok = st.ok;
        if (const Value *id = findValue("id"))
            ok.id = id->text.trimmed();
        ok.showSuccess = st.showSuccess || findValue("show_success") != nullptr;
        reply.kind = ReplyKind::Ok;
        reply.ok = ok;
        return reply;
    }
    if (finishProgress(reply))
        return reply;
    if (st.hasMenu) {
        finishMenu(reply);
        return reply;
    }
    if (finishNotify(reply))
        return reply;
    if (finishReport(reply))
        return reply;
    const QString type = st.metaType;
    const bool listType = type == QLatin1String("list") || type == QLatin1String("report")
        || type == QLatin1String("dashboard");
    const bool paging = findValue("p_elems") || findValue("p_num");
    if (st.hasElem || (st.hasMetadata && listType) || paging) {
        finishTable(reply, false);
        return reply;
    }
    if ((st.hasMetadata && type == QLatin1String("form")) || st.hasSlist || !st.values.empty()
        || !st.lists.empty()) {
        finishForm(reply);
        return reply;
    }
    if (st.hasMetadata) {
        unknown(QCoreApplication::translate(
            "mgrdesk::protocol", "The reply describes a page of type “%1”, which this client cannot show.")
                    .arg(type));
        return reply;
    }
    if (!st.complexValues.isEmpty()) {
        unknown(QCoreApplication::translate(
            "mgrdesk::protocol", "The reply has an unknown shape (it holds <%1>).")
                    .arg(st.complexValues.first()));
        return reply;
    }
    finishTable(reply, true);
    return reply;
}

} // namespace mgrdesk::protocol::detail
