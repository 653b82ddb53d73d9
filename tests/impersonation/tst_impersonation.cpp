// Acting as another user, sessions, the web interface in the browser and the impersonation audit trail,
// against the real demo server over HTTPS with real widgets offscreen.
#include "common/impersonationbanner.h"
#include "common/messagebox.h"
#include "core/net/auditrecorder.h"
#include "dialoganswerer.h"
#include "forms/formbanner.h"
#include "forms/formwidget.h"
#include "impersonation/actasdialog.h"
#include "impersonation/audittraildialog.h"
#include "impersonation/browserlogin.h"
#include "impersonation/impersonationtab.h"
#include "lists/listview.h"
#include "sessions/sessionswidget.h"

#include "core/accounts/audittrail.h"
#include "core/models/listloader.h"
#include "core/models/tablemodel.h"
#include "core/net/connection.h"
#include "democlient.h"
#include "demoserver.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using namespace mgrdesk;
using gui::ImpersonationTab;
using gui::ListView;
using gui::MessageBox;

namespace {

QSet<QString> keysOf(const models::TableModel *m)
{
    QSet<QString> keys;
    for (int r = 0; r < m->rowCount(); ++r)
        keys.insert(m->rowKey(r));
    return keys;
}

// Sends one request and waits for its result (test code only).
net::ApiResult call(net::Connection *c, const protocol::Request &request, const net::JobOptions &options = {})
{
    net::ApiJob *job = c->send(request, nullptr, options);
    QSignalSpy spy(job, &net::ApiJob::finished);
    if (!spy.wait(30000))
        return {};
    return spy.at(0).at(0).value<net::ApiResult>();
}

} // namespace

class TestImpersonation : public QObject
{
    Q_OBJECT

    test::DemoServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<accounts::AuditTrail> m_trail;
    std::vector<std::unique_ptr<net::Connection>> m_connections;

    net::Connection *connect(const QString &user, const QString &defaultSu = QString())
    {
        auto c = std::make_unique<net::Connection>(test::demoConnectionSettings(m_server, user, defaultSu));
        c->setPassword(test::demoPassword);
        net::AuditRecorder::attach(c.get(), m_trail.get());
        m_connections.push_back(std::move(c));
        return m_connections.back().get();
    }

    // Every row of `function` as `user` logging in directly.
    QSet<QString> directKeys(const QString &user, const QString &function)
    {
        net::Connection *c = connect(user);
        models::TableModel model;
        models::ListLoader loader(c, &model);
        loader.setFunction(function);
        QSignalSpy done(&loader, &models::ListLoader::completed);
        loader.load();
        if (!QTest::qWaitFor([&] { return loader.isComplete() && !loader.isLoading(); }, 30000))
            return {};
        return keysOf(&model);
    }

    std::unique_ptr<ImpersonationTab> openTab(
        net::Connection *c, const QString &login, const QString &function)
    {
        std::unique_ptr<ImpersonationTab> tab(ImpersonationTab::open(c, login, function));
        tab->resize(900, 500);
        tab->show();
        return tab;
    }

    // Every request of `functions` in the connection's log since `from`: each must carry su=`login`.
    static int countWithSu(
        net::Connection *c, int from, const QStringList &functions, const QString &login, int *without)
    {
        int with = 0;
        *without = 0;
        const auto entries = c->requestLog()->entries();
        for (int i = from; i < entries.size(); ++i) {
            const auto &e = entries.at(i);
            if (!functions.contains(e.function))
                continue;
            const auto r = protocol::Request::fromQueryString(e.parameters);
            r.value(QStringLiteral("su")) == login ? ++with : ++*without;
        }
        return with;
    }

    // The journal rows (as the admin, no su) of `function` whose params contain `needle`: their users.
    QStringList journalUsers(net::Connection *admin, const QString &function, const QString &needle)
    {
        protocol::Request journal(QStringLiteral("journal"));
        journal.set(QStringLiteral("filter"), QStringLiteral("on"));
        journal.set(QStringLiteral("funcname"), function);
        journal.set(QStringLiteral("p_cnt"), QStringLiteral("1000"));
        net::JobOptions plain;
        plain.noDefaultSu = true;
        const net::ApiResult r = call(admin, journal, plain);
        QStringList users;
        if (!r.ok() || !r.reply.table)
            return users;
        const auto &t = *r.reply.table;
        for (int row = 0; row < t.rowCount(); ++row) {
            if (t.cell(row, t.columnIndex(QStringLiteral("params"))).contains(needle))
                users << t.cell(row, t.columnIndex(QStringLiteral("user")));
        }
        return users;
    }

    static bool waitForm(gui::FormWidget *form)
    {
        return QTest::qWaitFor(
            [form] {
                const auto p = form->session()->phase();
                return p == models::FormSession::Phase::Ready || p == models::FormSession::Phase::Failed;
            },
            30000);
    }

    static void typeInto(QWidget *w, const QString &text)
    {
        if (auto *line = qobject_cast<QLineEdit *>(w)) {
            line->selectAll();
            line->del();
        }
        QTest::keyClicks(w, text);
    }

