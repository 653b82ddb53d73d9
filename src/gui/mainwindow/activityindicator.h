#pragma once
// The status bar's "running requests" area: a small spinner and "3 requests running" for the current account,
// with the other accounts' running requests in the tooltip. It appears only when a request has been running
// for a moment (short requests do not make it flicker) and hides as soon as nothing runs. Drawn from the
// palette, so it follows light and dark themes.

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QTimer;
QT_END_NAMESPACE

namespace mgrdesk::gui {

class BusySpinner : public QWidget
{
    Q_OBJECT
public:
    explicit BusySpinner(QWidget *parent = nullptr);
    QSize sizeHint() const override;
    bool isSpinning() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QTimer *m_timer;
    int m_angle = 0;
};

class ActivityIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityIndicator(QWidget *parent = nullptr);

    // Requests running for the current account, and for the others (shown in the tooltip: name → count).
    void setActivity(int current, const QList<QPair<QString, int>> &others);
    int currentCount() const { return m_current; }
    QString text() const;
    // How long a request runs before the indicator appears (ms); 0 shows it at once.
    void setShowDelay(int ms);

private:
    void apply();

    BusySpinner *m_spinner;
    QLabel *m_label;
    QTimer *m_showTimer;
    int m_current = 0;
    int m_othersTotal = 0;
};

} // namespace mgrdesk::gui
