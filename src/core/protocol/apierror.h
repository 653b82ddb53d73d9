#pragma once
// An error reply (docs/protocol.md §9).

#include <QList>
#include <QPair>
#include <QString>

namespace mgrdesk::protocol {

// <error type object>…</error> (docs/protocol.md §9). `message` is msg, or group/detail with __name__ filled.
struct ApiError
{
    QString type; // auth, exists, value, missed, access, xml, …
    QString code; // code="1" (BILLmanager's bad password), empty when absent
    QString object; // often the offending field (a guess: may be absent)
    QString value; // param name="value"
    QString message; // what to show the user
    QString group; // raw group template, diagnostics
    QString detail; // raw detail text, diagnostics
    QString lang;
    bool report = false; // report="yes"
    QList<QPair<QString, QString>> params; // every <param name>text</param>, in order
    struct StackEntry
    {
        QString action, user, level;
    };
    QList<StackEntry> stack;
    QString field() const; // best guess of the form field it names (object / param object)
};

} // namespace mgrdesk::protocol
