#include "jsoneventreader.h"

#include "replybuilder.h"

#include <QCoreApplication>

namespace mgrdesk::protocol::detail {

namespace {

bool validUtf8(const std::string &s)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const unsigned char *end = p + s.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra;
        unsigned cp;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else
            return false;
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are invalid.
        if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000)
            || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return false;
        p += extra + 1;
    }
    return true;
}

void appendUtf8(std::string &out, unsigned cp)
{
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

bool validNumber(const std::string &s)
{
    size_t i = 0;
    const size_t n = s.size();
    const auto digits = [&] {
        const size_t from = i;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            ++i;
        return i > from;
    };
    if (i < n && s[i] == '-')
        ++i;
    if (i < n && s[i] == '0')
        ++i;
    else if (!digits())
        return false;
    if (i < n && s[i] == '.') {
        ++i;
        if (!digits())
            return false;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == n;
}

inline bool isLiteralChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '+'
        || c == '.';
}

} // namespace

JsonEventReader::JsonEventReader(ReplyBuilder &builder, int maxDepth)
    : m_builder(builder)
    , m_maxDepth(maxDepth)
{
}

void JsonEventReader::error(const QString &what)
{
    if (m_failure)
        return;
    ParseFailure f;
    f.reason = ParseFailure::Reason::Malformed;
    f.line = m_tokenLine;
    f.column = m_tokenColumn;
    f.message = QCoreApplication::translate(
        "mgrdesk::protocol", "The reply is not valid JSON at line %1, column %2: %3.")
                    .arg(f.line)
                    .arg(f.column)
                    .arg(what);
    m_failure = f;
}

void JsonEventReader::syntax(const char *expected)
{
    error(QCoreApplication::translate("mgrdesk::protocol", "expected %1").arg(QLatin1String(expected)));
}

bool JsonEventReader::start(const std::string &name)
{
    return m_builder.startElement(QByteArrayView(name.data(), qsizetype(name.size())));
}

void JsonEventReader::valueDone()
{
    m_state = m_containers.empty() ? State::Done : State::AfterValue;
}

bool JsonEventReader::finishString()
{
    if (!validUtf8(m_buffer)) {
        ParseFailure f;
        f.reason = ParseFailure::Reason::Malformed;
        f.line = m_tokenLine;
        f.column = m_tokenColumn;
        f.message = QCoreApplication::translate("mgrdesk::protocol",
            "The reply is not valid UTF-8 at line %1, column %2 (wrong or missing "
            "encoding declaration).")
                        .arg(f.line)
                        .arg(f.column);
        m_failure = f;
        return false;
    }
    if (m_stringIsKey) {
        m_key.swap(m_buffer);
        m_state = State::Colon;
        return true;
    }
    beginValue(Kind::Scalar, &m_buffer, false);
    valueDone();
    return !m_failure && !m_builder.hasFailed();
}

bool JsonEventReader::finishLiteral()
{
    const bool isNull = m_buffer == "null";
    if (!isNull && m_buffer != "true" && m_buffer != "false" && !validNumber(m_buffer)) {
        error(QCoreApplication::translate("mgrdesk::protocol", "unexpected “%1”")
                  .arg(QString::fromUtf8(m_buffer.data(), qsizetype(qMin<size_t>(m_buffer.size(), 20)))));
        return false;
    }
    beginValue(Kind::Scalar, &m_buffer, isNull);
    valueDone();
    return !m_failure && !m_builder.hasFailed();
}

