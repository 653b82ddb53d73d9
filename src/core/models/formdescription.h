#pragma once
// What a form looks like: its fields (with kind, label, hint, rules, options), pages and buttons, built from
// a form reply (docs/protocol.md §6). With metadata the server's description is followed; without it a plain
// editor of the reply's values is derived (selects from slist, on/off as checkboxes).

#include "core/protocol/reply.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mgrdesk::models {

struct FormFieldInfo
{
    enum class Kind {
        Text, // single-line input
        Password, // never echoed, never logged
        Multiline, // input with zoom, or textarea
        Checkbox, // on/off (checkbox and toggle)
        Select, // one of slist options (combo)
        Radio, // one of slist options (radio buttons)
        Multiple, // comma-separated keys of slist options
        TextData, // read-only text
        Hidden, // kept in state, not shown
        Slider, // integer in a range
        List, // embedded read-only table
        Button, // a button inside the form body: sent as clicked_button
        File // input type="file": local paths (one per line), sent as multipart files (file_1 … file_N)
    };

    QString name;
    QString page;
    Kind kind = Kind::Text;
    QString control; // raw control tag (input, select, …)
    QString type; // raw type attribute
    QString label, hint, placeholder;
    bool required = false, readonly = false, isPrivate = false, noname = false;
    QString check;
    std::optional<qint64> checkMin, checkMax; // from checkargs "min,max" for int checks
    QString checkArgs;
    QString depend;
    int maxLength = 0, zoom = 0;
    int sliderMin = 0, sliderMax = 100, sliderStep = 1;
    bool triggersRecompute
        = false; // changing it asks the server to recompute (setvalues, or others depend on it)
    QList<protocol::IfRule> ifRules;
    QList<protocol::SelectOption> options;

    bool hasValue() const { return kind != Kind::TextData && kind != Kind::List && kind != Kind::Button; }
    bool isEditable() const { return hasValue() && kind != Kind::Hidden && !readonly; }
    bool multipleFiles() const { return attribute(QStringLiteral("multiple")) == QLatin1String("yes"); }
    QString attribute(const QString &name) const;
    protocol::Attributes attributes;
};

struct FormPageInfo
{
    QString name, title;
    QStringList fields;
};

struct FormButtonInfo
{
    QString name, type, title;
};

class FormDescription
{
    Q_DECLARE_TR_FUNCTIONS(mgrdesk::models::FormDescription)
public:
    FormDescription() = default;
    // isNew: the object is being created (empty elid): fields with remove_if="new" are dropped.
    static FormDescription fromData(const protocol::FormData &data, bool isNew);

    QString name() const { return m_name; }
    QString title() const { return m_title; }
    // <form title="FIELD">: the field whose (live) value is the title; empty when the form names none.
    QString titleField() const { return m_titleField; }
    // Wizards (docs/protocol.md §7): the step bar, snext (steps are submitted with snext=ok), a step that
    // answered <skip/> or <unavailable/>, and the buttons the form hides (nosubmit, nocancel, nonext).
    const QList<protocol::FormStep> &steps() const { return m_steps; }
    bool snext() const { return m_snext; }
    bool skip() const { return m_skip; }
    bool unavailable() const { return m_unavailable; }
    bool noSubmit() const { return m_noSubmit; }
    bool noCancel() const { return m_noCancel; }
    bool noNext() const { return m_noNext; }
    // Whether a button of this form is shown (a nosubmit form has no OK/Finish, nocancel no Cancel, nonext
    // no Next).
    bool showsButton(const QString &name, const QString &type) const;
    bool hasMetadata() const { return m_hasMetadata; }
    const QList<FormFieldInfo> &fields() const { return m_fields; }
    const QList<FormPageInfo> &pages() const { return m_pages; }
    const QList<FormButtonInfo> &buttons() const { return m_buttons; }
    const FormFieldInfo *field(const QString &name) const;
    FormFieldInfo *field(const QString &name);
    bool hasField(const QString &name) const { return m_index.contains(name); }
    QString message(const QString &name) const { return m_messages.value(name); }
    // Replaces the options of every field named in `options` (after a recomputation).
    QStringList updateOptions(const QHash<QString, QList<protocol::SelectOption>> &options);

private:
    void addField(FormFieldInfo field);
    void finish(const protocol::FormData &data);

    QString m_name, m_title, m_titleField;
    QList<protocol::FormStep> m_steps;
    bool m_snext = false, m_skip = false, m_unavailable = false;
    bool m_noSubmit = false, m_noCancel = false, m_noNext = false;
    bool m_hasMetadata = false;
    QList<FormFieldInfo> m_fields;
    QHash<QString, int> m_index;
    QList<FormPageInfo> m_pages;
    QList<FormButtonInfo> m_buttons;
    QHash<QString, QString> m_messages;
};

} // namespace mgrdesk::models
