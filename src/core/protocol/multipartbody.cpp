#include "multipartbody.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRandomGenerator>

namespace mgrdesk::protocol {

namespace {

QByteArray quoted(const QString &value)
{
    // RFC 7578 §4.2 as browsers do it: UTF-8, with " CR LF percent-encoded
    QByteArray v = value.toUtf8();
    v.replace('"', "%22").replace('\r', "%0D").replace('\n', "%0A");
    return '"' + v + '"';
}

QByteArray randomBoundary()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QByteArray b = "----mgrdesk-";
    for (int i = 0; i < 32; ++i)
        b += alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet)) - 1)];
    return b;
}

} // namespace

MultipartBody::MultipartBody(const Request &request, const QString &out, QObject *parent)
    : QIODevice(parent)
    , m_boundary(randomBoundary())
{
    build(request, out);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

MultipartBody::~MultipartBody() = default;

QByteArray MultipartBody::contentType() const
{
    return "multipart/form-data; boundary=" + m_boundary;
}

void MultipartBody::build(const Request &request, const QString &out)
{
    auto add = [this](QByteArray data) {
        m_size += data.size();
        m_segments.push_back({ std::move(data), QString(), 0 });
        m_segments.back().size = m_segments.back().data.size();
    };
    auto field = [&](const QString &name, const QString &value) {
        add("--" + m_boundary + "\r\nContent-Disposition: form-data; name=" + quoted(name) + "\r\n\r\n"
            + value.toUtf8() + "\r\n");
    };
    if (!request.function().isEmpty())
        field(QStringLiteral("func"), request.function());
    if (!out.isEmpty() && !request.has(QStringLiteral("out")))
        field(QStringLiteral("out"), out);
    for (const Request::Param &p : request.params())
        field(p.first, p.second);
    for (const Request::FileField &f : request.files()) {
        const QString type = f.mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : f.mimeType;
        add("--" + m_boundary + "\r\nContent-Disposition: form-data; name=" + quoted(f.name)
            + "; filename=" + quoted(f.fileName) + "\r\nContent-Type: " + type.toLatin1() + "\r\n\r\n");
        if (f.path.isEmpty()) {
            add(f.bytes);
        } else {
            m_segments.push_back({ QByteArray(), f.path, f.size });
            m_size += f.size;
        }
        add("\r\n");
    }
    add("--" + m_boundary + "--\r\n");
}

bool MultipartBody::reset()
{
    return !m_consumed && seek(0);
}

bool MultipartBody::seek(qint64 pos)
{
    if (pos != 0 && pos != m_offset)
        return false; // only the start (before sending) or where it is
    if (m_consumed && pos < m_offset)
        return false; // never rewind what was sent
    if (!QIODevice::seek(pos))
        return false;
    if (pos == 0) {
        m_offset = 0;
        m_segment = 0;
        m_inSegment = 0;
        m_file.reset();
    }
    return true;
}

qint64 MultipartBody::readData(char *out, qint64 max)
{
    qint64 written = 0;
    while (written < max && m_segment < m_segments.size()) {
        const Segment &s = m_segments[m_segment];
        const qint64 want = qMin(max - written, s.size - m_inSegment);
        if (want > 0) {
            qint64 got = 0;
            if (s.path.isEmpty()) {
                memcpy(out + written, s.data.constData() + m_inSegment, size_t(want));
                got = want;
            } else {
                if (!m_file) {
                    m_file = std::make_unique<QFile>(s.path);
                    if (!m_file->open(QIODevice::ReadOnly)) {
                        setErrorString(m_file->errorString());
                        return -1;
                    }
                    m_file->seek(m_inSegment);
                }
                got = m_file->read(out + written, want);
                if (got <= 0) { // the file shrank or vanished since it was chosen
                    setErrorString(QCoreApplication::translate("mgrdesk::protocol::MultipartBody",
                        "The file \"%1\" changed while it was being sent.")
                                       .arg(QFileInfo(s.path).fileName()));
                    return -1;
                }
            }
            written += got;
            m_inSegment += got;
            m_offset += got;
            m_consumed = true;
        }
        if (m_inSegment >= s.size) {
            ++m_segment;
            m_inSegment = 0;
            m_file.reset();
        }
    }
    return written;
}

QString MultipartBody::check(const Request &request)
{
    for (const Request::FileField &f : request.files()) {
        if (f.path.isEmpty())
            continue;
        const QFileInfo info(f.path);
        if (!info.exists() || !info.isFile())
            return QCoreApplication::translate(
                "mgrdesk::protocol::MultipartBody", "The file \"%1\" does not exist.")
                .arg(f.path);
        if (!info.isReadable())
            return QCoreApplication::translate(
                "mgrdesk::protocol::MultipartBody", "The file \"%1\" cannot be read.")
                .arg(f.path);
        if (info.size() != f.size)
            return QCoreApplication::translate(
                "mgrdesk::protocol::MultipartBody", "The file \"%1\" changed since it was attached.")
                .arg(f.path);
    }
    return QString();
}

QByteArray MultipartBody::encode(const Request &request, const QString &out, const QByteArray &boundary)
{
    MultipartBody body(request, out);
    body.m_boundary = boundary;
    body.m_segments.clear();
    body.m_size = 0;
    body.build(request, out);
    return body.readAll();
}

} // namespace mgrdesk::protocol
