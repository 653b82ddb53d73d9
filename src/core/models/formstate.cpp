#include "formstate.h"

#include "formcheck.h"
#include "formlogging.h"

#include <QRegularExpression>

#include <algorithm>

namespace mgrdesk::models {

using protocol::Request;

FormState::FormState(QObject *parent)
    : QObject(parent)
{
}

void FormState::load(
    const QString &function, const QString &elid, const QString &plid, const protocol::FormData &data)
{
    m_function = function;
    m_elid = elid;
    m_plid = plid;
    m_description = FormDescription::fromData(data, elid.isEmpty());
    m_values.clear();
    for (const auto &v : data.values) {
        if (!m_values.contains(v.first))
            m_values.insert(v.first, v.second);
    }
    m_lists = data.lists;
    m_saved = m_values;
    m_dirty.clear();
    m_lastEdit.clear();
    m_errors.clear();
    evaluateRules();
    qCDebug(lcForms) << "loaded form" << function << "fields:" << m_description.fields().size()
                     << "metadata:" << m_description.hasMetadata();
    Q_EMIT loaded();
    Q_EMIT dirtyChanged(false);
}

void FormState::setValue(const QString &name, const QString &value)
{
    m_lastEdit.insert(name, ++m_serial);
    if (m_errors.contains(name))
        setFieldError(name, QString());
    updateValue(name, value, true);
}

void FormState::updateValue(const QString &name, const QString &value, bool byUser)
{
    Q_UNUSED(byUser)
    if (m_values.contains(name) && m_values.value(name) == value)
        return;
    m_values.insert(name, value);
    const bool wasDirty = isDirty();
    if (m_saved.value(name) == value)
        m_dirty.remove(name);
    else
        m_dirty.insert(name);
    Q_EMIT valueChanged(name, value);
    const FormFieldInfo *f = m_description.field(name);
    if (f && !f->ifRules.isEmpty())
        evaluateRules();
    if (wasDirty != isDirty())
        Q_EMIT dirtyChanged(isDirty());
}

QStringList FormState::dirtyFields() const
{
    QStringList out;
    for (const FormFieldInfo &f : m_description.fields()) {
        if (m_dirty.contains(f.name))
            out.append(f.name);
    }
    return out;
}

void FormState::markClean()
{
    m_saved = m_values;
    const bool was = isDirty();
    m_dirty.clear();
    if (was)
        Q_EMIT dirtyChanged(false);
}

void FormState::adoptValue(const QString &name, const QString &value)
{
    m_saved.insert(name, value);
    updateValue(name, value, false);
}

void FormState::evaluateRules()
{
    QSet<QString> hidden, shadowed;
    for (const FormFieldInfo &f : m_description.fields()) {
        if (f.ifRules.isEmpty())
            continue;
        const QString current = m_values.value(f.name);
        const QStringList selected = current.split(QLatin1Char(','), Qt::SkipEmptyParts);
        const auto apply = [&](const protocol::IfRule &rule) {
            static const QRegularExpression sep(QStringLiteral("[\\s,]+"));
            const bool shadow = rule.shadow || !rule.shadowField.isEmpty();
            for (const QString &target : rule.target().split(sep, Qt::SkipEmptyParts)) {
                QStringList names { target };
                for (const FormPageInfo &p : m_description.pages()) {
                    if (p.name == target && !m_description.hasField(target))
                        names = p.fields; // a rule may name a whole page
                }
                for (const QString &n : names)
                    (shadow ? shadowed : hidden).insert(n);
            }
        };
        bool anyMatched = false;
        for (const protocol::IfRule &rule : f.ifRules) {
            if (rule.isElse)
                continue;
            bool match = current == rule.value;
            if (!match && f.kind == FormFieldInfo::Kind::Multiple) {
                for (const QString &s : selected)
                    match = match || s.trimmed() == rule.value;
            }
            if (!match)
                continue;
            anyMatched = true;
            apply(rule);
        }
        // <else hide="F"/> after the <if>s: applies while none of them matches (the period select of a filter
        // form hides its date range unless "other" is chosen).
        if (!anyMatched) {
            for (const protocol::IfRule &rule : f.ifRules) {
                if (rule.isElse)
                    apply(rule);
            }
        }
    }
    if (hidden != m_hidden || shadowed != m_shadowed) {
        m_hidden = hidden;
        m_shadowed = shadowed;
        Q_EMIT visibilityChanged();
    }
}

bool FormState::isHidden(const QString &name) const
{
    const FormFieldInfo *f = m_description.field(name);
    return m_hidden.contains(name) || (f && f->kind == FormFieldInfo::Kind::Hidden);
}

bool FormState::isDisabled(const QString &name) const
{
    const FormFieldInfo *f = m_description.field(name);
    return m_shadowed.contains(name) || (f && f->readonly);
}

QStringList FormState::hiddenByRules() const
{
    QStringList out;
    for (const FormFieldInfo &f : m_description.fields()) {
        if (m_hidden.contains(f.name))
            out.append(f.name);
    }
    return out;
}

QString FormState::validateField(const QString &name) const
{
    const FormFieldInfo *f = m_description.field(name);
    if (!f || !f->isEditable() || isHidden(name) || isDisabled(name))
        return {};
    return FormCheck::validate(*f, m_values.value(name));
}

bool FormState::validate()
{
    bool ok = true;
    for (const FormFieldInfo &f : m_description.fields()) {
        const QString message = validateField(f.name);
        if (!message.isEmpty())
            ok = false;
        if (message != m_errors.value(f.name))
            setFieldError(f.name, message);
    }
    return ok;
}

QStringList FormState::fieldsWithErrors() const
{
    QStringList out;
    for (const FormFieldInfo &f : m_description.fields()) {
        if (!m_errors.value(f.name).isEmpty())
            out.append(f.name);
    }
    return out;
}

void FormState::setFieldError(const QString &name, const QString &message)
{
    if (m_errors.value(name) == message)
        return;
    if (message.isEmpty())
        m_errors.remove(name);
    else
        m_errors.insert(name, message);
    Q_EMIT fieldErrorChanged(name, message);
}

void FormState::clearFieldErrors()
{
    const QStringList names = m_errors.keys();
    for (const QString &n : names)
        setFieldError(n, QString());
}

void FormState::fillRequest(Request &request) const
{
    for (const FormFieldInfo &f : m_description.fields()) {
        if (!f.hasValue() || f.kind == FormFieldInfo::Kind::File)
            continue; // files go with the submit only (attachFiles)
        request.set(f.name, m_values.value(f.name));
        if (f.isPrivate)
            request.markPrivate(f.name);
    }
    request.setElid(m_elid);
    if (!m_plid.isEmpty())
        request.setPlid(m_plid);
}

Request FormState::submitRequest(const QString &button) const
{
    Request r(m_function);
    fillRequest(r);
    r.setSok(true);
    r.setClickedButton(button.isEmpty() ? QStringLiteral("ok") : button);
    if (m_description.snext())
        r.set(QStringLiteral("snext"), QStringLiteral("ok")); // a wizard step (docs/protocol.md §7)
    attachFiles(r);
    return r;
}

QStringList FormState::fileFieldNames(const QString &name, int count)
{
    // file_1 with three files: file_1, file_2, file_3 (the ticket reply's convention); a name without a
    // number is repeated
    static const QRegularExpression numbered(QStringLiteral("^(.*_)(\\d+)$"));
    const QRegularExpressionMatch m = numbered.match(name);
    QStringList out;
    for (int i = 0; i < count; ++i)
        out.append(m.hasMatch() ? m.captured(1) + QString::number(m.captured(2).toInt() + i) : name);
    return out;
}

void FormState::attachFiles(Request &request) const
{
    for (const FormFieldInfo &f : m_description.fields()) {
        if (f.kind != FormFieldInfo::Kind::File || m_hidden.contains(f.name))
            continue;
        const QStringList paths = m_values.value(f.name).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QStringList names = fileFieldNames(f.name, int(paths.size()));
        for (int i = 0; i < paths.size(); ++i)
            request.attachFile(names.at(i), paths.at(i));
    }
}

Request FormState::recomputeRequest(const QString &changedField) const
{
    Request r(m_function);
    fillRequest(r);
    r.setSvField(changedField);
    return r;
}

bool FormState::keepsUserValue(
    const QString &name, const QString &incoming, quint64 sinceSerial, const QSet<QString> &keep) const
{
    if (keep.contains(name) || m_lastEdit.value(name) > sinceSerial)
        return true; // the user is editing it, or edited it after the request went out
    const FormFieldInfo *f = m_description.field(name);
    if (f && f->kind == FormFieldInfo::Kind::File)
        return true; // local paths: the server never knows them
    return f && f->isPrivate && incoming.isEmpty() && !m_values.value(name).isEmpty();
    // (servers never echo passwords back: an empty one is not a new value)
}

QStringList FormState::applyRecomputed(
    const protocol::FormData &data, quint64 sinceSerial, const QSet<QString> &keep)
{
    QStringList changed;
    const QStringList optionFields = m_description.updateOptions(data.options);
    for (const QString &name : optionFields)
        Q_EMIT optionsChanged(name);
    for (auto it = data.lists.constBegin(); it != data.lists.constEnd(); ++it)
        m_lists.insert(it.key(), it.value());
    for (const auto &v : data.values) {
        const QString &name = v.first;
        if (keepsUserValue(name, v.second, sinceSerial, keep))
            continue;
        if (!m_description.hasField(name) && m_description.hasMetadata())
            continue;
        if (m_values.value(name) != v.second) {
            updateValue(name, v.second, false);
            changed.append(name);
        }
    }
    evaluateRules();
    return changed;
}

bool FormState::isRestructured(const protocol::FormData &data) const
{
    if (!data.hasMetadata || data.fields.isEmpty() || !m_description.hasMetadata())
        return false;
    const FormDescription next = FormDescription::fromData(data, isNew());
    if (next.fields().size() != m_description.fields().size())
        return true;
    for (int i = 0; i < next.fields().size(); ++i) {
        const FormFieldInfo &a = next.fields().at(i);
        const FormFieldInfo &b = m_description.fields().at(i);
        if (a.name != b.name || a.kind != b.kind)
            return true;
    }
    return false;
}

void FormState::restructure(const protocol::FormData &data, quint64 sinceSerial, const QSet<QString> &keep)
{
    protocol::FormData merged = data;
    QSet<QString> present;
    for (auto &v : merged.values) {
        present.insert(v.first);
        if (keepsUserValue(v.first, v.second, sinceSerial, keep) && m_values.contains(v.first))
            v.second = m_values.value(v.first);
    }
    for (const QString &name : keep) {
        if (!present.contains(name) && m_values.contains(name))
            merged.values.append({ name, m_values.value(name) });
    }
    const QHash<QString, QString> saved = m_saved;
    const QHash<QString, QString> errors = m_errors;
    load(m_function, m_elid, m_plid, merged);
    // What was saved stays saved: fields the user changed stay dirty.
    for (auto it = saved.constBegin(); it != saved.constEnd(); ++it) {
        if (m_values.contains(it.key()))
            m_saved.insert(it.key(), it.value());
    }
    m_dirty.clear();
    for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it) {
        if (m_saved.value(it.key()) != it.value())
            m_dirty.insert(it.key());
    }
    for (auto it = errors.constBegin(); it != errors.constEnd(); ++it) {
        if (m_description.hasField(it.key()))
            m_errors.insert(it.key(), it.value());
    }
    Q_EMIT dirtyChanged(isDirty());
}

