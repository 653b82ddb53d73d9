// The mgrdesk: URL handler end to end: a real mgrdesk process (offscreen) holds the single-instance socket;
// second launches with a link hand it over and exit; the running window opens the link on the matching saved
// account, which the demo server's request log proves. A stranger writing garbage to the socket changes
// nothing.
#include "democlient.h"
#include "demoserver.h"
#include "singleinstance.h"

#include "core/accounts/accountstore.h"
#include "core/accounts/credentialstore.h"

#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mgrdesk;

namespace {
QProcessEnvironment appEnvironment()
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    e.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qt.qpa.*=false\nmgrdesk.app.*.info=true"));
    return e;
}
} // namespace

class TestUrlHandler : public QObject
{
    Q_OBJECT
    test::DemoServer m_server;
    QTemporaryDir m_dir;
    QString m_settings;
    accounts::Account m_account;
    accounts::CredentialStore m_keychain;
    QProcess m_first;

    QByteArray serverLog() const
    {
        QFile f(m_server.logFile());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    struct Launch
    {
        int exitCode = -1;
        bool finished = false;
        QByteArray err;
        qint64 ms = 0;
    };
    Launch launch(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(appEnvironment());
        QElapsedTimer clock;
        clock.start();
        p.start(QStringLiteral(MGRDESK_APP), QStringList { QStringLiteral("--settings"), m_settings } + args);
        Launch l;
        l.finished = p.waitForFinished(20000);
        if (!l.finished)
            p.kill();
        l.ms = clock.elapsed();
        l.exitCode = p.exitCode();
        l.err = p.readAllStandardError();
        return l;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(m_dir.isValid());
        m_settings = m_dir.filePath(QStringLiteral("mgrdesk.ini"));
        accounts::AccountStore store(m_settings);
        m_account = accounts::Account::create();
        m_account.name = QStringLiteral("Demo");
        m_account.baseUrl = m_server.baseUrl();
        m_account.username = QStringLiteral("admin");
        m_account.language = QStringLiteral("en");
        m_account.pinnedCertificatePem = m_server.certificatePem();
        QVERIFY(store.add(m_account));
        accounts::CredentialRequest *w
            = m_keychain.writePassword(m_account.credentialKey(), test::demoPassword);
        QSignalSpy written(w, &accounts::CredentialRequest::finished);
        QVERIFY(written.wait(20000));

        m_first.setProcessEnvironment(appEnvironment());
        m_first.start(QStringLiteral(MGRDESK_APP), { QStringLiteral("--settings"), m_settings });
        QVERIFY(m_first.waitForStarted());
        // Ready when its socket answers.
        const app::SingleInstance probe(m_settings);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&probe] {
                QLocalSocket s;
                s.connectToServer(probe.serverName());
                return s.waitForConnected(200);
            }(),
            30000);
    }

    void cleanupTestCase()
    {
        m_first.kill();
        m_first.waitForFinished();
        accounts::CredentialRequest *r = m_keychain.removePassword(m_account.credentialKey());
        QSignalSpy removed(r, &accounts::CredentialRequest::finished);
        removed.wait(20000);
    }

    void secondLaunchHandsOverAndExits()
    {
        const QString web = m_server.baseUrl().toString()
            + QStringLiteral("?func=user.edit&elid=3&elname=client1-sub&sfrom=ajax&operafake=1391662087211");
        const Launch second = launch(
            { QStringLiteral("mgrdesk://open?url=") + QString::fromLatin1(QUrl::toPercentEncoding(web)) });
        QVERIFY2(second.finished, "the second instance did not exit");
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.err.contains("handed over"), second.err.constData());
        QVERIFY(second.ms < 15000);
        QCOMPARE(m_first.state(), QProcess::Running);
        // The running window opened the form on the matching account: the server saw the request.
        QTRY_VERIFY_WITH_TIMEOUT(serverLog().contains("func=user.edit&elid=3"), 30000);
        QVERIFY(!serverLog().contains("operafake"));
        // The first instance's diagnostics arrive on its stderr in pieces: collect until both lines are
        // there.
        QByteArray err;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (err += m_first.readAllStandardError(),
                err.contains("another launch handed over") && err.contains("opening \"user.edit\"")),
            err.constData(), 15000);
    }

    void schemeWithPlainUrl()
    {
        const Launch second = launch({ QStringLiteral("mgrdesk:") + m_server.baseUrl().toString()
            + QStringLiteral("?startform=ticket.edit&elid=1") });
        QCOMPARE(second.exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(serverLog().contains("func=ticket.edit&elid=1"), 30000);
    }

    void launchWithoutLinkJustHandsOver()
    {
        const Launch second = launch({});
        QCOMPARE(second.exitCode, 0);
        QVERIFY(second.err.contains("handed over"));
        QCOMPARE(m_first.state(), QProcess::Running);
    }

    void strangersAreRefused()
    {
        const app::SingleInstance probe(m_settings);
        for (const QByteArray &junk : { QByteArrayLiteral("GET / HTTP/1.0\r\n\r\n"),
                 QByteArrayLiteral("MGRDESK-LINK 1\n\xff\xff\xff\xff"), QByteArray(100000, 'x') }) {
            QLocalSocket s;
            s.connectToServer(probe.serverName());
            QVERIFY(s.waitForConnected(5000));
            s.write(junk);
            s.waitForBytesWritten(5000);
            QVERIFY(!s.waitForReadyRead(1000) || !s.readAll().startsWith("OK"));
        }
        // Still serving.
        QCOMPARE(m_first.state(), QProcess::Running);
        QCOMPARE(launch({}).exitCode, 0);
    }

    void unknownServerIsRefusedNotOpened()
    {
        const Launch second = launch(
            { QStringLiteral("mgrdesk:https://elsewhere.example:1500/billmgr?func=user.delete&elid=1") });
        QCOMPARE(second.exitCode, 0); // handed over; the window says no account matches
        QTest::qWait(1000);
        QVERIFY(!serverLog().contains("func=user.delete"));
        QVERIFY(m_first.readAllStandardError().contains("link refused"));
    }
};

QTEST_MAIN(TestUrlHandler)
#include "tst_urlhandler.moc"
