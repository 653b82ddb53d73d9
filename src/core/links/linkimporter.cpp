#include "linkimporter.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrlQuery>

#include <optional>

namespace mgrdesk::links {

namespace {

const QLatin1String kSchemePrefix("mgrdesk:");
constexpr int kMaxFunctionLength = 128;
constexpr int kMaxLogField = 256;

bool startsWithNoCase(const QString &text, QLatin1String prefix)
{
    return text.startsWith(prefix, Qt::CaseInsensitive);
}

bool isWebUrl(const QString &text)
{
    return startsWithNoCase(text, QLatin1String("https://"))
        || startsWithNoCase(text, QLatin1String("http://"));
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// One form-urlencoded component: '+' is a space, %XX a byte; a '%' without two hex digits stays literal (as
// browsers do). The bytes must be UTF-8; nullopt when they are not.
std::optional<QString> decodeComponent(const QString &text)
{
    const QByteArray in = text.toUtf8();
    QByteArray bytes;
    bytes.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '+') {
            bytes.append(' ');
        } else if (c == '%' && i + 2 < in.size() && hexValue(in.at(i + 1)) >= 0
            && hexValue(in.at(i + 2)) >= 0) {
            bytes.append(char(hexValue(in.at(i + 1)) * 16 + hexValue(in.at(i + 2))));
            i += 2;
        } else {
            bytes.append(c);
        }
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString out = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return out;
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t') || u == 0x7f)
            return true;
    }
    return false;
}

bool isFunctionName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.\\-]*$"));
    return name.size() <= kMaxFunctionLength && re.match(name).hasMatch();
}

bool isNoise(const QString &name)
{
    return name == QLatin1String("sfrom") || name == QLatin1String("operafake")
        || name == QLatin1String("progressid") || name.startsWith(QLatin1String("zoom-"))
        || name == QLatin1String("out");
}

bool isAuthentication(const QString &name)
{
    return name == QLatin1String("auth") || name == QLatin1String("authinfo")
        || name == QLatin1String("billmgrses5");
}

void addUnique(QStringList &list, const QString &value)
{
    if (!list.contains(value))
        list.append(value);
}

} // namespace

bool LinkImporter::isSchemeLink(const QString &text)
{
    return startsWithNoCase(text.trimmed(), kSchemePrefix);
}

ImportedLink LinkImporter::parse(const QString &text)
{
    ImportedLink link;
    if (text.size() > MaxInputLength) {
        link.error = tr("The text is too long to be a link (more than %1 KiB).").arg(MaxInputLength / 1024);
        return link;
    }
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        link.error = tr("Nothing to open: paste a link from the web interface or a line of the server log.");
        return link;
    }
    if (t.contains(QLatin1Char('\n')) || t.contains(QLatin1Char('\r'))) {
        link.error = tr("Paste one link or one log line at a time.");
        return link;
    }
    if (hasControlCharacters(t)) {
        link.error = tr("The text contains control characters: it is not a link or a log line.");
        return link;
    }
    if (startsWithNoCase(t, kSchemePrefix)) {
        QString inner = t.mid(kSchemePrefix.size());
        if (inner.startsWith(QLatin1String("//"))) {
            const QUrl url(t, QUrl::StrictMode);
            if (!url.isValid() || url.host().compare(QLatin1String("open"), Qt::CaseInsensitive) != 0) {
                link.error = tr("Unknown mgrdesk: link; the form is mgrdesk://open?url=ADDRESS.");
                return link;
            }
            inner = QUrlQuery(url).queryItemValue(QStringLiteral("url"), QUrl::FullyDecoded).trimmed();
        }
        if (!isWebUrl(inner)) {
            link.error = tr("A mgrdesk: link must carry an https:// address of the web interface.");
            return link;
        }
        if (hasControlCharacters(inner)) {
            link.error = tr("The text contains control characters: it is not a link or a log line.");
            return link;
        }
        return parseWebUrl(inner);
    }
    if (isWebUrl(t))
        return parseWebUrl(t);
    static const QRegularExpression logRequest(QStringLiteral("\\bRequest\\s*[\\['\"]"));
    if (logRequest.match(t).hasMatch())
        return parseLogLine(t);
    static const QRegularExpression otherScheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.\\-]*:"));
    QString query = t;
    if (query.size() >= 2 && query.startsWith(QLatin1Char('\'')) && query.endsWith(QLatin1Char('\'')))
        query = query.mid(1, query.size() - 2);
    if (query.startsWith(QLatin1Char('?')))
        query.remove(0, 1);
    if (query.contains(QLatin1Char('=')) && !otherScheme.match(query).hasMatch()) {
        link.source = ImportedLink::Source::Query;
        parseQuery(query, false, link);
        return link;
    }
    if (otherScheme.match(t).hasMatch())
        link.error = tr("Only https:// and http:// links of the web interface can be opened.");
    else
        link.error = tr("This is neither a link of the web interface nor a line of the server log.");
    return link;
}

ImportedLink LinkImporter::parseWebUrl(const QString &text)
{
    ImportedLink link;
    link.source = ImportedLink::Source::WebUrl;
    QString address = text;
    QString query;
    const int hash = address.indexOf(QLatin1Char('#'));
    if (hash >= 0)
        address.truncate(hash);
    const int question = address.indexOf(QLatin1Char('?'));
    if (question >= 0) {
        query = address.mid(question + 1);
        address.truncate(question);
    }
    const QUrl url(address, QUrl::TolerantMode);
    if (!url.isValid() || url.host().isEmpty()) {
        link.error = tr("“%1” is not a valid address.").arg(address.left(200));
        return link;
    }
    if (!url.userInfo().isEmpty())
        link.warnings.append(tr("The user name and password in the link were ignored."));
    QUrl server;
    server.setScheme(url.scheme().toLower());
    server.setHost(url.host().toLower());
    if (url.port() >= 0)
        server.setPort(url.port());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    server.setPath(path);
    link.server = server;
    parseQuery(query, false, link);
    return link;
}

