// The form editor against the real demo server process over HTTPS on 127.0.0.1, offscreen: the demo forms'
// widgets, creating a client and finding it in the list, the exists error at its field, country → state
// through sv_field, hide rules, the VDS order wizard with Back, client-side validation, a failed submit and
// an expired session that lose nothing, a field-less error in the banner, a slider and a searchable select
// saved and shown again. Ends with a screenshot of a rich form.

#include "demoserver.h"

#include "common/messagebox.h"
#include "common/refreshandselect.h"
#include "core/models/listloader.h"
#include "core/models/tablemodel.h"
#include "core/net/connection.h"
#include "core/routing/formoutcome.h"
#include "dialoganswerer.h"
#include "forms/formbanner.h"
#include "forms/formdialog.h"
#include "forms/formfieldeditor.h"
#include "forms/formwidget.h"
#include "lists/listview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUrlQuery>
#include <QtTest>

using namespace mgrdesk;
using gui::FormWidget;
using test::DemoServer;

namespace {
constexpr int kWait = 20000;

DemoServer::Options controlOptions(int idle = 0)
{
    DemoServer::Options o;
    o.extraArgs = { QStringLiteral("--control") };
    o.idleTimeout = idle;
    return o;
}

net::ConnectionSettings settingsFor(const DemoServer &server)
{
    net::ConnectionSettings s;
    s.accountId = QStringLiteral("forms-test");
    s.baseUrl = server.baseUrl();
    s.username = QStringLiteral("admin");
    s.lang = QStringLiteral("en");
    s.pinnedCertificatePem = server.certificatePem();
    return s;
}

QString origOf(const protocol::Attributes &attrs)
{
    for (const auto &a : attrs) {
        if (a.first == QLatin1String("orig"))
            return a.second;
    }
    return QString();
}

void type(QWidget *w, const QString &text)
{
    if (auto *line = qobject_cast<QLineEdit *>(w)) {
        line->selectAll();
        line->del();
    }
    QTest::keyClicks(w, text);
}
} // namespace

class TestFormDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void demoFormsBuildTheirWidgets();
    void createClientAndFindItInTheList();
    void duplicateNameMarksTheField();
    void countryRecomputesStates();
    void hideAndShadowRulesToggle();
    void wizardWalksToTheEndWithBack();
    void validatorsBlockSending();
    void failedSubmitLosesNothing();
    void expiredSessionMidSubmitIsRecovered();
    void errorWithoutFieldGoesToTheBanner();
    void openFailureOffersRetry();
    void neverPrefetched();
    void embeddedListShowsTheConversation();
    void extraButtonKeepsTheFormOpen();
    void closeWithUnsavedChangesAsks();
    void groupFormInADialog();
    void newRowIsSelectedAfterOk();
    void droppedConnectionWhileSubmittingLosesNothing();
    void plainXmlFormStillEdits();
    void sliderAndSearchableSelectAreSaved();
    void paymentWizardAsTheRealServerRunsIt();
    void screenshotOfRichForm();

private:
    std::unique_ptr<FormWidget> openForm(
        const QString &function, const QString &elid = {}, net::Connection *connection = nullptr);
    protocol::TableData fetchList(const QString &function);
    bool setFault(const QString &spec);
    bool clearFaults();
    void fillNewClient(FormWidget *w, const QString &name);

    DemoServer m_server { controlOptions() };
    std::unique_ptr<net::Connection> m_conn;
    QString m_createdId, m_createdName;
};

// Catches QDesktopServices::openUrl (the test opens no browser).
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

void TestFormDemo::paymentWizardAsTheRealServerRunsIt()
{
    // docs/protocol.md §7 and the billmgr6-wizard-* captures: payment.add answers its first step
    // payment.add.method (followed), titled by the "title" message (form title="name" and no such field),
    // without OK/Cancel (nosubmit, nocancel), with a step bar whose unavailable steps are disabled, a method
    // list whose rows carry their own buttons, check.money normalising the amount, and <ok type="url">
    // opening the panel page in the browser after a question that shows the host.
    net::ConnectionSettings s = settingsFor(m_server);
    s.accountId = QStringLiteral("forms-client1");
    s.username = QStringLiteral("client1");
    net::Connection client(s);
    client.setPassword(QStringLiteral("demo"));
    auto w = openForm(QStringLiteral("payment.add"), QString(), &client);
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    QCOMPARE(w->session()->phase(), models::FormSession::Phase::Ready);
    QCOMPARE(w->state()->function(), QStringLiteral("payment.add.method")); // the reply's func is followed
    QVERIFY(!w->title().isEmpty());
    QVERIFY2(w->title() != QLatin1String("name"), qPrintable(w->title()));
    QVERIFY(!w->button(QStringLiteral("ok")));
    QVERIFY(!w->button(QStringLiteral("cancel")));
    QVERIFY(w->stepsBar()->isVisible());
    auto *first = w->stepsBar()->findChild<QLabel *>(QStringLiteral("step_payment.add.method"));
    auto *profile = w->stepsBar()->findChild<QLabel *>(QStringLiteral("step_payment.add.profile"));
    QVERIFY(first && profile);
    QVERIFY(first->isEnabled());
    QVERIFY(first->font().bold());
    QVERIFY(!profile->isEnabled());

    // check.money on focus loss: "10" becomes "10.00"
    QWidget *amount = w->control(QStringLiteral("amount"));
    QVERIFY(amount);
    amount->setFocus();
    type(amount, QStringLiteral("10"));
    QSignalSpy checked(w->session(), &models::FormSession::fieldChecked);
    QVERIFY(w->control(QStringLiteral("methodlist")));
    w->control(QStringLiteral("methodlist"))->setFocus(); // the amount loses the focus
    QVERIFY(checked.wait(kWait));
    QCOMPARE(w->state()->value(QStringLiteral("amount")), QStringLiteral("10.00"));
    QCOMPARE(qobject_cast<QLineEdit *>(amount)->text(), QStringLiteral("10.00"));

    // the card method's own row button: pays on the payment system's page (ok type="url")
    QPushButton *pay = nullptr;
    const auto rowButtons = w->findChildren<QPushButton *>();
    for (QPushButton *b : rowButtons) {
        if (b->objectName() == QLatin1String("rowButton_0_topaysystem"))
            pay = b;
    }
    QVERIFY(pay);
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); });
    test::DialogAnswerer boxes; // Return: the default, Open
    boxes.pressReturn(QMessageBox::Open).expectText(m_server.baseUrl().host());
    QSignalSpy accepted(w.get(), &FormWidget::accepted);
    pay->click();
    QVERIFY(accepted.wait(kWait));
    QCOMPARE(accepted.at(0).at(2).toString(), QStringLiteral("url"));
    QVERIFY2(boxes.waitDone(kWait), qPrintable(boxes.failure()));
    QTRY_COMPARE_WITH_TIMEOUT(catcher.opened.size(), 1, kWait);
    QCOMPARE(catcher.opened.at(0).host(), m_server.baseUrl().host());
    QCOMPARE(catcher.opened.at(0).port(), m_server.baseUrl().port());
    QVERIFY(catcher.opened.at(0).path().startsWith(QLatin1String("/mancgi/")));
}

