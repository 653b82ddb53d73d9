#include "replyparser.h"

#include "jsoneventreader.h"
#include "replybuilder.h"
#include "xmlsaxdriver.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcProtocol, "mgrdesk.protocol", QtWarningMsg)

namespace mgrdesk::protocol {

namespace {

enum class Sniffed { Undecided, Empty, Xml, Json, Html, Garbage };

struct SniffResult
{
    Sniffed kind = Sniffed::Undecided;
    qsizetype offset = 0; // first significant byte
    qint64 line = 1;
    qint64 column = 1;
};

bool startsWithNoCase(const QByteArray &data, qsizetype at, const char *prefix)
{
    const qsizetype n = qsizetype(qstrlen(prefix));
    if (data.size() - at < n)
        return false;
    return qstrnicmp(data.constData() + at, prefix, n) == 0;
}

// Looks at the start of the body: BOM, whitespace, an XML declaration, comments (<!-- --> and, before JSON,
// // and /* */ lines) are skipped; the first significant character decides.
SniffResult sniff(const QByteArray &head, bool atEnd)
{
    SniffResult r;
    const qsizetype n = head.size();
    qsizetype i = 0;
    qsizetype lineStart = 0;
    if (!atEnd && n < 3 && QByteArrayView("\xEF\xBB\xBF").startsWith(QByteArrayView(head)))
        return r; // maybe the start of a byte order mark
    if (!atEnd && n == 1 && (head[0] == '\xFF' || head[0] == '\xFE'))
        return r; // maybe the start of a UTF-16 byte order mark
    if (head.startsWith("\xEF\xBB\xBF"))
        i = 3;
    else if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return { Sniffed::Xml, 0, 1, 1 }; // UTF-16 with a BOM: only XML can be that; libxml2 decodes it
    const auto undecided = [&]() {
        return SniffResult { atEnd ? Sniffed::Xml : Sniffed::Undecided, i, r.line, 1 };
    };
    for (;;) {
        while (i < n && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            if (head[i] == '\n') {
                ++r.line;
                lineStart = i + 1;
            }
            ++i;
        }
        r.offset = i;
        r.column = i - lineStart + 1;
        if (i >= n) {
            r.kind = atEnd ? Sniffed::Empty : Sniffed::Undecided;
            return r;
        }
        const auto skipTo = [&](const char *end) -> bool {
            const qsizetype at = head.indexOf(end, i);
            if (at < 0)
                return false;
            for (qsizetype k = i; k < at; ++k) {
                if (head[k] == '\n') {
                    ++r.line;
                    lineStart = k + 1;
                }
            }
            i = at + qsizetype(qstrlen(end));
            return true;
        };
        const char c = head[i];
        if (c == '<') {
            if (!atEnd) {
                // Wait until the bytes at hand can tell a declaration, a comment or an HTML page from XML.
                for (const char *p : { "<?", "<!--", "<!doctype", "<html", "<head", "<body" }) {
                    const qsizetype len = qsizetype(qstrlen(p));
                    const qsizetype have = qMin(len, n - i);
                    if (have < len && qstrnicmp(head.constData() + i, p, have) == 0) {
                        r.kind = Sniffed::Undecided;
                        return r;
                    }
                }
                if (startsWithNoCase(head, i, "<!doctype") && n - i < 16 && head.indexOf('>', i) < 0) {
                    r.kind = Sniffed::Undecided;
                    return r;
                }
            }
            if (head.mid(i, 2) == "<?") {
                if (!skipTo("?>"))
                    return undecided();
                continue;
            }
            if (head.mid(i, 4) == "<!--") {
                if (!skipTo("-->"))
                    return undecided();
                continue;
            }
            if (startsWithNoCase(head, i, "<!doctype")) {
                qsizetype k = i + 9;
                while (k < n && (head[k] == ' ' || head[k] == '\t' || head[k] == '\r' || head[k] == '\n'))
                    ++k;
                r.kind = startsWithNoCase(head, k, "html") ? Sniffed::Html : Sniffed::Xml;
                return r;
            }
            if (startsWithNoCase(head, i, "<html") || startsWithNoCase(head, i, "<head")
                || startsWithNoCase(head, i, "<body")) {
                r.kind = Sniffed::Html;
                return r;
            }
            r.kind = Sniffed::Xml;
            return r;
        }
        if (c == '{' || c == '[') {
            r.kind = Sniffed::Json;
            return r;
        }
        if (c == '/' && i + 1 < n && (head[i + 1] == '/' || head[i + 1] == '*')) {
            if (!skipTo(head[i + 1] == '/' ? "\n" : "*/"))
                return atEnd ? SniffResult { Sniffed::Empty, i, r.line, 1 }
                             : SniffResult { Sniffed::Undecided, i, r.line, 1 };
            if (head[i - 1] == '\n') {
                ++r.line;
                lineStart = i;
            }
            continue;
        }
        if (c == '/' && i + 1 >= n && !atEnd) {
            r.kind = Sniffed::Undecided;
            return r;
        }
        r.kind = Sniffed::Garbage;
        return r;
    }
}

ParseFailure makeFailure(
    ParseFailure::Reason reason, const QString &message, qint64 line = 0, qint64 column = 0)
{
    ParseFailure f;
    f.reason = reason;
    f.message = message;
    f.line = line;
    f.column = column;
    return f;
}

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return QCoreApplication::translate("mgrdesk::protocol", "%1 MiB").arg(bytes / (1024 * 1024));
    return QCoreApplication::translate("mgrdesk::protocol", "%1 bytes").arg(bytes);
}

} // namespace