ImportedLink LinkImporter::parseLogLine(const QString &text)
{
    ImportedLink link;
    link.source = ImportedLink::Source::LogLine;
    static const QRegularExpression time(
        QStringLiteral("^([A-Z][a-z]{2}\\s+\\d{1,2}\\s+\\d{2}:\\d{2}:\\d{2})\\b"));
    if (const auto m = time.match(text); m.hasMatch())
        link.logTime = m.captured(1);
    static const QRegularExpression request(QStringLiteral("\\bRequest\\s*((?:\\[[^\\]]*\\])*)\\s*"));
    const auto m = request.match(text);
    const QString fields = m.captured(1);
    static const QRegularExpression field(QStringLiteral("\\[([^\\]]*)\\]"));
    int index = 0;
    for (auto it = field.globalMatch(fields); it.hasNext(); ++index) {
        const QString value = it.next().captured(1).left(kMaxLogField);
        if (index == 0)
            link.logAddress = value;
        else if (index == 1)
            link.logUser = value;
    }
    const QString rest = text.mid(m.capturedEnd());
    if (!rest.startsWith(QLatin1Char('\''))) {
        link.error = tr("The log line holds no quoted request ('func=…').");
        return link;
    }
    const int close = rest.lastIndexOf(QLatin1Char('\''));
    if (close <= 0) {
        link.error = tr("The log line is cut off: its request has no closing quote.");
        return link;
    }
    parseQuery(rest.mid(1, close - 1), true, link);
    return link;
}

void LinkImporter::parseQuery(const QString &query, bool fromLog, ImportedLink &link)
{
    QString func, startform, startpage;
    const QStringList pairs = query.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const int eq = pair.indexOf(QLatin1Char('='));
        const std::optional<QString> name = decodeComponent(eq < 0 ? pair : pair.left(eq));
        const std::optional<QString> value = decodeComponent(eq < 0 ? QString() : pair.mid(eq + 1));
        if (!name || !value) {
            link.error = tr("The link is not valid UTF-8 (near “%1”).").arg(pair.left(60));
            return;
        }
        const QString n = name->trimmed();
        if (n.isEmpty())
            continue;
        if (hasControlCharacters(n) || hasControlCharacters(*value)) {
            link.error = tr("The parameter “%1” holds control characters.").arg(n.left(60));
            return;
        }
        if (isNoise(n) || isAuthentication(n)) {
            addUnique(link.dropped, n);
            if (n == QLatin1String("authinfo") && !value->isEmpty() && *value != QLatin1String("*"))
                link.warnings.append(tr("A password found in the link (authinfo) was ignored."));
            continue;
        }
        if (value->isEmpty())
            continue; // the guide: drop empty values
        QString *slot = n == QLatin1String("func") ? &func
            : n == QLatin1String("startform")      ? &startform
            : n == QLatin1String("startpage")      ? &startpage
                                                   : nullptr;
        if (slot) {
            const QString f = value->trimmed();
            if (!isFunctionName(f)) {
                link.error = tr("“%1” is not a function name.").arg(f.left(60));
                return;
            }
            if (!slot->isEmpty() && *slot != f) {
                link.error = tr("The link names two functions, “%1” and “%2”.").arg(*slot, f);
                return;
            }
            *slot = f;
            continue;
        }
        if (n == QLatin1String("su")) {
            if (link.su.isEmpty())
                link.su = *value;
            continue;
        }
        if (fromLog && *value == QLatin1String("*"))
            addUnique(link.askFor, n);
        link.request.add(n, *value);
    }
    // startform/startpage name the page the web interface opens inside its desktop (func=desktop or none).
    QString chosen = func;
    if (func.isEmpty() || func == QLatin1String("desktop")) {
        if (!startform.isEmpty())
            chosen = startform;
        else if (!startpage.isEmpty())
            chosen = startpage;
    } else if (!startform.isEmpty() || !startpage.isEmpty()) {
        link.warnings.append(tr("The link also names a start page (%1), which was ignored.")
                                 .arg(startform.isEmpty() ? startpage : startform));
    }
    if (chosen.isEmpty()) {
        link.error = tr("The link names no function (func= or startform=).");
        return;
    }
    link.request.setFunction(chosen);
}

QList<accounts::Account> LinkImporter::matchingAccounts(
    const QUrl &server, const QList<accounts::Account> &all)
{
    QList<accounts::Account> out;
    if (server.isEmpty() || server.host().isEmpty())
        return out;
    const auto effectivePort = [](const QUrl &u) {
        return u.port(u.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 ? 80 : 443);
    };
    const auto cleanPath = [](QString p) {
        while (p.endsWith(QLatin1Char('/')))
            p.chop(1);
        return p;
    };
    for (const accounts::Account &a : all) {
        if (a.baseUrl.host().compare(server.host(), Qt::CaseInsensitive) == 0
            && effectivePort(a.baseUrl) == effectivePort(server)
            && cleanPath(a.baseUrl.path()) == cleanPath(server.path()))
            out.append(a);
    }
    return out;
}

} // namespace mgrdesk::links
