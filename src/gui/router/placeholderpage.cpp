#include "placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mgrdesk::gui {

PlaceholderPage::PlaceholderPage(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_kind(context.request.resolvedKind())
    , m_function(context.request.function)
{
    setObjectName(QStringLiteral("placeholderPage"));
    auto *layout = new QVBoxLayout(this);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_label->setFocusPolicy(Qt::StrongFocus);
    m_label->setText(tr("“%1” is a page of kind “%2”, which this version cannot show yet.")
                         .arg(context.request.title.isEmpty() ? m_function : context.request.title, m_kind));
    layout->addWidget(m_label);
    setFocusProxy(m_label);
    setAccessibleName(m_label->text());
}

} // namespace mgrdesk::gui