bool JsonEventReader::feed(const char *data, qsizetype size)
{
    qsizetype i = 0;
    while (i < size) {
        if (m_failure || m_builder.hasFailed())
            return false;
        switch (m_state) {
        case State::String: {
            qsizetype j = i;
            while (j < size) {
                const auto c = static_cast<unsigned char>(data[j]);
                if (c == '"' || c == '\\' || c < 0x20)
                    break;
                ++j;
            }
            if (j > i && m_highSurrogate) {
                error(QCoreApplication::translate(
                    "mgrdesk::protocol", "a lone UTF-16 surrogate in a \\u escape"));
                return false;
            }
            m_buffer.append(data + i, size_t(j - i));
            m_pos += j - i;
            i = j;
            if (i == size)
                break;
            const char c = data[i];
            ++i;
            ++m_pos;
            if (c == '"') {
                if (m_highSurrogate) {
                    error(QCoreApplication::translate(
                        "mgrdesk::protocol", "a lone UTF-16 surrogate in a \\u escape"));
                    return false;
                }
                if (!finishString())
                    return false;
            } else if (c == '\\') {
                m_state = State::Escape;
            } else {
                error(
                    QCoreApplication::translate("mgrdesk::protocol", "a control character inside a string"));
                return false;
            }
            break;
        }
        case State::Escape: {
            const char c = data[i];
            ++i;
            ++m_pos;
            if (m_highSurrogate && c != 'u') {
                error(QCoreApplication::translate(
                    "mgrdesk::protocol", "a lone UTF-16 surrogate in a \\u escape"));
                return false;
            }
            switch (c) {
            case '"':
                m_buffer.push_back('"');
                break;
            case '\\':
                m_buffer.push_back('\\');
                break;
            case '/':
                m_buffer.push_back('/');
                break;
            case 'b':
                m_buffer.push_back('\b');
                break;
            case 'f':
                m_buffer.push_back('\f');
                break;
            case 'n':
                m_buffer.push_back('\n');
                break;
            case 'r':
                m_buffer.push_back('\r');
                break;
            case 't':
                m_buffer.push_back('\t');
                break;
            case 'u':
                m_state = State::Unicode;
                m_unicode = 0;
                m_unicodeDigits = 0;
                continue;
            default:
                error(QCoreApplication::translate(
                    "mgrdesk::protocol", "an invalid escape sequence in a string"));
                return false;
            }
            m_state = State::String;
            break;
        }
        case State::Unicode: {
            const char c = data[i];
            ++i;
            ++m_pos;
            unsigned digit;
            if (c >= '0' && c <= '9')
                digit = unsigned(c - '0');
            else if (c >= 'a' && c <= 'f')
                digit = unsigned(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                digit = unsigned(c - 'A' + 10);
            else {
                error(QCoreApplication::translate("mgrdesk::protocol", "an invalid \\u escape in a string"));
                return false;
            }
            m_unicode = (m_unicode << 4) | digit;
            if (++m_unicodeDigits < 4)
                break;
            m_state = State::String;
            const unsigned u = m_unicode;
            if (u >= 0xD800 && u <= 0xDBFF) {
                if (m_highSurrogate) {
                    error(QCoreApplication::translate(
                        "mgrdesk::protocol", "a lone UTF-16 surrogate in a \\u escape"));
                    return false;
                }
                m_highSurrogate = u;
            } else if (u >= 0xDC00 && u <= 0xDFFF) {
                if (!m_highSurrogate) {
                    error(QCoreApplication::translate(
                        "mgrdesk::protocol", "a lone UTF-16 surrogate in a \\u escape"));
                    return false;
                }
                appendUtf8(m_buffer, 0x10000 + ((m_highSurrogate - 0xD800) << 10) + (u - 0xDC00));
                m_highSurrogate = 0;
            } else {
                if (m_highSurrogate) {
                    error(QCoreApplication::translate(
                        "mgrdesk::protocol", "a lone UTF-16 surrogate in a \\u escape"));
                    return false;
                }
                appendUtf8(m_buffer, u);
            }
            break;
        }
        case State::Literal:
            if (isLiteralChar(data[i])) {
                m_buffer.push_back(data[i]);
                ++i;
                ++m_pos;
            } else if (!finishLiteral()) {
                return false;
            }
            break;
        default: {
            const char c = data[i];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                ++i;
                ++m_pos;
                if (c == '\n') {
                    ++m_line;
                    m_lineStart = m_pos;
                }
                break;
            }
            m_tokenLine = m_line;
            m_tokenColumn = m_pos - m_lineStart + 1;
            const State state = m_state;
            ++i;
            ++m_pos;
            switch (state) {
            case State::Value:
            case State::ValueOrEnd:
                if (c == ']' && state == State::ValueOrEnd) {
                    endContainer();
                } else if (c == '{' || c == '[') {
                    m_containers.push_back(c);
                    if (int(m_containers.size()) > m_maxDepth) {
                        ParseFailure f;
                        f.reason = ParseFailure::Reason::TooDeep;
                        f.line = m_tokenLine;
                        f.column = m_tokenColumn;
                        f.message = QCoreApplication::translate("mgrdesk::protocol",
                            "The reply is nested deeper than the limit of %1 "
                            "levels.")
                                        .arg(m_maxDepth);
                        m_failure = f;
                        return false;
                    }
                    beginValue(c == '{' ? Kind::Object : Kind::Array, nullptr, false);
                    m_state = c == '{' ? State::KeyOrEnd : State::ValueOrEnd;
                } else if (c == '"') {
                    m_stringIsKey = false;
                    m_buffer.clear();
                    m_state = State::String;
                } else if (c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n') {
                    m_buffer.assign(1, c);
                    m_state = State::Literal;
                } else {
                    syntax("a value");
                }
                break;
            case State::KeyOrEnd:
            case State::Key:
                if (c == '}' && state == State::KeyOrEnd) {
                    endContainer();
                } else if (c == '"') {
                    m_stringIsKey = true;
                    m_buffer.clear();
                    m_state = State::String;
                } else {
                    syntax("a key in double quotes");
                }
                break;
            case State::Colon:
                if (c == ':')
                    m_state = State::Value;
                else
                    syntax("':'");
                break;
            case State::AfterValue: {
                const char top = m_containers.back();
                if (c == ',')
                    m_state = top == '{' ? State::Key : State::Value;
                else if ((c == '}' && top == '{') || (c == ']' && top == '['))
                    endContainer();
                else
                    syntax(top == '{' ? "',' or '}'" : "',' or ']'");
                break;
            }
            case State::Done:
                error(QCoreApplication::translate(
                    "mgrdesk::protocol", "unexpected data after the end of the document"));
                break;
            default:
                break;
            }
            break;
        }
        }
    }
    return !m_failure && !m_builder.hasFailed();
}

