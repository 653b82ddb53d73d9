#pragma once
// Parses one reply body on a QThreadPool worker and hands the result back through a ParseChannel, which the
// Connection closes in its destructor (so a late result never reaches a deleted connection).

#include "core/protocol/reply.h"

#include <QByteArray>
#include <QMutex>
#include <QRunnable>

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

class ParseTask : public QRunnable
{
public:
    ParseTask(std::shared_ptr<ParseChannel> channel, quint64 id, QByteArray body);
    void run() override;

private:
    std::shared_ptr<ParseChannel> m_channel;
    quint64 m_id;
    QByteArray m_body;
};

} // namespace mgrdesk::net
