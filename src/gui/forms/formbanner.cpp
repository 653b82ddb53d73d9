#include "formbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace mgrdesk::gui {

FormBanner::FormBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("formBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Form message"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAccessibleName(tr("Show error details"));
    m_close->setText(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss the message"));
    row->addWidget(m_text, 1);
    row->addWidget(m_detailsButton);
    row->addWidget(m_close);
    layout->addLayout(row);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Error details"));
    m_details->setMaximumHeight(140);
    m_details->hide();
    layout->addWidget(m_details);
    connect(m_detailsButton, &QToolButton::toggled, m_details, &QWidget::setVisible);
    connect(m_close, &QToolButton::clicked, this, &FormBanner::clear);
    hide();
}

void FormBanner::showError(const QString &message, const std::optional<protocol::ApiError> &error)
{
    setStyleSheet(QStringLiteral("#formBanner { background: #fdecea; border: 1px solid #c62828; }"));
    m_text->setText(message);
    QStringList lines;
    if (error) {
        lines << tr("Type: %1").arg(error->type);
        if (!error->object.isEmpty())
            lines << tr("Object: %1").arg(error->object);
        if (!error->value.isEmpty())
            lines << tr("Value: %1").arg(error->value);
        for (const auto &p : error->params)
            lines << tr("Parameter %1: %2").arg(p.first, p.second);
        for (const auto &s : error->stack)
            lines << tr("Stack: %1 (user %2, level %3)").arg(s.action, s.user, s.level);
        if (!error->group.isEmpty())
            lines << tr("Group: %1").arg(error->group);
        if (!error->detail.isEmpty())
            lines << tr("Detail: %1").arg(error->detail);
    }
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
    m_detailsButton->setVisible(!lines.isEmpty());
    m_detailsButton->setChecked(false);
    m_details->hide();
    show();
}

void FormBanner::showNotice(const QString &message)
{
    setStyleSheet(QStringLiteral("#formBanner { background: #fff8e1; border: 1px solid #f9a825; }"));
    m_text->setText(message);
    m_details->clear();
    m_detailsButton->hide();
    m_details->hide();
    show();
}

void FormBanner::clear()
{
    m_text->clear();
    m_details->clear();
    hide();
}

QString FormBanner::message() const
{
    return isHidden() ? QString() : m_text->text();
}

QString FormBanner::details() const
{
    return m_details->toPlainText();
}

} // namespace mgrdesk::gui
