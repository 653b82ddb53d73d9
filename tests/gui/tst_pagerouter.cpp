// The page router: every page kind through one PageRouter, in both hosts. Lists and forms open as main
// window tabs; every registered kind (list, form, report, dashboard, document and any kind registered later)
// is created as its own page, a kind nobody registered gets a placeholder that says so; a kind registered
// with one line is created by the router (in a main tab and under an impersonation banner). Impersonation
// tabs get what main tabs have: window buttons (a form stays in the tab, a list opens another su tab),
// groupforms (a dialog acting as the user), child lists and redirects (list and form). Offscreen, against the
// real demo server; su is checked in the connection's request log.
#include "common/impersonationbanner.h"
#include "core/accounts/accountstore.h"
#include "core/accounts/credentialstore.h"
#include "core/models/formsession.h"
#include "core/models/listloader.h"
#include "core/models/tablemodel.h"
#include "core/net/connection.h"
#include "core/net/requestlog.h"
#include "democlient.h"
#include "demoserver.h"
#include "demowindow.h"
#include "forms/formdialog.h"
#include "forms/formwidget.h"
#include "impersonation/impersonationtab.h"
#include "lists/listview.h"
#include "mainwindow/mainwindow.h"
#include "preferences/preferencekeys.h"
#include "router/pageregistry.h"
#include "router/pagerouter.h"
#include "router/placeholderpage.h"

#include <QHash>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace mgrdesk;
using accounts::Account;
using routing::PageRequest;

namespace {
// A page kind the tests register with the documented one line.
class ProbePage : public QWidget
{
public:
    explicit ProbePage(const gui::PageContext &context)
        : request(context.request)
        , su(context.jobOptions().su)
        , connection(context.connection)
    {
    }
    PageRequest request;
    QString su;
    net::Connection *connection;
};
} // namespace