    bool waitReady(ImpersonationTab *tab)
    {
        return QTest::qWaitFor([&] { return tab->state() != ImpersonationTab::State::Checking; }, 30000)
            && (tab->state() != ImpersonationTab::State::Ready
                || QTest::qWaitFor([&] { return tab->listView()->loader()->isComplete(); }, 30000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the shared audit trail goes to a test location
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_trail = std::make_unique<accounts::AuditTrail>(m_dir.filePath(QStringLiteral("audit.jsonl")));
    }

    void actingAsClientSeesOnlyTheirRows_data()
    {
        QTest::addColumn<QString>("function");
        QTest::newRow("payments") << QStringLiteral("payment");
        QTest::newRow("services") << QStringLiteral("vds");
    }

    void actingAsClientSeesOnlyTheirRows()
    {
        QFETCH(QString, function);
        net::Connection *admin = connect(QStringLiteral("admin"));
        auto tab = openTab(admin, QStringLiteral("client1"), function);
        QVERIFY(waitReady(tab.get()));
        QCOMPARE(tab->state(), ImpersonationTab::State::Ready);
        QCOMPARE(tab->effectiveLevel(), std::optional<int>(16));
        const QSet<QString> asClient = keysOf(tab->listView()->model());
        QVERIFY(!asClient.isEmpty());

        // Exactly what the server returns to client1 logging in directly.
        QCOMPARE(asClient, directKeys(QStringLiteral("client1"), function));

        // Other views of the same connection are unaffected: the admin's own list has more rows.
        ListView plain(admin, function);
        plain.load();
        QVERIFY(QTest::qWaitFor([&] { return plain.loader()->isComplete(); }, 30000));
        QVERIFY(keysOf(plain.model()).size() > asClient.size());
        QVERIFY(keysOf(plain.model()).contains(asClient));

        // Every request of the tab carried su=client1 on the wire; the plain list's did not.
        int withSu = 0, without = 0;
        const auto entries = admin->requestLog()->entries();
        for (const auto &e : entries) {
            if (e.function != function)
                continue;
            const auto r = protocol::Request::fromQueryString(e.parameters);
            r.value(QStringLiteral("su")) == QLatin1String("client1") ? ++withSu : ++without;
        }
        QVERIFY(withSu >= 1);
        QVERIFY(without >= 1);
        for (const auto &e : entries) {
            if (e.function == QLatin1String("whoami"))
                QCOMPARE(protocol::Request::fromQueryString(e.parameters).value(QStringLiteral("su")),
                    QStringLiteral("client1"));
        }
    }

    void actionAsClientIsRecordedAsTheClients()
    {
        net::Connection *admin = connect(QStringLiteral("admin"));
        // client1 (full rights) may suspend its sub-user; do it from a tab acting as client1.
        auto tab = openTab(admin, QStringLiteral("client1"), QStringLiteral("user"));
        QVERIFY(waitReady(tab.get()));
        ListView *v = tab->listView();
        QCOMPARE(v->model()->rowCount(), 2); // client1 and client1-sub only
        int subRow = -1;
        for (int r = 0; r < v->model()->rowCount(); ++r) {
            if (v->model()->value(r, QStringLiteral("name")) == QLatin1String("client1-sub"))
                subRow = r;
        }
        QVERIFY(subRow >= 0);
        const QString key = v->model()->rowKey(subRow);
        v->selectKeys({ key });
        QSignalSpy finished(v, &ListView::actionFinished);
        test::DialogAnswerer boxes;
        boxes.click(QMessageBox::Yes).expectText(QStringLiteral("client1-sub"));
        QVERIFY(v->triggerButton(QStringLiteral("suspend")));
        QVERIFY2(boxes.waitDone(), qPrintable(boxes.failure()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("user.suspend"));
        QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));

        // The server's action log names client1 (not admin) for that delete.
        protocol::Request journal(QStringLiteral("journal"));
        journal.set(QStringLiteral("filter"), QStringLiteral("on"));
        journal.set(QStringLiteral("funcname"), QStringLiteral("user.suspend"));
        journal.set(QStringLiteral("p_cnt"), QStringLiteral("1000"));
        net::JobOptions plain;
        plain.noDefaultSu = true;
        const net::ApiResult r = call(admin, journal, plain);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(r.reply.table);
        const auto &t = *r.reply.table;
        bool found = false;
        for (int row = 0; row < t.rowCount(); ++row) {
            const QString params = t.cell(row, t.columnIndex(QStringLiteral("params")));
            if (params.contains(QStringLiteral("elid=") + key)) {
                QCOMPARE(t.cell(row, t.columnIndex(QStringLiteral("user"))), QStringLiteral("client1"));
                found = true;
            }
        }
        QVERIFY2(found, "the suspend is not in the journal");
        // Put the sub-user back as it was (as the admin).
        protocol::Request resume(QStringLiteral("user.resume"));
        resume.setElid(key);
        QVERIFY(call(admin, resume, plain).ok());
        // And the local audit trail has it too.
        bool audited = false;
        const auto audit = m_trail->entries();
        for (const auto &e : audit)
            audited |= e.function == QLatin1String("user.suspend") && e.actingAs == QLatin1String("client1")
                && e.realUser == QLatin1String("admin");
        QVERIFY(audited);
    }

    void clientActsAsOwnSubUserButNotAsStranger()
    {
        net::Connection *client1 = connect(QStringLiteral("client1"));
        auto sub = openTab(client1, QStringLiteral("client1-sub"), QStringLiteral("payment"));
        QVERIFY(waitReady(sub.get()));
        QCOMPARE(sub->state(), ImpersonationTab::State::Ready);
        QVERIFY(sub->listView()->isVisible());
        QCOMPARE(keysOf(sub->listView()->model()),
            directKeys(QStringLiteral("client1-sub"), QStringLiteral("payment")));

        // What the server says to client1 acting as client2 …
        net::JobOptions asClient2;
        asClient2.su = QStringLiteral("client2");
        const net::ApiResult direct = call(client1, protocol::Request(QStringLiteral("payment")), asClient2);
        QCOMPARE(direct.status, net::ApiResult::Status::ApiError);
        QVERIFY(!direct.message.isEmpty());

        // … is what the tab shows, plainly, instead of a list.
        auto stranger = openTab(client1, QStringLiteral("client2"), QStringLiteral("payment"));
        QSignalSpy refused(stranger.get(), &ImpersonationTab::refused);
        QVERIFY(waitReady(stranger.get()));
        QCOMPARE(stranger->state(), ImpersonationTab::State::Refused);
        QVERIFY(stranger->errorLabel()->isVisible());
        QVERIFY(!stranger->page()); // a refused tab makes no page: nothing is asked as that user
        QVERIFY2(stranger->errorLabel()->text().contains(direct.message),
            qPrintable(stranger->errorLabel()->text()));
        QVERIFY(stranger->banner()->isVisible());
        QVERIFY(!stranger->listView());
    }

    void bannerOnEveryImpersonatingViewOnly()
    {
        net::Connection *admin = connect(QStringLiteral("admin"));
        auto a = openTab(admin, QStringLiteral("client1"), QStringLiteral("payment"));
        auto b = openTab(admin, QStringLiteral("client2"), QStringLiteral("vds"));
        QVERIFY(waitReady(a.get()));
        QVERIFY(waitReady(b.get()));
        for (ImpersonationTab *tab : { a.get(), b.get() }) {
            auto *banner = tab->banner();
            QVERIFY(banner->isVisible());
            QCOMPARE(tab->findChildren<gui::ImpersonationBanner *>().size(), 1);
            QVERIFY2(banner->text().contains(tab->actingAs()), qPrintable(banner->text()));
            QVERIFY(banner->text().contains(QStringLiteral("admin")));
            QVERIFY(banner->text().contains(QStringLiteral("29")));
            QVERIFY(!banner->accessibleName().isEmpty());
            // Not inside anything that scrolls.
            for (QWidget *w = banner->parentWidget(); w; w = w->parentWidget())
                QVERIFY(!qobject_cast<QAbstractScrollArea *>(w));
            // Scrolling the list to the end leaves it where it was.
            const QPoint before = banner->mapTo(tab, QPoint(0, 0));
            tab->listView()->tableView()->scrollToBottom();
            QCoreApplication::processEvents();
            QCOMPARE(banner->mapTo(tab, QPoint(0, 0)), before);
        }
        // The server's su chain (whoami's <path> elements) is part of the banner.
        QCOMPARE(a->banner()->text(),
            QStringLiteral("Acting as client1 — logged in as admin (level 29) · admin → client1"));

        // The same amber in a light and a dark palette.
        const QPalette original = QApplication::palette();
        const auto background = [&] { return a->banner()->grab().toImage().pixelColor(3, 3); };
        const QColor light = background();
        QPalette dark = original;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::WindowText, QColor(0xf0, 0xf0, 0xf0));
        dark.setColor(QPalette::Base, QColor(0x10, 0x10, 0x10));
        QApplication::setPalette(dark);
        QCoreApplication::processEvents();
        const QColor darkBg = background();
        QApplication::setPalette(original);
        QCOMPARE(light, QColor(0xff, 0xb3, 0x00));
        QCOMPARE(darkBg, QColor(0xff, 0xb3, 0x00));

        // A form opened from an impersonating list opens inside that tab, under its banner, with su.
        auto users = openTab(admin, QStringLiteral("client1"), QStringLiteral("user"));
        QVERIFY(waitReady(users.get()));
        QSignalSpy formOpened(users.get(), &ImpersonationTab::formOpened);
        users->listView()->selectKeys({ users->listView()->model()->rowKey(0) });
        users->listView()->runDefaultAction();
        QCOMPARE(formOpened.count(), 1);
        gui::FormWidget *form = users->currentForm();
        QVERIFY(form);
        QVERIFY(users->isAncestorOf(form));
        QCOMPARE(form->jobOptions().su, QStringLiteral("client1"));
        QVERIFY(form->isVisible());
        QVERIFY(users->banner()->isVisible());
        QVERIFY(users->banner()->mapTo(users.get(), QPoint(0, 0)).y()
            < form->mapTo(users.get(), QPoint(0, 0)).y()); // the banner is above the form
        QCOMPARE(users->findChildren<gui::ImpersonationBanner *>().size(), 1); // one banner, not two

        ListView plain(admin, QStringLiteral("payment"));
        plain.show();
        QVERIFY(plain.findChildren<gui::ImpersonationBanner *>().isEmpty());
        QVERIFY(!gui::ImpersonationBanner::forConnection(admin));

        // A default su: the banner for the whole connection, and its lists are the client's.
        net::Connection *withDefault = connect(QStringLiteral("admin"), QStringLiteral("client2"));
        std::unique_ptr<gui::ImpersonationBanner> banner(
            gui::ImpersonationBanner::forConnection(withDefault));
        QVERIFY(banner);
        ListView def(withDefault, QStringLiteral("payment"));
        def.load();
        QVERIFY(QTest::qWaitFor([&] { return def.loader()->isComplete(); }, 30000));
        QCOMPARE(keysOf(def.model()), directKeys(QStringLiteral("client2"), QStringLiteral("payment")));
        QCOMPARE(banner->text(), QStringLiteral("Acting as client2 — logged in as admin (level 29)"));
    }

