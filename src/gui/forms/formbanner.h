#pragma once
// The message strip at the top of a form: an error naming no field, with its details (type, object, stack)
// one click away; also used for notices (sending failed, the form could not be updated).

#include "core/protocol/reply.h"

#include <QFrame>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace mgrdesk::gui {

class FormBanner : public QFrame
{
    Q_OBJECT
public:
    explicit FormBanner(QWidget *parent = nullptr);

    void showError(const QString &message, const std::optional<protocol::ApiError> &error = std::nullopt);
    void showNotice(const QString &message);
    void clear();
    QString message() const;
    QString details() const;
    QToolButton *detailsButton() const { return m_detailsButton; }
    QPlainTextEdit *detailsView() const { return m_details; }

private:
    QLabel *m_text;
    QToolButton *m_detailsButton;
    QToolButton *m_close;
    QPlainTextEdit *m_details;
};

} // namespace mgrdesk::gui
