// TLS trust against the real demo server over HTTPS: untrusted → one question → trust → pinned → requests
// succeed; refusing fails the waiting jobs; a different certificate later asks again with changed=true; a
// host name mismatch is shown in the question; a pinned certificate from the settings is accepted silently;
// an expired or not-yet-valid certificate is in the question, and once the user accepted it, is not asked
// again.
#include "certhelper.h"
#include "nettesthelpers.h"
#include "qtwarnings.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mgrdesk;
using namespace mgrdesk::net;
using mgrdesk::test::DemoServer;
using mgrdesk::test::Results;
using mgrdesk::test::settingsFor;
using mgrdesk::test::statusText;

namespace {
const QString kPassword = QStringLiteral("demo");

bool hasError(const TrustQuestion &q, QSslError::SslError type)
{
    for (const QSslError &e : q.errors) {
        if (e.error() == type)
            return true;
    }
    return false;
}
} // namespace

class TestTlsTrust : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { mgrdesk::test::failOnQtMisuseWarnings(); }
    void initTestCase();
    void untrustedAsksOnceThenPins_data();
    void untrustedAsksOnceThenPins();
    void refusingFailsTheWaitingJobs();
    void pinnedFromSettingsIsSilent();
    void restartedServerWithNewCertificateAsksAgain();
    void hostNameMismatchIsInTheQuestion();
    void wrongAnswerIsIgnored();
    void datedCertificateIsAskedThenRemembered_data();
    void datedCertificateIsAskedThenRemembered();

private:
    QTemporaryDir m_dir;
};

void TestTlsTrust::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestTlsTrust::untrustedAsksOnceThenPins_data()
{
    QTest::addColumn<LoginMethod>("method");
    QTest::newRow("authinfo, many requests waiting") << LoginMethod::AuthInfo;
    QTest::newRow("session (the login waits)") << LoginMethod::Session;
}

void TestTlsTrust::untrustedAsksOnceThenPins()
{
    QFETCH(LoginMethod, method);
    DemoServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Connection c(settingsFor(server, method, QStringLiteral("admin"), /*pin*/ false));
    c.setPassword(kPassword);
    QSignalSpy questions(&c, &Connection::certificateTrustRequired);
    QSignalSpy pinned(&c, &Connection::certificatePinned);
    Results res;
    for (int i = 0; i < 6; ++i)
        res.watch(c.send(protocol::Request(QStringLiteral("whoami"))));
    QTRY_COMPARE(questions.count(), 1);
    QCOMPARE(c.state(), Connection::State::WaitingForTrust);
    QTest::qWait(200); // every request that was in flight has failed its handshake by now: still one question
    QCOMPARE(questions.count(), 1);
    QCOMPARE(res.count, 0); // nobody failed: they wait for the answer

    const TrustQuestion q = questions.constFirst().constFirst().value<TrustQuestion>();
    QCOMPARE(q.certificate, server.certificate());
    QCOMPARE(q.sha256, server.certificate().digest(QCryptographicHash::Sha256));
    QVERIFY(!q.changed);
    QVERIFY(hasError(q, QSslError::SelfSignedCertificate));
    QCOMPARE(q.url, server.baseUrl());

    c.answerTrust(q.sha256, true);
    QCOMPARE(pinned.count(), 1);
    QCOMPARE(pinned.constFirst().constFirst().toByteArray(), server.certificate().toPem());
    QCOMPARE(c.settings().pinnedCertificatePem, server.certificate().toPem());
    QTRY_COMPARE(res.count, 6);
    for (const ApiResult &r : std::as_const(res.all))
        QVERIFY2(r.ok(), qPrintable(statusText(r)));
    QCOMPARE(questions.count(), 1);
    QCOMPARE(c.state(), Connection::State::Connected);
}

