#pragma once
// Asynchronous message boxes (open(), never exec(): the GUI thread never waits in a nested loop). Every box
// is a real QMessageBox that is shown, in tests too: tests answer it through the widget
// (tests/common/dialoganswerer.h: Return on its focus widget, Escape, a click on a button or on its check
// box), so its finished() handlers, check box and default button are the real ones. lastText(), lastBox() and
// count() only observe.

#include <QMessageBox>
#include <QPointer>
#include <QString>

#include <functional>

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

    // Observers (status texts, tests).
    static QString lastText(); // text of the last box shown
    static QMessageBox *lastBox(); // the last box while it is open (nullptr once closed)
    static int count(); // boxes so far

private:
    static QMessageBox *show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
        const QString &text, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
        QObject *context, Callback callback);
};

} // namespace mgrdesk::gui
