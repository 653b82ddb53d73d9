#pragma once
// The main menu (func=desktop, docs/protocol.md §8).

#include <QHash>
#include <QList>
#include <QString>

namespace mgrdesk::protocol {

struct MenuNode
{
    QString name, action, type, title; // title from messages when present
    bool popular = false;
    QList<MenuNode> children;
};

struct MenuData
{
    QString level, name, startPage;
    QList<MenuNode> nodes;
    QHash<QString, QString> messages;
};

} // namespace mgrdesk::protocol