void TestFormDemo::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_conn = std::make_unique<net::Connection>(settingsFor(m_server));
    m_conn->setPassword(QStringLiteral("demo"));
}

std::unique_ptr<FormWidget> TestFormDemo::openForm(
    const QString &function, const QString &elid, net::Connection *connection)
{
    auto w = std::make_unique<FormWidget>(connection ? connection : m_conn.get());
    w->resize(820, 640);
    w->show();
    QSignalSpy opened(w->session(), &models::FormSession::opened);
    QSignalSpy failed(w->session(), &models::FormSession::openFailed);
    w->open(function, elid);
    if (!QTest::qWaitFor([&] { return opened.count() + failed.count() > 0; }, kWait))
        qWarning("form %s did not open in time", qPrintable(function));
    if (failed.count())
        qWarning("form %s failed: %s", qPrintable(function), qPrintable(failed.first().first().toString()));
    return w;
}

protocol::TableData TestFormDemo::fetchList(const QString &function)
{
    protocol::Request r(function);
    r.setPage(1, 5000);
    protocol::TableData out;
    bool done = false;
    QObject guard; // the lambda's locals die with this scope: so does the connection
    net::ApiJob *job = m_conn->send(r, &guard);
    connect(job, &net::ApiJob::finished, &guard, [&](const net::ApiResult &res) {
        if (res.ok() && res.reply.table)
            out = *res.reply.table;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, kWait))
        qWarning("list %s: no answer in time", qPrintable(function));
    return out;
}

bool TestFormDemo::clearFaults()
{
    return setFault(QString());
}

bool TestFormDemo::setFault(const QString &spec)
{
    QNetworkAccessManager nam;
    QUrl url = m_server.baseUrl();
    url.setPath(QStringLiteral("/__sim/fault"));
    QUrlQuery q;
    if (spec.isEmpty())
        q.addQueryItem(QStringLiteral("clear"), QStringLiteral("1"));
    else
        q.addQueryItem(QStringLiteral("spec"), spec);
    url.setQuery(q);
    QNetworkRequest req(url);
    req.setSslConfiguration(m_server.sslConfiguration());
    QNetworkReply *reply = nam.get(req);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, kWait))
        return false;
    const bool ok = reply->error() == QNetworkReply::NoError;
    delete reply;
    return ok;
}

void TestFormDemo::fillNewClient(FormWidget *w, const QString &name)
{
    type(w->control(QStringLiteral("name")), name);
    type(w->control(QStringLiteral("email")), QStringLiteral("forms@example.com"));
    type(w->control(QStringLiteral("passwd")), QStringLiteral("Pw-4-forms!"));
    type(w->control(QStringLiteral("confirm")), QStringLiteral("Pw-4-forms!"));
}

void TestFormDemo::demoFormsBuildTheirWidgets()
{
    auto account = openForm(QStringLiteral("account.edit"));
    QCOMPARE(account->session()->phase(), models::FormSession::Phase::Ready);
    QVERIFY(account->state()->description().hasMetadata());
    QVERIFY(qobject_cast<QLineEdit *>(account->control(QStringLiteral("name"))));
    QCOMPARE(qobject_cast<QLineEdit *>(account->control(QStringLiteral("passwd")))->echoMode(),
        QLineEdit::Password);
    QVERIFY(account->control(QStringLiteral("profiletype"))->findChildren<QRadioButton *>().size() == 3);
    QVERIFY(qobject_cast<QComboBox *>(account->control(QStringLiteral("country"))));
    QVERIFY(qobject_cast<QListWidget *>(account->control(QStringLiteral("project"))));
    QVERIFY(qobject_cast<QCheckBox *>(account->control(QStringLiteral("notify"))));
    QVERIFY(qobject_cast<QPlainTextEdit *>(account->control(QStringLiteral("note"))));
    QVERIFY(!account->control(QStringLiteral("sesid"))); // hidden: state only
    QVERIFY(!account->control(QStringLiteral("info"))); // remove_if="new"
    QVERIFY(account->pagesWidget());
    QCOMPARE(account->pagesWidget()->count(), 2);
    QVERIFY(account->button(QStringLiteral("ok")));
    QVERIFY(account->button(QStringLiteral("verify")));
    QVERIFY(account->button(QStringLiteral("cancel")));
    QVERIFY(account->editor(QStringLiteral("name"))->labelText().endsWith(QStringLiteral(" *")));

    const protocol::TableData accounts = fetchList(QStringLiteral("account"));
    QVERIFY(accounts.rowCount() > 0);
    auto existing = openForm(QStringLiteral("account.edit"), accounts.rowKey(0));
    QVERIFY(
        qobject_cast<QLabel *>(existing->control(QStringLiteral("info")))); // textdata on existing objects
    QCOMPARE(qobject_cast<QLineEdit *>(existing->control(QStringLiteral("name")))->text(),
        accounts.cell(0, accounts.columnIndex(QStringLiteral("name"))));

    auto user = openForm(QStringLiteral("user.edit"));
    QVERIFY(qobject_cast<QCheckBox *>(user->control(QStringLiteral("default_access_allow"))));
    QVERIFY(!user->pagesWidget()); // one page

    auto order = openForm(QStringLiteral("vds.order"));
    QVERIFY(qobject_cast<QComboBox *>(order->control(QStringLiteral("pricelist"))));
    QVERIFY(qobject_cast<QComboBox *>(order->control(QStringLiteral("period"))));
    QVERIFY(order->button(QStringLiteral("next")));
}

