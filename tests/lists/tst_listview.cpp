// gui::ListView against the real demo server, offscreen (issue 5, "Tests" for lists): it logs in and loads
// the payments list, pages in as the view scrolls, sorts from a header click (on the server while
// incomplete), filters with Ctrl+F, shows the server-side filter (applied through the real X.filter form, or
// set elsewhere) and clears it with the form's reset, runs a group action (elid=a, b, c, confirmed by
// keyname) and a delete confirmed through the (pre-answered) message box, opens forms with Enter, copies TSV,
// totals, exports every page to CSV on a worker thread (progress, cancel, plain errors) that matches the
// server's data fetched by a raw HTTP request of the test's own, keeps its column layout per server and list,
// and survives a session that expires under it.
#include "common/messagebox.h"
#include "dialoganswerer.h"
#include "forms/formwidget.h"
#include "lists/listview.h"

#include "core/models/cellvalue.h"
#include "core/models/formdescription.h"
#include "core/models/listfilter.h"
#include "core/models/listloader.h"
#include "core/models/tablemodel.h"
#include "core/net/connection.h"
#include "demoserver.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QUrlQuery>
#include <QXmlStreamReader>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace mgrdesk;
using gui::ListView;
using gui::MessageBox;

namespace {
std::unique_ptr<net::Connection> openConnection(const test::DemoServer &server)
{
    net::ConnectionSettings s;
    s.accountId = QStringLiteral("listview-test");
    s.baseUrl = server.baseUrl();
    s.username = QStringLiteral("admin");
    s.lang = QStringLiteral("en");
    s.pinnedCertificatePem = server.certificatePem();
    auto c = std::make_unique<net::Connection>(s);
    c->setPassword(QStringLiteral("demo"));
    return c;
}

bool waitIdle(const ListView &v)
{
    return QTest::qWaitFor([&] { return !v.loader()->isLoading(); }, 30000);
}

std::unique_ptr<ListView> openList(net::Connection *c, const QString &func, int pageSize = 100)
{
    auto v = std::make_unique<ListView>(c, func);
    v->loader()->setPageSize(pageSize);
    v->resize(900, 500);
    v->show();
    v->load();
    return v;
}

// The server's own data through the test's own HTTP client (not the client's Connection or parser): one POST
// with authinfo, the XML read with QXmlStreamReader. Rows: field → text.
struct RawList
{
    qint64 total = -1;
    QList<QHash<QString, QString>> rows;
    QString error;
};

RawList rawList(const test::DemoServer &server, const QList<QPair<QString, QString>> &params)
{
    RawList out;
    QNetworkAccessManager nam;
    QNetworkRequest request(server.baseUrl());
    request.setSslConfiguration(server.sslConfiguration());
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    QUrlQuery body;
    body.addQueryItem(QStringLiteral("authinfo"), QStringLiteral("admin:demo"));
    body.addQueryItem(QStringLiteral("out"), QStringLiteral("xml"));
    for (const auto &p : params)
        body.addQueryItem(p.first, p.second);
    QNetworkReply *reply = nam.post(request, body.toString(QUrl::FullyEncoded).toUtf8());
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 60000)) {
        out.error = QStringLiteral("timeout");
        return out;
    }
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError) {
        out.error = reply->errorString();
        return out;
    }
    QXmlStreamReader xml(reply->readAll());
    int depth = 0;
    QHash<QString, QString> row;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (depth == 2 && xml.name() == QLatin1String("elem")) {
                row.clear();
            } else if (depth == 3) {
                const QString name = xml.name().toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                --depth; // readElementText consumed the end element
                if (!row.contains(name))
                    row.insert(name, text);
            } else if (depth == 2 && xml.name() == QLatin1String("p_elems")) {
                out.total = xml.readElementText().toLongLong();
                --depth;
            } else if (depth == 2 && xml.name() == QLatin1String("error")) {
                out.error = QStringLiteral("server error");
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == 2 && xml.name() == QLatin1String("elem"))
                out.rows.append(row);
            --depth;
        }
    }
    if (xml.hasError())
        out.error = xml.errorString();
    return out;
}

// The demo server's request log: the queries of the requests for func, in order.
QList<QUrlQuery> loggedQueries(const test::DemoServer &server, const QString &func)
{
    QList<QUrlQuery> out;
    QFile f(server.logFile());
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const int start = line.indexOf("] '");
        if (start < 0 || !line.endsWith('\''))
            continue;
        QUrlQuery q(QString::fromUtf8(line.mid(start + 3, line.size() - start - 4)));
        if (q.queryItemValue(QStringLiteral("func"), QUrl::FullyDecoded) == func)
            out.append(q);
    }
    return out;
}

QString decoded(const QUrlQuery &q, const QString &name)
{
    return q.queryItemValue(name, QUrl::FullyDecoded);
}

