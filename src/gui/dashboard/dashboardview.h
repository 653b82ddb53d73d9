#pragma once
// The home page (docs/protocol.md §13, docs/reports.md): func=dashboard's <block>s laid out by position (top
// across the page, then left and right columns). Toolbar blocks are rows of buttons, list blocks compact
// tables of their `rows` rows (sorted by their sorted column) with "More…" opening the full list, report
// blocks small charts of the report's first diagram; each block has its own refresh.
#include "core/net/joboptions.h"
#include "core/protocol/reportreply.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace mgrdesk::net {
class Connection;
}

namespace mgrdesk::gui {

class DashboardBlockView;

class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(net::Connection *connection, QWidget *parent = nullptr);

    void setJobOptions(const net::JobOptions &options) { m_options = options; }
    void load(); // func=dashboard, then every block's data
    QSharedPointer<protocol::DashboardData> dashboard() const { return m_dashboard; }
    QList<DashboardBlockView *> blocks() const { return m_blocks; }
    DashboardBlockView *block(const QString &name) const;
    QString title() const;
    bool isLoaded() const; // the page and every block have answered

Q_SIGNALS:
    void loaded(); // the page and every block's data
    void titleChanged(const QString &title);
    void openRequested(const QString &function, const QString &kind); // kind: list, form, report
    void failed(const QString &message);

private:
    void build();

    QPointer<net::Connection> m_connection;
    net::JobOptions m_options;
    QSharedPointer<protocol::DashboardData> m_dashboard;
    QList<DashboardBlockView *> m_blocks;
    QVBoxLayout *m_top = nullptr;
    QVBoxLayout *m_left = nullptr;
    QVBoxLayout *m_right = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_content = nullptr;
};

} // namespace mgrdesk::gui
