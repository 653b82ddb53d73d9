#include "appearance/theme.h"
#include "core/settings/keys.h"
#include "core/settings/settings.h"
#include "preferences/language.h"
#include "preferences/preferencekeys.h"
#include "preferences/preferencesdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
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
            QTest::mouseClick(d.quietBox(), Qt::LeftButton);
            QVERIFY(d.quietFromEdit()->isEnabled());
            d.quietFromEdit()->setTime(QTime(23, 15));
            d.quietToEdit()->setTime(QTime(6, 45));
            QTest::mouseClick(d.trayBox(), Qt::LeftButton);
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
        QVERIFY(again.trayBox()->isChecked());
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
