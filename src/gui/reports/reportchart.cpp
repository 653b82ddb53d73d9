#include "reportchart.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QSvgGenerator>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mgrdesk::gui {

using namespace mgrdesk::protocol;

namespace {

bool isDark(const QPalette &p)
{
    return p.color(QPalette::Window).lightness() < 128;
}

QString number(double v)
{
    return QLocale().toString(v, 'f', qFuzzyCompare(v, std::round(v)) ? 0 : 2);
}

} // namespace

ReportChart::ReportChart(
    const ReportDiagram &diagram, QSharedPointer<TableData> rows, const ReportBand &band, QWidget *parent)
    : QChartView(parent)
    , m_diagram(diagram)
    , m_rows(std::move(rows))
{
    const ReportColumn *label = band.column(diagram.label);
    m_labelTitle = label && !label->title.isEmpty() ? label->title : diagram.label;
    for (const QString &d : diagram.data) {
        const ReportColumn *c = band.column(d);
        m_seriesNames.append(c && !c->title.isEmpty() ? c->title : d);
    }
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(260, 220);
    build();
}

QString ReportChart::title() const
{
    return m_diagram.title.isEmpty() ? m_diagram.name : m_diagram.title;
}

void ReportChart::build()
{
    auto *chart = new QChart;
    chart->setTitle(title());
    const TableData *t = m_rows.data();
    const int labelColumn = t ? t->columnIndex(m_diagram.label) : -1;
    QList<int> dataColumns;
    for (const QString &d : m_diagram.data)
        dataColumns.append(t ? t->columnIndex(d) : -1);
    m_labels.clear();
    m_values = QList<QList<double>>(dataColumns.size());
    const int n = t ? t->rowCount() : 0;
    for (int r = 0; r < n; ++r) {
        m_labels.append(labelColumn >= 0 ? t->cell(r, labelColumn) : QString::number(r + 1));
        for (int k = 0; k < dataColumns.size(); ++k)
            m_values[k].append(
                dataColumns[k] >= 0 ? reportNumber(t->cell(r, dataColumns[k])).value_or(0) : 0);
    }
    const bool pie = m_diagram.type == QLatin1String("pie");
    if (m_labels.size() > kMaxPoints) {
        // summarise: a pie keeps its biggest slices, a histogram its first bars; the rest is one "Other"
        m_summarised = true;
        QList<int> order(m_labels.size());
        std::iota(order.begin(), order.end(), 0);
        if (pie && !m_values.isEmpty())
            std::stable_sort(
                order.begin(), order.end(), [this](int a, int b) { return m_values[0][a] > m_values[0][b]; });
        QStringList labels;
        QList<QList<double>> values(m_values.size());
        for (int i = 0; i < kMaxPoints - 1; ++i) {
            labels.append(m_labels[order[i]]);
            for (int k = 0; k < m_values.size(); ++k)
                values[k].append(m_values[k][order[i]]);
        }
        labels.append(tr("Other"));
        for (int k = 0; k < m_values.size(); ++k) {
            double rest = 0;
            for (int i = kMaxPoints - 1; i < order.size(); ++i)
                rest += m_values[k][order[i]];
            values[k].append(rest);
        }
        m_labels = labels;
        m_values = values;
    }
    if (pie) {
        auto *series = new QPieSeries(chart);
        const QList<double> values = m_values.value(0);
        for (int i = 0; i < m_labels.size(); ++i) {
            QPieSlice *slice = series->append(m_labels[i], values.value(i));
            slice->setLabelVisible(m_labels.size() <= 12);
        }
        connect(series, &QPieSeries::hovered, this, [this](QPieSlice *slice, bool state) {
            slice->setExploded(state);
            if (state)
                showHover(tr("%1: %2 (%3 %)")
                              .arg(slice->label(), number(slice->value()),
                                  QLocale().toString(slice->percentage() * 100, 'f', 1)));
            else
                QToolTip::hideText();
        });
        chart->addSeries(series);
        chart->legend()->setAlignment(Qt::AlignRight);
    } else {
        auto *series = new QBarSeries(chart);
        for (int k = 0; k < m_values.size(); ++k) {
            auto *set = new QBarSet(m_seriesNames.value(k));
            for (double v : m_values[k])
                set->append(v);
            series->append(set);
        }
        connect(series, &QBarSeries::hovered, this, [this](bool status, int index, QBarSet *set) {
            if (status)
                showHover(tr("%1 — %2: %3").arg(m_labels.value(index), set->label(), number(set->at(index))));
            else
                QToolTip::hideText();
        });
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis(chart);
        x->append(m_labels);
        x->setTitleText(m_labelTitle);
        if (m_labels.size() > 12)
            x->setLabelsAngle(-60);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        auto *y = new QValueAxis(chart);
        y->setLabelFormat(QStringLiteral("%g"));
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
        y->applyNiceNumbers();
        chart->legend()->setVisible(m_values.size() > 1);
    }
    QChart *old = this->chart();
    setChart(chart);
    delete old;
    applyPalette();
}