void TestFormDemo::createClientAndFindItInTheList()
{
    auto w = openForm(QStringLiteral("account.edit"));
    QVERIFY(w->state()->isNew());
    m_createdName = QStringLiteral("Forms Test %1").arg(QDateTime::currentMSecsSinceEpoch());
    fillNewClient(w.get(), m_createdName);
    QSignalSpy accepted(w.get(), &FormWidget::accepted);
    QTest::mouseClick(w->button(QStringLiteral("ok")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, kWait);
    m_createdId = accepted.first().at(0).toString();
    QVERIFY(!m_createdId.isEmpty());
    QVERIFY(!w->isDirty());
    // the password and its private confirmation went to the server but never into the log (the server echoes
    // them in tparams in clear; the log keeps none of it)
    const auto entries = m_conn->requestLog()->entries();
    QVERIFY(!entries.isEmpty());
    QVERIFY2(entries.last().parameters.contains(QLatin1String("passwd=*****")),
        qPrintable(entries.last().parameters));
    QVERIFY(entries.last().parameters.contains(QLatin1String("confirm=*****")));
    for (const auto &e : entries)
        QVERIFY2(!e.toLine().contains(QLatin1String("Pw-4-forms!")), qPrintable(e.toLine()));

    const protocol::TableData list = fetchList(QStringLiteral("account"));
    const int nameCol = list.columnIndex(QStringLiteral("name"));
    QVERIFY(nameCol >= 0);
    int found = -1;
    for (int r = 0; r < list.rowCount(); ++r) {
        if (list.cell(r, nameCol) == m_createdName)
            found = r;
    }
    QVERIFY2(found >= 0, "the new client is in the list");
    QCOMPARE(list.rowKey(found), m_createdId);
}

void TestFormDemo::duplicateNameMarksTheField()
{
    QVERIFY(!m_createdName.isEmpty());
    auto w = openForm(QStringLiteral("account.edit"));
    fillNewClient(w.get(), m_createdName);
    type(w->control(QStringLiteral("phone")), QStringLiteral("+1 555 0100"));
    QSignalSpy failed(w->session(), &models::FormSession::submitFailed);
    QSignalSpy accepted(w.get(), &FormWidget::accepted);
    QVERIFY(w->submit());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWait);
    QCOMPARE(accepted.count(), 0);
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("name"));
    QVERIFY(w->session()->lastError());
    QCOMPARE(w->session()->lastError()->type, QStringLiteral("exists"));
    gui::FormFieldEditor *e = w->editor(QStringLiteral("name"));
    QVERIFY(e->error().contains(QStringLiteral("already exists")));
    QVERIFY(e->errorLabel()->isVisibleTo(w.get()));
    QVERIFY(w->banner()->message().isEmpty()); // the message is at the field
    // Everything typed is kept, passwords included.
    QCOMPARE(qobject_cast<QLineEdit *>(w->control(QStringLiteral("name")))->text(), m_createdName);
    QCOMPARE(qobject_cast<QLineEdit *>(w->control(QStringLiteral("passwd")))->text(),
        QStringLiteral("Pw-4-forms!"));
    QCOMPARE(qobject_cast<QLineEdit *>(w->control(QStringLiteral("phone")))->text(),
        QStringLiteral("+1 555 0100"));
    QVERIFY(w->isDirty());
}

void TestFormDemo::countryRecomputesStates()
{
    auto w = openForm(QStringLiteral("account.edit"));
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    auto *country = qobject_cast<QComboBox *>(w->control(QStringLiteral("country")));
    auto *state = qobject_cast<QComboBox *>(w->control(QStringLiteral("state")));
    QCOMPARE(country->currentData().toString(), QStringLiteral("840"));
    QVERIFY(state->findText(QStringLiteral("California")) >= 0);

    type(w->control(QStringLiteral("passwd")), QStringLiteral("kept-secret"));
    auto *name = qobject_cast<QLineEdit *>(w->control(QStringLiteral("name")));
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("abc"));
    QSignalSpy started(w->session(), &models::FormSession::recomputeStarted);
    QSignalSpy done(w->session(), &models::FormSession::recomputed);
    country->setCurrentIndex(country->findData(QStringLiteral("182"))); // as if picked; focus stays in name
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, kWait);
    QCOMPARE(started.first().first().toString(), QStringLiteral("country"));
    QTest::keyClicks(name, QStringLiteral("def")); // typing on while the server recomputes
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, kWait);
    QVERIFY(state->findText(QStringLiteral("Moscow")) >= 0);
    QCOMPARE(state->findText(QStringLiteral("California")), -1);
    QCOMPARE(state->currentData().toString(), w->state()->value(QStringLiteral("state")));
    QCOMPARE(w->state()->value(QStringLiteral("state")), QStringLiteral("1821"));
    QCOMPARE(name->text(), QStringLiteral("abcdef"));
    QVERIFY(name->hasFocus());
    QCOMPARE(name->cursorPosition(), 6);
    QCOMPARE(w->state()->value(QStringLiteral("name")), QStringLiteral("abcdef"));
    // The server answers with an empty password (it never echoes one): what was typed stays.
    QCOMPARE(qobject_cast<QLineEdit *>(w->control(QStringLiteral("passwd")))->text(),
        QStringLiteral("kept-secret"));

    // The latest wins: two quick changes send one request, for the last value.
    started.clear();
    done.clear();
    country->setCurrentIndex(country->findData(QStringLiteral("276")));
    country->setCurrentIndex(country->findData(QStringLiteral("840")));
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, kWait);
    QCOMPARE(started.count(), 1);
    QVERIFY(state->findText(QStringLiteral("Texas")) >= 0);
}

