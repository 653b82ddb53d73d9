#pragma once
// Test-side helpers for the demo server suites: an HTTP(S) client over QNetworkAccessManager that trusts the
// server's own certificate, and a tiny XML tree (QXmlStreamReader) for assertions.
#include "demoserver.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>
#include <QXmlStreamReader>
#include <memory>
#include <vector>

namespace simtest {

using Params = QList<QPair<QString, QString>>;

struct XNode
{
    QString name;
    QHash<QString, QString> attrs;
    QString text;
    std::vector<XNode> children;

    const XNode *child(const QString &n) const
    {
        for (const auto &c : children)
            if (c.name == n)
                return &c;
        return nullptr;
    }
    QList<const XNode *> all(const QString &n) const
    {
        QList<const XNode *> out;
        for (const auto &c : children)
            if (c.name == n)
                out.append(&c);
        return out;
    }
    QString value(const QString &n) const
    {
        const XNode *c = child(n);
        return c ? c->text : QString();
    }
    bool has(const QString &n) const { return child(n) != nullptr; }
    // Depth-first search for the first element named n.
    const XNode *find(const QString &n) const
    {
        if (name == n)
            return this;
        for (const auto &c : children)
            if (const XNode *f = c.find(n))
                return f;
        return nullptr;
    }
};

// Parses a whole document; ok=false (and the error in `error`) when it is not well-formed XML.
inline XNode parseXml(const QByteArray &data, bool *ok = nullptr, QString *error = nullptr)
{
    QXmlStreamReader r(data);
    XNode root;
    std::vector<XNode *> stack;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            XNode n;
            n.name = r.name().toString();
            const auto attrs = r.attributes();
            for (const auto &a : attrs)
                n.attrs.insert(a.name().toString(), a.value().toString());
            if (stack.empty()) {
                root = n;
                stack.push_back(&root);
            } else {
                stack.back()->children.push_back(n);
                stack.push_back(&stack.back()->children.back());
            }
        } else if (r.isCharacters() && !stack.empty()) {
            stack.back()->text += r.text().toString();
        } else if (r.isEndElement()) {
            XNode *top = stack.back();
            if (!top->children.empty())
                top->text = top->text.trimmed();
            stack.pop_back();
        }
    }
    if (ok)
        *ok = !r.hasError();
    if (error)
        *error = r.errorString();
    return root;
}

struct HttpResult
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
    XNode xml(bool *ok = nullptr) const { return parseXml(body, ok); }
};

// Cookies are not kept: each request says explicitly how it authenticates (tests set Cookie by hand).
class NoCookieJar : public QNetworkCookieJar
{
public:
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
};

// The error type of a reply ("" when it is not an error), and an attribute of a child, without null checks.
inline QString errorType(const XNode &doc)
{
    const XNode *e = doc.child(QStringLiteral("error"));
    return e ? e->attrs.value(QStringLiteral("type")) : QString();
}
inline QString attr(const XNode &doc, const QString &child, const QString &name)
{
    const XNode *c = doc.child(child);
    return c ? c->attrs.value(name) : QString();
}

class SimClient
{
public:
    explicit SimClient(const mgrdesk::test::DemoServer &server)
        : m_base(server.baseUrl())
        , m_tls(server.sslConfiguration())
        , m_nam(std::make_unique<QNetworkAccessManager>())
    {
        m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_nam->setCookieJar(new NoCookieJar);
    }

    QUrl base() const { return m_base; }
    QNetworkAccessManager *nam() { return m_nam.get(); }

    QNetworkRequest request(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {}) const
    {
        QNetworkRequest req(url);
        req.setSslConfiguration(m_tls);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        for (const auto &h : headers)
            req.setRawHeader(h.first, h.second);
        return req;
    }

    static QByteArray encode(const Params &params)
    {
        QUrlQuery q;
        for (const auto &p : params)
            q.addQueryItem(p.first, QString::fromUtf8(QUrl::toPercentEncoding(p.second)));
        return q.toString(QUrl::FullyEncoded).toUtf8();
    }

    HttpResult post(
        const Params &params, const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 60000)
    {
        QNetworkRequest req = request(m_base, headers);
        req.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        return wait(m_nam->post(req, encode(params)), timeoutMs);
    }

    HttpResult get(const Params &params, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QUrl url = m_base;
        url.setQuery(QString::fromUtf8(encode(params)));
        return wait(m_nam->get(request(url, headers)), 60000);
    }

    static HttpResult wait(QNetworkReply *reply, int timeoutMs)
    {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        HttpResult r;
        if (!reply->isFinished()) {
            reply->abort();
            r.error = QNetworkReply::TimeoutError;
            r.errorString = QStringLiteral("timed out");
        } else {
            r.error = reply->error();
            r.errorString = reply->errorString();
        }
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return r;
    }

    // POST with out=xml (unless params name another out) and parse the <doc>.
    XNode xml(Params params)
    {
        bool hasOut = false;
        for (const auto &p : params)
            hasOut = hasOut || p.first == QLatin1String("out");
        if (!hasOut)
            params.append({ QStringLiteral("out"), QStringLiteral("xml") });
        return post(params).xml();
    }

    // Logs in with func=auth; returns the session id ("" on failure).
    QString login(const QString &user, const QString &password = QStringLiteral("demo"))
    {
        const XNode doc = xml({ { QStringLiteral("func"), QStringLiteral("auth") },
            { QStringLiteral("username"), user }, { QStringLiteral("password"), password } });
        const XNode *auth = doc.child(QStringLiteral("auth"));
        return auth ? auth->attrs.value(QStringLiteral("id")) : QString();
    }

private:
    QUrl m_base;
    QSslConfiguration m_tls;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

inline QPair<QString, QString> P(const char *k, const QString &v)
{
    return { QString::fromLatin1(k), v };
}
inline QPair<QString, QString> P(const char *k, const char *v)
{
    return { QString::fromLatin1(k), QString::fromUtf8(v) };
}

} // namespace simtest
