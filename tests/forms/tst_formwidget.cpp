// The generated form widgets, offscreen, from form replies built in code (no server): one native widget per
// control kind, pages, labels, live rules, validation before sending, closing with unsaved changes.

#include "dialoganswerer.h"
#include "formtestdata.h"

#include "common/messagebox.h"
#include "core/routing/formoutcome.h"
#include "forms/formbanner.h"
#include "forms/formdialog.h"
#include "forms/formfieldeditor.h"
#include "forms/formwidget.h"

#include "core/protocol/replyparser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace mgrdesk;
using gui::FormFieldEditor;
using gui::FormWidget;

class TestFormWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachKindBuildsItsWidget();
    void labelsHintsPlaceholdersRequired();
    void pagesBecomeTabs();
    void typingUpdatesStateAndDirty();
    void hideRuleTogglesLive();
    void shadowRuleDisablesLive();
    void validationBlocksSending();
    void longSelectIsSearchable();
    void serverValuesDoNotMoveTheCaret();
    void closeAsksWhenDirty();
    void withoutMetadataStillEdits();
    void dialogForShortForms();
    void fixtureBuildsEveryKind();
    void okOutcomes_data();
    void okOutcomes();
    void sliderSendsItsValue();
};

static FormWidget *makeForm(
    const protocol::FormData &data = formtest::richForm(), const QString &elid = QStringLiteral("7"))
{
    auto *w = new FormWidget(nullptr);
    w->openData(QStringLiteral("account.edit"), elid, QString(), data);
    w->resize(800, 700);
    return w;
}

void TestFormWidget::eachKindBuildsItsWidget()
{
    std::unique_ptr<FormWidget> w(makeForm());
    QVERIFY(qobject_cast<QLineEdit *>(w->control(QStringLiteral("name"))));
    auto *pw = qobject_cast<QLineEdit *>(w->control(QStringLiteral("passwd")));
    QVERIFY(pw);
    QCOMPARE(pw->echoMode(), QLineEdit::Password);
    auto *country = qobject_cast<QComboBox *>(w->control(QStringLiteral("country")));
    QVERIFY(country);
    QCOMPARE(country->count(), 3);
    QCOMPARE(country->currentData().toString(), QStringLiteral("840"));
    QCOMPARE(country->currentText(), QStringLiteral("USA"));
    QVERIFY(!country->isEditable()); // short: no search
    QVERIFY(qobject_cast<QPlainTextEdit *>(w->control(QStringLiteral("addr")))); // input zoom=5
    QVERIFY(qobject_cast<QPlainTextEdit *>(w->control(QStringLiteral("note")))); // textarea
    QCOMPARE(qobject_cast<QPlainTextEdit *>(w->control(QStringLiteral("note")))->toPlainText(),
        QStringLiteral("line 1\nline 2"));
    auto *notify = qobject_cast<QCheckBox *>(w->control(QStringLiteral("notify")));
    QVERIFY(notify);
    QVERIFY(notify->isChecked());
    const auto radios = w->control(QStringLiteral("kind"))->findChildren<QRadioButton *>();
    QCOMPARE(radios.size(), 2);
    QVERIFY(radios.at(0)->isChecked());
    auto *project = qobject_cast<QListWidget *>(w->control(QStringLiteral("project")));
    QVERIFY(project);
    QCOMPARE(project->count(), 3);
    QCOMPARE(project->item(0)->checkState(), Qt::Unchecked);
    QCOMPARE(project->item(1)->checkState(), Qt::Checked);
    QCOMPARE(project->item(2)->checkState(), Qt::Checked);
    auto *created = qobject_cast<QLabel *>(w->control(QStringLiteral("created")));
    QVERIFY(created);
    QCOMPARE(created->text(), QStringLiteral("2024-04-15"));
    QVERIFY(!w->control(QStringLiteral("secret_token"))); // hidden: state only
    QCOMPARE(w->state()->value(QStringLiteral("secret_token")), QStringLiteral("t0k"));
    auto *slider = qobject_cast<QSlider *>(w->control(QStringLiteral("discount")));
    QVERIFY(slider);
    QCOMPARE(slider->maximum(), 50);
    QCOMPARE(slider->value(), 10);
    auto *table = qobject_cast<QTableView *>(w->control(QStringLiteral("payments")));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(1, 1).data().toString(), QStringLiteral("75.50 USD"));
    QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(qobject_cast<QPushButton *>(w->control(QStringLiteral("resend"))));
    QVERIFY(w->button(QStringLiteral("ok")));
    QCOMPARE(w->button(QStringLiteral("ok"))->text(), QStringLiteral("Save"));
    QVERIFY(w->button(QStringLiteral("cancel")));
}