    void formAsClientIsSavedAsTheClient()
    {
        // The admin acts as client1 (full rights) and creates a user with the list's New button: the form
        // opens in the tab, every request carries su=client1, and the server records the change as client1's.
        net::Connection *admin = connect(QStringLiteral("admin"));
        auto tab = openTab(admin, QStringLiteral("client1"), QStringLiteral("user"));
        QVERIFY(waitReady(tab.get()));
        const int logFrom = int(admin->requestLog()->entries().size());
        QSignalSpy opened(tab.get(), &ImpersonationTab::formOpened);
        QVERIFY(tab->listView()->triggerButton(QStringLiteral("new")));
        QCOMPARE(opened.count(), 1);
        gui::FormWidget *form = tab->currentForm();
        QVERIFY(form);
        QVERIFY(waitForm(form));
        QCOMPARE(form->session()->phase(), models::FormSession::Phase::Ready);
        QCOMPARE(form->actingAs(), QStringLiteral("client1"));
        // The server built the client's form: no "account" field (the admin's form has one).
        QVERIFY(!form->state()->description().hasField(QStringLiteral("account")));
        QVERIFY(form->control(QStringLiteral("name")));
        QVERIFY(tab->banner()->isVisible());
        QVERIFY(form->isVisible());
        QVERIFY(!tab->listView()->isVisible());

        const QString login = QStringLiteral("su-form-%1").arg(QDateTime::currentMSecsSinceEpoch());
        typeInto(form->control(QStringLiteral("name")), login);
        typeInto(form->control(QStringLiteral("passwd")), QStringLiteral("Pw-su-form-1"));
        typeInto(form->control(QStringLiteral("confirm")), QStringLiteral("Pw-su-form-1"));
        QSignalSpy closed(tab.get(), &ImpersonationTab::formClosed);
        QSignalSpy refreshed(tab->listView()->loader(), &models::ListLoader::refreshed);
        QTest::mouseClick(form->button(QStringLiteral("ok")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return closed.count() == 1; }, 30000));
        QCOMPARE(closed.at(0).at(0).toBool(), true);
        QVERIFY(!tab->currentForm());
        QVERIFY(tab->listView()->isVisible());

