#pragma once
// Typed BILLmanager replies. A parsed reply is exactly one of the kinds below (docs/protocol.md §4).
// Shared contract of the protocol core: net, models, gui and cli all consume these types. Each kind's data
// has its own header; include the one you need (tabledata.h, formdata.h, …) rather than this one where you
// can.

#include "apierror.h"
#include "attributes.h"
#include "authreply.h"
#include "formdata.h"
#include "listmetadata.h"
#include "menudata.h"
#include "notifydata.h"
#include "okreply.h"
#include "parsefailure.h"
#include "progressdata.h"
#include "tabledata.h"
#include "whoamidata.h"

#include <QHash>
#include <QList>
#include <QSharedPointer>
#include <QString>

#include <optional>

namespace mgrdesk::protocol {

enum class ReplyKind { Invalid, Error, Auth, Ok, Table, Form, Menu, Progress };

class Reply
{
public:
    ReplyKind kind = ReplyKind::Invalid;
    // Exactly one is set, matching kind (failure for Invalid).
    std::optional<ParseFailure> failure;
    std::optional<ApiError> error;
    std::optional<AuthReply> auth;
    std::optional<OkReply> ok;
    QSharedPointer<TableData> table;
    QSharedPointer<FormData> form;
    QSharedPointer<MenuData> menu;
    std::optional<ProgressData> progress;

    // Additions read beside the kind (a reply stays exactly one kind):
    // Set only for a notification list (func=notify, docs/protocol.md §8). Such a reply is also kind Table,
    // columns name, count, title, one row per item. notify holds the counters (the balance item excluded),
    // notifyData the whole reply (counters, balance, poll period). A form value like <notify>off</notify>
    // leaves both unset.
    std::optional<QList<NotifyItem>> notify;
    std::optional<NotifyData> notifyData;
    // Set for func=whoami (a <user> with attributes beside <path>/<mgr>/<version>); the kind stays Form.
    std::optional<WhoamiData> whoami;

    // Whatever the kind:
    QHash<QString, QString> docAttributes; // the root <doc …> attributes
    // The root <doc notify="14"> attribute: the notification total every document carries (absent when the
    // attribute is missing, empty or not a number).
    std::optional<int> notifyTotal;
    // The function the reply names (<doc func>); it can differ from the request's (a wizard jumps to its
    // first step): the next request of that page uses this one. Empty when the doc has no func.
    QString func() const { return docAttributes.value(QStringLiteral("func")); }

    bool isValid() const { return kind != ReplyKind::Invalid; }
};

} // namespace mgrdesk::protocol