class TestPageRouter : public QObject
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
        m_desk.renew(QStringLiteral("r"));
        m_admin = m_desk.addAccount(QStringLiteral("Admin"), QStringLiteral("admin"));
        QString why;
        QVERIFY2(m_desk.showWindow(QSize(1000, 700), &why), qPrintable(why));
    }
    void cleanup() { m_desk.clear(); }

    void kindsResolveFromTypeAndName()
    {
        QCOMPARE(PageRequest::kindFor(QStringLiteral("payment"), QString()), QStringLiteral("list"));
        QCOMPARE(PageRequest::kindFor(QStringLiteral("payment.edit"), QString()), QStringLiteral("form"));
        QCOMPARE(PageRequest::kindFor(QStringLiteral("payment"), QStringLiteral("report")),
            QStringLiteral("report"));
        QCOMPARE(PageRequest::kindFor(QStringLiteral("invoice.print"), QStringLiteral("pdf")),
            QStringLiteral("document"));
        const PageRequest r = PageRequest::fromRequest(
            protocol::Request::fromQueryString(QStringLiteral("func=payment.edit&elid=7&plid=3&x=y")));
        QCOMPARE(r.function, QStringLiteral("payment.edit"));
        QCOMPARE(r.elid, QStringLiteral("7"));
        QCOMPARE(r.plid, QStringLiteral("3"));
        QCOMPARE(r.params.size(), 1);
        QCOMPARE(r.toRequest().value(QStringLiteral("x")), QStringLiteral("y"));
    }

    void listAndFormOpenAsMainTabs()
    {
        PageRequest list;
        list.function = QStringLiteral("payment");
        auto *view = qobject_cast<gui::ListView *>(m_desk.window->openPage(list));
        QVERIFY(view);
        QCOMPARE(m_desk.window->tabs()->currentWidget(), view);
        QCOMPARE(m_desk.window->tabAccountId(m_desk.window->tabs()->currentIndex()), m_admin.id);
        QVERIFY(view->loader()->jobOptions().su.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(view->loader()->isComplete(), 30000);

        PageRequest form;
        form.function = QStringLiteral("payment.edit");
        auto *widget = qobject_cast<gui::FormWidget *>(m_desk.window->openPage(form, view));
        QVERIFY(widget);
        QCOMPARE(m_desk.window->tabs()->count(), 2);
        QCOMPARE(m_desk.window->tabs()->tabText(1), QStringLiteral("New (payment.edit)"));
    }

    // Every kind the registry knows (the built-in ones and any registered later) is created by the router as
    // the page its registration makes, in a main window tab, never as the placeholder. A built-in kind that
    // lost its registration fails here.
    void everyRegisteredKindIsCreated()
    {
        // The built-in kinds register on the first page the router creates.
        PageRequest first;
        first.function = QStringLiteral("payment");
        QVERIFY(m_desk.window->openPage(first));
        const QStringList kinds = gui::PageRegistry::kinds();
        using namespace routing::PageKind;
        for (const char *builtin : { List, Form, Report, Dashboard, Document })
            QVERIFY2(kinds.contains(QLatin1String(builtin)), builtin);
        // A function of each built-in kind on the demo server; a kind added later gets a made-up one (its
        // page is created whatever the server answers).
        const QHash<QString, QString> functions { { QLatin1String(List), QStringLiteral("payment") },
            { QLatin1String(Form), QStringLiteral("payment.edit") },
            { QLatin1String(Report), QStringLiteral("report.income") },
            { QLatin1String(Dashboard), QStringLiteral("dashboard") },
            { QLatin1String(Document), QStringLiteral("payment.print.pdf") } };
        for (const QString &kind : kinds) {
            PageRequest r;
            r.kind = kind;
            r.function = functions.value(kind, kind + QStringLiteral(".probe"));
            if (kind == QLatin1String(Document))
                r.elid = QStringLiteral("7");
            QWidget *page = m_desk.window->openPage(r);
            QVERIFY2(page, qPrintable(kind));
            QVERIFY2(!qobject_cast<gui::PlaceholderPage *>(page), qPrintable(kind));
            QVERIFY2(m_desk.window->tabs()->indexOf(page) >= 0, qPrintable(kind));
            QCOMPARE(m_desk.window->tabs()->currentWidget(), page);
            // The class the kind's own registration makes.
            gui::PageContext context;
            context.connection = m_desk.window->currentConnection();
            context.request = r;
            const std::unique_ptr<QWidget> made(gui::PageRegistry::create(context));
            QVERIFY2(!qobject_cast<gui::PlaceholderPage *>(made.get()), qPrintable(kind));
            QCOMPARE(page->metaObject()->className(), made->metaObject()->className());
        }
    }

    void unregisteredKindGetsAPlaceholder()
    {
        PageRequest r;
        r.function = QStringLiteral("somefunc");
        r.kind = QStringLiteral("nosuchkind");
        r.title = QStringLiteral("Some page");
        QVERIFY(!gui::PageRegistry::has(r.kind));
        auto *page = qobject_cast<gui::PlaceholderPage *>(m_desk.window->openPage(r));
        QVERIFY(page);
        QCOMPARE(page->kind(), r.kind);
        QCOMPARE(m_desk.window->tabs()->currentWidget(), page);
        QVERIFY2(page->label()->text().contains(r.kind), qPrintable(page->label()->text()));
    }

    void registeredKindIsCreatedInBothHosts()
    {
        gui::PageRegistry::registerPage<ProbePage>("probe");
        QVERIFY(gui::PageRegistry::has(QStringLiteral("probe")));
        PageRequest r;
        r.function = QStringLiteral("probe.func");
        r.kind = QStringLiteral("probe");
        auto *probe = dynamic_cast<ProbePage *>(m_desk.window->openPage(r));
        QVERIFY(probe);
        QCOMPARE(probe->connection, m_desk.window->currentConnection());
        QCOMPARE(probe->request.accountId, m_admin.id);
        QVERIFY(probe->su.isEmpty());

        r.su = QStringLiteral("client1");
        auto *tab = qobject_cast<gui::ImpersonationTab *>(m_desk.window->openPage(r));
        QVERIFY(tab);
        QTRY_VERIFY_WITH_TIMEOUT(tab->state() != gui::ImpersonationTab::State::Checking, 30000);
        QCOMPARE(tab->state(), gui::ImpersonationTab::State::Ready);
        auto *inside = dynamic_cast<ProbePage *>(tab->page());
        QVERIFY(inside);
        QCOMPARE(inside->su, QStringLiteral("client1"));
        QVERIFY(tab->banner()->isVisible());
    }

    // What a main tab's list can do, an impersonation tab's list does too, always as the user.
    void impersonationTabWindowButtonsGroupFormsAndRedirects()
    {
        net::Connection *c = m_desk.window->currentConnection();
        PageRequest r;
        r.function = QStringLiteral("payment");
        r.su = QStringLiteral("client1");
        auto *tab = qobject_cast<gui::ImpersonationTab *>(m_desk.window->openPage(r));
        QVERIFY(tab);
        QCOMPARE(m_desk.window->tabs()->currentWidget(), tab);
        QTRY_VERIFY_WITH_TIMEOUT(tab->listView() && tab->listView()->loader()->isComplete(), 30000);
        gui::ListView *list = tab->listView();
        QCOMPARE(list->loader()->jobOptions().su, QStringLiteral("client1"));
        const int from = int(c->requestLog()->entries().size());

        // A window button naming a form: inside the tab, under its banner, as the user.
        Q_EMIT list->openWindowRequested(protocol::Request(QStringLiteral("clientticket.edit")));
        gui::FormWidget *form = tab->currentForm();
        QVERIFY(form);
        QCOMPARE(form->jobOptions().su, QStringLiteral("client1"));
        QCOMPARE(m_desk.window->tabs()->currentWidget(), tab);
        QTRY_VERIFY_WITH_TIMEOUT(form->session()->phase() != models::FormSession::Phase::Loading, 30000);

        // Its redirect to a form stays in the tab; a redirect to a list opens another su tab.
        Q_EMIT form->accepted(QString(), QStringLiteral("func=clientticket.edit"), QStringLiteral("form"));
        QVERIFY(tab->currentForm());
        QVERIFY(tab->currentForm() != form);
        const int tabsBefore = m_desk.window->tabs()->count();
        Q_EMIT tab->currentForm()->accepted(
            QString(), QStringLiteral("func=invoice"), QStringLiteral("list"));
        QCOMPARE(m_desk.window->tabs()->count(), tabsBefore + 1);
        auto *invoices = qobject_cast<gui::ImpersonationTab *>(m_desk.window->tabs()->currentWidget());
        QVERIFY(invoices && invoices != tab);
        QCOMPARE(invoices->actingAs(), QStringLiteral("client1"));
        QCOMPARE(invoices->function(), QStringLiteral("invoice"));
        QTRY_VERIFY_WITH_TIMEOUT(invoices->listView() && invoices->listView()->loader()->isComplete(), 30000);
        QCOMPARE(invoices->listView()->loader()->jobOptions().su, QStringLiteral("client1"));

        // A window button naming a list, and a child list: more su tabs, never a plain one.
        Q_EMIT list->openWindowRequested(protocol::Request(QStringLiteral("expense")));
        auto *expenses = qobject_cast<gui::ImpersonationTab *>(m_desk.window->tabs()->currentWidget());
        QVERIFY(expenses);
        QCOMPARE(expenses->function(), QStringLiteral("expense"));
        QCOMPARE(expenses->actingAs(), QStringLiteral("client1"));
        Q_EMIT list->openListRequested(QStringLiteral("invoice"), QStringLiteral("1"));
        auto *child = qobject_cast<gui::ImpersonationTab *>(m_desk.window->tabs()->currentWidget());
        QVERIFY(child && child != expenses);
        QCOMPARE(child->actingAs(), QStringLiteral("client1"));
        QCOMPARE(child->request().plid, QStringLiteral("1"));

        // A groupform: a dialog over the window that acts as the user.
        const int tabs = m_desk.window->tabs()->count();
        Q_EMIT list->openFormRequested(
            QStringLiteral("clientticket.edit"), QString(), QString(), QStringLiteral("groupform"));
        QCOMPARE(m_desk.window->tabs()->count(), tabs);
        auto *dialog = m_desk.window->findChild<gui::FormDialog *>(QStringLiteral("groupFormDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->form()->jobOptions().su, QStringLiteral("client1"));
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->form()->session()->phase() != models::FormSession::Phase::Loading, 30000);
        dialog->reject();

        // Every request those pages sent carried su=client1.
        const QStringList functions { QStringLiteral("clientticket.edit"), QStringLiteral("invoice"),
            QStringLiteral("expense") };
        QTRY_VERIFY_WITH_TIMEOUT(countSu(c, from, functions, nullptr) >= 4, 30000);
        int without = 0;
        countSu(c, from, functions, &without);
        QCOMPARE(without, 0);
    }

private:
    static int countSu(net::Connection *c, int from, const QStringList &functions, int *without)
    {
        int with = 0;
        const auto entries = c->requestLog()->entries();
        for (int i = from; i < entries.size(); ++i) {
            if (!functions.contains(entries.at(i).function))
                continue;
            const auto r = protocol::Request::fromQueryString(entries.at(i).parameters);
            if (r.value(QStringLiteral("su")) == QLatin1String("client1"))
                ++with;
            else if (without)
                ++*without;
        }
        return with;
    }

    test::DemoDesk m_desk;
    Account m_admin;
};

QTEST_MAIN(TestPageRouter)
#include "tst_pagerouter.moc"
