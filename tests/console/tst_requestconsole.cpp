// The request console against the real demo server over HTTPS (its certificate pinned), real widgets
// offscreen: whoami shows the user; a list shows rows; an error shows the server's message with type and
// object; su shows the banner and the highlighted field and the server answers as that user; a pasted query
// string or URL fills the editor; Copy as curl/URL mask secrets and hold no session id; a request made
// elsewhere in the app loads back from the request log; deletes and sok=ok ask first.
#include "common/impersonationbanner.h"
#include "common/messagebox.h"
#include "console/consoletext.h"
#include "console/replyview.h"
#include "console/requestconsole.h"
#include "console/requesteditor.h"
#include "console/requestlogview.h"
#include "dialoganswerer.h"
#include "lists/listview.h"

#include "core/models/listloader.h"
#include "core/models/tablemodel.h"
#include "core/net/connection.h"
#include "democlient.h"
#include "demoserver.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace mgrdesk;
using gui::ConsoleText;
using gui::MessageBox;
using gui::ReplyView;
using gui::RequestConsole;

namespace {

// The value of the first tree item named `name` (any depth), or a null string.
QString treeValue(QTreeWidget *tree, const QString &name)
{
    const auto items = tree->findItems(name, Qt::MatchExactly | Qt::MatchRecursive, 0);
    return items.isEmpty() ? QString() : items.first()->text(1);
}

QList<QPair<QString, QString>> rows(QTableWidget *table)
{
    QList<QPair<QString, QString>> out;
    for (int r = 0; r < table->rowCount(); ++r)
        out.append({ table->item(r, 0) ? table->item(r, 0)->text() : QString(),
            table->item(r, 1) ? table->item(r, 1)->text() : QString() });
    return out;
}

int logged(net::Connection *c, const QString &function)
{
    int n = 0;
    const auto entries = c->requestLog()->entries();
    for (const net::RequestLogEntry &e : entries)
        n += e.function == function ? 1 : 0;
    return n;
}

} // namespace

class TestRequestConsole : public QObject
{
    Q_OBJECT

    test::DemoServer m_server;
    std::vector<std::unique_ptr<net::Connection>> m_connections;

    net::Connection *connect(const QString &user, const QString &defaultSu = QString())
    {
        auto c = std::make_unique<net::Connection>(test::demoConnectionSettings(m_server, user, defaultSu));
        c->setPassword(test::demoPassword);
        m_connections.push_back(std::move(c));
        return m_connections.back().get();
    }

    std::unique_ptr<RequestConsole> open(net::Connection *c, const QString &defaultSu = QString())
    {
        auto console = std::make_unique<RequestConsole>(c, defaultSu);
        console->resize(1100, 700);
        console->show();
        console->activateWindow();
        if (!QTest::qWaitForWindowActive(console.get()))
            qWarning("console window not active");
        return console;
    }

    // Types the function, presses Ctrl+Return in the editor and waits for the reply.
    static bool sendByKeyboard(RequestConsole *console, const QString &function)
    {
        QLineEdit *f = console->editor()->functionEdit();
        f->setFocus();
        f->selectAll();
        QTest::keyClicks(f, function);
        QSignalSpy done(console, &RequestConsole::finished);
        QTest::keyClick(f, Qt::Key_Return, Qt::ControlModifier);
        return done.wait(30000);
    }