void TestFormDemo::hideAndShadowRulesToggle()
{
    auto w = openForm(QStringLiteral("account.edit"));
    const auto radios = w->control(QStringLiteral("profiletype"))->findChildren<QRadioButton *>();
    QCOMPARE(radios.size(), 3);
    QCOMPARE(w->state()->value(QStringLiteral("profiletype")), QStringLiteral("1"));
    QVERIFY(!w->isFieldShown(QStringLiteral("company"))); // 1 hides company
    radios.at(1)->click();
    QVERIFY(w->isFieldShown(QStringLiteral("company")));
    QVERIFY(w->control(QStringLiteral("company"))->isEnabled());
    radios.at(2)->click(); // 3: shadowed
    QVERIFY(!w->control(QStringLiteral("company"))->isEnabled());
    radios.at(0)->click();
    QVERIFY(!w->isFieldShown(QStringLiteral("company")));
}

void TestFormDemo::wizardWalksToTheEndWithBack()
{
    auto w = openForm(QStringLiteral("vds.order"));
    auto *tariff = qobject_cast<QComboBox *>(w->control(QStringLiteral("pricelist")));
    QVERIFY(tariff && tariff->count() >= 2);
    auto *period = qobject_cast<QComboBox *>(w->control(QStringLiteral("period")));
    const int periodsBefore = period->count();
    QStringList before;
    for (int i = 0; i < period->count(); ++i)
        before << period->itemText(i);
    QSignalSpy done(w->session(), &models::FormSession::recomputed);
    tariff->setCurrentIndex(1); // tariff → period options through sv_field
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, kWait);
    period = qobject_cast<QComboBox *>(w->control(QStringLiteral("period")));
    QStringList after;
    for (int i = 0; i < period->count(); ++i)
        after << period->itemText(i);
    QVERIFY2(after != before, qPrintable(after.join(QLatin1Char('|'))));
    Q_UNUSED(periodsBefore)

    const QString domain = QStringLiteral("wizard%1.example.com").arg(QDateTime::currentMSecsSinceEpoch());
    type(w->control(QStringLiteral("domain")), domain);
    QSignalSpy steps(w->session(), &models::FormSession::opened);
    QTest::mouseClick(w->button(QStringLiteral("next")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(steps.count(), 1, kWait);
    QCOMPARE(w->state()->function(), QStringLiteral("vds.order.confirm"));
    QCOMPARE(w->session()->stepIndex(), 1);
    QVERIFY(w->backButton());
    auto *summary = qobject_cast<QLabel *>(w->control(QStringLiteral("summary")));
    QVERIFY(summary);
    QVERIFY(summary->text().contains(domain));

    // Back: the first step with what was typed.
    QTest::mouseClick(w->backButton(), Qt::LeftButton);
    QCOMPARE(w->state()->function(), QStringLiteral("vds.order"));
    QCOMPARE(w->session()->stepIndex(), 0);
    QCOMPARE(qobject_cast<QLineEdit *>(w->control(QStringLiteral("domain")))->text(), domain);
    QCOMPARE(qobject_cast<QComboBox *>(w->control(QStringLiteral("pricelist")))->currentIndex(), 1);
    QVERIFY(!w->backButton());

    steps.clear();
    QTest::mouseClick(w->button(QStringLiteral("next")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(steps.count(), 1, kWait);
    QCOMPARE(w->state()->function(), QStringLiteral("vds.order.confirm"));
    // The required "agree" box blocks the finish until ticked.
    QSignalSpy blocked(w->session(), &models::FormSession::validationFailed);
    QVERIFY(!w->submit(QStringLiteral("finish")));
    QCOMPARE(blocked.count(), 1);
    qobject_cast<QCheckBox *>(w->control(QStringLiteral("agree")))->setChecked(true);
    QSignalSpy accepted(w.get(), &FormWidget::accepted);
    QTest::mouseClick(w->button(QStringLiteral("finish")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, kWait);
    const QString id = accepted.first().at(0).toString();
    QVERIFY(!id.isEmpty());
    const protocol::TableData vds = fetchList(QStringLiteral("vds"));
    bool found = false;
    for (int r = 0; r < vds.rowCount(); ++r)
        found = found
            || (vds.rowKey(r) == id && vds.cell(r, vds.columnIndex(QStringLiteral("domain"))) == domain);
    QVERIFY2(found, "the ordered server is in the vds list");
}

void TestFormDemo::validatorsBlockSending()
{
    auto w = openForm(QStringLiteral("account.edit"));
    QSignalSpy started(w->session(), &models::FormSession::submitStarted);
    const int logged = int(m_conn->requestLog()->entries().size());
    QTest::mouseClick(w->button(QStringLiteral("ok")), Qt::LeftButton); // name, email, passwd empty
    QCOMPARE(started.count(), 0);
    const QStringList bad = w->state()->fieldsWithErrors();
    QVERIFY(bad.contains(QStringLiteral("name")));
    QVERIFY(bad.contains(QStringLiteral("email")));
    QVERIFY(bad.contains(QStringLiteral("passwd")));
    fillNewClient(w.get(), QStringLiteral("Range Test"));
    type(w->control(QStringLiteral("balance_limit")), QStringLiteral("200000")); // 0..100000
    type(w->control(QStringLiteral("email")), QStringLiteral("not-an-email"));
    QVERIFY(!w->submit());
    QCOMPARE(started.count(), 0);
    QCOMPARE(w->state()->fieldsWithErrors(),
        (QStringList { QStringLiteral("email"), QStringLiteral("balance_limit") }));
    QCOMPARE(w->pagesWidget()->currentIndex(), 0); // the first bad field's page is shown
    QCOMPARE(int(m_conn->requestLog()->entries().size()), logged); // nothing went to the server
}

void TestFormDemo::failedSubmitLosesNothing()
{
    // Editing an existing client (sending it twice is harmless); the server fails the first submit.
    const protocol::TableData accounts = fetchList(QStringLiteral("account"));
    QVERIFY(accounts.rowCount() > 0);
    auto w = openForm(QStringLiteral("account.edit"), accounts.rowKey(0));
    type(w->control(QStringLiteral("phone")), QStringLiteral("+1 555 0142"));
    type(w->control(QStringLiteral("note")), QStringLiteral("typed before the failure"));
    QVERIFY(setFault(QStringLiteral("account.edit=http500@1")));
    QSignalSpy failed(w->session(), &models::FormSession::submitFailed);
    QSignalSpy accepted(w.get(), &FormWidget::accepted);
    QVERIFY(w->submit());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count() + accepted.count(), 1, kWait);
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().at(1).toString().isEmpty());
    QVERIFY(!w->banner()->message().isEmpty());
    QCOMPARE(qobject_cast<QLineEdit *>(w->control(QStringLiteral("phone")))->text(),
        QStringLiteral("+1 555 0142"));
    QCOMPARE(qobject_cast<QPlainTextEdit *>(w->control(QStringLiteral("note")))->toPlainText(),
        QStringLiteral("typed before the failure"));
    QVERIFY(w->isDirty());
    QVERIFY(w->button(QStringLiteral("ok"))->isEnabled());
    QTest::mouseClick(w->button(QStringLiteral("ok")), Qt::LeftButton); // send again
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, kWait);
    QCOMPARE(failed.count(), 1);
}

void TestFormDemo::expiredSessionMidSubmitIsRecovered()
{
    DemoServer shortLived(controlOptions()); // its session is ended by the `expire` fault below
    QVERIFY2(shortLived.start(), qPrintable(shortLived.errorString()));
    net::Connection conn(settingsFor(shortLived));
    conn.setPassword(QStringLiteral("demo"));
    auto w = openForm(QStringLiteral("account.edit"), QString(), &conn);
    QCOMPARE(w->session()->phase(), models::FormSession::Phase::Ready);
    const QString name = QStringLiteral("Expired %1").arg(QDateTime::currentMSecsSinceEpoch());
    fillNewClient(w.get(), name);
    QSignalSpy lost(&conn, &net::Connection::sessionLost);
    // The user thinks; the server forgets the session (as after its idle time) when the form is sent.
    QVERIFY(shortLived.addFault(QStringLiteral("account.edit=expire@1")));
    QSignalSpy accepted(w.get(), &FormWidget::accepted);
    QSignalSpy failed(w->session(), &models::FormSession::submitFailed);
    QVERIFY(w->submit());
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count() + failed.count(), 1, kWait);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(lost.count(), 1); // it really expired and was recovered by a re-login
}

