// The Operations model against the demo server: a vds.reboot carrying a progressid is tracked while
// progress.get is polled on the same connection; success, failure, cancel and clearing finished ones.
#include "core/net/apijob.h"
#include "core/net/connection.h"
#include "core/operations/operationsmodel.h"
#include "democlient.h"
#include "demoserver.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace mgrdesk;
using operations::OperationsModel;

class TestOperations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DemoServer> m_server;

    protocol::Request reboot(const QString &elid = QStringLiteral("1"))
    {
        protocol::Request r(QStringLiteral("vds.reboot"));
        r.set(QStringLiteral("elid"), elid);
        OperationsModel::addProgressId(r);
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::DemoServer::Options o;
        o.extraArgs = { QStringLiteral("--op-step-ms"), QStringLiteral("400") };
        m_server = std::make_unique<test::DemoServer>(o);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }
    void cleanup() { QVERIFY(m_server->clearFaults()); }

    void progressIdsAreFreshAndKept()
    {
        protocol::Request a(QStringLiteral("vds.reboot")), b(QStringLiteral("vds.reboot"));
        const QString ida = OperationsModel::addProgressId(a);
        const QString idb = OperationsModel::addProgressId(b);
        QVERIFY(!ida.isEmpty());
        QVERIFY(ida != idb);
        QCOMPARE(a.value(QStringLiteral("progressid")), ida);
        QCOMPARE(OperationsModel::addProgressId(a), ida); // an existing id is kept
    }

    void rebootIsTrackedToTheEnd()
    {
        net::Connection c(test::demoConnectionSettings(*m_server, QStringLiteral("admin")));
        c.setPassword(test::demoPassword);
        OperationsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPollInterval(200);
        QSignalSpy running(&model, &OperationsModel::runningCountChanged);
        QSignalSpy finished(&model, &OperationsModel::operationFinished);

        // Record every intermediate progress the model shows (the server has 4 steps of 400 ms).
        QList<int> seenDone;
        connect(&model, &QAbstractItemModel::dataChanged, this, [&] {
            const QVariant done = model.index(0).data(OperationsModel::DoneRole);
            if (done.isValid() && (seenDone.isEmpty() || seenDone.constLast() != done.toInt()))
                seenDone.append(done.toInt());
        });

        const protocol::Request request = reboot();
        net::ApiJob *job = model.start(&c, request, QStringLiteral("Reboot vds 1"), QStringLiteral("Demo"));
        QVERIFY(job);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.runningCount(), 1);
        QCOMPARE(running.count(), 1);
        QCOMPARE(model.index(0).data(Qt::DisplayRole).toString(), QStringLiteral("Reboot vds 1"));
        QCOMPARE(model.index(0).data(OperationsModel::AccountRole).toString(), QStringLiteral("Demo"));
        QCOMPARE(model.index(0).data(OperationsModel::FunctionRole).toString(), QStringLiteral("vds.reboot"));
        QCOMPARE(model.index(0).data(OperationsModel::ProgressIdRole).toString(),
            request.value(QStringLiteral("progressid")));
        QCOMPARE(model.index(0).data(OperationsModel::StateRole).value<OperationsModel::State>(),
            OperationsModel::State::Running);

        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QCOMPARE(model.runningCount(), 0);
        QCOMPARE(running.constLast().at(0).toInt(), 0);
        QCOMPARE(model.index(0).data(OperationsModel::StateRole).value<OperationsModel::State>(),
            OperationsModel::State::Succeeded);
        QCOMPARE(model.index(0).data(OperationsModel::StepsRole).toInt(), 4);
        QCOMPARE(model.index(0).data(OperationsModel::DoneRole).toInt(), 4);
        QVERIFY(model.index(0).data(OperationsModel::ElapsedRole).toLongLong() >= 1200);
        // The poll really showed the server's progress on the way: some step between start and end.
        bool intermediate = false;
        for (int d : std::as_const(seenDone))
            intermediate = intermediate || (d >= 1 && d <= 3);
        QVERIFY2(intermediate, qPrintable(QStringLiteral("seen: %1").arg(seenDone.size())));
        // The elapsed time stops with the operation.
        const qint64 elapsed = model.index(0).data(OperationsModel::ElapsedRole).toLongLong();
        QTest::qWait(300);
        QCOMPARE(model.index(0).data(OperationsModel::ElapsedRole).toLongLong(), elapsed);
    }

    void failureKeepsTheMessage()
    {
        QVERIFY(m_server->addFault(QStringLiteral("vds.reboot=http500")));
        net::Connection c(test::demoConnectionSettings(*m_server, QStringLiteral("admin")));
        c.setPassword(test::demoPassword);
        OperationsModel model;
        QSignalSpy finished(&model, &OperationsModel::operationFinished);
        model.start(&c, reboot(), QString(), QStringLiteral("Demo"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QCOMPARE(model.index(0).data(OperationsModel::StateRole).value<OperationsModel::State>(),
            OperationsModel::State::Failed);
        QVERIFY(!model.index(0).data(OperationsModel::MessageRole).toString().isEmpty());
        QCOMPARE(
            finished.at(0).at(2).toString(), model.index(0).data(OperationsModel::MessageRole).toString());
        QCOMPARE(model.index(0).data(Qt::DisplayRole).toString(), QStringLiteral("vds.reboot")); // no title
    }

    void cancelAndClear()
    {
        net::Connection c(test::demoConnectionSettings(*m_server, QStringLiteral("admin")));
        c.setPassword(test::demoPassword);
        OperationsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &OperationsModel::operationFinished);
        net::ApiJob *first = model.start(&c, reboot(QStringLiteral("1")), QStringLiteral("one"), QString());
        model.start(&c, reboot(QStringLiteral("2")), QStringLiteral("two"), QString());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("two")); // newest first
        QCOMPARE(model.runningCount(), 2);
        first->cancel();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(model.index(1).data(OperationsModel::StateRole).value<OperationsModel::State>(),
            OperationsModel::State::Cancelled);
        QCOMPARE(model.runningCount(), 1);
        model.clearFinished(); // the running one stays
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("two"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 15000);
        model.clearFinished();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestOperations)
#include "tst_operations.moc"
