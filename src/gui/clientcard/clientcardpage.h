#pragma once
// The client card (PageRegistry kind "clientcard", docs/clientcard.md): one page for one client with its
// balance, users, services, payments, invoices, tickets and recent action log, each a compact list filtered
// to the client by the server; Act as, Open in browser as the client, and the client's forms. Opened through
// the page router from a Clients (account) or Users (user) row, or by anyone with clientCardRequest().
#include "clientcardblock.h"
#include "clientcardclient.h"
#include "router/pagecontext.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace mgrdesk::gui {

// The request that opens the card of client `clientId` (an `account` id; function "user" and a user id open
// the card of that user's client with that login chosen). accountId: the mgrdesk account (empty: the current
// one).
routing::PageRequest clientCardRequest(
    const QString &clientId, const QString &accountId = QString(), const QString &function = QString());

class ClientCardPage : public QWidget
{
    Q_OBJECT
public:
    explicit ClientCardPage(const PageContext &context);

    static constexpr int blockRows = 8; // rows each compact list asks for
    static QList<ClientCardListSpec> lists(); // the card's lists, in order

    const ClientCardIdentity &identity() const { return m_client->identity(); }
    bool isResolved() const { return m_resolved; }
    QString errorText() const; // the card's own error (the client could not be read)
    QList<ClientCardBlock *> blocks() const { return m_blocks; }
    ClientCardBlock *block(const QString &name) const;
    bool allLoaded() const; // every block finished (rows or its error)
    QString login() const; // the login chosen for Act as, the browser and the action log
    QComboBox *loginBox() const { return m_login; }
    QPushButton *actAsButton() const { return m_actAs; }
    QPushButton *browserButton() const { return m_browser; }
    QPushButton *userFormButton() const { return m_userForm; }
    QPushButton *clientFormButton() const { return m_clientForm; }

    void reload(); // the client and every block again
    void actAs(); // opens an impersonation tab as login()
    void openInBrowser(); // BrowserLogin as login() (asks first)
    void openUserForm(); // user.edit of login()
    void openClientForm(); // account.edit of the client

Q_SIGNALS:
    void allBlocksLoaded();

private:
    void buildHeader(QWidget *parent);
    void onResolved(const ClientCardIdentity &identity);
    void onFailed(const QString &message);
    void onUsersLoaded(bool ok);
    void loginChanged(bool force); // force: reload the action log even for the same login
    void updateButtons();
    void open(const routing::PageRequest &request);

    PageContext m_context;
    ClientCardClient *m_client = nullptr;
    bool m_resolved = false;
    QList<ClientCardBlock *> m_blocks;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_balance = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QComboBox *m_login = nullptr;
    QPushButton *m_actAs = nullptr;
    QPushButton *m_browser = nullptr;
    QPushButton *m_userForm = nullptr;
    QPushButton *m_clientForm = nullptr;
    QPushButton *m_reload = nullptr;
};

} // namespace mgrdesk::gui
