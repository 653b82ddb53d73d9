#include "clientcardpage.h"

#include "clientcardblock.h"

#include "icons/iconprovider.h"
#include "impersonation/browserlogin.h"
#include "impersonation/impersonationtab.h"
#include "router/pagehost.h"

#include "core/models/tablemodel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace mgrdesk::gui {

using routing::PageRequest;

QList<ClientCardListSpec> ClientCardPage::lists()
{
    using F = ClientCardListSpec::Filter;
    // users by the list's filter field; the others with BILLmanager's "Show client's records" (X.setfilter);
    // the action log by the login (its filter form's "user"), newest first
    return {
        { QStringLiteral("user"), QStringLiteral("user"), tr("Users"), F::Params, QStringLiteral("account"),
            false, QString() },
        { QStringLiteral("vds"), QStringLiteral("vds"), tr("Virtual servers"), F::SetFilter, QString(), false,
            QString() },
        { QStringLiteral("domain"), QStringLiteral("domain"), tr("Domains"), F::SetFilter, QString(), false,
            QString() },
        { QStringLiteral("payment"), QStringLiteral("payment"), tr("Payments"), F::SetFilter, QString(),
            false, QString() },
        { QStringLiteral("invoice"), QStringLiteral("invoice"), tr("Invoices"), F::SetFilter, QString(),
            false, QString() },
        { QStringLiteral("ticket_all"), QStringLiteral("ticket_all"), tr("Tickets"), F::SetFilter, QString(),
            false, QString() },
        { QStringLiteral("journal"), QStringLiteral("journal"), tr("Recent actions"), F::Params,
            QStringLiteral("user"), true, QStringLiteral("time") },
    };
}

PageRequest clientCardRequest(const QString &clientId, const QString &accountId, const QString &function)
{
    PageRequest r;
    r.accountId = accountId;
    r.function = function.isEmpty() ? QStringLiteral("account") : function;
    r.elid = clientId;
    r.kind = QString::fromLatin1(routing::PageKind::ClientCard);
    return r;
}

ClientCardPage::ClientCardPage(const PageContext &context)
    : m_context(context)
{
    setObjectName(QStringLiteral("clientCard"));
    m_client = new ClientCardClient(context.connection, context.jobOptions(), this);
    connect(m_client, &ClientCardClient::resolved, this, &ClientCardPage::onResolved);
    connect(m_client, &ClientCardClient::failed, this, &ClientCardPage::onFailed);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    buildHeader(content);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    auto *money = new QHBoxLayout;
    money->addWidget(m_balance);
    money->addWidget(m_summary, 1);
    layout->addLayout(money);
    layout->addWidget(m_error);
    auto *actions = new QHBoxLayout;
    auto *loginLabel = new QLabel(tr("&Login:"), content);
    loginLabel->setBuddy(m_login);
    actions->addWidget(loginLabel);
    actions->addWidget(m_login);
    for (QPushButton *b : { m_actAs, m_browser, m_userForm, m_clientForm })
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_reload);
    layout->addLayout(actions);

    auto *grid = new QGridLayout;
    grid->setSpacing(8);
    int i = 0;
    for (const ClientCardListSpec &spec : lists()) {
        auto *block = new ClientCardBlock(context.connection, spec, context.jobOptions(), blockRows, content);
        connect(block, &ClientCardBlock::openRequested, this, &ClientCardPage::open);
        connect(block, &ClientCardBlock::loaded, this, [this] {
            if (allLoaded())
                Q_EMIT allBlocksLoaded();
        });
        if (spec.name == QLatin1String("user"))
            connect(block, &ClientCardBlock::loaded, this, &ClientCardPage::onUsersLoaded);
        m_blocks.append(block);
        grid->addWidget(block, i / 2, i % 2);
        ++i;
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    layout->addStretch(1);
    scroll->setWidget(content);

    updateButtons();
    reload();
}

