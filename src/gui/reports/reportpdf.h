#pragma once
// The whole report (title, description, parameters, every band's table with its totals and its charts) as one
// PDF through QPrinter. The GUI thread takes a snapshot (cell texts, chart images); the document is laid out
// and printed on a worker thread, and finished() arrives on the GUI thread.
#include <QImage>
#include <QObject>
#include <QStringList>

namespace mgrdesk::gui {

class ReportBandView;

class ReportPdf : public QObject
{
    Q_OBJECT
public:
    struct Band
    {
        QString title;
        QStringList headers;
        QList<QStringList> rows;
        QStringList footer;
        QList<QImage> charts;
    };
    struct Snapshot
    {
        QString title, info, parameters;
        QList<Band> bands;
    };
    static Band snapshot(const ReportBandView &view);
    static QString html(const Snapshot &snapshot);

    explicit ReportPdf(QObject *parent = nullptr);
    // Starts writing; false when an export is running already.
    bool start(const Snapshot &snapshot, const QString &path);
    bool isRunning() const { return m_running; }
    // The writer itself (any thread).
    static bool write(const Snapshot &snapshot, const QString &path, QString *error);

Q_SIGNALS:
    void finished(bool ok, const QString &path, const QString &error);

private:
    bool m_running = false;
};

} // namespace mgrdesk::gui
