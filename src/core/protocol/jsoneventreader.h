#pragma once
// Internal: a streaming JSON tokenizer (resumable across chunks, no document tree) that maps the
// json/sjson/xjson conventions (docs/protocol.md §10) onto the same element events as the XML driver:
//   {"doc":{…}} or {…}     → <doc>…</doc> (both accepted)
//   "$": "text"             → element text;  "$attr": "v" → attribute
//   "name": {…} / "text"    → <name>…</name>;  {} or null → empty element
//   "name": [a, b]          → repeated <name> elements (object or array accepted everywhere)
//   messages: {"msg": {"NAME": "text", …}} → <msg name="NAME">text</msg> (the map form and the element form)

#include "reply.h"

#include <optional>
#include <string>
#include <vector>

namespace mgrdesk::protocol::detail {

class ReplyBuilder;

class JsonEventReader
{
public:
    JsonEventReader(ReplyBuilder &builder, int maxDepth);

    // startLine: the line the fed data starts on (when a sniffed prefix was skipped).
    void setStartPosition(qint64 line) { m_line = line; }
    bool feed(const char *data, qsizetype size); // false once failed
    void finish();
    const std::optional<ParseFailure> &failure() const { return m_failure; }
    std::pair<qint64, qint64> position() const { return { m_line, m_pos - m_lineStart + 1 }; }

private:
    enum class State : unsigned char {
        Value,
        AfterValue,
        KeyOrEnd,
        Key,
        Colon,
        ValueOrEnd,
        String,
        Escape,
        Unicode,
        Literal,
        Done
    };
    enum class Kind : unsigned char { Object, Array, Scalar };
    enum class FrameType : unsigned char {
        RootPending,
        RootWrapper,
        RootArray,
        Element,
        Array,
        Skip,
        MsgPending,
        MsgMap
    };
    struct Frame
    {
        FrameType type;
        std::string name;
        bool isMessages = false;
    };

    void error(const QString &what);
    void syntax(const char *expected);
    bool finishString();
    bool finishLiteral();
    void valueDone();

    // Mapping onto element events.
    void beginValue(Kind kind, const std::string *scalar, bool isNull);
    void memberValue(
        const std::string &key, Kind kind, const std::string *scalar, bool isNull, bool parentIsMessages);
    void elementValue(
        const std::string &name, Kind kind, const std::string *scalar, bool isNull, bool parentIsMessages);
    void msgMapValue(const std::string &key, Kind kind, const std::string *scalar, bool isNull);
    void endContainer();
    bool start(const std::string &name);

    ReplyBuilder &m_builder;
    int m_maxDepth;
    State m_state = State::Value;
    std::vector<char> m_containers; // '{' or '['
    std::vector<Frame> m_frames;
    std::string m_buffer; // the string or literal being read
    std::string m_key;
    bool m_stringIsKey = false;
    bool m_docEmitted = false;
    unsigned m_unicode = 0, m_highSurrogate = 0;
    int m_unicodeDigits = 0;
    qint64 m_pos = 0, m_line = 1, m_lineStart = 0, m_tokenLine = 1, m_tokenColumn = 1;
    std::optional<ParseFailure> m_failure;
};

} // namespace mgrdesk::protocol::detail