    static bool sendAndWait(RequestConsole *console)
    {
        QSignalSpy done(console, &RequestConsole::finished);
        console->sendButton()->click();
        return done.wait(30000);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.errorString())); }
    void cleanup() { m_connections.clear(); }

    void whoamiShowsTheUser()
    {
        net::Connection *c = connect(QStringLiteral("admin"));
        auto console = open(c);
        QVERIFY(sendByKeyboard(console.get(), QStringLiteral("whoami")));
        QVERIFY(console->lastResult());
        QCOMPARE(console->lastResult()->status, net::ApiResult::Status::Ok);
        ReplyView *reply = console->replyView();
        QCOMPARE(reply->page(), ReplyView::Page::Tree);
        // the real whoami shape: <user name="admin" level="29" …/> (attributes, no text)
        QCOMPARE(treeValue(reply->tree(), QStringLiteral("@name")), QStringLiteral("admin"));
        QCOMPARE(treeValue(reply->tree(), QStringLiteral("@level")), QStringLiteral("29"));
        QVERIFY2(reply->statusText().contains(QLatin1String("HTTP 200")), qPrintable(reply->statusText()));
        QVERIFY(reply->statusText().contains(QLatin1String(" ms")));
        QVERIFY2(reply->rawText().contains(QLatin1String("<user")), qPrintable(reply->rawText()));
        QVERIFY(reply->rawText().contains(QLatin1String("name=\"admin\"")));
        QVERIFY(!c->sessionId().isEmpty());
        QVERIFY(!reply->rawText().contains(c->sessionId()));
        // It went through the connection: logged (masked), and into this console's history.
        QCOMPARE(console->historyCount(), 1);
        QCOMPARE(console->historyList()->item(0)->text(), QStringLiteral("func=whoami"));
        QVERIFY(console->logView()->findFunction(QStringLiteral("whoami")) >= 0);

        // Completion: functions of the navigation menu (fetched once when the field had the focus) and of the
        // log.
        QTRY_VERIFY_WITH_TIMEOUT(
            console->editor()->knownFunctions().contains(QStringLiteral("account")), 30000);
        QVERIFY(console->editor()->knownFunctions().contains(QStringLiteral("whoami")));
        QCOMPARE(console->editor()->functionEdit()->completer()->model()->rowCount(),
            console->editor()->knownFunctions().size());

        // Authentication never comes from the editor.
        console->setRequest(protocol::Request(QStringLiteral("whoami"))
                                .set(QStringLiteral("authinfo"), QStringLiteral("admin:x")));
        console->send();
        QVERIFY(!console->isBusy());
        QVERIFY(reply->statusText().contains(QLatin1String("authinfo")));
    }

    void listShowsRows()
    {
        net::Connection *c = connect(QStringLiteral("admin"));
        auto console = open(c);
        console->setRequest(protocol::Request(QStringLiteral("payment")).setPage(1, 25));
        QVERIFY(sendAndWait(console.get()));
        ReplyView *reply = console->replyView();
        QCOMPARE(reply->page(), ReplyView::Page::Table);
        QCOMPARE(reply->tableModel()->rowCount(), 25);
        QVERIFY(reply->tableModel()->columnForName(QStringLiteral("id")) >= 0);
        QVERIFY(!reply->tableModel()->rowKey(0).isEmpty());
        QVERIFY(reply->tableView()->isVisible());
        QVERIFY2(reply->statusText().contains(QLatin1String("25 row")), qPrintable(reply->statusText()));
        QCOMPARE(reply->rawText().count(QLatin1String("<elem>")), 25);
        QVERIFY(!reply->isRawTruncated());

        // A huge reply's text is cut with a note; the parsed reply keeps every row.
        bool truncated = false;
        const QString shortText
            = ConsoleText::renderReply(console->lastResult()->reply, {}, 2000, &truncated);
        QVERIFY(truncated);
        QVERIFY(shortText.contains(QLatin1String("Truncated")));
        QVERIFY(shortText.size() < 6000);
    }

    void errorShowsTheServerMessage()
    {
        net::Connection *c = connect(QStringLiteral("admin"));
        auto console = open(c);
        // No dot: a read as far as Connection::changesState knows, so the console sends it without asking.
        console->setRequest(protocol::Request(QStringLiteral("nosuchfunction")));
        QVERIFY(sendAndWait(console.get()));
        const net::ApiResult result = *console->lastResult();
        QCOMPARE(result.status, net::ApiResult::Status::ApiError);
        QVERIFY(result.reply.error);
        ReplyView *reply = console->replyView();
        QCOMPARE(reply->page(), ReplyView::Page::Error);
        QVERIFY(!reply->errorText().isEmpty());
        QCOMPARE(reply->errorText(), result.reply.error->message.trimmed());
        QVERIFY2(reply->errorDetails().contains(QLatin1String("Type: unknown")),
            qPrintable(reply->errorDetails()));
        QVERIFY(reply->errorDetails().contains(QLatin1String("Object: func")));
        QVERIFY(reply->rawText().contains(QLatin1String("<error type=\"unknown\" object=\"func\"")));
        QVERIFY(reply->statusText().contains(QLatin1String("Server error")));
    }

    void suShowsTheBannerAndRunsAsThatUser()
    {
        net::Connection *c = connect(QStringLiteral("admin"));
        auto console = open(c);
        QVERIFY(console->banner()->isHidden());
        QVERIFY(!console->editor()->isRunAsHighlighted());
        QTest::keyClicks(console->editor()->runAsEdit(), QStringLiteral("client1"));
        QCOMPARE(console->runAs(), QStringLiteral("client1"));
        QVERIFY(console->banner()->isVisible());
        QCOMPARE(console->banner()->actingAs(), QStringLiteral("client1"));
        QVERIFY(console->banner()->text().contains(QLatin1String("admin")));
        QVERIFY(console->editor()->isRunAsHighlighted());

        QVERIFY(sendByKeyboard(console.get(), QStringLiteral("whoami")));
        QCOMPARE(console->lastResult()->status, net::ApiResult::Status::Ok);
        QCOMPARE(treeValue(console->replyView()->tree(), QStringLiteral("@name")), QStringLiteral("client1"));
        QCOMPARE(treeValue(console->replyView()->tree(), QStringLiteral("@level")), QStringLiteral("16"));
        // The whoami the console sent (the menu store's func=desktop may be logged after it).
        QString whoamiSent;
        for (const auto &entry : c->requestLog()->entries())
            if (entry.function == QLatin1String("whoami"))
                whoamiSent = entry.parameters;
        QVERIFY2(whoamiSent.contains(QLatin1String("su=client1")), qPrintable(whoamiSent));
        QVERIFY(console->historyList()->item(0)->text().contains(QLatin1String("client1")));
        QVERIFY(console->curlText().contains(QLatin1String("'su=client1'")));

        // Cleared: no banner, no su on the next request (not even the connection's default).
        console->editor()->runAsEdit()->clear();
        QVERIFY(console->banner()->isHidden());
        QVERIFY(!console->editor()->isRunAsHighlighted());
        QVERIFY(sendAndWait(console.get()));
        QCOMPARE(treeValue(console->replyView()->tree(), QStringLiteral("@name")), QStringLiteral("admin"));

        // A connection's default su fills "Run as" (and so the banner) from the start.
        net::Connection *withDefault = connect(QStringLiteral("admin"), QStringLiteral("client2"));
        auto second = open(withDefault);
        QCOMPARE(second->runAs(), QStringLiteral("client2"));
        QVERIFY(second->banner()->isVisible());
        QVERIFY(second->editor()->isRunAsHighlighted());
    }

    void pasteFillsTheTable()
    {
        net::Connection *c = connect(QStringLiteral("admin"));
        auto console = open(c);
        gui::RequestEditor *editor = console->editor();

        // "Paste Query" from the clipboard: web-UI noise and authentication dropped, su to "Run as".
        QApplication::clipboard()->setText(
            QStringLiteral("func=user&elid=5&out=xml&sfrom=ajax&su=client1&auth=0123456789abcdef&lang=en"));
        editor->pasteButton()->click();
        QCOMPARE(editor->functionEdit()->text(), QStringLiteral("user"));
        QCOMPARE(rows(editor->paramTable()),
            (QList<QPair<QString, QString>> { { QStringLiteral("elid"), QStringLiteral("5") } }));
        QCOMPARE(console->runAs(), QStringLiteral("client1"));
        QVERIFY(console->banner()->isVisible());

        // A full URL pasted into the function field (Ctrl+V) fills the whole editor.
        QApplication::clipboard()->setText(QStringLiteral(
            "https://my.example.com:1500/billmgr?func=payment.edit&elid=1256&elname=pfx%2F1256&plid=334"));
        editor->setRunAs(QString());
        editor->functionEdit()->clear();
        editor->functionEdit()->setFocus();
        QTest::keySequence(editor->functionEdit(), QKeySequence::Paste);
        QCOMPARE(editor->functionEdit()->text(), QStringLiteral("payment.edit"));
        QCOMPARE(rows(editor->paramTable()),
            (QList<QPair<QString, QString>> { { QStringLiteral("elid"), QStringLiteral("1256") },
                { QStringLiteral("elname"), QStringLiteral("pfx/1256") },
                { QStringLiteral("plid"), QStringLiteral("334") } }));
        QCOMPARE(console->request().toDisplayString(),
            QStringLiteral("func=payment.edit&elid=1256&elname=pfx/1256&plid=334"));

        // A server log line, and rows edited by keyboard: Insert adds, Delete removes.
        QVERIFY(console->loadText(
            QStringLiteral("Feb  6 08:08:07 [2346:23826] core_module INFO Request [188.120.252.33][root] "
                           "'clicked_button=ok&func=domain.edit&sok=ok&name=example.com&progressid=false'")));
        QCOMPARE(editor->functionEdit()->text(), QStringLiteral("domain.edit"));
        QCOMPARE(editor->paramTable()->rowCount(), 3);
        editor->paramTable()->setFocus();
        editor->paramTable()->setCurrentCell(0, 0);
        QTest::keyClick(editor->paramTable(), Qt::Key_Delete);
        QCOMPARE(editor->paramTable()->rowCount(), 2);
        QCOMPARE(editor->paramTable()->item(0, 0)->text(), QStringLiteral("sok"));
        QTest::keyClick(editor->paramTable(), Qt::Key_Escape);
        editor->addRow(QStringLiteral("p_cnt"), QStringLiteral("5"));
        QCOMPARE(console->request().value(QStringLiteral("p_cnt")), QStringLiteral("5"));

        // Text with nothing usable changes nothing.
        QVERIFY(!console->loadText(QStringLiteral("hello")));
        QCOMPARE(editor->functionEdit()->text(), QStringLiteral("domain.edit"));
    }

    // Every text a console shows after a reply (status, parsed tree or table, error page, raw view, log,
    // history, copies), joined.
    static QString everythingShown(RequestConsole *console)
    {
        QStringList out;
        ReplyView *r = console->replyView();
        out << r->statusText() << r->rawText() << r->errorText() << console->urlText() << console->curlText();
        QList<QTreeWidgetItem *> stack;
        for (QTreeWidget *tree : { r->tree(), console->logView()->list() }) {
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                stack << tree->topLevelItem(i);
        }
        for (QTreeWidget *tree : console->findChildren<QTreeWidget *>()) {
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                stack << tree->topLevelItem(i);
        }
        while (!stack.isEmpty()) {
            QTreeWidgetItem *i = stack.takeLast();
            for (int c = 0; c < i->columnCount(); ++c)
                out << i->text(c) << i->toolTip(c);
            for (int k = 0; k < i->childCount(); ++k)
                stack << i->child(k);
        }
        for (int i = 0; i < console->historyList()->count(); ++i)
            out << console->historyList()->item(i)->text();
        for (int i = 0; i < console->logView()->entryCount(); ++i)
            out << console->logView()->entryAt(i).toLine();
        if (const QAbstractItemModel *m = r->tableView()->model()) {
            for (int row = 0; row < m->rowCount(); ++row) {
                for (int c = 0; c < m->columnCount(); ++c)
                    out << m->index(row, c).data().toString();
            }
        }
        for (QLabel *l : console->findChildren<QLabel *>())
            out << l->text();
        return out.join(QLatin1Char('\n'));
    }

    // The body the server really answers (the test's own HTTPS request, with the session the console's
    // connection uses): proves that the reply contains the secrets the renderings must hide.
    QByteArray rawBody(net::Connection *c, const QByteArray &query)
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(m_server.baseUrl());
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromData(m_server.certificatePem(), QSsl::Pem));
        request.setSslConfiguration(ssl);
        QNetworkReply *reply
            = nam.post(request, query + "&auth=" + QUrl::toPercentEncoding(c->sessionId()) + "&out=xml");
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
            reply->ignoreSslErrors(errors);
        }); // the pinned test cert
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(30000);
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }

    void everyRenderingMasksEchoedSecrets()
    {
        // Real servers echo the request in <tparams> in clear, the session id included (docs/protocol.md
        // §13); the demo server does the same. Whatever the reply holds, no rendering of the console shows a
        // secret.
        net::Connection *c = connect(QStringLiteral("admin"));
        auto console = open(c);
        QVERIFY(sendByKeyboard(console.get(), QStringLiteral("whoami")));
        const QString sid = c->sessionId();
        QVERIFY(!sid.isEmpty());
        const QString secret = QStringLiteral("Echo-Secret-4711");
        const QByteArray body = rawBody(c, "func=whoami&password=" + secret.toUtf8());
        QVERIFY2(body.contains(secret.toUtf8()), body.left(2000).constData()); // the reply really has it
        QVERIFY2(body.contains(sid.toUtf8()), body.left(2000).constData());

        console->setConfirmsDangerous(false);
        console->setRequest(
            protocol::Request(QStringLiteral("whoami")).set(QStringLiteral("password"), secret));
        QVERIFY(sendAndWait(console.get()));
        QCOMPARE(console->lastResult()->status, net::ApiResult::Status::Ok);
        QString shown = everythingShown(console.get());
        QVERIFY(shown.contains(QLatin1String("admin"))); // the renderings are there
        QVERIFY2(!shown.contains(secret), qPrintable(shown));
        QVERIFY2(!shown.contains(sid), qPrintable(shown));

        // An error reply that echoes a typed password: the error page, its details and the raw view.
        const QByteArray errorBody = rawBody(
            c, "func=user.edit&sok=ok&name=echo-user&passwd=" + secret.toUtf8() + "&confirm=Other-Value-99");
        QVERIFY2(errorBody.contains("<error"), errorBody.left(2000).constData());
        QVERIFY2(errorBody.contains(secret.toUtf8()), errorBody.left(2000).constData());
        console->setRequest(protocol::Request(QStringLiteral("user.edit"))
                                .set(QStringLiteral("sok"), QStringLiteral("ok"))
                                .set(QStringLiteral("name"), QStringLiteral("echo-user"))
                                .set(QStringLiteral("passwd"), secret)
                                .set(QStringLiteral("confirm"), QStringLiteral("Other-Value-99")));
        QVERIFY(sendAndWait(console.get()));
        QCOMPARE(console->replyView()->page(), ReplyView::Page::Error);
        shown = everythingShown(console.get());
        QVERIFY2(!shown.contains(secret), qPrintable(shown));
        QVERIFY2(!shown.contains(QLatin1String("Other-Value-99")), qPrintable(shown));
        QVERIFY2(!shown.contains(sid), qPrintable(shown));
    }

    void copiesMaskSecretsAndHoldNoSession()
    {
        net::Connection *c = connect(QStringLiteral("admin"));
        auto console = open(c);
        QVERIFY(sendByKeyboard(console.get(), QStringLiteral("whoami"))); // logged in: a session exists
        const QString sid = c->sessionId();
        QVERIFY(!sid.isEmpty());

        console->setRequest(protocol::Request(QStringLiteral("user.edit"))
                                .set(QStringLiteral("name"), QStringLiteral("bob"))
                                .set(QStringLiteral("passwd"), QStringLiteral("Secret-123"))
                                .set(QStringLiteral("confirm"), QStringLiteral("Secret-123"))
                                .set(QStringLiteral("key"), QStringLiteral("0123456789abcdef0123")),
            QStringLiteral("client1"));
        const QList<QPushButton *> buttons = console->findChildren<QPushButton *>();
        QPushButton *curlButton = nullptr, *urlButton = nullptr;
        for (QPushButton *b : buttons) {
            if (b->accessibleName().contains(QLatin1String("curl")))
                curlButton = b;
            else if (b->accessibleName().contains(QLatin1String("as a URL")))
                urlButton = b;
        }
        QVERIFY(curlButton && urlButton);

        curlButton->click();
        const QString curl = QApplication::clipboard()->text();
        QCOMPARE(curl, console->curlText());
        QVERIFY2(
            curl.startsWith(QStringLiteral("curl -sS '") + m_server.baseUrl().toString()), qPrintable(curl));
        QVERIFY(curl.contains(QLatin1String("--data-urlencode 'func=user.edit'")));
        QVERIFY(curl.contains(QLatin1String("'name=bob'")));
        QVERIFY(curl.contains(QLatin1String("'passwd=*****'")));
        QVERIFY(curl.contains(QLatin1String("'confirm=*****'")));
        QVERIFY(curl.contains(QLatin1String("'key=*****'")));
        QVERIFY(curl.contains(QLatin1String("'su=client1'")));
        QVERIFY(curl.contains(QLatin1String("'authinfo=admin:*****'")));
        QVERIFY(!curl.contains(QLatin1String("Secret-123")));
        QVERIFY(!curl.contains(QLatin1String("0123456789abcdef0123")));
        QVERIFY(!curl.contains(sid));
        QVERIFY(!curl.contains(QLatin1String("auth=")));
        QVERIFY(!curl.contains(QLatin1String("demo"))); // the password

        urlButton->click();
        const QString url = QApplication::clipboard()->text();
        QCOMPARE(url, console->urlText());
        QVERIFY2(url.startsWith(m_server.baseUrl().toString() + QStringLiteral("?func=user.edit")),
            qPrintable(url));
        QVERIFY(url.contains(QLatin1String("passwd=*****")));
        QVERIFY(!url.contains(QLatin1String("Secret-123")));
        QVERIFY(!url.contains(sid));
        QVERIFY(!url.contains(QLatin1String("auth=")));

        // The history keeps no password either: it comes back masked and blocks sending until retyped.
        console->setConfirmsDangerous(false);
        console->setRequest(protocol::Request(QStringLiteral("whoami"))
                                .set(QStringLiteral("password"), QStringLiteral("Secret-123")));
        QVERIFY(sendAndWait(console.get()));
        QVERIFY(!console->historyList()->item(0)->text().contains(QLatin1String("Secret-123")));
        console->loadHistory(0);
        QCOMPARE(console->request().value(QStringLiteral("password")), ConsoleText::mask());
        const int whoamis = logged(c, QStringLiteral("whoami"));
        console->send();
        QVERIFY(!console->isBusy());
        QVERIFY(console->replyView()->statusText().contains(QLatin1String("password")));
        QTest::qWait(200); // let a wrongly sent request show up in the log
        QCOMPARE(logged(c, QStringLiteral("whoami")), whoamis);
    }

    void logEntryLoadsBackIntoTheEditor()
    {
        net::Connection *c = connect(QStringLiteral("admin"));
        auto console = open(c);
        // The app opens a list somewhere else (a list tab), on the same connection.
        gui::ListView list(c, QStringLiteral("invoice"));
        list.load();
        QTRY_VERIFY_WITH_TIMEOUT(list.loader()->isComplete() && !list.loader()->isLoading(), 30000);
        QVERIFY(list.model()->rowCount() > 0);

        gui::RequestLogView *log = console->logView();
        const int row = log->findFunction(QStringLiteral("invoice"));
        QVERIFY(row >= 0);
        QVERIFY(!log->entryAt(row).parameters.contains(c->sessionId()));
        log->list()->setFocus();
        log->list()->setCurrentItem(log->list()->topLevelItem(row));
        QTest::keyClick(log->list(), Qt::Key_Return);
        QCOMPARE(console->editor()->functionEdit()->text(), QStringLiteral("invoice"));
        const protocol::Request loaded = console->request();
        QVERIFY(loaded.has(QStringLiteral("p_num")));
        QVERIFY(loaded.has(QStringLiteral("p_cnt")));
        QVERIFY(!loaded.has(QStringLiteral("auth")));
        QVERIFY(!loaded.has(QStringLiteral("lang"))); // the connection adds it anyway
        QVERIFY(console->runAs().isEmpty());
        QVERIFY(console->editor()->knownFunctions().contains(QStringLiteral("invoice"))); // completion

        QVERIFY(sendAndWait(console.get()));
        QCOMPARE(console->replyView()->page(), ReplyView::Page::Table);
        QVERIFY(console->replyView()->tableModel()->rowCount() > 0);
    }

    void dangerousRequestsAskFirst()
    {
        QVERIFY(ConsoleText::isDangerous(protocol::Request(QStringLiteral("payment.delete"))));
        QVERIFY(ConsoleText::isDangerous(protocol::Request(QStringLiteral("user.edit")).setSok()));
        QVERIFY(!ConsoleText::isDangerous(protocol::Request(QStringLiteral("user.edit"))));
        // One rule with the connection: an action such as user.suspend changes state (it used to pass
        // unasked).
        QVERIFY(ConsoleText::isDangerous(protocol::Request(QStringLiteral("user.suspend"))));
        for (const QString &f : { QStringLiteral("user.suspend"), QStringLiteral("payment"),
                 QStringLiteral("user.edit"), QStringLiteral("vds.reboot"), QStringLiteral("whoami") }) {
            const protocol::Request r(f);
            QCOMPARE(ConsoleText::isDangerous(r), net::Connection::changesState(r));
        }

        net::Connection *c = connect(QStringLiteral("admin"));
        auto console = open(c);
        QVERIFY(console->confirmsDangerous());
        console->setRequest(protocol::Request(QStringLiteral("session.delete"))
                                .setElid(QStringLiteral("no-such-session-0000")));

        // No: nothing goes out.
        const int boxes = MessageBox::count();
        test::DialogAnswerer answerer; // Return: the default, No
        answerer.pressReturn(QMessageBox::No).expectText(QStringLiteral("func=session.delete"));
        console->send();
        QCOMPARE(MessageBox::count(), boxes + 1);
        QVERIFY2(answerer.waitDone(), qPrintable(answerer.failure()));
        QTRY_VERIFY(console->replyView()->statusText().contains(QLatin1String("Not sent")));
        QVERIFY(!console->isBusy());
        QCOMPARE(console->historyCount(), 0);
        QCOMPARE(logged(c, QStringLiteral("session.delete")), 0);

        // Yes: sent.
        answerer.click(QMessageBox::Yes);
        QSignalSpy done(console.get(), &RequestConsole::finished);
        console->send();
        QVERIFY2(answerer.waitDone(), qPrintable(answerer.failure()));
        QVERIFY(done.count() == 1 || done.wait(30000));
        QCOMPARE(console->lastResult()->status, net::ApiResult::Status::Ok);
        QCOMPARE(console->historyCount(), 1);

        // Turned off for the session: no question.
        console->confirmCheckBox()->click();
        QVERIFY(!console->confirmsDangerous());
        console->setRequest(protocol::Request(QStringLiteral("session.delete"))
                                .setElid(QStringLiteral("no-such-session-0001")));
        QVERIFY(sendAndWait(console.get()));
        QCOMPARE(MessageBox::count(), boxes + 2);
    }
};

QTEST_MAIN(TestRequestConsole)
#include "tst_requestconsole.moc"
