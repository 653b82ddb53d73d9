#pragma once
// Tab titles from what a page holds (issue 17): "Client — client2" for the form of an element (the form's
// kind from its "title" message, the element from the field <form title="FIELD"> names, else the name of
// the list row it was opened from), "Payments (filtered)" while the server filter of a list is on, and the
// same under an impersonation tab's "client1: …".

#include <QCoreApplication>
#include <QString>

namespace mgrdesk::routing {
struct PageRequest;
}

namespace mgrdesk::gui {

class FormWidget;
class ListView;

class PageTitles
{
    Q_DECLARE_TR_FUNCTIONS(mgrdesk::gui::PageTitles)
public:
    // "KIND — NAME"; either alone when the other is empty or the same.
    static QString compose(const QString &kind, const QString &name);
    // A form: its kind and the element's name (`rowName`: the list row's keyname value it was opened from).
    static QString formTitle(const FormWidget *form, const QString &rowName = QString());
    // A list: `base` (the menu's title, else the list's own "title" message, else its function) and
    // "(filtered)" while a server filter applies.
    static QString listTitle(const ListView *list, const QString &base);
    static QString filtered(const QString &base);
};

} // namespace mgrdesk::gui
