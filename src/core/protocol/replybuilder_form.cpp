// ReplyBuilder, forms (docs/protocol.md §6, §7): form metadata (pages, fields, controls with their rules,
// buttons), select options, wizard steps; the form is assembled from the top-level values, whose duplicates
// are resolved here (docs/protocol.md §11). A whoami reply is a form too, with Reply::whoami beside it.
#include "replybuilder_p.h"

namespace mgrdesk::protocol::detail {

void ReplyBuilder::endMForm(Frame &f, Frame *)
{
    s->formTitle = attr(f, "title");
    s->formAttributes = allAttributes(f);
}

void ReplyBuilder::startMPage(Frame &f, Frame *)
{
    f.mark = int(s->fields.size());
    f.mark2 = int(s->pages.size());
    s->pages.append(FormPage());
}

void ReplyBuilder::endMPage(Frame &f, Frame *)
{
    State &st = *s;
    FormPage &page = st.pages[f.mark2];
    page.name = attr(f, "name");
    for (int i = f.mark; i < st.fields.size(); ++i) {
        st.fields[i].page = page.name;
        if (!page.fields.contains(st.fields[i].name))
            page.fields.append(st.fields[i].name);
    }
}

void ReplyBuilder::startMField(Frame &f, Frame *)
{
    f.mark = int(s->fields.size());
}

void ReplyBuilder::endMField(Frame &f, Frame *)
{
    const QString name = attr(f, "name");
    const bool noname = yes(attr(f, "noname"));
    const bool removeIfNew = attr(f, "remove_if") == QLatin1String("new");
    for (int i = f.mark; i < s->fields.size(); ++i) {
        FormField &field = s->fields[i];
        if (field.name.isEmpty())
            field.name = name;
        field.noname = field.noname || noname;
        field.removeIfNew = field.removeIfNew || removeIfNew;
    }
}

void ReplyBuilder::startMControl(Frame &, Frame *)
{
    s->pendingIf.clear();
}

void ReplyBuilder::endMControl(Frame &f, Frame *)
{
    FormField field;
    field.name = attr(f, "name");
    field.control = str(f.name);
    field.type = attr(f, "type");
    field.required = yes(attr(f, "required"));
    field.readonly = yes(attr(f, "readonly"));
    field.isPrivate = yes(attr(f, "private")) || field.type == QLatin1String("password");
    field.check = attr(f, "check");
    field.checkArgs = attr(f, "checkargs");
    field.depend = attr(f, "depend");
    field.setValues = attr(f, "setvalues");
    field.maxLength = attr(f, "maxlength").toInt();
    field.zoom = attr(f, "zoom").toInt();
    field.removeIfNew = attr(f, "remove_if") == QLatin1String("new");
    field.ifRules = s->pendingIf;
    field.attributes = allAttributes(f);
    s->fields.append(field);
}

// <if value hide shadow/> and <else hide/>. shadow is "yes" (disable the hide field instead of hiding it) or
// the name of the field to disable.
void ReplyBuilder::endMIf(Frame &f, Frame *)
{
    IfRule rule;
    rule.isElse = f.name == "else";
    rule.value = attr(f, "value");
    rule.hide = attr(f, "hide");
    const QString shadow = attr(f, "shadow");
    if (yes(shadow)) {
        rule.shadow = true;
    } else if (!shadow.isEmpty() && shadow != QLatin1String("no") && shadow != QLatin1String("off")) {
        rule.shadow = true;
        rule.shadowField = shadow;
    }
    s->pendingIf.append(rule);
}

void ReplyBuilder::endMButton(Frame &f, Frame *)
{
    FormButton b;
    b.name = attr(f, "name");
    b.type = attr(f, "type");
    s->buttons.append(b);
}

void ReplyBuilder::startSlist(Frame &, Frame *)
{
    s->hasSlist = true;
    s->pendingOptions.clear();
}

void ReplyBuilder::endSlist(Frame &f, Frame *)
{
    s->options.insert(attr(f, "name"), s->pendingOptions);
}

void ReplyBuilder::endSlistVal(Frame &f, Frame *)
{
    SelectOption o;
    o.key = attr(f, "key");
    o.label = str(f.text);
    o.isNull = o.key == QLatin1String("null");
    o.depend = attr(f, "depend");
    o.labelIsMessage = yes(attr(f, "msg"));
    s->pendingOptions.append(o);
}

// <steps> with <step> children is a wizard's step bar; <steps>6</steps> (progress.get) is a value.
void ReplyBuilder::endSteps(Frame &f, Frame *parent)
{
    if (f.hasChildren)
        s->hasSteps = true;
    else
        endValue(f, parent);
}

void ReplyBuilder::endStep(Frame &f, Frame *)
{
    if (s->steps.size() < 1000)
        s->steps.append({ attr(f, "name"), str(f.text).trimmed(), yes(attr(f, "unavailable")) });
}

namespace {

// A value given more than once at the top level (docs/protocol.md §11): the last occurrence that says
// readonly wins; without such an occurrence the first. One entry per name, at the first occurrence's place.
void addValues(FormData &form, const std::vector<ReplyBuilder::Value> &values)
{
    QHash<QString, int> index; // name → position in form.values
    for (const ReplyBuilder::Value &v : values) {
        const bool saysReadonly = hasAttribute(v.attrs, "readonly");
        const auto it = index.constFind(v.name);
        if (it == index.constEnd()) {
            index.insert(v.name, int(form.values.size()));
            form.values.append({ v.name, v.text });
            if (!v.attrs.isEmpty())
                form.valueAttributes.insert(v.name, v.attrs);
            continue;
        }
        if (!saysReadonly)
            continue;
        form.values[*it].second = v.text;
        form.valueAttributes.insert(v.name, v.attrs);
    }
}

} // namespace

bool ReplyBuilder::assembleForm(Reply &reply)
{
    State &st = *s;
    const bool formMeta = st.hasMetadata && st.metaType == QLatin1String("form");
    if (!formMeta && !st.hasSlist && st.values.empty() && st.lists.empty() && !st.hasSteps && !st.skip
        && !st.unavailable)
        return false;
    auto form = QSharedPointer<FormData>::create();
    addValues(*form, st.values);
    form->options = st.options;
    for (const auto &sink : st.lists) {
        QSharedPointer<TableData> table = sink->table;
        QString key;
        for (const FormField &field : std::as_const(st.fields)) {
            if (field.control == QLatin1String("list") && field.name == sink->name) {
                key = attrValue(field.attributes, "key");
                break;
            }
        }
        if (!key.isEmpty() && table->columnIndex(key) >= 0)
            table->keyColumn = key;
        else if (table->columnIndex(QStringLiteral("id")) >= 0)
            table->keyColumn = QStringLiteral("id");
        else if (table->columnIndex(QStringLiteral("elid")) >= 0)
            table->keyColumn = QStringLiteral("elid");
        table->messages = st.messages;
        table->squeeze();
        form->lists.insert(sink->name, table);
    }
    if (st.hasMetadata && (formMeta || !st.fields.isEmpty())) {
        form->hasMetadata = true;
        form->name = st.metaName;
        form->titleAttribute = st.formTitle;
        form->noSubmit = yes(attrValue(st.formAttributes, "nosubmit"));
        form->noCancel = yes(attrValue(st.formAttributes, "nocancel"));
        form->noNext = yes(attrValue(st.formAttributes, "nonext"));
        form->wizard = attrValue(st.formAttributes, "wizard");
        form->pages = st.pages;
        form->fields = st.fields;
        form->buttons = st.buttons;
        for (FormField &f : form->fields) {
            f.label = st.messages.value(f.name);
            f.hint = st.messages.value(QStringLiteral("hint_") + f.name);
            f.placeholder = st.messages.value(QStringLiteral("placeholder_") + f.name);
        }
        for (FormButton &b : form->buttons) {
            b.title = st.messages.value(QStringLiteral("msg_") + b.name, st.messages.value(b.name));
            b.confirm = st.messages.value(QStringLiteral("msg_confirm_") + b.name);
        }
    }
    // title="FIELD" names the value that is the title; without it the "title" message (docs/protocol.md §6).
    const QString named = form->titleAttribute.isEmpty() ? QString() : form->value(form->titleAttribute);
    if (!named.trimmed().isEmpty())
        form->title = named.trimmed();
    else if (!st.messages.value(QStringLiteral("title")).isEmpty())
        form->title = st.messages.value(QStringLiteral("title"));
    else
        form->title = form->titleAttribute;
    form->steps = st.steps;
    form->snext = form->value(QStringLiteral("snext")).trimmed() == QLatin1String("ok");
    form->skip = st.skip;
    form->unavailable = st.unavailable;
    form->messages = st.messages;
    form->docAttributes = toHash(st.docAttributes);
    reply.kind = ReplyKind::Form;
    reply.form = form;
    addWhoami(reply);
    return true;
}

// func=whoami (docs/protocol.md §8): <user …/> with attributes, <path name level>ID</path> per level of the
// su chain, <mgr version>, <version><PANEL>…</PANEL><core>…</core></version>.
void ReplyBuilder::addWhoami(Reply &reply) const
{
    const State &st = *s;
    const Value *user = findValue("user");
    if (!user || user->attrs.isEmpty())
        return;
    const bool whoamiFunc = attrValue(st.docAttributes, "func") == QLatin1String("whoami");
    if (!whoamiFunc && !findValue("path") && !findValue("mgr"))
        return;
    WhoamiData w;
    w.user = user->attrs;
    w.name = attrValue(w.user, "name");
    w.realname = attrValue(w.user, "realname");
    w.id = attrValue(w.user, "id");
    w.level = attrValue(w.user, "level");
    w.balance = attrValue(w.user, "balance");
    w.currency = attrValue(w.user, "currency");
    w.lang = attrValue(w.user, "lang");
    w.email = attrValue(w.user, "email");
    w.account = attrValue(w.user, "account");
    for (const Value &v : st.values) {
        if (v.name == QLatin1String("path"))
            w.path.append({ attrValue(v.attrs, "name"), attrValue(v.attrs, "level"), v.text.trimmed() });
        else if (v.name == QLatin1String("mgr") && w.mgr.isEmpty()) {
            w.mgr = v.text.trimmed();
            w.version = attrValue(v.attrs, "version");
        }
    }
    for (const State::ValueChild &c : st.valueChildren) {
        if (c.parent != QLatin1String("version"))
            continue;
        if (c.name == QLatin1String("core"))
            w.coreVersion = c.text.trimmed();
        else if (w.version.isEmpty() && (w.mgr.isEmpty() || c.name == w.mgr))
            w.version = c.text.trimmed();
    }
    reply.whoami = w;
}

} // namespace mgrdesk::protocol::detail
