// ReplyBuilder, the main menu (func=desktop, docs/protocol.md §8): <mainmenu><node name><node name action
// type/></node></mainmenu>, titles from the messages.
#include "replybuilder_p.h"

namespace mgrdesk::protocol::detail {

namespace {

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

void ReplyBuilder::startMenu(Frame &, Frame *)
{
    s->hasMenu = true;
    s->menuStack.assign(1, &s->menuRoot);
}

void ReplyBuilder::endMenu(Frame &f, Frame *)
{
    s->menuRoot.attrs = allAttributes(f);
}

void ReplyBuilder::startMenuNode(Frame &f, Frame *)
{
    State &st = *s;
    MenuBuildNode *top = st.menuStack.empty() ? &st.menuRoot : st.menuStack.back();
    top->children.push_back(std::make_unique<MenuBuildNode>());
    f.node = top->children.back().get();
    st.menuStack.push_back(f.node);
}

void ReplyBuilder::endMenuNode(Frame &f, Frame *)
{
    if (f.node)
        f.node->attrs = allAttributes(f);
    if (!s->menuStack.empty())
        s->menuStack.pop_back();
}

bool ReplyBuilder::assembleMenu(Reply &reply)
{
    State &st = *s;
    if (!st.hasMenu)
        return false;
    auto menu = QSharedPointer<MenuData>::create();
    menu->level = attrValue(st.menuRoot.attrs, "level");
    menu->name = attrValue(st.menuRoot.attrs, "name");
    menu->startPage = attrValue(st.menuRoot.attrs, "startpage");
    for (const auto &child : st.menuRoot.children)
        menu->nodes.append(toMenuNode(*child, st.messages));
    menu->messages = st.messages;
    reply.kind = ReplyKind::Menu;
    reply.menu = menu;
    return true;
}

} // namespace mgrdesk::protocol::detail