// Applies a filter the way a user does: the list's filter button asks for its X.filter form, the form opens
// (a FormWidget, as the main window does), a value is chosen and OK sent; then the list refreshes.
bool applyFilterThroughForm(ListView &list, const QString &field, const QString &value, QString *optionLabel)
{
    std::unique_ptr<gui::FormWidget> form;
    auto connection = QObject::connect(&list, &ListView::openFormRequested,
        [&](const QString &func, const QString &elid, const QString &plid) {
            form = std::make_unique<gui::FormWidget>(list.loader()->connection());
            form->open(func, elid, plid);
        });
    list.editServerFilter();
    QObject::disconnect(connection);
    if (!form)
        return false;
    if (!QTest::qWaitFor(
            [&] { return form->session()->phase() == models::FormSession::Phase::Ready; }, 30000))
        return false;
    if (form->state()->function() != list.function() + QStringLiteral(".filter"))
        return false;
    if (const auto *f = form->state()->description().field(field))
        for (const auto &o : f->options)
            if (o.key == value)
                *optionLabel = o.label;
    form->state()->setValue(field, value);
    QSignalSpy accepted(form.get(), &gui::FormWidget::accepted);
    if (!form->submit() || !accepted.wait(30000))
        return false;
    list.refresh(); // what the main window does when a form opened from a list is accepted
    return true;
}

// RFC 4180 reader for the exported file.
QList<QStringList> readCsv(const QByteArray &data)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(data);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field.append(c);
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
        } else {
            field.append(c);
        }
    }
    return rows;
}
} // namespace

