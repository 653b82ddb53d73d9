#pragma once
// "Open in browser": after a confirmation that names the user (gui::MessageBox, pre-answerable in tests),
// creates a one-time login key (net::Connection::requestWebLoginUrl: session.newkey with 32 random bytes from
// the system CSPRNG as 64 hex digits) and opens base?func=auth&username=U&key=K&checkcookie=no in the system
// browser. The URL/key goes nowhere else (not logged; the request log masks `key`). Tests inject the opener.

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace mgrdesk::net {
class Connection;
}

namespace mgrdesk::gui {

class BrowserLogin : public QObject
{
    Q_OBJECT
public:
    using UrlOpener = std::function<bool(const QUrl &url)>;
    // Replaces QDesktopServices::openUrl (tests); an empty function restores it.
    static void setUrlOpener(UrlOpener opener);

    // Asks, then opens. user empty: the account's own user. The object deletes itself after finished().
    static BrowserLogin *open(net::Connection *connection, const QString &user, QWidget *parent);

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    BrowserLogin(net::Connection *connection, const QString &user, QWidget *parent);
    void confirm();
    void requestKey();
    void done(bool ok, const QString &message);

    QPointer<net::Connection> m_connection;
    QPointer<QWidget> m_parent;
    QString m_user;
};

} // namespace mgrdesk::gui
