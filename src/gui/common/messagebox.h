#pragma once
// Asynchronous message boxes (open(), never exec(): the GUI thread never waits in a nested loop) that tests
// can pre-answer, in the manner of KeePassXC's MessageBox: setNextAnswer() makes the next box answer itself
// without being shown, and lastText() tells the test what it would have said.

#include <QMessageBox>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace mgrdesk::gui {

class MessageBox
{
public:
    using Callback = std::function<void(QMessageBox::StandardButton)>;

    // The callback runs once, later, from the event loop, unless `context` was destroyed first. Closing the
    // box with Escape answers with the escape button (`defaultButton` when it is a "no"/"cancel" kind).
    static QMessageBox *question(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton, QObject *context,
        Callback callback);
    static QMessageBox *information(QWidget *parent, const QString &title, const QString &text,
        QObject *context = nullptr, Callback callback = {});
    static QMessageBox *warning(QWidget *parent, const QString &title, const QString &text,
        QObject *context = nullptr, Callback callback = {});

    // Tests: the next box (of any kind) is not shown and answers `button`.
    static void setNextAnswer(QMessageBox::StandardButton button);
    static void clearNextAnswer();
    static QString lastText(); // text of the last box shown or pre-answered
    static int count(); // boxes so far

private:
    static QMessageBox *show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
        const QString &text, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
        QObject *context, Callback callback);
};

} // namespace mgrdesk::gui
