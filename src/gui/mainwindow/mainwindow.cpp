#include "mainwindow.h"

#include "accounts/accountmanagerdialog.h"
#include "accounts/passwordprompt.h"
#include "activityindicator.h"
#include "common/impersonationbanner.h"
#include "common/messagebox.h"
#include "core/accounts/accountstore.h"
#include "core/accounts/credentialstore.h"
#include "core/navigation/menustore.h"
#include "core/net/accountconnection.h"
#include "core/net/apijob.h"
#include "core/net/auditrecorder.h"
#include "core/net/connectionmanager.h"
#include "core/notify/notificationpoller.h"
#include "core/settings/keys.h"
#include "desktop/desktopintegration.h"
#include "navigation/navigationtree.h"
#include "navigation/quickswitcher.h"
#include "notify/notificationbadge.h"
#include "preferences/preferencekeys.h"
#include "router/pagerouter.h"
#include "tabwidget.h"
#include "tls/certificatedialog.h"
#include "windowgeometry.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mgrdesk::gui {

using accounts::Account;

namespace {
QIcon tagIcon(accounts::EnvironmentTag tag)
{
    QPixmap swatch(12, 12);
    const QString colour = Account::tagColorName(tag);
    swatch.fill(colour.isEmpty() ? QColor(Qt::transparent) : QColor(colour));
    return QIcon(swatch);
}
} // namespace

