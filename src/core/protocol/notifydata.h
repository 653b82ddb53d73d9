#pragma once
// func=notify: the counters of the web interface's notification bar (docs/protocol.md §8).

#include "attributes.h"

#include <QList>
#include <QString>

#include <optional>

namespace mgrdesk::protocol {

// One counter: <item name="ticket" type="list" img="m-support" action="clientticket"><msg>3</msg></item>.
// The older shape <item name="ticket" count="3">Tickets waiting</item> is read too (count attribute, text as
// title).
struct NotifyItem
{
    QString name, title; // title: the item's own text (older shape), else empty
    int count = 0; // the <msg> child (else the count attribute); 0 when absent or not a number
    bool hasCount = false; // count came from a number in the reply
    QString type = {}, img = {}, action = {}; // action: the function to open
    QString hint = {}; // the hint_NAME message, when present
    Attributes attributes = {}; // every raw attribute (title="yes", sound="yes"…)
};

// The whole notification reply. The balance item (<item balance="yes"><value>…</value></item>) is not in
// items.
struct NotifyData
{
    QList<NotifyItem> items;
    std::optional<QString> balance; // the balance item's <value>
    QString balanceAction; // the balance item's action
    std::optional<int> timeout; // <timeout>: the poll period in seconds
};

} // namespace mgrdesk::protocol
