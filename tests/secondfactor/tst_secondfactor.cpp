// Second-factor login against the demo server (admin2fa/demo, TOTP secret JBSWY3DPEHPK3PXP). The codes are
// computed here with an independent RFC 6238 implementation (checked against the RFC's own test vector).
#include "accounts/secondfactordialog.h"
#include "core/net/apijob.h"
#include "core/net/connection.h"
#include "democlient.h"
#include "demoserver.h"
#include "forms/formfieldeditor.h"
#include "forms/formwidget.h"

#include <QDateTime>
#include <QLineEdit>
#include <QMessageAuthenticationCode>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QtEndian>

using namespace mgrdesk;

namespace {

QByteArray base32(const QByteArray &text)
{
    const QByteArray alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    QByteArray out;
    quint64 acc = 0;
    int bits = 0;
    for (char c : text) {
        acc = (acc << 5) | quint64(alphabet.indexOf(c));
        bits += 5;
        if (bits >= 8) {
            out.append(char((acc >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

QString totp(const QByteArray &key, qint64 t, int digits = 6)
{
    uchar counter[8];
    qToBigEndian<quint64>(quint64(t / 30), counter);
    const QByteArray h = QMessageAuthenticationCode::hash(
        QByteArray(reinterpret_cast<const char *>(counter), 8), key, QCryptographicHash::Sha1);
    const int o = h.back() & 0xf;
    const quint32 v = ((quint32(uchar(h[o])) & 0x7f) << 24) | (quint32(uchar(h[o + 1])) << 16)
        | (quint32(uchar(h[o + 2])) << 8) | quint32(uchar(h[o + 3]));
    quint32 mod = 1;
    for (int i = 0; i < digits; ++i)
        mod *= 10;
    return QStringLiteral("%1").arg(v % mod, digits, 10, QLatin1Char('0'));
}

const QByteArray kKey = base32("JBSWY3DPEHPK3PXP");

QString currentCode()
{
    return totp(kKey, QDateTime::currentSecsSinceEpoch());
}

QString wrongCode()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int n = 0;; ++n) {
        const QString c = QStringLiteral("%1").arg(n, 6, 10, QLatin1Char('0'));
        if (c != totp(kKey, now - 30) && c != totp(kKey, now) && c != totp(kKey, now + 30))
            return c;
    }
}

} // namespace

class TestSecondFactor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DemoServer> m_server;

    protocol::Request stepRequest(
        const QString &function, const protocol::FormData &form, const QString &code)
    {
        protocol::Request r(function);
        for (const auto &v : form.values) {
            if (v.first != QLatin1String("totp"))
                r.set(v.first, v.second);
        }
        r.set(QStringLiteral("totp"), code);
        r.set(QStringLiteral("sok"), QStringLiteral("ok"));
        r.set(QStringLiteral("out"), QStringLiteral("devel"));
        return r;
    }

    net::ApiResult run(net::Connection &c, const protocol::Request &r, const net::JobOptions &o)
    {
        net::ApiJob *job = c.send(r, nullptr, o);
        QSignalSpy done(job, &net::ApiJob::finished);
        if (!done.wait(15000))
            return {};
        return done.at(0).at(0).value<net::ApiResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(totp(QByteArray("12345678901234567890"), 59, 8), QStringLiteral("94287082")); // RFC 6238
        QCOMPARE(totp(QByteArray("12345678901234567890"), 1111111109, 8), QStringLiteral("07081804"));
        m_server = std::make_unique<test::DemoServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }
    void cleanup() { QVERIFY(m_server->clearFaults()); }

    void connectionWaitsForTheCodeThenLogsIn()
    {
        net::Connection c(test::demoConnectionSettings(*m_server, QStringLiteral("admin2fa")));
        c.setPassword(test::demoPassword);
        QSignalSpy asked(&c, &net::Connection::secondFactorRequired);
        QSignalSpy loggedIn(&c, &net::Connection::loggedIn);
        net::ApiJob *whoami = c.send(protocol::Request(QStringLiteral("whoami")));
        QSignalSpy whoamiDone(whoami, &net::ApiJob::finished);

        QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, 15000);
        QCOMPARE(c.state(), net::Connection::State::WaitingForSecondFactor);
        const QString function = asked.at(0).at(0).toString();
        const auto form = asked.at(0).at(1).value<protocol::FormData>();
        QCOMPARE(function, QStringLiteral("auth.totp"));
        QVERIFY(form.hasMetadata); // the step's form, asked for with its metadata
        bool hasCodeField = false;
        for (const auto &f : form.fields)
            hasCodeField = hasCodeField || f.name == QLatin1String("totp");
        QVERIFY(hasCodeField);
        QVERIFY(whoamiDone.isEmpty()); // the queue waits
        QVERIFY(c.sessionId().isEmpty());

        net::JobOptions o;
        o.secondFactor = true;
        // A wrong code: a field error; still waiting, nothing lost.
        const QString wrong = wrongCode();
        net::ApiResult r = run(c, stepRequest(function, form, wrong), o);
        QCOMPARE(r.status, net::ApiResult::Status::ApiError);
        QVERIFY(r.reply.error);
        QCOMPARE(r.reply.error->field(), QStringLiteral("totp"));
        QCOMPARE(c.state(), net::Connection::State::WaitingForSecondFactor);
        QVERIFY(whoamiDone.isEmpty());

        // The right code: logged in, the step answers ok (the session stays inside), the queue runs.
        const QString code = currentCode();
        r = run(c, stepRequest(function, form, code), o);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(r.reply.ok);
        QVERIFY(!r.reply.auth);
        QCOMPARE(c.state(), net::Connection::State::Connected);
        QCOMPARE(loggedIn.count(), 1);
        QVERIFY(!c.sessionId().isEmpty());
        QTRY_COMPARE(whoamiDone.count(), 1);
        QVERIFY(whoamiDone.at(0).at(0).value<net::ApiResult>().ok());

        // Nothing secret reached the request log: not the codes, not the login token, not the session.
        QString token;
        for (const auto &v : form.values) {
            if (v.first == QLatin1String("token"))
                token = v.second;
        }
        QVERIFY(!token.isEmpty());
        for (const auto &e : c.requestLog()->entries()) {
            const QString line = e.toLine();
            QVERIFY2(!line.contains(code) && !line.contains(wrong), qPrintable(line));
            QVERIFY2(!line.contains(token), qPrintable(line));
            QVERIFY2(!line.contains(c.sessionId()), qPrintable(line));
        }
    }

    void idleExpiryAsksForTheCodeAgain()
    {
        net::Connection c(test::demoConnectionSettings(*m_server, QStringLiteral("admin2fa")));
        c.setPassword(test::demoPassword);
        QSignalSpy asked(&c, &net::Connection::secondFactorRequired);
        c.send(protocol::Request(QStringLiteral("whoami")));
        QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, 15000);
        net::JobOptions o;
        o.secondFactor = true;
        QVERIFY(run(c,
            stepRequest(
                asked.at(0).at(0).toString(), asked.at(0).at(1).value<protocol::FormData>(), currentCode()),
            o)
                    .ok());
        QCOMPARE(c.state(), net::Connection::State::Connected);

        // The session ends while idle: the next request parks, the login asks for a code again.
        QVERIFY(m_server->addFault(QStringLiteral("whoami=expire@1")));
        net::ApiJob *again = c.send(protocol::Request(QStringLiteral("whoami")));
        QSignalSpy againDone(again, &net::ApiJob::finished);
        QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 2, 15000);
        QCOMPARE(c.state(), net::Connection::State::WaitingForSecondFactor);
        QVERIFY(againDone.isEmpty());
        QVERIFY(run(c,
            stepRequest(
                asked.at(1).at(0).toString(), asked.at(1).at(1).value<protocol::FormData>(), currentCode()),
            o)
                    .ok());
        QTRY_COMPARE(againDone.count(), 1);
        QVERIFY(againDone.at(0).at(0).value<net::ApiResult>().ok());
    }

