#include "preferencesdialog.h"

#include "accountalertspage.h"
#include "appearance/theme.h"
#include "core/settings/keys.h"
#include "language.h"
#include "preferencekeys.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace mgrdesk::gui {

namespace keys = settings::keys;

PreferencesDialog::PreferencesDialog(settings::Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_density(new QComboBox(this))
    , m_restoreTabs(new QCheckBox(this))
    , m_startPage(new QCheckBox(this))
    , m_confirm(new QCheckBox(this))
    , m_alerts(new QCheckBox(this))
    , m_quiet(new QCheckBox(this))
    , m_close(new QComboBox(this))
    , m_accountAlerts(new AccountAlertsPage(settings, this))
    , m_pages(new QTabWidget(this))
    , m_quietFrom(new QTimeEdit(this))
    , m_quietTo(new QTimeEdit(this))
    , m_downloads(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_resetAnswers(new QPushButton(this))
    , m_restartNote(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_language->setObjectName(QStringLiteral("preferencesLanguage"));
    m_theme->setObjectName(QStringLiteral("preferencesTheme"));
    m_density->setObjectName(QStringLiteral("preferencesDensity"));
    m_quietFrom->setDisplayFormat(QStringLiteral("HH:mm"));
    m_quietTo->setDisplayFormat(QStringLiteral("HH:mm"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setForegroundRole(QPalette::PlaceholderText);
    m_restartNote->hide();

    auto label = [this](const char *text) {
        auto *l = new QLabel(tr(text), this);
        m_labels.append({ l, text });
        return l;
    };
    auto group = [this](const char *title) {
        auto *g = new QGroupBox(tr(title), this);
        g->setProperty("trTitle", QByteArray(title));
        return g;
    };

    auto *appearance = group(QT_TR_NOOP("Appearance"));
    auto *appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(label(QT_TR_NOOP("Language:")), m_language);
    appearanceForm->addRow(QString(), m_restartNote);
    appearanceForm->addRow(label(QT_TR_NOOP("Theme:")), m_theme);
    appearanceForm->addRow(label(QT_TR_NOOP("Table density:")), m_density);

    auto *startup = group(QT_TR_NOOP("Start-up"));
    auto *startupLayout = new QVBoxLayout(startup);
    startupLayout->addWidget(m_restoreTabs);
    startupLayout->addWidget(m_startPage);

    auto *confirmations = group(QT_TR_NOOP("Confirmations"));
    auto *confirmLayout = new QVBoxLayout(confirmations);
    confirmLayout->addWidget(m_confirm);
    auto *closeRow = new QHBoxLayout;
    closeRow->addWidget(label(QT_TR_NOOP("Closing the window while alerts are on:")));
    closeRow->addWidget(m_close);
    closeRow->addStretch();
    confirmLayout->addLayout(closeRow);
    confirmLayout->addWidget(m_resetAnswers, 0, Qt::AlignLeft);

    auto *alerts = group(QT_TR_NOOP("Desktop alerts"));
    auto *alertsLayout = new QVBoxLayout(alerts);
    alertsLayout->addWidget(m_alerts);
    auto *quietRow = new QHBoxLayout;
    quietRow->addWidget(m_quiet);
    quietRow->addWidget(m_quietFrom);
    quietRow->addWidget(label(QT_TR_NOOP("to")));
    quietRow->addWidget(m_quietTo);
    quietRow->addStretch();
    alertsLayout->addLayout(quietRow);
    alertsLayout->addWidget(m_accountAlerts);

    auto *downloads = group(QT_TR_NOOP("Downloads"));
    auto *downloadsLayout = new QHBoxLayout(downloads);
    downloadsLayout->addWidget(label(QT_TR_NOOP("Folder:")));
    downloadsLayout->addWidget(m_downloads, 1);
    downloadsLayout->addWidget(m_browse);

    // Two pages: the general settings, and desktop alerts (global, then per account).
    auto *general = new QWidget;
    auto *generalLayout = new QVBoxLayout(general);
    for (QWidget *w : { static_cast<QWidget *>(appearance), static_cast<QWidget *>(startup),
             static_cast<QWidget *>(confirmations), static_cast<QWidget *>(downloads) })
        generalLayout->addWidget(w);
    generalLayout->addStretch();
    auto *alertsPage = new QWidget;
    auto *alertsPageLayout = new QVBoxLayout(alertsPage);
    alertsPageLayout->addWidget(alerts);
    alertsPageLayout->addStretch();
    m_pages->setObjectName(QStringLiteral("preferencesPages"));
    m_pages->addTab(general, QString());
    m_pages->addTab(alertsPage, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_theme, &QComboBox::currentIndexChanged, this,
        [this] { Theme::apply(Theme::fromName(m_theme->currentData().toString())); });
    connect(m_language, &QComboBox::currentIndexChanged, this,
        [this] { m_restartNote->setVisible(m_language->currentData().toString() != Language::current()); });
    connect(m_quiet, &QCheckBox::toggled, m_quietFrom, &QWidget::setEnabled);
    connect(m_quiet, &QCheckBox::toggled, m_quietTo, &QWidget::setEnabled);
    connect(m_alerts, &QCheckBox::toggled, m_quiet, &QWidget::setEnabled);
    connect(m_alerts, &QCheckBox::toggled, m_accountAlerts, &QWidget::setEnabled);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString folder
            = QFileDialog::getExistingDirectory(this, tr("Downloads Folder"), m_downloads->text());
        if (!folder.isEmpty())
            m_downloads->setText(QDir::toNativeSeparators(folder));
    });
    connect(m_resetAnswers, &QPushButton::clicked, this, [this] {
        m_settings->removeGroup(keys::dontAskGroup);
        loadCloseAnswer();
        updateResetButton();
    });

    retranslate();
    load();
}

void PreferencesDialog::retranslate()
{
    setWindowTitle(tr("Preferences"));
    m_pages->setTabText(0, tr("General"));
    m_pages->setTabText(1, tr("Desktop Alerts"));
    for (const auto &[labelWidget, text] : std::as_const(m_labels))
        labelWidget->setText(tr(text));
    for (QGroupBox *g : findChildren<QGroupBox *>())
        g->setTitle(tr(g->property("trTitle").toByteArray().constData()));
    m_restoreTabs->setText(tr("Restore the tabs of the last session"));
    m_startPage->setText(tr("Open the server's start page when an account has no tabs"));
    m_confirm->setText(tr("Ask before actions that change data (delete, suspend, …)"));
    m_resetAnswers->setText(tr("Ask Again Everywhere (reset “Do not ask again”)"));
    m_alerts->setText(tr("Show a desktop alert when new items arrive (tickets, invoices, …)"));
    m_quiet->setText(tr("Quiet hours from"));
    m_close->setObjectName(QStringLiteral("preferencesClose"));
    const int close = qMax(0, m_close->currentIndex());
    m_close->clear();
    m_close->addItem(tr("Ask each time"), QStringLiteral("ask"));
    m_close->addItem(tr("Keep running in the system tray"), QStringLiteral("tray"));
    m_close->addItem(tr("Quit mgrdesk"), QStringLiteral("quit"));
    m_close->setCurrentIndex(close);
    m_accountAlerts->retranslate();
    m_browse->setText(tr("Browse…"));
    m_restartNote->setText(tr("Some parts of the window change language only after mgrdesk is restarted."));

    const QString theme = m_theme->currentData().toString();
    const QSignalBlocker blockTheme(m_theme);
    m_theme->clear();
    m_theme->addItem(tr("System"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(theme)));

    const QString density = m_density->currentData().toString();
    m_density->clear();
    m_density->addItem(tr("Comfortable"), QStringLiteral("comfortable"));
    m_density->addItem(tr("Compact"), QStringLiteral("compact"));
    m_density->setCurrentIndex(qMax(0, m_density->findData(density)));

    const QString language = m_language->currentData().toString();
    const QSignalBlocker blockLanguage(m_language);
    m_language->clear();
    for (const QString &code : Language::available())
        m_language->addItem(Language::displayName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
}

void PreferencesDialog::load()
{
    const QSignalBlocker blockTheme(m_theme);
    const QSignalBlocker blockLanguage(m_language);
    m_themeAtOpen = m_settings->get(keys::theme);
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(m_themeAtOpen)));
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings->get(keys::language))));
    m_density->setCurrentIndex(qMax(0, m_density->findData(m_settings->get(keys::tableDensity))));
    m_restoreTabs->setChecked(m_settings->get(keys::restoreTabs));
    m_startPage->setChecked(m_settings->get(keys::openStartPage));
    m_confirm->setChecked(m_settings->get(keys::confirmChanges));
    m_alerts->setChecked(m_settings->get(keys::alertsEnabled));
    m_quiet->setChecked(m_settings->get(keys::quietHours));
    m_quiet->setEnabled(m_alerts->isChecked());
    m_quietFrom->setTime(QTime::fromString(m_settings->get(keys::quietFrom), QStringLiteral("HH:mm")));
    m_quietTo->setTime(QTime::fromString(m_settings->get(keys::quietTo), QStringLiteral("HH:mm")));
    m_quietFrom->setEnabled(m_quiet->isChecked());
    m_quietTo->setEnabled(m_quiet->isChecked());
    m_accountAlerts->setEnabled(m_alerts->isChecked());
    loadCloseAnswer();
    QString folder = m_settings->get(keys::downloadsFolder);
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    m_downloads->setText(QDir::toNativeSeparators(folder));
    m_restartNote->hide();
    updateResetButton();
}

