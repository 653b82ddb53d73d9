#pragma once
// One <block> of the dashboard (docs/protocol.md §13): a titled frame with a refresh button holding a row of
// buttons (toolbar), a compact table (list: its `rows` rows, its columns, "More…") or a small chart (report).
#include "core/net/joboptions.h"
#include "core/protocol/reportreply.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;
class QVBoxLayout;

namespace mgrdesk::net {
class Connection;
}
namespace mgrdesk::models {
class TableModel;
}

namespace mgrdesk::gui {

class ReportChart;

class DashboardBlockView : public QWidget
{
    Q_OBJECT
public:
    DashboardBlockView(net::Connection *connection, const protocol::DashboardBlock &block,
        const net::JobOptions &options, QWidget *parent = nullptr);

    const protocol::DashboardBlock &block() const { return m_block; }
    void refresh();
    bool isLoaded() const { return m_loaded; }
    QList<QToolButton *> buttons() const { return m_buttons; }
    models::TableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ReportChart *chart() const { return m_chart; }
    QToolButton *moreButton() const { return m_more; }
    QString errorText() const;

Q_SIGNALS:
    void loaded();
    void openRequested(const QString &function, const QString &kind);

private:
    void showList(const protocol::Reply &reply);
    void showReport(const protocol::Reply &reply);
    void setError(const QString &message);

    QPointer<net::Connection> m_connection;
    protocol::DashboardBlock m_block;
    net::JobOptions m_options;
    bool m_loaded = false;
    QVBoxLayout *m_body = nullptr;
    QList<QToolButton *> m_buttons;
    models::TableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    ReportChart *m_chart = nullptr;
    QToolButton *m_more = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace mgrdesk::gui
