#include "replywriter.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace mgrdesk::sim {

namespace {

bool validXmlChar(char16_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
}

// Written where a streamed reply's rows go (ReplyWriter::xmlStream/jsonStream): a byte that escaped text
// never holds (XML drops it, JSON writes it as \u0001), so the document splits there into head and tail.
constexpr char kRowsMark[] = "\x01rows\x01";

void writeXmlNode(QByteArray &out, const Node &n, int depth, bool markRows = false);

void writeRowsXml(QByteArray &out, const RowSource &rows, int depth)
{
    const int count = rows.count();
    for (int i = 0; i < count; ++i) {
        const Node row = rows.row(i);
        if (!row.name.isEmpty()) // a row deleted while a streamed reply was written
            writeXmlNode(out, row, depth);
    }
}

void writeXmlNode(QByteArray &out, const Node &n, int depth, bool markRows)
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
        writeXmlNode(out, c, depth + 1, markRows);
    if (hasRows && markRows)
        out.append(kRowsMark);
    else if (hasRows)
        writeRowsXml(out, *n.rows, depth + 1);
    if (!n.children.empty() || hasRows)
        out.append('\n');
    out.append("</");
    out.append(n.name.toUtf8());
    out.append('>');
}

struct JsonStyle
{
    bool sortedKeys = false; // sjson/xjson: every object's keys in alphabetical order (as real captures)
    bool markRows = false; // a streamed reply: kRowsMark where the rows go
};

// Names that are always arrays in JSON, one element included: rows everywhere, and the repeated kinds of
// metadata children (real captures and public clients index them as arrays).
bool alwaysArray(const QString &name, bool inMeta)
{
    if (name == QLatin1String("elem"))
        return true;
    if (!inMeta)
        return false;
    static const QSet<QString> kinds { QStringLiteral("toolgrp"), QStringLiteral("toolbtn"),
        QStringLiteral("hide"), QStringLiteral("show"), QStringLiteral("page"), QStringLiteral("col"),
        QStringLiteral("field"), QStringLiteral("button"), QStringLiteral("if"), QStringLiteral("else"),
        QStringLiteral("band") };
    return kinds.contains(name);
}

void writeJsonValue(QByteArray &out, const Node &n, const JsonStyle &style, bool inMeta);

