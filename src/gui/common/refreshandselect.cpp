#include "refreshandselect.h"

#include "lists/listview.h"

#include "core/models/listloader.h"
#include "core/models/tablemodel.h" // listloader.h needs it complete

#include <QPointer>

namespace mgrdesk::gui {

void refreshAndSelect(ListView *list, const QString &id)
{
    if (!list)
        return;
    if (!id.isEmpty()) {
        QPointer<ListView> view(list);
        auto *once = new QObject(list);
        // After the view's own handler (it restores the old selection), select the new row.
        QObject::connect(list->loader(), &models::ListLoader::refreshed, once, [view, id, once] {
            once->deleteLater();
            if (view)
                view->selectKeys({ id });
        });
        QObject::connect(list->loader(), &models::ListLoader::failed, once, [once] { once->deleteLater(); });
    }
    list->refresh();
}

} // namespace mgrdesk::gui
