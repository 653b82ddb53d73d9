#include "requesteditor.h"

#include "consoletext.h"

#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mgrdesk::gui {

using protocol::Request;

namespace {

const char kHighlightStyle[] = "QLineEdit { background-color: #ffb300; color: #1a1a1a; font-weight: bold; }";

// Values of secret parameters (password, key, …) are painted as bullets and edited in password mode, so a
// password typed for a test call is not on screen for everyone to read.
class SecretValueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static bool isSecretRow(const QModelIndex &index)
    {
        const QString name = index.siblingAtColumn(0).data().toString().trimmed();
        return index.column() == 1 && Request::isAlwaysSecret(name);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QString name = index.siblingAtColumn(0).data().toString().trimmed();
        const QString value = index.siblingAtColumn(1).data().toString();
        if (index.column() == 1 && ConsoleText::isHiddenValue(name, value)) {
            option->backgroundBrush = QColor(0xff, 0xe0, 0x82);
            option->palette.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
        } else if (isSecretRow(index) && !value.isEmpty()) {
            option->text = QString(qMin(int(value.size()), 12), QChar(0x2022));
        }
    }
    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor); line && isSecretRow(index))
            line->setEchoMode(QLineEdit::Password);
        return editor;
    }
};

} // namespace

RequestEditor::RequestEditor(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Request editor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *form = new QFormLayout;
    auto *functionRow = new QHBoxLayout;
    m_function = new QLineEdit(this);
    m_function->setObjectName(QStringLiteral("consoleFunction"));
    m_function->setPlaceholderText(tr("e.g. user, payment.edit, or paste func=user&elid=5"));
    m_function->setAccessibleName(tr("Function"));
    m_function->setAccessibleDescription(
        tr("The API function. Pasting a query string, a URL or a server log line fills the whole request."));
    m_functions = new QStringListModel(this);
    m_completer = new QCompleter(m_functions, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_function->setCompleter(m_completer);
    functionRow->addWidget(m_function, 1);
    m_paste = new QPushButton(tr("&Paste Query"), this);
    m_paste->setAccessibleName(tr("Paste a query string or URL from the clipboard"));
    m_paste->setToolTip(
        tr("Fill the request from a query string, a URL or a server log line on the clipboard "
           "(Ctrl+Shift+V)"));
    m_paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    functionRow->addWidget(m_paste);
    auto *functionLabel = new QLabel(tr("&Function:"), this);
    functionLabel->setBuddy(m_function);
    form->addRow(functionLabel, functionRow);

    m_runAs = new QLineEdit(this);
    m_runAs->setObjectName(QStringLiteral("consoleRunAs"));
    m_runAs->setPlaceholderText(tr("empty: your own rights"));
    m_runAs->setAccessibleName(tr("Run as (su)"));
    m_runAs->setAccessibleDescription(tr("Send the request with the rights of this user (su=)"));
    m_runAs->setClearButtonEnabled(true);
    auto *runAsLabel = new QLabel(tr("Run &as (su):"), this);
    runAsLabel->setBuddy(m_runAs);
    form->addRow(runAsLabel, m_runAs);
    layout->addLayout(form);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("consoleParams"));
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Value") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(0, 160);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->setItemDelegate(new SecretValueDelegate(m_table));
    m_table->setAccessibleName(tr("Parameters"));
    m_table->setAccessibleDescription(
        tr("Ordered name and value pairs. Insert adds a row, Delete removes the "
           "selected rows, Alt+Up and Alt+Down move them."));
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("A&dd Parameter"), this);
    m_add->setAccessibleName(tr("Add a parameter"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setAccessibleName(tr("Remove the selected parameters"));
    m_up = new QPushButton(tr("Move &Up"), this);
    m_up->setAccessibleName(tr("Move the selected parameter up"));
    m_down = new QPushButton(tr("Move Do&wn"), this);
    m_down->setAccessibleName(tr("Move the selected parameter down"));
    for (QPushButton *b : { m_add, m_remove, m_up, m_down })
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, &RequestEditor::removeSelectedRows);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_paste, &QPushButton::clicked, this, &RequestEditor::pasteFromClipboard);
    connect(m_function, &QLineEdit::textEdited, this, &RequestEditor::onFunctionEdited);
    connect(m_function, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_lastFunctionText = text;
        if (!m_filling)
            Q_EMIT changed();
    });
    connect(m_function, &QLineEdit::returnPressed, this, &RequestEditor::sendRequested);
    connect(m_runAs, &QLineEdit::textChanged, this, [this] {
        updateRunAs();
        Q_EMIT runAsChanged(runAs());
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            Q_EMIT changed();
    });
    updateRunAs();
}