void ClientCardPage::buildHeader(QWidget *parent)
{
    m_title = new QLabel(tr("Client"), parent);
    m_title->setObjectName(QStringLiteral("title"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QLabel(parent);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_balance = new QLabel(parent);
    m_balance->setObjectName(QStringLiteral("balance"));
    QFont bold = m_balance->font();
    bold.setBold(true);
    m_balance->setFont(bold);
    m_summary = new QLabel(parent);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel(parent);
    m_error->setObjectName(QStringLiteral("cardError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #ffffff; background: #b00020; padding: 4px;"));
    m_error->hide();

    m_login = new QComboBox(parent);
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setToolTip(tr("The client's user that Act as, Open in browser and the action log use"));
    m_login->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_login, &QComboBox::currentIndexChanged, this, [this] { loginChanged(false); });
    auto button = [parent](const QString &name, const QString &text, const QString &img, const QString &tip) {
        auto *b = new QPushButton(IconProvider::icon(img), text, parent);
        b->setObjectName(name);
        b->setToolTip(tip);
        return b;
    };
    m_actAs = button(QStringLiteral("actAs"), tr("&Act as"), QStringLiteral("t-go"),
        tr("Open a tab acting as this user (su)"));
    m_browser = button(QStringLiteral("openInBrowser"), tr("Open in &browser"), QStringLiteral("t-go"),
        tr("Open the web interface in your browser, logged in as this user"));
    m_userForm = button(
        QStringLiteral("userForm"), tr("&User…"), QStringLiteral("t-edit"), tr("Edit this user (user.edit)"));
    m_clientForm = button(QStringLiteral("clientForm"), tr("&Client…"), QStringLiteral("t-edit"),
        tr("Edit the client (account.edit)"));
    m_reload = button(QStringLiteral("reload"), tr("&Refresh"), QStringLiteral("t-refresh"),
        tr("Read the client and every list again"));
    connect(m_actAs, &QPushButton::clicked, this, &ClientCardPage::actAs);
    connect(m_browser, &QPushButton::clicked, this, &ClientCardPage::openInBrowser);
    connect(m_userForm, &QPushButton::clicked, this, &ClientCardPage::openUserForm);
    connect(m_clientForm, &QPushButton::clicked, this, &ClientCardPage::openClientForm);
    connect(m_reload, &QPushButton::clicked, this, &ClientCardPage::reload);
}

QString ClientCardPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

ClientCardBlock *ClientCardPage::block(const QString &name) const
{
    for (ClientCardBlock *b : m_blocks)
        if (b->spec().name == name)
            return b;
    return nullptr;
}

bool ClientCardPage::allLoaded() const
{
    for (ClientCardBlock *b : m_blocks)
        if (!b->isLoaded())
            return false;
    return true;
}

QString ClientCardPage::login() const
{
    return m_login->currentText();
}

void ClientCardPage::reload()
{
    m_resolved = false;
    m_error->hide();
    m_title->setText(tr("Client"));
    m_details->setText(tr("Reading the client…"));
    m_client->resolve(m_context.request.function, m_context.request.elid);
}

void ClientCardPage::onResolved(const ClientCardIdentity &identity)
{
    m_resolved = true;
    m_title->setText(identity.name);
    m_details->setText(identity.email.isEmpty()
            ? tr("Client #%1").arg(identity.accountId)
            : tr("Client #%1 · %2").arg(identity.accountId, identity.email));
    m_balance->setText(identity.balance.isEmpty() ? QString() : tr("Balance: %1").arg(identity.balance));
    m_summary->setText(identity.summary);
    if (m_context.host)
        m_context.host->pageTitleChanged(this, tr("Client — %1").arg(identity.name));
    for (ClientCardBlock *b : std::as_const(m_blocks))
        if (!b->spec().byLogin)
            b->load(identity.accountId);
    if (!identity.login.isEmpty() && m_login->findText(identity.login) < 0)
        m_login->addItem(identity.login); // known before the users list arrives
    loginChanged(true);
    updateButtons();
}

void ClientCardPage::onFailed(const QString &message)
{
    m_details->clear();
    m_error->setText(tr("The client could not be read: %1").arg(message));
    m_error->show();
    for (ClientCardBlock *b : std::as_const(m_blocks))
        b->showError(tr("Not loaded: the client could not be read."));
    updateButtons();
}

void ClientCardPage::onUsersLoaded(bool ok)
{
    if (!ok) {
        loginChanged(false); // the login the card was opened with, else the action log says why it is empty
        return;
    }
    const ClientCardBlock *users = block(QStringLiteral("user"));
    const models::TableModel *model = users->model();
    const QString previous = login();
    const QSignalBlocker blocker(m_login);
    m_login->clear();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString name = model->value(r, QStringLiteral("name"));
        if (!name.isEmpty())
            m_login->addItem(name, model->rowKey(r));
    }
    const QString wanted = !identity().login.isEmpty() ? identity().login : previous;
    const int index = m_login->findText(wanted);
    if (!wanted.isEmpty() && index < 0)
        m_login->insertItem(0, wanted); // a user beyond the block's rows
    m_login->setCurrentIndex(qMax(0, m_login->findText(wanted)));
    loginChanged(false);
}

void ClientCardPage::loginChanged(bool force)
{
    ClientCardBlock *journal = block(QStringLiteral("journal"));
    const QString current = login();
    if (!m_resolved)
        return;
    if (current.isEmpty()) {
        if (const ClientCardBlock *users = block(QStringLiteral("user")); users && users->isLoaded())
            journal->showError(tr("The client has no user whose actions could be shown."));
    } else if (force || journal->value() != current) {
        journal->load(current);
    }
    updateButtons();
}

void ClientCardPage::updateButtons()
{
    const bool hasLogin = m_resolved && !login().isEmpty();
    m_login->setEnabled(m_login->count() > 1);
    m_actAs->setEnabled(hasLogin);
    m_browser->setEnabled(hasLogin);
    m_userForm->setEnabled(
        hasLogin && (!m_login->currentData().toString().isEmpty() || !identity().userId.isEmpty()));
    m_clientForm->setEnabled(m_resolved);
}

void ClientCardPage::open(const PageRequest &request)
{
    if (m_context.host)
        m_context.host->requestPage(m_context.follow(request), this);
}

void ClientCardPage::actAs()
{
    if (login().isEmpty())
        return;
    PageRequest next;
    next.function = ImpersonationTab::defaultFunction();
    next.su = login();
    open(next);
}

void ClientCardPage::openInBrowser()
{
    if (!login().isEmpty() && m_context.connection)
        BrowserLogin::open(m_context.connection, login(), this); // asks first, naming the user
}

void ClientCardPage::openUserForm()
{
    QString userId = m_login->currentData().toString();
    if (userId.isEmpty() && login() == identity().login)
        userId = identity().userId;
    if (userId.isEmpty())
        return;
    PageRequest next;
    next.function = QStringLiteral("user.edit");
    next.elid = userId;
    next.kind = QString::fromLatin1(routing::PageKind::Form);
    open(next);
}

void ClientCardPage::openClientForm()
{
    if (!m_resolved)
        return;
    PageRequest next;
    next.function = QStringLiteral("account.edit");
    next.elid = identity().accountId;
    next.kind = QString::fromLatin1(routing::PageKind::Form);
    open(next);
}

} // namespace mgrdesk::gui
