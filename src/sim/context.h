#pragma once
// What a request looks like to the simulator's functions, and what they produce.
#include "node.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace mgrdesk::sim {

class ReplyStream;

struct Session;

// A file field of a multipart/form-data body (ticket attachments: file_1, file_2, …). The bytes are kept up
// to a bound (HttpServer::maxUploadBytes); a bigger file keeps its name and size only (tooBig).
struct UploadedFile
{
    QString field;
    QString fileName;
    QString contentType;
    QByteArray bytes;
    qint64 size = 0;
    bool tooBig = false;
};

// One HTTP request, already decoded by the server (query string + form body).
struct RequestData
{
    QList<QPair<QString, QString>> params; // in order of arrival
    QList<UploadedFile> files; // multipart file fields, in order
    QString cookieSession; // billmgrses5
    QString ip;
    QString baseUrl; // e.g. https://127.0.0.1:1500/billmgr
};

// An error in BILLmanager's shape: <error type object><param …><msg>.
struct ApiError
{
    QString type;
    QString object;
    QString value;
    QString msgKey; // Messages key; __object__/__value__ are filled in
    QString objectTitle; // localized title of the object (a field label), for the message
};

struct Context
{
    QHash<QString, QString> params;
    QList<QPair<QString, QString>> ordered;
    QList<UploadedFile> files; // multipart file fields (RequestData::files)
    QString func;
    QString replyFunc; // the function the reply names when it differs (a wizard jumping to its step)
    QString out; // "" (browser), xml, devel, json, sjson, text
    bool xjson = false; // out=xjson (written as sjson)
    QString lang;
    QString ip;
    QString baseUrl;

    QString login; // the authenticated user
    QString user; // the effective user (su)
    int level = 0; // of the effective user
    int account = 0; // of the effective user; 0 = the provider (admin)
    Session *session = nullptr;

    QString param(const QString &name) const { return params.value(name); }
    bool has(const QString &name) const { return params.contains(name); }
    bool isAdmin() const { return level >= 28; }
    bool wantsMetadata() const
    {
        return out == QLatin1String("devel") || out == QLatin1String("sjson") || out.isEmpty();
    }
};

struct Reply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    std::shared_ptr<ReplyStream> stream; // a big list: the body written as its rows are produced (no body)
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0; // a long operation answers later
    bool raw = false; // body and content type are final (a document, not a <doc>)
    QString logUser; // for the request log
};

} // namespace mgrdesk::sim
