// The certificate question: shows subject, issuer, fingerprint and the problems; Cancel is the default; the
// answer goes back to the connection; the changed wording.
#include "certhelper.h"
#include "core/net/connection.h"
#include "demoserver.h"
#include "qtwarnings.h"
#include "tls/certificatedialog.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mgrdesk;

class TestCertificateDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { mgrdesk::test::failOnQtMisuseWarnings(); }
    void initTestCase();
    void showsFingerprintAndCancelIsDefault();
    void enterRefusesAndTrustAccepts();
    void changedWording();
    void askAnswersTheConnection();

private:
    net::TrustQuestion question(bool changed) const;
    QTemporaryDir m_dir;
    QSslCertificate m_cert;
};

void TestCertificateDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const auto g = test::generateSelfSigned(m_dir.path(), QStringLiteral("dlg"),
        QStringLiteral("panel.example"), QStringLiteral("DNS:panel.example"));
    QVERIFY2(g.ok, qPrintable(g.error));
    m_cert = QSslCertificate(g.pem, QSsl::Pem);
    QVERIFY(!m_cert.isNull());
}

net::TrustQuestion TestCertificateDialog::question(bool changed) const
{
    net::TrustQuestion q;
    q.certificate = m_cert;
    q.sha256 = m_cert.digest(QCryptographicHash::Sha256);
    q.changed = changed;
    q.errors = { QSslError(QSslError::SelfSignedCertificate, m_cert),
        QSslError(QSslError::HostNameMismatch, m_cert) };
    q.url = QUrl(QStringLiteral("https://127.0.0.1:1500/billmgr"));
    return q;
}

static QString allText(QWidget *w)
{
    QStringList texts;
    const auto labels = w->findChildren<QLabel *>();
    for (const QLabel *l : labels)
        texts << l->text();
    return texts.join(QLatin1Char('\n'));
}

void TestCertificateDialog::showsFingerprintAndCancelIsDefault()
{
    gui::CertificateDialog dlg(question(false));
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    const QByteArray sha = m_cert.digest(QCryptographicHash::Sha256);
    const QString expected = QString::fromLatin1(sha.toHex(':').toUpper());
    QCOMPARE(dlg.fingerprintText(), expected);
    QCOMPARE(expected.size(), 32 * 3 - 1);
    const QString text = allText(&dlg);
    QVERIFY(text.contains(expected));
    QVERIFY2(text.contains(QLatin1String("panel.example")), qPrintable(text)); // subject (and issuer)
    QVERIFY(text.contains(QLatin1String("mgrdesk tests")));
    QVERIFY(text.contains(QString::number(m_cert.expiryDate().toLocalTime().date().year()))); // validity
    QVERIFY(text.contains(QSslError(QSslError::HostNameMismatch, m_cert).errorString()));
    QVERIFY(!text.contains(QLatin1String("CHANGED")));
    QVERIFY(dlg.cancelButton()->isDefault());
    QVERIFY(!dlg.trustButton()->isDefault());
    QVERIFY(!dlg.trustButton()->accessibleName().isEmpty());
    QVERIFY(!dlg.cancelButton()->accessibleName().isEmpty());
}

void TestCertificateDialog::enterRefusesAndTrustAccepts()
{
    {
        net::TrustQuestion q = question(false);
        gui::CertificateDialog dlg(q);
        dlg.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dlg));
        QSignalSpy done(&dlg, &QDialog::finished);
        QTest::keyClick(&dlg, Qt::Key_Return);
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(done.constFirst().constFirst().toInt(), int(QDialog::Rejected));
    }
    {
        gui::CertificateDialog dlg(question(false));
        dlg.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dlg));
        QSignalSpy done(&dlg, &QDialog::finished);
        QTest::mouseClick(dlg.trustButton(), Qt::LeftButton);
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(done.constFirst().constFirst().toInt(), int(QDialog::Accepted));
    }
}

void TestCertificateDialog::changedWording()
{
    gui::CertificateDialog dlg(question(true));
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    QVERIFY(allText(&dlg).contains(QLatin1String("CHANGED")));
    QVERIFY(dlg.windowTitle().contains(QLatin1String("changed"), Qt::CaseInsensitive));
    QVERIFY(dlg.cancelButton()->isDefault());
}

// The whole loop with the real demo server: the question opens the dialog, the button answers the connection.
void TestCertificateDialog::askAnswersTheConnection()
{
    test::DemoServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    net::ConnectionSettings s;
    s.baseUrl = server.baseUrl();
    s.username = QStringLiteral("admin");
    s.method = net::LoginMethod::Session;
    net::Connection c(s);
    c.setPassword(QStringLiteral("demo"));
    QPointer<gui::CertificateDialog> dialog;
    connect(&c, &net::Connection::certificateTrustRequired, this,
        [&](const net::TrustQuestion &q) { dialog = gui::CertificateDialog::ask(&c, q, nullptr); });
    QSignalSpy pinned(&c, &net::Connection::certificatePinned);
    int finished = 0;
    net::ApiResult result;
    net::ApiJob *job = c.send(protocol::Request(QStringLiteral("whoami")));
    connect(job, &net::ApiJob::finished, this, [&](const net::ApiResult &r) {
        ++finished;
        result = r;
    });
    QTRY_VERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->fingerprintText(),
        gui::CertificateDialog::formatFingerprint(server.certificate().digest(QCryptographicHash::Sha256)));
    QVERIFY(dialog->cancelButton()->isDefault());
    QTest::mouseClick(dialog->trustButton(), Qt::LeftButton);
    QTRY_COMPARE(finished, 1);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(pinned.count(), 1);
    QTRY_VERIFY(dialog.isNull()); // deleted on close
}

QTEST_MAIN(TestCertificateDialog)
#include "tst_certificatedialog.moc"
