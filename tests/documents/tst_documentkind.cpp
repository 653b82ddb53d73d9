// Which replies are documents, decided from the request and the headers; Content-Disposition file names;
// file name templates for batches.
#include "core/documents/documentkind.h"
#include "core/documents/filenametemplate.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mgrdesk;
using documents::DocumentKind;
using documents::FileNameTemplate;

namespace {
protocol::Request req(const char *func, const char *out = "")
{
    protocol::Request r(QString::fromLatin1(func));
    if (*out)
        r.set(QStringLiteral("out"), QString::fromLatin1(out));
    return r;
}
} // namespace

class TestDocumentKind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<protocol::Request>("request");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("disposition");
        QTest::addColumn<int>("kind");
        const auto None = int(DocumentKind::None), Pdf = int(DocumentKind::Pdf),
                   Html = int(DocumentKind::Html), Csv = int(DocumentKind::Csv),
                   Other = int(DocumentKind::Other);
        QTest::newRow("printed form") << req("payment.print", "doc_print")
                                      << QByteArray("text/html; charset=UTF-8") << QByteArray() << Html;
        QTest::newRow("pdf") << req("payment.print.pdf", "pdf_print") << QByteArray("application/pdf")
                             << QByteArray() << Pdf;
        QTest::newRow("pdf without out") << req("invoice.print.pdf") << QByteArray("application/octet-stream")
                                         << QByteArray("attachment; filename=\"a.pdf\"") << Pdf;
        QTest::newRow("pdf by request, no type")
            << req("invoice.print.pdf") << QByteArray() << QByteArray() << Pdf;
        QTest::newRow("server csv") << req("payment", "csv") << QByteArray("text/csv") << QByteArray() << Csv;
        QTest::newRow("csv without a type") << req("payment", "csv") << QByteArray() << QByteArray() << Csv;
        QTest::newRow("attachment bytes") << req("ticket.file") << QByteArray("application/octet-stream")
                                          << QByteArray("attachment; filename=x.bin") << Other;
        QTest::newRow("attachment image")
            << req("ticket.file") << QByteArray("image/png") << QByteArray() << Other;
        QTest::newRow("attachment text")
            << req("ticket.file") << QByteArray("text/plain") << QByteArray() << Other;
        QTest::newRow("document request answered by an XML error")
            << req("payment.print.pdf", "pdf_print") << QByteArray("text/xml") << QByteArray() << None;
        QTest::newRow("xml list") << req("payment", "xml") << QByteArray("text/xml; charset=UTF-8")
                                  << QByteArray() << None;
        QTest::newRow("json") << req("payment", "json") << QByteArray("application/json") << QByteArray()
                              << None;
        QTest::newRow("login page for an xml request is not a document")
            << req("payment", "xml") << QByteArray("text/html") << QByteArray() << None;
        QTest::newRow("explicit attachment on an api request")
            << req("export.something", "xml") << QByteArray("text/csv")
            << QByteArray("attachment; filename=x.csv") << Csv;
        QTest::newRow("pdf on an api request")
            << req("report.get") << QByteArray("application/pdf") << QByteArray() << Pdf;
        QTest::newRow("out=text stays an api reply")
            << req("payment", "text") << QByteArray("text/plain") << QByteArray() << None;
    }
    void classify()
    {
        QFETCH(protocol::Request, request);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, disposition);
        QFETCH(int, kind);
        QCOMPARE(int(documents::classifyReply(request, contentType, disposition)), kind);
    }

    void dispositionFileName_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("name");
        QTest::newRow("quoted") << QByteArray("attachment; filename=\"DH-7.pdf\"") << "DH-7.pdf";
        QTest::newRow("bare") << QByteArray("attachment; filename=report.csv") << "report.csv";
        QTest::newRow("rfc 5987 wins")
            << QByteArray("attachment; filename=\"a.pdf\"; filename*=UTF-8''%D0%A1%D1%87%D1%91%D1%82.pdf")
            << QString::fromUtf8("Счёт.pdf");
        QTest::newRow("no directory part")
            << QByteArray("attachment; filename=\"../../etc/passwd\"") << "passwd";
        QTest::newRow("windows path")
            << QByteArray("attachment; filename=\"C:\\\\x\\\\evil.exe\"") << "evil.exe";
        QTest::newRow("dots") << QByteArray("attachment; filename=\"..\"") << "";
        QTest::newRow("none") << QByteArray("inline") << "";
    }
    void dispositionFileName()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, name);
        QCOMPARE(documents::dispositionFileName(header), name);
    }

    void templates()
    {
        const FileNameTemplate t(QStringLiteral("{number}.pdf"));
        QCOMPARE(t.fields(), QStringList { QStringLiteral("number") });
        QCOMPARE(
            t.expand({ { QStringLiteral("number"), QStringLiteral("DH-000007") } }, QStringLiteral("pdf")),
            QStringLiteral("DH-000007.pdf"));
        // A separator inside a value never makes a folder; an empty field falls back to the id.
        QCOMPARE(
            t.expand({ { QStringLiteral("number"), QStringLiteral("pfx/1256") } }, QStringLiteral("pdf")),
            QStringLiteral("pfx_1256.pdf"));
        QCOMPARE(t.expand({ { QStringLiteral("id"), QStringLiteral("42") } }, QStringLiteral("pdf")),
            QStringLiteral("42.pdf"));
        QCOMPARE(t.expand({}, QStringLiteral("pdf")), QStringLiteral("document.pdf"));
        const FileNameTemplate two(QStringLiteral("{client} - {number}"));
        QCOMPARE(two.expand({ { QStringLiteral("client"), QStringLiteral("Acme: \"Ltd\"") },
                                { QStringLiteral("number"), QStringLiteral("7") } },
                     QStringLiteral("html")),
            QStringLiteral("Acme_ _Ltd_ - 7.html"));
        QCOMPARE(FileNameTemplate(QString()).pattern(), QStringLiteral("{number}.{ext}"));
    }

    void sanitize_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("reserved") << "a<b>c:d*e?f|g.pdf"
                                  << "a_b_c_d_e_f_g.pdf";
        QTest::newRow("control") << QString::fromUtf8("a\x01\tb.pdf") << "ab.pdf";
        QTest::newRow("trailing dots") << "name. . ."
                                       << "name";
        QTest::newRow("device") << "CON.pdf"
                                << "_CON.pdf";
        QTest::newRow("device lower") << "nul"
                                      << "_nul";
        QTest::newRow("empty") << ""
                               << "document";
        QTest::newRow("dots") << ".."
                              << "document";
        QTest::newRow("unicode kept") << QString::fromUtf8("Счёт №5.pdf") << QString::fromUtf8("Счёт №5.pdf");
    }
    void sanitize()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(FileNameTemplate::sanitize(in), out);
    }

    void longNamesKeepTheirExtension()
    {
        const QString name
            = FileNameTemplate::sanitize(QString(500, QLatin1Char('x')) + QStringLiteral(".pdf"));
        QVERIFY(name.size() <= 200);
        QVERIFY(name.endsWith(QStringLiteral(".pdf")));
    }

    void uniqueNames()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile existing(dir.filePath(QStringLiteral("DH-7.pdf")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.close();
        QCOMPARE(
            FileNameTemplate::unique(QStringLiteral("DH-8.pdf"), {}, dir.path()), QStringLiteral("DH-8.pdf"));
        QCOMPARE(FileNameTemplate::unique(QStringLiteral("DH-7.pdf"), {}, dir.path()),
            QStringLiteral("DH-7 (2).pdf"));
        QCOMPARE(FileNameTemplate::unique(
                     QStringLiteral("DH-7.pdf"), { QStringLiteral("dh-7 (2).PDF") }, dir.path()),
            QStringLiteral("DH-7 (3).pdf"));
        QCOMPARE(FileNameTemplate::unique(QStringLiteral("README"), { QStringLiteral("readme") }),
            QStringLiteral("README (2)"));
    }
};

QTEST_GUILESS_MAIN(TestDocumentKind)
#include "tst_documentkind.moc"
