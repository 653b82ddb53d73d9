#pragma once
// What a cross-server search asks one server (docs/search.md): which lists, through which of their own filter
// fields, for a query. Widget-free; the plan depends only on the query's shape and the functions the
// account's menu offers.

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace mgrdesk::search {

enum class ResultKind { Client, Service, Invoice, Payment, Ticket };

// One list searched on one server: its filter fields are tried one after another (the server's filter fields
// are ANDed, so "name or e-mail" is two requests), the results merged by row key.
struct SearchTarget
{
    ResultKind kind = ResultKind::Client;
    QString list; // the list function: account, vds, domain, payment, invoice, ticket_all
    QStringList fields; // filter fields of LIST.filter, in order

    // The lists and fields a query needs, among `functions` (the account's menu actions; empty: not known,
    // every list is tried and those the server lacks are skipped when their filter form fails):
    //   contains '@'           clients by e-mail only
    //   an IPv4 address (part) services by IP only
    //   digits only            tickets by id as well as by subject; invoice and payment numbers
    //   otherwise              clients by name and e-mail, services by domain, numbers, ticket subjects
    // A query shorter than minimumQueryLength() plans nothing.
    static QList<SearchTarget> plan(const QString &query, const QStringList &functions = {});
    static int minimumQueryLength() { return 2; }
};

// One row found.
struct SearchResult
{
    QString accountId;
    ResultKind kind = ResultKind::Client;
    QString list; // the list it came from
    QString key; // the row key (sent back as elid)
    QString title; // the keyname column (a client's name, a domain, a number, a subject)
    QString detail; // a few other cells, joined with " · "
    QString field; // the filter field that matched
    // The form that opens this row: the list toolbar's default "edit" button, else its first "edit" button;
    // empty when the list has none (the list itself is opened then).
    QString openFunction;
};

} // namespace mgrdesk::search

Q_DECLARE_METATYPE(mgrdesk::search::SearchResult)
