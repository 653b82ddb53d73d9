#pragma once
// Answers the message boxes (or other dialogs) a test makes the product show, through the real widget: the
// box is shown by the product, found when it appears, and answered the way a user would (Return on its
// focused widget, Escape, a mouse click on a button, a click on its check box). Nothing in the product knows
// about tests. Each queued answer takes the next new box, in order:
//
//     test::DialogAnswerer boxes;
//     boxes.pressReturn(QMessageBox::No).expectText(QStringLiteral("Delete"));  // the default must be No
//     boxes.click(QMessageBox::Yes).tickCheckBox();                            // then Yes, "Do not ask
//     again" … make the product ask twice … QVERIFY2(boxes.waitDone(), qPrintable(boxes.failure()));
//
// Return and Escape are sent only once the box is the active window and its focus widget is inside it (keys
// sent earlier would reach whatever had the focus before), to the box's focus widget: the button they press
// is the one a user would get. The answer checks that the button pressed is the one the test named, so a
// wrong default or escape button fails the test. A box that shows the wrong text is still answered (so the
// product does not hang) but counts as a failure.

#include <QList>
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <deque>

class QDialog;

namespace mgrdesk::test {

class DialogAnswerer : public QObject
{
    Q_OBJECT
public:
    // `type`: the kind of dialog answered (QMessageBox by default; QDialog for any dialog). Dialogs already
    // visible now are never taken.
    explicit DialogAnswerer(
        const QMetaObject *type = &QMessageBox::staticMetaObject, QObject *parent = nullptr);
    ~DialogAnswerer() override;

    // Queue one answer for the next new box.
    DialogAnswerer &pressReturn(QMessageBox::StandardButton expected); // Return must press `expected`
    DialogAnswerer &pressEscape(QMessageBox::StandardButton expected); // Escape must press `expected`
    DialogAnswerer &click(QMessageBox::StandardButton button); // mouse click on that button
    DialogAnswerer &acceptDialog(); // any QDialog: Return must accept it
    DialogAnswerer &rejectDialog(); // any QDialog: Escape must reject it
    // Modifiers of the answer queued last.
    DialogAnswerer &expectText(const QString &part); // the box's text (or window title) contains `part`
    DialogAnswerer &tickCheckBox(); // click the box's check box ("Do not ask again") first

    // Runs the event loop until every queued answer was given (true) or one failed or `timeoutMs` passed;
    // after the last answer, until the window its box came from is the active window again.
    bool waitDone(int timeoutMs = 15000);
    bool done() const { return m_steps.empty() && m_failure.isEmpty(); }
    int answered() const { return m_texts.size(); }
    QString failure() const; // what went wrong (or which answer is still waiting), empty if nothing
    QStringList texts() const { return m_texts; } // the text of each box answered, in order
    QString lastText() const { return m_texts.isEmpty() ? QString() : m_texts.last(); }

private:
    enum class Action { Return, Escape, Click };
    struct Step
    {
        Action action = Action::Click;
        QMessageBox::StandardButton button = QMessageBox::NoButton; // pressed or clicked
        bool dialogResult = false; // a plain QDialog: expected accepted (true) or rejected
        QString textPart;
        bool tickCheckBox = false;
    };

    DialogAnswerer &queue(Step step);
    void poll();
    QDialog *findNewDialog() const;
    bool ready(QDialog *dialog);
    void answer(QDialog *dialog);
    void fail(const QString &why);

    const QMetaObject *m_type;
    std::deque<Step> m_steps;
    QTimer m_timer;
    QList<QPointer<QDialog>> m_before; // dialogs visible when the answerer was made: never taken
    QPointer<QDialog> m_current; // found, waiting to become active
    QPointer<QWidget> m_returnTo; // the window the last box answered came from
    int m_waitTicks = 0;
    QStringList m_texts;
    QString m_failure;
};

} // namespace mgrdesk::test
