#include "replybuilder_p.h"

#include <QCoreApplication>

#include <array>
#include <string_view>

namespace mgrdesk::protocol::detail {

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

bool ReplyBuilder::hasAttr(const Frame &frame, const char *name) const
{
    for (size_t i = 0; i < frame.attrCount; ++i) {
        if (frame.attrs[i].first == name)
            return true;
    }
    return false;
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
        if (is("steps"))
            return Ctx::Steps;
        if (is("skip") || is("unavailable"))
            return Ctx::StepMarker; // a wizard step probed with checkonly=on (a value when it holds text)
        // The request echo, interface decoration and a nested document (docs/protocol.md §11): never values,
        // columns or fields.
        if (is("tparams") || is("saved_filters") || is("p_possible_filters") || is("tips") || is("links")
            || is("branding") || is("addon") || is("doc"))
            return Ctx::Skip;
        return Ctx::Value;
    case Ctx::Value:
        return Ctx::ValueChild;
    case Ctx::Row:
        return Ctx::Cell;
    case Ctx::Cell:
        return is("button") ? Ctx::CellButton : Ctx::CellNested;
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
        return (is("if") || is("else")) ? Ctx::MIf : Ctx::Skip;
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
    case Ctx::NotifyItem:
        return (is("msg") || is("value")) ? Ctx::NotifyLeaf : Ctx::Skip;
    case Ctx::Steps:
        return is("step") ? Ctx::Step : Ctx::Skip;
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
    if (ctx != Ctx::Skip) {
        if (const Handler start = handlersFor(ctx).start)
            (this->*start)(f, parent);
    }
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
    case Ctx::NotifyLeaf:
    case Ctx::Steps:
    case Ctx::Step:
    case Ctx::StepMarker:
    case Ctx::ValueChild:
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
    if (f.ctx != Ctx::Skip) {
        if (const Handler end = handlersFor(f.ctx).end)
            (this->*end)(f, parent);
    }
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

void ReplyBuilder::endCell(Frame &f)
{
    if (!f.direct)
        return;
    TableData &table = *s->currentSink->table;
    if (f.hasChildren && isBlank(table.openCellText())) // nested/repeated children: the first text wins
        table.replaceOpenCellText(f.nested.data(), qsizetype(f.nested.size()));
    table.closeCell(f.attrs.data(), f.attrCount); // packed as UTF-8: no QString per attribute
}

// Which handler runs for which context. One line per context that records anything: adding an element of
// a kind is adding its context here and its handlers in that kind's file.
const ReplyBuilder::Handlers &ReplyBuilder::handlersFor(Ctx ctx)
{
    using B = ReplyBuilder;
    static const auto table = [] {
        std::array<Handlers, size_t(Ctx::Count)> t {};
        const auto on = [&t](Ctx c, Handler start, Handler end) { t[size_t(c)] = { start, end }; };
        // The document (replybuilder_doc.cpp)
        on(Ctx::Doc, nullptr, &B::endDoc);
        on(Ctx::Value, nullptr, &B::endValue);
        on(Ctx::ValueChild, nullptr, &B::endValueChild);
        on(Ctx::Msg, nullptr, &B::endMsg);
        on(Ctx::Metadata, &B::startMetadata, &B::endMetadata);
        on(Ctx::Auth, &B::startAuth, &B::endAuth);
        on(Ctx::Ok, &B::startOk, &B::endOk);
        on(Ctx::StepMarker, nullptr, &B::endStepMarker);
        // Lists (replybuilder_list.cpp)
        on(Ctx::Row, &B::startRow, &B::endRow);
        on(Ctx::Cell, nullptr, &B::endCellFrame);
        on(Ctx::CellNested, nullptr, &B::endCellNested);
        on(Ctx::CellButton, nullptr, &B::endCellButton);
        on(Ctx::EList, &B::startEList, &B::endEList);
        on(Ctx::ToolBtn, &B::startToolBtn, &B::endToolBtn);
        on(Ctx::ToolRule, nullptr, &B::endToolRule);
        on(Ctx::ToolGroup, &B::startToolGroup, &B::endToolGroup);
        on(Ctx::Col, &B::startCol, &B::endCol);
        on(Ctx::ColProp, nullptr, &B::endColProp);
        // Forms (replybuilder_form.cpp)
        on(Ctx::MForm, nullptr, &B::endMForm);
        on(Ctx::MPage, &B::startMPage, &B::endMPage);
        on(Ctx::MField, &B::startMField, &B::endMField);
        on(Ctx::MControl, &B::startMControl, &B::endMControl);
        on(Ctx::MIf, nullptr, &B::endMIf);
        on(Ctx::MButton, nullptr, &B::endMButton);
        on(Ctx::Slist, &B::startSlist, &B::endSlist);
        on(Ctx::SlistVal, nullptr, &B::endSlistVal);
        on(Ctx::Steps, nullptr, &B::endSteps);
        on(Ctx::Step, nullptr, &B::endStep);
        // Errors (replybuilder_error.cpp)
        on(Ctx::Error, &B::startError, &B::endError);
        on(Ctx::ErrorLeaf, nullptr, &B::endErrorLeaf);
        on(Ctx::ErrorParam, nullptr, &B::endErrorParam);
        on(Ctx::StackAction, nullptr, &B::endStackAction);
        // Menus (replybuilder_menu.cpp)
        on(Ctx::Menu, &B::startMenu, &B::endMenu);
        on(Ctx::MenuNode, &B::startMenuNode, &B::endMenuNode);
        // Notifications (replybuilder_notify.cpp)
        on(Ctx::Notify, &B::startNotify, &B::endNotify);
        on(Ctx::NotifyItem, &B::startNotifyItem, &B::endNotifyItem);
        on(Ctx::NotifyLeaf, nullptr, &B::endNotifyLeaf);
        return t;
    }();
    return table[size_t(ctx)];
}

} // namespace mgrdesk::protocol::detail