MainWindow::MainWindow(accounts::AccountStore *store, accounts::CredentialStore *credentials, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_credentials(credentials)
    , m_connections(new net::ConnectionManager(store, credentials, this))
{
    setObjectName(QStringLiteral("MainWindow"));

    // Left: who and where (account switcher, environment banner), then the navigation area.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 6, 6);
    auto *switcherLabel = new QLabel(tr("&Account:"), left);
    m_switcher = new QComboBox(left);
    m_switcher->setObjectName(QStringLiteral("accountSwitcher"));
    m_switcher->setAccessibleName(tr("Account"));
    m_switcher->setAccessibleDescription(tr("The server and user this window works with"));
    m_switcher->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_switcher->setMinimumContentsLength(18);
    switcherLabel->setBuddy(m_switcher);
    m_tagBanner = new QLabel(left);
    m_tagBanner->setObjectName(QStringLiteral("environmentBanner"));
    m_tagBanner->setAlignment(Qt::AlignCenter);
    m_tagBanner->setAccessibleName(tr("Environment"));
    m_tagBanner->hide();
    m_manageButton = new QPushButton(tr("&Manage Accounts…"), left);
    m_manageButton->setAccessibleName(tr("Manage accounts"));
    m_manageButton->setObjectName(QStringLiteral("manageAccounts"));
    leftLayout->addWidget(switcherLabel);
    leftLayout->addWidget(m_switcher);
    leftLayout->addWidget(m_tagBanner);
    leftLayout->addWidget(m_manageButton);
    m_navigationLayout = new QVBoxLayout;
    leftLayout->addLayout(m_navigationLayout, 1);
    auto *placeholder = new QLabel(tr("Log in to see the server's menu."), left);
    placeholder->setWordWrap(true);
    placeholder->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_navigation = placeholder;
    m_navigationLayout->addWidget(placeholder);

    m_tabs = new TabWidget(this);
    m_router = new PageRouter(m_connections, this, this);
    connect(m_router, &PageRouter::message, this,
        [this](const QString &text, bool error) { statusBar()->showMessage(text, error ? 10000 : 5000); });
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setAccessibleName(tr("Open lists and forms"));
    m_tabs->tabBar()->setAccessibleName(tr("Tabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget *w = m_tabs->widget(index);
        m_tabs->removeTab(index);
        if (w)
            w->deleteLater();
    });

    // With no tab open, the centre says what to do instead of staying blank.
    auto *centre = new QStackedWidget(this);
    auto *hint = new QLabel(
        tr("Open a list from the menu on the left.\nAccounts: File › Accounts… (Ctrl+Shift+A)."), centre);
    hint->setObjectName(QStringLiteral("emptyHint"));
    hint->setAlignment(Qt::AlignCenter);
    hint->setEnabled(false);
    centre->addWidget(hint);
    centre->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, centre, [centre, hint, this](int index) {
        centre->setCurrentWidget(index < 0 ? static_cast<QWidget *>(hint) : m_tabs);
    });
    // Above the tabs: the impersonation banner of the current account, when it has a default su.
    auto *centreBox = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centreBox);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    m_bannerLayout = new QVBoxLayout;
    centreLayout->addLayout(m_bannerLayout);
    centreLayout->addWidget(centre, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(centreBox);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 300, 980 }); // room for "name — user (level)" in the switcher
    setCentralWidget(splitter);
    m_splitter = splitter;

    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("connectionState"));
    m_stateLabel->setAccessibleName(tr("Connection state"));
    m_keychainLabel = new QLabel(this);
    m_keychainLabel->setObjectName(QStringLiteral("keychainState"));
    m_keychainLabel->setAccessibleName(tr("Keychain state"));
    m_keychainLabel->hide();
    m_activity = new ActivityIndicator(this);
    m_badge = new NotificationBadge(this);
    statusBar()->addPermanentWidget(m_activity);
    statusBar()->addPermanentWidget(m_keychainLabel);
    statusBar()->addPermanentWidget(m_stateLabel);
    statusBar()->addPermanentWidget(m_badge);
    connect(m_badge, &NotificationBadge::openRequested, this, &MainWindow::openNotification);
    connect(m_badge, &NotificationBadge::checkNowRequested, this, &MainWindow::checkNotificationsNow);

    m_menus = new navigation::MenuStore(this);
    m_switcherPopup = new QuickSwitcher(m_menus, this);
    m_switcherPopup->setRouter(m_router); // data results open through the router (docs/search.md)
    connect(m_switcherPopup, &QuickSwitcher::entryChosen, this, &MainWindow::openEntryOn);

    createMenus();
    createShortcuts();
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onTabChanged);
    connect(m_tabs, &TabWidget::tabsChanged, this, &MainWindow::updateTabMarkers);

    m_navTree = new NavigationTree(left);
    m_navTree->setMenuStore(m_menus); // the one place menus are fetched (issue 12)
    setNavigationWidget(m_navTree);
    connect(m_navTree, &NavigationTree::openRequested, this, &MainWindow::openNavigationEntry);
    connect(m_navTree, &NavigationTree::menuReceived, this, [this](const protocol::MenuData &menu) {
        const QString id = accountIdOf(m_navTree->connection());
        if (!id.isEmpty())
            openStartPageOnce(id, menu); // the tree's menu comes from m_menus
    });
    connect(this, &MainWindow::currentAccountChanged, this, &MainWindow::onCurrentAccountChanged);

    connect(
        m_switcher, qOverload<int>(&QComboBox::currentIndexChanged), this, &MainWindow::onSwitcherChanged);
    connect(m_manageButton, &QPushButton::clicked, this, &MainWindow::showAccountManager);
    connect(m_store, &accounts::AccountStore::accountAdded, this, &MainWindow::refreshSwitcher);
    connect(m_store, &accounts::AccountStore::accountChanged, this, &MainWindow::refreshSwitcher);
    connect(m_store, &accounts::AccountStore::accountChanged, this, [this] {
        updateTabMarkers(); // names and colours in tooltips and markers
        updateNotifications();
    });
    connect(m_store, &accounts::AccountStore::accountRemoved, this, [this](const Account &a) {
        m_levels.remove(a.id);
        m_lastError.remove(a.id);
        m_menus->forget(a.id);
        closeTabsOf(a.id);
        refreshSwitcher();
        updateNotifications();
        updateActivity();
    });
    connect(m_store, &accounts::AccountStore::orderChanged, this, &MainWindow::refreshSwitcher);
    connect(m_store, &accounts::AccountStore::storeError, this,
        [this](const QString &message) { MessageBox::warning(this, tr("Accounts Not Saved"), message); });

    connect(
        m_connections, &net::ConnectionManager::connectionCreated, this, &MainWindow::onConnectionCreated);
    connect(m_connections, &net::ConnectionManager::passwordNeeded, this, &MainWindow::askPassword);
    connect(m_connections, &net::ConnectionManager::trustRequired, this,
        [this](const QString &id, const net::TrustQuestion &question) {
            if (net::Connection *c = m_connections->existingConnection(id))
                CertificateDialog::ask(c, question, this);
        });
    connect(m_connections, &net::ConnectionManager::stateChanged, this,
        [this](const QString &id, net::Connection::State state) {
            if (state == net::Connection::State::LoggingIn || state == net::Connection::State::Connected)
                m_lastError.remove(id);
            if (id == m_currentId)
                updateStatus();
        });
    connect(m_connections, &net::ConnectionManager::loggedIn, this,
        [this](const QString &id, std::optional<int> level) {
            m_levels.insert(id, level);
            refreshSwitcher();
            updateStatus();
            fetchWhoami(id);
        });
    connect(m_connections, &net::ConnectionManager::keychainUnavailable, this, [this](const QString &reason) {
        // Said once, plainly; the status bar keeps a short reminder.
        m_keychainLabel->setText(tr("No keychain: passwords are not saved"));
        m_keychainLabel->setToolTip(reason);
        m_keychainLabel->show();
        // A password prompt opened for the same reason says it already (it is opened right after this signal,
        // hence the queued check); otherwise (e.g. saving failed after a login) a box says it.
        QMetaObject::invokeMethod(
            this,
            [this, reason] {
                if (!m_prompt)
                    MessageBox::information(this, tr("No Keychain"), reason);
            },
            Qt::QueuedConnection);
    });
    m_appConnections << connect(
        qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            const QList<Account> accounts = m_store->accounts();
            for (const Account &a : accounts) {
                if (net::Connection *c = m_connections->existingConnection(a.id))
                    c->setKeepAliveActive(state == Qt::ApplicationActive);
            }
        });

    // Preferences, the Operations panel, desktop alerts with the tray, second-factor logins.
    m_desktop = new DesktopIntegration(this, m_connections, m_store, m_store->appSettings());
    connect(m_desktop, &DesktopIntegration::openRequested, this,
        [this](const QString &accountId, const QString &function) {
            if (m_store->contains(accountId))
                openEntryOn(accountId, function, QStringLiteral("list"), QString());
        });
    // Group actions of every page (main tabs and su tabs) run through the Operations panel's model.
    m_router->setOperations(m_desktop->operations(), [this](const QString &accountId) {
        const QString name = m_store->account(accountId).name;
        return name.isEmpty() ? accountId : name;
    });

    settings::Settings *s = m_store->appSettings();
    // The first window: ~75 % of the screen, centred; later ones: where and how they were left (the
    // Operations dock, the splitter too). windowgeometry.h
    WindowGeometry::restore(this, m_splitter, s);
    // Start with the account used last (read before the switcher's first selection overwrites it).
    m_preferredId = s->get(settings::keys::currentAccount);
    refreshSwitcher();
    m_preferredId.clear();
    updateStatus();
    updateTitle();
    restoreTabs();
}

