#include "replystream.h"

#include "replywriter.h"

namespace mgrdesk::sim {

ReplyStream::ReplyStream(Format format, QByteArray head, std::shared_ptr<const RowSource> rows,
    QByteArray tail, bool commaBeforeFirst, bool sortedKeys)
    : m_format(format)
    , m_head(std::move(head))
    , m_rows(std::move(rows))
    , m_tail(std::move(tail))
    , m_commaBeforeFirst(commaBeforeFirst)
    , m_sortedKeys(sortedKeys)
{
}

int ReplyStream::rowCount() const
{
    return m_rows ? m_rows->count() : 0;
}

bool ReplyStream::next(QByteArray &out, qsizetype minBytes)
{
    const int count = rowCount();
    if (m_next > count)
        return false;
    const qsizetype start = out.size();
    if (m_next < 0) {
        out.append(m_head);
        m_head = QByteArray();
        m_next = 0;
    }
    while (m_next < count && out.size() - start < minBytes) {
        const Node row = m_rows->row(m_next++);
        if (row.name.isEmpty())
            continue; // deleted since the page was chosen
        if (m_format == Xml) {
            out.append(ReplyWriter::xmlRow(row));
        } else {
            if (m_wroteRow || m_commaBeforeFirst)
                out.append(',');
            out.append(ReplyWriter::jsonRow(row, m_sortedKeys));
        }
        m_wroteRow = true;
    }
    if (m_next == count && out.size() - start < minBytes) {
        out.append(m_tail);
        m_tail = QByteArray();
        m_next = count + 1;
        m_rows.reset(); // the table's rows are no longer needed
    }
    m_produced += out.size() - start;
    return true;
}

QByteArray ReplyStream::readAll()
{
    QByteArray out;
    while (next(out, qsizetype(1) << 30)) { }
    return out;
}

void ReplyStream::wrap(const QByteArray &before, const QByteArray &after)
{
    m_head.prepend(before);
    while (m_tail.endsWith('\n'))
        m_tail.chop(1);
    m_tail.append(after);
}

} // namespace mgrdesk::sim
