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
    void su(Context &ctx, Node &doc);
    void whoami(Context &ctx, Node &doc);
    void desktop(Context &ctx, Node &doc);
    void notify(Context &ctx, Node &doc);
    void sessionList(Context &ctx, Node &doc);
    void sessionDelete(Context &ctx, Node &doc);
    void sessionNewKey(Context &ctx, Node &doc);
    void longOperation(Context &ctx, Node &doc, Reply &reply);
    void progressGet(Context &ctx, Node &doc);
    void journal(const Context &ctx);
    Node errorNode(const Context &ctx, const ApiError &e) const;
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
    ListEngine m_lists;
    Forms m_forms;
    ReportEngine m_reports; // reports (reportengine.cpp)
    Dashboard m_dashboard; // the home page and its blocks (dashboard.cpp)
    QHash<QString, Operation> m_operations;
};

} // namespace mgrdesk::sim
