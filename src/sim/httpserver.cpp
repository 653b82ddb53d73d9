#include "httpserver.h"

#include "replystream.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QSslServer>
#include <QTcpServer>
#endif

#include <memory>

namespace mgrdesk::sim {

namespace {

using Status = QHttpServerResponder::StatusCode;

void send(QHttpServerResponder &responder, int status, const QByteArray &contentType, const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers, qint64 sendBytes = -1)
{
    responder.writeStatusLine(static_cast<Status>(status));
    responder.writeHeader("Content-Type", contentType);
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    for (const auto &h : headers)
        responder.writeHeader(h.first, h.second);
    if (sendBytes < 0)
        responder.writeBody(body);
    else
        responder.writeBody(body.constData(), qMin<qint64>(sendBytes, body.size()));
}

// Sends a streamed reply (a big list) with chunked transfer encoding: the next rows are produced only when
// what was written has (nearly) left the socket, so the server holds at most a few hundred KiB of the reply
// however many rows it has. Parented to the socket: a client that goes away ends it.
class StreamSender : public QObject
{
public:
    static constexpr qint64 kChunkBytes = 64 * 1024;
    static constexpr qint64 kHighWater = 256 * 1024; // bytes waiting in the socket before we stop producing

    StreamSender(std::shared_ptr<QHttpServerResponder> responder, std::shared_ptr<ReplyStream> stream,
        QTcpSocket *socket)
        : QObject(socket)
        , m_responder(std::move(responder))
        , m_stream(std::move(stream))
        , m_socket(socket)
    {
        connect(socket, &QTcpSocket::bytesWritten, this, &StreamSender::pump);
        if (auto *ssl = qobject_cast<QSslSocket *>(socket))
            connect(ssl, &QSslSocket::encryptedBytesWritten, this, &StreamSender::pump);
        connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    }

    void start(int status, const QByteArray &contentType, const QList<QPair<QByteArray, QByteArray>> &headers)
    {
        m_responder->writeStatusLine(static_cast<Status>(status));
        m_responder->writeHeader("Content-Type", contentType);
        m_responder->writeHeader("Transfer-Encoding", "chunked");
        for (const auto &h : headers)
            m_responder->writeHeader(h.first, h.second);
        pump();
    }

private:
    qint64 pending() const
    {
        qint64 n = m_socket->bytesToWrite();
        if (auto *ssl = qobject_cast<QSslSocket *>(m_socket))
            n += ssl->encryptedBytesToWrite();
        return n;
    }