void TestFormDemo::errorWithoutFieldGoesToTheBanner()
{
    QVERIFY(!m_createdId.isEmpty());
    auto w = openForm(QStringLiteral("account.edit"), m_createdId);
    type(w->control(QStringLiteral("phone")), QStringLiteral("+1 555 0199"));
    // Someone else deletes the client meanwhile.
    protocol::Request del(QStringLiteral("account.delete"));
    del.setElid(m_createdId);
    bool deleted = false;
    QObject guard;
    connect(m_conn->send(del, &guard), &net::ApiJob::finished, &guard,
        [&](const net::ApiResult &r) { deleted = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(deleted, kWait);
    QSignalSpy failed(w->session(), &models::FormSession::submitFailed);
    QVERIFY(w->submit());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWait);
    QVERIFY(failed.first().at(1).toString().isEmpty());
    QVERIFY(!w->banner()->message().isEmpty());
    QVERIFY(w->banner()->isVisibleTo(w.get()));
    QVERIFY(w->banner()->details().contains(QStringLiteral("notfound")));
    QVERIFY(!w->banner()->detailsView()->isVisibleTo(w.get())); // one click away
    w->banner()->detailsButton()->click();
    QVERIFY(w->banner()->detailsView()->isVisibleTo(w.get()));
    QCOMPARE(qobject_cast<QLineEdit *>(w->control(QStringLiteral("phone")))->text(),
        QStringLiteral("+1 555 0199"));
}

void TestFormDemo::openFailureOffersRetry()
{
    auto w = openForm(QStringLiteral("account.edit"), QStringLiteral("987654321"));
    QCOMPARE(w->session()->phase(), models::FormSession::Phase::Failed);
    QVERIFY(w->session()->lastError());
    QCOMPARE(w->session()->lastError()->type, QStringLiteral("notfound"));
    auto *retry = w->findChild<QPushButton *>(QStringLiteral("retry"));
    QVERIFY(retry && retry->isVisibleTo(w.get()));
    QVERIFY(w->button(QStringLiteral("cancel")) && w->button(QStringLiteral("cancel"))->isVisibleTo(w.get()));
    QVERIFY(!w->button(QStringLiteral("ok"))->isVisibleTo(w.get()));
    QSignalSpy close(w.get(), &FormWidget::closeRequested);
    QTest::mouseClick(w->button(QStringLiteral("cancel")), Qt::LeftButton);
    QCOMPARE(close.count(), 1);
}

void TestFormDemo::neverPrefetched()
{
    // Building a form widget sends nothing; open() sends exactly one request, for that form.
    const int before = int(m_conn->requestLog()->entries().size());
    FormWidget w(m_conn.get());
    w.show();
    QTest::qWait(100);
    QCOMPARE(int(m_conn->requestLog()->entries().size()), before);
    QCOMPARE(w.session()->phase(), models::FormSession::Phase::Idle);
    QSignalSpy opened(w.session(), &models::FormSession::opened);
    w.open(QStringLiteral("user.edit"));
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWait);
    const auto entries = m_conn->requestLog()->entries();
    QCOMPARE(int(entries.size()), before + 1);
    QCOMPARE(entries.last().function, QStringLiteral("user.edit"));
}

