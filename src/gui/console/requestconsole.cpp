// RequestConsole: building the tab, the editor's request and Run as, the history, the banner and buttons,
// completion from the menu store. Sending, confirming, the reply and the copies: requestconsolesend.cpp.
#include "requestconsole.h"

#include "common/impersonationbanner.h"
#include "consoletext.h"
#include "replyview.h"
#include "requesteditor.h"
#include "requestlogview.h"

#include "common/guilogging.h"
#include "core/navigation/menustore.h"
#include "core/net/apijob.h"
#include "core/net/connection.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mgrdesk::gui {

using protocol::Request;

namespace {
constexpr int RequestRole = Qt::UserRole + 1; // the masked request's display string
constexpr int SuRole = Qt::UserRole + 2;
constexpr int HistoryLimit = 200;
} // namespace

RequestConsole::RequestConsole(net::Connection *connection, const QString &defaultSu, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
{
    setObjectName(QStringLiteral("requestConsole"));
    setAccessibleName(tr("Request console"));
    auto *layout = new QVBoxLayout(this);

    m_banner = new ImpersonationBanner(this);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);

    auto *bar = new QHBoxLayout;
    m_send = new QPushButton(tr("&Send"), this);
    m_send->setObjectName(QStringLiteral("consoleSend"));
    m_send->setToolTip(tr("Send the request (Ctrl+Return)"));
    m_send->setAccessibleName(tr("Send the request"));
    m_send->setDefault(false);
    m_cancel = new QPushButton(tr("Ca&ncel"), this);
    m_cancel->setAccessibleName(tr("Cancel the request on its way"));
    m_cancel->setToolTip(tr("Cancel the request on its way (Escape)"));
    m_copyUrl = new QPushButton(tr("Copy as &URL"), this);
    m_copyUrl->setAccessibleName(tr("Copy the request as a URL, secrets masked"));
    m_copyCurl = new QPushButton(tr("Copy as cu&rl"), this);
    m_copyCurl->setAccessibleName(tr("Copy the request as a curl command, secrets masked"));
    m_copyMgrctl = new QPushButton(tr("Copy as &mgrctl"), this);
    m_copyMgrctl->setAccessibleName(
        tr("Copy the request as an mgrctl command for the server, secrets masked"));
    m_copyCli = new QPushButton(tr("Copy as mgrdesk-c&li"), this);
    m_copyCli->setAccessibleName(tr("Copy the request as a mgrdesk-cli call command, secrets masked"));
    m_confirm = new QCheckBox(tr("&Confirm deletes and sok=ok"), this);
    m_confirm->setChecked(true);
    m_confirm->setAccessibleName(tr("Ask before sending a delete or an applied form"));
    m_confirm->setToolTip(tr("Ask before sending a request that changes data on the server: a delete, an "
                             "applied form (sok=ok) or an action such as suspend (for this session only)"));
    for (QWidget *w :
        std::initializer_list<QWidget *> { m_send, m_cancel, m_copyUrl, m_copyCurl, m_copyMgrctl, m_copyCli })
        bar->addWidget(w);
    bar->addStretch(1);
    bar->addWidget(m_confirm);
    layout->addLayout(bar);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *main = new QSplitter(Qt::Vertical, split);
    m_editor = new RequestEditor(main);
    m_reply = new ReplyView(main);
    main->addWidget(m_editor);
    main->addWidget(m_reply);
    main->setStretchFactor(0, 2);
    main->setStretchFactor(1, 3);
    m_side = new QTabWidget(split);
    m_side->setAccessibleName(tr("History and request log"));
    m_history = new QListWidget(m_side);
    m_history->setObjectName(QStringLiteral("consoleHistory"));
    m_history->setAccessibleName(tr("Requests sent from this console"));
    m_history->setAccessibleDescription(tr("Enter or double-click loads the request; Ctrl+Up and Ctrl+Down "
                                           "step through it from the editor"));
    m_side->addTab(m_history, tr("&History"));
    m_logView = new RequestLogView(connection ? connection->requestLog() : nullptr, m_side);
    m_side->addTab(m_logView, tr("Request &Log"));
    split->addWidget(main);
    split->addWidget(m_side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    sendShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    auto *sendShortcut2 = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    sendShortcut2->setContext(Qt::WidgetWithChildrenShortcut);
    auto *prev = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), this);
    prev->setContext(Qt::WidgetWithChildrenShortcut);
    auto *next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), this);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    auto *cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    cancelShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancelShortcut, &QShortcut::activated, this, &RequestConsole::cancel);
    connect(sendShortcut, &QShortcut::activated, this, &RequestConsole::send);
    connect(sendShortcut2, &QShortcut::activated, this, &RequestConsole::send);
    connect(prev, &QShortcut::activated, this, &RequestConsole::previousHistory);
    connect(next, &QShortcut::activated, this, &RequestConsole::nextHistory);

    connect(m_send, &QPushButton::clicked, this, &RequestConsole::send);
    connect(m_cancel, &QPushButton::clicked, this, &RequestConsole::cancel);
    connect(m_copyUrl, &QPushButton::clicked, this, &RequestConsole::copyAsUrl);
    connect(m_copyCurl, &QPushButton::clicked, this, &RequestConsole::copyAsCurl);
    connect(m_copyMgrctl, &QPushButton::clicked, this, &RequestConsole::copyAsMgrctl);
    connect(m_copyCli, &QPushButton::clicked, this, &RequestConsole::copyAsCli);
    connect(m_editor, &RequestEditor::sendRequested, this, &RequestConsole::send);
    connect(m_editor, &RequestEditor::runAsChanged, this, &RequestConsole::updateBanner);
    connect(m_editor, &RequestEditor::changed, this, &RequestConsole::updateButtons);
    connect(m_history, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { loadHistory(m_history->row(item)); });
    connect(m_logView, &RequestLogView::loadRequested, this, &RequestConsole::loadLogEntry);
    setMenuStore(nullptr); // a private store until the window gives its own
    m_editor->functionEdit()->installEventFilter(this);

    if (m_connection) {
        m_editor->setDefaultLang(defaultLang());
        QStringList seen;
        const QList<net::RequestLogEntry> entries = m_connection->requestLog()->entries();
        for (const net::RequestLogEntry &e : entries)
            seen.append(e.function);
        m_editor->addKnownFunctions(seen);
        connect(m_connection->requestLog(), &net::RequestLog::entryAdded, this,
            [this](const net::RequestLogEntry &e) { m_editor->addKnownFunctions({ e.function }); });
        connect(m_connection, &net::Connection::loggedIn, this, &RequestConsole::updateBanner);
        connect(m_connection, &net::Connection::loggedIn, this, [this] {
            if (m_menuWanted)
                fetchMenuFunctions(); // the store never logs in by itself
        });
        connect(m_connection, &QObject::destroyed, this, &RequestConsole::updateButtons);
    }
    m_editor->setRunAs(!defaultSu.isEmpty() ? defaultSu
            : m_connection                  ? m_connection->settings().defaultSu
                                            : QString());
    updateBanner();
    updateButtons();
    m_editor->functionEdit()->setFocus();
}

