#include "quickswitcher.h"

#include "core/navigation/menustore.h"
#include "core/net/connection.h"
#include "core/search/crosssearch.h"
#include "router/pagerouter.h"
#include "search/searchactions.h"
#include "search/searchresultspresenter.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QVBoxLayout>

namespace mgrdesk::gui {

QuickSwitcher::QuickSwitcher(navigation::MenuStore *menus, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_menus(menus)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_data(new search::CrossSearch(this))
    , m_results(new SearchResultsPresenter(m_list, m_data, this))
{
    setObjectName(QStringLiteral("quickSwitcher"));
    setAccessibleName(tr("Go to a menu entry"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    m_search->setObjectName(QStringLiteral("quickSwitcherSearch"));
    m_search->setPlaceholderText(tr("Go to a list, or find a client, service, invoice, payment or ticket…"));
    m_search->setAccessibleName(tr("Search the menus and the data of all accounts"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("quickSwitcherList"));
    m_list->setAccessibleName(tr("Matching menu entries and data"));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus); // the keys go through the search field
    m_status->setObjectName(QStringLiteral("quickSwitcherStatus"));
    m_status->setEnabled(false); // secondary text, in the palette's disabled colour
    m_status->setWordWrap(true);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    m_search->installEventFilter(this);

    connect(m_search, &QLineEdit::textChanged, this, &QuickSwitcher::onTextChanged);
    connect(m_list, &QWidget::customContextMenuRequested, this, &QuickSwitcher::showContextMenu);
    connect(m_results, &SearchResultsPresenter::changed, this, &QuickSwitcher::updateStatus);
    connect(m_results, &SearchResultsPresenter::notice, this, [this](const QString &text) {
        m_notice = text;
        updateStatus();
    });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_list->setCurrentItem(item);
        chooseCurrent();
    });
    connect(m_menus, &navigation::MenuStore::menuChanged, this, [this] {
        if (isVisible())
            refill();
    });
}

void QuickSwitcher::setAccounts(const QList<Account> &accounts)
{
    m_accounts = accounts;
    QList<search::CrossSearch::Account> searched;
    QList<SearchResultsPresenter::Section> sections;
    for (const Account &a : accounts) {
        QStringList functions;
        const QList<navigation::MenuEntry> entries = m_menus->entries(a.id);
        for (const navigation::MenuEntry &e : entries)
            functions << e.action;
        if (m_router && a.connection)
            searched.append({ a.id, a.connection, functions });
        sections.append({ a.id, a.name, a.icon, a.colour });
    }
    m_data->setAccounts(searched);
    m_results->setSections(sections);
    refill();
}

void QuickSwitcher::onTextChanged()
{
    refill();
    m_notice.clear();
    m_data->setQuery(m_search->text()); // debounced; cancels the previous search at once
}

void QuickSwitcher::popup()
{
    QWidget *window = parentWidget() ? parentWidget()->window() : nullptr;
    const int width = window ? qBound(360, window->width() / 2, 640) : 480;
    const int height = window ? qBound(240, window->height() / 2, 480) : 360;
    resize(width, height);
    if (window) {
        const QPoint topCentre = window->mapToGlobal(QPoint(window->width() / 2, 0));
        move(topCentre.x() - width / 2, topCentre.y() + window->height() / 8);
    }
    m_search->clear();
    m_data->setQuery(QString());
    refill();
    show();
    raise();
    activateWindow();
    m_search->setFocus(Qt::PopupFocusReason);
}

int QuickSwitcher::visibleCount() const
{
    return m_menuCount;
}

void QuickSwitcher::refill()
{
    // Only the menu rows at the top are rebuilt: the data rows below stream in from the search.
    for (int i = 0; i < m_menuCount; ++i)
        delete m_list->takeItem(0);
    QList<QListWidgetItem *> menuRows;
    const QStringList words = m_search->text().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString first = words.value(0);
    for (const Account &account : std::as_const(m_accounts)) {
        const QList<navigation::MenuEntry> entries = m_menus->entries(account.id);
        QList<QListWidgetItem *> starts, others;
        for (const navigation::MenuEntry &entry : entries) {
            const QString haystack
                = QStringList { entry.title, entry.path, entry.action, account.name }.join(QLatin1Char('\n'));
            bool all = true;
            for (const QString &w : words) {
                if (!haystack.contains(w, Qt::CaseInsensitive)) {
                    all = false;
                    break;
                }
            }
            if (!all)
                continue;
            auto *item = new QListWidgetItem(
                account.icon, tr("%1 — %2", "menu entry — account").arg(entry.title, account.name));
            item->setData(AccountRole, account.id);
            item->setData(ActionRole, entry.action);
            item->setData(TypeRole, entry.type);
            item->setData(TitleRole, entry.title);
            const QString where
                = entry.path.isEmpty() ? entry.title : tr("%1 › %2").arg(entry.path, entry.title);
            item->setToolTip(tr("%1 (%2) on %3").arg(where, entry.action, account.name));
            (first.isEmpty() || entry.title.startsWith(first, Qt::CaseInsensitive) ? starts : others)
                .append(item);
        }
        menuRows << starts << others;
    }
    m_menuCount = int(menuRows.size());
    for (int i = 0; i < m_menuCount; ++i)
        m_list->insertItem(i, menuRows.at(i));
    if (m_menuCount > 0)
        m_list->setCurrentRow(0);
    else
        moveCurrent(+1);
    updateStatus();
}

void QuickSwitcher::updateStatus()
{
    int loading = 0, loaded = 0;
    for (const Account &account : std::as_const(m_accounts)) {
        if (m_menus->isLoading(account.id))
            ++loading;
        if (m_menus->hasMenu(account.id))
            ++loaded;
    }
    QString text;
    if (loading > 0)
        text = tr("Loading the menus of %n account(s)…", nullptr, loading);
    else if (loaded == 0)
        text = tr("No menu is loaded yet: log in to an account first.");
    else if (m_list->count() == 0 && !m_data->isSearching())
        text = tr("Nothing matches “%1”.").arg(m_search->text().trimmed());
    else
        text = tr("Enter opens the entry on its account; Escape closes.");
    const QString data = m_results->summary();
    if (!data.isEmpty())
        text = tr("%1. %2", "data search summary. hint").arg(data, text);
    if (SearchResultsPresenter::isResult(m_list->currentItem())
        && SearchActions::canActAs(SearchResultsPresenter::resultOf(m_list->currentItem())))
        text += QLatin1Char(' ') + tr("Ctrl+Enter acts as the client.");
    if (!m_notice.isEmpty())
        text = m_notice + QLatin1Char('\n') + text;
    m_status->setText(text);
}

bool QuickSwitcher::chooseCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsSelectable))
        return false;
    if (SearchResultsPresenter::isResult(item)) {
        const search::SearchResult result = SearchResultsPresenter::resultOf(item);
        if (!m_router)
            return false;
        hide();
        m_router->open(SearchActions::pageRequestFor(result));
        return true;
    }
    const QString account = item->data(AccountRole).toString();
    const QString action = item->data(ActionRole).toString();
    const QString type = item->data(TypeRole).toString();
    const QString title = item->data(TitleRole).toString();
    hide();
    Q_EMIT entryChosen(account, action, type, title);
    return true;
}