Request RequestEditor::request() const
{
    Request r(m_function->text().trimmed());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        const QString n = name ? name->text().trimmed() : QString();
        if (n.isEmpty())
            continue;
        if (n == QLatin1String("func")) { // a row named func sets the function (Request::set does the same)
            if (r.function().isEmpty())
                r.setFunction(value ? value->text().trimmed() : QString());
            continue;
        }
        r.add(n, value ? value->text() : QString());
    }
    return r;
}

void RequestEditor::setRequest(const Request &request)
{
    m_filling = true;
    m_function->setText(request.function());
    m_table->setRowCount(0);
    for (const Request::Param &p : request.params())
        addRow(p.first, p.second);
    m_filling = false;
    Q_EMIT changed();
}

QString RequestEditor::runAs() const
{
    return m_runAs->text().trimmed();
}

void RequestEditor::setRunAs(const QString &login)
{
    m_runAs->setText(login.trimmed());
}

bool RequestEditor::isRunAsHighlighted() const
{
    return !runAs().isEmpty() && !m_runAs->styleSheet().isEmpty();
}

bool RequestEditor::loadText(const QString &text)
{
    QString su;
    const Request r = ConsoleText::fromText(text, m_defaultLang, &su);
    if (r.function().isEmpty() && r.params().isEmpty())
        return false;
    setRequest(r);
    setRunAs(su);
    return true;
}

void RequestEditor::pasteFromClipboard()
{
    const QString text = QApplication::clipboard()->text();
    if (loadText(text))
        m_table->setFocus();
}

void RequestEditor::onFunctionEdited(const QString &text)
{
    // A paste (several characters at once) that looks like a query string or a URL fills the whole editor.
    const bool pasted = text.size() - m_lastFunctionText.size() > 1;
    if (pasted && text.contains(QLatin1Char('='))) {
        m_lastFunctionText = text;
        if (loadText(text))
            m_table->setFocus();
    }
}

void RequestEditor::addKnownFunctions(const QStringList &functions)
{
    QStringList all = m_functions->stringList();
    bool grew = false;
    for (const QString &f : functions) {
        const QString t = f.trimmed();
        if (!t.isEmpty() && !all.contains(t)) {
            all.append(t);
            grew = true;
        }
    }
    if (!grew)
        return;
    all.sort();
    m_functions->setStringList(all);
}

QStringList RequestEditor::knownFunctions() const
{
    return m_functions->stringList();
}

void RequestEditor::addRow(const QString &name, const QString &value)
{
    const bool wasFilling = m_filling;
    m_filling = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *nameItem = new QTableWidgetItem(name);
    auto *valueItem = new QTableWidgetItem(value);
    if (ConsoleText::isHiddenValue(name, value))
        valueItem->setToolTip(tr("Hidden by the log: type the value before sending"));
    m_table->setItem(row, 0, nameItem);
    m_table->setItem(row, 1, valueItem);
    m_filling = wasFilling;
    if (!m_filling)
        Q_EMIT changed();
}

void RequestEditor::removeSelectedRows()
{
    QList<int> rows;
    const auto ranges = m_table->selectedRanges();
    for (const QTableWidgetSelectionRange &r : ranges) {
        for (int row = r.topRow(); row <= r.bottomRow(); ++row)
            rows.append(row);
    }
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows.append(m_table->currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : std::as_const(rows))
        m_table->removeRow(row);
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(qMin(rows.isEmpty() ? 0 : rows.last(), m_table->rowCount() - 1), 0);
    Q_EMIT changed();
}

void RequestEditor::moveSelected(int delta)
{
    const int row = m_table->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_table->rowCount())
        return;
    const int column = m_table->currentColumn();
    for (int c = 0; c < 2; ++c) {
        QTableWidgetItem *a = m_table->takeItem(row, c);
        QTableWidgetItem *b = m_table->takeItem(target, c);
        m_table->setItem(row, c, b);
        m_table->setItem(target, c, a);
    }
    m_table->setCurrentCell(target, qMax(0, column));
    Q_EMIT changed();
}

void RequestEditor::clear()
{
    setRequest(Request());
}

void RequestEditor::updateRunAs()
{
    const QString login = runAs();
    m_runAs->setStyleSheet(login.isEmpty() ? QString() : QString::fromLatin1(kHighlightStyle));
    m_runAs->setToolTip(
        login.isEmpty() ? QString() : tr("Requests from this console run with the rights of %1").arg(login));
}

bool RequestEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Only while the table itself has the focus (not a cell editor).
    if (watched == m_table && event->type() == QEvent::KeyPress && QApplication::focusWidget() == m_table) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            removeSelectedRows();
            return true;
        }
        if (key->key() == Qt::Key_Insert && key->modifiers() == Qt::NoModifier) {
            m_add->click();
            return true;
        }
        if (key->modifiers() == Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveSelected(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace mgrdesk::gui
