#pragma once
// The page for a kind no page class has registered yet (a report, a dashboard, a document before their pages
// exist): it names what was asked for and says that this version cannot show it, instead of guessing.

#include "pagecontext.h"

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace mgrdesk::gui {

class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    explicit PlaceholderPage(const PageContext &context, QWidget *parent = nullptr);
    QString kind() const { return m_kind; }
    QString function() const { return m_function; }
    QLabel *label() const { return m_label; }

private:
    QString m_kind, m_function;
    QLabel *m_label;
};

} // namespace mgrdesk::gui
