// The measuring children of `mgrdesk-bench gui` (bench_gui.cpp starts them) and the demo server they talk to.
// Each child prints "key value" lines: first_ms, stall_ms, load_ms, sort_ms, rss_mib, peak_mib; and remarks
// as "# …" lines (where the longest stall happened).
#include "gui_common.h"

#include "core/models/listloader.h"
#include "core/models/tablemodel.h"
#include "core/net/connection.h"
#include "core/settings/settings.h"
#include "lists/listview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QXmlStreamReader>

#include <cstdio>

using namespace mgrdesk;

namespace mgrdesk::bench::gui {

double statusMiB(const QByteArray &key, qint64 pid)
{
    QFile status(pid ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

Server::~Server()
{
    if (m_process && m_process->state() == QProcess::Running) {
        m_process->terminate();
        if (!m_process->waitForFinished(20000))
            m_process->kill();
    }
}

bool Server::start(int scale)
{
    QString binary = QString::fromLocal8Bit(qgetenv("MGRDESK_DEMO_SERVER"));
    if (binary.isEmpty())
        binary
            = QCoreApplication::applicationDirPath() + QStringLiteral("/../../src/sim/mgrdesk-demo-server");
    m_info.certFile = m_dir.filePath(QStringLiteral("cert.pem"));
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(binary,
        { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--scale"), QString::number(scale),
            QStringLiteral("--cert-out"), m_info.certFile });
    if (!m_process->waitForStarted(10000))
        return false;
    QByteArray out;
    const QRegularExpression re(QStringLiteral("listening on (\\S+)"));
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 600000 && m_process->state() == QProcess::Running) { // scale 1000 takes a while
        m_process->waitForReadyRead(1000);
        out += m_process->readAllStandardOutput();
        const auto m = re.match(QString::fromLocal8Bit(out));
        if (m.hasMatch()) {
            m_info.url = QUrl(m.captured(1));
            return true;
        }
    }
    return false;
}

} // namespace mgrdesk::bench::gui

namespace {

using mgrdesk::bench::gui::statusMiB;

void put(const char *key, double value)
{
    std::printf("%s %.3f\n", key, value);
    std::fflush(stdout);
}

// The event-loop probe: a 5 ms timer on the GUI thread; a stall is the time between two of its ticks. On a
// shared machine a wall-clock gap is also the GUI thread waiting for a core (other processes, the demo
// server, our own workers), so each gap is split from /proc/thread-self/schedstat: the GUI thread's own CPU
// time in it and its run-queue wait (runnable, no core). The longest gap of the GUI thread's own work
// (busy_ms) is what the code can change; stall_ms is what a user on this machine would feel.
class Probe : public QObject
{
public:
    Probe()
    {
        m_schedstat.setFileName(QStringLiteral("/proc/thread-self/schedstat"));
        if (!m_schedstat.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            m_schedstat.setFileName(QString());
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
        m_clock.start();
        m_last = 0;
        readSched(m_lastCpu, m_lastWait);
        m_timer.start();
    }
    double ms() const { return double(m_clock.nsecsElapsed()) / 1e6; }
    void setPhase(const char *phase) { m_phase = phase; }
    double longest() const { return m_max; }
    void report() const
    {
        std::printf("# longest stall %.1f ms (GUI thread on a core %.1f ms of it, waiting for one %.1f ms), "
                    "ending at %.1f ms, during %s\n",
            m_max, m_maxCpu, m_maxWait, m_maxAt, m_maxPhase);
        std::printf("# longest GUI-thread work between two ticks %.1f ms (in a %.1f ms gap), ending at %.1f "
                    "ms, during %s\n",
            m_busy, m_busyGap, m_busyAt, m_busyPhase);
        put("stall_ms", m_max);
        put("stall_cpu_ms", m_maxCpu);
        put("stall_wait_ms", m_maxWait);
        put("busy_ms", m_busy);
    }

private:
    // The thread's CPU time and run-queue wait so far, ms (schedstat: "cpu_ns wait_ns slices").
    void readSched(double &cpu, double &wait)
    {
        cpu = wait = 0;
        if (m_schedstat.fileName().isEmpty() || !m_schedstat.seek(0))
            return;
        const QList<QByteArray> f = m_schedstat.read(128).trimmed().split(' ');
        if (f.size() >= 2) {
            cpu = f.at(0).toDouble() / 1e6;
            wait = f.at(1).toDouble() / 1e6;
        }
    }
    void tick()
    {
        const double now = ms();
        double cpu = 0, wait = 0;
        readSched(cpu, wait);
        const double gap = now - m_last;
        const double gapCpu = cpu - m_lastCpu, gapWait = wait - m_lastWait;
        if (m_listGaps > 0
            && gap >= m_listGaps) // MGRDESK_BENCH_GUI_GAPS=MS: every gap that long, to place it
            std::printf("# gap %.1f ms (on a core %.1f, waiting %.1f) ending at %.1f ms, during %s\n", gap,
                gapCpu, gapWait, now, m_phase);
        if (gap > m_max) {
            m_max = gap;
            m_maxCpu = gapCpu;
            m_maxWait = gapWait;
            m_maxAt = now;
            m_maxPhase = m_phase;
        }
        if (gapCpu > m_busy) {
            m_busy = gapCpu;
            m_busyGap = gap;
            m_busyAt = now;
            m_busyPhase = m_phase;
        }
        m_last = now;
        m_lastCpu = cpu;
        m_lastWait = wait;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    QFile m_schedstat;
    double m_last = 0, m_max = 0, m_maxAt = 0, m_maxCpu = 0, m_maxWait = 0;
    double m_lastCpu = 0, m_lastWait = 0, m_busy = 0, m_busyGap = 0, m_busyAt = 0;
    const char *m_phase = "start";
    const char *m_maxPhase = "start";
    const char *m_busyPhase = "start";
    const int m_listGaps = qEnvironmentVariableIntValue("MGRDESK_BENCH_GUI_GAPS");
};

// Calls `done` (once) after the first paint of `widget` while `ready()` holds.
class PaintWatch : public QObject
{
public:
    PaintWatch(QWidget *widget, std::function<bool()> ready, std::function<void()> done)
        : m_ready(std::move(ready))
        , m_done(std::move(done))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_fired && m_ready()) {
            m_fired = true;
            QTimer::singleShot(0, this, [this] { m_done(); }); // after this paint has finished
        }
        return false;
    }

private:
    std::function<bool()> m_ready;
    std::function<void()> m_done;
    bool m_fired = false;
};

struct Env
{
    QUrl url = QUrl(qEnvironmentVariable("MGRDESK_BENCH_GUI_URL"));
    QByteArray certPem;
    int rows = qEnvironmentVariableIntValue("MGRDESK_BENCH_GUI_ROWS");
    int page = qEnvironmentVariableIntValue("MGRDESK_BENCH_GUI_PAGE");
    Env()
    {
        QFile f(qEnvironmentVariable("MGRDESK_BENCH_GUI_CERT"));
        if (f.open(QIODevice::ReadOnly))
            certPem = f.readAll();
    }
};

void waitFor(const std::function<bool()> &cond, int timeoutMs = 600000)
{
    QElapsedTimer t;
    t.start();
    while (!cond() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

// ---- mgrdesk: the real ListView over a Connection
// ------------------------------------------------------------

int realChild(bool stall)
{
    const Env env;
    QTemporaryDir dir;
    settings::Settings settingsFile(dir.filePath(QStringLiteral("bench.ini")));
    settings::Settings::setApplication(&settingsFile);
    net::ConnectionSettings s;
    s.accountId = QStringLiteral("bench");
    s.baseUrl = env.url;
    s.username = QStringLiteral("admin");
    s.lang = QStringLiteral("en");
    s.pinnedCertificatePem = env.certPem;
    net::Connection connection(s);
    connection.setPassword(QStringLiteral("demo"));
    bool warm = false; // log in and open the TLS connection first: the baseline does the same
    QObject::connect(connection.send(protocol::Request(QStringLiteral("whoami"))), &net::ApiJob::finished,
        [&warm](const net::ApiResult &) { warm = true; });
    waitFor([&] { return warm; });

    gui::ListView view(&connection, QStringLiteral("payment"));
    view.loader()->setPageSize(env.page);
    view.resize(1200, 800);
    view.show();
    waitFor([] { return false; }, 300); // shown and painted empty
    const double rss0 = statusMiB("VmRSS:");
    Probe probe;
    bool done = false;
    double firstMs = -1, loadMs = -1, sortMs = -1, sortStart = 0;
    PaintWatch watch(
        view.tableView()->viewport(), [&] { return view.model()->rowCount() > 0; },
        [&] {
            firstMs = probe.ms();
            if (!stall)
                done = true;
        });
    probe.setPhase("load");
    if (stall) {
        QObject::connect(view.loader(), &models::ListLoader::pageLoaded, &view, [&](int page, int) {
            if (page == 1)
                view.loader()->loadAll();
        });
        QObject::connect(view.loader(), &models::ListLoader::completed, &view, [&] {
            loadMs = probe.ms();
            probe.setPhase("sort");
            sortStart = probe.ms();
            QTimer::singleShot(0, &view, [&] {
                view.tableView()->sortByColumn(
                    view.model()->columnForName(QStringLiteral("number")), Qt::DescendingOrder);
            });
        });
        QObject::connect(view.model(), &models::TableModel::sorted, &view, [&] {
            sortMs = probe.ms() - sortStart;
            probe.setPhase("after the sort");
            QTimer::singleShot(300, &view, [&] { done = true; });
        });
        QObject::connect(view.loader(), &models::ListLoader::failed, &view, [&](const QString &message) {
            std::printf("# failed: %s\n", qPrintable(message));
            done = true;
        });
    }
    view.load();
    waitFor([&] { return done; });
    put("first_ms", firstMs);
    probe.report();
    if (stall) {
        put("load_ms", loadMs);
        put("sort_ms", sortMs);
        put("rows", view.model()->rowCount());
        put("model_mib", double(view.model()->memoryUsage()) / 1048576.0);
        put("rss_mib", statusMiB("VmRSS:") - rss0);
        put("peak_mib", statusMiB("VmHWM:") - rss0);
    }
    std::fflush(stdout);
    std::_Exit(0); // the figures are out; tearing 1M rows down is not measured
}

// ---- the baseline: QNetworkAccessManager + QXmlStreamReader + QStandardItemModel
// ---------------------------------------------

// Parses one page's rows into the model (appendRow per row), on the GUI thread as a bare client does.
void appendPage(QStandardItemModel &model, const QByteArray &body, QStringList &columns)
{
    QXmlStreamReader xml(body);
    int depth = 0;
    bool inElem = false;
    QList<QStandardItem *> row;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (depth == 2 && xml.name() == QLatin1String("elem")) {
                row = QList<QStandardItem *>(columns.size(), nullptr);
                inElem = true;
            } else if (depth == 3 && inElem) {
                const QString name = xml.name().toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                --depth;
                qsizetype c = columns.indexOf(name);
                if (c < 0) {
                    columns.append(name);
                    c = columns.size() - 1;
                    model.setHorizontalHeaderLabels(columns);
                }
                if (row.size() <= c)
                    row.resize(c + 1);
                row[c] = new QStandardItem(text);
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == 2 && inElem) {
                inElem = false;
                for (auto &item : row)
                    if (!item)
                        item = new QStandardItem;
                model.appendRow(row);
            }
            --depth;
        }
    }
}

int baseChild(bool stall)
{
    const Env env;
    QNetworkAccessManager nam;
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setCaCertificates(QSslCertificate::fromData(env.certPem, QSsl::Pem));
    auto post = [&](const QByteArray &body) {
        QNetworkRequest req(env.url);
        req.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        req.setSslConfiguration(conf);
        return nam.post(req, body + "&out=xml&lang=en&authinfo=admin%3Ademo");
    };
    QNetworkReply *warm = post("func=whoami");
    waitFor([warm] { return warm->isFinished(); });

    QStandardItemModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.resize(1200, 800);
    view.show();
    waitFor([] { return false; }, 300);
    const double rss0 = statusMiB("VmRSS:");
    Probe probe;
    probe.setPhase("load");
    bool done = false;
    double firstMs = -1, loadMs = -1, sortMs = -1;
    PaintWatch watch(
        view.viewport(), [&] { return model.rowCount() > 0; },
        [&] {
            firstMs = probe.ms();
            if (!stall)
                done = true;
        });
    QStringList columns;
    std::function<void(int)> fetch = [&](int page) {
        QNetworkReply *reply = post(
            "func=payment&p_num=" + QByteArray::number(page) + "&p_cnt=" + QByteArray::number(env.page));
        QObject::connect(reply, &QNetworkReply::finished, &view, [&, reply, page] {
            reply->deleteLater();
            const int before = model.rowCount();
            appendPage(model, reply->readAll(), columns);
            const bool last = model.rowCount() - before < env.page || model.rowCount() >= env.rows;
            if (!stall)
                return;
            if (!last) {
                fetch(page + 1);
                return;
            }
            loadMs = probe.ms();
            probe.setPhase("sort");
            const double s0 = probe.ms();
            view.sortByColumn(int(columns.indexOf(QStringLiteral("number"))), Qt::DescendingOrder);
            sortMs = probe.ms() - s0;
            probe.setPhase("after the sort");
            QTimer::singleShot(300, &view, [&] { done = true; });
        });
    };
    fetch(1);
    waitFor([&] { return done; });
    put("first_ms", firstMs);
    probe.report();
    if (stall) {
        put("load_ms", loadMs);
        put("sort_ms", sortMs);
        put("rows", model.rowCount());
        put("rss_mib", statusMiB("VmRSS:") - rss0);
        put("peak_mib", statusMiB("VmHWM:") - rss0);
    }
    std::fflush(stdout);
    std::_Exit(0);
}

} // namespace

int mgrdesk::bench::gui::runChild(const QByteArray &mode)
{
    if (mode == "first-real" || mode == "stall-real")
        return realChild(mode == "stall-real");
    if (mode == "first-base" || mode == "stall-base")
        return baseChild(mode == "stall-base");
    std::fprintf(stderr, "unknown child mode %s\n", mode.constData());
    return 2;
}
