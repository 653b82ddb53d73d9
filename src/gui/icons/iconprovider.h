#pragma once

#include <QIcon>
#include <QString>
#include <QStringList>

namespace mgrdesk::gui {

// Icons for the image names that servers put on toolbar buttons and menu nodes (`img="t-new"`, `m-support`,
// `p-info`, …). The system icon theme is asked first (freedesktop names, where the platform has a theme);
// otherwise a bundled outline glyph (resources/icons/actions, the project's own drawings) is drawn in the
// palette's text colour, so it stays readable in dark mode. Unknown names give a null icon: the caller shows
// text only.
class IconProvider
{
public:
    // The glyph (bundled file name without .svg) for a server image name; empty when none fits.
    static QString glyphFor(const QString &serverImage);
    // The freedesktop theme name for a glyph; empty when the specification has none.
    static QString themeNameFor(const QString &glyph);
    // The icon for a server image name: theme first, then the bundled glyph; null when unknown.
    static QIcon icon(const QString &serverImage);
    // A bundled glyph by name, recoloured for the current palette (null when the file or the SVG reader is
    // missing).
    static QIcon bundled(const QString &glyph);
    // Every glyph that ships (for tests and the preferences preview).
    static QStringList bundledGlyphs();
    // Whether the theme is asked first (default true; tests turn it off to check the bundled set).
    static void setPreferTheme(bool prefer);
};

} // namespace mgrdesk::gui