void TestFormDemo::embeddedListShowsTheConversation()
{
    // A staff reply form: the conversation is an embedded read-only table (<list name="messages">).
    const protocol::TableData tickets = fetchList(QStringLiteral("ticket_all"));
    QVERIFY(tickets.rowCount() > 0);
    auto w = openForm(QStringLiteral("ticket_all.edit"), tickets.rowKey(0));
    QCOMPARE(w->session()->phase(), models::FormSession::Phase::Ready);
    const models::FormFieldInfo *f = w->state()->description().field(QStringLiteral("messages"));
    QVERIFY(f);
    QCOMPARE(f->kind, models::FormFieldInfo::Kind::List);
    auto *view = qobject_cast<QTableView *>(w->control(QStringLiteral("messages")));
    QVERIFY(view);
    QVERIFY(view->isVisibleTo(w.get()));
    QVERIFY(view->model()->rowCount() > 0);
    QVERIFY(view->model()->columnCount() > 0);
    QCOMPARE(view->editTriggers(), QAbstractItemView::NoEditTriggers);
    // It is not a value: it is not sent back.
    QVERIFY(!w->state()->submitRequest().has(QStringLiteral("messages")));
}

void TestFormDemo::extraButtonKeepsTheFormOpen()
{
    // "verify" (type button) validates on the server without saving: the form stays open with what was typed.
    const protocol::TableData accounts = fetchList(QStringLiteral("account"));
    QVERIFY(accounts.rowCount() > 0);
    const QString key = accounts.rowKey(0);
    auto w = openForm(QStringLiteral("account.edit"), key);
    const QString before = w->state()->value(QStringLiteral("phone"));
    const QString typed = QStringLiteral("+1 555 0777");
    QVERIFY(before != typed);
    type(w->control(QStringLiteral("phone")), typed);
    QSignalSpy accepted(w.get(), &FormWidget::accepted);
    QSignalSpy closing(w.get(), &FormWidget::closeRequested);
    QSignalSpy started(w->session(), &models::FormSession::submitStarted);
    QTest::mouseClick(w->button(QStringLiteral("verify")), Qt::LeftButton);
    QCOMPARE(started.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(w->session()->phase(), models::FormSession::Phase::Ready, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!w->banner()->message().isEmpty(), kWait);
    QCOMPARE(accepted.count(), 0);
    QCOMPARE(closing.count(), 0);
    QCOMPARE(w->session()->lastButton(), QStringLiteral("verify"));
    const auto last = protocol::Request::fromQueryString(m_conn->requestLog()->entries().last().parameters);
    QCOMPARE(last.value(QStringLiteral("clicked_button")), QStringLiteral("verify"));
    QCOMPARE(last.value(QStringLiteral("sok")), QStringLiteral("ok"));
    QCOMPARE(qobject_cast<QLineEdit *>(w->control(QStringLiteral("phone")))->text(), typed);
    QVERIFY(w->isDirty()); // nothing was saved
    auto again = openForm(QStringLiteral("account.edit"), key);
    QCOMPARE(again->state()->value(QStringLiteral("phone")), before);
}

void TestFormDemo::closeWithUnsavedChangesAsks()
{
    using gui::MessageBox;
    auto w = openForm(QStringLiteral("account.edit"));
    QSignalSpy closing(w.get(), &FormWidget::closeRequested);
    // Untouched: closes without a question.
    const int boxes = MessageBox::count();
    QTest::mouseClick(w->button(QStringLiteral("cancel")), Qt::LeftButton);
    QCOMPARE(closing.count(), 1);
    QCOMPARE(MessageBox::count(), boxes);

    type(w->control(QStringLiteral("name")), QStringLiteral("typed, not sent"));
    QVERIFY(w->isDirty());
    test::DialogAnswerer answerer; // Return: the default, Cancel
    answerer.pressReturn(QMessageBox::Cancel).expectText(w->title());
    QTest::mouseClick(w->button(QStringLiteral("cancel")), Qt::LeftButton);
    QVERIFY2(answerer.waitDone(kWait), qPrintable(answerer.failure()));
    QCOMPARE(MessageBox::count(), boxes + 1);
    QCoreApplication::processEvents();
    QCOMPARE(closing.count(), 1); // kept
    QCOMPARE(qobject_cast<QLineEdit *>(w->control(QStringLiteral("name")))->text(),
        QStringLiteral("typed, not sent"));
    answerer.click(QMessageBox::Discard);
    w->requestClose();
    QVERIFY2(answerer.waitDone(kWait), qPrintable(answerer.failure()));
    QTRY_COMPARE_WITH_TIMEOUT(closing.count(), 2, kWait);
}

void TestFormDemo::groupFormInADialog()
{
    // payment.setstatus (toolbar type groupform): one short form for the selected payments, in a dialog.
    const protocol::TableData payments = fetchList(QStringLiteral("payment"));
    QVERIFY(payments.rowCount() >= 2);
    const QString elid = payments.rowKey(0) + QStringLiteral(", ") + payments.rowKey(1);
    gui::FormDialog dialog(m_conn.get());
    dialog.show();
    QSignalSpy opened(dialog.form()->session(), &models::FormSession::opened);
    dialog.form()->open(QStringLiteral("payment.setstatus"), elid);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kWait);
    QVERIFY(!dialog.windowTitle().isEmpty());
    auto *info = qobject_cast<QLabel *>(dialog.form()->control(QStringLiteral("info")));
    QVERIFY(info);
    QVERIFY(info->text().contains(QLatin1Char(','))); // both payments named
    auto *status = qobject_cast<QComboBox *>(dialog.form()->control(QStringLiteral("status")));
    QVERIFY(status && status->count() >= 2);
    const int pick = status->currentIndex() == 0 ? 1 : 0;
    const QString code = status->itemData(pick).toString();
    status->setCurrentIndex(pick);
    QSignalSpy accepted(&dialog, &gui::FormDialog::formAccepted);
    QTest::mouseClick(dialog.form()->button(QStringLiteral("ok")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, kWait);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    // The sent request named both payments; the server changed both.
    const auto sent = m_conn->requestLog()->entries().last();
    QCOMPARE(sent.function, QStringLiteral("payment.setstatus"));
    QCOMPARE(protocol::Request::fromQueryString(sent.parameters).value(QStringLiteral("elid")), elid);
    const protocol::TableData after = fetchList(QStringLiteral("payment"));
    const int col = after.columnIndex(QStringLiteral("status"));
    QVERIFY(col >= 0);
    for (const QString &key : { payments.rowKey(0), payments.rowKey(1) }) {
        for (int r = 0; r < after.rowCount(); ++r) {
            if (after.rowKey(r) == key)
                QCOMPARE(origOf(after.cellAttributes(r, col)), code);
        }
    }
}

void TestFormDemo::newRowIsSelectedAfterOk()
{
    // A new client from a list's form: on <ok/><id>, the list is refreshed and the new row selected
    // (routing::FormOutcome + refreshAndSelect, what every host does).
    gui::ListView list(m_conn.get(), QStringLiteral("account"));
    list.resize(800, 400);
    list.show();
    list.load();
    QTRY_VERIFY_WITH_TIMEOUT(list.loader()->isComplete(), kWait);
    const int rowsBefore = list.model()->rowCount();
    list.selectKeys({ list.model()->rowKey(0) }); // something else selected before
    auto w = openForm(QStringLiteral("account.edit"));
    const QString name = QStringLiteral("Selected %1").arg(QDateTime::currentMSecsSinceEpoch());
    fillNewClient(w.get(), name);
    QString id;
    QSignalSpy refreshed(list.loader(), &models::ListLoader::refreshed);
    connect(w.get(), &FormWidget::accepted, &list,
        [&](const QString &newId, const QString &redirect, const QString &type) {
            const routing::FormOutcome outcome = routing::FormOutcome::of(newId, redirect, type);
            id = outcome.selectId;
            QVERIFY(!outcome.opensForm() && !outcome.opensList());
            gui::refreshAndSelect(&list, outcome.selectId);
        });
    QVERIFY(w->submit());
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, kWait);
    QVERIFY(!id.isEmpty());
    QCOMPARE(list.model()->rowCount(), rowsBefore + 1);
    const QList<int> selected = list.selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(list.model()->rowKey(selected.first()), id);
    QCOMPARE(list.model()->value(selected.first(), QStringLiteral("name")), name);
}