    void cancellingFailsTheWaitingRequests()
    {
        net::Connection c(test::demoConnectionSettings(*m_server, QStringLiteral("admin2fa")));
        c.setPassword(test::demoPassword);
        QSignalSpy asked(&c, &net::Connection::secondFactorRequired);
        net::ApiJob *job = c.send(protocol::Request(QStringLiteral("whoami")));
        QSignalSpy done(job, &net::ApiJob::finished);
        QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, 15000);
        c.cancelSecondFactor();
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(done.at(0).at(0).value<net::ApiResult>().status, net::ApiResult::Status::AuthError);
        QCOMPARE(c.state(), net::Connection::State::LoggedOut);
    }

    void theDialogIsAnsweredLikeAnyForm()
    {
        net::Connection c(test::demoConnectionSettings(*m_server, QStringLiteral("admin2fa")));
        c.setPassword(test::demoPassword);
        QSignalSpy asked(&c, &net::Connection::secondFactorRequired);
        net::ApiJob *job = c.send(protocol::Request(QStringLiteral("whoami")));
        QSignalSpy done(job, &net::ApiJob::finished);
        QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, 15000);

        gui::SecondFactorDialog dialog(&c, QStringLiteral("Demo 2FA"), asked.at(0).at(0).toString(),
            asked.at(0).at(1).value<protocol::FormData>());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *code = qobject_cast<QLineEdit *>(dialog.formWidget()->control(QStringLiteral("totp")));
        QVERIFY(code);
        QVERIFY(!dialog.formWidget()->isFieldShown(QStringLiteral("token"))); // hidden fields stay hidden
        QVERIFY(dialog.formWidget()->isFieldShown(QStringLiteral("totp")));

        // A wrong code first: the form says so at the field and stays open.
        code->setFocus();
        QTest::keyClicks(code, wrongCode());
        QTest::mouseClick(dialog.formWidget()->button(QStringLiteral("ok")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !dialog.formWidget()->editor(QStringLiteral("totp"))->error().isEmpty(), 15000);
        QVERIFY(dialog.isVisible());
        QCOMPARE(c.state(), net::Connection::State::WaitingForSecondFactor);

        code->selectAll();
        QTest::keyClicks(code, currentCode());
        QTest::mouseClick(dialog.formWidget()->button(QStringLiteral("ok")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 15000);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(c.state(), net::Connection::State::Connected);
        QTRY_COMPARE(done.count(), 1);
        QVERIFY(done.at(0).at(0).value<net::ApiResult>().ok());
    }
};

QTEST_MAIN(TestSecondFactor)
#include "tst_secondfactor.moc"