MainWindow::~MainWindow()
{
    // ~QWidget moves the focus while it deletes the children: a focusChanged handler would then read
    // members (m_tabs, m_refreshShortcut) of a half-destroyed window.
    for (const QMetaObject::Connection &c : std::as_const(m_appConnections))
        disconnect(c);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *accountsAction = file->addAction(tr("&Accounts…"), this, &MainWindow::showAccountManager);
    accountsAction->setObjectName(QStringLiteral("actionAccounts"));
    accountsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QAction *reconnectAction = file->addAction(tr("&Log In Again"), this, &MainWindow::reconnect);
    reconnectAction->setObjectName(QStringLiteral("actionReconnect"));
    QAction *closeTab = file->addAction(tr("&Close Tab"), this, &MainWindow::closeCurrentTab);
    closeTab->setObjectName(QStringLiteral("actionCloseTab"));
    QList<QKeySequence> closeKeys { QKeySequence(Qt::CTRL | Qt::Key_W) };
    const QList<QKeySequence> platformClose = QKeySequence::keyBindings(QKeySequence::Close);
    for (const QKeySequence &k : platformClose) {
        if (!closeKeys.contains(k))
            closeKeys.append(k);
    }
    closeTab->setShortcuts(closeKeys);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    createAccountMenu();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    QAction *goTo = view->addAction(tr("&Go to Menu Entry…"), this, &MainWindow::showQuickSwitcher);
    goTo->setObjectName(QStringLiteral("actionQuickSwitcher"));
    goTo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction *search = view->addAction(tr("&Search the Menu"), this, &MainWindow::focusNavigationSearch);
    search->setObjectName(QStringLiteral("actionSearchMenu"));
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *refresh = view->addAction(tr("&Refresh"), this, &MainWindow::refreshCurrentTab);
    refresh->setObjectName(QStringLiteral("actionRefresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setShortcutContext(Qt::WidgetShortcut); // shown in the menu; F5 itself is the shortcut's (below)
    QAction *check = view->addAction(tr("Check &Notifications"), this, &MainWindow::checkNotificationsNow);
    check->setObjectName(QStringLiteral("actionCheckNotificationsNow"));
    view->addSeparator();
    m_restoreTabsAction = view->addAction(tr("Restore &Tabs at Start"));
    m_restoreTabsAction->setObjectName(QStringLiteral("actionRestoreTabs"));
    m_restoreTabsAction->setCheckable(true);
    m_restoreTabsAction->setChecked(restoreTabsAtStart());
    connect(m_restoreTabsAction, &QAction::toggled, this, &MainWindow::setRestoreTabsAtStart);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("menuTools"));
    QAction *console = tools->addAction(tr("&Request Console"), this, &MainWindow::showRequestConsole);
    console->setObjectName(QStringLiteral("actionRequestConsole"));
    console->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About mgrdesk"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
}

AccountManagerDialog *MainWindow::accountManagerDialog() const
{
    return m_accountDialog;
}

PasswordPrompt *MainWindow::passwordPrompt() const
{
    return m_prompt;
}

QString MainWindow::currentAccountId() const
{
    return m_currentId;
}

net::Connection *MainWindow::currentConnection() const
{
    return m_currentId.isEmpty() ? nullptr : m_connections->connection(m_currentId);
}

void MainWindow::selectAccount(const QString &id)
{
    const int index = m_switcher->findData(id);
    if (index < 0)
        return;
    if (index == m_switcher->currentIndex() && id != m_currentId)
        onSwitcherChanged(index);
    else
        m_switcher->setCurrentIndex(index);
}

void MainWindow::refreshSwitcher()
{
    m_refreshing = true;
    const QString keep = m_currentId.isEmpty() ? m_preferredId : m_currentId;
    m_switcher->clear();
    const QList<Account> accounts = m_store->accounts();
    for (const Account &a : accounts) {
        QString text = QStringLiteral("%1 — %2").arg(a.name, a.username);
        const std::optional<int> level = m_levels.value(a.id);
        if (level)
            text += QStringLiteral(" (%1)").arg(net::accessLevelName(*level));
        m_switcher->addItem(tagIcon(a.tag), text, a.id);
        const int i = m_switcher->count() - 1;
        QString tip = tr("%1 on %2", "user on server").arg(a.username, a.baseUrl.toDisplayString());
        if (a.tag != accounts::EnvironmentTag::None)
            tip += QStringLiteral(" — ") + Account::tagName(a.tag);
        const auto who = m_whoami.constFind(a.id);
        if (who != m_whoami.constEnd()) {
            // Who the server says we are: the real name, the balance, the panel and its version.
            QStringList parts;
            if (!who->realname.isEmpty())
                parts.append(who->realname);
            if (!who->balance.isEmpty())
                parts.append(
                    tr("balance %1").arg(QStringLiteral("%1 %2").arg(who->balance, who->currency).trimmed()));
            if (!who->version.isEmpty())
                parts.append(QStringLiteral("%1 %2").arg(
                    who->mgr.isEmpty() ? QStringLiteral("billmgr") : who->mgr, who->version));
            if (!parts.isEmpty())
                tip += QLatin1Char('\n') + parts.join(QStringLiteral(" · "));
        }
        m_switcher->setItemData(i, tip, Qt::ToolTipRole);
        m_switcher->setItemData(i, text + QStringLiteral(", ") + tip, Qt::AccessibleTextRole);
    }
    m_refreshing = false;
    int index = m_switcher->findData(keep);
    if (index < 0 && m_switcher->count() > 0)
        index = 0;
    if (index >= 0 && !m_currentId.isEmpty() && m_switcher->itemData(index).toString() == m_currentId) {
        m_switcher->setCurrentIndex(index);
        updateStatus();
        updateTitle();
    } else {
        m_switcher->setCurrentIndex(index);
        onSwitcherChanged(index);
    }
}

void MainWindow::onSwitcherChanged(int index)
{
    if (m_refreshing)
        return;
    const QString id = index >= 0 ? m_switcher->itemData(index).toString() : QString();
    if (id == m_currentId && (id.isEmpty() || m_connections->existingConnection(id)))
        return;
    m_currentId = id;
    net::Connection *c = nullptr;
    if (!id.isEmpty()) {
        m_store->appSettings()->set(settings::keys::currentAccount, id);
        m_connections->connectAccount(id); // creates the connection on first use; later switches are instant
        c = m_connections->existingConnection(id);
    }
    updateStatus();
    updateTitle();
    Q_EMIT currentAccountChanged(id, c);
    updateActivity();
    updateNotifications();
}

void MainWindow::onConnectionCreated(const QString &accountId, net::Connection *connection)
{
    net::AuditRecorder::attach(connection); // once per connection (idempotent)
    connection->setKeepAliveActive(QGuiApplication::applicationState() == Qt::ApplicationActive);
    connect(connection, &net::Connection::activityChanged, this, &MainWindow::updateActivity);
    // func=notify for this account while it is logged in; the poller lives as long as the connection.
    auto *poller = new notify::NotificationPoller(connection, connection);
    if (m_notifyInterval > 0)
        poller->setInterval(m_notifyInterval);
    m_pollers.insert(accountId, poller);
    connect(poller, &notify::NotificationPoller::updated, this, &MainWindow::updateNotifications);
    m_desktop->watchPoller(accountId, poller); // desktop alerts and the tray
    connect(poller, &QObject::destroyed, this,
        [this] { QMetaObject::invokeMethod(this, &MainWindow::updateNotifications, Qt::QueuedConnection); });
    updateActivity();
}

QString MainWindow::stateText(net::Connection::State state)
{
    switch (state) {
    case net::Connection::State::LoggedOut:
        return tr("Not logged in");
    case net::Connection::State::LoggingIn:
        return tr("Logging in…");
    case net::Connection::State::Connected:
        return tr("Connected");
    case net::Connection::State::Error:
        return tr("Connection error");
    case net::Connection::State::WaitingForPassword:
        return tr("Waiting for the password");
    case net::Connection::State::WaitingForTrust:
        return tr("Waiting for a decision about the certificate");
    case net::Connection::State::WaitingForSecondFactor:
        return tr("Waiting for the login code");
    }
    return QString();
}

void MainWindow::openStartPageOnce(const QString &accountId, const protocol::MenuData &menu)
{
    // The server's start page (usually the dashboard) in the account's first tab, once per session, unless
    // the account has tabs already (restored ones included) or Preferences say not to.
    if (m_startPageOpened.contains(accountId))
        return;
    m_startPageOpened.insert(accountId);
    if (menu.startPage.isEmpty() || !m_store->appSettings()->get(settings::keys::openStartPage))
        return;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (tabAccountId(i) == accountId)
            return;
    }
    // The home page says it is a dashboard only in its reply (<doc func="dashboard">): name the kind here.
    const QString type
        = menu.startPage == QLatin1String("dashboard") ? QStringLiteral("dashboard") : QString();
    openEntryOn(accountId, menu.startPage, type, QString());
}

