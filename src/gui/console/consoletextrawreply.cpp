// ConsoleText's raw rendering: a typed reply written back as indented XML for the console's Raw tab, with
// secret cells and values masked, the connection's secrets replaced, and a character budget that stops a
// huge list early.
#include "consoletext.h"

#include "core/net/requestlog.h"

#include <QLocale>

namespace mgrdesk::gui {

using protocol::Reply;
using protocol::ReplyKind;
using protocol::Request;

namespace {

const QString kMask = QStringLiteral("*****");

QString escapeXml(const QString &text)
{
    QString out = text.toHtmlEscaped(); // & < > "
    return out;
}

// A small indenting XML writer that stops once the text passes its budget.
class XmlOut
{
public:
    explicit XmlOut(int maxChars)
        : m_max(maxChars)
    {
    }
    bool full() const { return m_text.size() >= m_max; }
    void open(const QString &name, const protocol::Attributes &attrs = {})
    {
        line(QLatin1Char('<') + name + attrText(attrs) + QLatin1Char('>'));
        ++m_depth;
    }
    void close(const QString &name)
    {
        --m_depth;
        line(QStringLiteral("</") + name + QLatin1Char('>'));
    }
    void leaf(const QString &name, const QString &text, const protocol::Attributes &attrs = {})
    {
        if (text.isEmpty())
            line(QLatin1Char('<') + name + attrText(attrs) + QStringLiteral("/>"));
        else
            line(QLatin1Char('<') + name + attrText(attrs) + QLatin1Char('>') + escapeXml(text)
                + QStringLiteral("</") + name + QLatin1Char('>'));
    }
    void comment(const QString &text) { line(QStringLiteral("<!-- ") + text + QStringLiteral(" -->")); }
    QString text() const { return m_text; }

private:
    static QString attrText(const protocol::Attributes &attrs)
    {
        QString out;
        for (const auto &a : attrs)
            out += QLatin1Char(' ') + a.first + QStringLiteral("=\"") + escapeXml(a.second)
                + QLatin1Char('"');
        return out;
    }
    void line(const QString &text)
    {
        m_text += QString(m_depth * 2, QLatin1Char(' '));
        m_text += text;
        m_text += QLatin1Char('\n');
    }
    QString m_text;
    int m_depth = 0;
    int m_max;
};

protocol::Attributes sortedAttrs(const QHash<QString, QString> &hash)
{
    protocol::Attributes attrs;
    for (auto it = hash.begin(); it != hash.end(); ++it)
        attrs.append({ it.key(), it.value() });
    std::sort(attrs.begin(), attrs.end());
    return attrs;
}

void writeMessages(XmlOut &out, const QHash<QString, QString> &messages)
{
    if (messages.isEmpty())
        return;
    out.open(QStringLiteral("messages"));
    QStringList names = messages.keys();
    names.sort();
    for (const QString &n : std::as_const(names)) {
        if (out.full())
            break;
        out.leaf(QStringLiteral("msg"), messages.value(n), { { QStringLiteral("name"), n } });
    }
    out.close(QStringLiteral("messages"));
}

// Returns the number of rows written.
int writeTable(XmlOut &out, const protocol::TableData &t)
{
    const QStringList &columns = t.columns();
    QList<bool> secret;
    for (const QString &c : columns)
        secret.append(Request::isAlwaysSecret(c));
    int row = 0;
    for (; row < t.rowCount() && !out.full(); ++row) {
        out.open(QStringLiteral("elem"));
        for (int c = 0; c < columns.size(); ++c) {
            if (!t.hasCell(row, c))
                continue;
            out.leaf(columns.at(c), secret.at(c) ? kMask : t.cell(row, c), t.cellAttributes(row, c));
        }
        out.close(QStringLiteral("elem"));
    }
    return row;
}

void writeMenuNode(XmlOut &out, const protocol::MenuNode &node)
{
    protocol::Attributes attrs { { QStringLiteral("name"), node.name } };
    if (!node.action.isEmpty())
        attrs.append({ QStringLiteral("action"), node.action });
    if (!node.type.isEmpty())
        attrs.append({ QStringLiteral("type"), node.type });
    if (node.popular)
        attrs.append({ QStringLiteral("popular"), QStringLiteral("yes") });
    if (node.children.isEmpty()) {
        out.leaf(QStringLiteral("node"), QString(), attrs);
        return;
    }
    out.open(QStringLiteral("node"), attrs);
    for (const protocol::MenuNode &child : node.children)
        writeMenuNode(out, child);
    out.close(QStringLiteral("node"));
}

void writeError(XmlOut &out, const protocol::ApiError &e)
{
    protocol::Attributes attrs { { QStringLiteral("type"), e.type } };
    if (!e.object.isEmpty())
        attrs.append({ QStringLiteral("object"), e.object });
    if (!e.lang.isEmpty())
        attrs.append({ QStringLiteral("lang"), e.lang });
    if (e.report)
        attrs.append({ QStringLiteral("report"), QStringLiteral("yes") });
    out.open(QStringLiteral("error"), attrs);
    for (const auto &p : e.params)
        out.leaf(QStringLiteral("param"), Request::isAlwaysSecret(p.first) ? kMask : p.second,
            { { QStringLiteral("name"), p.first } });
    if (!e.stack.isEmpty()) {
        out.open(QStringLiteral("stack"));
        for (const auto &s : e.stack)
            out.leaf(QStringLiteral("action"), s.action,
                { { QStringLiteral("level"), s.level }, { QStringLiteral("user"), s.user } });
        out.close(QStringLiteral("stack"));
    }
    if (!e.group.isEmpty())
        out.leaf(QStringLiteral("group"), e.group);
    if (!e.detail.isEmpty())
        out.leaf(QStringLiteral("detail"), e.detail);
    out.leaf(QStringLiteral("msg"), e.message);
    out.close(QStringLiteral("error"));
}

void writeForm(XmlOut &out, const protocol::FormData &f)
{
    QSet<QString> secret;
    for (const protocol::FormField &field : f.fields) {
        if (field.isPrivate || field.type == QLatin1String("password"))
            secret.insert(field.name);
    }
    for (const auto &v : f.values) {
        if (out.full())
            return;
        const bool hide = secret.contains(v.first) || Request::isAlwaysSecret(v.first);
        out.leaf(v.first, hide && !v.second.isEmpty() ? kMask : v.second, f.valueAttributes.value(v.first));
    }
    QStringList slists = f.options.keys();
    slists.sort();
    for (const QString &name : std::as_const(slists)) {
        if (out.full())
            return;
        out.open(QStringLiteral("slist"), { { QStringLiteral("name"), name } });
        for (const protocol::SelectOption &o : f.options.value(name))
            out.leaf(QStringLiteral("val"), o.label, { { QStringLiteral("key"), o.key } });
        out.close(QStringLiteral("slist"));
    }
    QStringList lists = f.lists.keys();
    lists.sort();
    for (const QString &name : std::as_const(lists)) {
        out.open(QStringLiteral("list"), { { QStringLiteral("name"), name } });
        writeTable(out, *f.lists.value(name));
        out.close(QStringLiteral("list"));
    }
    if (f.hasMetadata) {
        out.open(QStringLiteral("metadata"),
            { { QStringLiteral("name"), f.name }, { QStringLiteral("type"), QStringLiteral("form") } });
        for (const protocol::FormField &field : f.fields) {
            protocol::Attributes attrs { { QStringLiteral("name"), field.name } };
            if (!field.type.isEmpty())
                attrs.append({ QStringLiteral("type"), field.type });
            if (field.required)
                attrs.append({ QStringLiteral("required"), QStringLiteral("yes") });
            if (field.isPrivate)
                attrs.append({ QStringLiteral("private"), QStringLiteral("yes") });
            out.leaf(field.control.isEmpty() ? QStringLiteral("field") : field.control, QString(), attrs);
        }
        out.close(QStringLiteral("metadata"));
    }
    writeMessages(out, f.messages);
}

} // namespace

QString ConsoleText::renderReply(
    const Reply &reply, const QStringList &secrets, int maxChars, bool *truncated)
{
    XmlOut out(maxChars);
    out.comment(tr("Rebuilt from the parsed reply; secrets masked"));
    if (reply.kind == ReplyKind::Invalid) {
        out.comment(reply.failure ? reply.failure->message : tr("Not an API reply"));
        if (truncated)
            *truncated = false;
        return out.text();
    }
    out.open(QStringLiteral("doc"), sortedAttrs(reply.docAttributes));
    bool cut = false;
    switch (reply.kind) {
    case ReplyKind::Error:
        if (reply.error)
            writeError(out, *reply.error);
        break;
    case ReplyKind::Auth:
        if (reply.auth) {
            protocol::Attributes attrs { { QStringLiteral("id"), kMask } };
            if (reply.auth->level)
                attrs.append({ QStringLiteral("level"), QString::number(*reply.auth->level) });
            out.leaf(QStringLiteral("auth"), kMask, attrs);
        }
        break;
    case ReplyKind::Ok:
        if (reply.ok) {
            protocol::Attributes attrs;
            if (!reply.ok->redirectType.isEmpty())
                attrs.append({ QStringLiteral("type"), reply.ok->redirectType });
            out.leaf(QStringLiteral("ok"), reply.ok->redirect, attrs);
            if (!reply.ok->id.isEmpty())
                out.leaf(QStringLiteral("id"), reply.ok->id);
        }
        break;
    case ReplyKind::Table:
        if (reply.table) {
            const protocol::TableData &t = *reply.table;
            const int written = writeTable(out, t);
            if (written < t.rowCount()) {
                cut = true;
                out.comment(tr("Truncated: %1 of %2 rows shown here; the parsed view has them all")
                                .arg(QLocale().toString(written), QLocale().toString(t.rowCount())));
            }
            if (t.total)
                out.leaf(QStringLiteral("p_elems"), QString::number(*t.total));
            if (t.page)
                out.leaf(QStringLiteral("p_num"), QString::number(*t.page));
            if (t.pageSize)
                out.leaf(QStringLiteral("p_cnt"), QString::number(*t.pageSize));
            if (!t.sortColumn.isEmpty())
                out.leaf(QStringLiteral("p_sort"), t.sortColumn);
            if (!t.sortOrder.isEmpty())
                out.leaf(QStringLiteral("p_order"), t.sortOrder);
            if (!t.plid.isEmpty())
                out.leaf(QStringLiteral("plid"), t.plid);
            if (t.metadata.present) {
                out.open(QStringLiteral("metadata"),
                    { { QStringLiteral("name"), t.metadata.name },
                        { QStringLiteral("type"), QStringLiteral("list") },
                        { QStringLiteral("key"), t.metadata.key } });
                out.open(QStringLiteral("coldata"));
                for (const protocol::ColumnInfo &c : t.metadata.columns)
                    out.leaf(QStringLiteral("col"), QString(),
                        { { QStringLiteral("name"), c.name }, { QStringLiteral("type"), c.type },
                            { QStringLiteral("sort"), c.sort } });
                out.close(QStringLiteral("coldata"));
                out.open(QStringLiteral("toolbar"));
                for (const protocol::ToolButton &b : t.metadata.toolbar)
                    out.leaf(QStringLiteral("toolbtn"), QString(),
                        { { QStringLiteral("name"), b.name }, { QStringLiteral("func"), b.func },
                            { QStringLiteral("type"), b.type } });
                out.close(QStringLiteral("toolbar"));
                out.close(QStringLiteral("metadata"));
            }
            writeMessages(out, t.messages);
        }
        break;
    case ReplyKind::Form:
        if (reply.form)
            writeForm(out, *reply.form);
        break;
    case ReplyKind::Menu:
        if (reply.menu) {
            out.open(QStringLiteral("mainmenu"),
                { { QStringLiteral("level"), reply.menu->level },
                    { QStringLiteral("name"), reply.menu->name },
                    { QStringLiteral("startpage"), reply.menu->startPage } });
            for (const protocol::MenuNode &n : reply.menu->nodes)
                writeMenuNode(out, n);
            out.close(QStringLiteral("mainmenu"));
            writeMessages(out, reply.menu->messages);
        }
        break;
    case ReplyKind::Progress:
        if (reply.progress) {
            const protocol::ProgressData &p = *reply.progress;
            out.open(QStringLiteral("action"));
            out.leaf(QStringLiteral("name"), p.action);
            out.leaf(QStringLiteral("start"), QString::number(p.start));
            out.leaf(QStringLiteral("last"), QString::number(p.last));
            out.leaf(QStringLiteral("now"), QString::number(p.now));
            if (p.steps)
                out.leaf(QStringLiteral("steps"), QString::number(*p.steps));
            if (p.done)
                out.leaf(QStringLiteral("done"), QString::number(*p.done));
            out.leaf(QStringLiteral("comment"), p.comment);
            out.close(QStringLiteral("action"));
        }
        break;
    case ReplyKind::Report: // report pages and dashboards show themselves (src/gui/reports, dashboard)
    case ReplyKind::Dashboard:
    case ReplyKind::Invalid:
        break;
    }
    if (out.full() && !cut) {
        cut = true;
        out.comment(tr("Truncated: the text view stops here; the parsed view has the whole reply"));
    }
    out.close(QStringLiteral("doc"));
    if (truncated)
        *truncated = cut;
    QStringList masked;
    for (const QString &s : secrets) {
        if (!s.isEmpty())
            masked << s;
    }
    return net::RequestLog::maskText(out.text(), masked);
}

} // namespace mgrdesk::gui
