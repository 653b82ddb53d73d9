// Long operations started from lists: the main window against the real demo server over pinned HTTPS. The VDS
// list's Reboot (a group action) is confirmed in the real message box (its Yes button clicked), sent with a
// progressid, followed in the Operations panel (steps from progress.get, elapsed time, the badge while it
// runs), kept there with its result after the end, and the list refreshes. The same from an impersonation tab
// (su=client, the polls as that user too), and a failing reboot keeps its error.
#include "core/accounts/accountstore.h"
#include "core/accounts/credentialstore.h"
#include "core/models/listloader.h"
#include "core/models/tablemodel.h"
#include "core/operations/operationsmodel.h"
#include "democlient.h"
#include "demoserver.h"
#include "impersonation/impersonationtab.h"
#include "lists/listview.h"
#include "mainwindow/mainwindow.h"
#include "operations/operationspanel.h"
#include "preferences/preferencekeys.h"

#include "common/messagebox.h"

#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QListView>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace mgrdesk;
using operations::OperationsModel;

class TestListOperations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::DemoServer::Options o;
        o.extraArgs = { QStringLiteral("--op-step-ms"), QStringLiteral("500") };
        m_server = std::make_unique<test::DemoServer>(o);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }
    void init()
    {
        m_store
            = std::make_unique<accounts::AccountStore>(m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_n)));
        m_store->appSettings()->set(settings::keys::openStartPage, false);
        m_creds = std::make_unique<accounts::CredentialStore>();
        test::addDemoAccount(
            m_store.get(), m_creds.get(), *m_server, QStringLiteral("Demo"), QStringLiteral("admin"));
    }
    void cleanup()
    {
        m_server->clearFaults();
        m_creds.reset();
        m_store.reset();
    }

    void rebootFromTheListIsAnOperation()
    {
        gui::MainWindow window(m_store.get(), m_creds.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        gui::ListView *list = window.openList(QStringLiteral("vds"), QString(), QStringLiteral("VDS"));
        QVERIFY(list);
        QVERIFY2(list->operations(), "the router's page context gives the list the Operations model");
        auto *model = qobject_cast<OperationsModel *>(list->operations());
        auto *panel = window.findChild<gui::OperationsPanel *>();
        auto *badge = window.findChild<gui::OperationsBadge *>();
        QVERIFY(model && panel && badge);
        QCOMPARE(panel->view()->model(), model);
        model->setPollInterval(200);

        const QString name = rebootOneActiveRow(list);
        QVERIFY(!name.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
        QVERIFY(!badge->isHidden());
        QVERIFY(badge->text().contains(QLatin1Char('1')));
        const QModelIndex op = model->index(0);
        QCOMPARE(op.data(OperationsModel::FunctionRole).toString(), QStringLiteral("vds.reboot"));
        QCOMPARE(op.data(OperationsModel::AccountRole).toString(), QStringLiteral("Demo"));
        QVERIFY2(op.data().toString().contains(name), qPrintable(op.data().toString()));
        QVERIFY(list->messageText().contains(QLatin1String("Operations")));
        // The server's steps arrive through progress.get while the request runs; the elapsed time grows.
        QTRY_VERIFY_WITH_TIMEOUT(
            gui::OperationsPanel::describe(model->index(0)).contains(QStringLiteral(" of 4")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(model->index(0).data(OperationsModel::ElapsedRole).toLongLong() > 600, 5000);
        // The badge opens the panel.
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("operationsDock"));
        QVERIFY(dock && dock->isHidden());
        QTest::mouseClick(badge, Qt::LeftButton);
        QVERIFY(dock->isVisible());

        QSignalSpy refreshed(list->loader(), &models::ListLoader::refreshed);
        QTRY_COMPARE_WITH_TIMEOUT(model->runningCount(), 0, 15000);
        QCOMPARE(model->index(0).data(OperationsModel::StateRole).value<OperationsModel::State>(),
            OperationsModel::State::Succeeded);
        QCOMPARE(gui::OperationsPanel::describe(model->index(0)), QStringLiteral("Done"));
        QVERIFY(model->index(0).data(OperationsModel::ElapsedRole).toLongLong() >= 1500);
        QVERIFY(badge->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 10000); // the list shows the server's state again
        QVERIFY2(list->messageText().contains(QLatin1String("done")), qPrintable(list->messageText()));

        // The request carried the progressid that progress.get asked about (the server's request log).
        const QString pid = model->index(0).data(OperationsModel::ProgressIdRole).toString();
        QVERIFY(pid.startsWith(QLatin1String("mgrdesk-")));
        const QString log = serverLog();
        QVERIFY2(log.contains(QLatin1String("progressid=") + pid), qPrintable(log.right(2000)));
        int polls = 0;
        for (const QString &line : log.split(QLatin1Char('\n')))
            polls += line.contains(QLatin1String("func=progress.get"))
                && line.contains(QLatin1String("elid=") + pid);
        QVERIFY2(polls >= 1, qPrintable(log.right(3000)));
    }

    void failedOperationKeepsItsError()
    {
        gui::MainWindow window(m_store.get(), m_creds.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        gui::ListView *list = window.openList(QStringLiteral("vds"), QString(), QStringLiteral("VDS"));
        QVERIFY(list);
        auto *model = qobject_cast<OperationsModel *>(list->operations());
        QVERIFY(model);
        QVERIFY(m_server->addFault(QStringLiteral("vds.reboot=http500@1")));
        QVERIFY(!rebootOneActiveRow(list).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(model->runningCount(), 0, 15000);
        QCOMPARE(model->index(0).data(OperationsModel::StateRole).value<OperationsModel::State>(),
            OperationsModel::State::Failed);
        QVERIFY(!model->index(0).data(OperationsModel::MessageRole).toString().isEmpty());
        QVERIFY(gui::OperationsPanel::describe(model->index(0))
                    .contains(model->index(0).data(OperationsModel::MessageRole).toString()));
        QVERIFY(list->messageText().contains(QLatin1String("failed")));
    }

    void impersonationTabRunsOperationsAsTheUser()
    {
        gui::MainWindow window(m_store.get(), m_creds.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        routing::PageRequest r;
        r.function = QStringLiteral("vds");
        r.kind = QStringLiteral("list");
        r.su = QStringLiteral("client1");
        auto *tab = qobject_cast<gui::ImpersonationTab *>(window.openPage(r));
        QVERIFY(tab);
        QTRY_VERIFY_WITH_TIMEOUT(tab->state() != gui::ImpersonationTab::State::Checking, 30000);
        QCOMPARE(tab->state(), gui::ImpersonationTab::State::Ready);
        gui::ListView *list = tab->listView();
        QVERIFY(list);
        auto *model = qobject_cast<OperationsModel *>(list->operations());
        QVERIFY2(model, "the su tab's page context carries the Operations model");
        model->setPollInterval(200);
        QVERIFY2(!rebootOneActiveRow(list).isEmpty(), "client1 has an active VDS in the demo data");
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            gui::OperationsPanel::describe(model->index(0)).contains(QStringLiteral(" of 4")), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(model->runningCount(), 0, 15000);
        QCOMPARE(model->index(0).data(OperationsModel::StateRole).value<OperationsModel::State>(),
            OperationsModel::State::Succeeded);
        // Both the operation and its polls ran as client1.
        const QString pid = model->index(0).data(OperationsModel::ProgressIdRole).toString();
        int asClient = 0;
        for (const QString &line : serverLog().split(QLatin1Char('\n'))) {
            if (line.contains(pid))
                asClient += line.contains(QLatin1String("su=client1")) ? 1 : -100;
        }
        QVERIFY2(asClient >= 2, qPrintable(QString::number(asClient)));
    }

private:
    // Selects the first active VDS (the reboot button's show rule), presses Reboot and answers the real
    // confirmation with its Yes button. Returns the row's name (keyname), empty when nothing could run.
    QString rebootOneActiveRow(gui::ListView *list)
    {
        if (!QTest::qWaitFor([list] { return list->model()->rowCount() > 0; }, 30000))
            return {};
        // The first row the button's rules allow (an active VDS: show item_status=2).
        QAction *reboot = list->buttonAction(QStringLiteral("reboot"));
        if (!reboot)
            return {};
        int row = -1;
        for (int i = 0; i < list->model()->rowCount() && row < 0; ++i) {
            list->selectKeys({ list->model()->rowKey(i) });
            if (reboot->isEnabled())
                row = i;
        }
        if (row < 0)
            return {};
        const int boxes = gui::MessageBox::count();
        reboot->trigger();
        if (!QTest::qWaitFor(
                [boxes] { return gui::MessageBox::count() > boxes && gui::MessageBox::lastBox(); }))
            return {};
        QMessageBox *box = gui::MessageBox::lastBox();
        QAbstractButton *yes = box->button(QMessageBox::Yes);
        if (!yes || !box->isVisible())
            return {};
        QTest::mouseClick(yes, Qt::LeftButton);
        return list->model()->value(row, QStringLiteral("domain"));
    }

    QString serverLog() const
    {
        QFile f(m_server->logFile());
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<test::DemoServer> m_server;
    int m_n = 0;
    std::unique_ptr<accounts::AccountStore> m_store;
    std::unique_ptr<accounts::CredentialStore> m_creds;
};

QTEST_MAIN(TestListOperations)
#include "tst_listoperations.moc"