    void pump()
    {
        if (m_done || m_pumping || m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        m_pumping = true;
        while (pending() < kHighWater) {
            m_buffer.clear(); // keeps its capacity: one buffer for the whole reply
            if (!m_stream->next(m_buffer, kChunkBytes)) {
                m_responder->writeBody("0\r\n\r\n"); // the last chunk
                m_done = true;
                m_stream.reset();
                m_responder.reset(); // the connection may serve the next request
                deleteLater();
                break;
            }
            if (m_buffer.isEmpty())
                continue;
            m_responder->writeBody(QByteArray::number(m_buffer.size(), 16) + "\r\n");
            m_buffer.append("\r\n");
            m_responder->writeBody(m_buffer);
        }
        m_pumping = false;
    }

    std::shared_ptr<QHttpServerResponder> m_responder;
    std::shared_ptr<ReplyStream> m_stream;
    QTcpSocket *m_socket;
    QByteArray m_buffer;
    bool m_pumping = false;
    bool m_done = false;
};

void sendReply(std::shared_ptr<QHttpServerResponder> responder, QTcpSocket *socket, const Reply &reply)
{
    if (!reply.stream) {
        send(*responder, reply.status, reply.contentType, reply.body, reply.headers);
        return;
    }
    auto *sender = new StreamSender(std::move(responder), reply.stream, socket);
    sender->start(reply.status, reply.contentType, reply.headers);
}

} // namespace

HttpServer::HttpServer(Billmgr &billmgr, const Options &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_billmgr(billmgr)
    , m_options(options)
{
}

quint16 HttpServer::start(
    const QHostAddress &address, quint16 port, const QSslCertificate &cert, const QSslKey &key)
{
    m_tls = !cert.isNull();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QTcpServer *server = nullptr;
    if (m_tls) {
        auto *ssl = new QSslServer(this);
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(cert);
        conf.setPrivateKey(key);
        ssl->setSslConfiguration(conf);
        server = ssl;
    } else {
        server = new QTcpServer(this);
    }
    if (!server->listen(address, port) || !bind(server))
        return 0;
    return server->serverPort();
#else
    if (m_tls)
        sslSetup(cert, key); // before listen(): afterwards the server silently stays plain HTTP
    return listen(address, port);
#endif
}

QList<QPair<QString, QString>> HttpServer::decodeForm(const QByteArray &encoded)
{
    QList<QPair<QString, QString>> out;
    const QList<QByteArray> pairs = encoded.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const int eq = int(pair.indexOf('='));
        QByteArray k = eq < 0 ? pair : pair.left(eq);
        QByteArray v = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        k.replace('+', ' ');
        v.replace('+', ' ');
        out.append({ QString::fromUtf8(QByteArray::fromPercentEncoding(k)),
            QString::fromUtf8(QByteArray::fromPercentEncoding(v)) });
    }
    return out;
}

QList<QPair<QString, QString>> HttpServer::decodeMultipart(
    const QByteArray &contentType, const QByteArray &body, QList<UploadedFile> *files)
{
    QList<QPair<QString, QString>> out;
    QByteArray boundary;
    const QList<QByteArray> parts = contentType.split(';');
    for (const QByteArray &p : parts) {
        const QByteArray t = p.trimmed();
        if (t.toLower().startsWith("boundary="))
            boundary = t.mid(9);
    }
    if (boundary.startsWith('"') && boundary.endsWith('"') && boundary.size() >= 2)
        boundary = boundary.mid(1, boundary.size() - 2);
    if (boundary.isEmpty())
        return out;
    auto unquote = [](QByteArray v) {
        if (v.startsWith('"') && v.endsWith('"') && v.size() >= 2)
            v = v.mid(1, v.size() - 2);
        return QString::fromUtf8(v);
    };
    const QByteArray delimiter = "--" + boundary;
    qint64 kept = 0;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            break; // the closing delimiter
        const qsizetype next = body.indexOf("\r\n" + delimiter, pos);
        if (next < 0)
            break;
        qsizetype start = pos;
        if (body.mid(start, 2) == "\r\n")
            start += 2;
        const qsizetype split = body.indexOf("\r\n\r\n", start);
        if (split >= 0 && split < next) {
            const QByteArray headers = body.mid(start, split - start);
            const qsizetype contentStart = split + 4;
            const qsizetype contentSize = next - contentStart;
            QString name, filename, type;
            bool hasFilename = false;
            const QList<QByteArray> lines = headers.split('\n');
            for (const QByteArray &line : lines) {
                const QByteArray l = line.trimmed();
                if (l.toLower().startsWith("content-type:")) {
                    type = QString::fromLatin1(l.mid(13).trimmed());
                    continue;
                }
                if (!l.toLower().startsWith("content-disposition:"))
                    continue;
                const QList<QByteArray> items = l.split(';');
                for (const QByteArray &item : items) {
                    const QByteArray kv = item.trimmed();
                    if (kv.startsWith("name="))
                        name = unquote(kv.mid(5));
                    else if (kv.startsWith("filename=")) {
                        filename = unquote(kv.mid(9));
                        hasFilename = true;
                    }
                }
            }
            if (!name.isEmpty()) {
                if (hasFilename) {
                    out.append({ name, filename });
                    out.append({ name + QStringLiteral("_size"), QString::number(contentSize) });
                    if (files) {
                        UploadedFile f;
                        f.field = name;
                        f.fileName = filename;
                        f.contentType = type;
                        f.size = contentSize;
                        f.tooBig = contentSize > maxUploadBytes || kept + contentSize > maxUploadTotal;
                        if (!f.tooBig) {
                            f.bytes = body.mid(contentStart, contentSize);
                            kept += contentSize;
                        }
                        files->append(f);
                    }
                } else {
                    out.append({ name, QString::fromUtf8(body.mid(contentStart, contentSize)) });
                }
            }
        }
        pos = next + 2; // at the delimiter after its CRLF
    }
    return out;
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    if (m_options.control && path == QLatin1String("/__sim/fault")) {
        handleControl(request, socket);
        return true;
    }
    if (path == QLatin1String("/mancgi/demopayment") || path == QLatin1String("/mancgi/demoinvoice")) {
        // the payment system's page a wizard's <ok type="url"> opens in the browser (a real panel serves its
        // payment modules under /mancgi/)
        const QString elid = QUrlQuery(request.url()).queryItemValue(QStringLiteral("elid")).toHtmlEscaped();
        const bool invoice = path.endsWith(QLatin1String("demoinvoice"));
        const QString title = invoice ? QStringLiteral("Demo invoice for payment %1").arg(elid)
                                      : QStringLiteral("Demo payment system: payment %1").arg(elid);
        QHttpServerResponder responder = makeResponder(request, socket);
        send(responder, 200, "text/html; charset=UTF-8",
            QStringLiteral(
                "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>\n"
                "<h1>%1</h1>\n<p>This page stands in for the payment system. Nothing is charged.</p>\n"
                "</body></html>\n")
                .arg(title)
                .toUtf8(),
            {});
        return true;
    }
    if (path != m_options.path && path != m_options.path + QLatin1Char('/'))
        return false;

    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // no Nagle stall between headers and body
    RequestData data;
    data.params = decodeForm(request.url().query(QUrl::FullyEncoded).toUtf8());
    if (request.method() == QHttpServerRequest::Method::Post) {
        const QByteArray type = request.value("Content-Type").toLower();
        if (type.isEmpty() || type.startsWith("application/x-www-form-urlencoded"))
            data.params.append(decodeForm(request.body()));
        else if (type.startsWith("multipart/form-data"))
            data.params.append(decodeMultipart(request.value("Content-Type"), request.body(), &data.files));
    }
    const QList<QByteArray> cookies = request.value("Cookie").split(';');
    for (const QByteArray &c : cookies) {
        const QByteArray t = c.trimmed();
        if (t.startsWith("billmgrses5="))
            data.cookieSession = QString::fromLatin1(t.mid(12));
    }
    QHostAddress remote = request.remoteAddress();
    bool v4 = false;
    const quint32 ip4 = remote.toIPv4Address(&v4);
    if (v4)
        remote = QHostAddress(ip4);
    data.ip = remote.toString();
    if (m_options.trustForwarded && !request.value("X-Forwarded-For").isEmpty())
        data.ip = QString::fromLatin1(request.value("X-Forwarded-For").split(',').first().trimmed());
    data.baseUrl = QStringLiteral("%1://%2%3")
                       .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"),
                           QString::fromLatin1(request.value("Host")), m_options.path);

