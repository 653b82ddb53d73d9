#include "activityindicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QTimer>

namespace mgrdesk::gui {

BusySpinner::BusySpinner(QWidget *parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(80);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_angle = (m_angle + 30) % 360;
        update();
    });
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

QSize BusySpinner::sizeHint() const
{
    const int side = fontMetrics().height();
    return { side, side };
}

bool BusySpinner::isSpinning() const
{
    return m_timer->isActive();
}

void BusySpinner::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal side = qMin(width(), height()) - 4;
    const QRectF r((width() - side) / 2.0, (height() - side) / 2.0, side, side);
    QColor track = palette().color(QPalette::WindowText);
    track.setAlphaF(0.2f);
    QPen pen(track, qMax<qreal>(2.0, side / 7.0), Qt::SolidLine, Qt::RoundCap);
    p.setPen(pen);
    p.drawEllipse(r);
    pen.setColor(palette().color(QPalette::Highlight));
    p.setPen(pen);
    p.drawArc(r, -m_angle * 16, 100 * 16); // a quarter-and-a-bit arc going round
}

void BusySpinner::showEvent(QShowEvent *event)
{
    m_timer->start();
    QWidget::showEvent(event);
}

void BusySpinner::hideEvent(QHideEvent *event)
{
    m_timer->stop();
    QWidget::hideEvent(event);
}

ActivityIndicator::ActivityIndicator(QWidget *parent)
    : QWidget(parent)
    , m_spinner(new BusySpinner(this))
    , m_label(new QLabel(this))
    , m_showTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("activityIndicator"));
    setAccessibleName(tr("Running requests"));
    m_spinner->setObjectName(QStringLiteral("activitySpinner"));
    m_label->setObjectName(QStringLiteral("activityText"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_spinner);
    layout->addWidget(m_label);
    m_showTimer->setSingleShot(true);
    m_showTimer->setInterval(300);
    connect(m_showTimer, &QTimer::timeout, this, [this] {
        if (m_current + m_othersTotal > 0)
            show();
    });
    hide();
}

void ActivityIndicator::setShowDelay(int ms)
{
    m_showTimer->setInterval(qMax(0, ms));
}

QString ActivityIndicator::text() const
{
    return m_label->text();
}

void ActivityIndicator::setActivity(int current, const QList<QPair<QString, int>> &others)
{
    m_current = current;
    m_othersTotal = 0;
    QStringList lines;
    for (const auto &other : others) {
        if (other.second <= 0)
            continue;
        m_othersTotal += other.second;
        lines.append(tr("%1: %n request(s) running", nullptr, other.second).arg(other.first));
    }
    if (m_current > 0)
        m_label->setText(tr("%n request(s) running", nullptr, m_current));
    else if (m_othersTotal > 0)
        m_label->setText(tr("%n request(s) running for other accounts", nullptr, m_othersTotal));
    else
        m_label->clear();
    setToolTip(lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')));
    setAccessibleDescription(m_label->text());
    apply();
}

void ActivityIndicator::apply()
{
    if (m_current + m_othersTotal == 0) {
        m_showTimer->stop();
        hide();
        return;
    }
    if (isVisible())
        return;
    if (m_showTimer->interval() == 0)
        show();
    else if (!m_showTimer->isActive())
        m_showTimer->start();
}

} // namespace mgrdesk::gui