void JsonEventReader::finish()
{
    if (m_failure || m_builder.hasFailed())
        return;
    if (m_state == State::Done)
        return;
    ParseFailure f;
    f.reason = ParseFailure::Reason::Truncated;
    std::tie(f.line, f.column) = position();
    f.message = QCoreApplication::translate(
        "mgrdesk::protocol", "The reply ends prematurely at line %1, column %2: it was cut off.")
                    .arg(f.line)
                    .arg(f.column);
    m_failure = f;
}

// ---- mapping onto element events
// -------------------------------------------------------------------------------

void JsonEventReader::beginValue(Kind kind, const std::string *scalar, bool isNull)
{
    if (m_frames.empty()) {
        if (kind == Kind::Object)
            m_frames.push_back({ FrameType::RootPending, {}, false });
        else if (kind == Kind::Array)
            m_frames.push_back({ FrameType::RootArray, {}, false });
        else
            error(QCoreApplication::translate(
                "mgrdesk::protocol", "the document is a bare value, not an object"));
        return;
    }
    Frame &top = m_frames.back();
    const bool container = kind != Kind::Scalar;
    switch (top.type) {
    case FrameType::RootPending:
        if (m_key == "doc" && container && !m_docEmitted) {
            top.type = FrameType::RootWrapper;
            m_docEmitted = true;
            elementValue(m_key, kind, scalar, isNull, false);
        } else {
            // No wrapper: this object is the doc itself.
            top.type = FrameType::Element;
            top.name = "doc";
            m_docEmitted = true;
            if (!start(top.name))
                return;
            memberValue(m_key, kind, scalar, isNull, false);
        }
        break;
    case FrameType::RootWrapper:
        if (container)
            m_frames.push_back({ FrameType::Skip, {}, false }); // keys beside "doc": ignored
        break;
    case FrameType::RootArray:
        if (kind == Kind::Object)
            m_frames.push_back({ m_docEmitted ? FrameType::Skip : FrameType::RootPending, {}, false });
        else if (kind == Kind::Array)
            m_frames.push_back({ FrameType::RootArray, {}, false });
        break;
    case FrameType::Element: {
        const bool messages = top.isMessages;
        const std::string key = m_key;
        memberValue(key, kind, scalar, isNull, messages);
        break;
    }
    case FrameType::Array: {
        const std::string name = top.name;
        const bool messages = top.isMessages;
        elementValue(name, kind, scalar, isNull, messages);
        break;
    }
    case FrameType::Skip:
        if (container)
            m_frames.push_back({ FrameType::Skip, {}, false });
        break;
    case FrameType::MsgPending:
        if (!m_key.empty() && m_key[0] == '$') {
            top.type = FrameType::Element; // the element form: {"$name": "x", "$": "text"}
            if (!start(top.name))
                return;
            memberValue(m_key, kind, scalar, isNull, false);
        } else {
            top.type = FrameType::MsgMap;
            msgMapValue(m_key, kind, scalar, isNull);
        }
        break;
    case FrameType::MsgMap:
        msgMapValue(m_key, kind, scalar, isNull);
        break;
    }
}

