// The demo server's ticket attachments (docs/demo-server.md "Tickets"): files uploaded as multipart file_N
// fields on a reply are stored with their bytes and served by ticket.file with their type and name; the
// ticket form lists them; the staff actions take and close; sizes are bounded. Raw HTTPS, no client code.
#include "simclient.h"

#include <QHttpMultiPart>
#include <QRandomGenerator>
#include <QTest>
#include <functional>

using namespace simtest;
using mgrdesk::test::DemoServer;

class TestTicketSim : public QObject
{
    Q_OBJECT

    QString sessionOf(const QString &user)
    {
        if (!m_sessions.contains(user))
            m_sessions.insert(user, m_client->login(user));
        return m_sessions.value(user);
    }

    XNode call(const QString &user, Params params)
    {
        params.append({ QStringLiteral("auth"), sessionOf(user) });
        return m_client->xml(params);
    }

    HttpResult raw(const QString &user, Params params)
    {
        params.append({ QStringLiteral("auth"), sessionOf(user) });
        return m_client->post(params);
    }

    struct Upload
    {
        QString field, name, type;
        QByteArray bytes;
    };

    HttpResult multipart(const QString &user, const Params &fields, const QList<Upload> &files)
    {
        auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        Params all = fields;
        all.append({ QStringLiteral("auth"), sessionOf(user) });
        all.append({ QStringLiteral("out"), QStringLiteral("xml") });
        for (const auto &f : all) {
            QHttpPart part;
            part.setHeader(QNetworkRequest::ContentDispositionHeader,
                QStringLiteral("form-data; name=\"%1\"").arg(f.first));
            part.setBody(f.second.toUtf8());
            multi->append(part);
        }
        for (const Upload &u : files) {
            QHttpPart part;
            part.setHeader(QNetworkRequest::ContentDispositionHeader,
                QStringLiteral("form-data; name=\"%1\"; filename=\"%2\"").arg(u.field, u.name));
            if (!u.type.isEmpty())
                part.setHeader(QNetworkRequest::ContentTypeHeader, u.type);
            part.setBody(u.bytes);
            multi->append(part);
        }
        QNetworkReply *reply = m_client->nam()->post(m_client->request(m_client->base()), multi);
        multi->setParent(reply);
        return SimClient::wait(reply, 120000);
    }

    static QByteArray noise(int size)
    {
        QByteArray b(size, Qt::Uninitialized);
        QRandomGenerator gen(42);
        for (int i = 0; i < size; ++i)
            b[i] = char(gen.bounded(256)); // every byte value, CR LF and "--" included
        return b;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_client = std::make_unique<SimClient>(m_server);
    }

    void uploadThenDownloadEqualBytes()
    {
        const QByteArray binary = noise(300 * 1024);
        const QByteArray text = QByteArrayLiteral("line one\r\n--not a boundary\r\n\r\nÜnïcode\n");
        const HttpResult r = multipart(QStringLiteral("client1"),
            { P("func", "clientticket.edit"), P("sok", "ok"), P("name", "Files attached"),
                P("message", "See the two files.") },
            { { QStringLiteral("file_1"), QStringLiteral("dump.bin"), QString(), binary },
                { QStringLiteral("file_2"), QStringLiteral("notes.txt"), QStringLiteral("text/plain"),
                    text } });
        const XNode ok = r.xml();
        QVERIFY2(ok.has(QStringLiteral("ok")), r.body.constData());
        const QString ticket = ok.value(QStringLiteral("id"));

        const XNode form
            = call(QStringLiteral("client1"), { P("func", "clientticket.edit"), P("elid", ticket) });
        const XNode *messages = nullptr;
        const XNode *files = nullptr;
        for (const XNode *l : form.all(QStringLiteral("list"))) {
            if (l->attrs.value(QStringLiteral("name")) == QLatin1String("messages"))
                messages = l;
            if (l->attrs.value(QStringLiteral("name")) == QLatin1String("attachments"))
                files = l;
        }
        QVERIFY(messages && files);
        QCOMPARE(messages->all(QStringLiteral("elem")).size(), 1);
        const XNode *message = messages->child(QStringLiteral("elem"));
        QCOMPARE(message->value(QStringLiteral("message")), QStringLiteral("See the two files."));
        QCOMPARE(message->value(QStringLiteral("role")), QStringLiteral("client"));
        const QList<const XNode *> elems = files->all(QStringLiteral("elem"));
        QCOMPARE(elems.size(), 2);
        QCOMPARE(elems[0]->value(QStringLiteral("message")), message->value(QStringLiteral("id")));
        QCOMPARE(elems[0]->value(QStringLiteral("name")), QStringLiteral("dump.bin"));
        QCOMPARE(elems[0]->value(QStringLiteral("size")), QString::number(binary.size()));
        QCOMPARE(elems[1]->value(QStringLiteral("name")), QStringLiteral("notes.txt"));
        QCOMPARE(elems[1]->value(QStringLiteral("type")), QStringLiteral("text/plain"));

        const HttpResult bin = raw(QStringLiteral("client1"),
            { P("func", "ticket.file"), P("elid", elems[0]->value(QStringLiteral("id"))) });
        QCOMPARE(bin.status, 200);
        QCOMPARE(bin.body, binary);
        QCOMPARE(bin.header("Content-Type"), QByteArray("application/octet-stream"));
        QVERIFY2(bin.header("Content-Disposition").startsWith("attachment; filename=\"dump.bin\""),
            bin.header("Content-Disposition").constData());
        const HttpResult txt = raw(QStringLiteral("client1"),
            { P("func", "ticket.file"), P("elid", elems[1]->value(QStringLiteral("id"))) });
        QCOMPARE(txt.body, text);
        QCOMPARE(txt.header("Content-Type"), QByteArray("text/plain; charset=UTF-8"));
        // staff see the same file
        const HttpResult staff = raw(QStringLiteral("admin"),
            { P("func", "ticket.file"), P("elid", elems[0]->value(QStringLiteral("id"))) });
        QCOMPARE(staff.body, binary);
    }