void MainWindow::fetchWhoami(const QString &accountId)
{
    // Who the server says we are (the real shape: user attributes, the su chain, the panel's version), for
    // the status bar and the account's tooltip.
    net::Connection *c = m_connections->existingConnection(accountId);
    if (!c)
        return;
    net::JobOptions options;
    options.noDefaultSu = true;
    // Owned by the connection, not the window: cancelling it while the window is destroyed would signal a
    // half-destroyed MainWindow (activityChanged).
    net::ApiJob *job = c->send(protocol::Request(QStringLiteral("whoami")), c, options);
    connect(job, &net::ApiJob::finished, this, [this, accountId](const net::ApiResult &result) {
        if (!result.ok() || !result.reply.whoami)
            return;
        m_whoami.insert(accountId, *result.reply.whoami);
        refreshSwitcher();
        if (accountId == m_currentId)
            updateStatus();
    });
}

void MainWindow::updateStatus()
{
    if (m_currentId.isEmpty()) {
        m_stateLabel->setText(m_store->count() == 0 ? tr("No account: add one with File › Accounts…")
                                                    : tr("No account selected"));
        m_tagBanner->hide();
        return;
    }
    const Account a = m_store->account(m_currentId);
    net::Connection *c = m_connections->existingConnection(m_currentId);
    QString text = c ? stateText(c->state()) : tr("Not logged in");
    if (c && c->state() == net::Connection::State::Connected) {
        const std::optional<int> level = c->level() ? c->level() : m_levels.value(m_currentId);
        text = level ? tr("Connected to %1 as %2, %3").arg(a.host(), a.username, net::accessLevelName(*level))
                     : tr("Connected to %1 as %2").arg(a.host(), a.username);
        const auto who = m_whoami.constFind(m_currentId);
        if (who != m_whoami.constEnd()) {
            if (!who->balance.isEmpty())
                text += QStringLiteral(" · ")
                    + tr("balance %1")
                          .arg(QStringLiteral("%1 %2").arg(who->balance, who->currency).trimmed());
            if (!who->version.isEmpty())
                text += QStringLiteral(" · %1 %2")
                            .arg(who->mgr.isEmpty() ? QStringLiteral("billmgr") : who->mgr, who->version);
        }
    } else if (!m_lastError.value(m_currentId).isEmpty()) {
        text += QStringLiteral(": ") + m_lastError.value(m_currentId);
    }
    m_stateLabel->setText(text);
    m_stateLabel->setAccessibleDescription(text);

    const QString colour = Account::tagColorName(a.tag);
    m_tagBanner->setVisible(!colour.isEmpty());
    if (!colour.isEmpty()) {
        m_tagBanner->setText(Account::tagName(a.tag).toUpper());
        m_tagBanner->setStyleSheet(
            QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; padding: 2px; }")
                .arg(colour));
    }
}

