#pragma once
// The multipart/form-data body of a Request that carries files (ticket attachments: file_1 … file_N). A
// QIODevice that streams: the ordinary fields and part headers from memory, each file from disk in chunks as
// the network asks for it (never read whole on the GUI thread). Like the form body of a change, it is sent
// once: reset() refuses after the first byte was read, so Qt cannot silently post it a second time.
#include "request.h"

#include <QFile>
#include <QIODevice>
#include <memory>
#include <vector>

namespace mgrdesk::protocol {

class MultipartBody : public QIODevice
{
public:
    // func, out (unless the request names one) and every parameter as fields, then the files.
    explicit MultipartBody(
        const Request &request, const QString &out = QStringLiteral("xml"), QObject *parent = nullptr);
    ~MultipartBody() override;

    QByteArray contentType() const; // multipart/form-data; boundary=…
    QByteArray boundary() const { return m_boundary; }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    bool reset() override;
    bool seek(qint64 pos) override;

    // Whether every file of the request can be read now (a stat, no read); the problem in words otherwise.
    static QString check(const Request &request);
    // The whole body in memory (tests, small bodies).
    static QByteArray encode(const Request &request, const QString &out, const QByteArray &boundary);

protected:
    qint64 readData(char *out, qint64 max) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    struct Segment
    {
        QByteArray data; // headers, a field, or a file held in memory
        QString path; // a file read from disk while sending
        qint64 size = 0;
    };
    void build(const Request &request, const QString &out);

    QByteArray m_boundary;
    std::vector<Segment> m_segments;
    qint64 m_size = 0;
    qint64 m_offset = 0;
    size_t m_segment = 0;
    qint64 m_inSegment = 0;
    std::unique_ptr<QFile> m_file;
    bool m_consumed = false;
};

} // namespace mgrdesk::protocol
