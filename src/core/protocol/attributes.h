#pragma once
// Raw XML attributes of one element, in document order (shared by every reply kind).

#include <QList>
#include <QPair>
#include <QString>

namespace mgrdesk::protocol {

using Attributes = QList<QPair<QString, QString>>; // in document order

} // namespace mgrdesk::protocol
