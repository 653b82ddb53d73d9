#pragma once
// Copies a file on a worker thread into `target` atomically (QSaveFile): the target appears whole or not at
// all. For saving a document that was streamed to a temporary file (docs/documents.md "Big downloads")
// without the GUI thread waiting on the disk.

#include <QFuture>
#include <QString>

namespace mgrdesk::documents {

// The future's result is empty on success, else a translated reason (then the target is untouched).
QFuture<QString> copyFileAtomically(const QString &source, const QString &target);

} // namespace mgrdesk::documents
