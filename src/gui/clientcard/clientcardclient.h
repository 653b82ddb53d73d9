#pragma once
// Who the client card shows (docs/clientcard.md): from a client (an `account` id, the Clients list's row key)
// or from one of its users (a `user` id: user.edit names its account), the client's name, e-mail and the
// server's summary line (account.edit: registration date and balance). Widget-free and asynchronous:
// resolve() returns at once, resolved() or failed() follows exactly once per resolve().
#include "core/net/joboptions.h"

#include <QObject>
#include <QPointer>

namespace mgrdesk::net {
class Connection;
struct ApiResult;
} // namespace mgrdesk::net

namespace mgrdesk::gui {

struct ClientCardIdentity
{
    QString accountId; // the client (BILLmanager's account)
    QString login; // the user the card was opened from (empty when opened from a client)
    QString userId;
    QString name, email;
    QString summary; // the server's own summary of the client (account.edit "info": registration, balance)
    QString balance; // the balance as the summary states it, when it names one
};

class ClientCardClient : public QObject
{
    Q_OBJECT
public:
    ClientCardClient(net::Connection *connection, const net::JobOptions &options, QObject *parent = nullptr);

    // function "account" (or empty): elid is the client's id; "user": elid is a user id of the client.
    void resolve(const QString &function, const QString &elid);
    const ClientCardIdentity &identity() const { return m_identity; }

    // The balance named in a summary such as "Registration date 2024-01-02, Balance 12.50 USD" (the word
    // given by the server in its language): the text after the last ", WORD " that starts with a digit or a
    // minus; empty when there is none.
    static QString balanceFromSummary(const QString &summary);

Q_SIGNALS:
    void resolved(const mgrdesk::gui::ClientCardIdentity &identity);
    void failed(const QString &message);

private:
    void readAccount();
    bool finishFailed(const net::ApiResult &result, int generation);

    QPointer<net::Connection> m_connection;
    net::JobOptions m_options;
    ClientCardIdentity m_identity;
    int m_generation = 0;
};

} // namespace mgrdesk::gui
