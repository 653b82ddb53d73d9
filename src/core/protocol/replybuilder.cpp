#include "replybuilder_p.h"

#include <QCoreApplication>

#include <string_view>

namespace mgrdesk::protocol::detail {

namespace {

QString str(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool isBlank(QByteArrayView s)
{
    for (const char c : s) {
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return false;
    }
    return true;
}

bool yes(const QString &v)
{
    return v == QLatin1String("yes") || v == QLatin1String("on") || v == QLatin1String("true");
}

} // namespace

ReplyBuilder::ReplyBuilder(int maxDepth)
    : m_maxDepth(maxDepth)
    , s(std::make_unique<State>())
{
    m_stack.reserve(32);
}

ReplyBuilder::~ReplyBuilder() = default;

void ReplyBuilder::fail(ParseFailure::Reason reason, const QString &message)
{
    if (m_failure)
        return;
    ParseFailure f;
    f.reason = reason;
    f.message = message;
    if (position) {
        const auto [line, column] = position();
        f.line = line;
        f.column = column;
    }
    m_failure = f;
}

QString ReplyBuilder::attr(const Frame &frame, const char *name) const
{
    for (size_t i = 0; i < frame.attrCount; ++i) {
        if (frame.attrs[i].first == name)
            return str(frame.attrs[i].second);
    }
    return {};
}

Attributes ReplyBuilder::allAttributes(const Frame &frame) const
{
    Attributes out;
    out.reserve(qsizetype(frame.attrCount));
    for (size_t i = 0; i < frame.attrCount; ++i)
        out.append({ str(frame.attrs[i].first), str(frame.attrs[i].second) });
    return out;
}

ReplyBuilder::Ctx ReplyBuilder::childContext(Ctx parent, QByteArrayView n)
{
    const auto is = [&n](const char *s) { return n == QByteArrayView(s); };
    switch (parent) {
    case Ctx::Doc:
        if (is("elem"))
            return Ctx::Row;
        if (is("error"))
            return Ctx::Error;
        if (is("auth"))
            return Ctx::Auth;
        if (is("ok"))
            return Ctx::Ok;
        if (is("metadata"))
            return Ctx::Metadata;
        if (is("messages"))
            return Ctx::Messages;
        if (is("slist"))
            return Ctx::Slist;
        if (is("list"))
            return Ctx::EList;
        if (is("mainmenu"))
            return Ctx::Menu;
        if (is("notify"))
            return Ctx::Notify; // func=notify's counters, or a plain form value (<notify>off</notify>)
        if (is("tparams") || is("saved_filters") || is("p_possible_filters") || is("tips"))
            return Ctx::Skip; // the request echo and list decorations: never values or columns
        return Ctx::Value;
    case Ctx::Row:
        return Ctx::Cell;
    case Ctx::Cell:
    case Ctx::CellNested:
        return Ctx::CellNested;
    case Ctx::Error:
        if (is("param"))
            return Ctx::ErrorParam;
        if (is("stack"))
            return Ctx::ErrorStack;
        if (is("group") || is("detail") || is("msg"))
            return Ctx::ErrorLeaf;
        return Ctx::Skip;
    case Ctx::ErrorStack:
        return is("action") ? Ctx::StackAction : Ctx::Skip;
    case Ctx::Metadata:
        if (is("toolbar"))
            return Ctx::Toolbar;
        if (is("coldata"))
            return Ctx::Coldata;
        if (is("form"))
            return Ctx::MForm;
        if (is("page"))
            return Ctx::MPage;
        if (is("field"))
            return Ctx::MField;
        if (is("buttons"))
            return Ctx::MButtons;
        return Ctx::Skip;
    case Ctx::Toolbar:
        if (is("toolgrp"))
            return Ctx::ToolGroup;
        return is("toolbtn") ? Ctx::ToolBtn : Ctx::Skip;
    case Ctx::ToolGroup:
        return is("toolbtn") ? Ctx::ToolBtn : Ctx::Skip;
    case Ctx::ToolBtn:
        return (is("hide") || is("show")) ? Ctx::ToolRule : Ctx::Skip;
    case Ctx::Coldata:
        return is("col") ? Ctx::Col : Ctx::Skip;
    case Ctx::Col:
        return is("prop") ? Ctx::ColProp : Ctx::Skip;
    case Ctx::MForm:
        if (is("page"))
            return Ctx::MPage;
        if (is("field"))
            return Ctx::MField;
        if (is("buttons"))
            return Ctx::MButtons;
        return Ctx::Skip;
    case Ctx::MPage:
        return is("field") ? Ctx::MField : Ctx::Skip;
    case Ctx::MField:
        return is("if") ? Ctx::Skip : Ctx::MControl;
    case Ctx::MControl:
        return is("if") ? Ctx::MIf : Ctx::Skip;
    case Ctx::MButtons:
        return is("button") ? Ctx::MButton : Ctx::Skip;
    case Ctx::Messages:
        return is("msg") ? Ctx::Msg : Ctx::Skip;
    case Ctx::Slist:
        return is("val") ? Ctx::SlistVal : Ctx::Skip;
    case Ctx::EList:
        return is("elem") ? Ctx::Row : Ctx::Skip;
    case Ctx::Menu:
    case Ctx::MenuNode:
        return is("node") ? Ctx::MenuNode : Ctx::Skip;
    case Ctx::Notify:
        return is("item") ? Ctx::NotifyItem : Ctx::Skip;
    default:
        return Ctx::Skip;
    }
}

bool ReplyBuilder::startElement(QByteArrayView name)
{
    if (m_failure)
        return false;
    if (m_depth >= m_maxDepth) {
        fail(ParseFailure::Reason::TooDeep,
            QCoreApplication::translate(
                "mgrdesk::protocol", "The reply is nested deeper than the limit of %1 levels.")
                .arg(m_maxDepth));
        return false;
    }
    Frame *parent = m_depth > 0 ? &m_stack[size_t(m_depth) - 1] : nullptr;
    Ctx ctx;
    if (!parent) {
        if (m_rootClosed) {
            ctx = Ctx::Skip; // a second document element (JSON arrays): ignored
        } else if (name == QByteArrayView("doc")) {
            ctx = Ctx::Doc;
        } else if (name == QByteArrayView("metadata")) {
            ctx = Ctx::Metadata; // a bare interface description: read as <doc><metadata/></doc>
        } else {
            const QString root = QString::fromUtf8(name).left(40);
            const QString lower = root.toLower();
            if (lower == QLatin1String("html") || lower == QLatin1String("head")
                || lower == QLatin1String("body"))
                fail(ParseFailure::Reason::Html,
                    QCoreApplication::translate("mgrdesk::protocol",
                        "The server sent a web page instead of an API reply (the session may have "
                        "expired)."));
            else
                fail(ParseFailure::Reason::UnknownShape,
                    QCoreApplication::translate(
                        "mgrdesk::protocol", "Not an API reply: the document element is <%1>, not <doc>.")
                        .arg(root));
            return false;
        }
        m_rootSeen = true;
    } else {
        parent->hasChildren = true;
        ctx = parent->ctx == Ctx::Skip ? Ctx::Skip : childContext(parent->ctx, name);
    }
    if (m_stack.size() <= size_t(m_depth))
        m_stack.emplace_back();
    Frame &f = m_stack[size_t(m_depth)];
    ++m_depth;
    parent = m_depth > 1 ? &m_stack[size_t(m_depth) - 2] : nullptr; // emplace_back may have moved the stack
    if (s->report.wants(m_depth, name))
        s->report.start(name); // reports and dashboards (reportcollector.h)
    f.ctx = ctx;
    f.column = -1;
    f.direct = false;
    if (ctx == Ctx::Cell) {
        if (s->currentSink) {
            f.column = columnFor(*s->currentSink, name); // cells need no copy of their name
            f.direct = s->currentSink->table->openCell(f.column);
        }
    } else if (ctx != Ctx::Skip && ctx != Ctx::CellNested && ctx != Ctx::Row) {
        f.name.assign(name.data(), size_t(name.size()));
    }
    f.text.clear();
    f.nested.clear();
    f.attrCount = 0;
    f.hasChildren = false;
    f.node = nullptr;
    if (ctx != Ctx::Skip)
        onStart(f, parent);
    return true;
}

bool ReplyBuilder::startElementInterned(const char *name)
{
    if (m_internedNames && m_depth > 0 && m_depth < m_maxDepth && !m_failure) {
        Sink *sink = s->currentSink;
        if (sink && m_stack[size_t(m_depth) - 1].ctx == Ctx::Row) {
            const size_t count = sink->namePtrs.size();
            size_t column = sink->hint; // rows repeat their children in the same order
            if (column >= count || sink->namePtrs[column] != name) {
                // A sparse row skipped a child: look further on first, then from the start.
                size_t i = column < count ? column + 1 : count;
                while (i < count && sink->namePtrs[i] != name)
                    ++i;
                if (i == count) {
                    i = 0;
                    while (i < count && sink->namePtrs[i] != name)
                        ++i;
                }
                column = i;
            }
            if (column < count) {
                m_stack[size_t(m_depth) - 1].hasChildren = true;
                if (m_stack.size() <= size_t(m_depth))
                    m_stack.emplace_back();
                Frame &f = m_stack[size_t(m_depth)];
                ++m_depth;
                f.ctx = Ctx::Cell;
                f.column = int(column);
                f.direct = sink->table->openCell(f.column);
                f.nested.clear();
                f.attrCount = 0;
                f.hasChildren = false;
                f.node = nullptr;
                sink->hint = column + 1;
                return true;
            }
        }
    }
    return startElement(QByteArrayView(name));
}

void ReplyBuilder::attribute(QByteArrayView name, QByteArrayView value)
{
    if (m_depth == 0 || m_failure)
        return;
    if (s->report.active())
        s->report.attribute(name, value);
    Frame &f = m_stack[size_t(m_depth) - 1];
    if (f.ctx == Ctx::Skip || f.ctx == Ctx::Row || f.ctx == Ctx::CellNested)
        return;
    if (f.attrs.size() <= f.attrCount)
        f.attrs.emplace_back();
    auto &a = f.attrs[f.attrCount++];
    a.first.assign(name.data(), size_t(name.size()));
    a.second.assign(value.data(), size_t(value.size()));
}

void ReplyBuilder::text(QByteArrayView text)
{
    if (m_depth == 0 || m_failure)
        return;
    if (s->report.active())
        s->report.text(text);
    Frame &f = m_stack[size_t(m_depth) - 1];
    switch (f.ctx) {
    case Ctx::Cell:
        if (f.direct)
            s->currentSink->table->appendToOpenCell(text.data(), text.size());
        break; // a repeated child in one row: the first value wins, this one is dropped
    case Ctx::Value:
    case Ctx::CellNested:
    case Ctx::ErrorLeaf:
    case Ctx::ErrorParam:
    case Ctx::StackAction:
    case Ctx::Auth:
    case Ctx::Ok:
    case Ctx::Msg:
    case Ctx::SlistVal:
    case Ctx::Notify:
    case Ctx::NotifyItem:
        f.text.append(text.data(), size_t(text.size()));
        break;
    default:
        break;
    }
}

void ReplyBuilder::endElement()
{
    if (m_depth == 0 || m_failure)
        return;
    Frame &f = m_stack[size_t(m_depth) - 1];
    if (f.ctx == Ctx::Cell) { // the common case, first: a cell is never the document element
        if (s->currentSink)
            endCell(f);
        --m_depth;
        return;
    }
    Frame *parent = m_depth > 1 ? &m_stack[size_t(m_depth) - 2] : nullptr;
    if (f.ctx != Ctx::Skip)
        onEnd(f, parent);
    if (s->report.active())
        s->report.end();
    --m_depth;
    if (m_depth == 0)
        m_rootClosed = true;
}

int ReplyBuilder::columnFor(Sink &sink, QByteArrayView name)
{
    const size_t count = sink.names.size();
    // Rows repeat their children in the same order: try the column after the previous one first.
    size_t hint = sink.hint;
    if (m_internedNames) { // equal pointers are equal names: no string comparison while they match
        if (hint < count && sink.namePtrs[hint] == name.data())
            return int(sink.hint++);
        for (size_t i = 0; i < count; ++i) {
            if (sink.namePtrs[i] == name.data()) {
                sink.hint = i + 1;
                return int(i);
            }
        }
    }
    const std::string_view wanted(name.data(), size_t(name.size()));
    if (hint < count && sink.names[hint] == wanted) {
        sink.namePtrs[hint] = name.data();
        return int(sink.hint++);
    }
    for (size_t i = 0; i < count; ++i) {
        if (sink.names[i] == wanted) {
            sink.namePtrs[i] = name.data();
            sink.hint = i + 1;
            return int(i);
        }
    }
    const int index = sink.table->addColumn(QString::fromUtf8(name));
    sink.names.emplace_back(wanted);
    sink.namePtrs.push_back(name.data());
    sink.hint = size_t(index) + 1;
    return index;
}

void ReplyBuilder::onStart(Frame &f, Frame *parent)
{
    State &st = *s;
    switch (f.ctx) {
    case Ctx::Metadata:
        st.hasMetadata = true;
        break;
    case Ctx::Row:
        if (parent && parent->ctx == Ctx::EList) {
            st.currentSink = st.lists[size_t(parent->mark)].get();
        } else {
            st.currentSink = &st.main;
            st.hasElem = true;
        }
        st.currentSink->table->beginRow();
        st.currentSink->hint = 0;
        break;
    case Ctx::Error:
        st.hasError = true;
        break;
    case Ctx::Auth:
        st.hasAuth = true;
        break;
    case Ctx::Ok:
        st.hasOk = true;
        break;
    case Ctx::Slist:
        st.hasSlist = true;
        st.pendingOptions.clear();
        break;
    case Ctx::EList:
        f.mark = int(st.lists.size());
        st.lists.push_back(std::make_unique<Sink>());
        break;
    case Ctx::Notify:
        f.mark = int(st.notifyItems.size());
        break;
    case Ctx::Menu:
        st.hasMenu = true;
        st.menuStack.assign(1, &st.menuRoot);
        break;
    case Ctx::MenuNode: {
        MenuBuildNode *top = st.menuStack.empty() ? &st.menuRoot : st.menuStack.back();
        top->children.push_back(std::make_unique<MenuBuildNode>());
        f.node = top->children.back().get();
        st.menuStack.push_back(f.node);
        break;
    }
    case Ctx::ToolBtn:
        st.pendingHide.clear();
        st.pendingShow.clear();
        break;
    case Ctx::ToolGroup:
        f.mark = int(st.toolbar.size());
        break;
    case Ctx::Col:
        st.pendingProps.clear();
        break;
    case Ctx::MPage:
        f.mark = int(st.fields.size());
        f.mark2 = int(st.pages.size());
        st.pages.append(FormPage());
        break;
    case Ctx::MField:
        f.mark = int(st.fields.size());
        break;
    case Ctx::MControl:
        st.pendingIf.clear();
        break;
    default:
        break;
    }
}

void ReplyBuilder::endCell(Frame &f)
{
    if (!f.direct)
        return;
    TableData &table = *s->currentSink->table;
    if (f.hasChildren && isBlank(table.openCellText())) // nested/repeated children: the first text wins
        table.replaceOpenCellText(f.nested.data(), qsizetype(f.nested.size()));
    table.closeCell(f.attrs.data(), f.attrCount); // packed as UTF-8: no QString per attribute
}

void ReplyBuilder::onEnd(Frame &f, Frame *parent)
{
    State &st = *s;
    switch (f.ctx) {
    case Ctx::Doc:
        st.docAttributes = allAttributes(f);
        break;
    case Ctx::Value:
        if (f.hasChildren)
            st.complexValues.append(str(f.name));
        else
            st.values.push_back({ str(f.name), str(f.text), allAttributes(f) });
        break;
    case Ctx::Row:
        if (st.currentSink)
            st.currentSink->table->endRow();
        break;
    case Ctx::Cell:
        if (st.currentSink)
            endCell(f);
        break;
    case Ctx::CellNested:
        // Record the first non-blank text for the enclosing cell.
        for (int i = m_depth - 2; i >= 0; --i) {
            Frame &cell = m_stack[size_t(i)];
            if (cell.ctx == Ctx::Cell) {
                if (cell.nested.empty() && !isBlank(f.text))
                    cell.nested = f.text;
                break;
            }
        }
        break;
    case Ctx::Error:
        st.error.type = attr(f, "type");
        st.error.object = attr(f, "object");
        st.error.lang = attr(f, "lang");
        st.error.report = yes(attr(f, "report"));
        break;
    case Ctx::ErrorLeaf: {
        QString *target = f.name == "msg" ? &st.error.message
            : f.name == "group"           ? &st.error.group
                                          : &st.error.detail;
        if (target->isEmpty())
            *target = str(f.text);
        break;
    }
    case Ctx::ErrorParam: {
        const QString name = attr(f, "name");
        const QString value = str(f.text);
        st.error.params.append({ name, value });
        if (name == QLatin1String("object") && st.objectWord.isEmpty())
            st.objectWord = attr(f, "msg");
        if (name == QLatin1String("value") && st.error.value.isEmpty())
            st.error.value = value;
        break;
    }
    case Ctx::StackAction:
        st.error.stack.append({ str(f.text).trimmed(), attr(f, "user"), attr(f, "level") });
        break;
    case Ctx::Auth: {
        st.auth.session = attr(f, "id");
        if (st.auth.session.isEmpty())
            st.auth.session = str(f.text).trimmed();
        bool ok = false;
        const int level = attr(f, "level").toInt(&ok);
        if (ok)
            st.auth.level = level;
        break;
    }
    case Ctx::Ok:
        st.ok.redirect = str(f.text).trimmed();
        st.ok.redirectType = attr(f, "type");
        if (yes(attr(f, "show_success")))
            st.showSuccess = true;
        break;
    case Ctx::Metadata:
        st.metaName = attr(f, "name");
        st.metaType = attr(f, "type");
        st.metaKey = attr(f, "key");
        st.metaKeyName = attr(f, "keyname");
        st.metaAutoUpdate = attr(f, "autoupdate");
        break;
    case Ctx::ToolBtn: {
        ToolButton b;
        b.name = attr(f, "name");
        b.func = attr(f, "func");
        b.type = attr(f, "type");
        b.img = attr(f, "img");
        b.level = attr(f, "level");
        b.isDefault = yes(attr(f, "default"));
        b.hide = st.pendingHide;
        b.show = st.pendingShow;
        st.toolbar.append(b);
        break;
    }
    case Ctx::ToolRule:
        (f.name == "hide" ? st.pendingHide : st.pendingShow).append({ attr(f, "name"), attr(f, "value") });
        break;
    case Ctx::ToolGroup: {
        const QString group = attr(f, "name");
        for (int i = f.mark; i < st.toolbar.size(); ++i)
            st.toolbar[i].group = group;
        break;
    }
    case Ctx::Col: {
        ColumnInfo c;
        c.name = attr(f, "name");
        c.type = attr(f, "type");
        c.sort = attr(f, "sort");
        c.sorted = attr(f, "sorted");
        c.convert = attr(f, "convert");
        c.level = attr(f, "level");
        c.props = st.pendingProps;
        if (!c.name.isEmpty())
            st.columns.append(c);
        break;
    }
    case Ctx::ColProp:
        st.pendingProps.append(allAttributes(f));
        break;
    case Ctx::MForm:
        st.formTitle = attr(f, "title");
        break;
    case Ctx::MPage: {
        FormPage &page = st.pages[f.mark2];
        page.name = attr(f, "name");
        for (int i = f.mark; i < st.fields.size(); ++i) {
            st.fields[i].page = page.name;
            if (!page.fields.contains(st.fields[i].name))
                page.fields.append(st.fields[i].name);
        }
        break;
    }
    case Ctx::MField: {
        const QString name = attr(f, "name");
        const bool noname = yes(attr(f, "noname"));
        const bool removeIfNew = attr(f, "remove_if") == QLatin1String("new");
        for (int i = f.mark; i < st.fields.size(); ++i) {
            FormField &field = st.fields[i];
            if (field.name.isEmpty())
                field.name = name;
            field.noname = field.noname || noname;
            field.removeIfNew = field.removeIfNew || removeIfNew;
        }
        break;
    }
    case Ctx::MControl: {
        FormField field;
        field.name = attr(f, "name");
        field.control = str(f.name);
        field.type = attr(f, "type");
        field.required = yes(attr(f, "required"));
        field.readonly = yes(attr(f, "readonly"));
        field.isPrivate = yes(attr(f, "private")) || field.type == QLatin1String("password");
        field.check = attr(f, "check");
        field.checkArgs = attr(f, "checkargs");
        field.depend = attr(f, "depend");
        field.maxLength = attr(f, "maxlength").toInt();
        field.zoom = attr(f, "zoom").toInt();
        field.removeIfNew = attr(f, "remove_if") == QLatin1String("new");
        field.ifRules = st.pendingIf;
        field.attributes = allAttributes(f);
        st.fields.append(field);
        break;
    }
    case Ctx::MIf:
        st.pendingIf.append({ attr(f, "value"), attr(f, "hide"), yes(attr(f, "shadow")) });
        break;
    case Ctx::MButton:
        st.buttons.append({ attr(f, "name"), attr(f, "type") });
        break;
    case Ctx::Msg:
        st.messages.insert(attr(f, "name"), str(f.text));
        break;
    case Ctx::SlistVal: {
        const QString key = attr(f, "key");
        st.pendingOptions.append({ key, str(f.text), key == QLatin1String("null") });
        break;
    }
    case Ctx::Slist:
        st.options.insert(attr(f, "name"), st.pendingOptions);
        break;
    case Ctx::EList:
        st.lists[size_t(f.mark)]->name = attr(f, "name");
        break;
    case Ctx::MenuNode:
        if (f.node)
            f.node->attrs = allAttributes(f);
        if (!st.menuStack.empty())
            st.menuStack.pop_back();
        break;
    case Ctx::Menu:
        st.menuRoot.attrs = allAttributes(f);
        break;
    case Ctx::NotifyItem: {
        NotifyItem item;
        item.name = attr(f, "name");
        item.title = str(f.text);
        bool ok = false;
        const int count = attr(f, "count").trimmed().toInt(&ok);
        item.count = ok ? count : 0;
        st.notifyItems.append(item);
        break;
    }
    case Ctx::Notify:
        if (st.notifyItems.size() > f.mark)
            st.hasNotify = true; // a notification list
        else if (f.hasChildren)
            st.complexValues.append(str(f.name)); // children but no <item>: as any unknown structure
        else
            st.values.push_back({ str(f.name), str(f.text), allAttributes(f) }); // a form value: on/off
        break;
    default:
        break;
    }
    Q_UNUSED(parent);
}

} // namespace mgrdesk::protocol::detail