QString FormState::fieldForError(const protocol::ApiError &error) const
{
    QStringList candidates { error.field(), error.object };
    for (const auto &p : error.params) {
        if (p.first == QLatin1String("object") || p.first == QLatin1String("name")
            || p.first == QLatin1String("field") || p.first == QLatin1String("param"))
            candidates.append(p.second);
    }
    for (const QString &c : candidates) {
        if (!c.isEmpty() && m_description.hasField(c))
            return c;
    }
    for (const QString &c : candidates) {
        if (c.isEmpty())
            continue;
        for (const FormFieldInfo &f : m_description.fields()) {
            if (f.name.compare(c, Qt::CaseInsensitive) == 0)
                return f.name;
        }
    }
    // "User with value 'ben' already exists": the visible editable field holding the rejected value.
    const bool aboutValue = error.type == QLatin1String("exists") || error.type == QLatin1String("value");
    if (aboutValue && !error.value.isEmpty()) {
        for (const FormFieldInfo &f : m_description.fields()) {
            if (f.isEditable() && !isHidden(f.name) && m_values.value(f.name) == error.value)
                return f.name;
        }
    }
    return {};
}

QString FormState::applyError(const protocol::ApiError &error)
{
    const QString field = fieldForError(error);
    if (!field.isEmpty()) {
        QString message = error.message;
        if (message.isEmpty())
            message = tr("The server rejected this value (%1).").arg(error.type);
        setFieldError(field, message);
    }
    return field;
}