RequestConsole::~RequestConsole()
{
    if (m_job)
        m_job->cancel();
    // A private store goes first, while the editor still exists: cancelling its menu request logs it, and
    // the log feeds the editor's completion.
    if (m_menus && m_menus->parent() == this)
        delete m_menus.data();
}

QString RequestConsole::title() const
{
    if (!m_connection)
        return tr("Request Console");
    return tr("Console: %1@%2")
        .arg(m_connection->settings().username, m_connection->settings().baseUrl.host());
}

QString RequestConsole::defaultLang() const
{
    return m_connection ? m_connection->effectiveLang() : QString();
}

Request RequestConsole::request() const
{
    return m_editor->request();
}

void RequestConsole::setRequest(const Request &request, const QString &runAs)
{
    m_editor->setRequest(request);
    m_editor->setRunAs(runAs);
}

QString RequestConsole::runAs() const
{
    return m_editor->runAs();
}

void RequestConsole::setRunAs(const QString &login)
{
    m_editor->setRunAs(login);
}

bool RequestConsole::loadText(const QString &text)
{
    return m_editor->loadText(text);
}

void RequestConsole::loadLogEntry(const net::RequestLogEntry &entry)
{
    // The log line is already masked: a secret comes back as ***** and must be typed again before sending.
    m_editor->loadText(entry.parameters);
    showNote(tr("Loaded %1 from the request log").arg(entry.function));
    m_editor->functionEdit()->setFocus();
}