void TestFormWidget::labelsHintsPlaceholdersRequired()
{
    std::unique_ptr<FormWidget> w(makeForm());
    QWidget *name = w->control(QStringLiteral("name"));
    QCOMPARE(name->accessibleName(), QStringLiteral("Client name"));
    QCOMPARE(name->toolTip(), QStringLiteral("As shown on invoices"));
    QCOMPARE(w->editor(QStringLiteral("name"))->labelText(), QStringLiteral("Client name *"));
    auto *hint = w->editor(QStringLiteral("name"))->findChild<QLabel *>(QStringLiteral("hint"));
    QVERIFY(hint);
    QCOMPARE(hint->text(), QStringLiteral("As shown on invoices"));
    QCOMPARE(qobject_cast<QLineEdit *>(w->control(QStringLiteral("email")))->placeholderText(),
        QStringLiteral("name@example.com"));
    QCOMPARE(qobject_cast<QLineEdit *>(w->control(QStringLiteral("name")))->maxLength(), 64);
    // The label in the page is the label text with the required mark, tied to the control.
    const auto labels = w->findChildren<QLabel *>();
    bool found = false;
    for (QLabel *l : labels)
        found = found || (l->text() == QStringLiteral("Client name *") && l->buddy() == name);
    QVERIFY(found);
}

void TestFormWidget::pagesBecomeTabs()
{
    std::unique_ptr<FormWidget> w(makeForm());
    QTabWidget *tabs = w->pagesWidget();
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(0), QStringLiteral("General"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("More"));
    QVERIFY(tabs->widget(1)->isAncestorOf(w->control(QStringLiteral("note"))));
    QCOMPARE(w->title(), QStringLiteral("Client"));
}

void TestFormWidget::typingUpdatesStateAndDirty()
{
    std::unique_ptr<FormWidget> w(makeForm());
    w->show();
    QSignalSpy dirty(w.get(), &FormWidget::dirtyChanged);
    auto *name = qobject_cast<QLineEdit *>(w->control(QStringLiteral("name")));
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Globex"));
    QCOMPARE(w->state()->value(QStringLiteral("name")), QStringLiteral("Globex"));
    QVERIFY(w->isDirty());
    QCOMPARE(dirty.count(), 1);
    auto *project = qobject_cast<QListWidget *>(w->control(QStringLiteral("project")));
    project->item(0)->setCheckState(Qt::Checked);
    QCOMPARE(w->state()->value(QStringLiteral("project")), QStringLiteral("1,2,3"));
    qobject_cast<QCheckBox *>(w->control(QStringLiteral("notify")))->setChecked(false);
    QCOMPARE(w->state()->value(QStringLiteral("notify")), QStringLiteral("off"));
    qobject_cast<QSlider *>(w->control(QStringLiteral("discount")))->setValue(25);
    QCOMPARE(w->state()->value(QStringLiteral("discount")), QStringLiteral("25"));
    const protocol::Request r = w->state()->submitRequest();
    QCOMPARE(r.value(QStringLiteral("name")), QStringLiteral("Globex"));
    QCOMPARE(r.value(QStringLiteral("project")), QStringLiteral("1,2,3"));
}

void TestFormWidget::hideRuleTogglesLive()
{
    std::unique_ptr<FormWidget> w(makeForm());
    w->show();
    QVERIFY(!w->isFieldShown(QStringLiteral("addr"))); // atype = atany hides addr
    auto *atype = qobject_cast<QComboBox *>(w->control(QStringLiteral("atype")));
    atype->setCurrentIndex(atype->findData(QStringLiteral("atlist")));
    QVERIFY(w->isFieldShown(QStringLiteral("addr")));
    atype->setCurrentIndex(atype->findData(QStringLiteral("atany")));
    QVERIFY(!w->isFieldShown(QStringLiteral("addr")));
}

void TestFormWidget::shadowRuleDisablesLive()
{
    std::unique_ptr<FormWidget> w(makeForm());
    w->show();
    QVERIFY(!w->control(QStringLiteral("company"))->isEnabled());
    QVERIFY(w->isFieldShown(QStringLiteral("company")));
    const auto radios = w->control(QStringLiteral("kind"))->findChildren<QRadioButton *>();
    radios.at(1)->click();
    QCOMPARE(w->state()->value(QStringLiteral("kind")), QStringLiteral("company"));
    QVERIFY(w->control(QStringLiteral("company"))->isEnabled());
}

