#include "formfieldeditor.h"
#include "tickets/filelistedit.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QSlider>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace mgrdesk::gui {

using K = models::FormFieldInfo::Kind;

namespace {
constexpr int kSearchableOptions = 15; // longer selects get a type-to-filter combo
const char *kErrorStyle = "border: 1px solid #c62828; border-radius: 2px;";
} // namespace

FormFieldEditor::FormFieldEditor(const models::FormFieldInfo &field, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
{
    setObjectName(QStringLiteral("field_") + field.name);
    build();
}

QString FormFieldEditor::labelText() const
{
    return m_field.required ? tr("%1 *").arg(m_field.label) : m_field.label;
}

void FormFieldEditor::build()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    const QString accessible = m_field.label.isEmpty() ? m_field.name : m_field.label;

    switch (m_field.kind) {
    case K::Text:
    case K::Password:
    case K::Hidden: {
        auto *edit = new QLineEdit(this);
        if (m_field.kind == K::Password) {
            edit->setEchoMode(QLineEdit::Password);
            edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
        }
        if (m_field.maxLength > 0)
            edit->setMaxLength(m_field.maxLength);
        edit->setPlaceholderText(m_field.placeholder);
        if (m_field.check == QLatin1String("int"))
            edit->setValidator(
                new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[+-]?[0-9]*")), edit));
        if (m_field.check == QLatin1String("email"))
            edit->setInputMethodHints(Qt::ImhEmailCharactersOnly);
        else if (m_field.check == QLatin1String("url"))
            edit->setInputMethodHints(Qt::ImhUrlCharactersOnly);
        connect(edit, &QLineEdit::textEdited, this, &FormFieldEditor::emitEdited);
        connect(edit, &QLineEdit::returnPressed, this, &FormFieldEditor::submitRequested);
        m_control = edit;
        break;
    }
    case K::Multiline: {
        auto *edit = new QPlainTextEdit(this);
        edit->setPlaceholderText(m_field.placeholder);
        edit->setTabChangesFocus(true);
        const int lines = qBound(3, m_field.zoom > 0 ? m_field.zoom : 4, 12);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
        connect(edit, &QPlainTextEdit::textChanged, this, &FormFieldEditor::emitEdited);
        m_control = edit;
        break;
    }
    case K::Checkbox: {
        auto *box = new QCheckBox(this);
        box->setText(m_field.label);
        connect(box, &QCheckBox::toggled, this, &FormFieldEditor::emitEdited);
        m_control = box;
        break;
    }
    case K::Select: {
        auto *combo = new QComboBox(this);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        connect(combo, &QComboBox::currentIndexChanged, this, &FormFieldEditor::emitEdited);
        m_control = combo;
        break;
    }
    case K::Radio: {
        auto *box = new QWidget(this);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        m_radios = new QButtonGroup(this);
        m_radios->setExclusive(true);
        connect(m_radios, &QButtonGroup::idToggled, this, [this](int, bool checked) {
            if (checked)
                emitEdited();
        });
        m_control = box;
        break;
    }
    case K::Multiple: {
        auto *list = new QListWidget(this);
        list->setSelectionMode(QAbstractItemView::SingleSelection);
        list->setSizePolicy(
            QSizePolicy::Expanding, QSizePolicy::Fixed); // sized to its options in fillOptions
        connect(list, &QListWidget::itemChanged, this, &FormFieldEditor::emitEdited);
        m_control = list;
        break;
    }
    case K::TextData: {
        auto *label = new QLabel(this);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_control = label;
        break;
    }
    case K::Slider: {
        auto *box = new QWidget(this);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        auto *slider = new QSlider(Qt::Horizontal, box);
        slider->setRange(m_field.sliderMin, m_field.sliderMax);
        slider->setSingleStep(m_field.sliderStep);
        slider->setPageStep(m_field.sliderStep);
        slider->setTickInterval(m_field.sliderStep);
        m_sliderValue = new QLabel(box);
        m_sliderValue->setMinimumWidth(
            m_sliderValue->fontMetrics().horizontalAdvance(QStringLiteral("000000")));
        row->addWidget(slider, 1);
        row->addWidget(m_sliderValue);
        connect(slider, &QSlider::valueChanged, this, [this](int v) {
            m_sliderValue->setText(QString::number(v));
            emitEdited();
        });
        m_control = slider;
        layout->addWidget(box);
        break;
    }
    case K::List: {
        auto *view = new QTableView(this);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        view->setModel(new QStandardItemModel(view));
        view->setMinimumHeight(120);
        m_control = view;
        break;
    }
    case K::Button: {
        auto *button = new QPushButton(m_field.label, this);
        connect(button, &QPushButton::clicked, this, [this] { Q_EMIT buttonClicked(m_field.name); });
        m_control = button;
        break;
    }
    case K::File: {
        auto *files = new FileListEdit(this);
        files->setMultiple(m_field.multipleFiles());
        files->setMaxCount(m_field.attribute(QStringLiteral("maxcount")).toInt());
        connect(files, &FileListEdit::pathsEdited, this, &FormFieldEditor::emitEdited);
        m_control = files;
        break;
    }
    }

    m_control->setObjectName(m_field.name);
    m_control->setAccessibleName(accessible);
    if (!m_field.hint.isEmpty()) {
        m_control->setToolTip(m_field.hint);
        m_control->setAccessibleDescription(m_field.hint);
    }
    m_control->installEventFilter(this);
    if (m_field.kind != K::Slider)
        layout->addWidget(m_control);

    if (!m_field.hint.isEmpty() && m_field.kind != K::Hidden) {
        m_hint = new QLabel(m_field.hint, this);
        m_hint->setObjectName(QStringLiteral("hint"));
        m_hint->setTextFormat(Qt::PlainText);
        m_hint->setWordWrap(true);
        QFont f = m_hint->font();
        f.setPointSizeF(f.pointSizeF() * 0.9);
        m_hint->setFont(f);
        m_hint->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(m_hint);
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    layout->addWidget(m_error);

    if (m_field.readonly && m_field.kind != K::TextData && m_field.kind != K::List)
        setFieldEnabled(false);
    if (m_field.kind == K::Select || m_field.kind == K::Radio || m_field.kind == K::Multiple)
        fillOptions(QString());
}

void FormFieldEditor::emitEdited()
{
    if (m_updating)
        return;
    Q_EMIT edited(m_field.name, value());
}

QString FormFieldEditor::value() const
{
    switch (m_field.kind) {
    case K::Text:
    case K::Password:
    case K::Hidden:
        return static_cast<QLineEdit *>(m_control)->text();
    case K::Multiline:
        return static_cast<QPlainTextEdit *>(m_control)->toPlainText();
    case K::Checkbox:
        return static_cast<QCheckBox *>(m_control)->isChecked() ? QStringLiteral("on")
                                                                : QStringLiteral("off");
    case K::Select: {
        auto *combo = static_cast<QComboBox *>(m_control);
        return combo->currentIndex() >= 0 ? combo->currentData().toString() : QString();
    }
    case K::Radio: {
        const QAbstractButton *b = m_radios->checkedButton();
        return b ? b->property("key").toString() : QString();
    }
    case K::Multiple: {
        auto *list = static_cast<QListWidget *>(m_control);
        QStringList keys;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                keys.append(list->item(i)->data(Qt::UserRole).toString());
        }
        return keys.join(QLatin1Char(','));
    }
    case K::Slider:
        return QString::number(static_cast<QSlider *>(m_control)->value());
    case K::TextData:
        return static_cast<QLabel *>(m_control)->text();
    case K::File:
        return FileListEdit::join(static_cast<FileListEdit *>(m_control)->paths());
    case K::List:
    case K::Button:
        return {};
    }
    return {};
}

void FormFieldEditor::setValue(const QString &value)
{
    if (value == this->value())
        return; // keeps the caret and the selection of the field being typed in
    m_updating = true;
    switch (m_field.kind) {
    case K::Text:
    case K::Password:
    case K::Hidden:
        static_cast<QLineEdit *>(m_control)->setText(value);
        break;
    case K::Multiline:
        static_cast<QPlainTextEdit *>(m_control)->setPlainText(value);
        break;
    case K::Checkbox:
        static_cast<QCheckBox *>(m_control)->setChecked(value == QLatin1String("on"));
        break;
    case K::Select:
    case K::Radio:
    case K::Multiple:
        fillOptions(value);
        break;
    case K::Slider:
        static_cast<QSlider *>(m_control)->setValue(value.toInt());
        m_sliderValue->setText(QString::number(static_cast<QSlider *>(m_control)->value()));
        break;
    case K::TextData:
        static_cast<QLabel *>(m_control)->setText(value);
        break;
    case K::File:
        static_cast<FileListEdit *>(m_control)->setPaths(FileListEdit::split(value));
        break;
    case K::List:
    case K::Button:
        break;
    }
    m_updating = false;
}

void FormFieldEditor::setOptions(const QList<protocol::SelectOption> &options, const QString &value)
{
    m_field.options = options;
    m_updating = true;
    fillOptions(value);
    m_updating = false;
}

void FormFieldEditor::fillOptions(const QString &value)
{
    const bool was = m_updating;
    m_updating = true;
    if (m_field.kind == K::Select) {
        auto *combo = static_cast<QComboBox *>(m_control);
        combo->clear();
        int current = -1;
        for (const auto &o : m_field.options) {
            combo->addItem(o.label.isEmpty() ? o.key : o.label, o.key);
            if (o.key == value)
                current = combo->count() - 1;
        }
        if (current < 0 && !value.isEmpty() && value != QLatin1String("null")) {
            combo->addItem(value, value); // a value the options do not list: keep it
            current = combo->count() - 1;
        }
        const bool searchable = combo->count() > kSearchableOptions;
        if (searchable && !combo->isEditable()) {
            combo->setEditable(true);
            combo->setInsertPolicy(QComboBox::NoInsert);
            combo->lineEdit()->setPlaceholderText(tr("Type to search"));
            combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
            combo->completer()->setFilterMode(Qt::MatchContains);
            combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        } else if (!searchable && combo->isEditable()) {
            combo->setEditable(false);
        }
        combo->setCurrentIndex(current >= 0 ? current : (combo->count() ? 0 : -1));
    } else if (m_field.kind == K::Radio) {
        auto *row = static_cast<QHBoxLayout *>(m_control->layout());
        qDeleteAll(m_radioButtons);
        m_radioButtons.clear();
        int id = 0;
        for (const auto &o : m_field.options) {
            auto *b = new QRadioButton(o.label.isEmpty() ? o.key : o.label, m_control);
            b->setProperty("key", o.key);
            b->setAccessibleName(QStringLiteral("%1: %2").arg(m_field.label, b->text()));
            b->setChecked(o.key == value);
            m_radios->addButton(b, id++);
            row->addWidget(b);
            m_radioButtons.append(b);
        }
    } else if (m_field.kind == K::Multiple) {
        auto *list = static_cast<QListWidget *>(m_control);
        list->clear();
        const QStringList keys = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        QStringList trimmed;
        for (const QString &k : keys)
            trimmed.append(k.trimmed());
        for (const auto &o : m_field.options) {
            auto *item = new QListWidgetItem(o.label.isEmpty() ? o.key : o.label, list);
            item->setData(Qt::UserRole, o.key);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(trimmed.contains(o.key) ? Qt::Checked : Qt::Unchecked);
        }
        const int rows = qBound(2, list->count(), 8);
        const int rowHeight = list->count() ? list->sizeHintForRow(0) : list->fontMetrics().height();
        list->setFixedHeight(rows * rowHeight + 2 * list->frameWidth() + 4);
    }
    m_updating = was;
}

void FormFieldEditor::setTable(const QSharedPointer<protocol::TableData> &table)
{
    if (m_field.kind != K::List)
        return;
    auto *view = static_cast<QTableView *>(m_control);
    auto *model = static_cast<QStandardItemModel *>(view->model());
    model->clear();
    if (!table)
        return;
    model->setColumnCount(table->columnCount());
    QStringList headers;
    for (const QString &c : table->columns())
        headers.append(table->messages.value(c, c));
    model->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < table->rowCount(); ++r) {
        QList<QStandardItem *> items;
        for (int c = 0; c < table->columnCount(); ++c)
            items.append(new QStandardItem(table->cell(r, c)));
        model->appendRow(items);
    }
    // Per-row buttons (<elem>…<action><button name/></action>): real push buttons in their cell; a click
    // sends the form with that row (rowButtonClicked).
    for (const protocol::RowButton &b : table->rowButtons) {
        int column = table->columnIndex(b.column);
        if (column < 0) {
            column = model->columnCount();
            model->setColumnCount(column + 1);
        }
        if (b.row < 0 || b.row >= model->rowCount())
            continue;
        QString title = table->messages.value(QStringLiteral("msg_") + b.name);
        if (title.isEmpty())
            title = table->messages.value(b.name, b.name);
        auto *button = new QPushButton(title, view);
        button->setObjectName(QStringLiteral("rowButton_%1_%2").arg(b.row).arg(b.name));
        button->setAccessibleName(tr("%1: %2").arg(title, table->rowKey(b.row)));
        const QString hint = table->messages.value(QStringLiteral("hint_") + b.name);
        if (!hint.isEmpty())
            button->setToolTip(hint);
        const int row = b.row;
        const QString name = b.name;
        connect(button, &QPushButton::clicked, this,
            [this, row, name] { Q_EMIT rowButtonClicked(m_field.name, row, name); });
        view->setIndexWidget(model->index(b.row, column), button);
    }
}

void FormFieldEditor::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_control->setStyleSheet(message.isEmpty() ? QString() : QString::fromLatin1(kErrorStyle));
    m_control->setAccessibleDescription(message.isEmpty() ? m_field.hint : message);
}

QString FormFieldEditor::error() const
{
    return m_error->text();
}

void FormFieldEditor::setFieldEnabled(bool enabled)
{
    if (m_field.readonly
        && (m_field.kind == K::Text || m_field.kind == K::Password || m_field.kind == K::Multiline)) {
        // Read-only text stays readable and selectable.
        if (auto *line = qobject_cast<QLineEdit *>(m_control))
            line->setReadOnly(true);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(m_control))
            text->setReadOnly(true);
        return;
    }
    m_control->setEnabled(enabled && !m_field.readonly);
}

bool FormFieldEditor::hasFocusInside() const
{
    const QWidget *f = QApplication::focusWidget();
    return f && (f == m_control || m_control->isAncestorOf(f));
}

bool FormFieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_control && event->type() == QEvent::FocusIn)
        Q_EMIT focused(m_field.name);
    return QWidget::eventFilter(watched, event);
}

} // namespace mgrdesk::gui
