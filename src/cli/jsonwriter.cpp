#include "jsonwriter.h"

namespace mgrdesk::cli {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            m_out.append(',');
        m_first.back() = false;
    }
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_first.push_back(true);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out.append('}');
    m_first.pop_back();
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_first.push_back(true);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out.append(']');
    m_first.pop_back();
    return *this;
}

JsonWriter &JsonWriter::key(const QString &name)
{
    separate();
    const QByteArray utf8 = name.toUtf8();
    appendString(utf8.constData(), utf8.size());
    m_out.append(':');
    m_afterKey = true;
    return *this;
}

void JsonWriter::appendString(const char *s, qsizetype size)
{
    static const char hex[] = "0123456789abcdef";
    m_out.append('"');
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        switch (c) {
        case '"':
            m_out.append("\\\"");
            break;
        case '\\':
            m_out.append("\\\\");
            break;
        case '\n':
            m_out.append("\\n");
            break;
        case '\r':
            m_out.append("\\r");
            break;
        case '\t':
            m_out.append("\\t");
            break;
        default:
            if (c < 0x20) {
                m_out.append("\\u00");
                m_out.append(hex[c >> 4]);
                m_out.append(hex[c & 0xF]);
            } else {
                m_out.append(char(c));
            }
        }
    }
    m_out.append('"');
}

JsonWriter &JsonWriter::value(const QString &text)
{
    return utf8Value(text.toUtf8());
}

JsonWriter &JsonWriter::utf8Value(const QByteArray &utf8)
{
    separate();
    appendString(utf8.constData(), utf8.size());
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    m_out.append(QByteArray::number(number));
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out.append("null");
    return *this;
}

} // namespace mgrdesk::cli