        // The list was refreshed and the new row is selected.
        QVERIFY(QTest::qWaitFor([&] { return refreshed.count() >= 1; }, 30000));
        QCoreApplication::processEvents();
        const QList<int> selected = tab->listView()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(tab->listView()->model()->value(selected.first(), QStringLiteral("name")), login);
        const QString newKey = tab->listView()->model()->rowKey(selected.first());

        // Open (out=devel) and submit (sok=ok) both carried su=client1; nothing of the form went without it.
        int without = 0;
        QVERIFY(
            countWithSu(admin, logFrom, { QStringLiteral("user.edit") }, QStringLiteral("client1"), &without)
            >= 2);
        QCOMPARE(without, 0);

        // The server's journal names client1 (not admin) for that user.edit; the user is client1's.
        QCOMPARE(journalUsers(admin, QStringLiteral("user.edit"), login),
            QStringList { QStringLiteral("client1") });
        QVERIFY(directKeys(QStringLiteral("client1"), QStringLiteral("user")).contains(newKey));
        // The local audit trail has it as well.
        bool audited = false;
        for (const auto &e : m_trail->entries())
            audited |= e.function == QLatin1String("user.edit") && e.actingAs == QLatin1String("client1")
                && e.realUser == QLatin1String("admin");
        QVERIFY(audited);