void TestTlsTrust::refusingFailsTheWaitingJobs()
{
    DemoServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Connection c(settingsFor(server, LoginMethod::AuthInfo, QStringLiteral("admin"), false));
    c.setPassword(kPassword);
    QSignalSpy questions(&c, &Connection::certificateTrustRequired);
    QSignalSpy pinned(&c, &Connection::certificatePinned);
    Results res;
    for (int i = 0; i < 5; ++i)
        res.watch(c.send(protocol::Request(QStringLiteral("whoami"))));
    QTRY_COMPARE(questions.count(), 1);
    const TrustQuestion q = questions.constFirst().constFirst().value<TrustQuestion>();
    c.answerTrust(q.sha256, false);
    QTRY_COMPARE(res.count, 5);
    for (const ApiResult &r : std::as_const(res.all)) {
        QCOMPARE(r.status, ApiResult::Status::TlsError);
        QVERIFY(!r.message.isEmpty());
    }
    QCOMPARE(pinned.count(), 0);
    QVERIFY(c.settings().pinnedCertificatePem.isEmpty());
    QCOMPARE(c.state(), Connection::State::Error);

    // Asking again later asks again (nothing was silently remembered).
    Results later;
    later.watch(c.send(protocol::Request(QStringLiteral("whoami"))));
    QTRY_COMPARE(questions.count(), 2);
    c.answerTrust(questions.constLast().constFirst().value<TrustQuestion>().sha256, false);
    QTRY_COMPARE(later.count, 1);
    QCOMPARE(later.all.constFirst().status, ApiResult::Status::TlsError);
}

void TestTlsTrust::pinnedFromSettingsIsSilent()
{
    DemoServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Connection c(settingsFor(server, LoginMethod::Session));
    c.setPassword(kPassword);
    QSignalSpy questions(&c, &Connection::certificateTrustRequired);
    Results res;
    for (int i = 0; i < 3; ++i)
        res.watch(c.send(protocol::Request(QStringLiteral("whoami"))));
    QTRY_COMPARE(res.count, 3);
    for (const ApiResult &r : std::as_const(res.all))
        QVERIFY2(r.ok(), qPrintable(statusText(r)));
    QCOMPARE(questions.count(), 0);
}

void TestTlsTrust::restartedServerWithNewCertificateAsksAgain()
{
    const auto first = test::generateSelfSigned(
        m_dir.path(), QStringLiteral("first"), QStringLiteral("127.0.0.1"), QStringLiteral("IP:127.0.0.1"));
    const auto second = test::generateSelfSigned(
        m_dir.path(), QStringLiteral("second"), QStringLiteral("127.0.0.1"), QStringLiteral("IP:127.0.0.1"));
    QVERIFY2(first.ok && second.ok, qPrintable(first.error + second.error));

    DemoServer::Options o;
    o.certFile = first.certPath;
    o.keyFile = first.keyPath;
    auto server = std::make_unique<DemoServer>(o);
    QVERIFY2(server->start(), qPrintable(server->errorString()));
    const int port = server->port();
    Connection c(settingsFor(*server, LoginMethod::Session, QStringLiteral("admin"), false));
    c.setPassword(kPassword);
    QSignalSpy questions(&c, &Connection::certificateTrustRequired);
    QSignalSpy pinned(&c, &Connection::certificatePinned);
    Results res;
    res.watch(c.send(protocol::Request(QStringLiteral("whoami"))));
    QTRY_COMPARE(questions.count(), 1);
    c.answerTrust(questions.constFirst().constFirst().value<TrustQuestion>().sha256, true);
    QTRY_COMPARE(res.count, 1);
    QVERIFY2(res.all.constFirst().ok(), qPrintable(statusText(res.all.constFirst())));
    QCOMPARE(pinned.constFirst().constFirst().toByteArray(), server->certificate().toPem());

    // The server comes back on the same port with another certificate.
    QCOMPARE(server->stop(), 0);
    server.reset();
    o.certFile = second.certPath;
    o.keyFile = second.keyPath;
    o.extraArgs = { QStringLiteral("--port"), QString::number(port) };
    server = std::make_unique<DemoServer>(o);
    QVERIFY2(server->start(), qPrintable(server->errorString()));
    QCOMPARE(server->port(), port);

    Results after;
    after.watch(c.send(protocol::Request(QStringLiteral("whoami"))));
    QTRY_COMPARE(questions.count(), 2);
    const TrustQuestion q = questions.constLast().constFirst().value<TrustQuestion>();
    QVERIFY(q.changed);
    QCOMPARE(q.certificate, server->certificate());
    QVERIFY(q.certificate != QSslCertificate(first.pem, QSsl::Pem));
    QCOMPARE(after.count, 0);
    c.answerTrust(q.sha256, true);
    QTRY_COMPARE(after.count, 1);
    // The server restarted: the old session is gone, so the request needed a new login too.
    QVERIFY2(after.all.constFirst().ok(), qPrintable(statusText(after.all.constFirst())));
    QCOMPARE(c.settings().pinnedCertificatePem, QByteArray(second.pem));
}

