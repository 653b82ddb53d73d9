#pragma once
// Builds a form's <metadata type="form"> and <messages> (labels, hints, placeholders) while a function fills
// in the values; select options go into the reply as <slist name=FIELD><val key=K>label</val></slist>.
// A field's label is the message `label_<name>` when there is one (so a form label may differ from the column
// title of the same name), else `<name>`.
#include "context.h"

namespace mgrdesk::sim {

class FormBuilder
{
public:
    FormBuilder(const Context &ctx, const QString &name, const QString &titleKey);

    void page(const QString &name);
    Node &input(const QString &name, const QString &type);
    Node &select(const QString &name, const QList<QPair<QString, QString>> &options, Node &doc,
        const QString &type = QString());
    // <slider name min max step/>: an integer in [min, max] moved in steps (the value is a plain number).
    Node &slider(const QString &name, int min, int max, int step);
    Node &textarea(const QString &name);
    Node &textdata(const QString &name);
    // An embedded table (<list name> in the form; its rows come in the reply as <list name><elem>…).
    Node &embeddedList(const QString &name, const QStringList &columns);
    Node &field() { return currentPage().children.back(); } // the last field
    Node &form() { return m_form; } // for form attributes (wizard="first", nosubmit, …)
    void button(const QString &name, const QString &type);
    void message(const QString &name, const QString &text);
    void finish(Node &doc);

private:
    Node &currentPage();
    Node &addControl(const QString &name, Node control);

    const Context &m_ctx;
    QString m_name;
    Node m_form;
    Node m_messages;
    Node m_buttons;
};

} // namespace mgrdesk::sim
