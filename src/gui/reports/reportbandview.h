#pragma once
// One band of a report as shown (docs/protocol.md §13): its title, a table of its <col>s on the list's
// TableModel (sortable), a footer row with the total="count|sum" totals, and its <diagram>s as charts. A
// click on a cell of a link="yes" column asks to open the nested band of that row.
#include "core/protocol/reportreply.h"

#include <QWidget>

class QLabel;
class QTableView;
class QTableWidget;

namespace mgrdesk::models {
class TableModel;
}

namespace mgrdesk::gui {

class ReportChart;

class ReportBandView : public QWidget
{
    Q_OBJECT
public:
    ReportBandView(const protocol::ReportBand &band, QSharedPointer<protocol::ReportBandData> data,
        QWidget *parent = nullptr);

    const protocol::ReportBand &band() const { return m_band; }
    QSharedPointer<protocol::ReportBandData> data() const { return m_data; }
    models::TableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTableWidget *footer() const { return m_footer; }
    QList<ReportChart *> charts() const { return m_charts; }
    QList<protocol::ReportTotal> totals() const { return m_totals; }
    // The footer's text under a column ("" when the column has no total).
    QString footerText(const QString &column) const;
    // Whether a data row can be opened (a link column and a nested band with rows, or a linked function).
    bool canOpen(int sourceRow) const;
    QString linkText(int sourceRow) const; // the link column's cell, for the breadcrumb

Q_SIGNALS:
    void openRequested(int sourceRow);

private:
    void syncFooter();

    protocol::ReportBand m_band;
    QSharedPointer<protocol::ReportBandData> m_data;
    models::TableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QTableWidget *m_footer = nullptr;
    QList<ReportChart *> m_charts;
    QList<protocol::ReportTotal> m_totals;
    QString m_linkColumn;
};

} // namespace mgrdesk::gui
