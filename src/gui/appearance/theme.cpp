#include "theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <cmath>

namespace mgrdesk::gui {

namespace {

struct Startup
{
    bool captured = false;
    QString styleName;
    QPalette palette;
};

Startup &startup()
{
    static Startup s;
    return s;
}

Theme::Kind s_current = Theme::Kind::System;

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

void setAll(QPalette &p, QPalette::ColorRole role, const QColor &active, const QColor &disabled)
{
    p.setColor(QPalette::Active, role, active);
    p.setColor(QPalette::Inactive, role, active);
    p.setColor(QPalette::Disabled, role, disabled);
}

} // namespace

QPalette Theme::lightPalette()
{
    QPalette p;
    setAll(p, QPalette::Window, QColor(0xef, 0xf0, 0xf1), QColor(0xef, 0xf0, 0xf1));
    setAll(p, QPalette::WindowText, QColor(0x23, 0x26, 0x29), QColor(0x8a, 0x8d, 0x90));
    setAll(p, QPalette::Base, QColor(0xff, 0xff, 0xff), QColor(0xf4, 0xf4, 0xf4));
    setAll(p, QPalette::AlternateBase, QColor(0xf5, 0xf6, 0xf7), QColor(0xf5, 0xf6, 0xf7));
    setAll(p, QPalette::Text, QColor(0x1b, 0x1e, 0x20), QColor(0x8a, 0x8d, 0x90));
    setAll(p, QPalette::PlaceholderText, QColor(0x6b, 0x6e, 0x71), QColor(0x9a, 0x9d, 0xa0));
    setAll(p, QPalette::Button, QColor(0xf7, 0xf7, 0xf8), QColor(0xef, 0xf0, 0xf1));
    setAll(p, QPalette::ButtonText, QColor(0x23, 0x26, 0x29), QColor(0x8a, 0x8d, 0x90));
    setAll(p, QPalette::Highlight, QColor(0x1d, 0x5f, 0xa8), QColor(0xc8, 0xcb, 0xce));
    setAll(p, QPalette::HighlightedText, QColor(0xff, 0xff, 0xff), QColor(0x6b, 0x6e, 0x71));
    setAll(p, QPalette::ToolTipBase, QColor(0x23, 0x26, 0x29), QColor(0x23, 0x26, 0x29));
    setAll(p, QPalette::ToolTipText, QColor(0xfc, 0xfc, 0xfc), QColor(0xfc, 0xfc, 0xfc));
    setAll(p, QPalette::Link, QColor(0x16, 0x5a, 0xa8), QColor(0x8a, 0x8d, 0x90));
    setAll(p, QPalette::LinkVisited, QColor(0x6b, 0x3f, 0xa0), QColor(0x8a, 0x8d, 0x90));
    setAll(p, QPalette::BrightText, QColor(0xc0, 0x1c, 0x28), QColor(0xc0, 0x1c, 0x28));
    setAll(p, QPalette::Light, QColor(0xff, 0xff, 0xff), QColor(0xff, 0xff, 0xff));
    setAll(p, QPalette::Midlight, QColor(0xe0, 0xe1, 0xe2), QColor(0xe0, 0xe1, 0xe2));
    setAll(p, QPalette::Mid, QColor(0xb8, 0xbb, 0xbe), QColor(0xb8, 0xbb, 0xbe));
    setAll(p, QPalette::Dark, QColor(0x88, 0x8b, 0x8e), QColor(0x88, 0x8b, 0x8e));
    setAll(p, QPalette::Shadow, QColor(0x47, 0x4a, 0x4c), QColor(0x47, 0x4a, 0x4c));
    return p;
}

QPalette Theme::darkPalette()
{
    QPalette p;
    setAll(p, QPalette::Window, QColor(0x2a, 0x2e, 0x32), QColor(0x2a, 0x2e, 0x32));
    setAll(p, QPalette::WindowText, QColor(0xe8, 0xea, 0xec), QColor(0x7f, 0x84, 0x89));
    setAll(p, QPalette::Base, QColor(0x1e, 0x21, 0x24), QColor(0x26, 0x29, 0x2c));
    setAll(p, QPalette::AlternateBase, QColor(0x25, 0x29, 0x2d), QColor(0x25, 0x29, 0x2d));
    setAll(p, QPalette::Text, QColor(0xec, 0xee, 0xf0), QColor(0x7f, 0x84, 0x89));
    setAll(p, QPalette::PlaceholderText, QColor(0x9c, 0xa1, 0xa6), QColor(0x6f, 0x74, 0x79));
    setAll(p, QPalette::Button, QColor(0x33, 0x38, 0x3d), QColor(0x2a, 0x2e, 0x32));
    setAll(p, QPalette::ButtonText, QColor(0xe8, 0xea, 0xec), QColor(0x7f, 0x84, 0x89));
    setAll(p, QPalette::Highlight, QColor(0x3d, 0x8b, 0xd9), QColor(0x45, 0x4a, 0x4f));
    setAll(p, QPalette::HighlightedText, QColor(0x0b, 0x0d, 0x0f), QColor(0x9c, 0xa1, 0xa6));
    setAll(p, QPalette::ToolTipBase, QColor(0x33, 0x38, 0x3d), QColor(0x33, 0x38, 0x3d));
    setAll(p, QPalette::ToolTipText, QColor(0xec, 0xee, 0xf0), QColor(0xec, 0xee, 0xf0));
    setAll(p, QPalette::Link, QColor(0x6c, 0xb4, 0xf5), QColor(0x7f, 0x84, 0x89));
    setAll(p, QPalette::LinkVisited, QColor(0xb8, 0x9c, 0xf0), QColor(0x7f, 0x84, 0x89));
    setAll(p, QPalette::BrightText, QColor(0xff, 0x8a, 0x80), QColor(0xff, 0x8a, 0x80));
    setAll(p, QPalette::Light, QColor(0x45, 0x4a, 0x4f), QColor(0x45, 0x4a, 0x4f));
    setAll(p, QPalette::Midlight, QColor(0x3a, 0x3f, 0x44), QColor(0x3a, 0x3f, 0x44));
    setAll(p, QPalette::Mid, QColor(0x24, 0x27, 0x2a), QColor(0x24, 0x27, 0x2a));
    setAll(p, QPalette::Dark, QColor(0x18, 0x1a, 0x1c), QColor(0x18, 0x1a, 0x1c));
    setAll(p, QPalette::Shadow, QColor(0x0b, 0x0c, 0x0d), QColor(0x0b, 0x0c, 0x0d));
    return p;
}

void Theme::apply(Kind kind)
{
    Startup &s = startup();
    if (!s.captured) {
        s.captured = true;
        s.styleName = QApplication::style() ? QApplication::style()->name() : QString();
        s.palette = QApplication::palette();
    }
    switch (kind) {
    case Kind::System:
        if (!s.styleName.isEmpty())
            QApplication::setStyle(QStyleFactory::create(s.styleName));
        QApplication::setPalette(s.palette);
        break;
    case Kind::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(lightPalette());
        break;
    case Kind::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
    s_current = kind;
}

Theme::Kind Theme::current()
{
    return s_current;
}

QString Theme::toName(Kind kind)
{
    switch (kind) {
    case Kind::Light:
        return QStringLiteral("light");
    case Kind::Dark:
        return QStringLiteral("dark");
    case Kind::System:
        break;
    }
    return QStringLiteral("system");
}

Theme::Kind Theme::fromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Kind::Light;
    if (name == QLatin1String("dark"))
        return Kind::Dark;
    return Kind::System;
}

double Theme::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a.toRgb());
    const double lb = luminance(b.toRgb());
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Theme::readableOn(const QColor &foreground, const QColor &background, double minimum)
{
    QColor c = foreground.toRgb();
    if (!c.isValid() || contrastRatio(c, background) >= minimum)
        return c;
    // Move the lightness away from the background's, keeping hue and saturation, until it reads.
    const bool darkBackground = luminance(background.toRgb()) < 0.18;
    QColor hsl = c.toHsl();
    const int hue = hsl.hslHue();
    const int saturation = hsl.hslSaturation();
    int lightness = hsl.lightness();
    for (int step = 0; step < 256; ++step) {
        lightness = darkBackground ? std::min(255, lightness + 4) : std::max(0, lightness - 4);
        const QColor candidate = QColor::fromHsl(hue, saturation, lightness).toRgb();
        if (contrastRatio(candidate, background) >= minimum)
            return candidate;
        if (lightness == 0 || lightness == 255)
            break;
    }
    return darkBackground ? QColor(Qt::white) : QColor(Qt::black);
}

bool Theme::isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Base)) < luminance(palette.color(QPalette::Text));
}

} // namespace mgrdesk::gui
