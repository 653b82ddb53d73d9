#pragma once
// One field of a generated form: the native control for its kind (docs/protocol.md §6), its inline hint and
// its error line. Speaks in the protocol's value strings (on/off, option keys, comma-separated keys).

#include "core/models/formdescription.h"
#include "core/protocol/reply.h"

#include <QPointer>
#include <QSharedPointer>
#include <QWidget>

class QButtonGroup;
class QLabel;

namespace mgrdesk::gui {

class FormFieldEditor : public QWidget
{
    Q_OBJECT
public:
    FormFieldEditor(const models::FormFieldInfo &field, QWidget *parent = nullptr);

    QString name() const { return m_field.name; }
    models::FormFieldInfo::Kind kind() const { return m_field.kind; }
    const models::FormFieldInfo &field() const { return m_field; }
    QWidget *control() const { return m_control; } // the native widget (QLineEdit, QComboBox, …)
    QLabel *errorLabel() const { return m_error; }
    QString labelText() const; // label with the required mark

    QString value() const;
    void setValue(const QString &value); // never emits edited(); keeps the caret if unchanged
    void setOptions(const QList<protocol::SelectOption> &options, const QString &value);
    void setTable(const QSharedPointer<protocol::TableData> &table);
    void setError(const QString &message); // red border and the message under the control
    QString error() const;
    void setFieldEnabled(bool enabled);
    bool hasFocusInside() const;

Q_SIGNALS:
    void edited(const QString &name, const QString &value); // by the user
    void focused(const QString &name);
    void buttonClicked(const QString &name); // an in-form <button>
    void rowButtonClicked(const QString &list, int row, const QString &button); // a button in an embedded row
    void submitRequested(); // Enter in a single-line field

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void build();
    void emitEdited();
    void fillOptions(const QString &value);

    models::FormFieldInfo m_field;
    QWidget *m_control = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_sliderValue = nullptr;
    QButtonGroup *m_radios = nullptr;
    QList<QWidget *> m_radioButtons;
    bool m_updating = false;
};

} // namespace mgrdesk::gui