    QString func;
    for (const auto &p : data.params)
        if (p.first == QLatin1String("func"))
            func = p.second;

    const std::optional<Fault> fault = m_faults.take(func);
    if (fault && fault->kind == Fault::Expire) {
        const QString sid = Billmgr::sessionOf(data);
        if (!sid.isEmpty())
            m_billmgr.sessions().expire(sid);
    }
    Reply reply = m_billmgr.handle(data);
    m_log.write(data.ip, reply.logUser, Billmgr::maskedQuery(data.params));
    if (reply.stream && fault && fault->kind == Fault::Truncate) {
        reply.body = reply.stream->readAll(); // the fault announces the whole length: build it
        reply.stream.reset();
    }

    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> guard(socket);
    int delay = reply.delayMs;
    if (fault) {
        switch (fault->kind) {
        case Fault::Latency:
            delay += fault->arg;
            break;
        case Fault::Drop:
            socket->abort();
            return true;
        case Fault::Http500:
            send(*responder, 500, "text/html; charset=UTF-8",
                "<html><body><h1>500 Internal Server Error</h1></body></html>\n", {});
            return true;
        case Fault::Truncate:
            send(*responder, reply.status, reply.contentType, reply.body, reply.headers,
                reply.body.size() / 2);
            socket->disconnectFromHost();
            return true;
        case Fault::Html: {
            const QByteArray page = "<!DOCTYPE html>\n<html><head><title>BILLmanager</title></head><body>"
                                    "<form method=\"post\"><input name=\"username\"><input type=\"password\" "
                                    "name=\"password\"></form></body></html>\n";
            send(*responder, 200, "text/html; charset=UTF-8", page, {});
            return true;
        }
        case Fault::Redirect:
            send(*responder, 302, "text/html; charset=UTF-8", "<html><body>Moved</body></html>\n",
                { { "Location", (m_options.path + QStringLiteral("?func=logon")).toUtf8() } });
            return true;
        case Fault::Expire:
            break;
        }
    }
    if (delay <= 0) {
        sendReply(responder, socket, reply);
        return true;
    }
    QTimer::singleShot(delay, this, [responder, guard, reply] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            sendReply(responder, guard.data(), reply);
    });
    return true;
}

void HttpServer::handleControl(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    const QUrlQuery q(request.url());
    QByteArray body = "ok\n";
    int status = 200;
    if (q.hasQueryItem(QStringLiteral("clear")))
        m_faults.clear();
    const QList<QString> specs = q.allQueryItemValues(QStringLiteral("spec"), QUrl::FullyDecoded);
    for (const QString &spec : specs) {
        const QString err = m_faults.add(spec);
        if (!err.isEmpty()) {
            body = err.toUtf8() + '\n';
            status = 400;
        }
    }
    send(responder, status, "text/plain; charset=UTF-8", body, {});
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    send(
        responder, 404, "text/html; charset=UTF-8", "<html><body><h1>404 Not Found</h1></body></html>\n", {});
}

} // namespace mgrdesk::sim
