#include "dialoganswerer.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDeadlineTimer>
#include <QDialog>
#include <QMetaEnum>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTest>
#include <QWindow>

namespace mgrdesk::test {

namespace {
// Set on a dialog once an answerer has taken it (a property, not an address: a deleted box's address is
// reused by the next one).
const char *const takenProperty = "mgrdeskTestAnswerTaken";
const int tickMs = 5;
const int activateEveryTicks = 40; // ask the window system again every 200 ms
const int giveUpTicks = 2000; // 10 s without becoming the active window with the focus inside

QString buttonName(QMessageBox::StandardButton button)
{
    const QMetaObject &mo = QMessageBox::staticMetaObject;
    const QMetaEnum e = mo.enumerator(mo.indexOfEnumerator("StandardButtons"));
    const char *key = e.isValid() ? e.valueToKey(int(button)) : nullptr;
    return key ? QString::fromLatin1(key) : QString::number(int(button));
}

QString dialogText(const QDialog *dialog)
{
    if (const auto *box = qobject_cast<const QMessageBox *>(dialog)) {
        QString text = box->text();
        if (!box->informativeText().isEmpty())
            text += QLatin1Char('\n') + box->informativeText();
        return text;
    }
    return dialog->windowTitle();
}
} // namespace

DialogAnswerer::DialogAnswerer(const QMetaObject *type, QObject *parent)
    : QObject(parent)
    , m_type(type)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        auto *dialog = qobject_cast<QDialog *>(w);
        if (dialog && dialog->isVisible())
            m_before.append(dialog);
    }
    m_timer.setInterval(tickMs);
    connect(&m_timer, &QTimer::timeout, this, &DialogAnswerer::poll);
}

DialogAnswerer::~DialogAnswerer() = default;

DialogAnswerer &DialogAnswerer::pressReturn(QMessageBox::StandardButton expected)
{
    return queue({ Action::Return, expected, false, {}, false });
}
DialogAnswerer &DialogAnswerer::pressEscape(QMessageBox::StandardButton expected)
{
    return queue({ Action::Escape, expected, false, {}, false });
}
DialogAnswerer &DialogAnswerer::click(QMessageBox::StandardButton button)
{
    return queue({ Action::Click, button, false, {}, false });
}
DialogAnswerer &DialogAnswerer::acceptDialog()
{
    return queue({ Action::Return, QMessageBox::NoButton, true, {}, false });
}
DialogAnswerer &DialogAnswerer::rejectDialog()
{
    return queue({ Action::Escape, QMessageBox::NoButton, false, {}, false });
}

DialogAnswerer &DialogAnswerer::expectText(const QString &part)
{
    Q_ASSERT(!m_steps.empty());
    m_steps.back().textPart = part;
    return *this;
}

DialogAnswerer &DialogAnswerer::tickCheckBox()
{
    Q_ASSERT(!m_steps.empty());
    m_steps.back().tickCheckBox = true;
    return *this;
}

DialogAnswerer &DialogAnswerer::queue(Step step)
{
    m_steps.push_back(std::move(step));
    m_timer.start();
    return *this;
}

bool DialogAnswerer::waitDone(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!m_steps.empty() && m_failure.isEmpty() && !deadline.hasExpired())
        QTest::qWait(tickMs);
    // As for a user: the window the last box came from is active again before the test goes on (its
    // shortcuts, Delete on a list for one, work only then). A desktop's window manager gives the focus back
    // to it; the offscreen platform does not, so this asks for it as the window manager would.
    QDeadlineTimer backAgain(qMin<qint64>(deadline.remainingTime(), 5000));
    for (int tick = 0; done() && m_returnTo && m_returnTo->isVisible() && !m_returnTo->isActiveWindow()
         && !backAgain.hasExpired();
         ++tick) {
        if (tick % activateEveryTicks == 0)
            m_returnTo->activateWindow();
        QTest::qWait(tickMs);
    }
    return done();
}

QString DialogAnswerer::failure() const
{
    if (!m_failure.isEmpty())
        return m_failure;
    if (!m_steps.empty()) {
        return QStringLiteral("%1 of the queued answers not given: no new %2 appeared (answered so far: %3)")
            .arg(m_steps.size())
            .arg(QString::fromLatin1(m_type->className()))
            .arg(m_texts.isEmpty() ? QStringLiteral("none") : m_texts.join(QStringLiteral(" | ")));
    }
    return {};
}

void DialogAnswerer::fail(const QString &why)
{
    if (m_failure.isEmpty())
        m_failure = why;
}

QDialog *DialogAnswerer::findNewDialog() const
{
    // The active modal widget first (the box on top), then any other new visible dialog of the kind.
    QList<QWidget *> candidates { QApplication::activeModalWidget() };
    candidates += QApplication::topLevelWidgets();
    for (QWidget *w : candidates) {
        auto *dialog = qobject_cast<QDialog *>(w);
        if (!dialog || !dialog->isVisible() || !m_type->cast(dialog)
            || dialog->property(takenProperty).toBool())
            continue;
        if (m_before.contains(QPointer<QDialog>(dialog)))
            continue;
        return dialog;
    }
    return nullptr;
}

