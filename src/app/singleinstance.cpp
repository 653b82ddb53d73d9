#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QTimer>
#include <QtEndian>

namespace mgrdesk::app {

Q_LOGGING_CATEGORY(lcInstance, "mgrdesk.app.instance", QtInfoMsg)

namespace {
const QByteArray kMagic = QByteArrayLiteral("MGRDESK-LINK 1\n");
const QByteArray kAck = QByteArrayLiteral("OK\n");
constexpr int kReadTimeoutMs = 5000;

QString userName()
{
    const QByteArray user = qgetenv("USER");
    return QString::fromLocal8Bit(user.isEmpty() ? qgetenv("USERNAME") : user);
}
} // namespace

SingleInstance::SingleInstance(const QString &scope, QObject *parent)
    : QObject(parent)
{
    const QString key
        = userName() + QLatin1Char('|') + (scope.isEmpty() ? QString() : QDir(scope).absolutePath());
    m_name = QStringLiteral("mgrdesk-")
        + QString::fromLatin1(
            QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(20));
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

bool SingleInstance::handOver(const QString &message, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false; // nobody listens: this process becomes the instance
    QByteArray payload = message.toUtf8();
    if (payload.size() > MaxMessageBytes)
        payload.clear(); // too long to be a link: still bring the window up, the link is refused here
    uchar length[4];
    qToBigEndian(quint32(payload.size()), length);
    socket.write(kMagic);
    socket.write(reinterpret_cast<const char *>(length), 4);
    socket.write(payload);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    QByteArray answer;
    QElapsedTimer clock;
    clock.start();
    while (answer.size() < kAck.size() && clock.elapsed() < timeoutMs) {
        if (!socket.bytesAvailable() && !socket.waitForReadyRead(int(timeoutMs - clock.elapsed())))
            break;
        answer += socket.readAll();
    }
    const bool ok = answer.startsWith(kAck);
    qCInfo(lcInstance) << (ok ? "handed over to the running instance"
                              : "the running instance did not answer");
    return ok;
}

bool SingleInstance::listen()
{
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    }
    if (m_server->listen(m_name))
        return true;
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // handOver() found nobody answering: a socket file left by an instance that crashed.
        QLocalServer::removeServer(m_name);
        if (m_server->listen(m_name))
            return true;
    }
    qCWarning(lcInstance) << "cannot listen for other launches:" << m_server->errorString();
    return false;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readFrom(socket); });
        // A client that never finishes its message is dropped.
        QTimer::singleShot(kReadTimeoutMs, socket, [socket] { socket->abort(); });
        readFrom(socket);
    }
}

void SingleInstance::readFrom(QLocalSocket *socket)
{
    if (socket->property("done").toBool())
        return;
    const qint64 header = kMagic.size() + 4;
    if (socket->bytesAvailable() < header)
        return;
    const QByteArray head = socket->peek(header);
    if (!head.startsWith(kMagic)) {
        qCWarning(lcInstance) << "refused a message that is not a mgrdesk link";
        socket->setProperty("done", true);
        socket->abort();
        return;
    }
    const quint32 length = qFromBigEndian<quint32>(head.constData() + kMagic.size());
    if (length > quint32(MaxMessageBytes)) {
        qCWarning(lcInstance) << "refused a message of" << length << "bytes";
        socket->setProperty("done", true);
        socket->abort();
        return;
    }
    if (socket->bytesAvailable() < header + qint64(length))
        return;
    socket->read(header);
    const QString message = QString::fromUtf8(socket->read(length));
    socket->setProperty("done", true);
    socket->write(kAck);
    socket->flush();
    socket->disconnectFromServer();
    qCInfo(lcInstance) << "another launch handed over" << (message.isEmpty() ? "no link" : "a link");
    Q_EMIT messageReceived(message);
}

} // namespace mgrdesk::app