void TestFormDemo::droppedConnectionWhileSubmittingLosesNothing()
{
    // The connection is cut while sending (no reply at all): the form stays with everything typed; once the
    // network is back, sending again saves it.
    const protocol::TableData accounts = fetchList(QStringLiteral("account"));
    QVERIFY(accounts.rowCount() > 1);
    auto w = openForm(QStringLiteral("account.edit"), accounts.rowKey(1));
    type(w->control(QStringLiteral("phone")), QStringLiteral("+1 555 0188"));
    type(w->control(QStringLiteral("passwd")), QStringLiteral("Dropped-1"));
    type(w->control(QStringLiteral("confirm")), QStringLiteral("Dropped-1"));
    QVERIFY(setFault(QStringLiteral("account.edit=drop"))); // every try dropped until the network is "back"
    QSignalSpy failed(w->session(), &models::FormSession::submitFailed);
    QSignalSpy accepted(w.get(), &FormWidget::accepted);
    QVERIFY(w->submit());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count() + accepted.count(), 1, kWait);
    QCOMPARE(failed.count(), 1);
    QVERIFY(w->banner()->message().contains(QStringLiteral("send the form again")));
    QCOMPARE(qobject_cast<QLineEdit *>(w->control(QStringLiteral("phone")))->text(),
        QStringLiteral("+1 555 0188"));
    QCOMPARE(
        qobject_cast<QLineEdit *>(w->control(QStringLiteral("passwd")))->text(), QStringLiteral("Dropped-1"));
    QVERIFY(w->isDirty());
    QCOMPARE(w->session()->phase(), models::FormSession::Phase::Ready);
    QVERIFY(w->button(QStringLiteral("ok"))->isEnabled());
    QVERIFY(clearFaults());
    QTest::mouseClick(w->button(QStringLiteral("ok")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, kWait);
    auto again = openForm(QStringLiteral("account.edit"), accounts.rowKey(1));
    QCOMPARE(again->state()->value(QStringLiteral("phone")), QStringLiteral("+1 555 0188"));
}

