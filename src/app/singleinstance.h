#pragma once
// One mgrdesk per user and settings file. The first launch listens on a local socket (QLocalServer, readable
// by this user only); a later launch hands its link (or an empty message: "show yourself") to that instance
// and exits, so that a mgrdesk: link clicked in a browser opens in the window already there.
//
// Wire format (one message per connection): "MGRDESK-LINK 1\n", a 32-bit big-endian length, that many bytes
// of UTF-8 (at most 64 KiB); the instance answers "OK\n".

#include <QObject>
#include <QString>

QT_BEGIN_NAMESPACE
class QLocalServer;
class QLocalSocket;
QT_END_NAMESPACE

namespace mgrdesk::app {

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxMessageBytes = 64 * 1024;

    // `scope` tells instances apart: the settings file in use (empty: the default settings).
    explicit SingleInstance(const QString &scope, QObject *parent = nullptr);
    ~SingleInstance() override;

    QString serverName() const { return m_name; }

    // Client side: hands `message` to a running instance. True when that instance confirmed it (then this
    // process should exit); false when none is running or it did not answer within `timeoutMs`.
    bool handOver(const QString &message, int timeoutMs = 5000);
    // Server side: starts listening (replacing a socket file left by a crashed instance). False on failure,
    // which only means that later launches start windows of their own.
    bool listen();
    bool isListening() const;

Q_SIGNALS:
    void messageReceived(const QString &message); // possibly empty: another launch without a link

private:
    void onNewConnection();
    void readFrom(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace mgrdesk::app
