#include "reportpdf.h"

#include "reportbandview.h"
#include "reportchart.h"

#include "core/models/tablemodel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QPrinter>
#include <QTableWidget>
#include <QTextDocument>
#include <QThreadPool>
#include <QUrl>

namespace mgrdesk::gui {

ReportPdf::ReportPdf(QObject *parent)
    : QObject(parent)
{
}

ReportPdf::Band ReportPdf::snapshot(const ReportBandView &view)
{
    Band b;
    b.title = view.band().title.isEmpty() ? view.band().name : view.band().title;
    const models::TableModel *m = view.model();
    for (int c = 0; c < m->columnCount(); ++c) {
        b.headers.append(m->columnTitle(c));
        b.footer.append(view.footerText(m->columnName(c)));
    }
    for (int r = 0; r < m->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < m->columnCount(); ++c)
            row.append(m->cellText(r, c));
        b.rows.append(row);
    }
    for (const ReportChart *chart : view.charts())
        b.charts.append(chart->toImage(QSize(640, 360)));
    return b;
}

QString ReportPdf::html(const Snapshot &s)
{
    QString out = QStringLiteral("<html><body><h1>%1</h1>").arg(s.title.toHtmlEscaped());
    if (!s.info.isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(s.info.toHtmlEscaped());
    if (!s.parameters.isEmpty())
        out += QStringLiteral("<p><i>%1</i></p>").arg(s.parameters.toHtmlEscaped());
    int image = 0;
    for (const Band &b : s.bands) {
        out += QStringLiteral("<h2>%1</h2>").arg(b.title.toHtmlEscaped());
        out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
        for (const QString &h : b.headers)
            out += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
        out += QStringLiteral("</tr>");
        for (const QStringList &row : b.rows) {
            out += QStringLiteral("<tr>");
            for (const QString &cell : row)
                out += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
            out += QStringLiteral("</tr>");
        }
        bool anyTotal = false;
        for (const QString &f : b.footer)
            anyTotal = anyTotal || !f.isEmpty();
        if (anyTotal) {
            out += QStringLiteral("<tr>");
            for (const QString &f : b.footer)
                out += QStringLiteral("<td><b>%1</b></td>").arg(f.toHtmlEscaped());
            out += QStringLiteral("</tr>");
        }
        out += QStringLiteral("</table>");
        for (int i = 0; i < b.charts.size(); ++i)
            out += QStringLiteral("<p><img src=\"chart%1\" width=\"480\"/></p>").arg(image++);
    }
    out += QStringLiteral("</body></html>");
    return out;
}

bool ReportPdf::write(const Snapshot &s, const QString &path, QString *error)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setDocName(s.title);
    printer.setCreator(QStringLiteral("mgrdesk"));
    QTextDocument doc;
    doc.setDocumentMargin(0);
    int image = 0;
    for (const Band &b : s.bands)
        for (const QImage &chart : b.charts)
            doc.addResource(
                QTextDocument::ImageResource, QUrl(QStringLiteral("chart%1").arg(image++)), chart);
    doc.setHtml(html(s));
    doc.setMetaInformation(QTextDocument::DocumentTitle, s.title);
    doc.print(&printer);
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0) {
        if (error)
            *error = tr("The PDF could not be written to “%1”.").arg(path);
        return false;
    }
    return true;
}

bool ReportPdf::start(const Snapshot &snapshot, const QString &path)
{
    if (m_running)
        return false;
    m_running = true;
    QPointer<ReportPdf> self(this);
    QThreadPool::globalInstance()->start([self, snapshot, path] {
        QString error;
        const bool ok = write(snapshot, path, &error);
        // back on the GUI thread, where `self` may be checked
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, ok, path, error] {
                if (!self)
                    return;
                self->m_running = false;
                Q_EMIT self->finished(ok, path, error);
            },
            Qt::QueuedConnection);
    });
    return true;
}

} // namespace mgrdesk::gui
