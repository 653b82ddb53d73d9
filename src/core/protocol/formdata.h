#pragma once
// A form reply: values, select options, embedded lists and the form metadata (docs/protocol.md §6).

#include "attributes.h"
#include "tabledata.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSharedPointer>
#include <QString>
#include <QStringList>

#include <optional>

namespace mgrdesk::protocol {

struct SelectOption
{
    QString key, label;
    bool isNull = false; // key "null": no value
    // val depend="KEY": a dependent select's option, shown only while the select named by the field's depend
    // attribute has the value KEY (the server sends every option; the client filters). Empty: always shown.
    QString depend = {};
    bool labelIsMessage = false; // val msg="yes"
};

// A rule of a control (docs/protocol.md §6): <if value="X" hide="F"/> hides F while the control's value is X;
// <if value="X" shadow="F"/> disables F instead (shadow="yes" with hide="F": the same, older form); an
// <else hide="F"/> after the <if>s applies when none of them matched.
struct IfRule
{
    QString value, hide;
    bool shadow = false;
    QString shadowField = {}; // shadow="F" naming a field (not yes/no)
    bool isElse = false; // an <else> rule: value is empty
    // The field this rule hides or disables.
    QString target() const { return hide.isEmpty() ? shadowField : hide; }
};

struct FormField
{
    QString name;
    QString page; // enclosing <page name>, "main"-less forms: empty
    QString control; // input select textarea textdata slider list button …
    QString type; // input: text password checkbox hidden toggle; select: radio multiple
    bool required = false, readonly = false, isPrivate = false, noname = false, removeIfNew = false;
    QString check, checkArgs, depend;
    int maxLength = 0, zoom = 0;
    QList<IfRule> ifRules;
    // setvalues="blocking|final": the form is recomputed (sv_field) when this control changes; blocking:
    // input waits for the answer.
    QString setValues;
    Attributes attributes; // all raw attributes of the control
    QString label, hint, placeholder; // from messages: NAME, hint_NAME, placeholder_NAME
};

struct FormPage
{
    QString name;
    QStringList fields;
};
struct FormButton
{
    QString name, type;
    QString title = {}; // msg_NAME (else the NAME message), when present
    QString confirm = {}; // msg_confirm_NAME, when present
};

// A wizard's step (<steps><step name unavailable="yes">Title</step></steps>, docs/protocol.md §7).
struct FormStep
{
    QString name, title;
    bool unavailable = false;
};

struct FormData
{
    QList<QPair<QString, QString>> values; // doc children in order (elid included)
    QHash<QString, QList<SelectOption>> options; // slist name → options
    QHash<QString, QSharedPointer<TableData>> lists; // embedded <list name>
    bool hasMetadata = false;
    QString name;
    // The form's title: the value of the field that <form title="FIELD"> names, else the "title" message,
    // else the attribute itself. titleAttribute is the raw attribute.
    QString title, titleAttribute;
    bool noSubmit = false, noCancel = false, noNext = false; // <form nosubmit nocancel nonext="yes">
    QString wizard; // <form wizard="first|…">, empty for an ordinary form
    QList<FormStep> steps; // <steps>: a wizard's step bar, empty when absent
    bool snext = false; // <snext>ok</snext>: submit the step with snext=ok
    // A wizard step probed with checkonly=on answered <skip/> (pass over it) or <unavailable/>.
    bool skip = false, unavailable = false;
    QList<FormPage> pages;
    QList<FormField> fields;
    QList<FormButton> buttons;
    QHash<QString, QString> messages;
    QHash<QString, QString> docAttributes;
    // Attributes of value elements that carry any (e.g. doc/user). A value given twice: the attributes of the
    // occurrence whose text is in values (docs/protocol.md §11).
    QHash<QString, Attributes> valueAttributes;
    QString value(const QString &name) const;
    // readonly="yes|no" on the value element; nullopt when it does not say (the control's readonly applies).
    std::optional<bool> valueReadOnly(const QString &name) const;
    QString valuePrefix(const QString &name) const; // prefix="…" on the value element
};

} // namespace mgrdesk::protocol