void MainWindow::updateTitle()
{
    if (m_currentId.isEmpty()) {
        setWindowTitle(tr("mgrdesk"));
        return;
    }
    const Account a = m_store->account(m_currentId);
    setWindowTitle(tr("%1 — mgrdesk").arg(a.name));
}

void MainWindow::askPassword(const QString &accountId, const QString &reason)
{
    if (m_prompt || !m_store->contains(accountId))
        return; // one at a time; the other connection keeps waiting and asks again on the next attempt
    m_lastError.insert(accountId, reason);
    if (accountId == m_currentId)
        updateStatus();
    m_prompt
        = new PasswordPrompt(m_store->account(accountId), reason, m_connections->keychainProblem(), this);
    m_prompt->setAttribute(Qt::WA_DeleteOnClose);
    PasswordPrompt *prompt = m_prompt;
    connect(prompt, &QDialog::finished, this, [this, prompt, accountId](int result) {
        if (result == QDialog::Accepted)
            m_connections->providePassword(accountId, prompt->password(), prompt->rememberPassword());
        else
            m_connections->passwordDeclined(accountId);
    });
    prompt->open();
}

void MainWindow::reconnect()
{
    if (!m_currentId.isEmpty())
        m_connections->connectAccount(m_currentId);
}

int MainWindow::openTab(QWidget *widget, const QString &title)
{
    return openTab(widget, title, m_currentId);
}