void TestFormWidget::validationBlocksSending()
{
    std::unique_ptr<FormWidget> w(makeForm());
    w->show();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    QSignalSpy blocked(w->session(), &models::FormSession::validationFailed);
    QSignalSpy started(w->session(), &models::FormSession::submitStarted);
    auto *name = qobject_cast<QLineEdit *>(w->control(QStringLiteral("name")));
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    QCOMPARE(w->state()->value(QStringLiteral("name")), QString());
    QTest::keyClick(name, Qt::Key_Return); // Enter sends (and is blocked the same way)
    QCOMPARE(blocked.count(), 1);
    QCOMPARE(started.count(), 0);
    FormFieldEditor *e = w->editor(QStringLiteral("name"));
    QVERIFY(!e->error().isEmpty());
    QVERIFY(e->errorLabel()->isVisible());
    QVERIFY(!w->banner()->message().isEmpty());
    // Range: rows must be 5..9999.
    QTest::keyClicks(name, QStringLiteral("Acme"));
    QVERIFY(e->error().isEmpty()); // editing clears the mark
    auto *rows = qobject_cast<QLineEdit *>(w->control(QStringLiteral("rows")));
    rows->selectAll();
    QTest::keyClicks(rows, QStringLiteral("3"));
    QVERIFY(!w->submit());
    QCOMPARE(blocked.count(), 2);
    QVERIFY(!w->editor(QStringLiteral("rows"))->error().isEmpty());
    QVERIFY(rows->hasFocus()); // the first bad field gets the focus
    QCOMPARE(rows->text(), QStringLiteral("3")); // what was typed stays
    QTest::keyClicks(rows, QStringLiteral("0"));
    QVERIFY(w->state()->validate());
    QCOMPARE(started.count(), 0);
}

void TestFormWidget::longSelectIsSearchable()
{
    protocol::FormData d = formtest::richForm();
    QList<protocol::SelectOption> many;
    for (int i = 0; i < 40; ++i)
        many.append({ QString::number(i), QStringLiteral("Country %1").arg(i), false });
    many.append({ QStringLiteral("840"), QStringLiteral("USA"), false });
    d.options.insert(QStringLiteral("country"), many);
    std::unique_ptr<FormWidget> w(makeForm(d));
    auto *combo = qobject_cast<QComboBox *>(w->control(QStringLiteral("country")));
    QVERIFY(combo->isEditable());
    QVERIFY(combo->completer());
    QCOMPARE(combo->completer()->filterMode(), Qt::MatchContains);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("840"));
}

void TestFormWidget::serverValuesDoNotMoveTheCaret()
{
    std::unique_ptr<FormWidget> w(makeForm());
    w->show();
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    auto *email = qobject_cast<QLineEdit *>(w->control(QStringLiteral("email")));
    const auto radios = w->control(QStringLiteral("kind"))->findChildren<QRadioButton *>();
    radios.at(0)->setFocus();
    QCOMPARE(w->session()->focusedField(), QStringLiteral("kind")); // a child of the field's control
    email->setFocus();
    email->setCursorPosition(3);
    QCOMPARE(w->session()->focusedField(), QStringLiteral("email"));
    const quint64 serial = w->state()->editSerial();
    protocol::FormData reply = formtest::richForm();
    for (auto &v : reply.values) {
        if (v.first == QLatin1String("email"))
            v.second = QStringLiteral("other@server.example");
        if (v.first == QLatin1String("state"))
            v.second = QStringLiteral("ny");
    }
    w->state()->applyRecomputed(reply, serial, { w->session()->focusedField() });
    QCOMPARE(email->text(), QStringLiteral("ops@acme.example"));
    QCOMPARE(email->cursorPosition(), 3);
    QVERIFY(email->hasFocus());
    QCOMPARE(qobject_cast<QComboBox *>(w->control(QStringLiteral("state")))->currentData().toString(),
        QStringLiteral("ny"));
}