    void foreignAndMissingAttachmentsAreXmlErrors()
    {
        const HttpResult r = multipart(QStringLiteral("client1"),
            { P("func", "clientticket.edit"), P("sok", "ok"), P("name", "Private"), P("message", "mine") },
            { { QStringLiteral("file_1"), QStringLiteral("secret.txt"), QStringLiteral("text/plain"),
                "x" } });
        const QString ticket = r.xml().value(QStringLiteral("id"));
        const XNode form
            = call(QStringLiteral("client1"), { P("func", "clientticket.edit"), P("elid", ticket) });
        const XNode *files = nullptr;
        for (const XNode *l : form.all(QStringLiteral("list")))
            if (l->attrs.value(QStringLiteral("name")) == QLatin1String("attachments"))
                files = l;
        QVERIFY(files && files->child(QStringLiteral("elem")));
        const QString id = files->child(QStringLiteral("elem"))->value(QStringLiteral("id"));
        const HttpResult other = raw(QStringLiteral("client2"), { P("func", "ticket.file"), P("elid", id) });
        QVERIFY(other.header("Content-Type").startsWith("text/xml"));
        QCOMPARE(errorType(other.xml()), QStringLiteral("access"));
        const HttpResult missing
            = raw(QStringLiteral("client1"), { P("func", "ticket.file"), P("elid", "999999") });
        QCOMPARE(errorType(missing.xml()), QStringLiteral("notfound"));
    }

    void seededScreenshotIsAPngShownInline()
    {
        QString id;
        for (int t = 1; t <= 30 && id.isEmpty(); ++t) {
            const XNode f = call(
                QStringLiteral("admin"), { P("func", "ticket_all.edit"), P("elid", QString::number(t)) });
            for (const XNode *l : f.all(QStringLiteral("list")))
                if (l->attrs.value(QStringLiteral("name")) == QLatin1String("attachments"))
                    for (const XNode *e : l->all(QStringLiteral("elem")))
                        if (e->value(QStringLiteral("type")) == QLatin1String("image/png") && id.isEmpty())
                            id = e->value(QStringLiteral("id"));
        }
        QVERIFY2(!id.isEmpty(), "no seeded screenshot");
        const HttpResult png = raw(QStringLiteral("admin"), { P("func", "ticket.file"), P("elid", id) });
        QCOMPARE(png.header("Content-Type"), QByteArray("image/png"));
        QVERIFY(png.header("Content-Disposition").startsWith("inline; filename=\"screenshot.png\""));
        QVERIFY(png.body.startsWith("\x89PNG\r\n\x1a\n"));
        QVERIFY(png.body.endsWith("IEND\xae\x42\x60\x82"));
    }

