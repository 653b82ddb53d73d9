#pragma once
// Every setting the application keeps, with its type and default. Group "accounts/" belongs to
// accounts::AccountStore (one versioned group per account); "lists/" to the list views' layouts.

#include "settings.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

namespace mgrdesk::settings::keys {

inline const Key<int> version { QStringLiteral("settings/version"), 0 };

// Main window.
inline const Key<QString> currentAccount { QStringLiteral("mainwindow/currentAccount"), QString() };
inline const Key<QByteArray> windowGeometry { QStringLiteral("mainwindow/geometry"), QByteArray() };
inline const Key<bool> restoreTabs { QStringLiteral("mainwindow/restoreTabs"), false };
inline const QString savedTabs
    = QStringLiteral("mainwindow/tabs"); // an array: account, function, plid, title
inline const Key<int> currentTab { QStringLiteral("mainwindow/currentTab"), 0 };

// A list's column layout, per server and function (listKey: "lists/<host:port>/<function>").
inline Key<QStringList> listColumns(const QString &listKey)
{
    return { listKey + QStringLiteral("/columns"), QStringList() };
}
inline Key<QByteArray> listHeader(const QString &listKey)
{
    return { listKey + QStringLiteral("/header"), QByteArray() };
}

// A ticket reply's draft (tickets::TicketDraftStore; draftKey: "tickets/drafts/<account>/<ticket|new>"): the
// text, the chosen files' paths, and when it was kept.
inline Key<QString> ticketDraftText(const QString &draftKey)
{
    return { draftKey + QStringLiteral("/text"), QString() };
}
inline Key<QStringList> ticketDraftFiles(const QString &draftKey)
{
    return { draftKey + QStringLiteral("/files"), QStringList() };
}
inline Key<QDateTime> ticketDraftSaved(const QString &draftKey)
{
    return { draftKey + QStringLiteral("/saved"), QDateTime() };
}

} // namespace mgrdesk::settings::keys
