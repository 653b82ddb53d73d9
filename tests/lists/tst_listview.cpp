// gui::ListView against the real demo server, offscreen: the payments list pages in as the view scrolls,
// sorts from a header click, filters with Ctrl+F, runs a group delete confirmed through the (pre-answered)
// message box, opens forms with Enter, copies, totals, exports every page to CSV that matches the server's
// own data, keeps its column layout per server and list, and survives a session that expires under it.
#include "lists/listview.h"
#include "mainwindow/messagebox.h"

#include "core/models/cellvalue.h"
#include "core/models/listloader.h"
#include "core/models/tablemodel.h"
#include "core/net/connection.h"
#include "demoserver.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

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

    void cleanup() { MessageBox::clearNextAnswer(); }

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

    void deleteKeyConfirmsThenDeletes()
    {
        auto v = openList(m_conn.get(), QStringLiteral("payment"));
        QVERIFY(waitIdle(*v));
        const qint64 total = *v->loader()->total();
        const QStringList keys { v->model()->rowKey(3), v->model()->rowKey(5) };
        const QString n3 = v->model()->value(3, QStringLiteral("number"));
        const QString n5 = v->model()->value(5, QStringLiteral("number"));
        v->selectKeys(keys);
        QCOMPARE(v->selectedRows().size(), 2);
        QVERIFY(v->buttonAction(QStringLiteral("delete"))->isEnabled());
        QSignalSpy finished(v.get(), &ListView::actionFinished);

        // "No": nothing is sent
        const int boxes = MessageBox::count();
        MessageBox::setNextAnswer(QMessageBox::No);
        v->tableView()->setFocus();
        QTest::keyClick(v->tableView(), Qt::Key_Delete);
        QVERIFY(QTest::qWaitFor([&] { return MessageBox::count() == boxes + 1; }, 5000));
        QCoreApplication::processEvents();
        QVERIFY(MessageBox::lastText().contains(n3));
        QVERIFY(MessageBox::lastText().contains(n5));
        QCOMPARE(finished.count(), 0);
        QVERIFY(!v->loader()->isLoading());

        // "Yes": payment.delete elid=a, b; then the list refreshes without them
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(v->tableView(), Qt::Key_Delete);
        QVERIFY(finished.wait(30000));
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
        QVERIFY(exported.wait(60000));
        QVERIFY2(exported.at(0).at(1).toBool(), qPrintable(exported.at(0).at(2).toString()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QStringList> csv = readCsv(f.readAll());

        // The server's own data, in one page, through a separate request.
        protocol::Request all(QStringLiteral("payment"));
        all.setPage(1, 1000000);
        net::ApiJob *job = m_conn->send(all);
        QSignalSpy done(job, &net::ApiJob::finished);
        QVERIFY(done.wait(60000));
        const auto result = done.at(0).at(0).value<net::ApiResult>();
        QVERIFY(result.ok());
        const auto &server = *result.reply.table;
        QCOMPARE(qint64(csv.size() - 1), qint64(server.rowCount()));

        // header: the key, then the model's columns
        const auto *model = v->model();
        QCOMPARE(csv.at(0).size(), model->columnCount() + 1);
        QHash<QString, int> serverRow;
        for (int r = 0; r < server.rowCount(); ++r)
            serverRow.insert(server.rowKey(r), r);
        for (qsizetype i = 1; i < csv.size(); ++i) {
            const QStringList &row = csv.at(i);
            QCOMPARE(row.size(), model->columnCount() + 1);
            const int sr = serverRow.value(row.at(0), -1);
            QVERIFY2(sr >= 0, qPrintable(row.at(0)));
            for (int c = 0; c < model->columnCount(); ++c)
                QCOMPARE(row.at(c + 1), server.cell(sr, server.columnIndex(model->columnName(c))));
        }
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

    void sessionExpiryKeepsTheView()
    {
        test::DemoServer::Options o;
        o.idleTimeout = 1;
        test::DemoServer server(o);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        auto conn = openConnection(server);
        QSignalSpy lost(conn.get(), &net::Connection::sessionLost);
        auto v = openList(conn.get(), QStringLiteral("payment"));
        QVERIFY(waitIdle(*v));
        const QString key = v->model()->rowKey(10);
        v->selectKeys({ key });
        QTest::qWait(2500); // the idle session expires on the server
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