void TestTlsTrust::hostNameMismatchIsInTheQuestion()
{
    const auto other = test::generateSelfSigned(m_dir.path(), QStringLiteral("other"),
        QStringLiteral("other.example"), QStringLiteral("DNS:other.example"));
    QVERIFY2(other.ok, qPrintable(other.error));
    DemoServer::Options o;
    o.certFile = other.certPath;
    o.keyFile = other.keyPath;
    DemoServer server(o);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Connection c(settingsFor(server, LoginMethod::AuthInfo, QStringLiteral("admin"), false));
    c.setPassword(kPassword);
    QSignalSpy questions(&c, &Connection::certificateTrustRequired);
    Results res;
    res.watch(c.send(protocol::Request(QStringLiteral("whoami"))));
    QTRY_COMPARE(questions.count(), 1);
    const TrustQuestion q = questions.constFirst().constFirst().value<TrustQuestion>();
    QVERIFY(hasError(q, QSslError::HostNameMismatch));
    QVERIFY(hasError(q, QSslError::SelfSignedCertificate));
    c.answerTrust(q.sha256, true);
    QTRY_COMPARE(res.count, 1);
    QVERIFY2(res.all.constFirst().ok(), qPrintable(statusText(res.all.constFirst())));

    // The pin holds for a fresh connection built from the stored settings: no question, the request works.
    Connection again(c.settings());
    again.setPassword(kPassword);
    QSignalSpy questions2(&again, &Connection::certificateTrustRequired);
    Results res2;
    res2.watch(again.send(protocol::Request(QStringLiteral("whoami"))));
    QTRY_COMPARE(res2.count, 1);
    QVERIFY2(res2.all.constFirst().ok(), qPrintable(statusText(res2.all.constFirst())));
    QCOMPARE(questions2.count(), 0);
}

void TestTlsTrust::wrongAnswerIsIgnored()
{
    DemoServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Connection c(settingsFor(server, LoginMethod::AuthInfo, QStringLiteral("admin"), false));
    c.setPassword(kPassword);
    QSignalSpy questions(&c, &Connection::certificateTrustRequired);
    QSignalSpy pinned(&c, &Connection::certificatePinned);
    Results res;
    res.watch(c.send(protocol::Request(QStringLiteral("whoami"))));
    QTRY_COMPARE(questions.count(), 1);
    // An answer for some other certificate must not pin anything or release the request.
    c.answerTrust(QCryptographicHash::hash("not this one", QCryptographicHash::Sha256), true);
    QTest::qWait(100);
    QCOMPARE(pinned.count(), 0);
    QCOMPARE(res.count, 0);
    QCOMPARE(c.state(), Connection::State::WaitingForTrust);
    c.answerTrust(questions.constFirst().constFirst().value<TrustQuestion>().sha256, false);
    QTRY_COMPARE(res.count, 1);
    QCOMPARE(res.all.constFirst().status, ApiResult::Status::TlsError);
}

