// The demo server as a process: command line contract (listening line, --port-file, --path, --http, bad
// options), TLS with a generated or given certificate (verified, never ignored), the request log format with
// masked secrets, 8 concurrent clients, deterministic seeded data, and a clean exit 0 on SIGTERM/SIGINT.
#include "simclient.h"

#include <QFile>
#include <QSslError>
#include <QTcpServer>
#include <QtTest>

#include <csignal>

using namespace simtest;
using mgrdesk::test::DemoServer;

class TestSimServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listeningLineAndPortFile()
    {
        QTemporaryDir dir;
        const QString portFile = dir.filePath(QStringLiteral("port"));
        QProcess p;
        p.start(DemoServer::binary(),
            { QStringLiteral("--http"), QStringLiteral("--port-file"), portFile, QStringLiteral("--path"),
                QStringLiteral("/manager") });
        QVERIFY(p.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains('\n'), 30000);
        QVERIFY2(out.startsWith("listening on http://127.0.0.1:"), out.constData());
        const QUrl url(QString::fromUtf8(out.mid(13).trimmed()));
        QCOMPARE(url.path(), QStringLiteral("/manager"));
        QFile f(portFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().trimmed().toInt(), url.port());
        // the API answers on the chosen path only
        QNetworkAccessManager nam;
        QUrl api = url;
        api.setQuery(QStringLiteral("func=whoami&authinfo=admin:demo&out=xml"));
        HttpResult r = SimClient::wait(nam.get(QNetworkRequest(api)), 30000);
        QVERIFY(r.xml().has(QStringLiteral("user")));
        api.setPath(QStringLiteral("/billmgr"));
        r = SimClient::wait(nam.get(QNetworkRequest(api)), 30000);
        QCOMPARE(r.status, 404);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }

    void fixedPortAndDefaultLanguage()
    {
        int port = 0;
        {
            QTcpServer probe; // a port that was free a moment ago
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        DemoServer::Options o;
        o.http = true;
        o.extraArgs = { QStringLiteral("--port"), QString::number(port), QStringLiteral("--lang-default"),
            QStringLiteral("ru") };
        DemoServer s(o);
        QVERIFY2(s.start(), qPrintable(s.errorString()));
        QCOMPARE(s.port(), port);
        SimClient c(s);
        // no lang, and an unknown one, give the default; a named one wins
        const XNode none = c.xml(
            { P("func", "payment"), P("authinfo", "admin:demo"), P("out", "devel"), P("p_cnt", "1") });
        QCOMPARE(none.attrs.value(QStringLiteral("lang")), QStringLiteral("ru"));
        QHash<QString, QString> msg;
        for (const XNode *m : none.child(QStringLiteral("messages"))->all(QStringLiteral("msg")))
            msg.insert(m->attrs.value(QStringLiteral("name")), m->text);
        QCOMPARE(msg.value(QStringLiteral("title")), QStringLiteral("Платежи"));
        QCOMPARE(c.xml({ P("func", "whoami"), P("authinfo", "admin:demo"), P("lang", "xx") })
                     .attrs.value(QStringLiteral("lang")),
            QStringLiteral("ru"));
        QCOMPARE(c.xml({ P("func", "whoami"), P("authinfo", "admin:demo"), P("lang", "en") })
                     .attrs.value(QStringLiteral("lang")),
            QStringLiteral("en"));
        // a second server cannot take the same port: exit 1 with a message
        QProcess second;
        second.start(DemoServer::binary(),
            { QStringLiteral("--http"), QStringLiteral("--port"), QString::number(port) });
        QVERIFY(second.waitForFinished(30000));
        QCOMPARE(second.exitCode(), 1);
        QVERIFY(second.readAllStandardError().contains("cannot listen"));
        QCOMPARE(s.stop(), 0);
    }

    void badOptionsFail_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("scale 0") << QStringList { QStringLiteral("--scale"), QStringLiteral("0") };
        QTest::newRow("port text") << QStringList { QStringLiteral("--port"), QStringLiteral("abc") };
        QTest::newRow("cert without key")
            << QStringList { QStringLiteral("--tls-cert"), QStringLiteral("/nonexistent.pem") };
        QTest::newRow("missing cert file")
            << QStringList { QStringLiteral("--tls-cert"), QStringLiteral("/nonexistent.pem"),
                   QStringLiteral("--tls-key"), QStringLiteral("/nonexistent.key") };
        QTest::newRow("bad whitelist")
            << QStringList { QStringLiteral("--authinfo-whitelist"), QStringLiteral("not-a-net") };
        QTest::newRow("bad language")
            << QStringList { QStringLiteral("--lang-default"), QStringLiteral("klingon") };
    }

    void badOptionsFail()
    {
        QFETCH(QStringList, args);
        QProcess p;
        p.start(DemoServer::binary(), args);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(!p.readAllStandardError().isEmpty());
        QVERIFY(!p.readAllStandardOutput().contains("listening on"));
    }

    void generatedCertificateIsVerified()
    {
        DemoServer s;
        QVERIFY2(s.start(), qPrintable(s.errorString()));
        QCOMPARE(s.baseUrl().scheme(), QStringLiteral("https"));
        const QSslCertificate cert = s.certificate();
        QVERIFY(!cert.isNull());
        QVERIFY(cert.subjectAlternativeNames()
                    .values(QSsl::IpAddressEntry)
                    .contains(QStringLiteral("127.0.0.1")));
        SimClient trusted(s);
        QVERIFY(
            trusted.xml({ P("func", "whoami"), P("authinfo", "admin:demo") }).has(QStringLiteral("user")));
        // without trusting it, TLS fails: nobody ignores errors here
        QNetworkAccessManager nam;
        QUrl url = s.baseUrl();
        url.setQuery(QStringLiteral("func=whoami&authinfo=admin:demo&out=xml"));
        const HttpResult r = SimClient::wait(nam.get(QNetworkRequest(url)), 30000);
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(s.stop(), 0);
    }

    void givenCertificateIsServed()
    {
        QTemporaryDir dir;
        QString certA, keyA, certB, keyB, error;
        QVERIFY2(DemoServer::makeCertificate(dir.path(), QStringLiteral("a"), &certA, &keyA, &error),
            qPrintable(error));
        QVERIFY2(DemoServer::makeCertificate(dir.path(), QStringLiteral("b"), &certB, &keyB, &error),
            qPrintable(error));
        DemoServer::Options o;
        o.certFile = certA;
        o.keyFile = keyA;
        DemoServer s(o);
        QVERIFY2(s.start(), qPrintable(s.errorString()));
        QFile fa(certA);
        QVERIFY(fa.open(QIODevice::ReadOnly));
        QCOMPARE(s.certificate(), QSslCertificate(fa.readAll(), QSsl::Pem));
        QFile fb(certB);
        QVERIFY(fb.open(QIODevice::ReadOnly));
        const QSslCertificate other(fb.readAll(), QSsl::Pem);
        QVERIFY(other != s.certificate());
        // trusting the other certificate does not open this server
        QNetworkAccessManager nam;
        QUrl url = s.baseUrl();
        url.setQuery(QStringLiteral("func=whoami&authinfo=admin:demo&out=xml"));
        QNetworkRequest req(url);
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setCaCertificates({ other });
        req.setSslConfiguration(conf);
        QCOMPARE(SimClient::wait(nam.get(req), 30000).error, QNetworkReply::SslHandshakeFailedError);
        SimClient trusted(s);
        QVERIFY(
            trusted.xml({ P("func", "whoami"), P("authinfo", "admin:demo") }).has(QStringLiteral("user")));
    }

    void requestLogFormatWithMaskedSecrets()
    {
        DemoServer::Options o;
        o.http = true;
        DemoServer s(o);
        QVERIFY2(s.start(), qPrintable(s.errorString()));
        SimClient c(s);
        const QString sid = c.login(QStringLiteral("admin"), QStringLiteral("demo"));
        c.xml({ P("func", "payment"), P("auth", sid), P("p_cnt", "1") });
        c.xml({ P("func", "whoami"), P("authinfo", "client1:demo") });
        c.xml({ P("func", "session.newkey"), P("auth", sid), P("username", "client2"),
            P("key", "abcdefghijklmnopqrstuvwxyz") });
        QFile log(s.logFile());
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QStringList lines
            = QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        const QRegularExpression re(
            QStringLiteral("^[A-Z][a-z]{2} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d \\[\\d+:\\d+\\] core_module INFO "
                           "Request \\[127\\.0\\.0\\.1\\]\\[([^\\]]*)\\] '(.*)'$"));
        QStringList users, queries;
        for (const QString &line : lines) {
            const auto m = re.match(line);
            QVERIFY2(m.hasMatch(), qPrintable(line));
            users << m.captured(1);
            queries << m.captured(2);
        }
        QCOMPARE(users,
            (QStringList { QStringLiteral("admin"), QStringLiteral("admin"), QStringLiteral("client1"),
                QStringLiteral("admin") }));
        QVERIFY(queries[0].startsWith(QStringLiteral("func=auth&username=admin&password=*")));
        QVERIFY(queries[1].contains(QStringLiteral("auth=*")));
        QVERIFY(queries[2].contains(QStringLiteral("authinfo=*")));
        QVERIFY(queries[3].contains(QStringLiteral("key=*")));
        for (const QString &q : queries) {
            QVERIFY(!q.contains(QStringLiteral("demo")));
            QVERIFY(!q.contains(sid));
            QVERIFY(!q.contains(QStringLiteral("abcdefghijklmnop")));
        }
    }

    void eightConcurrentClients()
    {
        DemoServer s;
        QVERIFY2(s.start(), qPrintable(s.errorString()));
        std::vector<std::unique_ptr<SimClient>> clients;
        QList<QNetworkReply *> replies;
        const QStringList users { QStringLiteral("admin"), QStringLiteral("client1"),
            QStringLiteral("client2"), QStringLiteral("client1-sub") };
        for (int i = 0; i < 8; ++i) {
            clients.push_back(std::make_unique<SimClient>(s));
            SimClient &c = *clients.back();
            for (int k = 0; k < 4; ++k) {
                QNetworkRequest req = c.request(c.base());
                req.setHeader(QNetworkRequest::ContentTypeHeader,
                    QByteArrayLiteral("application/x-www-form-urlencoded"));
                replies << c.nam()->post(req,
                    SimClient::encode(
                        { P("func", "payment"), P("authinfo", users[i % 4] + QStringLiteral(":demo")),
                            P("p_cnt", "500"), P("p_num", "1"), P("out", "xml") }));
            }
        }
        QHash<QString, QString> totals;
        for (int i = 0; i < replies.size(); ++i) {
            const HttpResult r = SimClient::wait(replies[i], 60000);
            QCOMPARE(r.error, QNetworkReply::NoError);
            bool ok = false;
            const XNode doc = r.xml(&ok);
            QVERIFY(ok);
            const QString user = users[(i / 4) % 4];
            const QString total = doc.value(QStringLiteral("p_elems"));
            QVERIFY(!total.isEmpty());
            if (totals.contains(user))
                QCOMPARE(total, totals.value(user)); // every client of a user saw the same list
            totals.insert(user, total);
        }
        QCOMPARE(totals.size(), 4);
        QCOMPARE(s.stop(), 0);
    }

    void seededDataIsDeterministic()
    {
        auto page = [](const QStringList &extra) {
            DemoServer::Options o;
            o.http = true;
            o.extraArgs = extra;
            DemoServer s(o);
            if (!s.start())
                return QByteArray();
            SimClient c(s);
            return c
                .post(
                    { P("func", "payment"), P("authinfo", "admin:demo"), P("p_cnt", "50"), P("out", "json") })
                .body;
        };
        const QByteArray a = page({ QStringLiteral("--seed"), QStringLiteral("7") });
        const QByteArray b = page({ QStringLiteral("--seed"), QStringLiteral("7") });
        const QByteArray c = page({ QStringLiteral("--seed"), QStringLiteral("8") });
        QVERIFY(!a.isEmpty());
        QCOMPARE(a, b);
        QVERIFY(a != c);
    }

    void sigtermExitsCleanly()
    {
        DemoServer::Options o;
        o.http = true;
        DemoServer s(o);
        QVERIFY2(s.start(), qPrintable(s.errorString()));
        SimClient c(s);
        QVERIFY(!c.login(QStringLiteral("admin")).isEmpty());
        QCOMPARE(s.stop(), 0);
    }

    void deadSocketsDuringSlowRepliesDoNotCrash()
    {
        DemoServer::Options o;
        o.http = true;
        o.extraArgs = { QStringLiteral("--fault"), QStringLiteral("currency=latency:800") };
        DemoServer s(o);
        QVERIFY2(s.start(), qPrintable(s.errorString()));
        {
            SimClient c(s);
            QNetworkRequest req = c.request(c.base());
            req.setHeader(
                QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
            QNetworkReply *r = c.nam()->post(req,
                SimClient::encode({ P("func", "currency"), P("authinfo", "admin:demo"), P("out", "xml") }));
            QTRY_COMPARE(s.loggedCount(QStringLiteral("currency")), 1); // it reached the server
            r->abort(); // the client goes away while the server still waits
            r->deleteLater();
        }
        // This answer is held longer than the dead one (and asked for later): the server writes to the dead
        // socket first, then answers here (one thread, timers in order), no sleep needed.
        QVERIFY(s.addFault(QStringLiteral("whoami=latency:900@1")));
        SimClient c2(s);
        QVERIFY(c2.xml({ P("func", "whoami"), P("authinfo", "admin:demo") }).has(QStringLiteral("user")));
        QCOMPARE(s.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSimServer)
#include "tst_sim_server.moc"
