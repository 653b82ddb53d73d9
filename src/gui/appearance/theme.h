#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace mgrdesk::gui {

// The application's look: the platform's own (System), or Fusion with a light or a dark palette whose text
// and status colours pass WCAG AA contrast (4.5:1 for text). Applied to the whole QApplication at once.
class Theme
{
public:
    enum class Kind { System, Light, Dark };

    static QPalette lightPalette();
    static QPalette darkPalette();

    // Applies a theme to the running application; System restores the style and palette the application
    // started with. Widgets repaint at once (Qt sends PaletteChange/StyleChange).
    static void apply(Kind kind);
    static Kind current();

    // Stable names for settings ("system", "light", "dark"); unknown names read as System.
    static QString toName(Kind kind);
    static Kind fromName(const QString &name);

    // WCAG 2 contrast ratio of two opaque colours (1 … 21).
    static double contrastRatio(const QColor &a, const QColor &b);
    // `foreground` made readable on `background`: the same hue, lightened or darkened until the contrast
    // reaches `minimum` (the server's status colours, `color="green"`, are meant for a light page).
    static QColor readableOn(const QColor &foreground, const QColor &background, double minimum = 4.5);
    // Whether a palette is dark (its base darker than its text).
    static bool isDark(const QPalette &palette);
};

} // namespace mgrdesk::gui
