#pragma once
// Serialises a reply tree as BILLmanager does: XML (out=xml/devel), the "$" JSON mapping (out=json/sjson) and
// a small HTML page for browsers. Plain string building with proper escaping; no DOM.
#include "node.h"
#include "replystream.h"

#include <QByteArray>

#include <memory>

namespace mgrdesk::sim {

class ReplyWriter
{
public:
    static QByteArray toXml(const Node &doc);
    // sortedKeys: every object's keys in alphabetical order (sjson/xjson, as real captures). `elem` is always
    // an array, as are the repeated kinds of metadata children (toolbtn, hide, show, page, col, field, …).
    static QByteArray toJson(const Node &doc, bool sortedKeys = false);
    static QByteArray toHtml(const Node &doc, const QString &title);
    // The same documents for a list whose rows are written as they are produced (doc.rows set): the bytes
    // before and after the rows, and the rows on demand (ReplyStream). Concatenated, the same bytes as
    // toXml/toJson.
    static std::shared_ptr<ReplyStream> xmlStream(const Node &doc);
    static std::shared_ptr<ReplyStream> jsonStream(const Node &doc, bool sortedKeys = false);
    // One row of a list (an "elem" node) as the documents above write it; empty for an unnamed node.
    static QByteArray xmlRow(const Node &row);
    static QByteArray jsonRow(const Node &row, bool sortedKeys);

    static void escapeXml(QByteArray &out, const QString &text, bool attribute);
    static void escapeJson(QByteArray &out, const QString &text);
    static QString escapeHtml(const QString &text);
};

} // namespace mgrdesk::sim
