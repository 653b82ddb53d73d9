#include "consoletext.h"

#include "core/links/linkimporter.h"
#include "core/net/connection.h"
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

QString ConsoleText::mask()
{
    return kMask;
}

Request ConsoleText::withoutAuthentication(const Request &request)
{
    Request r = request;
    r.remove(QStringLiteral("auth")).remove(QStringLiteral("authinfo")).remove(QStringLiteral("billmgrses5"));
    return r;
}

Request ConsoleText::withOut(const Request &request)
{
    if (request.has(QStringLiteral("out")))
        return request;
    Request r = request; // a copy keeps the fields marked private
    for (const Request::Param &p : request.params())
        r.remove(p.first);
    r.add(QStringLiteral("out"), QStringLiteral("xml"));
    for (const Request::Param &p : request.params())
        r.add(p.first, p.second);
    return r;
}

QList<Request::Param> ConsoleText::formFields(const QByteArray &body)
{
    QList<Request::Param> fields;
    const QList<QByteArray> pairs = body.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const int eq = pair.indexOf('=');
        const auto decode = [](const QByteArray &part) {
            QByteArray bytes = part;
            bytes.replace('+', ' ');
            return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
        };
        fields.append(
            { decode(eq < 0 ? pair : pair.left(eq)), eq < 0 ? QString() : decode(pair.mid(eq + 1)) });
    }
    return fields;
}

QString ConsoleText::urlText(const QUrl &base, const Request &wire)
{
    QUrl clean = base;
    clean.setUserInfo(QString());
    clean.setQuery(QString());
    clean.setFragment(QString());
    return withOut(wire).toDisplayUrl(clean).toString(QUrl::FullyEncoded);
}

QString ConsoleText::shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString ConsoleText::curlText(const QUrl &base, const Request &wire, const QString &username)
{
    QUrl clean = base;
    clean.setUserInfo(QString());
    clean.setQuery(QString());
    clean.setFragment(QString());
    QStringList lines;
    lines << QStringLiteral("curl -sS ") + shellQuote(clean.toString(QUrl::FullyEncoded));
    const auto field = [&lines](const QString &name, const QString &value) {
        lines << QStringLiteral("  --data-urlencode ") + shellQuote(name + QLatin1Char('=') + value);
    };
    // The fields the connection's encoder writes (func, out, the parameters, su, lang), secrets masked
    // first: curl encodes each value again, so the server reads what it reads from the connection.
    const QList<Request::Param> fields = formFields(masked(withoutAuthentication(wire)).toFormBody());
    for (const Request::Param &p : fields)
        field(p.first, p.second);
    field(QStringLiteral("authinfo"), username + QLatin1Char(':') + kMask);
    return lines.join(QStringLiteral(" \\\n"));
}

Request ConsoleText::fromText(const QString &text, const QString &defaultLang, QString *su)
{
    // Issue 15: links::LinkImporter reads web URLs (also startform=), log lines and mgrdesk: links; text it
    // refuses falls back to the plain query parser.
    const links::ImportedLink link = links::LinkImporter::parse(text);
    Request r = link.ok() ? link.request : Request::fromQueryString(text);
    if (link.ok() && !link.su.isEmpty())
        r.set(QStringLiteral("su"), link.su);
    if (su)
        *su = r.value(QStringLiteral("su"));
    r.remove(QStringLiteral("su"))
        .remove(QStringLiteral("auth"))
        .remove(QStringLiteral("authinfo"))
        .remove(QStringLiteral("billmgrses5"));
    if (!defaultLang.isEmpty() && r.value(QStringLiteral("lang")) == defaultLang)
        r.remove(QStringLiteral("lang"));
    return r;
}

bool ConsoleText::isDangerous(const Request &request)
{
    // The connection's rule, so the console asks exactly for what the connection will never re-send.
    return net::Connection::changesState(request);
}

bool ConsoleText::isHiddenValue(const QString &name, const QString &value)
{
    return value == kMask || (value == QLatin1String("*") && Request::isAlwaysSecret(name))
        || (Request::isAlwaysSecret(name) && value.endsWith(QLatin1Char(':') + kMask));
}

QString ConsoleText::hiddenValueName(const Request &request)
{
    for (const Request::Param &p : request.params()) {
        if (isHiddenValue(p.first, p.second))
            return p.first;
    }
    return {};
}

Request ConsoleText::masked(const Request &request)
{
    Request r(request.function());
    for (const Request::Param &p : request.params())
        r.add(p.first, request.isSecret(p.first) && !p.second.isEmpty() ? kMask : p.second);
    return r;
}

QString ConsoleText::kindName(ReplyKind kind)
{
    switch (kind) {
    case ReplyKind::Invalid:
        return tr("not an API reply");
    case ReplyKind::Error:
        return tr("error");
    case ReplyKind::Auth:
        return tr("auth");
    case ReplyKind::Ok:
        return tr("ok");
    case ReplyKind::Table:
        return tr("table");
    case ReplyKind::Form:
        return tr("form");
    case ReplyKind::Menu:
        return tr("menu");
    case ReplyKind::Progress:
        return tr("progress");
    case ReplyKind::Report:
        return tr("report");
    case ReplyKind::Dashboard:
        return tr("dashboard");
    }
    return {};
}

QString ConsoleText::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

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
