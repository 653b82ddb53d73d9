#pragma once
// The main window's tab widget: a QTabWidget that says when tabs come and go (tabsChanged), so that the
// account markers and the saved tab list follow every way a tab is added or closed.

#include <QTabWidget>

namespace mgrdesk::gui {

class TabWidget : public QTabWidget
{
    Q_OBJECT
public:
    using QTabWidget::QTabWidget;

Q_SIGNALS:
    void tabsChanged();

protected:
    void tabInserted(int index) override
    {
        QTabWidget::tabInserted(index);
        Q_EMIT tabsChanged();
    }
    void tabRemoved(int index) override
    {
        QTabWidget::tabRemoved(index);
        Q_EMIT tabsChanged();
    }
};

// A list tab restored from the last session that has not been shown yet: it holds what to open and becomes a
// ListView the first time it is the current tab (so that starting does not log in to every server at once).
class RestoredListTab : public QWidget
{
    Q_OBJECT
public:
    RestoredListTab(const QString &accountId, const QString &function, const QString &plid,
        const QString &title, QWidget *parent = nullptr);
    QString accountId() const { return m_accountId; }
    QString function() const { return m_function; }
    QString plid() const { return m_plid; }
    QString title() const { return m_title; }

private:
    QString m_accountId, m_function, m_plid, m_title;
};

} // namespace mgrdesk::gui