QList<protocol::SelectOption> FormState::visibleOptions(const QString &name) const
{
    const FormFieldInfo *f = m_description.field(name);
    if (!f)
        return {};
    bool anyDepend = false;
    for (const protocol::SelectOption &o : f->options)
        anyDepend = anyDepend || !o.depend.isEmpty();
    if (!anyDepend || f->depend.isEmpty())
        return f->options;
    QSet<QString> keys;
    for (const QString &dep : f->depend.split(QLatin1Char(','), Qt::SkipEmptyParts))
        keys.insert(m_values.value(dep.trimmed()));
    QList<protocol::SelectOption> out;
    for (const protocol::SelectOption &o : f->options) {
        if (o.depend.isEmpty() || keys.contains(o.depend))
            out.append(o);
    }
    return out;
}

QStringList FormState::dependentsOf(const QString &name) const
{
    QStringList out;
    for (const FormFieldInfo &f : m_description.fields()) {
        for (const QString &dep : f.depend.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (dep.trimmed() == name)
                out.append(f.name);
        }
    }
    return out;
}

bool FormState::isSecretField(const QString &name) const
{
    if (protocol::Request::isAlwaysSecret(name))
        return true;
    const FormFieldInfo *f = m_description.field(name);
    return f && (f->isPrivate || f->kind == FormFieldInfo::Kind::Password);
}

