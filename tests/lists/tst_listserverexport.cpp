// The server's own CSV export of a list (func=LIST&out=csv) beside the client-side one, against the real demo
// server over pinned HTTPS: the file holds exactly the bytes a raw HTTP fetch of the same request gets; it is
// written by another thread (QSaveFile); the folder is remembered per account and the next save dialog (a
// real, non-modal QFileDialog answered through its widgets) starts there; as another user (su) the file is
// that user's list; errors (a folder as target, a server failure) are reported and leave nothing behind.
#include "core/models/listloader.h"
#include "core/models/listserverexport.h"
#include "core/models/tablemodel.h"
#include "core/settings/settings.h"
#include "democlient.h"
#include "demoserver.h"
#include "lists/listview.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

using namespace mgrdesk;
using gui::ListView;

class TestListServerExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<settings::Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        settings::Settings::setApplication(m_settings.get());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_conn = std::make_unique<net::Connection>(
            test::demoConnectionSettings(m_server, QStringLiteral("admin")));
        m_conn->setPassword(test::demoPassword);
    }
    void cleanupTestCase() { settings::Settings::setApplication(nullptr); }

    void exportEqualsARawFetch()
    {
        ListView v(m_conn.get(), QStringLiteral("payment"));
        v.load();
        QVERIFY(QTest::qWaitFor([&] { return v.model()->rowCount() > 0; }, 30000));
        QVERIFY(v.serverExportAvailable());

        const QString path = m_dir.filePath(QStringLiteral("payments.csv"));
        QSignalSpy finished(&v, &ListView::exportFinished);
        v.exportOnServer(path);
        QVERIFY(v.isServerExporting());
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
        QCOMPARE(finished.at(0).at(0).toString(), path);
        QVERIFY(v.messageText().contains(QLatin1String("payments.csv")));

        const QByteArray raw = rawFetch({ { QStringLiteral("func"), QStringLiteral("payment") } });
        QVERIFY(raw.size() > 1000);
        QVERIFY(raw.startsWith("Id,") || raw.contains("\r\n"));
        QCOMPARE(readFile(path), raw);
        QVERIFY(v.serverExport()->writerThread() != nullptr);
        QVERIFY(v.serverExport()->writerThread() != QThread::currentThreadId());
        // The folder is remembered for this account; the next dialog starts there.
        QCOMPARE(m_settings->get(models::lastFolderKey(m_conn->settings().accountId)),
            QFileInfo(path).absolutePath());
        QCOMPARE(QDir(v.exportFolder()), QDir(m_dir.path()));
    }

    void saveDialogStartsInTheLastFolder()
    {
        QTemporaryDir other;
        QVERIFY(other.isValid());
        m_settings->set(models::lastFolderKey(m_conn->settings().accountId), other.path());
        ListView v(m_conn.get(), QStringLiteral("account"));
        v.load();
        QVERIFY(QTest::qWaitFor([&] { return v.model()->rowCount() > 0; }, 30000));
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        v.exportOnServerInteractive();
        QFileDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor([&] {
            dialog = v.findChild<QFileDialog *>(QStringLiteral("serverExportDialog"));
            return dialog && dialog->isVisible();
        }));
        QCOMPARE(QDir(dialog->directory()), QDir(other.path()));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        QCOMPARE(name->text(), QStringLiteral("account.csv"));
        QSignalSpy finished(&v, &ListView::exportFinished);
        name->setText(QStringLiteral("clients"));
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(finished.wait(60000));
        const QString path = QDir(other.path()).filePath(QStringLiteral("clients.csv")); // the default suffix
        QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
        QCOMPARE(finished.at(0).at(0).toString(), path);
        QCOMPARE(readFile(path), rawFetch({ { QStringLiteral("func"), QStringLiteral("account") } }));
    }

    void asAnotherUserExportsTheirList()
    {
        ListView v(m_conn.get(), QStringLiteral("payment"));
        net::JobOptions su;
        su.su = QStringLiteral("client1");
        su.noDefaultSu = true;
        v.loader()->setJobOptions(su);
        v.load();
        QVERIFY(QTest::qWaitFor([&] { return v.model()->rowCount() > 0; }, 30000));
        const QString path = m_dir.filePath(QStringLiteral("client1-payments.csv"));
        QSignalSpy finished(&v, &ListView::exportFinished);
        v.exportOnServer(path);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
        const QByteArray mine = readFile(path);
        QCOMPARE(mine,
            rawFetch({ { QStringLiteral("func"), QStringLiteral("payment") },
                { QStringLiteral("su"), QStringLiteral("client1") } }));
        QVERIFY(mine != rawFetch({ { QStringLiteral("func"), QStringLiteral("payment") } }));
    }

    void errorsAreReportedAndLeaveNothing()
    {
        ListView v(m_conn.get(), QStringLiteral("payment"));
        v.load();
        QVERIFY(QTest::qWaitFor([&] { return v.model()->rowCount() > 0; }, 30000));
        QSignalSpy finished(&v, &ListView::exportFinished);
        v.exportOnServer(m_dir.path()); // a folder
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!finished.at(0).at(1).toBool());
        QVERIFY2(finished.at(0).at(2).toString().contains(QLatin1String("folder")),
            qPrintable(finished.at(0).at(2).toString()));

        QVERIFY(m_server.addFault(QStringLiteral("payment=http500@1")));
        const QString path = m_dir.filePath(QStringLiteral("failed.csv"));
        v.exportOnServer(path);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.count(), 2);
        QVERIFY(!finished.at(1).at(1).toBool());
        QVERIFY(!finished.at(1).at(2).toString().isEmpty());
        QVERIFY(v.messageText() == finished.at(1).at(2).toString());
        QVERIFY(!QFile::exists(path));
        m_server.clearFaults();
    }

private:
    QByteArray rawFetch(const QList<QPair<QString, QString>> &params)
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(m_server.baseUrl());
        request.setSslConfiguration(m_server.sslConfiguration());
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        QUrlQuery body;
        body.addQueryItem(QStringLiteral("authinfo"), QStringLiteral("admin:demo"));
        body.addQueryItem(QStringLiteral("out"), QStringLiteral("csv"));
        body.addQueryItem(QStringLiteral("lang"), QStringLiteral("en"));
        for (const auto &p : params)
            body.addQueryItem(p.first, p.second);
        QNetworkReply *reply = nam.post(request, body.toString(QUrl::FullyEncoded).toUtf8());
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 60000))
            return {};
        reply->deleteLater();
        return reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    }
    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<settings::Settings> m_settings;
    test::DemoServer m_server;
    std::unique_ptr<net::Connection> m_conn;
};

QTEST_MAIN(TestListServerExport)
#include "tst_listserverexport.moc"
