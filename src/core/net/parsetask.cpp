#include "parsetask.h"

#include "core/protocol/replyparser.h"

namespace mgrdesk::net {

ParseTask::ParseTask(std::shared_ptr<ParseChannel> channel, quint64 id, QByteArray body)
    : m_channel(std::move(channel))
    , m_id(id)
    , m_body(std::move(body))
{
    setAutoDelete(true);
}

void ParseTask::run()
{
    protocol::Reply reply = protocol::ReplyParser::parse(m_body);
    m_body.clear();
    QMutexLocker lock(&m_channel->mutex);
    if (m_channel->deliver)
        m_channel->deliver(m_id, std::move(reply));
}

} // namespace mgrdesk::net
