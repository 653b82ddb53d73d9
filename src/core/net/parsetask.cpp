#include "parsetask.h"

#include "core/protocol/replyparser.h"

#include <QThreadPool>

namespace mgrdesk::net {

StreamParse::StreamParse(std::shared_ptr<ParseChannel> channel, quint64 id)
    : m_channel(std::move(channel))
    , m_id(id)
{
}

void StreamParse::push(QByteArray chunk)
{
    QMutexLocker lock(&m_mutex);
    m_chunks.push_back(std::move(chunk));
    schedule();
}

void StreamParse::finish()
{
    QMutexLocker lock(&m_mutex);
    m_finished = true;
    schedule();
}

void StreamParse::cancel()
{
    QMutexLocker lock(&m_mutex);
    m_cancelled = true;
    m_chunks.clear();
}

void StreamParse::schedule()
{
    if (m_running || m_cancelled)
        return;
    m_running = true;
    std::shared_ptr<StreamParse> self = shared_from_this();
    QThreadPool::globalInstance()->start([self] { self->drain(); });
}

void StreamParse::drain()
{
    for (;;) {
        QByteArray chunk;
        bool done = false;
        {
            QMutexLocker lock(&m_mutex);
            if (m_cancelled) {
                m_running = false;
                return;
            }
            if (!m_chunks.empty()) {
                chunk = std::move(m_chunks.front());
                m_chunks.pop_front();
            } else if (m_finished) {
                done = true;
            } else {
                m_running = false; // the next push schedules a new drain
                return;
            }
        }
        if (done) {
            protocol::Reply reply = m_parser.finish();
            {
                QMutexLocker lock(&m_mutex);
                if (m_cancelled)
                    return;
            }
            QMutexLocker channelLock(&m_channel->mutex);
            if (m_channel->deliver)
                m_channel->deliver(m_id, std::move(reply));
            return; // finished: never scheduled again (m_running stays true)
        }
        if (!m_failed)
            m_failed = !m_parser.feed(chunk); // after a failure the rest is skipped; finish() reports it
    }
}

} // namespace mgrdesk::net
