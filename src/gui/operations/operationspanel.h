#pragma once
// The Operations panel: every long operation of every account (newest first) with its progress, elapsed time
// and, once it ended, its result or error; "Clear Finished" forgets the ended ones. A status-bar badge shows
// how many are running and opens the panel.

#include <QToolButton>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QListView;
class QPushButton;
class QLabel;
QT_END_NAMESPACE

namespace mgrdesk::operations {
class OperationsModel;
}

namespace mgrdesk::gui {

class OperationsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OperationsPanel(operations::OperationsModel *model, QWidget *parent = nullptr);
    QListView *view() const { return m_view; }

    // "Vds.reboot: step 2 of 4, 0:03" — the one-line text of a row (also its accessible text).
    static QString describe(const QModelIndex &index);
    static QString formatElapsed(qint64 ms);

private:
    void updateState();

    operations::OperationsModel *m_model;
    QListView *m_view;
    QPushButton *m_clear;
    QLabel *m_empty;
};

// The status bar's indicator: hidden while nothing runs; "⟳ 2 operations" otherwise; click = show the panel.
class OperationsBadge : public QToolButton
{
    Q_OBJECT

public:
    explicit OperationsBadge(operations::OperationsModel *model, QWidget *parent = nullptr);

private:
    void showRunning(int running);
};

} // namespace mgrdesk::gui