bool QuickSwitcher::actAsCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!m_router || !SearchResultsPresenter::isResult(item))
        return false;
    const search::SearchResult result = SearchResultsPresenter::resultOf(item);
    if (!SearchActions::canActAs(result))
        return false;
    QWidget *window = parentWidget() ? parentWidget()->window() : nullptr;
    hide();
    SearchActions::actAs(m_router, result, window);
    return true;
}

void QuickSwitcher::moveCurrent(int step)
{
    const int n = m_list->count();
    int row = m_list->currentRow();
    for (int i = 0; i < n; ++i) {
        row = row < 0 ? (step > 0 ? 0 : n - 1) : row + step;
        if (row < 0 || row >= n)
            return; // stays where it is at either end
        if (m_list->item(row)->flags() & Qt::ItemIsSelectable) {
            m_list->setCurrentRow(row);
            updateStatus();
            return;
        }
    }
}

void QuickSwitcher::showContextMenu(const QPoint &pos)
{
    QListWidgetItem *item = m_list->itemAt(pos);
    if (!item || !(item->flags() & Qt::ItemIsSelectable))
        return;
    m_list->setCurrentItem(item);
    QMenu menu(this);
    menu.addAction(tr("Open"), this, &QuickSwitcher::chooseCurrent);
    if (SearchResultsPresenter::isResult(item)
        && SearchActions::canActAs(SearchResultsPresenter::resultOf(item)))
        menu.addAction(tr("Act as This Client…"), this, &QuickSwitcher::actAsCurrent);
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

bool QuickSwitcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
            moveCurrent(key->key() == Qt::Key_Up ? -1 : +1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (key->modifiers() & Qt::ControlModifier)
                actAsCurrent();
            else
                chooseCurrent();
            return true;
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QCoreApplication::sendEvent(m_list, event); // moves the current entry; the focus stays here
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void QuickSwitcher::hideEvent(QHideEvent *event)
{
    m_data->cancel();
    QFrame::hideEvent(event);
}

void QuickSwitcher::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace mgrdesk::gui
