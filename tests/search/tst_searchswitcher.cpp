// Ctrl+K finds data (docs/search.md), offscreen against two real demo servers over pinned HTTPS: a section
// per account in its colour with results from both servers; a result opens its form in its own account
// through the page router; a server that does not answer in time says so in its section while the other's
// results stay; Ctrl+Enter on a client result acts as that client through the impersonation flow.
#include "core/accounts/accountstore.h"
#include "core/accounts/credentialstore.h"
#include "core/net/connectionmanager.h"
#include "core/search/crosssearch.h"
#include "democlient.h"
#include "demoserver.h"
#include "impersonation/actasdialog.h"
#include "mainwindow/mainwindow.h"
#include "navigation/quickswitcher.h"
#include "preferences/preferencekeys.h"
#include "router/pagerouter.h"
#include "search/searchactions.h"
#include "search/searchresultspresenter.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace mgrdesk;
using accounts::Account;
using gui::SearchResultsPresenter;

class TestSearchSwitcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_one.start(), qPrintable(m_one.errorString()));
        QVERIFY2(m_two.start(), qPrintable(m_two.errorString()));
        m_store = std::make_unique<accounts::AccountStore>(m_dir.filePath(QStringLiteral("s.ini")));
        m_store->appSettings()->set(settings::keys::openStartPage, false);
        m_creds = std::make_unique<accounts::CredentialStore>();
        m_a = test::addDemoAccount(
            m_store.get(), m_creds.get(), m_one, QStringLiteral("Production"), QStringLiteral("admin"));
        m_a.tag = accounts::EnvironmentTag::Production;
        QVERIFY(m_store->update(m_a));
        m_b = test::addDemoAccount(
            m_store.get(), m_creds.get(), m_two, QStringLiteral("Staging"), QStringLiteral("admin"));
        m_b.tag = accounts::EnvironmentTag::Staging;
        QVERIFY(m_store->update(m_b));
        m_window = std::make_unique<gui::MainWindow>(m_store.get(), m_creds.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        for (const Account &a : { m_a, m_b }) {
            m_window->connections()->connectAccount(a.id);
            net::Connection *c = m_window->connections()->existingConnection(a.id);
            QVERIFY(c);
            QTRY_COMPARE_WITH_TIMEOUT(c->state(), net::Connection::State::Connected, 30000);
        }
    }
    void cleanupTestCase() { m_window.reset(); }
    void cleanup()
    {
        m_two.clearFaults();
        for (const Account &a : { m_a, m_b })
            QTRY_VERIFY_WITH_TIMEOUT(
                m_window->connections()->existingConnection(a.id)->pendingJobCount() == 0, 30000);
    }

    void resultsOfBothAccountsOpenInTheirAccount()
    {
        gui::QuickSwitcher *popup = openPopup(QStringLiteral("client2"));
        SearchResultsPresenter *results = popup->dataResults();
        QVERIFY(searchFinished(popup));
        // a section per account, in its colour, with its results
        for (const Account &a : { m_a, m_b }) {
            QListWidgetItem *head = results->header(a.id);
            QVERIFY(head);
            QVERIFY2(head->text().startsWith(a.name + QStringLiteral(" — ")), qPrintable(head->text()));
            QCOMPARE(head->background().color().rgb(), QColor(Account::tagColorName(a.tag)).rgb());
            QVERIFY(!(head->flags() & Qt::ItemIsSelectable));
            QVERIFY(clientItem(results, a.id, QStringLiteral("client2")));
        }
        QVERIFY(popup->statusLabel()->text().contains(QStringLiteral("result")));

        // the Staging client opens its form on Staging's connection, in a Staging tab
        QSignalSpy opened(m_window->router(), &gui::PageRouter::pageOpened);
        QListWidgetItem *item = clientItem(results, m_b.id, QStringLiteral("client2"));
        QVERIFY(item);
        popup->list()->setCurrentItem(item);
        QTest::keyClick(popup->searchEdit(), Qt::Key_Return);
        QTRY_VERIFY(!popup->isVisible());
        QTRY_COMPARE(opened.size(), 1);
        const auto request = opened.at(0).at(1).value<routing::PageRequest>();
        QCOMPARE(request.accountId, m_b.id);
        QCOMPARE(request.function, QStringLiteral("account.edit"));
        QCOMPARE(request.elid, QStringLiteral("2"));
        QCOMPARE(m_window->tabAccountId(m_window->tabs()->currentIndex()), m_b.id);
        QCOMPARE(m_window->currentAccountId(), m_b.id);
    }

    void aServerThatDoesNotAnswerIsNamed()
    {
        QVERIFY(m_two.addFault(QStringLiteral("*=latency:4000@2")));
        gui::QuickSwitcher *popup = m_window->quickSwitcher();
        popup->dataSearch()->setTimeoutMs(1500);
        openPopup(QStringLiteral("client1"));
        SearchResultsPresenter *results = popup->dataResults();
        QVERIFY(searchFinished(popup));
        QVERIFY(results->header(m_b.id)->text().contains(QStringLiteral("did not answer")));
        QVERIFY(results->resultItems(m_b.id).isEmpty());
        QVERIFY(clientItem(results, m_a.id, QStringLiteral("client1")));
        QVERIFY(popup->statusLabel()->text().contains(QStringLiteral("did not answer")));
        popup->dataSearch()->setTimeoutMs(10000);
        QTest::keyClick(popup->searchEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!popup->isVisible());
    }

    void actAsFromAClientResult()
    {
        gui::QuickSwitcher *popup = openPopup(QStringLiteral("client2"));
        SearchResultsPresenter *results = popup->dataResults();
        QTRY_VERIFY_WITH_TIMEOUT(clientItem(results, m_a.id, QStringLiteral("client2")), 30000);
        popup->list()->setCurrentItem(clientItem(results, m_a.id, QStringLiteral("client2")));
        QSignalSpy opened(m_window->router(), &gui::PageRouter::pageOpened);
        QTest::keyClick(popup->searchEdit(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!popup->isVisible());
        // the existing Act As dialog, the client's login found on the server and filled in
        gui::ActAsDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleDialog()) != nullptr, 30000);
        QCOMPARE(dialog->login(), QStringLiteral("client2"));
        QTest::keyClick(dialog->loginEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30000);
        const auto request = opened.at(0).at(1).value<routing::PageRequest>();
        QCOMPARE(request.accountId, m_a.id);
        QCOMPARE(request.su, QStringLiteral("client2"));
    }