        // Clean up as the admin.
        protocol::Request del(QStringLiteral("user.delete"));
        del.setElid(newKey);
        net::JobOptions plain;
        plain.noDefaultSu = true;
        QVERIFY(call(admin, del, plain).ok());
    }

    void wizardAsClientCarriesSuOnEveryRequest()
    {
        // The VDS order wizard as client1: open, the tariff → period recomputation (sv_field), Next, Back,
        // Next and Finish all run as client1; the new server is client1's and selected in the tab's list.
        net::Connection *admin = connect(QStringLiteral("admin"));
        auto tab = openTab(admin, QStringLiteral("client1"), QStringLiteral("vds"));
        QVERIFY(waitReady(tab.get()));
        const int logFrom = int(admin->requestLog()->entries().size());
        QVERIFY(tab->listView()->triggerButton(QStringLiteral("new")));
        gui::FormWidget *form = tab->currentForm();
        QVERIFY(form);
        QVERIFY(waitForm(form));
        QCOMPARE(form->state()->function(), QStringLiteral("vds.order"));
        auto *tariff = qobject_cast<QComboBox *>(form->control(QStringLiteral("pricelist")));
        QVERIFY(tariff && tariff->count() >= 2);
        QSignalSpy recomputed(form->session(), &models::FormSession::recomputed);
        tariff->setCurrentIndex(1);
        QVERIFY(QTest::qWaitFor([&] { return recomputed.count() == 1; }, 30000));
        const QString domain = QStringLiteral("su%1.example.com").arg(QDateTime::currentMSecsSinceEpoch());
        typeInto(form->control(QStringLiteral("domain")), domain);
        QTest::mouseClick(form->button(QStringLiteral("next")), Qt::LeftButton);
        const auto atConfirm = [&] {
            return form->state()->function() == QLatin1String("vds.order.confirm")
                && form->session()->phase() == models::FormSession::Phase::Ready;
        };
        QVERIFY(QTest::qWaitFor(atConfirm, 30000));
        QVERIFY(form->backButton());
        QTest::mouseClick(form->backButton(), Qt::LeftButton);
        QCOMPARE(form->state()->function(), QStringLiteral("vds.order"));
        QTest::mouseClick(form->button(QStringLiteral("next")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(atConfirm, 30000));
        qobject_cast<QCheckBox *>(form->control(QStringLiteral("agree")))->setChecked(true);
        QSignalSpy closed(tab.get(), &ImpersonationTab::formClosed);
        QTest::mouseClick(form->button(QStringLiteral("finish")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return closed.count() == 1; }, 30000));
        QCOMPARE(closed.at(0).at(0).toBool(), true);

        int without = 0;
        const int with = countWithSu(admin, logFrom,
            { QStringLiteral("vds.order"), QStringLiteral("vds.order.confirm") }, QStringLiteral("client1"),
            &without);
        QVERIFY2(with >= 5, qPrintable(QString::number(with))); // open, sv_field, next, next, finish
        QCOMPARE(without, 0);
        bool recompute = false;
        const auto entries = admin->requestLog()->entries();
        for (int i = logFrom; i < entries.size(); ++i)
            recompute |= protocol::Request::fromQueryString(entries.at(i).parameters)
                             .has(QStringLiteral("sv_field"));
        QVERIFY(recompute);

        // The ordered server belongs to client1 (what client1 sees logging in directly) and is selected.
        QVERIFY(QTest::qWaitFor([&] { return tab->listView()->selectedRows().size() == 1; }, 30000));
        const int row = tab->listView()->selectedRows().first();
        QCOMPARE(tab->listView()->model()->value(row, QStringLiteral("domain")), domain);
        QVERIFY(directKeys(QStringLiteral("client1"), QStringLiteral("vds"))
                    .contains(tab->listView()->model()->rowKey(row)));
    }

    void standaloneFormWithSuShowsTheBanner()
    {
        // A FormWidget given a su on its own (as the main window may open one) shows the banner itself;
        // without a su (or with only the account's default su, whose banner is the window's) it shows none.
        net::Connection *admin = connect(QStringLiteral("admin"));
        gui::FormWidget form(admin);
        net::JobOptions options;
        options.su = QStringLiteral("client1");
        options.noDefaultSu = true;
        form.setJobOptions(options);
        form.resize(700, 500);
        form.show();
        const int logFrom = int(admin->requestLog()->entries().size());
        form.open(QStringLiteral("user.edit"));
        QVERIFY(waitForm(&form));
        QVERIFY(form.impersonationBanner());
        QVERIFY(form.impersonationBanner()->isVisible());
        QVERIFY(form.impersonationBanner()->text().contains(QStringLiteral("client1")));
        QVERIFY(form.impersonationBanner()->text().contains(QStringLiteral("admin")));
        QVERIFY(!form.state()->description().hasField(QStringLiteral("account"))); // the client's form
        int without = 0;
        QCOMPARE(
            countWithSu(admin, logFrom, { QStringLiteral("user.edit") }, QStringLiteral("client1"), &without),
            1);
        QCOMPARE(without, 0);

        gui::FormWidget plain(admin);
        plain.show();
        plain.open(QStringLiteral("user.edit"));
        QVERIFY(waitForm(&plain));
        QVERIFY(!plain.impersonationBanner());
        QVERIFY(plain.state()->description().hasField(QStringLiteral("account"))); // the admin's form
        net::Connection *withDefault = connect(QStringLiteral("admin"), QStringLiteral("client2"));
        gui::FormWidget byDefault(withDefault);
        QCOMPARE(byDefault.actingAs(), QStringLiteral("client2"));
        QVERIFY(!byDefault.impersonationBanner());
    }

    void openInBrowserUsesAOneTimeKey()
    {
        net::Connection *admin = connect(QStringLiteral("admin"));
        const QString logPath = m_dir.filePath(QStringLiteral("requests.log"));
        QVERIFY(admin->requestLog()->setFilePath(logPath));
        QList<QUrl> opened;
        gui::BrowserLogin::setUrlOpener([&opened](const QUrl &url) {
            opened.append(url);
            return true;
        });

        // Return (the default) cancels: no key is made, nothing opens.
        test::DialogAnswerer boxes;
        boxes.pressReturn(QMessageBox::Cancel).expectText(QStringLiteral("client1"));
        auto *cancelled = gui::BrowserLogin::open(admin, QStringLiteral("client1"), nullptr);
        QSignalSpy cancelSpy(cancelled, &gui::BrowserLogin::finished);
        QVERIFY2(boxes.waitDone(), qPrintable(boxes.failure()));
        QTRY_COMPARE_WITH_TIMEOUT(cancelSpy.count(), 1, 10000);
        QCOMPARE(cancelSpy.at(0).at(0).toBool(), false);
        QVERIFY(opened.isEmpty());

        boxes.click(QMessageBox::Open).expectText(QStringLiteral("client1"));
        auto *login = gui::BrowserLogin::open(admin, QStringLiteral("client1"), nullptr);
        QSignalSpy spy(login, &gui::BrowserLogin::finished);
        QVERIFY2(boxes.waitDone(), qPrintable(boxes.failure()));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 30000);
        QVERIFY2(spy.at(0).at(0).toBool(), qPrintable(spy.at(0).at(1).toString()));
        QCOMPARE(opened.size(), 1);
        const QUrl url = opened.first();
        QCOMPARE(url.scheme(), m_server.baseUrl().scheme());
        QCOMPARE(url.host(), m_server.baseUrl().host());
        QCOMPARE(url.port(), m_server.baseUrl().port());
        QCOMPARE(url.path(), m_server.baseUrl().path());
        const QUrlQuery q(url);
        QCOMPARE(q.queryItemValue(QStringLiteral("func")), QStringLiteral("auth"));
        QCOMPARE(q.queryItemValue(QStringLiteral("username")), QStringLiteral("client1"));
        QCOMPARE(q.queryItemValue(QStringLiteral("checkcookie")), QStringLiteral("no"));
        const QString key = q.queryItemValue(QStringLiteral("key"));
        QVERIFY(key.size() >= 32);
        // Exactly base?func=auth&username=U&key=K&checkcookie=no, nothing else in it.
        QUrl expected = m_server.baseUrl();
        expected.setQuery(QStringLiteral("func=auth&username=client1&key=%1&checkcookie=no").arg(key));
        QCOMPARE(url, expected);
        // 64 hex digits (32 bytes of QRandomGenerator::system(), the OS CSPRNG): not a guessable pattern.
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        QVERIFY2(hex.match(key).hasMatch(), qPrintable(QString::number(key.size())));
        QVERIFY(QSet<QChar>(key.begin(), key.end()).size() >= 8);

        // The key is in no log: not the connection's request log, not its file.
        bool sawNewKey = false;
        const auto entries = admin->requestLog()->entries();
        for (const auto &e : entries) {
            sawNewKey |= e.function == QLatin1String("session.newkey");
            QVERIFY(!e.parameters.contains(key));
            QVERIFY(!e.message.contains(key));
        }
        QVERIFY(sawNewKey);
        QFile file(logPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray logText = file.readAll();
        QVERIFY(logText.contains("session.newkey"));
        QVERIFY(!logText.contains(key.toLatin1()));

        // The key logs in exactly once.
        QNetworkAccessManager nam;
        const auto authWithKey = [&]() {
            QUrl u = url;
            QUrlQuery uq(u);
            uq.addQueryItem(QStringLiteral("out"), QStringLiteral("xml"));
            u.setQuery(uq);
            QNetworkRequest request(u);
            request.setSslConfiguration(m_server.sslConfiguration());
            QNetworkReply *reply = nam.get(request);
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(30000);
            const QByteArray body = reply->readAll();
            reply->deleteLater();
            return body;
        };
        const QByteArray first = authWithKey();
        QVERIFY2(first.contains("<auth"), first.constData());
        QVERIFY(first.contains("level=\"16\""));
        const QByteArray second = authWithKey();
        QVERIFY2(!second.contains("<auth") && second.contains("<error"), second.constData());

        // For the account itself (no user given): the confirmation names the account's user; a new key each
        // time.
        boxes.click(QMessageBox::Open).expectText(QStringLiteral("admin"));
        auto *own = gui::BrowserLogin::open(admin, QString(), nullptr);
        QSignalSpy ownSpy(own, &gui::BrowserLogin::finished);
        QVERIFY2(boxes.waitDone(), qPrintable(boxes.failure()));
        QTRY_COMPARE_WITH_TIMEOUT(ownSpy.count(), 1, 30000);
        QVERIFY2(ownSpy.at(0).at(0).toBool(), qPrintable(ownSpy.at(0).at(1).toString()));
        QCOMPARE(opened.size(), 2);
        const QUrlQuery ownQuery(opened.at(1));
        QCOMPARE(ownQuery.queryItemValue(QStringLiteral("username")), QStringLiteral("admin"));
        const QString ownKey = ownQuery.queryItemValue(QStringLiteral("key"));
        QVERIFY(ownKey.size() >= 32);
        QVERIFY(ownKey != key);
        for (const auto &e : admin->requestLog()->entries())
            QVERIFY(!e.parameters.contains(ownKey));
        gui::BrowserLogin::setUrlOpener({});
    }

    void endedSessionMustLogInAgain()
    {
        net::Connection *admin = connect(QStringLiteral("admin"));
        net::Connection *client2 = connect(QStringLiteral("client2"));
        QVERIFY(call(admin, protocol::Request(QStringLiteral("whoami"))).ok());
        QVERIFY(call(client2, protocol::Request(QStringLiteral("whoami"))).ok());
        const QString oldSession = client2->sessionId();
        QVERIFY(!oldSession.isEmpty());

        gui::SessionsWidget sessions(admin);
        sessions.show();
        QSignalSpy loaded(&sessions, &gui::SessionsWidget::loaded);
        sessions.reload();
        QVERIFY(loaded.wait(30000));
        // Own session marked; no full id anywhere in the table.
        const int own = sessions.ownRow();
        QVERIFY(own >= 0);
        QCOMPARE(sessions.table()->item(own, 5)->text(), QStringLiteral("This session"));
        QVERIFY(sessions.table()->item(own, 0)->font().bold());
        for (int r = 0; r < sessions.rowCount(); ++r) {
            for (int c = 0; c < sessions.table()->columnCount(); ++c) {
                QVERIFY(!sessions.table()->item(r, c)->text().contains(admin->sessionId()));
                QVERIFY(!sessions.table()->item(r, c)->text().contains(oldSession));
            }
        }
        int row = -1;
        for (int r = 0; r < sessions.rowCount(); ++r) {
            if (sessions.table()->item(r, 1)->text() == QLatin1String("client2")
                && sessions.table()->item(r, 0)->text() == gui::SessionsWidget::maskId(oldSession))
                row = r;
        }
        QVERIFY(row >= 0);

        QSignalSpy ended(&sessions, &gui::SessionsWidget::sessionEnded);
        // Keyboard: Delete on the selected row asks (naming the user); "No" ends nothing.
        sessions.table()->selectRow(row);
        sessions.table()->setFocus();
        const int boxes = MessageBox::count();
        test::DialogAnswerer answerer;
        answerer.pressEscape(QMessageBox::No).expectText(QStringLiteral("client2"));
        QTest::keyClick(sessions.table(), Qt::Key_Delete);
        QVERIFY2(answerer.waitDone(), qPrintable(answerer.failure()));
        QCOMPARE(MessageBox::count(), boxes + 1);
        QCoreApplication::processEvents();
        QCOMPARE(ended.count(), 0);
        answerer.click(QMessageBox::Yes).expectText(QStringLiteral("client2"));
        QVERIFY(sessions.endSession(row));
        QVERIFY2(answerer.waitDone(), qPrintable(answerer.failure()));
        QVERIFY(ended.count() == 1 || ended.wait(30000)); // (not a QTRY: `loaded` follows at once)
        QVERIFY2(ended.at(0).at(0).toBool(), qPrintable(ended.at(0).at(1).toString()));
        QVERIFY(loaded.wait(30000));
        const auto listed = [&sessions](const QString &sid) {
            for (int r = 0; r < sessions.rowCount(); ++r) {
                if (sessions.table()->item(r, 0)->text() == gui::SessionsWidget::maskId(sid))
                    return true;
            }
            return false;
        };
        QVERIFY(!listed(oldSession));
        for (const auto &e : admin->requestLog()->entries())
            QVERIFY(!e.parameters.contains(oldSession));

        // client2's next request finds its session gone, logs in again (once) and succeeds.
        QSignalSpy lost(client2, &net::Connection::sessionLost);
        const net::ApiResult again = call(client2, protocol::Request(QStringLiteral("whoami")));
        QVERIFY2(again.ok(), qPrintable(again.message));
        QCOMPARE(lost.count(), 1);
        QVERIFY(!client2->sessionId().isEmpty());
        QVERIFY(client2->sessionId() != oldSession);

        // Logging out of an account ends its server session.
        const QString newSession = client2->sessionId();
        sessions.reload();
        QVERIFY(loaded.wait(30000));
        QVERIFY(listed(newSession));
        client2->logout();
        QVERIFY(client2->sessionId().isEmpty());
        QVERIFY(QTest::qWaitFor(
            [&] {
                if (sessions.isLoading())
                    return false;
                if (!listed(newSession))
                    return true;
                sessions.reload();
                return false;
            },
            30000));
    }

    void actAsDialogAndRows()
    {
        gui::ActAsDialog dialog;
        dialog.show();
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog.loginEdit(), QStringLiteral("client 1"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog.errorLabel()->text().isEmpty());
        dialog.setLogin(QStringLiteral("  client1 "));
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog.errorLabel()->text().isEmpty());
        QSignalSpy chosen(&dialog, &gui::ActAsDialog::loginChosen);
        QTest::keyClick(dialog.loginEdit(), Qt::Key_Return);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("client1"));

        net::Connection *admin = connect(QStringLiteral("admin"));
        ListView users(admin, QStringLiteral("user"));
        users.load();
        QVERIFY(QTest::qWaitFor([&] { return users.loader()->isComplete(); }, 30000));
        int found = 0;
        for (int r = 0; r < users.model()->rowCount(); ++r) {
            const QString login = gui::ActAsDialog::loginForRow(users.model(), QStringLiteral("user"), r);
            QCOMPARE(login, users.model()->value(r, QStringLiteral("name")));
            found += login == QLatin1String("client1-sub");
        }
        QCOMPARE(found, 1);
        // The demo server's client rows carry a name, not a login.
        ListView accounts(admin, QStringLiteral("account"));
        accounts.load();
        QVERIFY(QTest::qWaitFor([&] { return accounts.loader()->isComplete(); }, 30000));
        QVERIFY(accounts.model()->rowCount() > 0);
        QCOMPARE(gui::ActAsDialog::loginForRow(accounts.model(), QStringLiteral("account"), 5), QString());
        QCOMPARE(gui::ActAsDialog::loginForRow(users.model(), QStringLiteral("user"), -1), QString());

        // resolveLogin asks the server for an account row's user: client1's row → client1, a generated
        // client N → userN (the demo server's logins).
        struct Outcome
        {
            bool sync = false, done = false;
            QString login, error;
        };
        const auto resolve = [&](int row) {
            auto o = std::make_shared<Outcome>();
            gui::ActAsDialog::resolveLogin(admin, accounts.model(), QStringLiteral("account"), row, this,
                [o](const QString &l, const QString &e) {
                    o->login = l;
                    o->error = e;
                    o->done = true;
                });
            o->sync = o->done; // must be false: never inside the call
            (void)QTest::qWaitFor([&] { return o->done; }, 30000);
            return *o;
        };
        const int row1 = accounts.model()->rowForKey(QStringLiteral("1"));
        const int row7 = accounts.model()->rowForKey(QStringLiteral("7"));
        QVERIFY(row1 >= 0 && row7 >= 0);
        const Outcome o1 = resolve(row1);
        QVERIFY(!o1.sync && o1.done);
        QVERIFY2(o1.error.isEmpty(), qPrintable(o1.error));
        QCOMPARE(o1.login, QStringLiteral("client1"));
        const Outcome o7 = resolve(row7);
        QVERIFY(!o7.sync && o7.done);
        QCOMPARE(o7.login, QStringLiteral("user7"));
        // A user row resolves to itself without asking.
        bool done = false;
        QString userLogin;
        gui::ActAsDialog::resolveLogin(
            admin, users.model(), QStringLiteral("user"), 0, this, [&](const QString &l, const QString &) {
                userLogin = l;
                done = true;
            });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 5000));
        QCOMPARE(userLogin, users.model()->value(0, QStringLiteral("name")));
    }

    void auditTrailRecordsAndExports()
    {
        net::Connection *admin = connect(QStringLiteral("admin"));
        const int before = int(m_trail->entries().size());
        auto tab = openTab(admin, QStringLiteral("client2"), QStringLiteral("domain"));
        QVERIFY(waitReady(tab.get()));
        QCOMPARE(tab->state(), ImpersonationTab::State::Ready);
        const auto entries = m_trail->entries();
        QVERIFY(entries.size() >= before + 2); // whoami + the list
        bool whoami = false, list = false;
        for (int i = before; i < entries.size(); ++i) {
            const auto &e = entries.at(i);
            QCOMPARE(e.actingAs, QStringLiteral("client2"));
            QCOMPARE(e.realUser, QStringLiteral("admin"));
            QCOMPARE(e.accountId, QStringLiteral("acct-admin"));
            QVERIFY(e.time.isValid());
            whoami |= e.function == QLatin1String("whoami");
            list |= e.function == QLatin1String("domain") && e.status == QLatin1String("ok");
        }
        QVERIFY(whoami);
        QVERIFY(list);
        // No request without su was recorded.
        for (const auto &e : entries)
            QVERIFY(!e.actingAs.isEmpty());

        // No secret in the file.
        QFile file(m_trail->filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray raw = file.readAll();
        QVERIFY(!raw.contains(admin->sessionId().toLatin1()));
        QVERIFY(!raw.contains("demo"));

        gui::AuditTrailDialog dialog(m_trail.get());
        QCOMPARE(dialog.table()->rowCount(), int(entries.size()));
        const QString csvPath = m_dir.filePath(QStringLiteral("audit.csv"));
        QString error;
        QVERIFY2(dialog.exportTo(csvPath, &error), qPrintable(error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines
            = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), int(entries.size()) + 1);
        QCOMPARE(lines.first(), QStringLiteral("time,account,user,acting_as,function,status"));
        QVERIFY(lines.last().contains(QStringLiteral(",admin,client2,")));

        // Newest first, every column filled from the record.
        const auto &newest = entries.last();
        QCOMPARE(dialog.table()->item(0, 1)->text(), newest.accountId);
        QCOMPARE(dialog.table()->item(0, 2)->text(), QStringLiteral("admin"));
        QCOMPARE(dialog.table()->item(0, 3)->text(), QStringLiteral("client2"));
        QCOMPARE(dialog.table()->item(0, 4)->text(), newest.function);
        QCOMPARE(dialog.table()->item(0, 5)->text(), newest.status);

        // "Export CSV…" through the dialog's own button and file dialog.
        dialog.show();
        QPushButton *exportButton = nullptr;
        for (auto *b : dialog.findChildren<QPushButton *>())
            if (b->text().contains(QStringLiteral("Export")))
                exportButton = b;
        QVERIFY(exportButton);
        exportButton->click();
        auto *files = dialog.findChild<QFileDialog *>();
        QVERIFY(files);
        const QString picked = m_dir.filePath(QStringLiteral("picked.csv"));
        files->selectFile(picked);
        static_cast<QDialog *>(files)->accept(); // QFileDialog::accept() is protected; this is the same call
        QFile pickedFile(picked);
        QVERIFY(pickedFile.open(QIODevice::ReadOnly));
        const QStringList pickedLines
            = QString::fromUtf8(pickedFile.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(pickedLines, lines);

        // A new entry shows up in an open dialog.
        auto more = openTab(admin, QStringLiteral("client2"), QStringLiteral("payment"));
        QVERIFY(waitReady(more.get()));
        QVERIFY(dialog.table()->rowCount() > int(entries.size()));
    }

    void cleanupTestCase() { m_connections.clear(); }
};

QTEST_MAIN(TestImpersonation)
#include "tst_impersonation.moc"
