#pragma once
// Questions the form editor asks (discard unsaved changes?), without a nested event loop: the box opens
// window-modal and the answer arrives in a callback. Tests pre-answer with setNextAnswer(): no box is shown.

#include <QMessageBox>

#include <functional>
#include <optional>

namespace mgrdesk::gui {

class FormMessageBox
{
public:
    using Callback = std::function<void(QMessageBox::StandardButton)>;

    static void ask(QWidget *parent, const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
                    QMessageBox::StandardButton defaultButton, Callback callback);

    // The next ask() returns this at once (tests). Cleared when used.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static bool hasPendingAnswer();
    static int askedCount(); // how many questions were asked so far (tests)

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static int s_asked;
};

} // namespace mgrdesk::gui
