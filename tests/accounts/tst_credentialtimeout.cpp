// CredentialStore's own timeout: a Secret Service that never answers (this process owns
// org.freedesktop.secrets on a private bus and swallows every call) must end as "unavailable" after the
// store's timeout, said once, with later calls answered at once, and the still-running keychain job left
// alone (not deleted, no crash when the store goes away).
#include "core/accounts/credentialstore.h"
#include "qtwarnings.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusVirtualObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace mgrdesk::accounts;

namespace {
// Set in the child that runs inside its own D-Bus session.
bool isChild()
{
    return qEnvironmentVariableIsSet("MGRDESK_PRIVATE_BUS_CHILD");
}

class SilentSecrets : public QDBusVirtualObject
{
public:
    bool handleMessage(const QDBusMessage &, const QDBusConnection &) override
    {
        ++calls;
        return true; // "handled": no reply ever goes back
    }
    QString introspect(const QString &) const override { return QString(); }
    int calls = 0;
};
} // namespace

class TestCredentialTimeout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { mgrdesk::test::failOnQtMisuseWarnings(); }
    void initTestCase()
    {
        if (!isChild())
            return;
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY(bus.isConnected());
        QVERIFY(bus.registerVirtualObject(QStringLiteral("/"), &m_silent, QDBusConnection::SubPath));
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.secrets")));
    }

    void timesOutAsUnavailable()
    {
        if (!isChild()) {
            // Parent: rerun this binary inside its own D-Bus session so the real keyring is not involved.
            QProcess child;
            child.setProcessChannelMode(QProcess::MergedChannels);
            child.start(QStringLiteral("dbus-run-session"),
                { QStringLiteral("--"), QStringLiteral("env"), QStringLiteral("MGRDESK_PRIVATE_BUS_CHILD=1"),
                    QCoreApplication::applicationFilePath(), QStringLiteral("timesOutAsUnavailable") });
            QVERIFY(child.waitForFinished(120000));
            const QByteArray out = child.readAll();
            QVERIFY2(child.exitCode() == 0
                    && out.contains("PASS   : TestCredentialTimeout::timesOutAsUnavailable()"),
                out.constData());
            return;
        }
        auto store = std::make_unique<CredentialStore>(QStringLiteral("io.github.mgrdesk.Mgrdesk.test"));
        store->setTimeout(2000);
        QSignalSpy unavailable(store.get(), &CredentialStore::unavailable);
        // The keychain call does not hold this (the GUI) thread: writePassword() returns an unfinished
        // request, and while the keychain keeps silent for the store's 2 s this thread keeps running its
        // event loop (a 50 ms ticker fires) until the answer is delivered here, on this thread.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(50);
        CredentialRequest *pending = store->writePassword(QStringLiteral("admin@h:1"), QStringLiteral("x"));
        QVERIFY(!pending->isFinished());
        QThread *deliveredOn = nullptr;
        connect(
            pending, &CredentialRequest::finished, this,
            [&deliveredOn] { deliveredOn = QThread::currentThread(); }, Qt::DirectConnection);
        QSignalSpy first(pending, &CredentialRequest::finished);
        QVERIFY(first.wait(60000));
        ticker.stop();
        QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
        QCOMPARE(deliveredOn, QCoreApplication::instance()->thread());
        const auto r = first.at(0).at(0).value<CredentialResult>();
        QCOMPARE(r.status, CredentialResult::Status::Unavailable);
        QVERIFY2(r.message.contains(QLatin1String("did not answer")), qPrintable(r.message));
        QVERIFY(m_silent.calls > 0); // the keychain really was asked, and really kept silent
        QCOMPARE(unavailable.count(), 1);
        QCOMPARE(store->availability(), CredentialStore::Availability::Unavailable);

        // Known to be unavailable: the next call does not wait again, and "unavailable" is not said twice.
        const int callsBefore = m_silent.calls;
        QSignalSpy second(store->readPassword(QStringLiteral("admin@h:1")), &CredentialRequest::finished);
        QVERIFY(second.wait(1000));
        QCOMPARE(second.at(0).at(0).value<CredentialResult>().status, CredentialResult::Status::Unavailable);
        QCOMPARE(unavailable.count(), 1);
        QCOMPARE(m_silent.calls, callsBefore);

        // retry() forgets the verdict: the store asks the keychain again.
        store->retry();
        QCOMPARE(store->availability(), CredentialStore::Availability::Unknown);
        // The store may go away while the first job still runs: the job is not its child, nothing crashes.
        store.reset();
        QTest::qWait(100); // events for the orphaned job run now: nothing crashes
    }

private:
    SilentSecrets m_silent;
};

QTEST_GUILESS_MAIN(TestCredentialTimeout)
#include "tst_credentialtimeout.moc"
