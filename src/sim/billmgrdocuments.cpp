// Functions that answer with a file instead of XML (see docs/demo-server.md "Documents"): printed forms
// (payment.print / invoice.print, HTML with an external logo and style sheet that a client must not load) and
// PDFs (payment.print.pdf / invoice.print.pdf, small valid PDF 1.4 files written here with the document's
// number). One document per request (elid = one id); a missing or foreign id is an ordinary XML error.
#include "billmgr.h"

#include "dataset.h"
#include "formchecks.h"
#include "messages.h"

namespace mgrdesk::sim {

using formchecks::L;

namespace {

QByteArray htmlEscape(const QString &s)
{
    return s.toHtmlEscaped().toUtf8();
}

// PDF text strings in the standard Helvetica font: Latin-1, with ( ) \ escaped; others become '?'.
QByteArray pdfText(const QString &s)
{
    QByteArray out;
    for (const QChar c : s) {
        const ushort u = c.unicode();
        if (u == '(' || u == ')' || u == '\\')
            out += '\\';
        out += (u >= 0x20 && u < 0x7f) ? char(u) : '?';
    }
    return out;
}

QByteArray minimalPdf(const QString &title, const QStringList &lines)
{
    QByteArray content = "BT /F1 20 Tf 72 760 Td (" + pdfText(title) + ") Tj ET\n";
    int y = 720;
    for (const QString &line : lines) {
        content += "BT /F1 12 Tf 72 " + QByteArray::number(y) + " Td (" + pdfText(line) + ") Tj ET\n";
        y -= 20;
    }
    QList<QByteArray> objects;
    objects << "<< /Type /Catalog /Pages 2 0 R >>";
    objects << "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";
    objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
               "/Contents 5 0 R >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
    objects << "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream";
    objects << "<< /Title (" + pdfText(title) + ") /Producer (mgrdesk-demo-server) >>";

    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Info "
        + QByteArray::number(objects.size()) + " 0 R >>\nstartxref\n" + QByteArray::number(xref)
        + "\n%%EOF\n";
    return pdf;
}

// Test-only (docs/demo-server.md "Documents"): the same document over `pages` pages, each filled with text
// lines, so that clients can be tested with big downloads (about 2.5 KiB per page).
QByteArray multiPagePdf(const QString &title, const QStringList &lines, int pages)
{
    QList<QByteArray> objects;
    objects << "<< /Type /Catalog /Pages 2 0 R >>";
    QByteArray kids;
    for (int i = 0; i < pages; ++i)
        kids += QByteArray::number(4 + 2 * i) + " 0 R ";
    objects << "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages) + " >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
    for (int page = 1; page <= pages; ++page) {
        QByteArray content = "BT /F1 16 Tf 72 760 Td (" + pdfText(title) + " - page "
            + QByteArray::number(page) + ") Tj ET\n";
        int y = 730;
        for (const QString &line : lines) {
            content += "BT /F1 10 Tf 72 " + QByteArray::number(y) + " Td (" + pdfText(line) + ") Tj ET\n";
            y -= 14;
        }
        for (int row = 1; y > 60; ++row, y -= 14)
            content += "BT /F1 10 Tf 72 " + QByteArray::number(y) + " Td (Page " + QByteArray::number(page)
                + ", line " + QByteArray::number(row) + ": Demo Hosting LLC) Tj ET\n";
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> "
                   ">> /Contents "
                + QByteArray::number(5 + 2 * (page - 1)) + " 0 R >>";
        objects << "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content
                + "endstream";
    }
    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace

bool Billmgr::document(Context &ctx, Reply &reply)
{
    const QString &f = ctx.func;
    const bool pdf = f.endsWith(QLatin1String(".print.pdf"));
    const bool html = f.endsWith(QLatin1String(".print"));
    if (!pdf && !html)
        return false;
    const QString entity = f.left(f.indexOf(QLatin1Char('.')));
    if (entity != QLatin1String("payment") && entity != QLatin1String("invoice"))
        return false;
    const QString elid = ctx.param(L("elid")).trimmed();
    if (elid.isEmpty())
        formchecks::fail(L("missed"), L("elid"), QString(), "err_missed");
    bool numeric = false;
    const qint64 id = elid.toLongLong(&numeric);
    Table *table = m_data.table(entity);
    const Row *row = numeric ? table->find(id) : nullptr;
    if (!row)
        throw ApiError { L("notfound"), L("elid"), elid, L("err_notfound"), {} };
    if (!ctx.isAdmin() && row->owner != ctx.account)
        throw ApiError { L("access"), L("elid"), elid, L("err_access"), {} };

    const bool payment = entity == QLatin1String("payment");
    const QString number = table->value(*row, L("number"));
    const QString client = m_data.accountName(row->owner);
    const QString amount = table->value(*row, payment ? L("subaccountamount_iso") : L("amount_iso"));
    const QString date = table->value(*row, payment ? L("create_date") : L("cdate"));
    const QString kind
        = payment ? Messages::text(L("doc_payment"), ctx.lang) : Messages::text(L("doc_invoice"), ctx.lang);
    const QString title = kind + QLatin1Char(' ') + number;
    const QString clientLabel = Messages::text(L("doc_client"), ctx.lang);
    const QString amountLabel = Messages::text(L("doc_amount"), ctx.lang);
    const QString dateLabel = Messages::text(L("doc_date"), ctx.lang);

    if (pdf) {
        reply.contentType = "application/pdf";
        const QStringList lines { clientLabel + QStringLiteral(": ") + client,
            amountLabel + QStringLiteral(": ") + amount, dateLabel + QStringLiteral(": ") + date,
            QStringLiteral("Demo Hosting LLC") };
        // sim_pages=N (test-only, 1–20000): a big PDF of N pages for download tests.
        const int pages = qBound(1, ctx.param(L("sim_pages")).toInt(), 20000);
        reply.body = pages > 1 ? multiPagePdf(title, lines, pages) : minimalPdf(title, lines);
        reply.headers.append({ "Content-Disposition",
            "attachment; filename=\"" + QString(number).replace(QLatin1Char('"'), QLatin1Char('_')).toUtf8()
                + ".pdf\"" });
    } else {
        reply.contentType = "text/html; charset=UTF-8";
        QByteArray body = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + htmlEscape(title)
            + "</title>\n<link rel=\"stylesheet\" href=\"https://static.demo-hosting.example/print.css\">"
              "</head>\n<body>\n<img src=\"https://static.demo-hosting.example/logo.png\" alt=\"Demo "
              "Hosting\">\n"
              "<h1>"
            + htmlEscape(title) + "</h1>\n<table>\n";
        for (const auto &[label, value] : { std::pair { clientLabel, client },
                 std::pair { amountLabel, amount }, std::pair { dateLabel, date } })
            body += "<tr><th>" + htmlEscape(label) + "</th><td>" + htmlEscape(value) + "</td></tr>\n";
        // The company's stamp from the panel itself (printed forms reference the panel's own images): a
        // client that loaded resources would show up in this server's request log as func=print.stamp.
        body += "</table>\n<p>Demo Hosting LLC</p>\n<img src=\"" + htmlEscape(ctx.baseUrl)
            + "?func=print.stamp&amp;elid=" + htmlEscape(elid) + "\" alt=\"stamp\">\n</body></html>\n";
        reply.body = body;
    }
    reply.raw = true;
    return true;
}

} // namespace mgrdesk::sim