class TestListView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("mgrdesk-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_listview"));
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_conn = openConnection(m_server);
    }

    void hideRulesCompareTheLocalisedText_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("Russian") << QStringLiteral("ru");
        QTest::newRow("English") << QStringLiteral("en");
    }

    void hideRulesCompareTheLocalisedText()
    {
        // The payment toolbar of a client (real BILLmanager 6): "pay" and "delete" hidden by the status TEXT
        // of the request's language ("Зачислен" / "Paid"), delete's rule for "Paying" with level="user".
        QFETCH(QString, lang);
        auto c = openConnection(m_server);
        net::ConnectionSettings s = c->settings();
        s.username = QStringLiteral("client1");
        s.lang = lang;
        c->setSettings(s);
        c->setPassword(QStringLiteral("demo"));
        auto v = openList(c.get(), QStringLiteral("payment"), 1000);
        QVERIFY(waitIdle(*v));
        const models::TableModel *m = v->model();
        QVERIFY(m->rowCount() > 0);
        const protocol::TableData *t = m->tableData();
        const auto payButton = std::find_if(t->metadata.toolbar.cbegin(), t->metadata.toolbar.cend(),
            [](const protocol::ToolButton &b) { return b.name == QLatin1String("pay"); });
        QVERIFY(payButton != t->metadata.toolbar.cend());
        QVERIFY(!payButton->hide.isEmpty());
        for (const auto &rule : payButton->hide) // the server names texts, not codes
            QVERIFY2(rule.value.toInt() == 0, qPrintable(rule.value));
        QVERIFY(v->buttonAction(QStringLiteral("pay")) && v->buttonAction(QStringLiteral("delete")));
        const int status = t->columnIndex(QStringLiteral("status"));
        auto rowWithCode = [&](const QString &code) {
            for (int r = 0; r < m->rowCount(); ++r) {
                for (const auto &a : t->cellAttributes(m->sourceRow(r), status))
                    if (a.first == QLatin1String("orig") && a.second == code)
                        return r;
            }
            return -1;
        };
        const int paid = rowWithCode(QStringLiteral("4")), fresh = rowWithCode(QStringLiteral("1"));
        QVERIFY2(paid >= 0 && fresh >= 0, "the demo client needs a paid and a new payment");
        QVERIFY(payButton->hide.size() >= 1);
        bool namesPaidText = false;
        for (const auto &rule : payButton->hide)
            namesPaidText = namesPaidText || rule.value == m->value(paid, QStringLiteral("status"));
        QVERIFY2(namesPaidText, qPrintable(m->value(paid, QStringLiteral("status"))));
        v->selectKeys({ m->rowKey(paid) });
        QVERIFY(!v->buttonAction(QStringLiteral("pay"))->isEnabled());
        QVERIFY(!v->buttonAction(QStringLiteral("delete"))->isEnabled());
        v->selectKeys({ m->rowKey(fresh) });
        QVERIFY(v->buttonAction(QStringLiteral("pay"))->isEnabled());
        QVERIFY(v->buttonAction(QStringLiteral("delete"))->isEnabled());
        const int paying = rowWithCode(QStringLiteral("2"));
        if (paying >= 0) { // delete's rule with level="user": a client cannot delete a payment being paid
            v->selectKeys({ m->rowKey(paying) });
            QVERIFY(!v->buttonAction(QStringLiteral("delete"))->isEnabled());
        }
    }

    void columnTotalsFooterShowsTheServersTotals()
    {
        // coldata stat="yes" total="…": the server's totals over the whole filtered list, in a footer beside
        // the selection's totals; they do not change as more rows load.
        auto c = openConnection(m_server);
        auto v = openList(c.get(), QStringLiteral("payment"), 100);
        QVERIFY(waitIdle(*v));
        const auto totals = v->model()->tableData()->totals();
        QVERIFY(!totals.isEmpty());
        auto *footer = v->findChild<QLabel *>(QStringLiteral("serverTotals"));
        QVERIFY(footer);
        QVERIFY(footer->isVisible());
        const QString text = v->serverTotalsText();
        QCOMPARE(footer->text(), text);
        for (const auto &t : totals)
            QVERIFY2(text.contains(t.second), qPrintable(text));
        QVERIFY(*v->loader()->total() > v->model()->rowCount()); // not every row is loaded
        QSignalSpy loaded(v->loader(), &models::ListLoader::pageLoaded);
        v->model()->fetchMore({});
        QVERIFY(loaded.wait(30000));
        QCOMPARE(v->serverTotalsText(), text);
    }

    void logsInAndOpensThePayments()
    {
        auto conn = openConnection(m_server);
        QSignalSpy loggedIn(conn.get(), &net::Connection::loggedIn);
        auto v = openList(conn.get(), QStringLiteral("payment"));
        QVERIFY(waitIdle(*v));
        QCOMPARE(loggedIn.count(), 1); // the first page made the connection log in (admin/demo)
        QCOMPARE(v->model()->rowCount(), 100);
        const RawList raw = rawList(m_server,
            { { QStringLiteral("func"), QStringLiteral("payment") },
                { QStringLiteral("p_num"), QStringLiteral("1") },
                { QStringLiteral("p_cnt"), QStringLiteral("1") } });
        QVERIFY2(raw.error.isEmpty(), qPrintable(raw.error));
        QCOMPARE(*v->loader()->total(), raw.total);
        // columns and titles from the list's metadata
        const int number = v->model()->columnForName(QStringLiteral("number"));
        QVERIFY(number >= 0);
        QCOMPARE(v->model()->headerData(number, Qt::Horizontal).toString(), QStringLiteral("Number"));
        QVERIFY(v->buttonAction(QStringLiteral("filter")));
        QVERIFY(!v->filterBar()->isVisible()); // no server filter yet
    }

    void pagesLoadAsTheViewScrolls()
    {
        auto v = openList(m_conn.get(), QStringLiteral("payment"));
        QVERIFY(waitIdle(*v));
        QCOMPARE(v->model()->rowCount(), 100);
        const qint64 total = *v->loader()->total();
        QCOMPARE(v->statusText(), QStringLiteral("100 of %1 loaded").arg(QLocale().toString(total)));
        QVERIFY(v->buttonAction(QStringLiteral("delete")));
        QVERIFY(!v->buttonAction(QStringLiteral("delete"))->isEnabled()); // nothing selected
        v->tableView()->scrollToBottom();
        QVERIFY(QTest::qWaitFor([&] { return v->model()->rowCount() >= 200; }, 30000));
        QVERIFY(waitIdle(*v));
        QVERIFY(
            v->statusText().startsWith(QLocale().toString(v->model()->rowCount()) + QStringLiteral(" of ")));
    }

    void headerClickSorts()
    {
        auto v = openList(m_conn.get(), QStringLiteral("payment"));
        QVERIFY(waitIdle(*v));
        const int number = v->model()->columnForName(QStringLiteral("number"));
        QHeaderView *header = v->tableView()->horizontalHeader();
        const QPoint at(
            header->sectionViewportPosition(number) + header->sectionSize(number) / 2, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        QVERIFY(waitIdle(*v));
        QCOMPARE(v->model()->sortColumn(), number);
        QCOMPARE(header->sortIndicatorSection(), number);
        // not every row is loaded and the column is sortable on the server: the server sorted it
        QCOMPARE(v->loader()->serverSortColumn(), QStringLiteral("number"));
        const QUrlQuery last = loggedQueries(m_server, QStringLiteral("payment")).constLast();
        QCOMPARE(decoded(last, QStringLiteral("p_sort")), QStringLiteral("number"));
        QCOMPARE(decoded(last, QStringLiteral("p_num")), QStringLiteral("1"));
        v->tableView()->scrollToBottom(); // the next page continues in the server's order
        QVERIFY(QTest::qWaitFor([&] { return v->model()->rowCount() >= 200; }, 30000));
        QVERIFY(waitIdle(*v));
        const bool desc = v->model()->sortOrder() == Qt::DescendingOrder;
        for (int r = 1; r < v->model()->rowCount(); ++r) {
            const QString a = v->model()->value(r - 1, QStringLiteral("number"));
            const QString b = v->model()->value(r, QStringLiteral("number"));
            QVERIFY2(desc ? a >= b : a <= b, qPrintable(a + QLatin1Char(' ') + b));
        }
    }

    void ctrlFFiltersLoadedRows()
    {
        auto v = openList(m_conn.get(), QStringLiteral("payment"));
        QVERIFY(waitIdle(*v));
        v->activateWindow();
        v->tableView()->setFocus();
        QTest::keyClick(v->tableView(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(v->filterEdit()->hasFocus());
        const QString needle = v->model()->value(7, QStringLiteral("number")).left(8); // e.g. "DH-00000"
        QTest::keyClicks(v->filterEdit(), needle);
        int expected = 0;
        for (int r = 0; r < v->model()->rowCount(); ++r)
            for (int c = 0; c < v->model()->columnCount(); ++c)
                if (v->model()->cellText(r, c).contains(needle, Qt::CaseInsensitive)) {
                    ++expected;
                    break;
                }
        QVERIFY(expected > 0 && expected < v->model()->rowCount());
        QVERIFY(QTest::qWaitFor([&] { return v->tableView()->model()->rowCount() == expected; }, 5000));
        QVERIFY(v->statusText().startsWith(QStringLiteral("%1 shown").arg(QLocale().toString(expected))));
        QTest::keyClick(v->filterEdit(), Qt::Key_Escape);
        QVERIFY(QTest::qWaitFor(
            [&] { return v->tableView()->model()->rowCount() == v->model()->rowCount(); }, 5000));
    }

    void serverFilterIsShownAndCleared()
    {
        auto v = openList(m_conn.get(), QStringLiteral("payment"));
        QVERIFY(waitIdle(*v));
        const qint64 all = *v->loader()->total();
        auto reset = qScopeGuard([&] { // whatever happens, the next tests see the whole list
            protocol::Request r(QStringLiteral("payment.filter"));
            r.set(QStringLiteral("sok"), QStringLiteral("ok"));
            r.set(QStringLiteral("clicked_button"), QStringLiteral("reset"));
            QSignalSpy done(m_conn->send(r), &net::ApiJob::finished);
            done.wait(30000);
        });
        QVERIFY(!v->filterBar()->isVisible());

        // status 4 (credited) through the real filter form
        QString label;
        QVERIFY(applyFilterThroughForm(*v, QStringLiteral("status"), QStringLiteral("4"), &label));
        QVERIFY(!label.isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return v->filterBar()->isVisible(); }, 30000));
        QVERIFY(waitIdle(*v));
        QCOMPARE(v->filterBarText(), QStringLiteral("Filtered: Status = %1").arg(label));
        QVERIFY(v->serverFilter()->fromServer());
        const qint64 filtered = *v->loader()->total();
        QVERIFY(filtered > 0 && filtered < all);
        const int status = v->model()->columnForName(QStringLiteral("status"));
        for (int r = 0; r < v->model()->rowCount(); ++r)
            QCOMPARE(v->model()->cellText(r, status), label);
        const RawList raw = rawList(m_server,
            { { QStringLiteral("func"), QStringLiteral("payment") },
                { QStringLiteral("p_num"), QStringLiteral("1") },
                { QStringLiteral("p_cnt"), QStringLiteral("1") } });
        QCOMPARE(raw.total, filtered); // the server remembers it for this user

        // Clear filter: the form's reset button, then the whole list again from page 1
        QVERIFY(v->clearFilterButton()->isVisible() && v->clearFilterButton()->isEnabled());
        QTest::mouseClick(v->clearFilterButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !v->filterBar()->isVisible(); }, 30000));
        QVERIFY(QTest::qWaitFor(
            [&] { return !v->loader()->isLoading() && *v->loader()->total() == all; }, 30000));
        const QUrlQuery resetQuery = loggedQueries(m_server, QStringLiteral("payment.filter")).constLast();
        QCOMPARE(decoded(resetQuery, QStringLiteral("sok")), QStringLiteral("ok"));
        QCOMPARE(decoded(resetQuery, QStringLiteral("clicked_button")), QStringLiteral("reset"));
        QCOMPARE(v->model()->rowCount(), 100);
        QCOMPARE(v->messageText(), QStringLiteral("Filter cleared."));
    }

    void filterSetElsewhereIsShownOnLoad()
    {
        // The server remembers a list's filter per user: one set by another window (here the clients list's
        // "payments of this client", payment.setfilter) shows up when the list is opened.
        auto accounts = openList(m_conn.get(), QStringLiteral("account"));
        QVERIFY(waitIdle(*accounts));
        const QString client = accounts->model()->rowKey(0);
        protocol::Request set(QStringLiteral("payment.setfilter"));
        set.setElids({ client });
        QSignalSpy done(m_conn->send(set), &net::ApiJob::finished);
        QVERIFY(done.wait(30000));
        QVERIFY(done.at(0).at(0).value<net::ApiResult>().ok());
        auto v = openList(m_conn.get(), QStringLiteral("payment"));
        QVERIFY(QTest::qWaitFor([&] { return v->filterBar()->isVisible(); }, 30000));
        QVERIFY(waitIdle(*v));
        const auto conditions = v->serverFilter()->conditions();
        QCOMPARE(conditions.size(), 1);
        QCOMPARE(conditions.at(0).field, QStringLiteral("account"));
        QCOMPARE(conditions.at(0).value, client);
        QVERIFY2(v->filterBarText().endsWith(QStringLiteral(" = ") + client), qPrintable(v->filterBarText()));
        v->clearServerFilter();
        QVERIFY(QTest::qWaitFor([&] { return !v->filterBar()->isVisible(); }, 30000));
        QVERIFY(waitIdle(*v));
        QVERIFY(v->serverFilter()->conditions().isEmpty());
    }

    void filterFallsBackToWhatTheListAsked()
    {
        // The filter form cannot be read (HTTP 500): the bar shows the filter the loader itself sends.
        QVERIFY(m_server.addFault(QStringLiteral("payment.filter=http500")));
        auto faults = qScopeGuard([&] { m_server.clearFaults(); });
        auto v = std::make_unique<ListView>(m_conn.get(), QStringLiteral("payment"));
        v->loader()->setPageSize(100);
        v->loader()->setParameters({ { QStringLiteral("filter"), QStringLiteral("on") },
            { QStringLiteral("status"), QStringLiteral("4") } });
        v->resize(900, 500);
        v->show();
        v->load();
        QVERIFY(QTest::qWaitFor([&] { return v->filterBar()->isVisible(); }, 30000));
        QVERIFY(!v->serverFilter()->fromServer());
        QCOMPARE(v->filterBarText(), QStringLiteral("Filtered: status = 4"));
        m_server.clearFaults();
        v->clearServerFilter(); // the reset goes to the server, and the loader stops sending the filter
        QVERIFY(QTest::qWaitFor([&] { return !v->filterBar()->isVisible(); }, 30000));
        QVERIFY(waitIdle(*v));
        QVERIFY(v->loader()->parameters().isEmpty());
        const RawList raw = rawList(m_server,
            { { QStringLiteral("func"), QStringLiteral("payment") },
                { QStringLiteral("p_num"), QStringLiteral("1") },
                { QStringLiteral("p_cnt"), QStringLiteral("1") } });
        QCOMPARE(*v->loader()->total(), raw.total);
    }

    void groupActionSendsTheKeysAndConfirmsByKeyname()
    {
        auto v = openList(m_conn.get(), QStringLiteral("account"));
        QVERIFY(waitIdle(*v));
        const auto suspend = v->buttonAction(QStringLiteral("suspend"));
        QVERIFY(suspend);
        // three clients the action is enabled for (its hide rule: already suspended)
        QStringList keys, names;
        for (int r = 0; r < v->model()->rowCount() && keys.size() < 3; ++r) {
            v->selectKeys({ v->model()->rowKey(r) });
            if (suspend->isEnabled()) {
                keys.append(v->model()->rowKey(r));
                names.append(v->model()->value(r, QStringLiteral("name")));
            }
        }
        QCOMPARE(keys.size(), 3);
        v->selectKeys(keys);
        QCOMPARE(v->selectedRows().size(), 3);
        QVERIFY(suspend->isEnabled());
        QSignalSpy finished(v.get(), &ListView::actionFinished);
        const int boxes = MessageBox::count();
        test::DialogAnswerer answerer;
        answerer.click(QMessageBox::Yes);
        suspend->trigger();
        QVERIFY2(answerer.waitDone(), qPrintable(answerer.failure()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(MessageBox::count(), boxes + 1);
        for (const QString &name : std::as_const(names)) // the confirmation lists the keyname values
            QVERIFY2(answerer.lastText().contains(name), qPrintable(answerer.lastText()));
        QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("account.suspend"));
        QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
        // one request with elid=a, b, c (in the view's order)
        const auto sent = loggedQueries(m_server, QStringLiteral("account.suspend"));
        QCOMPARE(sent.size(), 1);
        QCOMPARE(decoded(sent.at(0), QStringLiteral("elid")), keys.join(QStringLiteral(", ")));
        QVERIFY(v->messageText().endsWith(QStringLiteral(": done.")));
        // the list refreshed: the three are suspended now, so suspend is disabled and resume enabled for them
        QVERIFY(QTest::qWaitFor([&] { return !v->loader()->isLoading() && !suspend->isEnabled(); }, 30000));
        v->selectKeys(keys);
        QCOMPARE(v->selectedRows().size(), 3);
        QVERIFY(!suspend->isEnabled());
        QVERIFY(v->buttonAction(QStringLiteral("resume"))->isEnabled());
        answerer.click(QMessageBox::Yes); // put them back
        v->buttonAction(QStringLiteral("resume"))->trigger();
        QVERIFY2(answerer.waitDone(), qPrintable(answerer.failure()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QVERIFY(finished.at(1).at(1).toBool());
    }

    void deleteKeyConfirmsThenDeletes()
    {
        auto v = openList(m_conn.get(), QStringLiteral("payment"));
        QVERIFY(waitIdle(*v));
        const qint64 total = *v->loader()->total();
        // two payments the delete button's hide rules allow (not the paid ones: the rules name their text)
        QList<int> rows;
        for (int r = 0; r < v->model()->rowCount() && rows.size() < 2; ++r) {
            v->selectKeys({ v->model()->rowKey(r) });
            if (v->buttonAction(QStringLiteral("delete"))->isEnabled())
                rows.append(r);
        }
        QCOMPARE(rows.size(), 2);
        const QStringList keys { v->model()->rowKey(rows.at(0)), v->model()->rowKey(rows.at(1)) };
        const QString n3 = v->model()->value(rows.at(0), QStringLiteral("number"));
        const QString n5 = v->model()->value(rows.at(1), QStringLiteral("number"));
        v->selectKeys(keys);
        QCOMPARE(v->selectedRows().size(), 2);
        QVERIFY(v->buttonAction(QStringLiteral("delete"))->isEnabled());
        QSignalSpy finished(v.get(), &ListView::actionFinished);

        // Return: the default, "No": nothing is sent
        const int boxes = MessageBox::count();
        test::DialogAnswerer answerer;
        answerer.pressReturn(QMessageBox::No).expectText(n3);
        v->tableView()->setFocus();
        QTest::keyClick(v->tableView(), Qt::Key_Delete);
        QVERIFY2(answerer.waitDone(), qPrintable(answerer.failure()));
        QCOMPARE(MessageBox::count(), boxes + 1);
        QCoreApplication::processEvents();
        QVERIFY(answerer.lastText().contains(n5));
        QCOMPARE(finished.count(), 0);
        QVERIFY(!v->loader()->isLoading());

        // "Yes": payment.delete elid=a, b; then the list refreshes without them
        answerer.click(QMessageBox::Yes);
        QTest::keyClick(v->tableView(), Qt::Key_Delete);
        QVERIFY2(answerer.waitDone(), qPrintable(answerer.failure()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("payment.delete"));
        QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
        QVERIFY(QTest::qWaitFor([&] { return *v->loader()->total() == total - 2; }, 30000));
        QVERIFY(waitIdle(*v));
        for (const QString &key : keys)
            QCOMPARE(v->model()->rowForKey(key), -1);
    }

    void groupFormAndEnterOpenForms()
    {
        auto payments = openList(m_conn.get(), QStringLiteral("payment"));
        QVERIFY(waitIdle(*payments));
        QSignalSpy form(payments.get(), &ListView::openFormRequested);
        payments->selectKeys({ payments->model()->rowKey(0), payments->model()->rowKey(1) });
        QVERIFY(payments->triggerButton(QStringLiteral("setstatus")));
        QCOMPARE(form.count(), 1);
        QCOMPARE(form.at(0).at(0).toString(), QStringLiteral("payment.setstatus"));
        QCOMPARE(form.at(0).at(1).toString(),
            payments->model()->rowKey(0) + QStringLiteral(", ") + payments->model()->rowKey(1));

        auto accounts = openList(m_conn.get(), QStringLiteral("account"));
        QVERIFY(waitIdle(*accounts));
        QSignalSpy edit(accounts.get(), &ListView::openFormRequested);
        accounts->selectKeys({ accounts->model()->rowKey(2) });
        accounts->tableView()->setFocus();
        QTest::keyClick(accounts->tableView(), Qt::Key_Return);
        QCOMPARE(edit.count(), 1);
        QCOMPARE(edit.at(0).at(0).toString(), QStringLiteral("account.edit"));
        QCOMPARE(edit.at(0).at(1).toString(), accounts->model()->rowKey(2));
    }

    void copyAndTotals()
    {
        auto v = openList(m_conn.get(), QStringLiteral("payment"));
        QVERIFY(waitIdle(*v));
        v->selectKeys({ v->model()->rowKey(0), v->model()->rowKey(1), v->model()->rowKey(2) });
        const QStringList lines = v->selectionAsText().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).split(QLatin1Char('\t')).size(), v->model()->columnCount());
        QVERIFY(lines.at(1).contains(v->model()->value(1, QStringLiteral("number"))));
        v->copySelection();
        QCOMPARE(QGuiApplication::clipboard()->text(), lines.join(QLatin1Char('\n')));

        double sum = 0;
        for (int r = 0; r < 3; ++r)
            sum += *models::CellValue::money(
                v->model()->value(r, QStringLiteral("subaccountamount_iso")).toUtf8());
        const QString totals = v->totalsText();
        QVERIFY2(totals.contains(QLocale().toString(sum, 'f', 2)), qPrintable(totals));
        QVERIFY(totals.startsWith(QStringLiteral("3 selected")));
    }

    void exportMatchesTheServer()
    {
        auto v = openList(m_conn.get(), QStringLiteral("payment"), 400);
        QVERIFY(waitIdle(*v));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("payments.csv"));
        QSignalSpy exported(v.get(), &ListView::exportFinished);
        v->exportCsv(path);
        QVERIFY(v->isExporting());
        QVERIFY(exported.wait(60000));
        QVERIFY2(exported.at(0).at(1).toBool(), qPrintable(exported.at(0).at(2).toString()));
        QVERIFY(!v->isExporting());
        QVERIFY(v->loader()->isComplete()); // every page was loaded for it
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QStringList> csv = readCsv(f.readAll());

        // The server's own data, all rows in one page, by the test's own HTTP request and XML reader.
        const RawList server = rawList(m_server,
            { { QStringLiteral("func"), QStringLiteral("payment") },
                { QStringLiteral("p_num"), QStringLiteral("1") },
                { QStringLiteral("p_cnt"), QStringLiteral("1000000") } });
        QVERIFY2(server.error.isEmpty(), qPrintable(server.error));
        QCOMPARE(qint64(server.rows.size()), server.total);
        QCOMPARE(qint64(csv.size() - 1), server.total);
        QCOMPARE(v->messageText(), QStringLiteral("Exported %1 row(s) to %2.").arg(server.total).arg(path));

        // header: the key, then the list's columns by their titles
        const auto *model = v->model();
        QCOMPARE(csv.at(0).size(), model->columnCount() + 1);
        QCOMPARE(csv.at(0).at(0), QStringLiteral("id"));
        QStringList fields;
        for (int c = 0; c < model->columnCount(); ++c) {
            fields.append(model->columnName(c));
            QCOMPARE(csv.at(0).at(c + 1), model->columnTitle(c));
        }
        QVERIFY(fields.contains(QStringLiteral("subaccountamount_iso")));
        QHash<QString, int> serverRow;
        for (int r = 0; r < server.rows.size(); ++r)
            serverRow.insert(server.rows.at(r).value(QStringLiteral("id")), r);
        QSet<QString> seen;
        for (qsizetype i = 1; i < csv.size(); ++i) {
            const QStringList &row = csv.at(i);
            QCOMPARE(row.size(), fields.size() + 1);
            const int sr = serverRow.value(row.at(0), -1);
            QVERIFY2(sr >= 0, qPrintable(row.at(0)));
            QVERIFY2(!seen.contains(row.at(0)), qPrintable(row.at(0))); // no row twice
            seen.insert(row.at(0));
            for (int c = 0; c < fields.size(); ++c)
                QCOMPARE(row.at(c + 1), server.rows.at(sr).value(fields.at(c)));
        }
    }

    void exportWritesOnAWorkerThreadWithProgressAndCancel()
    {
        auto v = openList(m_conn.get(), QStringLiteral("payment"), 1000);
        QVERIFY(waitIdle(*v));
        QSignalSpy completed(v->loader(), &models::ListLoader::completed);
        v->loader()->loadAll();
        QVERIFY(v->loader()->isComplete() || completed.wait(60000));
        // A FIFO as the target: the writer fills the pipe and waits there, on its own thread, until
        // this test reads. Meanwhile the GUI thread must go on.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pipe.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(fd >= 0);
        auto closeFd = qScopeGuard([fd] { ::close(fd); });
        QVERIFY(::fcntl(fd, F_SETPIPE_SZ, 4096) >= 0); // a small pipe: the writer waits on it early
        qint64 bytes = 0;
        auto drain = [&](qint64 limit = std::numeric_limits<qint64>::max()) {
            char buf[4096];
            while (bytes < limit) {
                const ssize_t n = ::read(fd, buf, size_t(qMin<qint64>(sizeof buf, limit - bytes)));
                if (n <= 0)
                    return n == 0; // 0: the writer closed it
                bytes += n;
            }
            return false;
        };

        QSignalSpy exported(v.get(), &ListView::exportFinished);
        v->exportCsv(path);
        QVERIFY(v->isExporting());
        QVERIFY(v->exportBar()->isVisibleTo(v.get()));
        int ticks = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&] { ++ticks; });
        tick.start(0);
        QVERIFY(QTest::qWaitFor(
            [&] { return ticks >= 50 && v->exportText().startsWith(QStringLiteral("Export: writing")); },
            30000));
        QCOMPARE(exported.count(), 0); // still writing: blocked on the full pipe, not on this thread
        QVERIFY(v->exportText().startsWith(QStringLiteral("Export: writing 0 of ")));
        QCOMPARE(v->exportProgress()->value(), 0);

        // Reading a bit more than its first chunk (16 KiB) lets it write that chunk and wait in the second
        // one (the whole file is about 120 KB): the progress moves and stays below the end.
        QVERIFY(QTest::qWaitFor(
            [&] {
                drain(20000);
                return v->exportProgress()->value() > 0;
            },
            30000));
        QVERIFY(v->exportProgress()->value() < v->exportProgress()->maximum());
        QCOMPARE(exported.count(), 0);

        // Cancel: the worker stops at its next chunk
        QVERIFY(v->exportCancelButton()->isEnabled());
        QTest::mouseClick(v->exportCancelButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&] {
                drain();
                return exported.count() == 1;
            },
            30000));
        QVERIFY(!exported.at(0).at(1).toBool());
        QCOMPARE(exported.at(0).at(2).toString(), QStringLiteral("The export was cancelled."));
        QCOMPARE(v->messageText(), QStringLiteral("The export was cancelled."));
        QVERIFY(!v->exportBar()->isVisibleTo(v.get()));
        QVERIFY(!v->isExporting());
        QVERIFY(bytes > 0);
        QVERIFY(v->model()->rowCount() > 0); // the list itself is untouched
    }

    void exportErrorsAreShownPlainly_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing folder")
            << QStringLiteral("missing/payments.csv") << QStringLiteral("No such file or directory");
        QTest::newRow("a folder") << QString() << QStringLiteral("it is a folder.");
        if (QFileInfo::exists(QStringLiteral("/dev/full")))
            QTest::newRow("disk full")
                << QStringLiteral("/dev/full") << QStringLiteral("No space left on device");
    }

    void exportErrorsAreShownPlainly()
    {
        QFETCH(QString, target);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = target.startsWith(QLatin1Char('/')) ? target
            : target.isEmpty()                                   ? dir.path()
                                                                 : dir.filePath(target);
        auto v = openList(m_conn.get(), QStringLiteral("payment"), 1000);
        QVERIFY(waitIdle(*v));
        QSignalSpy exported(v.get(), &ListView::exportFinished);
        v->exportCsv(path);
        QVERIFY(exported.wait(60000));
        QVERIFY(!exported.at(0).at(1).toBool());
        const QString message = exported.at(0).at(2).toString();
        QVERIFY2(message.startsWith(QStringLiteral("Cannot write %1: ").arg(path)), qPrintable(message));
        QVERIFY2(message.contains(reason), qPrintable(message));
        QCOMPARE(v->messageText(), message); // shown above the table, as an error
        QVERIFY(!v->isExporting());
        QVERIFY(!v->exportBar()->isVisibleTo(v.get()));
    }

    void columnLayoutIsKeptPerServerAndList()
    {
        QString hiddenName;
        {
            auto v = openList(m_conn.get(), QStringLiteral("payment"));
            QVERIFY(waitIdle(*v));
            QHeaderView *header = v->tableView()->horizontalHeader();
            const int column = v->model()->columnForName(QStringLiteral("paymethod_name"));
            hiddenName = v->model()->columnTitle(column);
            Q_EMIT header->customContextMenuRequested(QPoint(5, 5));
            QMenu *menu = nullptr;
            QVERIFY(QTest::qWaitFor(
                [&] {
                    for (QWidget *w : QApplication::topLevelWidgets())
                        if (auto *m = qobject_cast<QMenu *>(w);
                            m && m->isVisible() && m->accessibleName() == QStringLiteral("Columns"))
                            menu = m;
                    return menu != nullptr;
                },
                5000));
            QAction *toggle = nullptr;
            for (QAction *a : menu->actions())
                if (a->text() == hiddenName)
                    toggle = a;
            QVERIFY(toggle && toggle->isChecked());
            toggle->trigger();
            menu->close();
            QVERIFY(header->isSectionHidden(column));
            header->moveSection(header->visualIndex(v->model()->columnForName(QStringLiteral("status"))), 0);
        }
        auto again = openList(m_conn.get(), QStringLiteral("payment"));
        QVERIFY(waitIdle(*again));
        QHeaderView *header = again->tableView()->horizontalHeader();
        QVERIFY(header->isSectionHidden(again->model()->columnForName(QStringLiteral("paymethod_name"))));
        QCOMPARE(header->logicalIndex(0), again->model()->columnForName(QStringLiteral("status")));
        QVERIFY(again->settingsKey().contains(QStringLiteral("127.0.0.1")));
        // another list keeps its own layout
        auto other = openList(m_conn.get(), QStringLiteral("account"));
        QVERIFY(waitIdle(*other));
        for (int c = 0; c < other->model()->columnCount(); ++c)
            QVERIFY(!other->tableView()->horizontalHeader()->isSectionHidden(c));
    }

    void columnLayoutIsNotSharedAcrossServers()
    {
        {
            auto v = openList(m_conn.get(), QStringLiteral("payment"));
            QVERIFY(waitIdle(*v));
            v->tableView()->horizontalHeader()->setSectionHidden(
                v->model()->columnForName(QStringLiteral("sender_name")), true);
        } // saved on close
        test::DemoServer other;
        QVERIFY2(other.start(), qPrintable(other.errorString()));
        auto conn = openConnection(other);
        auto v = openList(conn.get(), QStringLiteral("payment"));
        QVERIFY(waitIdle(*v));
        QVERIFY(v->settingsKey().endsWith(QStringLiteral("_%1/payment").arg(other.port())));
        QVERIFY(!v->tableView()->horizontalHeader()->isSectionHidden(
            v->model()->columnForName(QStringLiteral("sender_name"))));
        auto again = openList(m_conn.get(), QStringLiteral("payment"));
        QVERIFY(waitIdle(*again));
        QVERIFY(again->tableView()->horizontalHeader()->isSectionHidden(
            again->model()->columnForName(QStringLiteral("sender_name"))));
    }

    void sessionExpiryKeepsTheView()
    {
        test::DemoServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        auto conn = openConnection(server);
        QSignalSpy lost(conn.get(), &net::Connection::sessionLost);
        auto v = openList(conn.get(), QStringLiteral("payment"));
        QVERIFY(waitIdle(*v));
        const QString key = v->model()->rowKey(10);
        v->selectKeys({ key });
        QCOMPARE(lost.count(), 0);
        // The server forgets the session (as after the idle time) when the list asks again.
        QVERIFY(server.addFault(QStringLiteral("payment=expire@1")));
        QSignalSpy refreshed(v->loader(), &models::ListLoader::refreshed);
        QSignalSpy failed(v->loader(), &models::ListLoader::failed);
        v->tableView()->setFocus();
        QTest::keyClick(v->tableView(), Qt::Key_F5);
        QVERIFY(refreshed.wait(30000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(lost.count(), 1);
        QCOMPARE(v->model()->rowCount(), 100);
        QCOMPARE(v->selectedRows().size(), 1);
        QCOMPARE(v->model()->rowKey(v->selectedRows().constFirst()), key);
    }

private:
    QTemporaryDir m_settingsDir;
    test::DemoServer m_server;
    std::unique_ptr<net::Connection> m_conn;
};

QTEST_MAIN(TestListView)
#include "tst_listview.moc"
