#include "request.h"

#include <QFileInfo>
#include <QMimeDatabase>

namespace mgrdesk::protocol {

namespace {

const QString kMask = QStringLiteral("*****");

// Characters left as they are in a display rendering: unreserved ones plus a few that are unambiguous in a
// query
// (",", ":", "/", "*", "@") so that "elid=1, 2" and masked values stay readable. Non-ASCII stays readable
// too.
QByteArray encodeForDisplay(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    static const char hex[] = "0123456789ABCDEF";
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        const bool plain = c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
            || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~' || c == ',' || c == ':'
            || c == '/' || c == '*' || c == '@' || c == '!' || c == '(' || c == ')' || c == '\'';
        if (plain) {
            out.append(ch);
        } else {
            out.append('%');
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xF]);
        }
    }
    return out;
}

QString decodeFormComponent(QString text)
{
    text.replace(QLatin1Char('+'), QLatin1Char(' '));
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text.toUtf8()));
}

} // namespace

Request::Request(const QString &function)
    : m_function(function)
{
}

Request &Request::set(const QString &name, const QString &value)
{
    if (name == QLatin1String("func")) {
        m_function = value;
        return *this;
    }
    for (Param &p : m_params) {
        if (p.first == name) {
            p.second = value;
            return *this;
        }
    }
    m_params.append({ name, value });
    return *this;
}

Request &Request::add(const QString &name, const QString &value)
{
    m_params.append({ name, value });
    return *this;
}

Request &Request::remove(const QString &name)
{
    m_params.removeIf([&name](const Param &p) { return p.first == name; });
    return *this;
}

bool Request::has(const QString &name) const
{
    for (const Param &p : m_params) {
        if (p.first == name)
            return true;
    }
    return false;
}

QString Request::value(const QString &name) const
{
    if (name == QLatin1String("func"))
        return m_function;
    for (const Param &p : m_params) {
        if (p.first == name)
            return p.second;
    }
    return {};
}

Request &Request::setElid(const QString &elid)
{
    return set(QStringLiteral("elid"), elid);
}

Request &Request::setElids(const QStringList &elids)
{
    return set(QStringLiteral("elid"), elids.join(QStringLiteral(", ")));
}

Request &Request::setPlid(const QString &plid)
{
    return set(QStringLiteral("plid"), plid);
}

Request &Request::setSok(bool on)
{
    return on ? set(QStringLiteral("sok"), QStringLiteral("ok")) : remove(QStringLiteral("sok"));
}

Request &Request::setSu(const QString &login)
{
    return login.isEmpty() ? remove(QStringLiteral("su")) : set(QStringLiteral("su"), login);
}

Request &Request::setLang(const QString &lang)
{
    return lang.isEmpty() ? remove(QStringLiteral("lang")) : set(QStringLiteral("lang"), lang);
}

Request &Request::setSvField(const QString &field)
{
    return field.isEmpty() ? remove(QStringLiteral("sv_field")) : set(QStringLiteral("sv_field"), field);
}

Request &Request::setClickedButton(const QString &button)
{
    return button.isEmpty() ? remove(QStringLiteral("clicked_button"))
                            : set(QStringLiteral("clicked_button"), button);
}

Request &Request::setPage(int pageNumber, int pageSize)
{
    set(QStringLiteral("p_num"), QString::number(qMax(1, pageNumber)));
    return set(QStringLiteral("p_cnt"), QString::number(qMax(1, pageSize)));
}

