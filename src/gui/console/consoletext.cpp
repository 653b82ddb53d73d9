// ConsoleText: masking, the URL and curl copies, pasted text read back as a request, the dangerous-request
// rule, reply kinds and sizes. The raw view's XML rendering is in consoletextrawreply.cpp.
#include "consoletext.h"

#include "core/links/linkimporter.h"
#include "core/net/connection.h"

#include <QLocale>

namespace mgrdesk::gui {

using protocol::Reply;
using protocol::ReplyKind;
using protocol::Request;

namespace {

const QString kMask = QStringLiteral("*****");

} // namespace

QString ConsoleText::mask()
{
    return kMask;
}

Request ConsoleText::withoutAuthentication(const Request &request)
{
    Request r = request;
    r.remove(QStringLiteral("auth")).remove(QStringLiteral("authinfo")).remove(QStringLiteral("billmgrses5"));
    return r;
}

Request ConsoleText::withOut(const Request &request)
{
    if (request.has(QStringLiteral("out")))
        return request;
    Request r = request; // a copy keeps the fields marked private
    for (const Request::Param &p : request.params())
        r.remove(p.first);
    r.add(QStringLiteral("out"), QStringLiteral("xml"));
    for (const Request::Param &p : request.params())
        r.add(p.first, p.second);
    return r;
}

QList<Request::Param> ConsoleText::formFields(const QByteArray &body)
{
    QList<Request::Param> fields;
    const QList<QByteArray> pairs = body.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const int eq = pair.indexOf('=');
        const auto decode = [](const QByteArray &part) {
            QByteArray bytes = part;
            bytes.replace('+', ' ');
            return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
        };
        fields.append(
            { decode(eq < 0 ? pair : pair.left(eq)), eq < 0 ? QString() : decode(pair.mid(eq + 1)) });
    }
    return fields;
}

QString ConsoleText::urlText(const QUrl &base, const Request &wire)
{
    QUrl clean = base;
    clean.setUserInfo(QString());
    clean.setQuery(QString());
    clean.setFragment(QString());
    return withOut(wire).toDisplayUrl(clean).toString(QUrl::FullyEncoded);
}

QString ConsoleText::shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString ConsoleText::curlText(const QUrl &base, const Request &wire, const QString &username)
{
    QUrl clean = base;
    clean.setUserInfo(QString());
    clean.setQuery(QString());
    clean.setFragment(QString());
    QStringList lines;
    lines << QStringLiteral("curl -sS ") + shellQuote(clean.toString(QUrl::FullyEncoded));
    const auto field = [&lines](const QString &name, const QString &value) {
        lines << QStringLiteral("  --data-urlencode ") + shellQuote(name + QLatin1Char('=') + value);
    };
    // The fields the connection's encoder writes (func, out, the parameters, su, lang), secrets masked
    // first: curl encodes each value again, so the server reads what it reads from the connection.
    const QList<Request::Param> fields = formFields(masked(withoutAuthentication(wire)).toFormBody());
    for (const Request::Param &p : fields)
        field(p.first, p.second);
    field(QStringLiteral("authinfo"), username + QLatin1Char(':') + kMask);
    return lines.join(QStringLiteral(" \\\n"));
}

Request ConsoleText::fromText(const QString &text, const QString &defaultLang, QString *su)
{
    // Issue 15: links::LinkImporter reads web URLs (also startform=), log lines and mgrdesk: links; text it
    // refuses falls back to the plain query parser.
    const links::ImportedLink link = links::LinkImporter::parse(text);
    Request r = link.ok() ? link.request : Request::fromQueryString(text);
    if (link.ok() && !link.su.isEmpty())
        r.set(QStringLiteral("su"), link.su);
    if (su)
        *su = r.value(QStringLiteral("su"));
    r.remove(QStringLiteral("su"))
        .remove(QStringLiteral("auth"))
        .remove(QStringLiteral("authinfo"))
        .remove(QStringLiteral("billmgrses5"));
    if (!defaultLang.isEmpty() && r.value(QStringLiteral("lang")) == defaultLang)
        r.remove(QStringLiteral("lang"));
    return r;
}

bool ConsoleText::isDangerous(const Request &request)
{
    // The connection's rule, so the console asks exactly for what the connection will never re-send.
    return net::Connection::changesState(request);
}

bool ConsoleText::isHiddenValue(const QString &name, const QString &value)
{
    return value == kMask || (value == QLatin1String("*") && Request::isAlwaysSecret(name))
        || (Request::isAlwaysSecret(name) && value.endsWith(QLatin1Char(':') + kMask));
}

QString ConsoleText::hiddenValueName(const Request &request)
{
    for (const Request::Param &p : request.params()) {
        if (isHiddenValue(p.first, p.second))
            return p.first;
    }
    return {};
}

Request ConsoleText::masked(const Request &request)
{
    Request r(request.function());
    for (const Request::Param &p : request.params())
        r.add(p.first, request.isSecret(p.first) && !p.second.isEmpty() ? kMask : p.second);
    return r;
}

QString ConsoleText::kindName(ReplyKind kind)
{
    switch (kind) {
    case ReplyKind::Invalid:
        return tr("not an API reply");
    case ReplyKind::Error:
        return tr("error");
    case ReplyKind::Auth:
        return tr("auth");
    case ReplyKind::Ok:
        return tr("ok");
    case ReplyKind::Table:
        return tr("table");
    case ReplyKind::Form:
        return tr("form");
    case ReplyKind::Menu:
        return tr("menu");
    case ReplyKind::Progress:
        return tr("progress");
    case ReplyKind::Report:
        return tr("report");
    case ReplyKind::Dashboard:
        return tr("dashboard");
    }
    return {};
}

QString ConsoleText::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace mgrdesk::gui
