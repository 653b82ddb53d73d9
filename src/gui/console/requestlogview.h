#pragma once
// The account's request log (net::RequestLog, already masked) as a list for the request console, newest
// first, with a filter. Activating an entry (Enter, double-click, "Load into Editor") emits loadRequested
// with the entry, so a request made anywhere in the app (open a list, then look here) can be studied and
// re-sent.

#include "core/net/requestlogentry.h"

#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
QT_END_NAMESPACE

namespace mgrdesk::net {
class RequestLog;
}

namespace mgrdesk::gui {

class RequestLogView : public QWidget
{
    Q_OBJECT
public:
    explicit RequestLogView(net::RequestLog *log, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QLineEdit *filterEdit() const { return m_filter; }
    int entryCount() const; // rows shown (after the filter)
    net::RequestLogEntry entryAt(int row) const; // row in the list as shown (0 = newest)
    // The newest entry whose function is `function` (row, -1 when none).
    int findFunction(const QString &function) const;
    void loadRow(int row); // as activating that row

Q_SIGNALS:
    void loadRequested(const mgrdesk::net::RequestLogEntry &entry);

private:
    void addEntry(const net::RequestLogEntry &entry);
    void reload();
    void applyFilter();

    QPointer<net::RequestLog> m_log;
    QTreeWidget *m_list = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_load = nullptr;
};

} // namespace mgrdesk::gui
