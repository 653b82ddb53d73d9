#pragma once
// The BILLmanager simulator's request handling, independent of HTTP: authentication (session, authinfo, key),
// su, languages, navigation, sessions, long operations, dispatch to lists and forms, and the output formats.
#include "context.h"
#include "dashboard.h"
#include "forms.h"
#include "listengine.h"
#include "reportengine.h"
#include "sessionstore.h"

#include <QElapsedTimer>
#include <QHostAddress>

namespace mgrdesk::sim {

class Dataset;

class Billmgr
{
public:
    struct Options
    {
        int idleTimeout = 3600;
        QList<QPair<QHostAddress, int>> authinfoWhitelist; // empty = authinfo from anywhere
        QString defaultLang = QStringLiteral("en");
        QString path = QStringLiteral("/billmgr");
        int opSteps = 4;
        int opStepMs = 500;
        QString totpSecret = QStringLiteral("JBSWY3DPEHPK3PXP"); // base32, for admin2fa; empty: no 2FA
    };

    Billmgr(Dataset &data, const Options &options);

    Reply handle(const RequestData &request);
    // The session a request would use (auth= or the cookie), for fault injection.
    static QString sessionOf(const RequestData &request);
    // The query with secrets (password, passwd, confirm, authinfo, key, auth) shown as "*", as BILLmanager
    // logs it.
    static QString maskedQuery(const QList<QPair<QString, QString>> &params);
    SessionStore &sessions() { return m_sessions; }

private:
    void authenticate(Context &ctx, const RequestData &request);
    void applyUser(Context &ctx, const QString &login);
    bool maySu(const QString &caller, const QString &target) const;
    void dispatch(Context &ctx, Node &doc, Reply &reply);
    void auth(Context &ctx, Node &doc, Reply &reply);
    // billmgrtotp.cpp: the second-factor step of admin2fa's login
    bool needsSecondFactor(const QString &username) const;
    void startSecondFactor(Context &ctx, Node &doc, const QString &username);
    void secondFactorForm(Context &ctx, Node &doc, const QString &username, const QString &token);
    void authTotp(Context &ctx, Node &doc, Reply &reply);
    // billmgrdocuments.cpp: printed forms and PDFs (true: the reply is a file)
    bool document(Context &ctx, Reply &reply);
    // billmgrticketfile.cpp: ticket.file, an attachment's bytes (true: the reply is a file)
    bool ticketFile(Context &ctx, Reply &reply);
    void su(Context &ctx, Node &doc);
    void whoami(Context &ctx, Node &doc);
    void desktop(Context &ctx, Node &doc);
    void notify(Context &ctx, Node &doc);
    void sessionList(Context &ctx, Node &doc);
    void recovery(Context &ctx, Node &doc);
    void registerUser(Context &ctx, Node &doc);
    void sessionDelete(Context &ctx, Node &doc);
    void sessionNewKey(Context &ctx, Node &doc);
    void longOperation(Context &ctx, Node &doc, Reply &reply);
    void progressGet(Context &ctx, Node &doc);
    void journal(const Context &ctx);
    Node errorNode(const Context &ctx, const ApiError &e) const;
    struct NotifyItem
    {
        QString name, type, img, action;
        int count = 0;
    };
    QList<NotifyItem> notifyItems(const Context &ctx) const;
    int notifyTotal(const Context &ctx) const;
    // out=text: one object per line as key=value pairs (mgrctl's output)
    static QByteArray textOutput(const Node &doc);
    void render(const Context &ctx, Node &doc, Reply &reply, bool loginPage);

    struct Operation
    {
        QString action;
        qint64 startMs;
        QString comment;
    };

    Dataset &m_data;
    Options m_options;
    SessionStore m_sessions;
    struct PendingTotp
    {
        QString username, ip;
        qint64 expires = 0; // seconds since the epoch
        int attempts = 0;
    };
    QHash<QString, PendingTotp> m_pendingTotp; // login token → the half-done login
    ListEngine m_lists;
    Forms m_forms;
    ReportEngine m_reports; // reports (reportengine.cpp)
    Dashboard m_dashboard; // the home page and its blocks (dashboard.cpp)
    QHash<QString, Operation> m_operations;
    mutable QHash<QString, QPair<QString, int>> m_notifyCache; // user -> (table versions, total)
};

} // namespace mgrdesk::sim