void TestFormDemo::plainXmlFormStillEdits()
{
    // The same form as plain out=xml (values and slists, no metadata) still opens as an editor of its values.
    protocol::Request r(QStringLiteral("account.edit"));
    r.setElid(QString());
    r.set(QStringLiteral("out"), QStringLiteral("xml"));
    QObject guard;
    std::optional<protocol::FormData> data;
    bool done = false;
    connect(m_conn->send(r, &guard), &net::ApiJob::finished, &guard, [&](const net::ApiResult &res) {
        if (res.ok() && res.reply.form)
            data = *res.reply.form;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, kWait);
    QVERIFY(data);
    FormWidget w(m_conn.get());
    w.show();
    w.openData(QStringLiteral("account.edit"), QString(), QString(), *data);
    QVERIFY(!w.state()->description().hasMetadata());
    QVERIFY(qobject_cast<QLineEdit *>(w.control(QStringLiteral("name"))));
    auto *country = qobject_cast<QComboBox *>(w.control(QStringLiteral("country")));
    QVERIFY(country); // a select from its slist
    QVERIFY(country->findData(QStringLiteral("182")) >= 0);
    QVERIFY(qobject_cast<QCheckBox *>(w.control(QStringLiteral("notify")))); // on/off
    QVERIFY(w.button(QStringLiteral("ok")));
    type(w.control(QStringLiteral("name")), QStringLiteral("Plain"));
    QCOMPARE(w.state()->value(QStringLiteral("name")), QStringLiteral("Plain"));
    QCOMPARE(w.state()->submitRequest().value(QStringLiteral("name")), QStringLiteral("Plain"));
}

void TestFormDemo::sliderAndSearchableSelectAreSaved()
{
    // account.edit's discount (a slider 0…50 step 5) and time zone (35 options: a type-to-search combo), set
    // the way a user does it, saved with the client and shown again when the form reopens.
    auto w = openForm(QStringLiteral("account.edit"));
    QCOMPARE(w->session()->phase(), models::FormSession::Phase::Ready);
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    auto *slider = qobject_cast<QSlider *>(w->control(QStringLiteral("discount")));
    QVERIFY(slider);
    QCOMPARE(slider->minimum(), 0);
    QCOMPARE(slider->maximum(), 50);
    QCOMPARE(slider->singleStep(), 5);
    QCOMPARE(slider->value(), 0); // a new client's default
    QCOMPARE(w->editor(QStringLiteral("discount"))->labelText(), QStringLiteral("Discount, %"));
    auto *zone = qobject_cast<QComboBox *>(w->control(QStringLiteral("timezone")));
    QVERIFY(zone);
    QVERIFY(zone->count() > 15);
    QVERIFY(zone->isEditable());
    QVERIFY(zone->completer());
    QCOMPARE(zone->completer()->filterMode(), Qt::MatchContains);
    QCOMPARE(zone->completer()->caseSensitivity(), Qt::CaseInsensitive);
    QCOMPARE(zone->currentData().toString(), QStringLiteral("UTC"));

    // Picks the one option matching `search` from the completer's popup, by keyboard.
    auto pickZone = [&](QComboBox *combo, const QString &search, const QString &title) {
        w->pagesWidget()->setCurrentIndex(0);
        combo->setFocus();
        combo->lineEdit()->selectAll();
        QTest::keyClicks(combo->lineEdit(), search);
        QCompleter *completer = combo->completer();
        QCOMPARE(completer->completionCount(), 1);
        QCOMPARE(completer->currentCompletion(), title);
        QTRY_VERIFY(completer->popup()->isVisible());
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(combo->currentText(), title);
    };
    auto pageOf = [&](QWidget *control) {
        for (int i = 0; i < w->pagesWidget()->count(); ++i) {
            if (w->pagesWidget()->widget(i)->isAncestorOf(control))
                return i;
        }
        return -1;
    };

    const QString name = QStringLiteral("Slider %1").arg(QDateTime::currentMSecsSinceEpoch());
    fillNewClient(w.get(), name);
    pickZone(zone, QStringLiteral("tokyo"), QStringLiteral("Tokyo (Asia/Tokyo)"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(w->state()->value(QStringLiteral("timezone")), QStringLiteral("Asia/Tokyo"));
    const int sliderPage = pageOf(slider);
    QVERIFY(sliderPage > 0); // on the "Additional" page
    w->pagesWidget()->setCurrentIndex(sliderPage);
    slider->setFocus();
    for (int i = 0; i < 7; ++i)
        QTest::keyClick(slider, Qt::Key_Right);
    QCOMPARE(slider->value(), 35);
    QCOMPARE(w->state()->value(QStringLiteral("discount")), QStringLiteral("35"));
    QSignalSpy accepted(w.get(), &FormWidget::accepted);
    QTest::mouseClick(w->button(QStringLiteral("ok")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, kWait);
    const QString id = accepted.first().at(0).toString();
    QVERIFY(!id.isEmpty());

    auto again = openForm(QStringLiteral("account.edit"), id);
    QCOMPARE(again->session()->phase(), models::FormSession::Phase::Ready);
    again->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(again.get()));
    slider = qobject_cast<QSlider *>(again->control(QStringLiteral("discount")));
    zone = qobject_cast<QComboBox *>(again->control(QStringLiteral("timezone")));
    QVERIFY(slider && zone);
    QCOMPARE(slider->value(), 35);
    QCOMPARE(zone->currentData().toString(), QStringLiteral("Asia/Tokyo"));
    QCOMPARE(zone->currentText(), QStringLiteral("Tokyo (Asia/Tokyo)"));
    QVERIFY(zone->isEditable());

    // Edit both on the existing client: the end of the slider, another zone.
    w = std::move(again);
    pickZone(zone, QStringLiteral("MOSC"), QStringLiteral("Moscow (Europe/Moscow)"));
    if (QTest::currentTestFailed())
        return;
    w->pagesWidget()->setCurrentIndex(pageOf(slider));
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_End);
    QCOMPARE(w->state()->value(QStringLiteral("discount")), QStringLiteral("50"));
    QVERIFY(w->isDirty());
    QSignalSpy saved(w.get(), &FormWidget::accepted);
    QTest::mouseClick(w->button(QStringLiteral("ok")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kWait);
    auto third = openForm(QStringLiteral("account.edit"), id);
    QCOMPARE(qobject_cast<QSlider *>(third->control(QStringLiteral("discount")))->value(), 50);
    QCOMPARE(qobject_cast<QComboBox *>(third->control(QStringLiteral("timezone")))->currentData().toString(),
        QStringLiteral("Europe/Moscow"));
    QCOMPARE(third->state()->value(QStringLiteral("name")), name); // the rest is untouched
}

void TestFormDemo::screenshotOfRichForm()
{
    // An existing client: two pages, every common control, a hint, a validation mark. Saved in the build
    // directory; MGRDESK_UPDATE_SCREENSHOTS=1 also refreshes docs/images/form.png for the README.
    const protocol::TableData accounts = fetchList(QStringLiteral("account"));
    QVERIFY(accounts.rowCount() > 0);
    auto w = openForm(QStringLiteral("account.edit"), accounts.rowKey(0));
    w->resize(760, 540);
    QCOMPARE(w->session()->phase(), models::FormSession::Phase::Ready);
    type(w->control(QStringLiteral("email")), QStringLiteral("billing@"));
    QVERIFY(!w->submit()); // marks the e-mail field
    QTest::qWait(50); // let the layout settle before grabbing
    const QPixmap shot = w->grab();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.width() >= 700);
    const QString built = QStringLiteral(MGRDESK_BINARY_DIR "/form.png");
    QVERIFY(shot.save(built));
    if (qEnvironmentVariableIntValue("MGRDESK_UPDATE_SCREENSHOTS") == 1) {
        const QString images = QStringLiteral(MGRDESK_FIXTURES_DIR "/../../docs/images");
        QVERIFY(QDir().mkpath(images));
        QVERIFY(shot.save(images + QStringLiteral("/form.png")));
    }
}

QTEST_MAIN(TestFormDemo)
#include "tst_formdemo.moc"
