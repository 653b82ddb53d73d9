#pragma once
// Parsing big replies on QThreadPool workers. Results come back through a ParseChannel, which the Connection
// closes in its destructor (so a late result never reaches a deleted connection).

#include "core/protocol/reply.h"

#include <QByteArray>
#include <QMutex>

#include "core/protocol/replyparser.h"

#include <deque>
#include <functional>
#include <memory>

namespace mgrdesk::net {

struct ParseChannel
{
    QMutex mutex;
    std::function<void(quint64, protocol::Reply)> deliver; // called on the worker thread; posts to the owner
    void close()
    {
        QMutexLocker lock(&mutex);
        deliver = nullptr;
    }
};

// Streaming parse of a big reply while it downloads: chunks pushed on the GUI thread are fed to one
// ReplyParser by QThreadPool workers, one at a time and in order, so the body is never held whole. The result
// goes through the ParseChannel.
class StreamParse : public std::enable_shared_from_this<StreamParse>
{
public:
    StreamParse(std::shared_ptr<ParseChannel> channel, quint64 id);
    void push(QByteArray chunk); // GUI thread
    void finish(); // GUI thread: no more chunks; the result is delivered when parsed
    void cancel(); // GUI thread: nothing is delivered

private:
    void schedule(); // call with m_mutex held
    void drain(); // worker

    QMutex m_mutex;
    std::deque<QByteArray> m_chunks;
    bool m_finished = false, m_running = false, m_cancelled = false, m_failed = false;
    protocol::ReplyParser m_parser; // used by one worker at a time (m_running)
    std::shared_ptr<ParseChannel> m_channel;
    quint64 m_id;
};

} // namespace mgrdesk::net