bool DialogAnswerer::ready(QDialog *dialog)
{
    QWindow *window = dialog->windowHandle();
    if (!window || !window->isExposed())
        return false;
    QWidget *focus = QApplication::focusWidget();
    if (dialog->isActiveWindow() && focus && (focus == dialog || dialog->isAncestorOf(focus)))
        return true;
    if (m_waitTicks % activateEveryTicks == 0) {
        dialog->raise();
        dialog->activateWindow();
    }
    return false;
}

void DialogAnswerer::poll()
{
    if (m_steps.empty()) {
        m_timer.stop();
        return;
    }
    if (!m_current) {
        m_current = findNewDialog();
        m_waitTicks = 0;
        if (!m_current)
            return;
        m_current->setProperty(takenProperty, true);
    }
    if (!ready(m_current)) {
        if (++m_waitTicks > giveUpTicks) {
            fail(QStringLiteral("the dialog \"%1\" never became the active window with the focus inside it")
                     .arg(dialogText(m_current)));
            m_steps.clear();
        }
        return;
    }
    QDialog *dialog = m_current;
    m_current = nullptr;
    answer(dialog);
}

void DialogAnswerer::answer(QDialog *dialog)
{
    const Step step = m_steps.front();
    m_steps.pop_front();
    m_returnTo = dialog->parentWidget() ? dialog->parentWidget()->window() : nullptr;
    const QString text = dialogText(dialog);
    m_texts.append(text);
    if (!step.textPart.isEmpty() && !text.contains(step.textPart)
        && !dialog->windowTitle().contains(step.textPart))
        fail(
            QStringLiteral("the dialog says \"%1\", expected it to mention \"%2\"").arg(text, step.textPart));

    auto *box = qobject_cast<QMessageBox *>(dialog);
    if (step.tickCheckBox) {
        QCheckBox *check = box ? box->checkBox() : nullptr;
        if (!check) {
            fail(QStringLiteral("the dialog \"%1\" has no check box to tick").arg(text));
        } else {
            QStyleOptionButton option;
            option.initFrom(check);
            const QRect indicator
                = check->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, check);
            QTest::mouseClick(check, Qt::LeftButton, {}, indicator.center());
            if (!check->isChecked())
                fail(QStringLiteral("clicking the check box of \"%1\" did not tick it").arg(text));
        }
    }

    // What the answer pressed: the button a message box reports, or a plain dialog's result.
    QPointer<QAbstractButton> pressed;
    int result = -1;
    QMetaObject::Connection clickedConnection;
    if (box) {
        clickedConnection = connect(
            box, &QMessageBox::buttonClicked, this, [&pressed](QAbstractButton *b) { pressed = b; });
    }
    const QMetaObject::Connection finishedConnection
        = connect(dialog, &QDialog::finished, this, [&result](int r) { result = r; });
    QPointer<QDialog> alive(dialog);

    switch (step.action) {
    case Action::Click: {
        QAbstractButton *button = box ? box->button(step.button) : nullptr;
        if (!button) {
            fail(QStringLiteral("the dialog \"%1\" has no %2 button").arg(text, buttonName(step.button)));
            dialog->reject(); // do not leave it open
        } else {
            QTest::mouseClick(button, Qt::LeftButton);
        }
        break;
    }
    case Action::Return:
    case Action::Escape: {
        QWidget *focus = QApplication::focusWidget();
        QWidget *target = focus && dialog->isAncestorOf(focus) ? focus : dialog;
        QTest::keyClick(target, step.action == Action::Return ? Qt::Key_Return : Qt::Key_Escape);
        break;
    }
    }

    if (alive) {
        disconnect(finishedConnection);
        if (clickedConnection)
            disconnect(clickedConnection);
    }
    const QString key = step.action == Action::Return ? QStringLiteral("Return")
        : step.action == Action::Escape               ? QStringLiteral("Escape")
                                                      : QStringLiteral("a click");
    if (result < 0) {
        fail(QStringLiteral("%1 did not close the dialog \"%2\"").arg(key, text));
        if (alive)
            alive->reject();
        return;
    }
    if (box) {
        const QMessageBox::StandardButton got
            = pressed && alive ? box->standardButton(pressed) : QMessageBox::StandardButton(result);
        if (got != step.button) {
            fail(QStringLiteral("%1 answered the box \"%2\" with %3, expected %4")
                     .arg(key, text, buttonName(got), buttonName(step.button)));
        }
    } else if ((result == QDialog::Accepted) != step.dialogResult) {
        fail(QStringLiteral("%1 %2 the dialog \"%3\"")
                 .arg(key,
                     result == QDialog::Accepted ? QStringLiteral("accepted") : QStringLiteral("rejected"),
                     text));
    }
}

} // namespace mgrdesk::test
