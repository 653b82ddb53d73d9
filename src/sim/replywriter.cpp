#include "replywriter.h"

#include <QSet>

namespace mgrdesk::sim {

namespace {

bool validXmlChar(char16_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
}

void writeXmlNode(QByteArray &out, const Node &n, int depth);

void writeRowsXml(QByteArray &out, const RowSource &rows, int depth)
{
    const int count = rows.count();
    for (int i = 0; i < count; ++i)
        writeXmlNode(out, rows.row(i), depth);
}

void writeXmlNode(QByteArray &out, const Node &n, int depth)
{
    if (depth > 0)
        out.append('\n');
    out.append('<');
    out.append(n.name.toUtf8());
    for (const auto &a : n.attrs) {
        out.append(' ');
        out.append(a.first.toUtf8());
        out.append("=\"");
        ReplyWriter::escapeXml(out, a.second, true);
        out.append('"');
    }
    const bool hasRows = n.rows && n.rows->count() > 0;
    if (n.text.isEmpty() && n.children.empty() && !hasRows) {
        out.append("/>");
        return;
    }
    out.append('>');
    ReplyWriter::escapeXml(out, n.text, false);
    for (const auto &c : n.children)
        writeXmlNode(out, c, depth + 1);
    if (hasRows)
        writeRowsXml(out, *n.rows, depth + 1);
    if (!n.children.empty() || hasRows)
        out.append('\n');
    out.append("</");
    out.append(n.name.toUtf8());
    out.append('>');
}

void writeJsonValue(QByteArray &out, const Node &n);

void writeJsonMessages(QByteArray &out, const Node &n)
{
    out.append('{');
    bool first = true;
    for (const auto &a : n.attrs) {
        if (!first)
            out.append(',');
        first = false;
        ReplyWriter::escapeJson(out, QLatin1Char('$') + a.first);
        out.append(':');
        ReplyWriter::escapeJson(out, a.second);
    }
    if (!first)
        out.append(',');
    out.append("\"msg\":{");
    bool firstMsg = true;
    for (const auto &c : n.children) {
        if (!firstMsg)
            out.append(',');
        firstMsg = false;
        ReplyWriter::escapeJson(out, c.attrValue(QStringLiteral("name")));
        out.append(':');
        ReplyWriter::escapeJson(out, c.text);
    }
    out.append("}}");
}

void writeJsonValue(QByteArray &out, const Node &n)
{
    if (n.name == QLatin1String("messages")) {
        writeJsonMessages(out, n);
        return;
    }
    out.append('{');
    bool first = true;
    auto sep = [&] {
        if (!first)
            out.append(',');
        first = false;
    };
    for (const auto &a : n.attrs) {
        sep();
        ReplyWriter::escapeJson(out, QLatin1Char('$') + a.first);
        out.append(':');
        ReplyWriter::escapeJson(out, a.second);
    }
    if (!n.text.isEmpty()) {
        sep();
        out.append("\"$\":");
        ReplyWriter::escapeJson(out, n.text);
    }
    // Children grouped by name in order of first appearance; a repeated name becomes an array.
    // Fast path: rows and most nodes have no repeated names.
    bool unique = true;
    for (size_t i = 0; i < n.children.size() && unique; ++i)
        for (size_t k = 0; k < i; ++k)
            if (n.children[k].name == n.children[i].name) {
                unique = false;
                break;
            }
    if (unique) {
        for (const auto &c : n.children) {
            sep();
            ReplyWriter::escapeJson(out, c.name);
            out.append(':');
            writeJsonValue(out, c);
        }
    }
    QList<QString> order;
    QHash<QString, QList<int>> groups;
    for (int i = 0; i < int(n.children.size()) && !unique; ++i) {
        const QString &name = n.children[size_t(i)].name;
        auto it = groups.find(name);
        if (it == groups.end()) {
            order.append(name);
            groups.insert(name, { i });
        } else {
            it->append(i);
        }
    }
    for (const QString &name : order) {
        const QList<int> &idx = groups[name];
        sep();
        ReplyWriter::escapeJson(out, name);
        out.append(':');
        if (idx.size() == 1) {
            writeJsonValue(out, n.children[size_t(idx.first())]);
        } else {
            out.append('[');
            for (int k = 0; k < idx.size(); ++k) {
                if (k)
                    out.append(',');
                writeJsonValue(out, n.children[size_t(idx[k])]);
            }
            out.append(']');
        }
    }
    if (n.rows && n.rows->count() > 0) {
        const int count = n.rows->count();
        sep();
        out.append("\"elem\":");
        if (count > 1)
            out.append('[');
        for (int i = 0; i < count; ++i) {
            if (i)
                out.append(',');
            writeJsonValue(out, n.rows->row(i));
        }
        if (count > 1)
            out.append(']');
    }
    out.append('}');
}

void writeHtmlNode(QString &out, const Node &n)
{
    if (n.name == QLatin1String("metadata") || n.name == QLatin1String("messages")
        || n.name == QLatin1String("tparams"))
        return;
    if (n.rows && n.rows->count() > 0) {
        const int count = n.rows->count();
        QStringList cols;
        QSet<QString> seen;
        for (int i = 0; i < qMin(count, 50); ++i)
            for (const auto &c : n.rows->row(i).children)
                if (!seen.contains(c.name)) {
                    seen.insert(c.name);
                    cols.append(c.name);
                }
        out += QStringLiteral("<table border=\"1\"><tr>");
        for (const QString &c : cols)
            out += QStringLiteral("<th>") + ReplyWriter::escapeHtml(c) + QStringLiteral("</th>");
        out += QStringLiteral("</tr>\n");
        for (int i = 0; i < count; ++i) {
            Node row = n.rows->row(i);
            out += QStringLiteral("<tr>");
            for (const QString &c : cols) {
                Node *cell = row.find(c);
                out += QStringLiteral("<td>") + (cell ? ReplyWriter::escapeHtml(cell->text) : QString())
                    + QStringLiteral("</td>");
            }
            out += QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</table>\n");
    }
    if (n.name != QLatin1String("doc") && (!n.text.isEmpty() || n.children.empty()))
        out += QStringLiteral("<div><b>") + ReplyWriter::escapeHtml(n.name) + QStringLiteral("</b>: ")
            + ReplyWriter::escapeHtml(n.text) + QStringLiteral("</div>\n");
    for (const auto &c : n.children)
        writeHtmlNode(out, c);
}

} // namespace

void ReplyWriter::escapeXml(QByteArray &out, const QString &text, bool attribute)
{
    if (text.isEmpty())
        return;
    bool plain = true;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c < 0x20 || c == '&' || c == '<' || c == '>' || c == '"' || c >= 0xD800) {
            plain = false;
            break;
        }
    }
    if (plain) {
        out.append(text.toUtf8());
        return;
    }
    QString buf;
    buf.reserve(text.size() + 8);
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        switch (c) {
        case '&':
            buf += QLatin1String("&amp;");
            break;
        case '<':
            buf += QLatin1String("&lt;");
            break;
        case '>':
            buf += QLatin1String("&gt;");
            break;
        case '"':
            if (attribute)
                buf += QLatin1String("&quot;");
            else
                buf += ch;
            break;
        case '\n':
        case '\t':
        case '\r':
            if (attribute)
                buf += QStringLiteral("&#%1;").arg(int(c));
            else
                buf += ch;
            break;
        default:
            if (validXmlChar(c) || ch.isSurrogate())
                buf += ch;
            break;
        }
    }
    out.append(buf.toUtf8());
}

