#pragma once
// The notification badge in the status bar: a bell with the current account's count of waiting things (from
// func=notify), whose menu lists every logged-in account's counters; choosing one asks to open the matching
// list on that account (openRequested). A failed check shows quietly (a dash and a tooltip), never a dialog.

#include "core/notify/notificationpoller.h"

#include <QIcon>
#include <QToolButton>

QT_BEGIN_NAMESPACE
class QMenu;
QT_END_NAMESPACE

namespace mgrdesk::gui {

class NotificationBadge : public QToolButton
{
    Q_OBJECT
public:
    struct Account
    {
        QString id, name;
        QIcon icon; // the account's colour tag
        notify::NotificationPoller::State state = notify::NotificationPoller::State::Idle;
        QList<notify::NotifyCounter> counters;
        int total = -1; // the poller's total (a newer <doc notify> included); -1: the counters' sum
        std::optional<QString> balance; // the balance item, shown in the tooltip and the menu
        QString message;
        QDateTime lastChecked;
    };

    explicit NotificationBadge(QWidget *parent = nullptr);

    // Every account with a poller; `currentId` is the one whose count the badge shows.
    void setAccounts(const QList<Account> &accounts, const QString &currentId);
    int shownCount() const { return m_shownCount; } // -1: nothing to show (not checked or failed)
    // The menu's counter entries; data() is QStringList{accountId, counterName}. Choosing one emits
    // openRequested with the item's action (the function to open) when it names one, else its name.
    QList<QAction *> counterActions() const;
    QMenu *counterMenu() const { return m_menu; }

Q_SIGNALS:
    void openRequested(const QString &accountId, const QString &counterName, const QString &title);
    void checkNowRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QIcon bellIcon(bool attention) const;

    QMenu *m_menu;
    QList<Account> m_accounts;
    QString m_currentId;
    int m_shownCount = -1;
    bool m_menuDirty = false;
};

} // namespace mgrdesk::gui