void MainWindow::closeCurrentTab()
{
    const int index = m_tabs->currentIndex();
    if (index >= 0)
        Q_EMIT m_tabs->tabCloseRequested(index);
}

void MainWindow::setNavigationWidget(QWidget *widget)
{
    if (m_navigation) {
        m_navigationLayout->removeWidget(m_navigation);
        m_navigation->deleteLater();
    }
    m_navigation = widget;
    if (widget) {
        m_navigationLayout->addWidget(widget);
        // Switcher → Manage Accounts → menu search → menu → tabs (and the current tab's content) → the
        // notification badge in the status bar.
        setTabOrder(m_switcher, m_manageButton);
        if (auto *nav = qobject_cast<NavigationTree *>(widget)) {
            setTabOrder(m_manageButton, nav->searchEdit());
            setTabOrder(nav->searchEdit(), nav->tree());
            setTabOrder(nav->tree(), m_tabs);
        } else {
            setTabOrder(m_manageButton, widget);
            setTabOrder(widget, m_tabs);
        }
        setTabOrder(m_tabs, m_badge);
    }
}

void MainWindow::showAccountManager()
{
    if (m_accountDialog) {
        m_accountDialog->raise();
        m_accountDialog->activateWindow();
        return;
    }
    m_accountDialog = new AccountManagerDialog(m_connections, this);
    m_accountDialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_currentId.isEmpty())
        m_accountDialog->selectAccount(m_currentId);
    m_accountDialog->open();
}

void MainWindow::showAbout()
{
    MessageBox::information(this, tr("About mgrdesk"),
        tr("mgrdesk %1\nA desktop client for the BILLmanager billing panel.\nBuilt with Qt %2.")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    WindowGeometry::save(this, m_splitter, m_store->appSettings());
    if (m_desktop->keepRunningInTray(event))
        return; // hidden, still polling: the tray shows it again
    saveTabs();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateTabMarkers(); // markers of untagged accounts are drawn in the palette's colours
    QMainWindow::changeEvent(event);
}

} // namespace mgrdesk::gui
