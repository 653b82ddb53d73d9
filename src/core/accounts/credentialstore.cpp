#include "credentialstore.h"

#include "accountstore.h"
#include "logging.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

namespace mgrdesk::accounts {

CredentialStore::CredentialStore(QObject *parent)
    : CredentialStore(defaultService(), parent)
{
}

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    qRegisterMetaType<mgrdesk::accounts::CredentialResult>();
}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::defaultService()
{
    return QStringLiteral("io.github.mgrdesk.Mgrdesk");
}

void CredentialStore::retry()
{
    if (m_availability == Availability::Unknown)
        return;
    m_availability = Availability::Unknown;
    m_unavailableReason.clear();
    Q_EMIT availabilityChanged(m_availability);
}

CredentialRequest *CredentialStore::readPassword(const QString &key)
{
    return start(CredentialRequest::Kind::Read, key, QString());
}

CredentialRequest *CredentialStore::writePassword(const QString &key, const QString &password)
{
    return start(CredentialRequest::Kind::Write, key, password);
}

CredentialRequest *CredentialStore::removePassword(const QString &key)
{
    return start(CredentialRequest::Kind::Remove, key, QString());
}

CredentialRequest *CredentialStore::start(
    CredentialRequest::Kind kind, const QString &key, const QString &password)
{
    auto *request = new CredentialRequest(kind, key, this);
    if (m_availability == Availability::Unavailable) {
        // Known not to work: answer at once (queued, so callers can connect first) instead of waiting again.
        const CredentialResult result { CredentialResult::Status::Unavailable, QString(),
            m_unavailableReason };
        QMetaObject::invokeMethod(
            request, [request, result] { request->finish(result); }, Qt::QueuedConnection);
        return request;
    }

    // Jobs have no parent and delete themselves when done: deleting a running job would leave libsecret
    // holding a dangling pointer (environment.md), so a job outlives a timed-out request and is merely
    // ignored.
    QKeychain::Job *job = nullptr;
    switch (kind) {
    case CredentialRequest::Kind::Read:
        job = new QKeychain::ReadPasswordJob(m_service, nullptr);
        break;
    case CredentialRequest::Kind::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, nullptr);
        write->setTextData(password);
        job = write;
        break;
    }
    case CredentialRequest::Kind::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, nullptr);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plaintext
    job->setKey(key);

    connect(job, &QKeychain::Job::finished, request, [this, request, kind](QKeychain::Job *done) {
        CredentialResult result;
        const QKeychain::Error error = done->error();
        switch (error) {
        case QKeychain::NoError:
            result.status = CredentialResult::Status::Ok;
            if (kind == CredentialRequest::Kind::Read)
                result.password = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
            markAvailable();
            break;
        case QKeychain::EntryNotFound:
            // Also what a locked keyring answers to a read (environment.md); a later write tells the truth.
            result.status = kind == CredentialRequest::Kind::Read ? CredentialResult::Status::NotFound
                                                                  : CredentialResult::Status::Ok;
            if (kind == CredentialRequest::Kind::Read)
                result.message = tr("No password is saved for this account.");
            markAvailable();
            break;
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
        case QKeychain::OtherError:
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
            qCWarning(lcCreds) << "keychain unavailable:" << error << done->errorString();
            markUnavailable(
                tr("No secure password store is available (%1). Passwords will be asked for in each "
                   "session and never saved.")
                    .arg(done->errorString()));
            result.status = CredentialResult::Status::Unavailable;
            result.message = m_unavailableReason;
            break;
        case QKeychain::CouldNotDeleteEntry:
            result.status = CredentialResult::Status::Failed;
            result.message = tr("The saved password could not be removed from the keychain: %1")
                                 .arg(done->errorString());
            break;
        }
        qCDebug(lcCreds) << "keychain job done" << int(kind) << "status" << int(result.status);
        request->finish(result);
    });

    QTimer::singleShot(m_timeoutMs, request, [this, request] {
        if (request->isFinished())
            return;
        qCWarning(lcCreds) << "keychain job timed out after" << m_timeoutMs << "ms";
        markUnavailable(tr("The password store did not answer within %n second(s) (is the keyring locked?). "
                           "Passwords will be asked for in each session and never saved.",
            nullptr, qMax(1, m_timeoutMs / 1000)));
        request->finish({ CredentialResult::Status::Unavailable, QString(), m_unavailableReason });
    });

    qCDebug(lcCreds) << "keychain job started" << int(kind);
    job->start();
    return request;
}

void CredentialStore::markAvailable()
{
    if (m_availability == Availability::Available)
        return;
    m_availability = Availability::Available;
    m_unavailableReason.clear();
    Q_EMIT availabilityChanged(m_availability);
}

void CredentialStore::markUnavailable(const QString &reason)
{
    if (m_availability == Availability::Unavailable)
        return;
    m_availability = Availability::Unavailable;
    m_unavailableReason = reason;
    Q_EMIT availabilityChanged(m_availability);
    Q_EMIT unavailable(reason);
}

void CredentialStore::setSessionPassword(const QString &key, const QString &password)
{
    m_session.insert(key, password);
}

void CredentialStore::forgetSessionPassword(const QString &key)
{
    m_session.remove(key);
}

void CredentialStore::watch(AccountStore *store)
{
    if (m_watched)
        disconnect(m_watched, nullptr, this, nullptr);
    m_watched = store;
    if (!store)
        return;
    connect(store, &AccountStore::accountRemoved, this, [this](const Account &account) {
        const QString key = account.credentialKey();
        forgetSessionPassword(key);
        removePassword(key);
    });
    connect(store, &AccountStore::accountChanged, this, [this](const Account &before, const Account &after) {
        const QString oldKey = before.credentialKey();
        if (oldKey == after.credentialKey())
            return;
        // The password belonged to another user or server: it must not linger under a key nobody reads.
        forgetSessionPassword(oldKey);
        removePassword(oldKey);
    });
}

} // namespace mgrdesk::accounts
