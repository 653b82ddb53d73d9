#pragma once
// A small ordered JSON writer for the CLI's stable output (QJsonObject would sort the keys).

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace mgrdesk::cli {

class JsonWriter
{
public:
    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(const QString &name);
    JsonWriter &value(const QString &text);
    JsonWriter &utf8Value(const QByteArray &utf8);
    JsonWriter &value(qint64 number);
    JsonWriter &value(bool flag);
    JsonWriter &null();
    JsonWriter &stringOrNull(const QString &text) { return text.isEmpty() ? null() : value(text); }
    template<typename T> JsonWriter &numberOrNull(const std::optional<T> &number)
    {
        return number ? value(qint64(*number)) : null();
    }

    const QByteArray &data() const { return m_out; }

private:
    void separate();
    void appendString(const char *utf8, qsizetype size);
    QByteArray m_out;
    std::vector<bool> m_first;
    bool m_afterKey = false;
};

} // namespace mgrdesk::cli