void TestTlsTrust::datedCertificateIsAskedThenRemembered_data()
{
    QTest::addColumn<QString>("notBefore");
    QTest::addColumn<QString>("notAfter");
    QTest::addColumn<QSslError::SslError>("error");
    QTest::newRow("expired") << QStringLiteral("20200101000000Z") << QStringLiteral("20200201000000Z")
                             << QSslError::CertificateExpired;
    QTest::newRow("not yet valid") << QStringLiteral("20990101000000Z") << QStringLiteral("20990201000000Z")
                                   << QSslError::CertificateNotYetValid;
}

void TestTlsTrust::datedCertificateIsAskedThenRemembered()
{
    QFETCH(QString, notBefore);
    QFETCH(QString, notAfter);
    QFETCH(QSslError::SslError, error);
    const auto cert = test::generateDated(m_dir.path(),
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')), notBefore,
        notAfter);
    QVERIFY2(cert.ok, qPrintable(cert.error));
    DemoServer::Options o;
    o.certFile = cert.certPath;
    o.keyFile = cert.keyPath;
    DemoServer server(o);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Connection c(settingsFor(server, LoginMethod::Session, QStringLiteral("admin"), /*pin*/ false));
    c.setPassword(kPassword);
    QSignalSpy questions(&c, &Connection::certificateTrustRequired);
    QSignalSpy pinned(&c, &Connection::certificatePinned);

    // The question names the date problem (besides "self-signed"); refused, the request fails as a TLS error.
    Results refused;
    refused.watch(c.send(protocol::Request(QStringLiteral("whoami"))));
    QTRY_COMPARE(questions.count(), 1);
    const TrustQuestion q = questions.constFirst().constFirst().value<TrustQuestion>();
    QVERIFY(hasError(q, error));
    QVERIFY(hasError(q, QSslError::SelfSignedCertificate));
    QCOMPARE(q.certificate, QSslCertificate(cert.pem, QSsl::Pem));
    c.answerTrust(q.sha256, false);
    QTRY_COMPARE(refused.count, 1);
    QCOMPARE(refused.all.constFirst().status, ApiResult::Status::TlsError);
    QCOMPARE(pinned.count(), 0);

    // Asked again, and accepted this time: the request goes through.
    Results accepted;
    accepted.watch(c.send(protocol::Request(QStringLiteral("whoami"))));
    QTRY_COMPARE(questions.count(), 2);
    const TrustQuestion again = questions.constLast().constFirst().value<TrustQuestion>();
    QVERIFY(hasError(again, error));
    c.answerTrust(again.sha256, true);
    QTRY_COMPARE(accepted.count, 1);
    QVERIFY2(accepted.all.constFirst().ok(), qPrintable(statusText(accepted.all.constFirst())));
    QCOMPARE(pinned.count(), 1);

    // The error the user already accepted is not asked about again for this certificate, though every new
    // TLS connection still reports it (fresh transports: a change's request gets its own connection).
    Results later;
    for (int i = 0; i < 3; ++i)
        later.watch(c.send(protocol::Request(QStringLiteral("whoami"))));
    protocol::Request change(QStringLiteral("user.edit"));
    change.set(QStringLiteral("elid"), QStringLiteral("1"));
    change.set(QStringLiteral("realname"), QStringLiteral("Administrator"));
    change.setSok();
    later.watch(c.send(change));
    QTRY_COMPARE(later.count, 4);
    for (const ApiResult &r : std::as_const(later.all))
        QVERIFY2(r.status != ApiResult::Status::TlsError, qPrintable(statusText(r)));
    QCOMPARE(questions.count(), 2);
    QCOMPARE(c.state(), Connection::State::Connected);
}

QTEST_GUILESS_MAIN(TestTlsTrust)
#include "tst_tlstrust.moc"
