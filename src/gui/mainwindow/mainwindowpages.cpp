// MainWindow: the tab area the PageRouter places pages in (TabArea), and the window's entry points for
// opening pages (navigation tree, lists by name, forms, Ctrl+K entries): each builds a routing::PageRequest
// and hands it to the router.
#include "mainwindow.h"

#include "forms/formwidget.h"
#include "lists/listview.h"
#include "router/pagerouter.h"
#include "tabwidget.h"

#include "core/accounts/accountstore.h"
#include "core/net/connectionmanager.h"

#include <QStatusBar>

namespace mgrdesk::gui {

using routing::PageRequest;

QWidget *MainWindow::openPage(const PageRequest &request, QWidget *origin)
{
    return m_router->open(request, origin);
}

int MainWindow::tabIndexOf(QWidget *page) const
{
    for (QWidget *w = page; w; w = w->parentWidget()) {
        const int index = m_tabs->indexOf(w);
        if (index >= 0)
            return index;
    }
    return -1;
}

void MainWindow::closeTab(QWidget *page)
{
    const int index = m_tabs->indexOf(page);
    if (index < 0)
        return;
    m_tabs->removeTab(index);
    page->deleteLater();
}

bool MainWindow::showTab(QWidget *page)
{
    const int index = tabIndexOf(page);
    if (index < 0)
        return false;
    m_tabs->setCurrentIndex(index);
    return true;
}

QString MainWindow::tabTitle(QWidget *page) const
{
    const int index = tabIndexOf(page);
    return index >= 0 ? m_tabs->tabText(index) : QString();
}

void MainWindow::setTabTitle(QWidget *page, const QString &title)
{
    const int index = m_tabs->indexOf(page);
    if (index < 0 || title.isEmpty())
        return;
    m_tabs->setTabText(index, title);
    updateTabMarkers(); // the tooltip: title and account
}

QString MainWindow::accountOfTab(QWidget *page) const
{
    const int index = tabIndexOf(page);
    return index >= 0 ? tabAccountId(index) : QString();
}

void MainWindow::openNavigationEntry(const QString &action, const QString &type, const QString &title)
{
    PageRequest request;
    request.accountId = m_currentId;
    request.function = action;
    request.metadataType = type;
    request.title = type == QLatin1String("form") ? QString() : title;
    openPage(request);
}

ListView *MainWindow::openList(const QString &function, const QString &plid, const QString &title)
{
    return openListFor(m_currentId, function, plid, title);
}

ListView *MainWindow::openListFor(
    const QString &accountId, const QString &function, const QString &plid, const QString &title)
{
    if (accountId.isEmpty() || !m_store->contains(accountId))
        return nullptr;
    PageRequest request;
    request.accountId = accountId;
    request.function = function;
    request.plid = plid;
    request.title = title;
    request.kind = QString::fromLatin1(routing::PageKind::List);
    return qobject_cast<ListView *>(openPage(request));
}

FormWidget *MainWindow::openForm(
    const QString &function, const QString &elid, const QString &plid, ListView *origin)
{
    if (m_currentId.isEmpty())
        return nullptr;
    PageRequest request;
    request.accountId = origin ? accountOfTab(origin) : m_currentId;
    if (request.accountId.isEmpty())
        request.accountId = m_currentId;
    request.function = function;
    request.elid = elid;
    request.plid = plid;
    request.kind = QString::fromLatin1(routing::PageKind::Form);
    return qobject_cast<FormWidget *>(openPage(request, origin));
}

} // namespace mgrdesk::gui
