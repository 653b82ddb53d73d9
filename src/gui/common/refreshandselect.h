#pragma once
// After a form's <ok/>: the list the form came from is refreshed and the new object's row selected.

#include <QString>

namespace mgrdesk::gui {

class ListView;

// Refreshes `list` (keeping its selection) and then selects the row whose key is `id` (nothing when empty or
// absent). Safe when the list goes away meanwhile.
void refreshAndSelect(ListView *list, const QString &id);

} // namespace mgrdesk::gui
