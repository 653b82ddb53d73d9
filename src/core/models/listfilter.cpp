#include "listfilter.h"

#include "formdescription.h"
#include "listloader.h"
#include "tablemodel.h"

#include "core/net/connection.h"

#include <QLoggingCategory>

namespace mgrdesk::models {

Q_DECLARE_LOGGING_CATEGORY(lcLists)

namespace {
const QLatin1String kFilterSuffix(".filter");

bool isFilterParameter(const QString &name)
{
    static const QStringList paging { QStringLiteral("filter"), QStringLiteral("p_num"),
        QStringLiteral("p_cnt"), QStringLiteral("p_sort"), QStringLiteral("p_order"), QStringLiteral("sort"),
        QStringLiteral("pagesize"), QStringLiteral("startidx"), QStringLiteral("out"), QStringLiteral("plid"),
        QStringLiteral("elid") };
    return !paging.contains(name);
}

// Values that filter nothing (protocol.md §8.3, the real payment.filter form): a select's "null" ("-- not
// set --"), a period's "nodate" ("for all time"), an empty value.
bool isNeutralKey(const QString &key)
{
    return key.isEmpty() || key == QLatin1String("null") || key == QLatin1String("nodate");
}

// The server's own flag (<filter>on|off</filter> in the list reply), when the list said it.
std::optional<bool> serverFlag(const ListLoader *loader)
{
    if (!loader || !loader->model() || !loader->model()->tableData())
        return std::nullopt;
    return loader->model()->tableData()->filterActive;
}
} // namespace

ListFilter::ListFilter(ListLoader *loader, QObject *parent)
    : QObject(parent)
    , m_loader(loader)
{
    if (!loader)
        return;
    // Page 1 of a load, or a finished refresh: the filter may have changed (a filter form was accepted, the
    // web interface changed it, X.setfilter was run): read it again.
    connect(loader, &ListLoader::pageLoaded, this, [this](int page, int) {
        if (page == 1)
            fetch();
    });
    connect(loader, &ListLoader::refreshed, this, &ListFilter::fetch);
}

QString ListFilter::filterFunction() const
{
    if (!m_loader || !m_loader->model() || !m_loader->model()->tableData())
        return {};
    const auto &toolbar = m_loader->model()->tableData()->metadata.toolbar;
    const QString own = m_loader->function() + kFilterSuffix;
    for (const auto &b : toolbar)
        if (b.func == own)
            return b.func;
    for (const auto &b : toolbar)
        if (b.func.endsWith(kFilterSuffix))
            return b.func;
    return {};
}

QString ListFilter::filterButton() const
{
    const QString func = filterFunction();
    if (func.isEmpty())
        return {};
    for (const auto &b : m_loader->model()->tableData()->metadata.toolbar)
        if (b.func == func)
            return b.name;
    return {};
}

QString ListFilter::summary() const
{
    QStringList parts;
    for (const auto &c : m_conditions)
        parts.append(tr("%1 = %2", "filter condition: field = value").arg(c.label, c.display));
    return parts.join(tr(", ", "between filter conditions"));
}

protocol::Request ListFilter::formRequest() const
{
    protocol::Request request(filterFunction());
    if (m_loader && !m_loader->plid().isEmpty())
        request.setPlid(m_loader->plid());
    return request;
}

void ListFilter::fetch()
{
    const QString func = filterFunction();
    net::Connection *connection = m_loader ? m_loader->connection() : nullptr;
    if (func.isEmpty() || !connection) {
        setConditions(conditionsFromParameters(), false);
        return;
    }
    if (m_fetchJob)
        m_fetchJob->cancel();
    if (serverFlag(m_loader) == false) {
        // The list itself says that no filter is on: nothing to read, nothing to show.
        ++m_generation;
        setConditions({}, true);
        return;
    }
    protocol::Request request = formRequest();
    request.set(QStringLiteral("out"), QStringLiteral("devel")); // titles of the fields
    const quint64 generation = ++m_generation;
    net::ApiJob *job = connection->send(request, this, m_loader->jobOptions());
    m_fetchJob = job;
    connect(job, &net::ApiJob::finished, this, [this, generation](const net::ApiResult &result) {
        if (generation != m_generation || result.status == net::ApiResult::Status::Cancelled)
            return;
        if (result.ok() && result.reply.form) {
            const auto description = FormDescription::fromData(*result.reply.form, false);
            m_labels.clear();
            for (const auto &f : description.fields())
                m_labels.insert(f.name, f.label.isEmpty() ? f.name : f.label);
            setConditions(conditionsFrom(*result.reply.form), true);
            return;
        }
        // The form could not be read: what the loader sends, else what was known.
        qCInfo(lcLists) << "filter form" << filterFunction() << "not read:" << result.message;
        const auto own = conditionsFromParameters();
        if (!own.isEmpty())
            setConditions(own, false);
    });
}

void ListFilter::clear()
{
    net::Connection *connection = m_loader ? m_loader->connection() : nullptr;
    if (!m_loader || isClearing())
        return;
    // The loader's own filter parameters go in any case: they would apply the filter again with every page.
    QList<protocol::Request::Param> kept;
    bool hadOwn = false;
    for (const auto &p : m_loader->parameters()) {
        if (p.first == QLatin1String("filter") || isFilterParameter(p.first)) {
            hadOwn = true;
            continue;
        }
        kept.append(p);
    }
    m_loader->setParameters(kept);
    if (filterFunction().isEmpty() || !connection) {
        if (!hadOwn && !filterFunction().isEmpty()) {
            Q_EMIT clearFailed(tr("Not connected."));
            return;
        }
        setConditions({}, false);
        Q_EMIT cleared();
        return;
    }
    ++m_generation; // a running fetch is stale now
    protocol::Request request = formRequest();
    request.set(QStringLiteral("sok"), QStringLiteral("ok"));
    request.set(QStringLiteral("clicked_button"), QStringLiteral("reset"));
    net::ApiJob *job = connection->send(request, this, m_loader->jobOptions());
    m_clearJob = job;
    Q_EMIT changed(); // isClearing()
    connect(job, &net::ApiJob::finished, this, [this](const net::ApiResult &result) {
        m_clearJob.clear();
        if (result.status == net::ApiResult::Status::Cancelled) {
            Q_EMIT changed();
            return;
        }
        if (!result.ok()) {
            Q_EMIT changed();
            Q_EMIT clearFailed(result.message);
            return;
        }
        setConditions({}, true);
        Q_EMIT cleared();
    });
}

QList<ListFilterCondition> ListFilter::conditionsFrom(const protocol::FormData &form)
{
    using Kind = FormFieldInfo::Kind;
    QList<ListFilterCondition> out;
    const FormDescription description = FormDescription::fromData(form, false);
    for (const FormFieldInfo &f : description.fields()) {
        if (!f.hasValue() || f.kind == Kind::Hidden || f.kind == Kind::Password)
            continue;
        const QString value = form.value(f.name);
        if (isNeutralKey(value.trimmed()))
            continue;
        ListFilterCondition c;
        c.field = f.name;
        c.label = f.label.isEmpty() ? f.name : f.label;
        c.value = value;
        switch (f.kind) {
        case Kind::Checkbox:
            if (value != QLatin1String("on"))
                continue;
            c.display = tr("yes");
            break;
        case Kind::Select:
        case Kind::Radio:
        case Kind::Multiple: {
            QStringList labels;
            bool onlyNull = true;
            const QStringList keys = f.kind == Kind::Multiple
                ? value.split(QLatin1Char(','), Qt::SkipEmptyParts)
                : QStringList { value };
            for (const QString &raw : keys) {
                const QString key = raw.trimmed();
                QString label = key;
                bool isNull = isNeutralKey(key);
                for (const auto &o : f.options)
                    if (o.key == key) {
                        label = o.label.isEmpty() ? key : o.label;
                        isNull = isNull || o.isNull;
                    }
                if (isNull)
                    continue;
                onlyNull = false;
                labels.append(label);
            }
            if (onlyNull)
                continue;
            c.display = labels.join(QStringLiteral(", "));
            break;
        }
        default:
            c.display = value;
            break;
        }
        out.append(c);
    }
    return out;
}

QList<ListFilterCondition> ListFilter::conditionsFromParameters() const
{
    QList<ListFilterCondition> out;
    if (!m_loader)
        return out;
    const auto params = m_loader->parameters();
    bool on = false;
    for (const auto &p : params)
        on = on || (p.first == QLatin1String("filter") && p.second == QLatin1String("on"));
    if (!on)
        return out;
    for (const auto &p : params) {
        if (!isFilterParameter(p.first) || p.second.isEmpty())
            continue;
        ListFilterCondition c;
        c.field = p.first;
        c.label = m_labels.value(p.first, p.first);
        c.value = p.second;
        c.display = p.second;
        out.append(c);
    }
    return out;
}

void ListFilter::setConditions(const QList<ListFilterCondition> &conditions, bool fromServer)
{
    bool same = conditions.size() == m_conditions.size() && fromServer == m_fromServer;
    for (qsizetype i = 0; same && i < conditions.size(); ++i)
        same = conditions.at(i).field == m_conditions.at(i).field
            && conditions.at(i).value == m_conditions.at(i).value
            && conditions.at(i).display == m_conditions.at(i).display
            && conditions.at(i).label == m_conditions.at(i).label;
    m_conditions = conditions;
    m_fromServer = fromServer;
    if (!same)
        Q_EMIT changed();
}

} // namespace mgrdesk::models