void writeJsonMessages(QByteArray &out, const Node &n, const JsonStyle &style)
{
    QList<QPair<QByteArray, QByteArray>> members;
    for (const auto &a : n.attrs) {
        QByteArray k, v;
        ReplyWriter::escapeJson(k, QLatin1Char('$') + a.first);
        ReplyWriter::escapeJson(v, a.second);
        members.append({ k, v });
    }
    QList<QPair<QByteArray, QByteArray>> msgs;
    QSet<QString> seen;
    for (const auto &c : n.children) {
        const QString name = c.attrValue(QStringLiteral("name"));
        if (seen.contains(name))
            continue; // a message name twice: the first wins (a JSON object has one key)
        seen.insert(name);
        QByteArray k, v;
        ReplyWriter::escapeJson(k, name);
        ReplyWriter::escapeJson(v, c.text);
        msgs.append({ k, v });
    }
    if (style.sortedKeys)
        std::sort(msgs.begin(), msgs.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray map("{");
    for (int i = 0; i < msgs.size(); ++i) {
        if (i)
            map.append(',');
        map.append(msgs[i].first).append(':').append(msgs[i].second);
    }
    map.append('}');
    members.append({ QByteArrayLiteral("\"msg\""), map });
    if (style.sortedKeys)
        std::sort(
            members.begin(), members.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    out.append('{');
    for (int i = 0; i < members.size(); ++i) {
        if (i)
            out.append(',');
        out.append(members[i].first).append(':').append(members[i].second);
    }
    out.append('}');
}

void writeJsonValue(QByteArray &out, const Node &n, const JsonStyle &style, bool inMeta)
{
    if (n.name == QLatin1String("messages")) {
        writeJsonMessages(out, n, style);
        return;
    }
    const bool meta = inMeta || n.name == QLatin1String("metadata");
    const bool hasRowsHere = n.rows && n.rows->count() > 0;
    // Fast path (rows and most nodes): no repeated child names, no always-array kinds, no rows: members are
    // written straight to the output, in document or alphabetical order.
    bool simple = !hasRowsHere;
    for (size_t i = 0; i < n.children.size() && simple; ++i) {
        if (alwaysArray(n.children[i].name, meta))
            simple = false;
        for (size_t k = 0; k < i && simple; ++k)
            if (n.children[k].name == n.children[i].name)
                simple = false;
    }
    if (simple) {
        struct Member
        {
            QString key;
            int kind; // 0 attribute, 1 text, 2 child
            int index;
        };
        std::vector<Member> members;
        members.reserve(size_t(n.attrs.size()) + n.children.size() + 1);
        for (int i = 0; i < n.attrs.size(); ++i)
            members.push_back({ QLatin1Char('$') + n.attrs[i].first, 0, i });
        if (!n.text.isEmpty())
            members.push_back({ QStringLiteral("$"), 1, 0 });
        for (int i = 0; i < int(n.children.size()); ++i)
            members.push_back({ n.children[size_t(i)].name, 2, i });
        if (style.sortedKeys)
            std::stable_sort(members.begin(), members.end(),
                [](const Member &a, const Member &b) { return a.key < b.key; });
        out.append('{');
        bool first = true;
        for (const Member &m : members) {
            if (!first)
                out.append(',');
            first = false;
            ReplyWriter::escapeJson(out, m.key);
            out.append(':');
            if (m.kind == 0)
                ReplyWriter::escapeJson(out, n.attrs[m.index].second);
            else if (m.kind == 1)
                ReplyWriter::escapeJson(out, n.text);
            else
                writeJsonValue(out, n.children[size_t(m.index)], style, meta);
        }
        out.append('}');
        return;
    }
    // members as (escaped key, value); children grouped by name in order of first appearance, a repeated
    // name (or an always-array kind) becomes an array
    QList<QPair<QByteArray, QByteArray>> members;
    for (const auto &a : n.attrs) {
        QByteArray k, v;
        ReplyWriter::escapeJson(k, QLatin1Char('$') + a.first);
        ReplyWriter::escapeJson(v, a.second);
        members.append({ k, v });
    }
    if (!n.text.isEmpty()) {
        QByteArray v;
        ReplyWriter::escapeJson(v, n.text);
        members.append({ QByteArrayLiteral("\"$\""), v });
    }
    QList<QString> order;
    QHash<QString, QList<int>> groups;
    for (int i = 0; i < int(n.children.size()); ++i) {
        const QString &name = n.children[size_t(i)].name;
        auto it = groups.find(name);
        if (it == groups.end()) {
            order.append(name);
            groups.insert(name, { i });
        } else {
            it->append(i);
        }
    }
    const bool hasRows = n.rows && n.rows->count() > 0;
    for (const QString &name : order) {
        const QList<int> &idx = groups[name];
        QByteArray k, v;
        ReplyWriter::escapeJson(k, name);
        const bool array = idx.size() > 1 || alwaysArray(name, meta);
        if (array)
            v.append('[');
        for (int i = 0; i < idx.size(); ++i) {
            if (i)
                v.append(',');
            writeJsonValue(v, n.children[size_t(idx[i])], style, meta);
        }
        if (name == QLatin1String("elem") && hasRows && style.markRows) {
            v.append(kRowsMark); // the rows follow the element children, each after a comma
        } else if (name == QLatin1String("elem") && hasRows) {
            // rows of a list page follow the element children of the same name
            const int count = n.rows->count();
            for (int i = 0; i < count; ++i) {
                const Node row = n.rows->row(i);
                if (row.name.isEmpty())
                    continue;
                v.append(',');
                writeJsonValue(v, row, style, meta);
            }
        }
        if (array)
            v.append(']');
        members.append({ k, v });
    }
    if (hasRows && !groups.contains(QStringLiteral("elem"))) {
        QByteArray v("[");
        if (style.markRows) {
            v.append(kRowsMark).append(kRowsMark); // a second mark: the first row needs no comma
        } else {
            const int count = n.rows->count();
            bool first = true;
            for (int i = 0; i < count; ++i) {
                const Node row = n.rows->row(i);
                if (row.name.isEmpty())
                    continue;
                if (!first)
                    v.append(',');
                first = false;
                writeJsonValue(v, row, style, meta);
            }
        }
        v.append(']');
        members.append({ QByteArrayLiteral("\"elem\""), v });
    }
    if (style.sortedKeys)
        std::stable_sort(
            members.begin(), members.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    out.append('{');
    for (int i = 0; i < members.size(); ++i) {
        if (i)
            out.append(',');
        out.append(members[i].first).append(':').append(members[i].second);
    }
    out.append('}');
}

using Titles = QHash<QString, QString>;

// A browser page shows titles, not keys: column and field titles from the reply's messages.
QString title(const Titles &titles, const QString &key)
{
    const QString t = titles.value(key);
    return t.isEmpty() ? key : t;
}

void writeHtmlNode(QString &out, const Node &n, const Titles &titles)
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
            out += QStringLiteral("<th>") + ReplyWriter::escapeHtml(title(titles, c))
                + QStringLiteral("</th>");
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
        out += QStringLiteral("<div><b>") + ReplyWriter::escapeHtml(title(titles, n.name))
            + QStringLiteral("</b>: ") + ReplyWriter::escapeHtml(n.text) + QStringLiteral("</div>\n");
    for (const auto &c : n.children)
        writeHtmlNode(out, c, titles);
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

QByteArray ReplyWriter::toJson(const Node &doc, bool sortedKeys)
{
    QByteArray out;
    out.reserve(4096);
    out.append("{\"doc\":");
    JsonStyle style;
    style.sortedKeys = sortedKeys;
    writeJsonValue(out, doc, style, false);
    out.append("}\n");
    return out;
}

QByteArray ReplyWriter::toHtml(const Node &doc, const QString &title)
{
    QString out = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
        + escapeHtml(title) + QStringLiteral("</title></head><body>\n<h1>") + escapeHtml(title)
        + QStringLiteral("</h1>\n");
    Titles titles;
    for (const auto &c : doc.children)
        if (c.name == QLatin1String("messages"))
            for (const auto &m : c.children)
                if (!titles.contains(m.attrValue(QStringLiteral("name"))))
                    titles.insert(m.attrValue(QStringLiteral("name")), m.text);
    writeHtmlNode(out, doc, titles);
    out += QStringLiteral("</body></html>\n");
    return out.toUtf8();
}

QByteArray ReplyWriter::xmlRow(const Node &row)
{
    QByteArray out;
    if (!row.name.isEmpty())
        writeXmlNode(out, row, 1);
    return out;
}

QByteArray ReplyWriter::jsonRow(const Node &row, bool sortedKeys)
{
    QByteArray out;
    if (row.name.isEmpty())
        return out;
    JsonStyle style;
    style.sortedKeys = sortedKeys;
    writeJsonValue(out, row, style, false);
    return out;
}

std::shared_ptr<ReplyStream> ReplyWriter::xmlStream(const Node &doc)
{
    QByteArray out;
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    writeXmlNode(out, doc, 0, true);
    out.append('\n');
    const qsizetype at = out.indexOf(kRowsMark);
    Q_ASSERT(at >= 0);
    return std::make_shared<ReplyStream>(
        ReplyStream::Xml, out.left(at), doc.rows, out.mid(at + qsizetype(sizeof kRowsMark) - 1), false);
}

std::shared_ptr<ReplyStream> ReplyWriter::jsonStream(const Node &doc, bool sortedKeys)
{
    QByteArray out("{\"doc\":");
    JsonStyle style;
    style.sortedKeys = sortedKeys;
    style.markRows = true;
    writeJsonValue(out, doc, style, false);
    out.append("}\n");
    const qsizetype mark = qsizetype(sizeof kRowsMark) - 1;
    const qsizetype at = out.indexOf(kRowsMark);
    Q_ASSERT(at >= 0);
    // two marks in a row: the rows open the array (no comma before the first); one: they follow other elems
    const bool first = out.mid(at + mark, mark) == QByteArray(kRowsMark);
    return std::make_shared<ReplyStream>(ReplyStream::Json, out.left(at), doc.rows,
        out.mid(at + (first ? 2 * mark : mark)), !first, sortedKeys);
}

} // namespace mgrdesk::sim
