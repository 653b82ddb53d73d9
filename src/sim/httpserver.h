#pragma once
// The HTTP(S) face of the simulator on QtHttpServer: decodes GET/POST requests on the API path, applies
// faults, writes the request log, and sends the Billmgr replies (later, for latency and long operations).
#include "billmgr.h"
#include "faultinjector.h"
#include "requestlog.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>

namespace mgrdesk::sim {

class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Options
    {
        QString path = QStringLiteral("/billmgr");
        bool control = false; // the /__sim/fault endpoint
        bool trustForwarded = false; // X-Forwarded-For names the caller (tests of address binding)
    };

    HttpServer(Billmgr &billmgr, const Options &options, QObject *parent = nullptr);

    FaultInjector &faults() { return m_faults; }
    RequestLog &log() { return m_log; }

    // Listens on address:port (0 = any free port), with TLS when a certificate is given. The one place that
    // knows how QtHttpServer starts listening (Qt 6.8 moved from listen() to bind()). Returns the port, 0 on
    // failure.
    quint16 start(const QHostAddress &address, quint16 port, const QSslCertificate &cert = QSslCertificate(),
        const QSslKey &key = QSslKey());

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void handleControl(const QHttpServerRequest &request, QTcpSocket *socket);
    static QList<QPair<QString, QString>> decodeForm(const QByteArray &encoded);
    // multipart/form-data: ordinary fields become parameters; a file field FIELD gives FIELD=<file name> and
    // FIELD_size=<bytes> (ticket attachments are file_1, file_2, …) and its bytes in `files` (up to
    // maxUploadBytes each and maxUploadTotal together; beyond that the name and size only, marked tooBig).
    static QList<QPair<QString, QString>> decodeMultipart(
        const QByteArray &contentType, const QByteArray &body, QList<UploadedFile> *files);

public:
    static constexpr qint64 maxUploadBytes = 16 * 1024 * 1024;
    static constexpr qint64 maxUploadTotal = 64 * 1024 * 1024;

private:
    Billmgr &m_billmgr;
    Options m_options;
    FaultInjector m_faults;
    RequestLog m_log;
    bool m_tls = false;
};

} // namespace mgrdesk::sim
