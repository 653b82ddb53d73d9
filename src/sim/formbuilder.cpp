#include "formbuilder.h"

#include "messages.h"

namespace mgrdesk::sim {

FormBuilder::FormBuilder(const Context &ctx, const QString &name, const QString &titleKey)
    : m_ctx(ctx)
    , m_name(name)
    , m_form(QStringLiteral("form"))
    , m_messages(QStringLiteral("messages"))
    , m_buttons(QStringLiteral("buttons"))
{
    m_form.attr(QStringLiteral("title"), Messages::text(titleKey, ctx.lang));
    m_messages.attr(QStringLiteral("name"), name);
    message(QStringLiteral("title"), Messages::text(titleKey, ctx.lang));
}

Node &FormBuilder::currentPage()
{
    if (m_form.children.empty())
        page(QStringLiteral("main"));
    return m_form.children.back();
}

void FormBuilder::page(const QString &name)
{
    Node p(QStringLiteral("page"));
    p.attr(QStringLiteral("name"), name);
    m_form.add(p);
    message(name, Messages::text(QStringLiteral("page_") + name, m_ctx.lang));
}

void FormBuilder::message(const QString &name, const QString &text)
{
    m_messages.add(Node(QStringLiteral("msg"), text).attr(QStringLiteral("name"), name));
}

Node &FormBuilder::addControl(const QString &name, Node control)
{
    Node f(QStringLiteral("field"));
    f.attr(QStringLiteral("name"), name);
    f.add(std::move(control));
    Node &field = currentPage().add(std::move(f));
    const QString labelKey = QStringLiteral("label_") + name;
    message(name, Messages::text(Messages::has(labelKey) ? labelKey : name, m_ctx.lang));
    for (const char *prefix : { "hint_", "placeholder_" }) {
        const QString key = QString::fromLatin1(prefix) + name;
        if (Messages::has(key))
            message(key, Messages::text(key, m_ctx.lang));
    }
    return field.children.back();
}

Node &FormBuilder::input(const QString &name, const QString &type)
{
    Node in(QStringLiteral("input"));
    in.attr(QStringLiteral("type"), type).attr(QStringLiteral("name"), name);
    return addControl(name, std::move(in));
}

Node &FormBuilder::select(
    const QString &name, const QList<QPair<QString, QString>> &options, Node &doc, const QString &type)
{
    Node slist(QStringLiteral("slist"));
    slist.attr(QStringLiteral("name"), name);
    for (const auto &o : options)
        slist.add(Node(QStringLiteral("val"), o.second).attr(QStringLiteral("key"), o.first));
    doc.add(std::move(slist));
    Node sel(QStringLiteral("select"));
    sel.attr(QStringLiteral("name"), name);
    if (!type.isEmpty())
        sel.attr(QStringLiteral("type"), type);
    return addControl(name, std::move(sel));
}

Node &FormBuilder::slider(const QString &name, int min, int max, int step)
{
    Node s(QStringLiteral("slider"));
    s.attr(QStringLiteral("name"), name)
        .attr(QStringLiteral("min"), QString::number(min))
        .attr(QStringLiteral("max"), QString::number(max))
        .attr(QStringLiteral("step"), QString::number(step));
    return addControl(name, std::move(s));
}

Node &FormBuilder::textarea(const QString &name)
{
    Node t(QStringLiteral("textarea"));
    t.attr(QStringLiteral("name"), name).attr(QStringLiteral("rows"), QStringLiteral("5"));
    return addControl(name, std::move(t));
}

Node &FormBuilder::textdata(const QString &name)
{
    Node t(QStringLiteral("textdata"));
    t.attr(QStringLiteral("name"), name)
        .attr(QStringLiteral("type"), QStringLiteral("data")); // text is the value
    return addControl(name, std::move(t));
}

Node &FormBuilder::embeddedList(const QString &name, const QStringList &columns)
{
    Node l(QStringLiteral("list"));
    l.attr(QStringLiteral("name"), name);
    for (const QString &c : columns) {
        l.add(Node(QStringLiteral("col"))
                  .attr(QStringLiteral("name"), c)
                  .attr(QStringLiteral("type"), QStringLiteral("data")));
        message(c, Messages::text(c, m_ctx.lang));
    }
    return addControl(name, std::move(l));
}

void FormBuilder::button(const QString &name, const QString &type)
{
    m_buttons.add(
        Node(QStringLiteral("button")).attr(QStringLiteral("name"), name).attr(QStringLiteral("type"), type));
    const QString title = Messages::text(QStringLiteral("btn_") + name, m_ctx.lang);
    message(name, title);
    message(QStringLiteral("msg_") + name, title); // where real forms (and generic mgr5 clients) look
}

void FormBuilder::finish(Node &doc)
{
    if (!m_ctx.wantsMetadata()) {
        doc.add(
            m_messages); // out=json keeps a form's messages; the data-only formats drop them when rendering
        return;
    }
    Node meta(QStringLiteral("metadata"));
    meta.attr(QStringLiteral("name"), m_name).attr(QStringLiteral("type"), QStringLiteral("form"));
    Node form = m_form;
    form.add(m_buttons);
    meta.add(std::move(form));
    doc.add(std::move(meta));
    doc.add(m_messages);
}

} // namespace mgrdesk::sim