protocol::ApiError FormState::maskedError(const protocol::ApiError &error, const QStringList &secrets) const
{
    const QString mask = QStringLiteral("*****");
    protocol::ApiError e = error;
    QStringList hide = secrets;
    // The value the server rejected, when it names (or came from) a secret field.
    const QString field = fieldForError(error);
    const bool secretValue = (!field.isEmpty() && isSecretField(field))
        || (!error.object.isEmpty() && isSecretField(error.object));
    if (secretValue && !error.value.isEmpty())
        hide.append(error.value);
    for (const FormFieldInfo &f : m_description.fields()) {
        const QString v = m_values.value(f.name);
        if (v.size() >= 4 && isSecretField(f.name))
            hide.append(v); // a typed password echoed in a message
    }
    std::sort(
        hide.begin(), hide.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    auto masked = [&](const QString &text) {
        QString t = text;
        for (const QString &secret : std::as_const(hide)) {
            if (!secret.isEmpty())
                t.replace(secret, mask);
        }
        return t;
    };
    if (secretValue && !e.value.isEmpty())
        e.value = mask;
    for (auto &p : e.params) {
        if (protocol::Request::isAlwaysSecret(p.first) || (secretValue && p.first == QLatin1String("value")))
            p.second = p.second.isEmpty() ? p.second : mask;
        else
            p.second = masked(p.second);
    }
    e.message = masked(e.message);
    e.detail = masked(e.detail);
    e.group = masked(e.group);
    for (auto &st : e.stack)
        st.user = masked(st.user);
    return e;
}

} // namespace mgrdesk::models
