#pragma once
// The request console: compose any API request (function, ordered parameters, optional su), send it through
// the account's net::Connection (so authentication, lang, TLS trust, re-login and su apply exactly as for the
// rest of the app), and study the reply (status, HTTP status, time, size; a parsed view and a masked raw
// view). Its own history, and the account's request log, load requests back into the editor: open a list
// anywhere in the app, then load its request here to learn the API call. "Copy as URL" / "Copy as curl" copy
// the request with secrets masked and never a session id. Deletes and sok=ok ask first (switchable for the
// session).
//
// Main window:
//   auto *console = new gui::RequestConsole(connection, QString(), this);
//   openTab(console, console->title());

#include "core/navigation/menustore.h"
#include "core/net/apiresult.h"
#include "core/protocol/request.h"

#include <QPointer>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QListWidget;
class QPushButton;
class QTabWidget;
QT_END_NAMESPACE

namespace mgrdesk::net {
class ApiJob;
class Connection;
struct RequestLogEntry;
} // namespace mgrdesk::net

namespace mgrdesk::gui {

class ImpersonationBanner;
class ReplyView;
class RequestEditor;
class RequestLogView;

class RequestConsole : public QWidget
{
    Q_OBJECT
public:
    // defaultSu empty: the connection's default su (if any) fills "Run as"; the console then sends exactly
    // what "Run as" shows (JobOptions{su, noDefaultSu}).
    explicit RequestConsole(
        net::Connection *connection, const QString &defaultSu = QString(), QWidget *parent = nullptr);
    ~RequestConsole() override;

    net::Connection *connection() const { return m_connection; }
    QString title() const; // for the tab: "Console: user@host"

    // The editor's request (no su) and "Run as".
    protocol::Request request() const;
    void setRequest(const protocol::Request &request, const QString &runAs = QString());
    QString runAs() const;
    void setRunAs(const QString &login);
    bool loadText(const QString &text); // query string, URL or log line
    void loadLogEntry(const net::RequestLogEntry &entry);
    void setKnownFunctions(const QStringList &functions); // more completion
    // Where the menu for completion comes from (the window's store, shared with the navigation tree);
    // nullptr: a private one. The console asks it when the function field is first focused.
    void setMenuStore(navigation::MenuStore *store);
    navigation::MenuStore *menuStore() const { return m_menus; }

    // request() as the connection sends it, without authentication: su from "Run as", lang
    // (net::Connection::userRequest, the one rule for the shown, confirmed and copied requests).
    protocol::Request sentRequest() const;
    QString urlText() const; // what "Copy as URL" copies
    QString curlText() const; // what "Copy as curl" copies
    QString mgrctlText() const; // what "Copy as mgrctl" copies
    QString cliText() const; // what "Copy as mgrdesk-cli" copies

    bool confirmsDangerous() const;
    void setConfirmsDangerous(bool on); // session only, never saved
    bool isBusy() const { return m_job != nullptr; }
    std::optional<net::ApiResult> lastResult() const { return m_lastResult; }
    int historyCount() const;

    RequestEditor *editor() const { return m_editor; }
    ReplyView *replyView() const { return m_reply; }
    RequestLogView *logView() const { return m_logView; }
    QListWidget *historyList() const { return m_history; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *cancelButton() const { return m_cancel; }
    QCheckBox *confirmCheckBox() const { return m_confirm; }
    ImpersonationBanner *banner() const { return m_banner; }
    QTabWidget *sideTabs() const { return m_side; }

public Q_SLOTS:
    void send(); // Ctrl+Return; confirms first when dangerous
    void cancel();
    void copyAsUrl();
    void copyAsCurl();
    void copyAsMgrctl(); // issue 15: mgrctl -m billmgr FUNC name=value … (links::CommandLineText)
    void copyAsCli(); // issue 15: mgrdesk-cli call --url … --user … FUNC name=value …
    void loadHistory(int row); // 0 = newest
    void previousHistory(); // Ctrl+Up
    void nextHistory(); // Ctrl+Down

Q_SIGNALS:
    void requestSent(const mgrdesk::protocol::Request &request, const QString &runAs);
    void finished(const mgrdesk::net::ApiResult &result);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void sendNow(const protocol::Request &request, const QString &su);
    void onFinished(const protocol::Request &request, const QString &su, const net::ApiResult &result);
    void addHistory(const protocol::Request &request, const QString &su);
    void updateBanner();
    void updateButtons();
    void fetchMenuFunctions();
    void showNote(const QString &text);
    QString defaultLang() const;
    QStringList secrets() const; // what every rendering of a reply masks (session id, password)

    QPointer<net::Connection> m_connection;
    RequestEditor *m_editor = nullptr;
    ReplyView *m_reply = nullptr;
    RequestLogView *m_logView = nullptr;
    QListWidget *m_history = nullptr;
    QTabWidget *m_side = nullptr;
    QPushButton *m_send = nullptr, *m_cancel = nullptr, *m_copyUrl = nullptr, *m_copyCurl = nullptr;
    QPushButton *m_copyMgrctl = nullptr, *m_copyCli = nullptr;
    QCheckBox *m_confirm = nullptr;
    ImpersonationBanner *m_banner = nullptr;
    QPointer<navigation::MenuStore> m_menus;
    QMetaObject::Connection m_menuConnection;
    bool m_menuWanted = false; // the function field had the focus: load the menu once logged in
    QPointer<net::ApiJob> m_job;
    std::optional<net::ApiResult> m_lastResult;
    int m_historyIndex = -1; // the history row loaded by Ctrl+Up/Down, -1 = none
};

} // namespace mgrdesk::gui
