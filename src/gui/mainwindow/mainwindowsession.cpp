// MainWindow: which account each tab belongs to (markers, switching the account with the tab), and restoring
// list tabs at the next start (View › Restore Tabs at Start).
#include "mainwindow.h"

#include "core/accounts/accountstore.h"
#include "core/net/connectionmanager.h"
#include "core/settings/keys.h"
#include "lists/listview.h"
#include "notify/notificationbadge.h"
#include "router/pagerouter.h"
#include "tabwidget.h"

#include <algorithm>

#include <QAction>
#include <QLabel>
#include <QPainter>
#include <QSet>
#include <QSettings>
#include <QTabBar>
#include <QVBoxLayout>

namespace mgrdesk::gui {

using accounts::Account;

namespace {
const char *const accountProperty = "mgrdeskAccountId";

} // namespace

RestoredListTab::RestoredListTab(const QString &accountId, const QString &function, const QString &plid,
    const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_accountId(accountId)
    , m_function(function)
    , m_plid(plid)
    , m_title(title)
{
    setObjectName(QStringLiteral("restoredListTab"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("“%1” opens when you show this tab.").arg(title), this);
    label->setAlignment(Qt::AlignCenter);
    label->setEnabled(false);
    layout->addWidget(label);
}

QTabWidget *MainWindow::tabs() const
{
    return m_tabs;
}

int MainWindow::openTab(QWidget *widget, const QString &title, const QString &accountId)
{
    widget->setProperty(accountProperty, accountId);
    if (widget->accessibleName().isEmpty())
        widget->setAccessibleName(title);
    const int index = m_tabs->addTab(widget, title);
    updateTabMarkers(); // the tooltip: title and account
    m_tabs->setCurrentIndex(index);
    return index;
}

QString MainWindow::tabAccountId(int index) const
{
    QWidget *w = m_tabs->widget(index);
    return w ? w->property(accountProperty).toString() : QString();
}

bool MainWindow::tabMarkersShown() const
{
    QSet<QString> ids;
    for (int i = 0; i < m_tabs->count(); ++i)
        ids.insert(tabAccountId(i));
    return ids.size() > 1;
}

QString MainWindow::accountIdOf(net::Connection *connection) const
{
    if (!connection)
        return QString();
    const QList<Account> accounts = m_store->accounts();
    for (const Account &a : accounts) {
        if (m_connections->existingConnection(a.id) == connection)
            return a.id;
    }
    return QString();
}

QIcon MainWindow::accountMarker(const QString &accountId) const
{
    const Account a = m_store->account(accountId);
    const int side = 12;
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap(QSize(side, side) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QString colour = Account::tagColorName(a.tag);
    if (!colour.isEmpty()) {
        // The account's environment colour, as in the switcher.
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(colour));
        p.drawRoundedRect(QRectF(1, 1, side - 2, side - 2), 3, 3);
    } else {
        // No colour: the account's initial in a ring, in the palette's text colour (light and dark themes).
        const QColor ink = palette().color(QPalette::WindowText);
        p.setPen(QPen(ink, 1));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QRectF(0.5, 0.5, side - 1, side - 1));
        QFont f = font();
        f.setPixelSize(8);
        f.setBold(true);
        p.setFont(f);
        p.drawText(QRectF(0, 0, side, side), Qt::AlignCenter, a.name.left(1).toUpper());
    }
    return QIcon(pixmap);
}

void MainWindow::updateTabMarkers()
{
    const bool several = tabMarkersShown();
    for (int i = 0; i < m_tabs->count(); ++i) {
        const QString id = tabAccountId(i);
        const QString title = m_tabs->tabText(i);
        QString tip = title;
        QString accessible = title;
        if (m_store->contains(id)) {
            const Account a = m_store->account(id);
            tip += QLatin1Char('\n')
                + tr("Account: %1 (%2 on %3)", "account name, user, server")
                      .arg(a.name, a.username, a.host());
            if (several)
                accessible = tr("%1, account %2", "tab title, account name").arg(title, a.name);
        }
        m_tabs->setTabToolTip(i, tip);
        m_tabs->setTabIcon(i, several && !id.isEmpty() ? accountMarker(id) : QIcon());
#if QT_CONFIG(accessibility)
        m_tabs->tabBar()->setAccessibleTabName(i, accessible);
#endif
    }
}

void MainWindow::chainPageFocus(QWidget *page)
{
    // Qt 6.4's setTabOrder moves only the widget it is given, not its children: chain the page's focusable
    // widgets one by one (keeping their own order) between the tab bar and the notification badge.
    QHash<QWidget *, int> position;
    int n = 0;
    for (QWidget *w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain())
        position.insert(w, n++);
    QList<QWidget *> focusable;
    const QList<QWidget *> children = page->findChildren<QWidget *>();
    for (QWidget *w : children) {
        if ((w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
            focusable.append(w);
    }
    std::stable_sort(focusable.begin(), focusable.end(),
        [&position](QWidget *a, QWidget *b) { return position.value(a, -1) < position.value(b, -1); });
    QWidget *previous = m_tabs->tabBar();
    setTabOrder(previous, page);
    previous = page;
    for (QWidget *w : std::as_const(focusable)) {
        setTabOrder(previous, w);
        previous = w;
    }
    if (m_badge)
        setTabOrder(previous, m_badge);
}

void MainWindow::onTabChanged(int index)
{
    // The focus chain: … tabs → the current tab's content → the notification badge (pages are made after
    // the chain was set up, and would otherwise come last).
    if (QWidget *page = m_tabs->widget(index))
        chainPageFocus(page);
    updateBannerVisibility();
    if (m_materializing || index < 0)
        return;
    // The tab's account becomes the current one (its menu, status and notifications show).
    const QString id = tabAccountId(index);
    if (!id.isEmpty() && id != m_currentId && m_store->contains(id))
        selectAccount(id);
    if (auto *restored = qobject_cast<RestoredListTab *>(m_tabs->widget(index))) {
        QPointer<RestoredListTab> guard(restored);
        QMetaObject::invokeMethod(
            this,
            [this, guard] {
                if (guard)
                    materializeTab(m_tabs->indexOf(guard));
            },
            Qt::QueuedConnection);
    }
}

void MainWindow::materializeTab(int index)
{
    auto *restored = qobject_cast<RestoredListTab *>(m_tabs->widget(index));
    if (!restored || !m_store->contains(restored->accountId()))
        return;
    routing::PageRequest request;
    request.accountId = restored->accountId();
    request.function = restored->function();
    request.plid = restored->plid();
    request.kind = QString::fromLatin1(routing::PageKind::List);
    request.title = restored->title();
    QWidget *page = m_router->createPage(request); // loads at once
    if (!page)
        return;
    page->setProperty(accountProperty, restored->accountId());
    page->setAccessibleName(restored->title());
    const bool wasCurrent = m_tabs->currentIndex() == index;
    m_materializing = true;
    m_tabs->insertTab(index, page, restored->title());
    m_tabs->removeTab(index + 1);
    if (wasCurrent)
        m_tabs->setCurrentIndex(index);
    m_materializing = false;
    restored->deleteLater();
    updateTabMarkers();
}

void MainWindow::closeTabsOf(const QString &accountId)
{
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        if (tabAccountId(i) == accountId) {
            QWidget *w = m_tabs->widget(i);
            m_tabs->removeTab(i);
            w->deleteLater();
        }
    }
}

bool MainWindow::restoreTabsAtStart() const
{
    return m_store->appSettings()->get(settings::keys::restoreTabs);
}

void MainWindow::setRestoreTabsAtStart(bool on)
{
    m_store->appSettings()->set(settings::keys::restoreTabs, on);
    if (m_restoreTabsAction && m_restoreTabsAction->isChecked() != on)
        m_restoreTabsAction->setChecked(on);
    if (!on)
        saveTabs(); // forgets the saved tabs at once
}

void MainWindow::saveTabs()
{
    settings::Settings *app = m_store->appSettings();
    QSettings *s = app->file(); // the saved tabs are an array in the same file
    s->remove(settings::keys::savedTabs);
    app->remove(settings::keys::currentTab);
    if (!restoreTabsAtStart())
        return;
    // Lists only (with their plid): not forms (half-typed values), not impersonation or sessions tabs.
    struct Saved
    {
        QString account, function, plid, title;
    };
    QList<Saved> saved;
    int current = -1;
    for (int i = 0; i < m_tabs->count(); ++i) {
        QWidget *w = m_tabs->widget(i);
        const QString account = tabAccountId(i);
        if (account.isEmpty() || !m_store->contains(account))
            continue;
        if (auto *list = qobject_cast<ListView *>(w))
            saved.append({ account, list->function(), list->plid(),
                list->baseTitle().isEmpty() ? m_tabs->tabText(i) : list->baseTitle() }); // not "(filtered)"
        else if (auto *restored = qobject_cast<RestoredListTab *>(w))
            saved.append({ account, restored->function(), restored->plid(), restored->title() });
        else
            continue;
        if (i == m_tabs->currentIndex())
            current = int(saved.size()) - 1;
    }
    s->beginWriteArray(settings::keys::savedTabs, int(saved.size()));
    for (int i = 0; i < saved.size(); ++i) {
        s->setArrayIndex(i);
        s->setValue(QStringLiteral("account"), saved.at(i).account);
        s->setValue(QStringLiteral("function"), saved.at(i).function);
        s->setValue(QStringLiteral("plid"), saved.at(i).plid);
        s->setValue(QStringLiteral("title"), saved.at(i).title);
    }
    s->endArray();
    app->set(settings::keys::currentTab, current);
    app->sync(); // on disk now: the application may end right after closing the window
}

void MainWindow::restoreTabs()
{
    if (!restoreTabsAtStart())
        return;
    settings::Settings *app = m_store->appSettings();
    QSettings *s = app->file();
    const int count = s->beginReadArray(settings::keys::savedTabs);
    m_materializing = true; // placeholders only; the current one becomes a list below
    for (int i = 0; i < count; ++i) {
        s->setArrayIndex(i);
        const QString account = s->value(QStringLiteral("account")).toString();
        const QString function = s->value(QStringLiteral("function")).toString();
        if (function.isEmpty() || !m_store->contains(account))
            continue;
        const QString title = s->value(QStringLiteral("title")).toString();
        auto *tab = new RestoredListTab(account, function, s->value(QStringLiteral("plid")).toString(),
            title.isEmpty() ? function : title);
        tab->setProperty(accountProperty, account);
        tab->setAccessibleName(tab->title());
        m_tabs->addTab(tab, tab->title());
    }
    s->endArray();
    const int current = app->get(settings::keys::currentTab);
    if (m_tabs->count() > 0)
        m_tabs->setCurrentIndex(qBound(0, current, m_tabs->count() - 1));
    m_materializing = false;
    updateTabMarkers();
    if (m_tabs->count() > 0)
        onTabChanged(m_tabs->currentIndex());
}

} // namespace mgrdesk::gui
