#pragma once
// Preferences › Desktop alerts, per account: the accounts listed on the left; for the chosen one, alerts on
// or off and quiet hours of its own (instead of the ones for all accounts). Edited in memory and written to
// the settings file by store() (the dialog's OK); the tray menu's "Alerts for This Account" writes the same
// key.

#include <QHash>
#include <QList>
#include <QPair>
#include <QTime>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QListWidget;
class QTimeEdit;
QT_END_NAMESPACE

namespace mgrdesk::settings {
class Settings;
}

namespace mgrdesk::gui {

class AccountAlertsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AccountAlertsPage(settings::Settings *settings, QWidget *parent = nullptr);

    // (id, name) of every account, in the order they are shown; loads their settings.
    void setAccounts(const QList<QPair<QString, QString>> &accounts);
    void selectAccount(const QString &accountId);
    void store(); // writes every account's values to the settings file
    void retranslate();

    QListWidget *accountList() const { return m_list; }
    QCheckBox *alertsBox() const { return m_alerts; }
    QCheckBox *ownQuietBox() const { return m_ownQuiet; }
    QTimeEdit *quietFromEdit() const { return m_from; }
    QTimeEdit *quietToEdit() const { return m_to; }

private:
    struct Values
    {
        bool alerts = true;
        bool ownQuiet = false;
        QTime from, to;
    };
    void showCurrent();
    void keepCurrent();

    settings::Settings *m_settings;
    QListWidget *m_list;
    QCheckBox *m_alerts, *m_ownQuiet;
    QTimeEdit *m_from, *m_to;
    QLabel *m_toLabel, *m_empty;
    QHash<QString, Values> m_values;
    QString m_current;
};

} // namespace mgrdesk::gui
