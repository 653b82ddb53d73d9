#include "pagetitles.h"

#include "forms/formwidget.h"
#include "lists/listview.h"

#include "core/models/formdescription.h"
#include "core/models/formstate.h"
#include "core/models/listfilter.h"
#include "core/models/tablemodel.h"

namespace mgrdesk::gui {

QString PageTitles::compose(const QString &kind, const QString &name)
{
    const QString k = kind.trimmed(), n = name.trimmed();
    if (k.isEmpty())
        return n;
    if (n.isEmpty() || n == k)
        return k;
    return tr("%1 — %2").arg(k, n); // the kind of object — its name
}

QString PageTitles::formTitle(const FormWidget *form, const QString &rowName)
{
    if (!form || !form->state())
        return rowName;
    const models::FormDescription &d = form->state()->description();
    // The element: the (live) value of the field <form title="FIELD"> names; else the row's name.
    QString name = d.titleField().isEmpty() ? QString() : form->state()->value(d.titleField()).trimmed();
    if (name.isEmpty())
        name = rowName;
    // The kind: the form's "title" message ("Client"); a form with no such message names itself.
    QString kind = d.message(QStringLiteral("title")).trimmed();
    if (kind.isEmpty())
        kind = form->title();
    return compose(kind, name);
}

QString PageTitles::filtered(const QString &base)
{
    return tr("%1 (filtered)").arg(base);
}

QString PageTitles::listTitle(const ListView *list, const QString &base)
{
    if (!list)
        return base;
    QString title = base;
    if (title.isEmpty() || title == list->function()) {
        const auto *data = list->model()->tableData();
        const QString own = data ? data->messages.value(QStringLiteral("title")).trimmed() : QString();
        title = own.isEmpty() ? list->function() : own;
    }
    return list->serverFilter()->isActive() ? filtered(title) : title;
}

} // namespace mgrdesk::gui