void RequestConsole::setKnownFunctions(const QStringList &functions)
{
    m_editor->addKnownFunctions(functions);
}

void RequestConsole::addHistory(const Request &request, const QString &su)
{
    // The history keeps no password: secret values are stored as ***** and must be typed again.
    const QString shown = ConsoleText::masked(request).toDisplayString();
    if (m_history->count() > 0 && m_history->item(0)->data(RequestRole).toString() == shown
        && m_history->item(0)->data(SuRole).toString() == su) {
        m_historyIndex = -1;
        return;
    }
    auto *item = new QListWidgetItem(su.isEmpty() ? shown : tr("[as %1] %2").arg(su, shown));
    item->setData(RequestRole, shown);
    item->setData(SuRole, su);
    item->setToolTip(item->text());
    m_history->insertItem(0, item);
    while (m_history->count() > HistoryLimit)
        delete m_history->takeItem(m_history->count() - 1);
    m_historyIndex = -1;
}

int RequestConsole::historyCount() const
{
    return m_history->count();
}

void RequestConsole::loadHistory(int row)
{
    QListWidgetItem *item = m_history->item(row);
    if (!item)
        return;
    m_historyIndex = row;
    m_history->setCurrentRow(row);
    const Request r = Request::fromQueryString(item->data(RequestRole).toString());
    m_editor->setRequest(r);
    m_editor->setRunAs(item->data(SuRole).toString());
}

void RequestConsole::previousHistory()
{
    if (m_historyIndex + 1 < m_history->count())
        loadHistory(m_historyIndex + 1);
}

void RequestConsole::nextHistory()
{
    if (m_historyIndex > 0)
        loadHistory(m_historyIndex - 1);
}

void RequestConsole::updateBanner()
{
    const QString su = runAs();
    if (su.isEmpty() || !m_connection) {
        m_banner->setVisible(false);
        return;
    }
    m_banner->setInfo(su, m_connection->settings().username, m_connection->level());
    m_banner->setVisible(true);
}

void RequestConsole::updateButtons()
{
    const bool connected = m_connection != nullptr;
    m_send->setEnabled(connected);
    m_cancel->setEnabled(m_job != nullptr);
    m_copyUrl->setEnabled(connected);
    m_copyCurl->setEnabled(connected);
    m_copyMgrctl->setEnabled(connected);
    m_copyCli->setEnabled(connected);
}

void RequestConsole::setMenuStore(navigation::MenuStore *store)
{
    if (m_menuConnection)
        disconnect(m_menuConnection);
    if (m_menus && m_menus->parent() == this && m_menus != store)
        m_menus->deleteLater();
    m_menus = store ? store : new navigation::MenuStore(this);
    // Whoever loads the account's menu (this console, the navigation tree, Ctrl+K), completion gets it.
    m_menuConnection = connect(m_menus, &navigation::MenuStore::menuChanged, this, [this](const QString &id) {
        if (m_connection && id == navigation::MenuStore::keyFor(m_connection))
            m_editor->addKnownFunctions(m_menus->functions(id));
    });
    if (m_connection)
        m_editor->addKnownFunctions(m_menus->functions(navigation::MenuStore::keyFor(m_connection)));
}

void RequestConsole::fetchMenuFunctions()
{
    if (!m_connection || !m_menus)
        return;
    m_menuWanted = true;
    const QString key = navigation::MenuStore::keyFor(m_connection);
    if (!m_menus->hasMenu(key))
        qCDebug(lcGuiConsole) << "completion asks the menu store for" << key;
    m_menus->load(key, m_connection); // nothing when known or on its way
}

bool RequestConsole::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor->functionEdit() && event->type() == QEvent::FocusIn)
        fetchMenuFunctions(); // completion from the navigation menu, when it is first needed
    return QWidget::eventFilter(watched, event);
}

} // namespace mgrdesk::gui
