#include "formdescription.h"

#include <QSet>

namespace mgrdesk::models {

namespace {

// Reply children that describe the request rather than the object: never shown as fields.
bool isStructuralName(const QString &name)
{
    static const QSet<QString> names = {
        QStringLiteral("elid"),
        QStringLiteral("plid"),
        QStringLiteral("func"),
        QStringLiteral("out"),
        QStringLiteral("sok"),
        QStringLiteral("sv_field"),
        QStringLiteral("tparams"),
        QStringLiteral("clicked_button"),
        QStringLiteral("elname"),
        QStringLiteral("plname"),
        QStringLiteral("progressid"),
        QStringLiteral("lang"),
    };
    return names.contains(name);
}

QString attributeOf(const protocol::Attributes &attrs, const QString &name)
{
    for (const auto &a : attrs) {
        if (a.first == name)
            return a.second;
    }
    return {};
}

FormFieldInfo::Kind kindFor(const protocol::FormField &f)
{
    using K = FormFieldInfo::Kind;
    const QString control = f.control.toLower();
    const QString type = f.type.toLower();
    if (control == QLatin1String("input")) {
        if (type == QLatin1String("password"))
            return K::Password;
        if (type == QLatin1String("checkbox") || type == QLatin1String("toggle"))
            return K::Checkbox;
        if (type == QLatin1String("hidden"))
            return K::Hidden;
        if (type == QLatin1String("file"))
            return K::File;
        return f.zoom > 0 ? K::Multiline : K::Text;
    }
    if (control == QLatin1String("select")) {
        if (type == QLatin1String("radio"))
            return K::Radio;
        if (type == QLatin1String("multiple"))
            return K::Multiple;
        return K::Select;
    }
    if (control == QLatin1String("textarea"))
        return K::Multiline;
    if (control == QLatin1String("textdata") || control == QLatin1String("htmldata"))
        return K::TextData;
    if (control == QLatin1String("slider"))
        return K::Slider;
    if (control == QLatin1String("list"))
        return K::List;
    if (control == QLatin1String("button"))
        return K::Button;
    if (control == QLatin1String("checkbox") || control == QLatin1String("toggle"))
        return K::Checkbox;
    return f.zoom > 0 ? K::Multiline : K::Text; // unknown control: still editable as text
}

void parseRange(const QString &args, std::optional<qint64> &min, std::optional<qint64> &max)
{
    const QStringList parts = args.split(QLatin1Char(','));
    bool ok = false;
    if (!parts.isEmpty()) {
        const qint64 v = parts.at(0).trimmed().toLongLong(&ok);
        if (ok)
            min = v;
    }
    if (parts.size() > 1) {
        const qint64 v = parts.at(1).trimmed().toLongLong(&ok);
        if (ok)
            max = v;
    }
}

bool isOnOff(const QString &v)
{
    return v == QLatin1String("on") || v == QLatin1String("off");
}

} // namespace

QString FormFieldInfo::attribute(const QString &name) const
{
    return attributeOf(attributes, name);
}

const FormFieldInfo *FormDescription::field(const QString &name) const
{
    const auto it = m_index.constFind(name);
    return it == m_index.constEnd() ? nullptr : &m_fields.at(*it);
}

FormFieldInfo *FormDescription::field(const QString &name)
{
    const auto it = m_index.constFind(name);
    return it == m_index.constEnd() ? nullptr : &m_fields[*it];
}

void FormDescription::addField(FormFieldInfo field)
{
    if (field.name.isEmpty() || m_index.contains(field.name))
        return;
    m_index.insert(field.name, int(m_fields.size()));
    m_fields.append(std::move(field));
}

FormDescription FormDescription::fromData(const protocol::FormData &data, bool isNew)
{
    using K = FormFieldInfo::Kind;
    FormDescription d;
    d.m_name = data.name.isEmpty() ? data.docAttributes.value(QStringLiteral("func")) : data.name;
    d.m_messages = data.messages;
    d.m_title = data.title;
    if (d.m_title.isEmpty())
        d.m_title = data.messages.value(QStringLiteral("title"));
    // title="name" names a field: its value is the title; without that value, the "title" message ("Оплата"),
    // never the attribute itself (the add-payment wizard was titled "name").
    d.m_titleField = data.titleAttribute;
    if (!d.m_titleField.isEmpty() && d.m_title == d.m_titleField && data.value(d.m_titleField).isEmpty())
        d.m_title = data.messages.value(QStringLiteral("title"));
    d.m_steps = data.steps;
    d.m_snext = data.snext;
    d.m_skip = data.skip;
    d.m_unavailable = data.unavailable;
    d.m_noSubmit = data.noSubmit;
    d.m_noCancel = data.noCancel;
    d.m_noNext = data.noNext;
    d.m_hasMetadata = data.hasMetadata && !data.fields.isEmpty();

    if (d.m_hasMetadata) {
        for (const protocol::FormField &f : data.fields) {
            if (f.removeIfNew && isNew)
                continue;
            FormFieldInfo info;
            info.name = f.name;
            info.page = f.page;
            info.control = f.control;
            info.type = f.type;
            info.kind = kindFor(f);
            info.required = f.required;
            info.readonly = f.readonly;
            info.isPrivate = f.isPrivate || info.kind == K::Password;
            info.noname = f.noname;
            info.check = f.check.toLower();
            info.checkArgs = f.checkArgs;
            if (!f.checkArgs.isEmpty())
                parseRange(f.checkArgs, info.checkMin, info.checkMax);
            info.depend = f.depend;
            info.maxLength = f.maxLength;
            info.zoom = f.zoom;
            info.ifRules = f.ifRules;
            info.attributes = f.attributes;
            if (info.kind == K::Slider) {
                bool ok = false;
                int v = info.attribute(QStringLiteral("min")).toInt(&ok);
                if (ok)
                    info.sliderMin = v;
                v = info.attribute(QStringLiteral("max")).toInt(&ok);
                if (ok)
                    info.sliderMax = v;
                v = info.attribute(QStringLiteral("step")).toInt(&ok);
                if (ok && v > 0)
                    info.sliderStep = v;
                if (info.checkMin && !info.attribute(QStringLiteral("min")).size())
                    info.sliderMin = int(*info.checkMin);
                if (info.checkMax && !info.attribute(QStringLiteral("max")).size())
                    info.sliderMax = int(*info.checkMax);
            }
            const QString setvalues = info.attribute(QStringLiteral("setvalues")).toLower();
            info.triggersRecompute = !setvalues.isEmpty() && setvalues != QLatin1String("no");
            d.addField(std::move(info));
        }
        for (const protocol::FormPage &p : data.pages) {
            FormPageInfo page;
            page.name = p.name;
            for (const QString &name : p.fields) {
                if (d.m_index.contains(name))
                    page.fields.append(name);
            }
            d.m_pages.append(page);
        }
    } else {
        // No metadata: an editor of the plain values; slist gives options, on/off looks like a checkbox.
        for (const auto &v : data.values) {
            if (isStructuralName(v.first))
                continue;
            FormFieldInfo info;
            info.name = v.first;
            info.control = QStringLiteral("input");
            if (data.options.contains(v.first))
                info.kind = K::Select;
            else if (isOnOff(v.second))
                info.kind = K::Checkbox;
            else if (v.second.contains(QLatin1Char('\n')))
                info.kind = K::Multiline;
            d.addField(std::move(info));
        }
        for (auto it = data.options.constBegin(); it != data.options.constEnd(); ++it) {
            if (!d.m_index.contains(it.key()) && !isStructuralName(it.key())) {
                FormFieldInfo info;
                info.name = it.key();
                info.control = QStringLiteral("select");
                info.kind = K::Select;
                d.addField(std::move(info));
            }
        }
        for (auto it = data.lists.constBegin(); it != data.lists.constEnd(); ++it) {
            FormFieldInfo info;
            info.name = it.key();
            info.control = QStringLiteral("list");
            info.kind = K::List;
            d.addField(std::move(info));
        }
    }
    d.finish(data);
    return d;
}

void FormDescription::finish(const protocol::FormData &data)
{
    // Pages: fields not placed on any page go to the first one (or a single unnamed page).
    QSet<QString> placed;
    for (const FormPageInfo &p : m_pages) {
        for (const QString &f : p.fields)
            placed.insert(f);
    }
    QStringList rest;
    for (const FormFieldInfo &f : m_fields) {
        if (!placed.contains(f.name))
            rest.append(f.name);
    }
    if (m_pages.isEmpty())
        m_pages.append(FormPageInfo {});
    m_pages.first().fields.append(rest);
    for (FormPageInfo &p : m_pages) {
        p.title = p.name.isEmpty() ? QString() : m_messages.value(p.name, p.name);
    }

    QSet<QString> dependedOn;
    for (const FormFieldInfo &f : m_fields) {
        for (const QString &dep : f.depend.split(QLatin1Char(','), Qt::SkipEmptyParts))
            dependedOn.insert(dep.trimmed());
    }
    for (FormFieldInfo &f : m_fields) {
        if (dependedOn.contains(f.name))
            f.triggersRecompute = true;
        f.label = m_messages.value(f.name);
        if (f.label.isEmpty())
            f.label = f.name;
        f.hint = m_messages.value(QStringLiteral("hint_") + f.name);
        f.placeholder = m_messages.value(QStringLiteral("placeholder_") + f.name);
        f.options = data.options.value(f.name);
    }

    for (const protocol::FormButton &b : data.buttons) {
        FormButtonInfo info { b.name, b.type, m_messages.value(b.name) };
        if (info.title.isEmpty())
            info.title = m_messages.value(QStringLiteral("msg_") + b.name);
        if (info.title.isEmpty()) {
            if (b.name == QLatin1String("ok"))
                info.title = tr("OK");
            else if (b.name == QLatin1String("cancel"))
                info.title = tr("Cancel");
            else if (b.name == QLatin1String("back"))
                info.title = tr("Back");
            else if (b.name == QLatin1String("next"))
                info.title = tr("Next");
            else if (b.name == QLatin1String("finish"))
                info.title = tr("Finish");
            else
                info.title = b.name;
        }
        if (showsButton(info.name, info.type))
            m_buttons.append(info);
    }
}

bool FormDescription::showsButton(const QString &name, const QString &type) const
{
    const auto is
        = [&](const char *what) { return name == QLatin1String(what) || type == QLatin1String(what); };
    if (m_noSubmit && (is("ok") || is("finish")))
        return false;
    if (m_noCancel && is("cancel"))
        return false;
    if (m_noNext && is("next"))
        return false;
    return true;
}

QStringList FormDescription::updateOptions(const QHash<QString, QList<protocol::SelectOption>> &options)
{
    QStringList changed;
    for (auto it = options.constBegin(); it != options.constEnd(); ++it) {
        FormFieldInfo *f = field(it.key());
        if (!f)
            continue;
        bool same = f->options.size() == it.value().size();
        for (int i = 0; same && i < f->options.size(); ++i) {
            same = f->options.at(i).key == it.value().at(i).key
                && f->options.at(i).label == it.value().at(i).label;
        }
        if (!same) {
            f->options = it.value();
            changed.append(f->name);
        }
    }
    return changed;
}

} // namespace mgrdesk::models
