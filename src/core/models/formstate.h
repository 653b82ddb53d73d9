#pragma once
// The live state of one open form: its description, the current values, what the user changed, which fields
// the if/hide rules hide or disable, per-field errors, and the requests that submit or recompute it
// (docs/protocol.md §3, §6). No widgets: the GUI binds to it, tests drive it directly.

#include "core/protocol/reply.h"
#include "core/protocol/request.h"
#include "formdescription.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSharedPointer>
#include <QString>
#include <QStringList>

namespace mgrdesk::models {

class FormState : public QObject
{
    Q_OBJECT
public:
    explicit FormState(QObject *parent = nullptr);

    // function: the form function (user.edit); elid empty = new object.
    void load(
        const QString &function, const QString &elid, const QString &plid, const protocol::FormData &data);

    QString function() const { return m_function; }
    QString elid() const { return m_elid; }
    QString plid() const { return m_plid; }
    bool isNew() const { return m_elid.isEmpty(); }
    const FormDescription &description() const { return m_description; }
    QSharedPointer<protocol::TableData> list(const QString &name) const { return m_lists.value(name); }

    QString value(const QString &name) const { return m_values.value(name); }
    // A user edit: records it (dirty, edit serial), clears that field's error, re-evaluates the rules.
    void setValue(const QString &name, const QString &value);
    bool isDirty() const { return !m_dirty.isEmpty(); }
    QStringList dirtyFields() const;
    void markClean(); // the current values become the saved ones
    // A value the editor had to settle on (a select whose value is not among its options shows its first
    // option): it becomes the value and the saved value, so what is shown is what is sent, and nothing is
    // dirty.
    void adoptValue(const QString &name, const QString &value);

    // The options a select shows now: a dependent select is sent whole, each option with val depend="KEY"
    // (docs/protocol.md): only those whose depend is empty or the current value of the field named in the
    // select's depend attribute. Fields whose options follow `name` (for refreshing them): dependentsOf().
    QList<protocol::SelectOption> visibleOptions(const QString &name) const;
    QStringList dependentsOf(const QString &name) const;

    // Rules: hidden by an if/hide rule or a Hidden control; disabled by a shadow rule or readonly.
    bool isHidden(const QString &name) const;
    bool isDisabled(const QString &name) const;
    QStringList hiddenByRules() const;

    // Validation: sets the errors of every visible editable field; true when none.
    bool validate();
    QString validateField(const QString &name) const;
    QString fieldError(const QString &name) const { return m_errors.value(name); }
    QStringList fieldsWithErrors() const;
    void setFieldError(const QString &name, const QString &message);
    void clearFieldErrors();

    // Requests.
    protocol::Request submitRequest(const QString &button = QStringLiteral("ok")) const;
    protocol::Request recomputeRequest(const QString &changedField) const;
    // The multipart names of `count` files of a file field: file_1 → file_1, file_2, …; others repeat.
    static QStringList fileFieldNames(const QString &name, int count);

    // Every edit increases the serial; a recomputation built at serial S leaves alone the fields edited after
    // S, and the fields in `keep` (the one with focus).
    quint64 editSerial() const { return m_serial; }
    QStringList applyRecomputed(
        const protocol::FormData &data, quint64 sinceSerial, const QSet<QString> &keep = {});
    // True when a recomputed reply describes other fields than the current form (the server changed its
    // shape).
    bool isRestructured(const protocol::FormData &data) const;
    // Takes the new shape, keeping by the same rules as applyRecomputed() what the user typed, and what was
    // saved (dirty stays dirty). Emits loaded(): views rebuild.
    void restructure(const protocol::FormData &data, quint64 sinceSerial, const QSet<QString> &keep = {});

    // The field an error names (object, param object, the field holding the rejected value); empty if none.
    QString fieldForError(const protocol::ApiError &error) const;
    // Marks that field with the message; returns the field (empty: a form-level error).
    QString applyError(const protocol::ApiError &error);
    // The error as it may be shown (banner details, logs): the rejected value of a private or password
    // field, secret-named params and every string in `secrets` (session id, password) masked.
    protocol::ApiError maskedError(const protocol::ApiError &error, const QStringList &secrets = {}) const;
    bool isSecretField(const QString &name) const; // private, password, or a secret name

Q_SIGNALS:
    void loaded();
    void valueChanged(const QString &name, const QString &value); // any change, user or server
    void optionsChanged(const QString &name);
    void visibilityChanged();
    void fieldErrorChanged(const QString &name, const QString &message);
    void dirtyChanged(bool dirty);

private:
    void updateValue(const QString &name, const QString &value, bool byUser);
    void evaluateRules();
    void fillRequest(protocol::Request &request) const;
    void attachFiles(protocol::Request &request) const; // the visible file fields' paths, as files
    bool keepsUserValue(
        const QString &name, const QString &incoming, quint64 sinceSerial, const QSet<QString> &keep) const;

    QString m_function, m_elid, m_plid;
    FormDescription m_description;
    QHash<QString, QString> m_values, m_saved;
    QHash<QString, QSharedPointer<protocol::TableData>> m_lists;
    QSet<QString> m_dirty;
    QHash<QString, quint64> m_lastEdit;
    quint64 m_serial = 0;
    QSet<QString> m_hidden, m_shadowed;
    QHash<QString, QString> m_errors;
};

} // namespace mgrdesk::models
