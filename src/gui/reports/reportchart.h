#pragma once
// One <diagram> of a report band drawn with Qt Charts (docs/protocol.md §13): "pie" as a pie whose slices are
// the band's rows (labels from the `label` column, values from the data column), "histogram" as bars with one
// series per <line data>. Hovering shows the value; colours follow the palette (a dark palette gets the dark
// theme); the context menu saves PNG/SVG and copies the chart. More than kMaxPoints rows are summarised (the
// smallest slices or the last bars become one "Other" point), so a big band stays responsive.
#include "core/protocol/reportreply.h"

#include <QChartView>

namespace mgrdesk::gui {

class ReportChart : public QChartView
{
    Q_OBJECT
public:
    static constexpr int kMaxPoints = 300;

    ReportChart(const protocol::ReportDiagram &diagram, QSharedPointer<protocol::TableData> rows,
        const protocol::ReportBand &band, QWidget *parent = nullptr);

    const protocol::ReportDiagram &diagram() const { return m_diagram; }
    QString title() const;
    // What is drawn: category labels and, per series (one per data column), the values.
    QStringList labels() const { return m_labels; }
    QList<QList<double>> values() const { return m_values; }
    QStringList seriesNames() const { return m_seriesNames; }
    bool isSummarised() const { return m_summarised; }
    QString hoverText() const { return m_hoverText; } // the last hover tooltip (tests)

    QImage toImage(const QSize &size) const;
    bool savePng(const QString &path) const;
    bool saveSvg(const QString &path) const;
    void copyToClipboard() const;
    void setCompact(bool compact); // dashboard blocks: no legend, small fonts

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void build();
    void applyPalette();
    void showHover(const QString &text);

    protocol::ReportDiagram m_diagram;
    QSharedPointer<protocol::TableData> m_rows;
    QString m_labelTitle;
    QStringList m_labels;
    QStringList m_seriesNames;
    QList<QList<double>> m_values;
    bool m_summarised = false;
    QString m_hoverText;
};

} // namespace mgrdesk::gui
