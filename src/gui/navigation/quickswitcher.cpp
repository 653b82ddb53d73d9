#include "quickswitcher.h"

#include "core/navigation/menustore.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace mgrdesk::gui {

QuickSwitcher::QuickSwitcher(navigation::MenuStore *menus, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_menus(menus)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("quickSwitcher"));
    setAccessibleName(tr("Go to a menu entry"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    m_search->setObjectName(QStringLiteral("quickSwitcherSearch"));
    m_search->setPlaceholderText(tr("Go to a list in any account…"));
    m_search->setAccessibleName(tr("Search the menus of all accounts"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("quickSwitcherList"));
    m_list->setAccessibleName(tr("Matching menu entries"));
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus); // the keys go through the search field
    m_status->setObjectName(QStringLiteral("quickSwitcherStatus"));
    m_status->setEnabled(false); // secondary text, in the palette's disabled colour
    m_status->setWordWrap(true);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    m_search->installEventFilter(this);

    connect(m_search, &QLineEdit::textChanged, this, &QuickSwitcher::refill);
    connect(m_search, &QLineEdit::returnPressed, this, &QuickSwitcher::chooseCurrent);
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
    refill();
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
    refill();
    show();
    raise();
    activateWindow();
    m_search->setFocus(Qt::PopupFocusReason);
}

int QuickSwitcher::visibleCount() const
{
    return m_list->count();
}

void QuickSwitcher::refill()
{
    m_list->clear();
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
        for (QListWidgetItem *item : std::as_const(starts))
            m_list->addItem(item);
        for (QListWidgetItem *item : std::as_const(others))
            m_list->addItem(item);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
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
    else if (m_list->count() == 0)
        text = tr("Nothing matches “%1”.").arg(m_search->text().trimmed());
    else
        text = tr("Enter opens the entry on its account; Escape closes.");
    m_status->setText(text);
}

bool QuickSwitcher::chooseCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return false;
    const QString account = item->data(AccountRole).toString();
    const QString action = item->data(ActionRole).toString();
    const QString type = item->data(TypeRole).toString();
    const QString title = item->data(TitleRole).toString();
    hide();
    Q_EMIT entryChosen(account, action, type, title);
    return true;
}

bool QuickSwitcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
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

void QuickSwitcher::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace mgrdesk::gui