void PreferencesDialog::loadCloseAnswer()
{
    if (!m_settings->get(keys::dontAskKeepInTray))
        m_close->setCurrentIndex(0);
    else
        m_close->setCurrentIndex(m_settings->get(keys::keepInTray) ? 1 : 2);
}

void PreferencesDialog::setAccounts(const QList<QPair<QString, QString>> &accounts, const QString &select)
{
    m_accountAlerts->setAccounts(accounts);
    if (!select.isEmpty()) {
        m_accountAlerts->selectAccount(select);
        m_pages->setCurrentIndex(1);
    }
}

void PreferencesDialog::updateResetButton()
{
    QSettings *file = m_settings->file();
    file->beginGroup(keys::dontAskGroup);
    const bool any = !file->childKeys().isEmpty() || !file->childGroups().isEmpty();
    file->endGroup();
    m_resetAnswers->setEnabled(any);
}

void PreferencesDialog::accept()
{
    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != m_settings->get(keys::language);
    m_settings->set(keys::language, language);
    m_settings->set(keys::theme, m_theme->currentData().toString());
    m_settings->set(keys::tableDensity, m_density->currentData().toString());
    m_settings->set(keys::restoreTabs, m_restoreTabs->isChecked());
    m_settings->set(keys::openStartPage, m_startPage->isChecked());
    m_settings->set(keys::confirmChanges, m_confirm->isChecked());
    m_settings->set(keys::alertsEnabled, m_alerts->isChecked());
    m_settings->set(keys::quietHours, m_quiet->isChecked());
    m_settings->set(keys::quietFrom, m_quietFrom->time().toString(QStringLiteral("HH:mm")));
    m_settings->set(keys::quietTo, m_quietTo->time().toString(QStringLiteral("HH:mm")));
    if (m_close->currentIndex() == 0) {
        m_settings->remove(keys::dontAskKeepInTray);
    } else {
        m_settings->set(keys::dontAskKeepInTray, true);
        m_settings->set(keys::keepInTray, m_close->currentIndex() == 1);
    }
    m_accountAlerts->store();
    m_settings->set(keys::downloadsFolder, QDir::fromNativeSeparators(m_downloads->text().trimmed()));
    m_settings->sync();
    Theme::apply(Theme::fromName(m_settings->get(keys::theme)));
    if (languageChanged)
        Language::apply(language);
    QDialog::accept();
    Q_EMIT applied();
}

void PreferencesDialog::reject()
{
    Theme::apply(Theme::fromName(m_themeAtOpen)); // the preview goes back
    QDialog::reject();
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PreferencesDialog::applyStored(settings::Settings *settings)
{
    // The system's language is what the application loaded at start; only a chosen one replaces it.
    const QString language = settings->get(keys::language);
    if (!language.isEmpty())
        Language::apply(language);
    const auto theme = Theme::fromName(settings->get(keys::theme));
    if (theme != Theme::Kind::System)
        Theme::apply(theme);
}

} // namespace mgrdesk::gui