void JsonEventReader::memberValue(
    const std::string &key, Kind kind, const std::string *scalar, bool isNull, bool parentIsMessages)
{
    if (!key.empty() && key[0] == '$') {
        if (kind != Kind::Scalar) {
            m_frames.push_back({ FrameType::Skip, {}, false });
        } else if (!isNull) {
            const QByteArrayView value(scalar->data(), qsizetype(scalar->size()));
            if (key.size() == 1)
                m_builder.text(value);
            else
                m_builder.attribute(QByteArrayView(key.data() + 1, qsizetype(key.size() - 1)), value);
        }
        return;
    }
    elementValue(key, kind, scalar, isNull, parentIsMessages);
}

void JsonEventReader::elementValue(
    const std::string &name, Kind kind, const std::string *scalar, bool isNull, bool parentIsMessages)
{
    switch (kind) {
    case Kind::Scalar:
        if (!start(name))
            return;
        if (!isNull)
            m_builder.text(QByteArrayView(scalar->data(), qsizetype(scalar->size())));
        m_builder.endElement();
        break;
    case Kind::Object:
        if (parentIsMessages && name == "msg") {
            m_frames.push_back(
                { FrameType::MsgPending, name, false }); // map form or element form: see first key
        } else {
            m_frames.push_back({ FrameType::Element, name, name == "messages" });
            start(name);
        }
        break;
    case Kind::Array:
        m_frames.push_back({ FrameType::Array, name, parentIsMessages });
        break;
    }
}

void JsonEventReader::msgMapValue(const std::string &key, Kind kind, const std::string *scalar, bool isNull)
{
    static const std::string msg = "msg";
    if (kind == Kind::Array) {
        m_frames.push_back({ FrameType::Skip, {}, false });
        return;
    }
    if (!start(msg))
        return;
    m_builder.attribute(QByteArrayView("name"), QByteArrayView(key.data(), qsizetype(key.size())));
    if (kind == Kind::Object) {
        m_frames.push_back({ FrameType::Element, msg, false });
        return;
    }
    if (!isNull)
        m_builder.text(QByteArrayView(scalar->data(), qsizetype(scalar->size())));
    m_builder.endElement();
}

void JsonEventReader::endContainer()
{
    m_containers.pop_back();
    if (!m_frames.empty()) {
        const Frame frame = m_frames.back();
        m_frames.pop_back();
        if (frame.type == FrameType::Element) {
            m_builder.endElement();
        } else if (frame.type == FrameType::RootPending) {
            // {} at the top: an empty doc.
            m_docEmitted = true;
            if (start(std::string("doc")))
                m_builder.endElement();
        }
    }
    valueDone();
}

} // namespace mgrdesk::protocol::detail
