#pragma once
// A reply document written in parts: the bytes before the rows of a list, the rows as they are produced, the
// bytes after them. The HTTP server sends a big list this way (chunked, a few hundred KiB at a time), so a
// 1,000,000-row page never exists whole in memory; the rows are generated from the table as the socket
// drains.
#include "node.h"

#include <QByteArray>

#include <memory>

namespace mgrdesk::sim {

class ReplyStream
{
public:
    enum Format { Xml, Json };
    // Lists of at least this many rows are streamed (smaller ones are sent whole, with a Content-Length).
    static constexpr int kMinRows = 2000;

    // commaBeforeFirst: JSON rows that follow other "elem" children; sortedKeys: sjson.
    ReplyStream(Format format, QByteArray head, std::shared_ptr<const RowSource> rows, QByteArray tail,
        bool commaBeforeFirst, bool sortedKeys = false);

    // Appends the next part of the body to `out`: at least `minBytes` unless the end comes first. Returns
    // false once everything has been appended (then nothing is appended).
    bool next(QByteArray &out, qsizetype minBytes);
    // The whole body at once (small replies, fault injection that needs the length).
    QByteArray readAll();
    // Wraps the document (JSONP: `NAME(` … `);`).
    void wrap(const QByteArray &before, const QByteArray &after);

    int rowCount() const;
    qint64 bytesProduced() const { return m_produced; }

private:
    Format m_format;
    QByteArray m_head;
    std::shared_ptr<const RowSource> m_rows;
    QByteArray m_tail;
    bool m_commaBeforeFirst;
    bool m_sortedKeys;
    int m_next = -1; // -1: the head is still to come; rowCount(): the tail; rowCount() + 1: done
    bool m_wroteRow = false;
    qint64 m_produced = 0;
};

} // namespace mgrdesk::sim
