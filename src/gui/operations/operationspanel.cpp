#include "operationspanel.h"

#include "core/operations/operationsmodel.h"

#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace mgrdesk::gui {

using operations::OperationsModel;

namespace {

// Two lines per operation: title and account; a progress bar (or the result) with the elapsed time.
class OperationDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return QSize(200, option.fontMetrics.height() * 2 + 14);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
        const int line = opt.fontMetrics.height();
        const QRect r = opt.rect.adjusted(6, 4, -6, -4);
        const QRect top(r.left(), r.top(), r.width(), line);
        const QRect bottom(r.left(), r.top() + line + 4, r.width(), line);

        const QString account = index.data(OperationsModel::AccountRole).toString();
        const QString elapsed
            = OperationsPanel::formatElapsed(index.data(OperationsModel::ElapsedRole).toLongLong());
        painter->save();
        painter->setPen(opt.palette.color(textRole));
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        const int accountWidth = account.isEmpty() ? 0 : opt.fontMetrics.horizontalAdvance(account) + 12;
        painter->drawText(top.adjusted(0, 0, -accountWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
            opt.fontMetrics.elidedText(index.data().toString(), Qt::ElideRight, top.width() - accountWidth));
        painter->setFont(opt.font);
        if (!account.isEmpty())
            painter->drawText(top, Qt::AlignRight | Qt::AlignVCenter, account);

        const int elapsedWidth = opt.fontMetrics.horizontalAdvance(elapsed) + 12;
        painter->drawText(bottom, Qt::AlignRight | Qt::AlignVCenter, elapsed);
        const QRect status = bottom.adjusted(0, 0, -elapsedWidth, 0);
        const auto state = index.data(OperationsModel::StateRole).value<OperationsModel::State>();
        if (state == OperationsModel::State::Running) {
            QStyleOptionProgressBar bar;
            bar.rect = status;
            bar.minimum = 0;
            const QVariant steps = index.data(OperationsModel::StepsRole);
            const QVariant done = index.data(OperationsModel::DoneRole);
            bar.maximum = steps.isValid() ? steps.toInt() : 0; // 0/0: busy indicator until the server says
            bar.progress = done.isValid() ? done.toInt() : 0;
            bar.textVisible = false;
            bar.state = QStyle::State_Enabled;
            bar.palette = opt.palette;
            style->drawControl(QStyle::CE_ProgressBar, &bar, painter, opt.widget);
        } else {
            if (state == OperationsModel::State::Failed && !selected)
                painter->setPen(opt.palette.color(QPalette::BrightText));
            painter->drawText(status, Qt::AlignLeft | Qt::AlignVCenter,
                opt.fontMetrics.elidedText(OperationsPanel::describe(index), Qt::ElideRight, status.width()));
        }
        painter->restore();
    }
};

} // namespace

OperationsPanel::OperationsPanel(OperationsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QListView(this))
    , m_clear(new QPushButton(tr("Clear Finished"), this))
    , m_empty(new QLabel(
          tr("No operations. Long actions (reboots, bulk changes) appear here with their progress."), this))
{
    setObjectName(QStringLiteral("operationsPanel"));
    m_view->setObjectName(QStringLiteral("operationsView"));
    m_view->setModel(model);
    m_view->setItemDelegate(new OperationDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setAccessibleName(tr("Operations"));
    m_clear->setObjectName(QStringLiteral("clearFinishedOperations"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_clear);
    layout->addLayout(buttons);

    connect(m_clear, &QPushButton::clicked, model, &OperationsModel::clearFinished);
    connect(model, &QAbstractItemModel::rowsInserted, this, &OperationsPanel::updateState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &OperationsPanel::updateState);
    connect(model, &OperationsModel::runningCountChanged, this, &OperationsPanel::updateState);
    updateState();
}

void OperationsPanel::updateState()
{
    const bool any = m_model->rowCount() > 0;
    m_empty->setVisible(!any);
    m_view->setVisible(any);
    m_clear->setEnabled(m_model->rowCount() > m_model->runningCount());
}

QString OperationsPanel::formatElapsed(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString OperationsPanel::describe(const QModelIndex &index)
{
    const auto state = index.data(OperationsModel::StateRole).value<OperationsModel::State>();
    switch (state) {
    case OperationsModel::State::Running: {
        const QVariant steps = index.data(OperationsModel::StepsRole);
        const QVariant done = index.data(OperationsModel::DoneRole);
        const QString comment = index.data(OperationsModel::CommentRole).toString();
        QString text = steps.isValid() && done.isValid()
            ? tr("Step %1 of %2").arg(done.toInt()).arg(steps.toInt())
            : tr("Running…");
        if (!comment.isEmpty())
            text += QStringLiteral(" — ") + comment;
        return text;
    }
    case OperationsModel::State::Succeeded:
        return tr("Done");
    case OperationsModel::State::Cancelled:
        return tr("Cancelled");
    case OperationsModel::State::Failed:
        return tr("Failed: %1").arg(index.data(OperationsModel::MessageRole).toString());
    }
    return {};
}

OperationsBadge::OperationsBadge(OperationsModel *model, QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("operationsBadge"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(model, &OperationsModel::runningCountChanged, this, &OperationsBadge::showRunning);
    showRunning(model->runningCount());
}

void OperationsBadge::showRunning(int running)
{
    setVisible(running > 0);
    setText(tr("⟳ %n operation(s)", nullptr, running));
    setToolTip(tr("Operations running: %1. Click to show the Operations panel.").arg(running));
    setAccessibleName(text());
}

} // namespace mgrdesk::gui
