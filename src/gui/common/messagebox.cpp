#include "messagebox.h"

#include <QAbstractButton>

namespace mgrdesk::gui {

namespace {
QPointer<QMessageBox> s_lastBox;
QString s_lastText;
int s_count = 0;
} // namespace

QString MessageBox::lastText()
{
    return s_lastText;
}
QMessageBox *MessageBox::lastBox()
{
    return s_lastBox;
}

int MessageBox::count()
{
    return s_count;
}

QMessageBox *MessageBox::question(QWidget *parent, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton, QObject *context,
    Callback callback)
{
    return show(
        QMessageBox::Question, parent, title, text, buttons, defaultButton, context, std::move(callback));
}

QMessageBox *MessageBox::information(
    QWidget *parent, const QString &title, const QString &text, QObject *context, Callback callback)
{
    return show(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok, context,
        std::move(callback));
}

QMessageBox *MessageBox::warning(
    QWidget *parent, const QString &title, const QString &text, QObject *context, Callback callback)
{
    return show(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok, context,
        std::move(callback));
}

QMessageBox *MessageBox::show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
    const QString &text, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
    QObject *context, Callback callback)
{
    s_lastText = text;
    ++s_count;
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto deliver = [guard, hasContext, callback](QMessageBox::StandardButton answer) {
        if (callback && (!hasContext || guard))
            callback(answer);
    };

    auto *box = new QMessageBox(icon, title, text, buttons, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(defaultButton);
    box->setAccessibleName(title);
    box->setAccessibleDescription(text);
    QObject::connect(box, &QMessageBox::finished, box, [box, deliver](int) {
        QAbstractButton *clicked = box->clickedButton();
        deliver(clicked ? box->standardButton(clicked) : QMessageBox::NoButton);
    });
    box->open();
    s_lastBox = box;
    return box;
}

} // namespace mgrdesk::gui
