#pragma once
// func=whoami: the effective user, the su chain and the panel's version (docs/protocol.md §8).

#include "attributes.h"

#include <QList>
#include <QString>

namespace mgrdesk::protocol {

struct WhoamiPathEntry
{
    QString name, level, id; // <path name level>ID</path>
};

struct WhoamiData
{
    Attributes user; // every attribute of <user>, in order
    QString name, realname, id, level, balance, currency, lang, email, account;
    // The su chain, outermost first: admin (level 29) → client (level 16). One entry without su.
    QList<WhoamiPathEntry> path;
    QString mgr; // <mgr>billmgr</mgr>
    QString version; // <mgr version>, else <version><PANEL>
    QString coreVersion; // <version><core>
    QString userAttribute(const QString &name) const;
    bool isImpersonating() const { return path.size() > 1; }
};

} // namespace mgrdesk::protocol