void TestFormWidget::closeAsksWhenDirty()
{
    std::unique_ptr<FormWidget> w(makeForm());
    QSignalSpy close(w.get(), &FormWidget::closeRequested);
    const int asked = gui::MessageBox::count();
    w->requestClose(); // clean: closes without asking
    QCOMPARE(close.count(), 1);
    QCOMPARE(gui::MessageBox::count(), asked);

    qobject_cast<QCheckBox *>(w->control(QStringLiteral("notify")))->setChecked(false);
    test::DialogAnswerer boxes; // Escape: Cancel
    boxes.pressEscape(QMessageBox::Cancel).expectText(QStringLiteral("not sent"));
    w->requestClose();
    QCOMPARE(gui::MessageBox::count(), asked + 1);
    QVERIFY2(boxes.waitDone(), qPrintable(boxes.failure()));
    QCoreApplication::processEvents();
    QCOMPARE(close.count(), 1); // kept open, input kept
    QCOMPARE(w->state()->value(QStringLiteral("notify")), QStringLiteral("off"));
    boxes.click(QMessageBox::Discard);
    QTest::mouseClick(w->button(QStringLiteral("cancel")), Qt::LeftButton);
    QVERIFY2(boxes.waitDone(), qPrintable(boxes.failure()));
    QTRY_COMPARE(close.count(), 2);
}

void TestFormWidget::withoutMetadataStillEdits()
{
    protocol::FormData d;
    d.values = { { QStringLiteral("elid"), QStringLiteral("1024") },
        { QStringLiteral("username"), QStringLiteral("jackblack") },
        { QStringLiteral("country"), QStringLiteral("182") },
        { QStringLiteral("notify"), QStringLiteral("off") } };
    d.options.insert(QStringLiteral("country"),
        { { QStringLiteral("182"), QStringLiteral("Russia"), false },
            { QStringLiteral("840"), QStringLiteral("USA"), false } });
    FormWidget w(nullptr);
    w.openData(QStringLiteral("user.edit"), QStringLiteral("1024"), QString(), d);
    QCOMPARE(qobject_cast<QLineEdit *>(w.control(QStringLiteral("username")))->text(),
        QStringLiteral("jackblack"));
    QCOMPARE(qobject_cast<QComboBox *>(w.control(QStringLiteral("country")))->currentText(),
        QStringLiteral("Russia"));
    QVERIFY(qobject_cast<QCheckBox *>(w.control(QStringLiteral("notify"))));
    QVERIFY(!w.control(QStringLiteral("elid")));
    QVERIFY(!w.pagesWidget());
    QVERIFY(w.button(QStringLiteral("ok"))); // default buttons
}

