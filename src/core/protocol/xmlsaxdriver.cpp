#include "xmlsaxdriver.h"

#include "replybuilder.h"

#include <QCoreApplication>
#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include <cstring>
#include <mutex>

namespace mgrdesk::protocol::detail {

namespace {

struct Bridge
{
    XmlSaxDriver *driver;
    ReplyBuilder *builder;
};

inline Bridge &bridge(void *ctx)
{
    return *static_cast<Bridge *>(static_cast<xmlParserCtxtPtr>(ctx)->_private);
}

void onStartElement(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *, int,
    const xmlChar **, int nbAttributes, int, const xmlChar **attributes)
{
    Bridge &b = bridge(ctx);
    Q_UNUSED(prefix);
    if (!b.builder->startElementInterned(reinterpret_cast<const char *>(localname))) {
        b.driver->stop();
        return;
    }
    for (int i = 0; i < nbAttributes; ++i) {
        const xmlChar **a = attributes + 5 * i; // localname, prefix, URI, value, end
        const auto *value = reinterpret_cast<const char *>(a[3]);
        const auto *end = reinterpret_cast<const char *>(a[4]);
        b.builder->attribute(
            QByteArrayView(reinterpret_cast<const char *>(a[0])), QByteArrayView(value, end - value));
    }
}

void onEndElement(void *ctx, const xmlChar *, const xmlChar *, const xmlChar *)
{
    bridge(ctx).builder->endElement();
}

void onCharacters(void *ctx, const xmlChar *ch, int len)
{
    bridge(ctx).builder->text(QByteArrayView(reinterpret_cast<const char *>(ch), len));
}

xmlEntityPtr onGetEntity(void *, const xmlChar *name)
{
    return xmlGetPredefinedEntity(name); // &amp; &lt; &gt; &quot; &apos;: nothing else is ever substituted
}

void onInternalSubset(void *ctx, const xmlChar *, const xmlChar *, const xmlChar *)
{
    bridge(ctx).driver->onDtd();
}

void onStructuredError(void *ctx, xmlErrorPtr error)
{
    if (!error || !ctx)
        return;
    bridge(ctx).driver->onError(error->code, error->level, error->message, error->line, error->int2);
}

void silentGenericError(void *, const char *, ...) { }

// libxml2 prints some conversion problems ("encoding error : input conversion failed") through its generic
// error function on stderr, besides reporting them to the structured handler; keep them off stderr
// (mgrdesk-cli's one-line contract), and restore whatever the thread had before.
class GenericErrorSilencer
{
public:
    GenericErrorSilencer()
        : m_function(xmlGenericError)
        , m_context(xmlGenericErrorContext)
    {
        xmlSetGenericErrorFunc(nullptr, silentGenericError);
    }
    ~GenericErrorSilencer() { xmlSetGenericErrorFunc(m_context, m_function); }
    GenericErrorSilencer(const GenericErrorSilencer &) = delete;
    GenericErrorSilencer &operator=(const GenericErrorSilencer &) = delete;

private:
    xmlGenericErrorFunc m_function;
    void *m_context;
};

void initLibxml()
{
    static std::once_flag once;
    std::call_once(once, [] { xmlInitParser(); });
}

} // namespace

XmlSaxDriver::XmlSaxDriver(ReplyBuilder &builder)
    : m_builder(builder)
{
    initLibxml();
    xmlSAXHandler sax;
    std::memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = onStartElement;
    sax.endElementNs = onEndElement;
    sax.characters = onCharacters;
    sax.cdataBlock = onCharacters;
    sax.getEntity = onGetEntity;
    sax.internalSubset = onInternalSubset;
    sax.serror = onStructuredError;
    xmlParserCtxtPtr ctxt = xmlCreatePushParserCtxt(&sax, nullptr, nullptr, 0, nullptr);
    if (!ctxt)
        return;
    // No XML_PARSE_NOENT (no substitution), no DTDLOAD, no HUGE (keep the amplification and depth limits).
    xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    ctxt->_private = new Bridge { this, &m_builder };
    m_builder.setInternedNames(ctxt->dict != nullptr); // SAX2 hands out names from the context's dictionary
    ctxt->userData = ctxt; // callbacks receive the context, so they can reach _private and positions
    m_ctxt = ctxt;
}

XmlSaxDriver::~XmlSaxDriver()
{
    if (auto *ctxt = static_cast<xmlParserCtxtPtr>(m_ctxt)) {
        delete static_cast<Bridge *>(ctxt->_private);
        ctxt->_private = nullptr;
        if (ctxt->myDoc)
            xmlFreeDoc(ctxt->myDoc);
        xmlFreeParserCtxt(ctxt);
    }
}

std::pair<qint64, qint64> XmlSaxDriver::position() const
{
    auto *ctxt = static_cast<xmlParserCtxtPtr>(m_ctxt);
    if (!ctxt)
        return { 0, 0 };
    return { xmlSAX2GetLineNumber(ctxt), xmlSAX2GetColumnNumber(ctxt) };
}

void XmlSaxDriver::stop()
{
    if (auto *ctxt = static_cast<xmlParserCtxtPtr>(m_ctxt))
        xmlStopParser(ctxt);
}

void XmlSaxDriver::onDtd()
{
    if (!m_failure) {
        ParseFailure f;
        f.reason = ParseFailure::Reason::Malformed;
        std::tie(f.line, f.column) = position();
        f.message = QCoreApplication::translate("mgrdesk::protocol",
            "The reply declares a document type (DTD) at line %1, which API replies never do; refused for "
            "safety.")
                        .arg(f.line);
        m_failure = f;
    }
    stop();
}

void XmlSaxDriver::onError(int code, int level, const char *message, int line, int column)
{
    if (level < XML_ERR_ERROR || m_failure || m_builder.hasFailed())
        return;
    ParseFailure f;
    f.line = line;
    f.column = column;
    QString detail = QString::fromUtf8(message ? message : "").simplified();
    if (detail.endsWith(QLatin1Char('.')))
        detail.chop(1);
    const bool encoding = code == XML_ERR_INVALID_CHAR || code == XML_ERR_INVALID_ENCODING
        || code == XML_ERR_UNKNOWN_ENCODING || code == XML_ERR_UNSUPPORTED_ENCODING
        || code == XML_I18N_CONV_FAILED || detail.contains(QLatin1String("UTF-8"));
    const bool malformedAtEnd
        = code == XML_ERR_TAG_NAME_MISMATCH || code == XML_ERR_UNDECLARED_ENTITY || encoding;
    if (encoding) {
        f.reason = ParseFailure::Reason::Malformed;
        f.message = QCoreApplication::translate("mgrdesk::protocol",
            "The reply is not valid text in its character encoding (UTF-8 unless declared) at line %1, "
            "column %2: wrong or missing encoding declaration.")
                        .arg(line)
                        .arg(column);
    } else if (m_terminating && !malformedAtEnd) {
        f.reason = ParseFailure::Reason::Truncated;
        f.message = QCoreApplication::translate(
            "mgrdesk::protocol", "The reply ends prematurely at line %1, column %2: it was cut off.")
                        .arg(line)
                        .arg(column);
    } else if (code == XML_ERR_ENTITY_LOOP || code == XML_ERR_ENTITY_BOUNDARY) {
        f.reason = ParseFailure::Reason::Malformed;
        f.message = QCoreApplication::translate("mgrdesk::protocol",
            "The reply uses entities in a way that is refused for safety (line %1, "
            "column %2).")
                        .arg(line)
                        .arg(column);
    } else {
        f.reason = ParseFailure::Reason::Malformed;
        f.message = QCoreApplication::translate(
            "mgrdesk::protocol", "The reply is not well-formed XML at line %1, column %2: %3.")
                        .arg(line)
                        .arg(column)
                        .arg(detail);
    }
    m_failure = f;
}

// Some failures (an encoding conversion error) only show in xmlParseChunk's result, not as a structured
// error.
void XmlSaxDriver::checkResult(int code)
{
    if (code == XML_ERR_OK || m_failure || m_builder.hasFailed())
        return;
    const auto [line, column] = position();
    onError(code, XML_ERR_FATAL, "error", int(line), int(column));
}

bool XmlSaxDriver::feed(const char *data, qsizetype size)
{
    auto *ctxt = static_cast<xmlParserCtxtPtr>(m_ctxt);
    if (m_failure || m_builder.hasFailed())
        return false;
    if (!ctxt) {
        ParseFailure f;
        f.reason = ParseFailure::Reason::Malformed;
        f.message = QCoreApplication::translate("mgrdesk::protocol", "The XML parser could not be created.");
        m_failure = f;
        return false;
    }
    const GenericErrorSilencer silencer;
    // Feed big chunks in slices: without XML_PARSE_HUGE, libxml2 refuses to look ahead over more than 10 MB
    // of unparsed input ("Huge input lookup"), and xmlParseChunk takes an int anyway.
    while (size > 0) {
        const int slice = int(qMin<qsizetype>(size, 256 * 1024));
        checkResult(xmlParseChunk(ctxt, data, slice, 0));
        data += slice;
        size -= slice;
        if (m_failure || m_builder.hasFailed())
            return false;
    }
    return true;
}

void XmlSaxDriver::finish()
{
    auto *ctxt = static_cast<xmlParserCtxtPtr>(m_ctxt);
    if (!ctxt || m_failure || m_builder.hasFailed())
        return;
    m_terminating = true;
    {
        const GenericErrorSilencer silencer;
        checkResult(xmlParseChunk(ctxt, nullptr, 0, 1));
    }
    if (!m_failure && !m_builder.hasFailed() && (!m_builder.rootClosed() || !ctxt->wellFormed)) {
        ParseFailure f;
        f.reason = ParseFailure::Reason::Truncated;
        std::tie(f.line, f.column) = position();
        f.message = QCoreApplication::translate(
            "mgrdesk::protocol", "The reply ends prematurely at line %1, column %2: it was cut off.")
                        .arg(f.line)
                        .arg(f.column);
        m_failure = f;
    }
}

} // namespace mgrdesk::protocol::detail
