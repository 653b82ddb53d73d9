#include "ticketpage.h"

#include "conversationview.h"
#include "documents/documentpage.h"
#include "filelistedit.h"
#include "forms/formfieldeditor.h"
#include "forms/formwidget.h"
#include "router/pagehost.h"

#include "core/models/formsession.h"
#include "core/models/formstate.h"
#include "core/net/apijob.h"
#include "core/net/connection.h"
#include "core/tickets/ticketdraftstore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

namespace mgrdesk::gui {

namespace {

constexpr qint64 kMaxPreviewBytes = 16 * 1024 * 1024; // bigger images: open them instead
constexpr int kPreviewSide = 360;

} // namespace

bool TicketPage::handles(const QString &function)
{
    return function == QLatin1String("ticket.edit") || function == QLatin1String("ticket_all.edit")
        || function == QLatin1String("clientticket.edit");
}

TicketPage::TicketPage(const PageContext &context)
    : m_context(context)
{
    m_drafts = new tickets::TicketDraftStore(nullptr, this);
    auto *layout = new QVBoxLayout(this);
    m_subject = new QLabel(this);
    m_subject->setObjectName(QStringLiteral("subject"));
    QFont big = m_subject->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_subject->setFont(big);
    m_subject->setTextFormat(Qt::PlainText);
    layout->addWidget(m_subject);

    m_draftBar = new QFrame(this);
    m_draftBar->setFrameShape(QFrame::StyledPanel);
    auto *bar = new QHBoxLayout(m_draftBar);
    m_draftText = new QLabel(m_draftBar);
    m_draftText->setWordWrap(true);
    m_restore = new QPushButton(tr("Restore Draft"), m_draftBar);
    m_discard = new QPushButton(tr("Discard"), m_draftBar);
    bar->addWidget(m_draftText, 1);
    bar->addWidget(m_restore);
    bar->addWidget(m_discard);
    m_draftBar->hide();
    layout->addWidget(m_draftBar);
    connect(m_restore, &QPushButton::clicked, this, &TicketPage::restoreDraft);
    connect(m_discard, &QPushButton::clicked, this, &TicketPage::discardDraft);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_view = new ConversationView(split);
    m_form = new FormWidget(context.connection, split);
    if (!context.request.su.isEmpty())
        m_form->setJobOptions(context.jobOptions());
    split->addWidget(m_view);
    split->addWidget(m_form);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_view, &ConversationView::previewWanted, this, &TicketPage::loadPreview);
    connect(m_view, &ConversationView::openRequested, this, &TicketPage::openAttachment);
    connect(m_view, &ConversationView::saveRequested, this, &TicketPage::askSaveAttachment);
    connect(m_view, &ConversationView::linkActivated, this, [](const QUrl &url) {
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https")
            || scheme == QLatin1String("mailto"))
            QDesktopServices::openUrl(url); // a click only; nothing else is opened from a message
    });
    connect(m_form->session(), &models::FormSession::opened, this, &TicketPage::onOpened);
    connect(m_form, &FormWidget::accepted, this, &TicketPage::onAccepted);
    connect(m_form, &FormWidget::closeRequested, this, [this] {
        // Cancel (asked first when something was typed; the draft is kept): the host closes the page.
        if (m_context.host)
            m_context.host->formFinished(m_context, this, false, QString(), QString(), QString());
    });
    connect(m_form, &FormWidget::titleChanged, this, [this](const QString &title) {
        if (m_context.host)
            m_context.host->pageTitleChanged(this, title);
    });

    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(400);
    connect(m_saveTimer, &QTimer::timeout, this, &TicketPage::saveDraft);
    connect(m_form->state(), &models::FormState::valueChanged, this, [this](const QString &name) {
        // the user's edits only (the edit serial moves): loading the form never overwrites a kept draft
        if (!m_restoring && m_form->state()->editSerial() != m_openSerial
            && (name == QLatin1String("message") || name == fileField()))
            m_saveTimer->start();
    });
    const routing::PageRequest &r = context.request;
    m_form->open(r.function, r.elid, r.plid, r.params);
}

TicketPage::~TicketPage()
{
    if (m_saveTimer->isActive())
        saveDraft(); // a closed tab loses nothing
    disconnect(m_form->state(), nullptr, this, nullptr); // the form goes after this page's members
}