void TestFormWidget::dialogForShortForms()
{
    protocol::FormData d;
    d.hasMetadata = true;
    protocol::FormField f
        = formtest::field(QStringLiteral("reason"), QStringLiteral("input"), QStringLiteral("text"));
    f.required = true;
    d.fields = { f };
    d.values = { { QStringLiteral("reason"), QString() } };
    gui::FormDialog dialog(nullptr);
    dialog.form()->openData(QStringLiteral("account.suspend"), QStringLiteral("1, 2"), QString(), d);
    dialog.open();
    QVERIFY(dialog.isVisible());
    QTest::keyClicks(dialog.form()->control(QStringLiteral("reason")), QStringLiteral("spam"));
    test::DialogAnswerer boxes;
    boxes.click(QMessageBox::Discard);
    dialog.reject(); // dirty: asks, answered Discard
    QVERIFY2(boxes.waitDone(), qPrintable(boxes.failure()));
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestFormWidget::fixtureBuildsEveryKind()
{
    QFile f(QStringLiteral(MGRDESK_FIXTURES_DIR "/form-all-controls.xml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const protocol::Reply reply = protocol::ReplyParser::parse(f.readAll());
    QVERIFY(reply.form);
    FormWidget w(nullptr);
    w.openData(QStringLiteral("client.edit"), QStringLiteral("42"), QString(), *reply.form);
    QVERIFY(qobject_cast<QLineEdit *>(w.control(QStringLiteral("name"))));
    QCOMPARE(qobject_cast<QLineEdit *>(w.control(QStringLiteral("passwd")))->echoMode(), QLineEdit::Password);
    QVERIFY(qobject_cast<QComboBox *>(w.control(QStringLiteral("atype"))));
    QVERIFY(qobject_cast<QPlainTextEdit *>(w.control(QStringLiteral("addr"))));
    QCOMPARE(w.control(QStringLiteral("kind"))->findChildren<QRadioButton *>().size(), 2);
    QVERIFY(qobject_cast<QListWidget *>(w.control(QStringLiteral("project"))));
    QVERIFY(qobject_cast<QCheckBox *>(w.control(QStringLiteral("notify"))));
    QVERIFY(qobject_cast<QPlainTextEdit *>(w.control(QStringLiteral("note"))));
    QVERIFY(qobject_cast<QLabel *>(w.control(QStringLiteral("created"))));
    QVERIFY(!w.control(QStringLiteral("token")));
    QVERIFY(qobject_cast<QSlider *>(w.control(QStringLiteral("discount"))));
    QCOMPARE(qobject_cast<QTableView *>(w.control(QStringLiteral("payments")))->model()->rowCount(), 2);
    QCOMPARE(w.pagesWidget()->count(), 2);
    QCOMPARE(w.button(QStringLiteral("verify"))->text(), QStringLiteral("Check"));
    QCOMPARE(w.button(QStringLiteral("ok"))->text(), QStringLiteral("Save"));
}

void TestFormWidget::okOutcomes_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("redirect");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("function");
    QTest::addColumn<QString>("elid");
    QTest::addColumn<QString>("plid");
    using T = routing::FormOutcome::Target;
    QTest::newRow("plain ok") << QString() << QString() << QString() << int(T::None) << QString() << QString()
                              << QString();
    QTest::newRow("new id") << QStringLiteral(" 42 ") << QString() << QString() << int(T::None) << QString()
                            << QString() << QString();
    QTest::newRow("form") << QString() << QStringLiteral("func=vds.edit&elid=5") << QStringLiteral("form")
                          << int(T::Form) << QStringLiteral("vds.edit") << QStringLiteral("5") << QString();
    QTest::newRow("list") << QStringLiteral("9") << QStringLiteral("func=ticket.message&plid=9")
                          << QStringLiteral("list") << int(T::List) << QStringLiteral("ticket.message")
                          << QString() << QStringLiteral("9");
    QTest::newRow("top") << QString() << QStringLiteral("func=payment") << QStringLiteral("top")
                         << int(T::List) << QStringLiteral("payment") << QString() << QString();
    QTest::newRow("untyped form") << QString() << QStringLiteral("func=user.edit&elid=3") << QString()
                                  << int(T::Form) << QStringLiteral("user.edit") << QStringLiteral("3")
                                  << QString();
    QTest::newRow("untyped list") << QString() << QStringLiteral("func=vds") << QString() << int(T::List)
                                  << QStringLiteral("vds") << QString() << QString();
    QTest::newRow("as url") << QString() << QStringLiteral("https://billing.example.com/billmgr?func=vds")
                            << QString() << int(T::List) << QStringLiteral("vds") << QString() << QString();
    QTest::newRow("url type") << QString() << QStringLiteral("https://example.com/pay")
                              << QStringLiteral("url") << int(T::Url) << QString() << QString() << QString();
    QTest::newRow("no func") << QString() << QStringLiteral("elid=3") << QStringLiteral("form")
                             << int(T::None) << QString() << QString() << QString();
}

void TestFormWidget::okOutcomes()
{
    QFETCH(QString, id);
    QFETCH(QString, redirect);
    QFETCH(QString, type);
    QFETCH(int, target);
    QFETCH(QString, function);
    QFETCH(QString, elid);
    QFETCH(QString, plid);
    const routing::FormOutcome o = routing::FormOutcome::of(id, redirect, type);
    QCOMPARE(o.selectId, id.trimmed());
    QCOMPARE(int(o.target), target);
    QCOMPARE(o.function, function);
    QCOMPARE(o.elid, elid);
    QCOMPARE(o.plid, plid);
    if (o.target == routing::FormOutcome::Target::Url)
        QCOMPARE(o.url, redirect);
}

void TestFormWidget::sliderSendsItsValue()
{
    // The rich fixture's slider, moved by keyboard, is what is sent (tst_formdemo covers the demo server's).
    std::unique_ptr<FormWidget> w(makeForm());
    w->show();
    QString sliderName;
    for (const auto &f : w->state()->description().fields()) {
        if (f.kind == models::FormFieldInfo::Kind::Slider)
            sliderName = f.name;
    }
    QVERIFY(!sliderName.isEmpty());
    auto *slider = qobject_cast<QSlider *>(w->control(sliderName));
    QVERIFY(slider);
    const models::FormFieldInfo *f = w->state()->description().field(sliderName);
    QCOMPARE(slider->minimum(), f->sliderMin);
    QCOMPARE(slider->maximum(), f->sliderMax);
    slider->setValue(slider->minimum());
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Right);
    const QString expected = QString::number(slider->minimum() + slider->singleStep());
    QCOMPARE(w->state()->value(sliderName), expected);
    QCOMPARE(w->state()->submitRequest().value(sliderName), expected);
    QVERIFY(w->isDirty());
}

QTEST_MAIN(TestFormWidget)
#include "tst_formwidget.moc"
