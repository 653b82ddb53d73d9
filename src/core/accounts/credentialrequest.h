#pragma once
// One asynchronous keychain operation as seen by the application: finishes exactly once, then deletes itself.

#include <QMetaType>
#include <QObject>
#include <QString>

namespace mgrdesk::accounts {

struct CredentialResult
{
    enum class Status {
        Ok, // read: password holds the secret; write/remove: done
        NotFound, // read: no secret stored under that key
        Unavailable, // no usable secure store (no Secret Service, locked, timed out, …): ask every session
        Failed // the store works but this operation failed
    };
    Status status = Status::Failed;
    QString password; // read only; never logged
    QString message; // translated, one line (empty for Ok)
    bool ok() const { return status == Status::Ok; }
};

class CredentialRequest : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Read, Write, Remove };

    CredentialRequest(Kind kind, const QString &key, QObject *parent);

    Kind kind() const { return m_kind; }
    QString key() const { return m_key; }
    bool isFinished() const { return m_finished; }

    // Emits finished() once; later calls are ignored (a keychain job that answers after the timeout).
    void finish(const CredentialResult &result);

Q_SIGNALS:
    void finished(const mgrdesk::accounts::CredentialResult &result);

private:
    Kind m_kind;
    QString m_key;
    bool m_finished = false;
};

} // namespace mgrdesk::accounts

Q_DECLARE_METATYPE(mgrdesk::accounts::CredentialResult)