struct ReplyParser::Private
{
    explicit Private(const ParseOptions &o)
        : options(o)
        , builder(qMax(1, o.maxDepth))
    {
        builder.position = [this]() -> std::pair<qint64, qint64> {
            if (xml)
                return xml->position();
            if (json)
                return json->position();
            return { 0, 0 };
        };
    }

    bool start(bool atEnd);
    bool failed() const
    {
        return failure || builder.hasFailed() || (xml && xml->failure()) || (json && json->failure());
    }

    ParseOptions options;
    detail::ReplyBuilder builder;
    std::unique_ptr<detail::XmlSaxDriver> xml;
    std::unique_ptr<detail::JsonEventReader> json;
    bool sniffing = true;
    bool finished = false;
    QByteArray head;
    qint64 total = 0;
    std::optional<ParseFailure> failure;
};

// Decides the format from what was buffered so far; once decided, hands the buffer to the driver.
bool ReplyParser::Private::start(bool atEnd)
{
    const SniffResult r = sniff(head, atEnd);
    if (r.kind == Sniffed::Undecided)
        return true;
    sniffing = false;
    if (r.kind == Sniffed::Empty) {
        failure = makeFailure(ParseFailure::Reason::Empty,
            QCoreApplication::translate("mgrdesk::protocol", "The server sent an empty reply."));
        return false;
    }
    if (r.kind == Sniffed::Html && options.format != ParseOptions::Format::Json) {
        failure = makeFailure(ParseFailure::Reason::Html,
            QCoreApplication::translate("mgrdesk::protocol",
                "The server sent a web page instead of an API reply (the "
                "session may have expired)."),
            r.line, r.column);
        return false;
    }
    bool useJson = r.kind == Sniffed::Json;
    if (options.format == ParseOptions::Format::Xml)
        useJson = false;
    else if (options.format == ParseOptions::Format::Json)
        useJson = true;
    else if (r.kind == Sniffed::Garbage) {
        const QString start = QString::fromUtf8(head.mid(r.offset, 24)).simplified();
        failure = makeFailure(ParseFailure::Reason::Malformed,
            QCoreApplication::translate("mgrdesk::protocol",
                "Not an API reply: at line %1, column %2 it starts with "
                "“%3” instead of XML or JSON.")
                .arg(r.line)
                .arg(r.column)
                .arg(start),
            r.line, r.column);
        return false;
    }
    if (useJson) {
        json = std::make_unique<detail::JsonEventReader>(builder, qMax(1, options.maxDepth));
        json->setStartPosition(r.line);
        json->feed(head.constData() + r.offset, head.size() - r.offset);
    } else {
        xml = std::make_unique<detail::XmlSaxDriver>(builder);
        xml->feed(head.constData(), head.size());
    }
    head = QByteArray();
    return !failed();
}

ReplyParser::ReplyParser(const ParseOptions &options)
    : d(std::make_unique<Private>(options))
{
}

ReplyParser::~ReplyParser() = default;

bool ReplyParser::feed(const char *data, qsizetype size)
{
    if (d->finished || d->failed())
        return false;
    if (size <= 0)
        return true;
    d->total += size;
    if (d->total > d->options.maxBytes) {
        d->failure = makeFailure(ParseFailure::Reason::TooLarge,
            QCoreApplication::translate("mgrdesk::protocol",
                "The reply is larger than the limit of %1; it was "
                "refused.")
                .arg(sizeText(d->options.maxBytes)));
        return false;
    }
    if (d->sniffing) {
        d->head.append(data, size);
        return d->start(false);
    }
    if (d->xml)
        return d->xml->feed(data, size);
    return d->json->feed(data, size);
}

Reply ReplyParser::finish()
{
    Reply reply;
    if (d->finished) {
        reply.failure = makeFailure(ParseFailure::Reason::UnknownShape,
            QCoreApplication::translate("mgrdesk::protocol", "The reply was already read."));
        return reply;
    }
    d->finished = true;
    if (!d->failed() && d->sniffing)
        d->start(true);
    if (!d->failed()) {
        if (d->xml)
            d->xml->finish();
        else if (d->json)
            d->json->finish();
    }
    if (d->failure) {
        reply.failure = d->failure;
    } else if (d->builder.hasFailed()) {
        reply.failure = d->builder.failure();
    } else if (d->xml && d->xml->failure()) {
        reply.failure = d->xml->failure();
    } else if (d->json && d->json->failure()) {
        reply.failure = d->json->failure();
    } else {
        reply = d->builder.finish();
    }
    if (reply.failure)
        qCDebug(lcProtocol) << "reply not parsed:" << reply.failure->message;
    return reply;
}

Reply ReplyParser::parse(const QByteArray &body, const ParseOptions &options)
{
    ReplyParser parser(options);
    parser.feed(body);
    return parser.finish();
}

} // namespace mgrdesk::protocol
