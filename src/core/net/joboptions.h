#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace mgrdesk::net {

struct JobOptions
{
    QString su; // run as this user (adds su=); empty = none; never leaks into other requests
    bool noDefaultSu = false; // ignore ConnectionSettings::defaultSu
    int timeoutMs = 0; // 0 = connection default
    bool backgroundParse = true; // parse big replies on a worker thread
    // Does the request change something on the server? Unset: Connection::changesState() guesses from the
    // request (sok=, or an action such as .delete/.suspend). Such a request goes on a connection of its own
    // and is never sent twice: when the connection breaks after it was sent, the job fails with NetworkError
    // and ApiResult::mayHaveRun (Qt's HTTP layer would otherwise silently send it again).
    std::optional<bool> changesState;
    // Part of the login: a second-factor step (the form Connection::secondFactorRequired() showed). Sent at
    // once while the connection waits for it, without a session or su; an <auth> answer logs the connection
    // in and reaches the caller as <ok/>.
    bool secondFactor = false;

    // Documents (docs/documents.md "Big downloads"). A reply that is a document normally arrives in
    // ApiResult::document->bytes (at most 512 MiB: a bigger one fails with a clear message instead of filling
    // the memory). A caller that can take a file says so:
    // - downloadTo: the document is streamed into this file as it arrives (QSaveFile: whole at the end, or no
    //   file at all after an error or a cancel); an API reply (an error) creates no file;
    // - documentFileAbove (>= 0): a document bigger than this many bytes is streamed into a private temporary
    //   folder instead of the memory (removed when the last copy of the result is gone).
    // Either way document->filePath says where it is and bytes stay empty.
    QString downloadTo;
    qint64 documentFileAbove = -1;
};

} // namespace mgrdesk::net
