#include "appearance/theme.h"
#include "core/settings/keys.h"
#include "core/settings/settings.h"
#include "preferences/accountalertspage.h"
#include "preferences/language.h"
#include "preferences/preferencekeys.h"
#include "preferences/preferencesdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace mgrdesk;
namespace keys = settings::keys;

namespace {
void choose(QComboBox *box, const QString &data)
{
    // By keyboard, as a user would: focus, then the arrow keys until the wanted entry is current.
    box->setFocus();
    const int target = box->findData(data);
    QVERIFY(target >= 0);
    while (box->currentIndex() < target)
        QTest::keyClick(box, Qt::Key_Down);
    while (box->currentIndex() > target)
        QTest::keyClick(box, Qt::Key_Up);
    QCOMPARE(box->currentIndex(), target);
}

void showPage(gui::PreferencesDialog &dialog, int index)
{
    // A click on the tab, as a user would.
    QTabBar *bar = dialog.pages()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    QCOMPARE(dialog.pages()->currentIndex(), index);
}

void tick(QCheckBox *box)
{
    // On the indicator: a stretched check box only reacts on its indicator and text.
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
}

void clickOk(QDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}
} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void everySettingRoundTrips()
    {
        settings::Settings s(m_dir.filePath(QStringLiteral("roundtrip.ini")));
        {
            gui::PreferencesDialog d(&s);
            d.show();
            QVERIFY(QTest::qWaitForWindowExposed(&d));
            QCOMPARE(d.themeBox()->currentData().toString(), QStringLiteral("system")); // defaults
            QVERIFY(d.alertsBox()->isChecked());
            QVERIFY(!d.quietFromEdit()->isEnabled());
            choose(d.densityBox(), QStringLiteral("compact"));
            QTest::mouseClick(d.restoreTabsBox(), Qt::LeftButton);
            QTest::mouseClick(d.startPageBox(), Qt::LeftButton); // off
            QTest::mouseClick(d.confirmBox(), Qt::LeftButton); // off
            showPage(d, 1);
            QTest::mouseClick(d.quietBox(), Qt::LeftButton);
            QVERIFY(d.quietFromEdit()->isEnabled());
            d.quietFromEdit()->setTime(QTime(23, 15));
            d.quietToEdit()->setTime(QTime(6, 45));
            showPage(d, 0);
            choose(d.closeBox(), QStringLiteral("tray")); // keep running in the tray
            d.downloadsEdit()->clear();
            QTest::keyClicks(d.downloadsEdit(), m_dir.filePath(QStringLiteral("dl")));
            QSignalSpy applied(&d, &gui::PreferencesDialog::applied);
            clickOk(d);
            QCOMPARE(applied.count(), 1);
        }
        QCOMPARE(s.get(keys::tableDensity), QStringLiteral("compact"));
        QCOMPARE(s.get(keys::restoreTabs), true);
        QCOMPARE(s.get(keys::openStartPage), false);
        QCOMPARE(s.get(keys::confirmChanges), false);
        QCOMPARE(s.get(keys::quietHours), true);
        QCOMPARE(s.get(keys::quietFrom), QStringLiteral("23:15"));
        QCOMPARE(s.get(keys::quietTo), QStringLiteral("06:45"));
        QCOMPARE(s.get(keys::keepInTray), true);
        QCOMPARE(s.get(keys::dontAskKeepInTray), true);
        QCOMPARE(s.get(keys::downloadsFolder), m_dir.filePath(QStringLiteral("dl")));

        // The file really holds them, and a new dialog shows them.
        QSettings raw(s.fileName(), QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("preferences/tableDensity")).toString(), QStringLiteral("compact"));
        gui::PreferencesDialog again(&s);
        QCOMPARE(again.densityBox()->currentData().toString(), QStringLiteral("compact"));
        QVERIFY(again.restoreTabsBox()->isChecked());
        QVERIFY(!again.startPageBox()->isChecked());
        QVERIFY(again.quietBox()->isChecked());
        QCOMPARE(again.quietToEdit()->time(), QTime(6, 45));
        QCOMPARE(again.closeBox()->currentIndex(), 1);
    }

    void themePreviewsAndCancelTakesItBack()
    {
        settings::Settings s(m_dir.filePath(QStringLiteral("theme.ini")));
        const QColor start = QApplication::palette().color(QPalette::Window);
        {
            gui::PreferencesDialog d(&s);
            d.show();
            choose(d.themeBox(), QStringLiteral("dark"));
            QCOMPARE(QApplication::palette().color(QPalette::Window),
                gui::Theme::darkPalette().color(QPalette::Window));
            QTest::keyClick(&d, Qt::Key_Escape); // Cancel
            QVERIFY(!d.isVisible());
        }
        QCOMPARE(QApplication::palette().color(QPalette::Window), start);
        QCOMPARE(s.get(keys::theme), QStringLiteral("system"));
        {
            gui::PreferencesDialog d(&s);
            d.show();
            choose(d.themeBox(), QStringLiteral("light"));
            clickOk(d);
        }
        QCOMPARE(s.get(keys::theme), QStringLiteral("light"));
        QCOMPARE(
            QApplication::palette().color(QPalette::Base), gui::Theme::lightPalette().color(QPalette::Base));
        gui::Theme::apply(gui::Theme::Kind::System);
    }

    void languageSwitchShowsRussian()
    {
        settings::Settings s(m_dir.filePath(QStringLiteral("lang.ini")));
        gui::PreferencesDialog d(&s);
        d.show();
        QCOMPARE(d.windowTitle(), QStringLiteral("Preferences"));
        choose(d.languageBox(), QStringLiteral("ru"));
        QVERIFY(d.restartNote()->isVisible()); // says what needs a restart
        // The catalogues are built next to the binary (the application embeds the same ones).
        const QString dir = QStringLiteral(MGRDESK_BINARY_DIR);
        QVERIFY(QFile::exists(dir + QStringLiteral("/mgrdesk_ru.qm")));
        d.accept();
        QVERIFY(gui::Language::apply(
            QStringLiteral("ru"), dir)); // what accept() did, from the build's catalogues
        QCOMPARE(s.get(keys::language), QStringLiteral("ru"));
        gui::PreferencesDialog russian(&s);
        QCOMPARE(russian.windowTitle(), QStringLiteral("Настройки"));
        QVERIFY(russian.restoreTabsBox()->text().contains(QStringLiteral("вкладки")));
        QVERIFY(gui::Language::apply(QStringLiteral("en"), dir));
        QCOMPARE(gui::PreferencesDialog(&s).windowTitle(), QStringLiteral("Preferences"));
    }

    void alertsPerAccount()
    {
        settings::Settings s(m_dir.filePath(QStringLiteral("accounts.ini")));
        {
            gui::PreferencesDialog d(&s);
            d.setAccounts({ { QStringLiteral("a1"), QStringLiteral("Prod-RU") },
                              { QStringLiteral("a2"), QStringLiteral("Test") } },
                QStringLiteral("a2"));
            d.show();
            QVERIFY(QTest::qWaitForWindowExposed(&d));
            QCOMPARE(d.pages()->currentIndex(), 1); // an account chosen: the alerts page
            gui::AccountAlertsPage *page = d.accountAlerts();
            QCOMPARE(page->accountList()->currentItem()->text(), QStringLiteral("Test"));
            QVERIFY(page->alertsBox()->isChecked()); // default: on, the global quiet hours
            QVERIFY(!page->quietFromEdit()->isEnabled());
            tick(page->ownQuietBox());
            QVERIFY(page->quietFromEdit()->isEnabled());
            page->quietFromEdit()->setTime(QTime(19, 0));
            page->quietToEdit()->setTime(QTime(9, 30));
            // The other account keeps its own values while switching back and forth.
            page->accountList()->setCurrentRow(0);
            QVERIFY(!page->ownQuietBox()->isChecked());
            tick(page->alertsBox()); // Prod-RU: off
            QVERIFY(!page->ownQuietBox()->isEnabled());
            page->accountList()->setCurrentRow(1);
            QVERIFY(page->ownQuietBox()->isChecked());
            QCOMPARE(page->quietFromEdit()->time(), QTime(19, 0));
            // The global switch off disables the per-account page.
            tick(d.alertsBox());
            QVERIFY(!page->isEnabled());
            tick(d.alertsBox());
            clickOk(d);
        }
        QCOMPARE(s.get(keys::accountAlerts(QStringLiteral("a1"))), false);
        QCOMPARE(s.get(keys::accountAlerts(QStringLiteral("a2"))), true);
        QCOMPARE(s.get(keys::accountOwnQuietHours(QStringLiteral("a2"))), true);
        QCOMPARE(s.get(keys::accountQuietFrom(QStringLiteral("a2"))), QStringLiteral("19:00"));
        QCOMPARE(s.get(keys::accountQuietTo(QStringLiteral("a2"))), QStringLiteral("09:30"));
        QCOMPARE(s.get(keys::dontAskKeepInTray), false); // "Ask each time" stays the default
    }

    void dontAskAgainAnswersCanBeReset()
    {
        settings::Settings s(m_dir.filePath(QStringLiteral("ask.ini")));
        s.file()->setValue(keys::dontAskGroup + QStringLiteral("/deletePayment"), true);
        gui::PreferencesDialog d(&s);
        d.show();
        QVERIFY(d.resetAnswersButton()->isEnabled());
        QTest::mouseClick(d.resetAnswersButton(), Qt::LeftButton);
        QVERIFY(!d.resetAnswersButton()->isEnabled());
        QVERIFY(!s.file()->contains(keys::dontAskGroup + QStringLiteral("/deletePayment")));
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