    void tooBigFileIsRefusedAndNothingIsStored()
    {
        const XNode before = call(QStringLiteral("client2"), { P("func", "clientticket") });
        const HttpResult r = multipart(QStringLiteral("client2"),
            { P("func", "clientticket.edit"), P("sok", "ok"), P("name", "Huge"), P("message", "too big") },
            { { QStringLiteral("file_1"), QStringLiteral("huge.bin"), QString(),
                QByteArray(16 * 1024 * 1024 + 1, 'a') } });
        const XNode doc = r.xml();
        QCOMPARE(errorType(doc), QStringLiteral("value"));
        QCOMPARE(attr(doc, QStringLiteral("error"), QStringLiteral("object")), QStringLiteral("file_1"));
        const XNode after = call(QStringLiteral("client2"), { P("func", "clientticket") });
        QCOMPARE(after.all(QStringLiteral("elem")).size(), before.all(QStringLiteral("elem")).size());
    }

    void staffToolbarTakesAndCloses()
    {
        const XNode list = call(QStringLiteral("admin"), { P("func", "ticket"), P("out", "devel") });
        QStringList buttons;
        const XNode *toolbar = list.find(QStringLiteral("toolbar"));
        QVERIFY(toolbar);
        for (const auto &grp : toolbar->children)
            for (const auto &b : grp.children)
                if (b.name == QLatin1String("toolbtn"))
                    buttons << b.attrs.value(QStringLiteral("name")) + QLatin1Char('=')
                            + b.attrs.value(QStringLiteral("func"));
        QVERIFY2(buttons.contains(QStringLiteral("edit=ticket.edit")), qPrintable(buttons.join(u' ')));
        QVERIFY(buttons.contains(QStringLiteral("take=ticket.take")));
        QVERIFY(buttons.contains(QStringLiteral("close=ticket.close")));

        const HttpResult r = multipart(QStringLiteral("client2"),
            { P("func", "clientticket.edit"), P("sok", "ok"), P("name", "Take me"), P("message", "help") },
            {});
        const QString id = r.xml().value(QStringLiteral("id"));
        QVERIFY(call(QStringLiteral("admin"), { P("func", "ticket.take"), P("elid", id) })
                    .has(QStringLiteral("ok")));
        XNode form = call(QStringLiteral("admin"), { P("func", "ticket.edit"), P("elid", id) });
        QCOMPARE(form.value(QStringLiteral("responsible")), QStringLiteral("admin"));
        QCOMPARE(form.value(QStringLiteral("tstatus")), QStringLiteral("1"));
        // properties change without a message
        QVERIFY(call(QStringLiteral("admin"),
            { P("func", "ticket.edit"), P("elid", id), P("sok", "ok"), P("client_department", "2") })
                    .has(QStringLiteral("ok")));
        form = call(QStringLiteral("admin"), { P("func", "ticket.edit"), P("elid", id) });
        QCOMPARE(form.value(QStringLiteral("client_department")), QStringLiteral("2"));
        QVERIFY(call(QStringLiteral("admin"), { P("func", "ticket.close"), P("elid", id) })
                    .has(QStringLiteral("ok")));
        form = call(QStringLiteral("admin"), { P("func", "ticket.edit"), P("elid", id) });
        QCOMPARE(form.value(QStringLiteral("tstatus")), QStringLiteral("3"));
        QCOMPARE(errorType(call(QStringLiteral("client2"), { P("func", "ticket.close"), P("elid", id) })),
            QStringLiteral("access"));
    }

    void formDescribesTheFileControl()
    {
        const XNode form = call(
            QStringLiteral("client1"), { P("func", "clientticket.edit"), P("elid", ""), P("out", "devel") });
        const XNode *metadata = form.find(QStringLiteral("metadata"));
        QVERIFY(metadata);
        bool found = false;
        std::function<void(const XNode &)> walk = [&](const XNode &n) {
            if (n.name == QLatin1String("input")
                && n.attrs.value(QStringLiteral("name")) == QLatin1String("file_1"))
                found = n.attrs.value(QStringLiteral("type")) == QLatin1String("file")
                    && n.attrs.value(QStringLiteral("multiple")) == QLatin1String("yes");
            for (const auto &c : n.children)
                walk(c);
        };
        walk(*metadata);
        QVERIFY(found);
    }

private:
    DemoServer m_server;
    std::unique_ptr<SimClient> m_client;
    QHash<QString, QString> m_sessions;
};

QTEST_GUILESS_MAIN(TestTicketSim)
#include "tst_ticketsim.moc"
