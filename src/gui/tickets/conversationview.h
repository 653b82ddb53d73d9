#pragma once
// A ticket's messages as a thread: each message with its author, role and time, its text (links clickable,
// quoted blocks set apart), and its attachments (name and size; images previewed inline once the page hands
// the decoded picture over with setPreview()). The view loads nothing itself: it asks (previewWanted,
// openRequested) and its page fetches through the connection.
#include "core/tickets/conversation.h"

#include <QHash>
#include <QImage>
#include <QPointer>
#include <QScrollArea>

#include <QLabel>
class QVBoxLayout;

namespace mgrdesk::gui {

class ConversationView : public QScrollArea
{
    Q_OBJECT
public:
    explicit ConversationView(QWidget *parent = nullptr);

    void setConversation(const tickets::Conversation &conversation);
    const tickets::Conversation &conversation() const { return m_conversation; }
    // A decoded (already scaled) preview of an image attachment; a null image: "no preview" with the reason.
    void setPreview(const QString &attachmentId, const QImage &image, const QString &problem = QString());
    QLabel *previewLabel(const QString &attachmentId) const { return m_previews.value(attachmentId); }
    QList<QLabel *> messageLabels() const { return m_texts; }

    static QString sizeText(qint64 bytes);

Q_SIGNALS:
    void previewWanted(const tickets::TicketAttachment &attachment);
    void openRequested(const tickets::TicketAttachment &attachment);
    void saveRequested(const tickets::TicketAttachment &attachment);
    void linkActivated(const QUrl &url);

private:
    QWidget *messageWidget(const tickets::TicketMessage &message);
    QWidget *attachmentWidget(const tickets::TicketAttachment &attachment);

    tickets::Conversation m_conversation;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QHash<QString, QPointer<QLabel>> m_previews;
    QList<QLabel *> m_texts;
};

} // namespace mgrdesk::gui
