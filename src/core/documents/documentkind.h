#pragma once
// Which replies are documents (files to show or save) rather than API replies, decided from the request and
// the HTTP headers, never by guessing from the body (docs/documents.md): a printed form (`out=doc_print`),
// a PDF (`out=pdf_print`, `*.print.pdf`), a server-built CSV (`out=csv`), an attachment (`ticket.file`), or
// any reply whose headers say it is a file. An HTML page for an `out=xml` request stays a lost session.

#include "core/protocol/request.h"

#include <QByteArray>
#include <QString>

namespace mgrdesk::documents {

enum class DocumentKind { None, Pdf, Html, Csv, Other };

// What the request itself asks for: a document kind, or None for an API reply (xml/json family).
DocumentKind expectedDocument(const protocol::Request &request);

// The reply's kind from the request and its headers. `contentType` and `contentDisposition` are the raw
// header values (may be empty). None means: treat the body as an API reply (parse it; an HTML body there is a
// lost session or an error page).
DocumentKind classifyReply(
    const protocol::Request &request, const QByteArray &contentType, const QByteArray &contentDisposition);

// The file name a Content-Disposition header proposes (RFC 6266: filename*=UTF-8''… preferred), without any
// directory part; empty when none.
QString dispositionFileName(const QByteArray &contentDisposition);

// The usual extension (without a dot) for a kind: pdf, html, csv, or bin.
QString extensionFor(DocumentKind kind);

} // namespace mgrdesk::documents
