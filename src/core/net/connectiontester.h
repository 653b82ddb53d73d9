#pragma once
// "Test connection" for the account manager: a throw-away net::Connection that logs in and asks func=whoami,
// then logs out. finished() carries a one-line result: who we are and at what level, or the error.

#include "core/accounts/account.h"
#include "core/net/connection.h"

#include <QObject>
#include <QPointer>

namespace mgrdesk::net {

class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    ConnectionTester(const accounts::Account &account, const QString &password, QObject *parent = nullptr);
    ~ConnectionTester() override;

    const accounts::Account &account() const { return m_account; }
    void start();
    void cancel();
    bool isFinished() const { return m_finished; }

public Q_SLOTS:
    void answerTrust(const QByteArray &sha256, bool trust);

Q_SIGNALS:
    void trustRequired(const mgrdesk::net::TrustQuestion &question);
    void certificatePinned(const QByteArray &pem);
    void finished(bool ok, const QString &message);

private:
    void finish(bool ok, const QString &message);

    accounts::Account m_account;
    net::Connection *m_connection;
    QPointer<net::ApiJob> m_job;
    bool m_finished = false;
};

} // namespace mgrdesk::net
