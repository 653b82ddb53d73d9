#pragma once
// The server-side filter of one list (docs/protocol.md §5): what is applied, in words, and a way to clear
// it.
//
// BILLmanager remembers a list's filter per user and list; the list reply only says that one is on (the demo
// server sends <filter>on</filter>, which the parser does not keep). What is applied is read from the list's
// own filter form, X.filter opened without sok: its values are the remembered filter, its messages and slist
// give the field titles and option labels ("Status = Paid"). That form is read only after a page 1 of the
// list arrived (load, refresh) and only when the list's toolbar has the filter button; opening a filter form
// has no side effect (unlike e.g. a ticket form). When it cannot be read, the filter parameters the loader
// itself sends (filter=on&FIELD=VALUE…) are shown instead, and the last known conditions are kept.
//
// clear() presses the filter form's reset button (X.filter&sok=ok&clicked_button=reset), drops the loader's
// own filter parameters and emits cleared(): the view then reloads the list from page 1.

#include "core/net/apijob.h"
#include "core/protocol/reply.h"
#include "core/protocol/request.h"

#include <QObject>
#include <QPointer>

namespace mgrdesk::models {

class ListLoader;

struct ListFilterCondition
{
    QString field; // form field name (status)
    QString label; // its title from the form's messages, else the name (Status)
    QString value; // raw value sent to the server (2)
    QString display; // what the user reads: an option's label, else the value (Paid)
};

class ListFilter : public QObject
{
    Q_OBJECT
public:
    explicit ListFilter(ListLoader *loader, QObject *parent = nullptr);

    // The filter form of the list: the toolbar button whose func is LIST.filter (else any *.filter), or
    // empty.
    QString filterFunction() const;
    // The toolbar button that opens it (its name), or empty.
    QString filterButton() const;

    bool isActive() const { return !m_conditions.isEmpty(); }
    QList<ListFilterCondition> conditions() const { return m_conditions; }
    // "Status = Paid, Number contains 00012" style one-liner (translated).
    QString summary() const;
    bool fromServer() const { return m_fromServer; } // the conditions were read from the filter form
    bool isClearing() const { return !m_clearJob.isNull(); }

    void fetch(); // reads the filter form now (when the list has one)
    void clear(); // resets the filter on the server; cleared() or clearFailed()

    // The active conditions of a filter form reply: every visible field with a value that filters (a select
    // other than "null", a checkbox that is on, non-empty text).
    static QList<ListFilterCondition> conditionsFrom(const protocol::FormData &form);
    // The loader's own filter parameters (after filter=on), titled from the last filter form seen, if any.
    QList<ListFilterCondition> conditionsFromParameters() const;

Q_SIGNALS:
    void changed();
    void cleared();
    void clearFailed(const QString &message);

private:
    void setConditions(const QList<ListFilterCondition> &conditions, bool fromServer);
    protocol::Request formRequest() const;

    QPointer<ListLoader> m_loader;
    QList<ListFilterCondition> m_conditions;
    bool m_fromServer = false;
    QHash<QString, QString> m_labels; // field → title, from the last filter form seen
    QPointer<net::ApiJob> m_fetchJob, m_clearJob;
    quint64 m_generation = 0;
};

} // namespace mgrdesk::models
