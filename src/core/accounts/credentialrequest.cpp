#include "credentialrequest.h"

namespace mgrdesk::accounts {

CredentialRequest::CredentialRequest(Kind kind, const QString &key, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_key(key)
{
}

void CredentialRequest::finish(const CredentialResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace mgrdesk::accounts
