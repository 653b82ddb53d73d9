// Message boxes are real: shown, and answered through the widget by test::DialogAnswerer (tests/common).
// Return answers with the default button (so a wrong default fails here), Escape with the escape button, and
// the request console's "Do not ask again" check box turns its question off only together with Yes. The
// answerer itself is tested too: it fails on a wrong default or text, and its keys reach the box even while
// another window's widget had the focus. The console part runs against the real demo server.
#include "common/messagebox.h"
#include "console/replyview.h"
#include "console/requestconsole.h"
#include "core/net/connection.h"
#include "core/net/requestlog.h"
#include "democlient.h"
#include "demoserver.h"
#include "dialoganswerer.h"
#include "qtwarnings.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace mgrdesk;
using gui::MessageBox;

class TestMessageBox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { test::failOnQtMisuseWarnings(); }

    void returnAnswersWithTheDefaultButton_data()
    {
        QTest::addColumn<int>("defaultButton");
        QTest::newRow("no") << int(QMessageBox::No);
        QTest::newRow("yes") << int(QMessageBox::Yes);
    }
    void returnAnswersWithTheDefaultButton()
    {
        QFETCH(int, defaultButton);
        Parent parent;
        std::optional<QMessageBox::StandardButton> answer;
        test::DialogAnswerer boxes;
        boxes.pressReturn(QMessageBox::StandardButton(defaultButton)).expectText(QStringLiteral("Really?"));
        QMessageBox *box = ask(&parent, QMessageBox::StandardButton(defaultButton), &answer);
        QVERIFY(box);
        QCOMPARE(MessageBox::lastBox(), box);
        QVERIFY2(boxes.waitDone(), qPrintable(boxes.failure()));
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(int(*answer), defaultButton);
        QCOMPARE(parent.returns, 0); // the key went to the box, not to the parent's focus widget
        QTRY_VERIFY(!MessageBox::lastBox()); // closed and deleted
    }

    void escapeAnswersNo()
    {
        Parent parent;
        std::optional<QMessageBox::StandardButton> answer;
        test::DialogAnswerer boxes;
        boxes.pressEscape(QMessageBox::No);
        ask(&parent, QMessageBox::Yes, &answer);
        QVERIFY2(boxes.waitDone(), qPrintable(boxes.failure()));
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(*answer, QMessageBox::No);
    }

    // The answerer fails a test when the product's box differs from what the test names.
    void answererFailsOnAWrongDefault()
    {
        Parent parent;
        std::optional<QMessageBox::StandardButton> answer;
        test::DialogAnswerer boxes;
        boxes.pressReturn(QMessageBox::No); // but the box's default is Yes
        ask(&parent, QMessageBox::Yes, &answer);
        QVERIFY(!boxes.waitDone());
        QVERIFY2(
            boxes.failure().contains(QLatin1String("with Yes, expected No")), qPrintable(boxes.failure()));
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(*answer, QMessageBox::Yes); // Return really pressed the wrong default
    }
    void answererFailsOnAWrongText()
    {
        Parent parent;
        std::optional<QMessageBox::StandardButton> answer;
        test::DialogAnswerer boxes;
        boxes.click(QMessageBox::No).expectText(QStringLiteral("something else"));
        ask(&parent, QMessageBox::Yes, &answer);
        QVERIFY(!boxes.waitDone());
        QVERIFY2(boxes.failure().contains(QLatin1String("something else")), qPrintable(boxes.failure()));
        QTRY_VERIFY(answer.has_value()); // still answered: the product does not hang
        QCOMPARE(*answer, QMessageBox::No);
    }
    void answererFailsWhenNoBoxComes()
    {
        test::DialogAnswerer boxes;
        boxes.click(QMessageBox::Yes);
        QVERIFY(!boxes.waitDone(200));
        QVERIFY2(boxes.failure().contains(QLatin1String("no new QMessageBox")), qPrintable(boxes.failure()));
    }
    void answererLeavesOlderBoxesAlone()
    {
        Parent parent;
        std::optional<QMessageBox::StandardButton> first, second;
        QMessageBox *older = ask(&parent, QMessageBox::No, &first);
        QTRY_VERIFY(older->isVisible());
        test::DialogAnswerer boxes;
        boxes.click(QMessageBox::Yes);
        ask(older, QMessageBox::No, &second); // on top of the older one
        QVERIFY2(boxes.waitDone(), qPrintable(boxes.failure()));
        QTRY_COMPARE(second, std::optional<QMessageBox::StandardButton>(QMessageBox::Yes));
        QVERIFY(!first.has_value());
        QVERIFY(older->isVisible());
        older->reject();
    }

    // The console asks before a changing request: the default is No, and "Do not ask again" counts only
    // with Yes.
    void consoleQuestionDefaultsToNoAndRemembersOnlyWithYes()
    {
        test::DemoServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        net::Connection c(test::demoConnectionSettings(server, QStringLiteral("admin"), QString()));
        c.setPassword(test::demoPassword);
        gui::RequestConsole console(&c);
        console.resize(1000, 600);
        console.show();
        QVERIFY(QTest::qWaitForWindowExposed(&console));
        const auto sendDelete = [&console](const QString &elid) {
            console.setRequest(protocol::Request(QStringLiteral("session.delete")).setElid(elid));
            console.send();
        };

        // Return: the default, No. The check box ticked does not count without Yes.
        test::DialogAnswerer boxes;
        boxes.pressReturn(QMessageBox::No).tickCheckBox();
        sendDelete(QStringLiteral("no-such-session-1"));
        QVERIFY2(boxes.waitDone(), qPrintable(boxes.failure()));
        QTRY_VERIFY(console.replyView()->statusText().contains(QLatin1String("Not sent")));
        QVERIFY(console.confirmsDangerous());

        // Yes with "Do not ask again": sent, and the next one is not asked.
        boxes.click(QMessageBox::Yes).tickCheckBox();
        QSignalSpy done(&console, &gui::RequestConsole::finished);
        sendDelete(QStringLiteral("no-such-session-3"));
        QVERIFY2(boxes.waitDone(), qPrintable(boxes.failure()));
        QVERIFY(done.count() == 1 || done.wait(30000));
        QVERIFY(!console.confirmsDangerous());
        const int shown = MessageBox::count();
        sendDelete(QStringLiteral("no-such-session-4"));
        QVERIFY(done.wait(30000));
        QCOMPARE(MessageBox::count(), shown);
    }

private:
    // A shown window whose line edit has the focus: keys meant for a box must not reach it.
    struct Parent : QWidget
    {
        QLineEdit *edit = new QLineEdit(this);
        int returns = 0; // Return pressed in `edit`
        Parent()
        {
            (new QVBoxLayout(this))->addWidget(edit);
            QObject::connect(edit, &QLineEdit::returnPressed, edit, [this] { ++returns; });
            show();
            activateWindow();
            edit->setFocus();
            QVERIFY(QTest::qWaitForWindowActive(this));
        }
    };
    static QMessageBox *ask(QWidget *parent, QMessageBox::StandardButton defaultButton,
        std::optional<QMessageBox::StandardButton> *to)
    {
        return MessageBox::question(parent, QStringLiteral("Title"), QStringLiteral("Really?"),
            QMessageBox::Yes | QMessageBox::No, defaultButton, parent,
            [to](QMessageBox::StandardButton b) { *to = b; });
    }
};

QTEST_MAIN(TestMessageBox)
#include "tst_messagebox.moc"
