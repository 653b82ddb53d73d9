#pragma once
// One compact list of the client card (docs/clientcard.md): a titled frame with a refresh button, a short
// table of the list's first rows filtered to the client by the server (X.setfilter&elid=ACCOUNT, or the
// list's filter parameters), "N of TOTAL", its own error line, and "Open list". It loads asynchronously and
// fails alone; a double click opens the row's element (the list's default button) through the page router.
#include "core/net/joboptions.h"
#include "core/routing/pagerequest.h"

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QTableView;
class QToolButton;
QT_END_NAMESPACE

namespace mgrdesk::net {
class Connection;
struct ApiResult;
} // namespace mgrdesk::net
namespace mgrdesk::models {
class TableModel;
}

namespace mgrdesk::gui {

// What one block shows and how the server filters it to the client.
struct ClientCardListSpec
{
    enum class Filter {
        SetFilter, // LIST.setfilter&elid=ACCOUNT, then LIST (BILLmanager's "Show client's records")
        Params // LIST&filter=on&FIELD=VALUE (the list's filter form fields in the request)
    };
    QString name; // object name suffix and id ("payment")
    QString function; // the list
    QString title; // translated
    Filter filter = Filter::SetFilter;
    QString filterField; // Params: the filter form's field
    bool byLogin = false; // the filter value is the client's login (else the account id)
    QString sortColumn; // empty: the server's order; else newest first by this column
};

class ClientCardBlock : public QWidget
{
    Q_OBJECT
public:
    ClientCardBlock(net::Connection *connection, const ClientCardListSpec &spec,
        const net::JobOptions &options, int rows, QWidget *parent = nullptr);

    const ClientCardListSpec &spec() const { return m_spec; }
    // Loads the rows of the client `value` (account id or login, as the spec says). Cancels a load in flight.
    void load(const QString &value);
    void refresh(); // the last value again
    void showError(const QString &message); // without a request (the client could not be resolved)
    QString value() const { return m_value; }

    bool isLoaded() const { return m_loaded; } // the last load finished (rows or an error)
    bool isLoading() const { return m_loading; }
    models::TableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QToolButton *openListButton() const { return m_openList; }
    QString errorText() const; // empty when the last load succeeded
    QString statusText() const; // "3 of 12", "No records"
    // What a double click on `row` (model row) opens: the list's default button for that row (a form, or a
    // child list for editlist), else the full list.
    routing::PageRequest requestForRow(int row) const;
    routing::PageRequest listRequest() const;

Q_SIGNALS:
    void loaded(bool ok);
    void openRequested(const mgrdesk::routing::PageRequest &request);

private:
    void fetchList();
    void finishList(const net::ApiResult &result, int generation);
    void fail(const QString &message);
    void fitHeight(); // exactly m_rows rows tall

    QPointer<net::Connection> m_connection;
    ClientCardListSpec m_spec;
    net::JobOptions m_options;
    int m_rows = 8;
    QString m_value;
    int m_generation = 0; // a reply of an older load is ignored
    bool m_loaded = false;
    bool m_loading = false;
    QString m_defaultFunc, m_defaultType; // the list's default button
    models::TableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QToolButton *m_refresh = nullptr;
    QToolButton *m_openList = nullptr;
};

} // namespace mgrdesk::gui
