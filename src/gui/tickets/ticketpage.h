#pragma once
// The ticket workspace (docs/tickets.md): ticket.edit, ticket_all.edit and clientticket.edit open here
// instead of the plain form. The conversation as a thread on the left (attachments opened as documents,
// images previewed), the form on the right: the ticket's properties (editable where the form allows) and
// the reply box (text and files, sent as multipart). The reply draft is kept per account and ticket until it
// is sent (TicketDraftStore): a dropped session, a closed tab or a restart offers it back.
#include "core/tickets/ticketdraft.h"
#include "router/pagecontext.h"

#include <QPointer>
#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class QTimer;

namespace mgrdesk::tickets {
class TicketDraftStore;
struct TicketAttachment;
} // namespace mgrdesk::tickets

namespace mgrdesk::gui {

class ConversationView;
class FormWidget;

class TicketPage : public QWidget
{
    Q_OBJECT
public:
    explicit TicketPage(const PageContext &context);
    ~TicketPage() override; // keeps the draft

    // Whether a function opens here rather than as a plain form.
    static bool handles(const QString &function);

    FormWidget *form() const { return m_form; }
    ConversationView *conversation() const { return m_view; }
    QFrame *draftBar() const { return m_draftBar; }
    QPushButton *restoreDraftButton() const { return m_restore; }
    QPushButton *discardDraftButton() const { return m_discard; }
    QString accountId() const;
    QString ticketId() const { return m_context.request.elid; }
    tickets::TicketDraft currentDraft() const; // what the reply box holds now
    void saveDraft(); // now (also done shortly after every edit)
    void restoreDraft();
    void discardDraft();
    // Saves an attachment into `path`: streamed from the server straight into the file (QSaveFile: whole or
    // not at all), never held in memory. The attachment's Save… button asks for the path first.
    void saveAttachment(const tickets::TicketAttachment &attachment, const QString &path);

Q_SIGNALS:
    void conversationLoaded();
    void attachmentSaved(const QString &attachmentId, bool ok, const QString &message);
    // An image's bytes arrived for its preview: in a temporary file (bigger than
    // DocumentPage::fileThreshold()) or in memory.
    void previewFetched(const QString &attachmentId, bool inFile);

private:
    void onOpened();
    void onAccepted(const QString &id, const QString &redirect, const QString &redirectType);
    void loadPreview(const tickets::TicketAttachment &attachment);
    void openAttachment(const tickets::TicketAttachment &attachment);
    void askSaveAttachment(const tickets::TicketAttachment &attachment);
    QString fileField() const; // the form's file field (file_1), empty when it has none

    PageContext m_context;
    FormWidget *m_form = nullptr;
    ConversationView *m_view = nullptr;
    QLabel *m_subject = nullptr;
    QFrame *m_draftBar = nullptr;
    QLabel *m_draftText = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_discard = nullptr;
    QTimer *m_saveTimer = nullptr;
    tickets::TicketDraftStore *m_drafts = nullptr;
    bool m_offered = false; // the kept draft was offered (once per page)
    bool m_restoring = false;
    quint64 m_openSerial = 0; // the form's edit serial when it opened
};

} // namespace mgrdesk::gui