private:
    // The search started (after the debounce) on both accounts and ended.
    bool searchFinished(gui::QuickSwitcher *popup) const
    {
        SearchResultsPresenter *results = popup->dataResults();
        return QTest::qWaitFor([&] { return results->header(m_a.id) && results->header(m_b.id); }, 10000)
            && QTest::qWaitFor([&] { return !popup->dataSearch()->isSearching(); }, 30000);
    }
    gui::QuickSwitcher *openPopup(const QString &query)
    {
        m_window->activateWindow();
        m_window->showQuickSwitcher();
        gui::QuickSwitcher *popup = m_window->quickSwitcher();
        if (!QTest::qWaitFor([popup] { return popup->isVisible(); }, 5000))
            return popup;
        QTest::keyClicks(popup->searchEdit(), query);
        return popup;
    }
    static QListWidgetItem *clientItem(
        SearchResultsPresenter *results, const QString &accountId, const QString &name)
    {
        for (QListWidgetItem *item : results->resultItems(accountId)) {
            const search::SearchResult r = SearchResultsPresenter::resultOf(item);
            if (r.kind == search::ResultKind::Client && r.title == name && r.accountId == accountId)
                return item;
        }
        return nullptr;
    }
    static gui::ActAsDialog *visibleDialog()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *d = qobject_cast<gui::ActAsDialog *>(w); d && d->isVisible())
                return d;
        const auto all = QApplication::allWidgets();
        for (QWidget *w : all)
            if (auto *d = qobject_cast<gui::ActAsDialog *>(w); d && d->isVisible())
                return d;
        return nullptr;
    }

    QTemporaryDir m_dir;
    test::DemoServer m_one, m_two;
    std::unique_ptr<accounts::AccountStore> m_store;
    std::unique_ptr<accounts::CredentialStore> m_creds;
    std::unique_ptr<gui::MainWindow> m_window;
    Account m_a, m_b;
};

QTEST_MAIN(TestSearchSwitcher)
#include "tst_searchswitcher.moc"
