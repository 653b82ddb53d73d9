#pragma once
// Edit › Preferences (Ctrl+,; the application menu on macOS): language, theme, start-up, confirmations,
// desktop alerts, downloads folder and table density, all in the application's settings file. The theme
// previews at once (Cancel takes it back); the language applies at once where widgets follow it and fully
// after a restart (the dialog says so).

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTimeEdit;
class QPushButton;
class QTabWidget;
QT_END_NAMESPACE

namespace mgrdesk::settings {
class Settings;
}

namespace mgrdesk::gui {

class AccountAlertsPage;

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(settings::Settings *settings, QWidget *parent = nullptr);

    // Applies what the settings file says (theme, language) to the running application: at start-up.
    static void applyStored(settings::Settings *settings);

    void accept() override; // stores, applies
    void reject() override; // takes back the theme preview

    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *densityBox() const { return m_density; }
    QCheckBox *restoreTabsBox() const { return m_restoreTabs; }
    QCheckBox *startPageBox() const { return m_startPage; }
    QCheckBox *confirmBox() const { return m_confirm; }
    QCheckBox *alertsBox() const { return m_alerts; }
    QCheckBox *quietBox() const { return m_quiet; }
    QTimeEdit *quietFromEdit() const { return m_quietFrom; }
    QTimeEdit *quietToEdit() const { return m_quietTo; }
    // When the window is closed with alerts on: 0 ask, 1 keep running in the tray, 2 quit.
    QComboBox *closeBox() const { return m_close; }
    AccountAlertsPage *accountAlerts() const { return m_accountAlerts; }
    QTabWidget *pages() const { return m_pages; } // General, Desktop Alerts
    // The accounts (id, name) whose alerts can be set one by one; `select` is shown first.
    void setAccounts(const QList<QPair<QString, QString>> &accounts, const QString &select = QString());
    QLineEdit *downloadsEdit() const { return m_downloads; }
    QPushButton *resetAnswersButton() const { return m_resetAnswers; }
    QLabel *restartNote() const { return m_restartNote; }

Q_SIGNALS:
    void applied(); // stored and applied: the window refreshes what depends on it (density, alerts)

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void retranslate();
    void updateResetButton();
    void loadCloseAnswer();

    settings::Settings *m_settings;
    QString m_themeAtOpen;
    QComboBox *m_language, *m_theme, *m_density;
    QCheckBox *m_restoreTabs, *m_startPage, *m_confirm, *m_alerts, *m_quiet;
    QComboBox *m_close;
    AccountAlertsPage *m_accountAlerts;
    QTabWidget *m_pages;
    QTimeEdit *m_quietFrom, *m_quietTo;
    QLineEdit *m_downloads;
    QPushButton *m_browse, *m_resetAnswers;
    QLabel *m_restartNote;
    QDialogButtonBox *m_buttons;
    QList<QPair<QLabel *, const char *>> m_labels; // retranslated on LanguageChange
};

} // namespace mgrdesk::gui
