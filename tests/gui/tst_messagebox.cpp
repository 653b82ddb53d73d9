// Message boxes are real: shown, and answered through the widget. Return answers with the default button
// (so a wrong default fails here), Escape with the escape button, and the request console's "Do not ask
// again" check box turns its question off only together with Yes. The console part runs against the real
// demo server.
#include "common/messagebox.h"
#include "console/replyview.h"
#include "console/requestconsole.h"
#include "core/net/connection.h"
#include "core/net/requestlog.h"
#include "democlient.h"
#include "demoserver.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace mgrdesk;
using gui::MessageBox;

class TestMessageBox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void returnAnswersWithTheDefaultButton_data()
    {
        QTest::addColumn<int>("defaultButton");
        QTest::newRow("no") << int(QMessageBox::No);
        QTest::newRow("yes") << int(QMessageBox::Yes);
    }
    void returnAnswersWithTheDefaultButton()
    {
        QFETCH(int, defaultButton);
        QWidget parent;
        parent.show();
        QVERIFY(QTest::qWaitForWindowExposed(&parent));
        std::optional<QMessageBox::StandardButton> answer;
        QMessageBox *box = MessageBox::question(&parent, QStringLiteral("Title"), QStringLiteral("Really?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::StandardButton(defaultButton), &parent,
            [&answer](QMessageBox::StandardButton b) { answer = b; });
        QVERIFY(box);
        QCOMPARE(MessageBox::lastBox(), box);
        QTRY_VERIFY(box->isVisible());
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(int(*answer), defaultButton);
        QTRY_VERIFY(!MessageBox::lastBox()); // closed and deleted
    }

    void escapeAnswersNo()
    {
        QWidget parent;
        parent.show();
        QVERIFY(QTest::qWaitForWindowExposed(&parent));
        std::optional<QMessageBox::StandardButton> answer;
        QMessageBox *box = MessageBox::question(&parent, QStringLiteral("Title"), QStringLiteral("Really?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes, &parent,
            [&answer](QMessageBox::StandardButton b) { answer = b; });
        QTRY_VERIFY(box->isVisible());
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(*answer, QMessageBox::No);
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
        sendDelete(QStringLiteral("no-such-session-1"));
        QMessageBox *box = MessageBox::lastBox();
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->checkBox());
        box->checkBox()->click();
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_VERIFY(console.replyView()->statusText().contains(QLatin1String("Not sent")));
        QVERIFY(console.confirmsDangerous());

        // Yes with "Do not ask again": sent, and the next one is not asked.
        sendDelete(QStringLiteral("no-such-session-3"));
        box = MessageBox::lastBox();
        QTRY_VERIFY(box && box->isVisible());
        box->checkBox()->click();
        QSignalSpy done(&console, &gui::RequestConsole::finished);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QVERIFY(done.wait(30000));
        QVERIFY(!console.confirmsDangerous());
        const int boxes = MessageBox::count();
        sendDelete(QStringLiteral("no-such-session-4"));
        QVERIFY(done.wait(30000));
        QCOMPARE(MessageBox::count(), boxes);
    }
};

QTEST_MAIN(TestMessageBox)
#include "tst_messagebox.moc"
