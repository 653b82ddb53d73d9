#include "documentkind.h"

#include <QFileInfo>
#include <QUrl>

namespace mgrdesk::documents {

namespace {

QByteArray mimeOf(const QByteArray &contentType)
{
    const int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

bool isApiMime(const QByteArray &mime)
{
    // What an API reply comes as: XML, JSON (sjson/xjson too), JavaScript (JSONP), or nothing said.
    return mime.isEmpty() || mime == "text/xml" || mime == "application/xml" || mime == "application/json"
        || mime == "text/json" || mime == "application/javascript" || mime == "text/javascript"
        || mime == "text/plain"; // out=text
}

} // namespace

DocumentKind expectedDocument(const protocol::Request &request)
{
    const QString out = request.value(QStringLiteral("out")).toLower();
    if (out == QLatin1String("pdf_print"))
        return DocumentKind::Pdf;
    if (out == QLatin1String("doc_print"))
        return DocumentKind::Html;
    if (out == QLatin1String("csv"))
        return DocumentKind::Csv;
    const QString func = request.function().toLower();
    if (func == QLatin1String("ticket.file") || func.endsWith(QLatin1String(".file")))
        return DocumentKind::Other; // an attachment: whatever its headers say
    if (func.endsWith(QLatin1String(".print.pdf")))
        return DocumentKind::Pdf;
    return DocumentKind::None;
}

DocumentKind classifyReply(
    const protocol::Request &request, const QByteArray &contentType, const QByteArray &contentDisposition)
{
    const QByteArray mime = mimeOf(contentType);
    const bool attachment = contentDisposition.trimmed().toLower().startsWith("attachment");
    DocumentKind fromHeaders = DocumentKind::None;
    if (mime == "application/pdf")
        fromHeaders = DocumentKind::Pdf;
    else if (mime == "text/csv" || mime == "application/csv")
        fromHeaders = DocumentKind::Csv;
    else if (mime == "text/html" || mime == "application/xhtml+xml")
        fromHeaders = DocumentKind::Html;
    else if (!isApiMime(mime))
        fromHeaders = DocumentKind::Other;

    const DocumentKind expected = expectedDocument(request);
    if (expected != DocumentKind::None) {
        // The request asked for a file: the headers refine what it is (an attachment's real type), unless
        // they only say "bytes".
        if (mime == "application/octet-stream" && expected != DocumentKind::Other)
            return expected;
        if (fromHeaders != DocumentKind::None)
            return fromHeaders;
        if (expected == DocumentKind::Other && (mime == "text/plain" || mime.isEmpty()))
            return DocumentKind::Other;
        // An XML/JSON body for a document request is the server's answer instead (an error, a lost
        // session): parse it.
        if (mime == "text/xml" || mime == "application/xml" || mime == "application/json")
            return DocumentKind::None;
        return expected;
    }
    // An API request: only an explicit attachment, or a file type no API reply has, makes it a document.
    // HTML is never a document here: it is a login page or an error page (a lost session).
    if (attachment)
        return fromHeaders == DocumentKind::None ? DocumentKind::Other : fromHeaders;
    if (fromHeaders == DocumentKind::Pdf || fromHeaders == DocumentKind::Csv
        || fromHeaders == DocumentKind::Other)
        return fromHeaders;
    return DocumentKind::None;
}

QString dispositionFileName(const QByteArray &contentDisposition)
{
    QString plain, extended;
    const QList<QByteArray> parts = contentDisposition.split(';');
    for (const QByteArray &rawPart : parts) {
        const QByteArray part = rawPart.trimmed();
        const int eq = part.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray key = part.left(eq).trimmed().toLower();
        QByteArray value = part.mid(eq + 1).trimmed();
        if (key == "filename*") {
            // charset'language'percent-encoded
            const int first = value.indexOf('\'');
            const int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
            if (second > 0)
                extended = QUrl::fromPercentEncoding(value.mid(second + 1));
        } else if (key == "filename") {
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            plain = QString::fromUtf8(value);
        }
    }
    QString name = extended.isEmpty() ? plain : extended;
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    name = QFileInfo(name).fileName(); // never a directory part (../../etc/passwd → passwd)
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return {};
    return name;
}

QString extensionFor(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Pdf:
        return QStringLiteral("pdf");
    case DocumentKind::Html:
        return QStringLiteral("html");
    case DocumentKind::Csv:
        return QStringLiteral("csv");
    case DocumentKind::None:
    case DocumentKind::Other:
        break;
    }
    return QStringLiteral("bin");
}

} // namespace mgrdesk::documents