QString TicketPage::accountId() const
{
    return m_context.connection ? m_context.connection->settings().accountId : QString();
}

QString TicketPage::fileField() const
{
    for (const models::FormFieldInfo &f : m_form->state()->description().fields())
        if (f.kind == models::FormFieldInfo::Kind::File)
            return f.name;
    return QString();
}

tickets::TicketDraft TicketPage::currentDraft() const
{
    tickets::TicketDraft d;
    d.text = m_form->state()->value(QStringLiteral("message"));
    const QString files = fileField();
    if (!files.isEmpty())
        d.files = FileListEdit::split(m_form->state()->value(files));
    return d;
}

void TicketPage::saveDraft()
{
    m_saveTimer->stop();
    if (!m_offered)
        return; // the form has not opened yet: nothing typed
    m_drafts->save(accountId(), ticketId(), currentDraft());
}

void TicketPage::onOpened()
{
    models::FormState *state = m_form->state();
    protocol::FormData data;
    for (const char *list : { "messages", "attachments" }) {
        const QString name = QString::fromLatin1(list);
        if (const auto table = state->list(name))
            data.lists.insert(name, table);
        if (FormFieldEditor *editor = m_form->editor(name)) { // shown as the thread, not as a table
            if (auto *rows = qobject_cast<QFormLayout *>(editor->parentWidget()->layout()))
                if (QWidget *label = rows->labelForField(editor))
                    label->hide();
            editor->hide();
        }
    }
    m_openSerial = state->editSerial();
    m_subject->setText(state->value(QStringLiteral("name")));
    m_view->setConversation(tickets::Conversation::fromForm(data));
    if (!m_offered) {
        m_offered = true;
        const tickets::TicketDraft kept = m_drafts->load(accountId(), ticketId());
        if (!kept.isEmpty() && kept.text != state->value(QStringLiteral("message"))) {
            const QString when = QLocale().toString(kept.saved.toLocalTime(), QLocale::ShortFormat);
            m_draftText->setText(kept.files.isEmpty()
                    ? tr("A reply draft from %1 was kept.").arg(when)
                    : tr("A reply draft from %1 was kept, with %n file(s).", nullptr, int(kept.files.size()))
                          .arg(when));
            m_draftBar->show();
        }
    }
    Q_EMIT conversationLoaded();
}

void TicketPage::restoreDraft()
{
    const tickets::TicketDraft kept = m_drafts->load(accountId(), ticketId());
    m_restoring = true;
    m_form->state()->setValue(QStringLiteral("message"), kept.text);
    const QString files = fileField();
    if (!files.isEmpty())
        m_form->state()->setValue(files, FileListEdit::join(kept.files));
    m_restoring = false;
    m_draftBar->hide();
}

void TicketPage::discardDraft()
{
    m_drafts->discard(accountId(), ticketId());
    m_draftBar->hide();
}

void TicketPage::onAccepted(const QString &id, const QString &redirect, const QString &redirectType)
{
    m_saveTimer->stop();
    m_drafts->discard(accountId(), ticketId()); // sent: the draft is done
    m_draftBar->hide();
    if (m_context.host)
        m_context.host->showPageMessage(tr("The reply was sent."), false);
    if (!redirect.isEmpty() && m_context.host) {
        // The server sends the user elsewhere: the page is done, its host opens the redirect (in an su tab:
        // as the same user), as for any form.
        m_context.host->formFinished(m_context, this, true, id, redirect, redirectType);
        return;
    }
    if (m_context.host) // the list it was opened from shows the ticket's new state and last message
        m_context.host->formApplied(m_context, this, id.isEmpty() ? ticketId() : id);
    if (ticketId().isEmpty() && !id.isEmpty())
        m_context.request.elid = id; // a new ticket: from now on this page shows it
    m_offered = false;
    const routing::PageRequest &r = m_context.request;
    m_form->open(r.function, r.elid, r.plid); // the conversation with the new message, an empty reply box
}

