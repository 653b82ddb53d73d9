#include "appearance/theme.h"

#include <QApplication>
#include <QLabel>
#include <QStyle>
#include <QTest>

using namespace mgrdesk;
using gui::Theme;

class TestTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrastRatioMatchesWcag()
    {
        QCOMPARE(qRound(Theme::contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(qRound(Theme::contrastRatio(Qt::white, Qt::white) * 100), 100);
        // #767676 on white is the well-known 4.54:1 boundary grey.
        QCOMPARE(qRound(Theme::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
    }

    void palettesPassContrast_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << Theme::lightPalette() << false;
        QTest::newRow("dark") << Theme::darkPalette() << true;
    }
    void palettesPassContrast()
    {
        QFETCH(QPalette, palette);
        QFETCH(bool, dark);
        QCOMPARE(Theme::isDark(palette), dark);
        struct Pair
        {
            QPalette::ColorRole fg, bg;
            double minimum;
            const char *what;
        };
        const Pair pairs[] = {
            { QPalette::Text, QPalette::Base, 4.5, "Text/Base" },
            { QPalette::Text, QPalette::AlternateBase, 4.5, "Text/AlternateBase" },
            { QPalette::WindowText, QPalette::Window, 4.5, "WindowText/Window" },
            { QPalette::ButtonText, QPalette::Button, 4.5, "ButtonText/Button" },
            { QPalette::HighlightedText, QPalette::Highlight, 4.5, "HighlightedText/Highlight" },
            { QPalette::ToolTipText, QPalette::ToolTipBase, 4.5, "ToolTipText/ToolTipBase" },
            { QPalette::Link, QPalette::Base, 4.5, "Link/Base" },
            { QPalette::LinkVisited, QPalette::Base, 4.5, "LinkVisited/Base" },
            { QPalette::PlaceholderText, QPalette::Base, 4.5, "PlaceholderText/Base" },
            { QPalette::BrightText, QPalette::Base, 4.5, "BrightText/Base" },
        };
        for (const Pair &p : pairs) {
            for (const auto group : { QPalette::Active, QPalette::Inactive }) {
                const double ratio
                    = Theme::contrastRatio(palette.color(group, p.fg), palette.color(group, p.bg));
                QVERIFY2(ratio >= p.minimum,
                    qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(p.what)).arg(ratio)));
            }
        }
        // Disabled text is exempt in WCAG, but it must still be legible and distinct from enabled text.
        const double disabled = Theme::contrastRatio(palette.color(QPalette::Disabled, QPalette::Text),
            palette.color(QPalette::Disabled, QPalette::Base));
        QVERIFY2(disabled >= 2.5 && disabled < 4.5 * 2, qPrintable(QString::number(disabled)));
        QVERIFY(palette.color(QPalette::Disabled, QPalette::Text)
            != palette.color(QPalette::Active, QPalette::Text));
    }

    void statusColoursBecomeReadable_data()
    {
        QTest::addColumn<QString>("serverColour");
        for (const char *c :
            { "green", "red", "yellow", "gray", "blue", "orange", "#00ff00", "#ffffff", "#000000" })
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void statusColoursBecomeReadable()
    {
        QFETCH(QString, serverColour);
        const QColor original = QColor::fromString(serverColour);
        QVERIFY(original.isValid());
        for (const QPalette &palette : { Theme::lightPalette(), Theme::darkPalette() }) {
            const QColor base = palette.color(QPalette::Base);
            const QColor readable = Theme::readableOn(original, base);
            QVERIFY2(Theme::contrastRatio(readable, base) >= 4.5,
                qPrintable(serverColour + QLatin1String(" on ") + base.name() + QLatin1String(" → ")
                    + readable.name()));
            // A colour that already reads is kept as it is; a chromatic one keeps its hue.
            if (Theme::contrastRatio(original, base) >= 4.5)
                QCOMPARE(readable, original.toRgb());
            else if (original.hslSaturation() > 40 && readable != QColor(Qt::white)
                && readable != QColor(Qt::black))
                QVERIFY2(qAbs(readable.hslHue() - original.hslHue()) <= 3, qPrintable(readable.name()));
        }
    }

    void applySwitchesAndRestores()
    {
        const QString startStyle = QApplication::style()->name();
        const QColor startWindow = QApplication::palette().color(QPalette::Window);
        QLabel label(QStringLiteral("x"));
        label.show();

        Theme::apply(Theme::Kind::Dark);
        QCOMPARE(Theme::current(), Theme::Kind::Dark);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QCOMPARE(
            QApplication::palette().color(QPalette::Window), Theme::darkPalette().color(QPalette::Window));
        QTRY_COMPARE(
            label.palette().color(QPalette::WindowText), Theme::darkPalette().color(QPalette::WindowText));

        Theme::apply(Theme::Kind::Light);
        QCOMPARE(QApplication::palette().color(QPalette::Base), Theme::lightPalette().color(QPalette::Base));
        QTRY_COMPARE(
            label.palette().color(QPalette::WindowText), Theme::lightPalette().color(QPalette::WindowText));

        Theme::apply(Theme::Kind::System);
        QCOMPARE(Theme::current(), Theme::Kind::System);
        QCOMPARE(QApplication::style()->name(), startStyle);
        QCOMPARE(QApplication::palette().color(QPalette::Window), startWindow);
    }

    void namesRoundTrip()
    {
        for (const auto kind : { Theme::Kind::System, Theme::Kind::Light, Theme::Kind::Dark })
            QCOMPARE(Theme::fromName(Theme::toName(kind)), kind);
        QCOMPARE(Theme::fromName(QStringLiteral("solarized")), Theme::Kind::System);
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
