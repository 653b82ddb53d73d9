#pragma once
// The period of a report's parameter form (docs/protocol.md §13, §7): a select with period="yes" and the two
// date inputs of its custom range (periodstart/periodend, or createdatestart/createdateend…). Shown as one
// choice (today, this week, this month, last month, this quarter, this year, last year, all time, a custom
// range) with two calendars; it sends what the server expects: the server's own key when its select offers
// one (currentweek, lastmonth…), else "other" with the dates computed here.
#include "core/protocol/reply.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;

namespace mgrdesk::gui {

class PeriodPicker : public QWidget
{
    Q_OBJECT
public:
    enum Choice { AllTime, Today, ThisWeek, ThisMonth, LastMonth, ThisQuarter, ThisYear, LastYear, Custom };
    Q_ENUM(Choice)

    // The period fields of `form`: false when it has none (then the picker is not used).
    static bool findFields(const protocol::FormData &form, QString *select, QString *start, QString *end);

    explicit PeriodPicker(const protocol::FormData &form, QWidget *parent = nullptr);

    QString selectField() const { return m_select; }
    QStringList fieldNames() const { return { m_select, m_start, m_end }; }
    Choice choice() const;
    void setChoice(Choice choice);
    void setRange(const QDate &from, const QDate &to); // selects Custom
    QDate from() const;
    QDate to() const;
    // The request parameters: select key, start, end.
    QList<QPair<QString, QString>> params() const;
    // Restores from remembered or server values (select key and dates).
    void setParams(const QHash<QString, QString> &values);
    QString summary() const; // "this month (2026-03-01 – 2026-03-02)"
    static QPair<QDate, QDate> rangeOf(Choice choice, const QDate &today);
    void setToday(const QDate &today) { m_today = today; } // tests: a fixed "today"

Q_SIGNALS:
    void changed();

private:
    QString serverKey(Choice choice) const;
    void updateDates();

    QString m_select, m_start, m_end;
    QStringList m_keys; // the select's options
    QComboBox *m_combo = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QDate m_today = QDate::currentDate();
};

} // namespace mgrdesk::gui