void ReplyWriter::escapeJson(QByteArray &out, const QString &text)
{
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    bool plain = true;
    for (const char c : utf8)
        if (c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20) {
            plain = false;
            break;
        }
    if (plain) {
        out.append(utf8);
        out.append('"');
        return;
    }
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                qsnprintf(buf, sizeof buf, "\\u%04x", int(static_cast<unsigned char>(c)));
                out.append(buf);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

QString ReplyWriter::escapeHtml(const QString &text)
{
    return text.toHtmlEscaped();
}

QByteArray ReplyWriter::toXml(const Node &doc)
{
    QByteArray out;
    out.reserve(4096);
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    writeXmlNode(out, doc, 0);
    out.append('\n');
    return out;
}

QByteArray ReplyWriter::toJson(const Node &doc)
{
    QByteArray out;
    out.reserve(4096);
    out.append("{\"doc\":");
    writeJsonValue(out, doc);
    out.append("}\n");
    return out;
}

QByteArray ReplyWriter::toHtml(const Node &doc, const QString &title)
{
    QString out = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
        + escapeHtml(title) + QStringLiteral("</title></head><body>\n<h1>") + escapeHtml(title)
        + QStringLiteral("</h1>\n");
    writeHtmlNode(out, doc);
    out += QStringLiteral("</body></html>\n");
    return out.toUtf8();
}

} // namespace mgrdesk::sim