void TicketPage::loadPreview(const tickets::TicketAttachment &attachment)
{
    if (attachment.size > kMaxPreviewBytes) {
        m_view->setPreview(attachment.id, QImage(), tr("Too large to preview: open it instead."));
        return;
    }
    protocol::Request request(QStringLiteral("ticket.file"));
    request.setElid(attachment.id);
    net::JobOptions options = m_context.jobOptions();
    // a big picture goes to a temporary file as it arrives, and is decoded from there
    options.documentFileAbove = DocumentPage::fileThreshold();
    net::ApiJob *job = m_context.connection->send(request, this, options);
    QPointer<ConversationView> view = m_view;
    const QString id = attachment.id;
    connect(job, &net::ApiJob::finished, this, [this, view, id](const net::ApiResult &result) {
        if (result.status == net::ApiResult::Status::Cancelled || !view)
            return;
        if (!result.ok() || !result.document) {
            view->setPreview(id, QImage(), result.message.isEmpty() ? tr("No preview") : result.message);
            return;
        }
        Q_EMIT previewFetched(id, result.document->inFile());
        // decoded and scaled on a worker: the GUI thread never decodes a big picture. The copy of the reply
        // keeps a temporary file until it is decoded; it is removed with the last copy, on the worker.
        const net::DocumentReply document = *result.document;
        QThreadPool::globalInstance()->start([view, id, document] {
            QBuffer buffer;
            QImageReader reader;
            if (document.inFile()) {
                reader.setFileName(document.filePath);
            } else {
                buffer.setData(document.bytes);
                reader.setDevice(&buffer);
            }
            reader.setAutoTransform(true);
            const QSize size = reader.size();
            if (size.isValid() && (size.width() > kPreviewSide || size.height() > kPreviewSide))
                reader.setScaledSize(size.scaled(kPreviewSide, kPreviewSide, Qt::KeepAspectRatio));
            const QImage image = reader.read();
            const QString problem = image.isNull() ? reader.errorString() : QString();
            QMetaObject::invokeMethod(
                view,
                [view, id, image, problem] {
                    if (view)
                        view->setPreview(id, image, problem);
                },
                Qt::QueuedConnection);
        });
    });
}

void TicketPage::openAttachment(const tickets::TicketAttachment &attachment)
{
    if (!m_context.host)
        return;
    routing::PageRequest next; // a document tab: preview, Save As…, Open with System Viewer
    next.function = QStringLiteral("ticket.file");
    next.elid = attachment.id;
    next.kind = QString::fromLatin1(routing::PageKind::Document);
    m_context.host->requestPage(m_context.follow(next), this);
}

} // namespace mgrdesk::gui

namespace mgrdesk::gui {

void TicketPage::askSaveAttachment(const tickets::TicketAttachment &attachment)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    auto *dialog = new QFileDialog(this, tr("Save Attachment"), QDir(folder).filePath(attachment.name));
    dialog->setObjectName(QStringLiteral("saveAttachmentDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
        [this, attachment](const QString &path) { saveAttachment(attachment, path); });
    dialog->open(); // non-modal: the page keeps working while the user picks
}

void TicketPage::saveAttachment(const tickets::TicketAttachment &attachment, const QString &path)
{
    if (!m_context.connection || path.isEmpty())
        return;
    protocol::Request request(QStringLiteral("ticket.file"));
    request.setElid(attachment.id);
    net::JobOptions options = m_context.jobOptions();
    options.downloadTo = path; // into the file from the first byte, whatever its size
    net::ApiJob *job = m_context.connection->send(request, this, options);
    if (m_context.host)
        m_context.host->showPageMessage(tr("Saving %1…").arg(attachment.name), false);
    const QString id = attachment.id;
    const QString name = attachment.name;
    connect(job, &net::ApiJob::finished, this, [this, id, name, path](const net::ApiResult &result) {
        if (result.status == net::ApiResult::Status::Cancelled)
            return;
        const bool ok = result.ok() && result.document && result.document->inFile();
        QString message;
        if (ok)
            message = tr("%1 saved to %2").arg(name, QDir::toNativeSeparators(path));
        else if (result.ok())
            message = tr("%1 was not saved: the server answered with data, not a file.").arg(name);
        else
            message = tr("%1 was not saved: %2").arg(name, result.message);
        if (m_context.host)
            m_context.host->showPageMessage(message, !ok);
        Q_EMIT attachmentSaved(id, ok, message);
    });
}

} // namespace mgrdesk::gui
