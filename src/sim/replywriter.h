#pragma once
// Serialises a reply tree as BILLmanager does: XML (out=xml/devel), the "$" JSON mapping (out=json/sjson) and
// a small HTML page for browsers. Plain string building with proper escaping; no DOM.
#include "node.h"

#include <QByteArray>

namespace mgrdesk::sim {

class ReplyWriter
{
public:
    static QByteArray toXml(const Node &doc);
    // sortedKeys: every object's keys in alphabetical order (sjson/xjson, as real captures). `elem` is always
    // an array, as are the repeated kinds of metadata children (toolbtn, hide, show, page, col, field, …).
    static QByteArray toJson(const Node &doc, bool sortedKeys = false);
    static QByteArray toHtml(const Node &doc, const QString &title);

    static void escapeXml(QByteArray &out, const QString &text, bool attribute);
    static void escapeJson(QByteArray &out, const QString &text);
    static QString escapeHtml(const QString &text);
};

} // namespace mgrdesk::sim
