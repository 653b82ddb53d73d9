// Tab titles from what a tab holds (issue 17), in the main window against the real demo server over pinned
// HTTPS: the form of an element is "Client — client2" / "Payment — NUMBER" (the kind from the form's "title"
// message, the element from the list row it was opened from), a form whose <form title="name"> names a field
// (the real server's shape, own fixture) follows that field as it loads and as it is edited, a list with a
// server filter is "Payments (filtered)" until the filter is cleared, and an impersonation tab says the same
// under "client1: …".
#include "core/accounts/accountstore.h"
#include "core/accounts/credentialstore.h"
#include "core/models/formstate.h"
#include "core/models/listfilter.h"
#include "core/models/listloader.h"
#include "core/models/tablemodel.h"
#include "core/net/apijob.h"
#include "core/net/apiresult.h"
#include "core/protocol/replyparser.h"
#include "democlient.h"
#include "demoserver.h"
#include "demowindow.h"
#include "forms/formwidget.h"
#include "impersonation/impersonationtab.h"
#include "lists/listview.h"
#include "mainwindow/mainwindow.h"
#include "preferences/preferencekeys.h"
#include "router/pagetitles.h"

#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace mgrdesk;

namespace {
// The real server's shape (own text): <form title="name">, the kind in <msg name="title">.
const char kClientForm[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<doc func="account.edit" lang="en"><metadata name="account.edit" type="form" key="id">
<form title="name"><page name="main"><field name="name"><input type="text" name="name" required="yes"/></field>
<field name="note"><textarea name="note"/></field></page>
<buttons><button name="ok" type="ok"/><button name="cancel" type="cancel"/></buttons></form></metadata>
<messages name="account.edit"><msg name="title">Client</msg><msg name="name">Name</msg><msg name="note">Note</msg></messages>
<elid>2</elid><name>client2</name><note/></doc>)";
} // namespace