void ReportChart::showHover(const QString &text)
{
    m_hoverText = text;
    QToolTip::showText(QCursor::pos(), text, this);
}

void ReportChart::applyPalette()
{
    QChart *c = chart();
    if (!c)
        return;
    const QPalette p = palette();
    c->setTheme(isDark(p) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    c->setBackgroundBrush(p.brush(QPalette::Base));
    c->setTitleBrush(p.brush(QPalette::Text));
    c->legend()->setLabelColor(p.color(QPalette::Text));
    for (QAbstractAxis *axis : c->axes()) {
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setTitleBrush(p.brush(QPalette::Text));
    }
    for (QAbstractSeries *s : c->series())
        if (auto *pie = qobject_cast<QPieSeries *>(s))
            for (QPieSlice *slice : pie->slices())
                slice->setLabelColor(p.color(QPalette::Text));
    setBackgroundBrush(p.brush(QPalette::Base));
}

void ReportChart::setCompact(bool compact)
{
    if (QChart *c = chart()) {
        c->legend()->setVisible(!compact && (m_values.size() > 1 || m_diagram.type == QLatin1String("pie")));
        if (compact)
            c->setTitle(QString());
    }
    setMinimumSize(compact ? QSize(200, 150) : QSize(260, 220));
}

void ReportChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

QImage ReportChart::toImage(const QSize &size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), chart()->rect());
    return image;
}

bool ReportChart::savePng(const QString &path) const
{
    const QSize size = this->size().expandedTo(QSize(640, 400));
    return toImage(size).save(path, "PNG");
}

bool ReportChart::saveSvg(const QString &path) const
{
    QSvgGenerator svg;
    svg.setFileName(path);
    const QSize size = this->size().expandedTo(QSize(640, 400));
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(title());
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), chart()->rect());
    return painter.end();
}

void ReportChart::copyToClipboard() const
{
    QApplication::clipboard()->setImage(toImage(size().expandedTo(QSize(640, 400))));
}

void ReportChart::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Save as PNG…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the chart"), title() + QStringLiteral(".png"), tr("PNG images (*.png)"));
        if (!path.isEmpty() && !savePng(path))
            QToolTip::showText(QCursor::pos(), tr("The chart could not be saved to “%1”.").arg(path), this);
    });
    menu.addAction(tr("Save as SVG…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the chart"), title() + QStringLiteral(".svg"), tr("SVG images (*.svg)"));
        if (!path.isEmpty() && !saveSvg(path))
            QToolTip::showText(QCursor::pos(), tr("The chart could not be saved to “%1”.").arg(path), this);
    });
    menu.addAction(tr("Copy"), this, [this] { copyToClipboard(); });
    menu.exec(event->globalPos());
}

} // namespace mgrdesk::gui