Request &Request::setSort(const QString &column, Qt::SortOrder order)
{
    set(QStringLiteral("p_sort"), column);
    return set(QStringLiteral("p_order"),
        order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc"));
}

Request &Request::setProgressId(const QString &id)
{
    return id.isEmpty() ? remove(QStringLiteral("progressid")) : set(QStringLiteral("progressid"), id);
}

bool Request::isAlwaysSecret(const QString &name)
{
    const QString n = name.toLower();
    static const QStringList exact = {
        QStringLiteral("auth"), QStringLiteral("authinfo"), QStringLiteral("key"), QStringLiteral("passwd"),
        QStringLiteral("password"), QStringLiteral("billmgrses5"),
        QStringLiteral("confirm"), // BILLmanager's password confirmation field
    };
    if (exact.contains(n))
        return true;
    return n.contains(QLatin1String("password")) || n.contains(QLatin1String("passwd"))
        || n.contains(QLatin1String("secret"));
}

bool Request::isSecret(const QString &name) const
{
    return isAlwaysSecret(name) || m_private.contains(name);
}

QByteArray Request::toFormBody(const QString &out) const
{
    QByteArray body;
    const auto append = [&body](const QString &name, const QString &value) {
        if (!body.isEmpty())
            body.append('&');
        body.append(QUrl::toPercentEncoding(name));
        body.append('=');
        body.append(QUrl::toPercentEncoding(value));
    };
    if (!m_function.isEmpty())
        append(QStringLiteral("func"), m_function);
    if (!out.isEmpty() && !has(QStringLiteral("out")))
        append(QStringLiteral("out"), out);
    for (const Param &p : m_params)
        append(p.first, p.second);
    return body;
}

QString Request::toDisplayString() const
{
    QByteArray text;
    const auto append = [&text](const QString &name, const QByteArray &value) {
        if (!text.isEmpty())
            text.append('&');
        text.append(encodeForDisplay(name));
        text.append('=');
        text.append(value);
    };
    if (!m_function.isEmpty())
        append(QStringLiteral("func"), encodeForDisplay(m_function));
    for (const Param &p : m_params) {
        if (!isSecret(p.first)) {
            append(p.first, encodeForDisplay(p.second));
        } else if (p.first.compare(QLatin1String("authinfo"), Qt::CaseInsensitive) == 0
            && p.second.contains(QLatin1Char(':'))) {
            // The login part helps when reading a log; the password never shows.
            append(p.first,
                encodeForDisplay(p.second.section(QLatin1Char(':'), 0, 0) + QLatin1Char(':') + kMask));
        } else {
            append(p.first, kMask.toLatin1());
        }
    }
    for (const FileField &f : m_files) // the name and size only, never the contents
        append(f.name, encodeForDisplay(QStringLiteral("<%1 (%2 bytes)>").arg(f.fileName).arg(f.size)));
    return QString::fromUtf8(text);
}

Request &Request::attachFile(const QString &name, const QString &path, const QString &mimeType)
{
    const QFileInfo info(path);
    FileField f;
    f.name = name;
    f.fileName = info.fileName();
    f.path = info.absoluteFilePath();
    f.size = info.size(); // a stat: the bytes are read while sending
    f.mimeType = mimeType.isEmpty()
        ? QMimeDatabase().mimeTypeForFile(f.fileName, QMimeDatabase::MatchExtension).name()
        : mimeType;
    m_files.append(f);
    return *this;
}

Request &Request::attachBytes(
    const QString &name, const QString &fileName, const QByteArray &bytes, const QString &mimeType)
{
    FileField f;
    f.name = name;
    f.fileName = QFileInfo(fileName).fileName();
    f.bytes = bytes;
    f.size = bytes.size();
    f.mimeType = mimeType.isEmpty()
        ? QMimeDatabase().mimeTypeForFile(f.fileName, QMimeDatabase::MatchExtension).name()
        : mimeType;
    m_files.append(f);
    return *this;
}

QUrl Request::toDisplayUrl(const QUrl &base) const
{
    QUrl url = base;
    url.setQuery(toDisplayString(), QUrl::TolerantMode);
    url.setFragment(QString());
    return url;
}

Request Request::fromQueryString(const QString &input)
{
    QString query = input.trimmed();
    // A server log line: "… Request [ip][user] 'query'": keep the quoted part.
    const int open = query.indexOf(QLatin1Char('\''));
    const int close = query.lastIndexOf(QLatin1Char('\''));
    if (open >= 0 && close > open)
        query = query.mid(open + 1, close - open - 1);
    // A URL copied from the web interface: keep what follows '?', without a fragment.
    const int hash = query.indexOf(QLatin1Char('#'));
    if (hash >= 0)
        query.truncate(hash);
    const int question = query.indexOf(QLatin1Char('?'));
    if (question >= 0)
        query = query.mid(question + 1);

    Request request;
    const QStringList pairs = query.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const int eq = pair.indexOf(QLatin1Char('='));
        const QString name = decodeFormComponent(eq < 0 ? pair : pair.left(eq)).trimmed();
        const QString value = eq < 0 ? QString() : decodeFormComponent(pair.mid(eq + 1));
        if (name.isEmpty() || value.isEmpty())
            continue;
        // Added by the web UI or chosen by this client itself (out, the session).
        if (name == QLatin1String("sfrom") || name == QLatin1String("operafake")
            || name == QLatin1String("progressid") || name.startsWith(QLatin1String("zoom-"))
            || name == QLatin1String("out") || name == QLatin1String("auth")
            || name == QLatin1String("billmgrses5"))
            continue;
        if (name == QLatin1String("func")) {
            if (request.m_function.isEmpty())
                request.m_function = value;
            continue;
        }
        request.add(name, value);
    }
    return request;
}

} // namespace mgrdesk::protocol