class TestTabTitles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_desk.start(&why), qPrintable(why));
    }
    void init()
    {
        m_desk.renew();
        m_desk.addAccount(QStringLiteral("Demo"), QStringLiteral("admin"));
    }
    void cleanup() { m_desk.clear(); }

    void composesKindAndName()
    {
        QCOMPARE(gui::PageTitles::compose(QStringLiteral("Client"), QStringLiteral("client2")),
            QStringLiteral("Client — client2"));
        QCOMPARE(gui::PageTitles::compose(QStringLiteral("Client"), QString()), QStringLiteral("Client"));
        QCOMPARE(gui::PageTitles::compose(QString(), QStringLiteral("client2")), QStringLiteral("client2"));
        QCOMPARE(gui::PageTitles::compose(QStringLiteral("Client"), QStringLiteral("Client")),
            QStringLiteral("Client"));
        QCOMPARE(
            gui::PageTitles::filtered(QStringLiteral("Payments")), QStringLiteral("Payments (filtered)"));
    }

    // <form title="name">: the title follows the field when the form loads and while it is edited.
    void titleFieldNamesTheElement()
    {
        const protocol::Reply reply = protocol::ReplyParser::parse(QByteArray(kClientForm));
        QVERIFY(reply.form);
        gui::FormWidget form(nullptr);
        QSignalSpy titled(&form, &gui::FormWidget::titleChanged);
        form.openData(QStringLiteral("account.edit"), QStringLiteral("2"), QString(), *reply.form);
        QTRY_VERIFY(titled.count() >= 1);
        QCOMPARE(gui::PageTitles::formTitle(&form), QStringLiteral("Client — client2"));
        form.state()->setValue(QStringLiteral("name"), QStringLiteral("client2-renamed"));
        QTRY_COMPARE(gui::PageTitles::formTitle(&form), QStringLiteral("Client — client2-renamed"));
    }

    void formTabsNameTheirElement()
    {
        gui::MainWindow window(m_desk.store.get(), m_desk.creds.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTabWidget *tabs = window.tabs();

        gui::ListView *clients
            = window.openList(QStringLiteral("account"), QString(), QStringLiteral("Clients"));
        QVERIFY(clients);
        QCOMPARE(tabs->tabText(tabs->indexOf(clients)), QStringLiteral("Clients"));
        const QString client2 = openRowForm(clients, QStringLiteral("name"), QStringLiteral("client2"));
        QVERIFY(!client2.isEmpty());
        QWidget *form = tabs->currentWidget();
        QVERIFY(qobject_cast<gui::FormWidget *>(form));
        QTRY_COMPARE_WITH_TIMEOUT(
            tabs->tabText(tabs->indexOf(form)), QStringLiteral("Client — client2"), 30000);

        gui::ListView *payments
            = window.openList(QStringLiteral("payment"), QString(), QStringLiteral("Payments"));
        QVERIFY(payments);
        QVERIFY(QTest::qWaitFor([&] { return payments->model()->rowCount() > 0; }, 30000));
        const QString number = payments->model()->value(0, QStringLiteral("number"));
        // The demo server's admin payment list has no edit button: the list asks for the form as its edit
        // button or a double click would (the signal the router's list wiring answers).
        payments->selectKeys({ payments->model()->rowKey(0) });
        Q_EMIT payments->openFormRequested(
            QStringLiteral("payment.edit"), payments->model()->rowKey(0), QString(), QStringLiteral("edit"));
        QWidget *payment = tabs->currentWidget();
        QTRY_COMPARE_WITH_TIMEOUT(
            tabs->tabText(tabs->indexOf(payment)), QStringLiteral("Payment — %1").arg(number), 30000);
    }

    void filteredListsSaySo()
    {
        gui::MainWindow window(m_desk.store.get(), m_desk.creds.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTabWidget *tabs = window.tabs();
        gui::ListView *list
            = window.openList(QStringLiteral("payment"), QString(), QStringLiteral("Payments"));
        QVERIFY(list);
        QVERIFY(QTest::qWaitFor(
            [&] { return list->model()->rowCount() > 0 && !list->loader()->isLoading(); }, 30000));
        QCOMPARE(tabs->tabText(tabs->indexOf(list)), QStringLiteral("Payments"));

        QVERIFY(setFilter(window.currentConnection(), QString(), QStringLiteral("4")));
        list->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(
            tabs->tabText(tabs->indexOf(list)), QStringLiteral("Payments (filtered)"), 30000);
        list->clearServerFilter();
        QTRY_COMPARE_WITH_TIMEOUT(tabs->tabText(tabs->indexOf(list)), QStringLiteral("Payments"), 30000);
    }

    void impersonationTabsToo()
    {
        gui::MainWindow window(m_desk.store.get(), m_desk.creds.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTabWidget *tabs = window.tabs();
        routing::PageRequest r;
        r.function = QStringLiteral("payment");
        r.kind = QStringLiteral("list");
        r.title = QStringLiteral("Payments");
        r.su = QStringLiteral("client1");
        auto *tab = qobject_cast<gui::ImpersonationTab *>(window.openPage(r));
        QVERIFY(tab);
        QTRY_VERIFY_WITH_TIMEOUT(tab->listView() && tab->listView()->model()->rowCount() > 0, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(
            tabs->tabText(tabs->indexOf(tab)), QStringLiteral("client1: Payments"), 30000);
        QVERIFY(setFilter(window.currentConnection(), QStringLiteral("client1"), QStringLiteral("4")));
        tab->listView()->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(
            tabs->tabText(tabs->indexOf(tab)), QStringLiteral("client1: Payments (filtered)"), 30000);
        tab->listView()->clearServerFilter();
        QTRY_COMPARE_WITH_TIMEOUT(
            tabs->tabText(tabs->indexOf(tab)), QStringLiteral("client1: Payments"), 30000);
    }

private:
    // Selects the row whose `column` is `value` and opens its default (edit) form with Enter.
    static QString openRowForm(gui::ListView *list, const QString &column, const QString &value)
    {
        if (!QTest::qWaitFor([list] { return list->model()->rowCount() > 0; }, 30000))
            return {};
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            if (list->model()->value(row, column) != value)
                continue;
            list->selectKeys({ list->model()->rowKey(row) });
            list->tableView()->setFocus();
            QTest::keyClick(list->tableView(), Qt::Key_Return);
            return value;
        }
        return {};
    }

    // payment.filter&sok=ok&status=STATUS, as `su` when given (the server keeps it per user and list).
    static bool setFilter(net::Connection *connection, const QString &su, const QString &status)
    {
        protocol::Request r(QStringLiteral("payment.filter"));
        r.set(QStringLiteral("sok"), QStringLiteral("ok"));
        r.set(QStringLiteral("status"), status);
        net::JobOptions options;
        options.su = su;
        options.noDefaultSu = !su.isEmpty();
        QSignalSpy done(connection->send(r, nullptr, options), &net::ApiJob::finished);
        return done.wait(30000) && done.at(0).at(0).value<net::ApiResult>().ok();
    }

    test::DemoDesk m_desk;
};

QTEST_MAIN(TestTabTitles)
#include "tst_tabtitles.moc"
