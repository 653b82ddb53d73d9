#include "formmessagebox.h"

#include <QPointer>

namespace mgrdesk::gui {

std::optional<QMessageBox::StandardButton> FormMessageBox::s_nextAnswer;
int FormMessageBox::s_asked = 0;

void FormMessageBox::ask(QWidget *parent, const QString &title, const QString &text,
                         QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                         Callback callback)
{
    ++s_asked;
    if (s_nextAnswer) {
        const QMessageBox::StandardButton answer = *s_nextAnswer;
        s_nextAnswer.reset();
        callback(answer);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, title, text, buttons, parent);
    box->setDefaultButton(defaultButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QObject::connect(box, &QMessageBox::finished, box, [box, callback](int) {
        QAbstractButton *clicked = box->clickedButton();
        const auto answer = clicked ? box->standardButton(clicked) : QMessageBox::Cancel;
        callback(answer == QMessageBox::NoButton ? QMessageBox::Cancel : answer);
    });
    box->open();
}

void FormMessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

bool FormMessageBox::hasPendingAnswer()
{
    return s_nextAnswer.has_value();
}

int FormMessageBox::askedCount()
{
    return s_asked;
}

} // namespace mgrdesk::gui
