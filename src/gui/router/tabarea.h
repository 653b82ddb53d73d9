#pragma once
// The main window's tab area as the router sees it: it adds, shows and closes tabs that belong to an
// account. MainWindow implements it; tests may implement it over a bare QTabWidget.

#include <QString>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace mgrdesk::gui {

class TabArea
{
public:
    virtual ~TabArea() = default;
    // Adds a closable tab (the area takes ownership) that belongs to `accountId` and makes it current.
    virtual int openTab(QWidget *page, const QString &title, const QString &accountId) = 0;
    virtual void closeTab(QWidget *page) = 0; // removes and deletes it later; nothing when not a tab
    virtual bool showTab(QWidget *page) = 0; // makes it current; false when it is not (or no longer) a tab
    virtual QString tabTitle(QWidget *page) const = 0;
    virtual void setTabTitle(QWidget *page, const QString &title) = 0;
    virtual QString accountOfTab(QWidget *page) const = 0; // the account of the tab holding `page`
    virtual QString currentAccount() const = 0;
    virtual QWidget *dialogParent() = 0;
};

} // namespace mgrdesk::gui
