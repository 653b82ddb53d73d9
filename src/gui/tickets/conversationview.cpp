#include "conversationview.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace mgrdesk::gui {

ConversationView::ConversationView(QWidget *parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Conversation"));
}

QString ConversationView::sizeText(qint64 bytes)
{
    return bytes < 0 ? tr("size unknown") : QLocale().formattedDataSize(bytes);
}

void ConversationView::setConversation(const tickets::Conversation &conversation)
{
    m_conversation = conversation;
    m_previews.clear();
    m_texts.clear();
    m_content = new QWidget;
    m_layout = new QVBoxLayout(m_content);
    m_layout->setSpacing(10);
    if (conversation.messages.isEmpty()) {
        auto *empty = new QLabel(tr("No messages yet."), m_content);
        empty->setForegroundRole(QPalette::PlaceholderText);
        m_layout->addWidget(empty);
    }
    for (const tickets::TicketMessage &m : conversation.messages)
        m_layout->addWidget(messageWidget(m));
    if (!conversation.unattached.isEmpty()) {
        tickets::TicketMessage rest;
        rest.author = tr("Other attachments");
        rest.attachments = conversation.unattached;
        m_layout->addWidget(messageWidget(rest));
    }
    m_layout->addStretch(1);
    setWidget(m_content); // deletes the previous content
    // the newest message is the one to read: scroll to the end once laid out
    QTimer::singleShot(0, this, [this] { verticalScrollBar()->setValue(verticalScrollBar()->maximum()); });
}

QWidget *ConversationView::messageWidget(const tickets::TicketMessage &message)
{
    const bool staff = message.role == QLatin1String("staff");
    auto *frame = new QFrame(m_content);
    frame->setObjectName(QStringLiteral("message_") + message.id);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    QPalette pal = frame->palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor client = QColor::fromHsl(210, 40, base.lightness() > 128 ? 242 : 45); // a light tint
    pal.setColor(QPalette::Window, staff ? base : client);
    frame->setPalette(pal);
    auto *layout = new QVBoxLayout(frame);
    QString role;
    if (staff)
        role = tr("Support");
    else if (message.role == QLatin1String("client"))
        role = tr("Client");
    QString header = QStringLiteral("<b>%1</b>").arg(message.author.toHtmlEscaped());
    if (!role.isEmpty())
        header += QStringLiteral(" · ") + role.toHtmlEscaped();
    if (!message.time.isEmpty())
        header
            += QStringLiteral(" · <span style=\"color:#6b7480\">%1</span>").arg(message.time.toHtmlEscaped());
    auto *head = new QLabel(header, frame);
    head->setTextFormat(Qt::RichText);
    layout->addWidget(head);
    if (!message.text.isEmpty()) {
        auto *text = new QLabel(tickets::Conversation::messageHtml(message.text), frame);
        text->setObjectName(QStringLiteral("text"));
        text->setTextFormat(Qt::RichText);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextBrowserInteraction);
        text->setOpenExternalLinks(false); // the page decides (only http, https and mailto open)
        connect(text, &QLabel::linkActivated, this,
            [this](const QString &link) { Q_EMIT linkActivated(QUrl(link)); });
        layout->addWidget(text);
        m_texts.append(text);
    }
    for (const tickets::TicketAttachment &a : message.attachments)
        layout->addWidget(attachmentWidget(a));
    return frame;
}

QWidget *ConversationView::attachmentWidget(const tickets::TicketAttachment &attachment)
{
    auto *box = new QWidget(m_content);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *button = new QToolButton(box);
    button->setObjectName(QStringLiteral("attachment_") + attachment.id);
    button->setText(tr("%1 (%2)").arg(attachment.name, sizeText(attachment.size)));
    button->setToolTip(tr("Open %1").arg(attachment.name));
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    connect(button, &QToolButton::clicked, this, [this, attachment] { Q_EMIT openRequested(attachment); });
    auto *save = new QToolButton(box);
    save->setObjectName(QStringLiteral("save_") + attachment.id);
    save->setText(tr("Save…"));
    save->setToolTip(tr("Save %1 as a file").arg(attachment.name));
    save->setAccessibleName(tr("Save %1").arg(attachment.name));
    save->setAutoRaise(true);
    connect(save, &QToolButton::clicked, this, [this, attachment] { Q_EMIT saveRequested(attachment); });
    auto *row = new QHBoxLayout;
    row->addWidget(button);
    row->addWidget(save);
    row->addStretch(1);
    layout->addLayout(row);
    if (attachment.isImage()) {
        auto *preview = new QLabel(tr("Loading preview…"), box);
        preview->setObjectName(QStringLiteral("preview_") + attachment.id);
        preview->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(preview);
        m_previews.insert(attachment.id, preview);
        Q_EMIT previewWanted(attachment);
    }
    return box;
}

void ConversationView::setPreview(const QString &attachmentId, const QImage &image, const QString &problem)
{
    QLabel *label = m_previews.value(attachmentId);
    if (!label)
        return;
    if (image.isNull()) {
        label->setText(problem.isEmpty() ? tr("No preview") : problem);
        return;
    }
    label->setPixmap(QPixmap::fromImage(image));
    label->setToolTip(tr("%1 × %2 pixels (preview)").arg(image.width()).arg(image.height()));
}

} // namespace mgrdesk::gui
