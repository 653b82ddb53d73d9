#include "periodpicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace mgrdesk::gui {

using namespace mgrdesk::protocol;

namespace {

bool attrIs(const FormField &f, const char *name, const char *value)
{
    for (const auto &a : f.attributes)
        if (a.first == QLatin1String(name) && a.second == QLatin1String(value))
            return true;
    return false;
}

} // namespace

bool PeriodPicker::findFields(const FormData &form, QString *select, QString *start, QString *end)
{
    QString s, a, b;
    for (const FormField &f : form.fields) {
        if (s.isEmpty()
            && (f.control == QLatin1String("period")
                || (f.control == QLatin1String("select") && attrIs(f, "period", "yes"))))
            s = f.name;
        else if (f.control == QLatin1String("input") && attrIs(f, "period", "yes")) {
            if (a.isEmpty())
                a = f.name;
            else if (b.isEmpty())
                b = f.name;
        }
    }
    if (s.isEmpty())
        return false;
    if (select)
        *select = s;
    if (start)
        *start = a;
    if (end)
        *end = b;
    return true;
}

PeriodPicker::PeriodPicker(const FormData &form, QWidget *parent)
    : QWidget(parent)
{
    findFields(form, &m_select, &m_start, &m_end);
    for (const SelectOption &o : form.options.value(m_select))
        m_keys.append(o.key);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("periodChoice"));
    const QList<QPair<Choice, QString>> choices = { { Today, tr("Today") }, { ThisWeek, tr("This week") },
        { ThisMonth, tr("This month") }, { LastMonth, tr("Last month") }, { ThisQuarter, tr("This quarter") },
        { ThisYear, tr("This year") }, { LastYear, tr("Last year") }, { AllTime, tr("All time") },
        { Custom, tr("Custom range") } };
    for (const auto &c : choices)
        m_combo->addItem(c.second, int(c.first));
    m_fromEdit = new QDateEdit(this);
    m_toEdit = new QDateEdit(this);
    for (QDateEdit *e : { m_fromEdit, m_toEdit }) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_fromEdit->setObjectName(QStringLiteral("periodFrom"));
    m_toEdit->setObjectName(QStringLiteral("periodTo"));
    layout->addWidget(m_combo);
    layout->addWidget(new QLabel(tr("from"), this));
    layout->addWidget(m_fromEdit);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_toEdit);
    layout->addStretch(1);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        updateDates();
        Q_EMIT changed();
    });
    for (QDateEdit *e : { m_fromEdit, m_toEdit })
        connect(e, &QDateEdit::userDateChanged, this, [this] {
            if (choice() != Custom) {
                const QSignalBlocker block(m_combo);
                m_combo->setCurrentIndex(m_combo->findData(int(Custom)));
            }
            Q_EMIT changed();
        });
    setChoice(ThisMonth);
    // the server's current value, when it sent one
    QHash<QString, QString> values;
    for (const auto &v : form.values)
        values.insert(v.first, v.second);
    setParams(values);
}

PeriodPicker::Choice PeriodPicker::choice() const
{
    return Choice(m_combo->currentData().toInt());
}

void PeriodPicker::setChoice(Choice c)
{
    m_combo->setCurrentIndex(m_combo->findData(int(c)));
    updateDates();
}

void PeriodPicker::setRange(const QDate &from, const QDate &to)
{
    const QSignalBlocker block(m_combo);
    m_combo->setCurrentIndex(m_combo->findData(int(Custom)));
    m_fromEdit->setDate(from);
    m_toEdit->setDate(to);
    updateDates();
}

QDate PeriodPicker::from() const
{
    return m_fromEdit->date();
}

QDate PeriodPicker::to() const
{
    return m_toEdit->date();
}

QPair<QDate, QDate> PeriodPicker::rangeOf(Choice c, const QDate &today)
{
    const QDate month(today.year(), today.month(), 1);
    switch (c) {
    case Today:
        return { today, today };
    case ThisWeek:
        return { today.addDays(1 - today.dayOfWeek()), today };
    case ThisMonth:
        return { month, today };
    case LastMonth:
        return { month.addMonths(-1), month.addDays(-1) };
    case ThisQuarter:
        return { QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1), today };
    case ThisYear:
        return { QDate(today.year(), 1, 1), today };
    case LastYear:
        return { QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31) };
    case AllTime:
    case Custom:
        break;
    }
    return {};
}

void PeriodPicker::updateDates()
{
    const Choice c = choice();
    const bool custom = c == Custom;
    m_fromEdit->setEnabled(custom);
    m_toEdit->setEnabled(custom);
    if (!custom && c != AllTime) {
        const auto range = rangeOf(c, m_today);
        m_fromEdit->setDate(range.first);
        m_toEdit->setDate(range.second);
    }
}

QString PeriodPicker::serverKey(Choice c) const
{
    // the server's own keys (BILLmanager 6's period select), when its select offers them
    static const QHash<int, QString> keys = { { AllTime, QStringLiteral("nodate") },
        { Today, QStringLiteral("today") }, { ThisWeek, QStringLiteral("currentweek") },
        { ThisMonth, QStringLiteral("currentmonth") }, { LastMonth, QStringLiteral("lastmonth") },
        { ThisYear, QStringLiteral("currentyear") }, { LastYear, QStringLiteral("lastyear") } };
    const QString key = keys.value(int(c));
    return !key.isEmpty() && (m_keys.isEmpty() || m_keys.contains(key)) ? key : QString();
}

QList<QPair<QString, QString>> PeriodPicker::params() const
{
    const Choice c = choice();
    const QString key = serverKey(c);
    QList<QPair<QString, QString>> out;
    if (!key.isEmpty()) {
        out.append({ m_select, key });
        if (!m_start.isEmpty())
            out.append({ m_start, QString() });
        if (!m_end.isEmpty())
            out.append({ m_end, QString() });
    } else {
        out.append({ m_select, QStringLiteral("other") });
        if (!m_start.isEmpty())
            out.append({ m_start, c == AllTime ? QString() : from().toString(Qt::ISODate) });
        if (!m_end.isEmpty())
            out.append({ m_end, c == AllTime ? QString() : to().toString(Qt::ISODate) });
    }
    return out;
}

void PeriodPicker::setParams(const QHash<QString, QString> &values)
{
    const QString key = values.value(m_select);
    if (key.isEmpty())
        return;
    static const QHash<QString, int> choices = { { QStringLiteral("nodate"), AllTime },
        { QStringLiteral("today"), Today }, { QStringLiteral("currentweek"), ThisWeek },
        { QStringLiteral("currentmonth"), ThisMonth }, { QStringLiteral("lastmonth"), LastMonth },
        { QStringLiteral("currentyear"), ThisYear }, { QStringLiteral("lastyear"), LastYear } };
    if (choices.contains(key)) {
        setChoice(Choice(choices.value(key)));
        return;
    }
    const QDate a = QDate::fromString(values.value(m_start), Qt::ISODate);
    const QDate b = QDate::fromString(values.value(m_end), Qt::ISODate);
    if (a.isValid() && b.isValid())
        setRange(a, b);
}

QString PeriodPicker::summary() const
{
    const Choice c = choice();
    if (c == AllTime)
        return m_combo->currentText();
    return tr("%1 (%2 – %3)")
        .arg(m_combo->currentText(), from().toString(Qt::ISODate), to().toString(Qt::ISODate));
}

} // namespace mgrdesk::gui
