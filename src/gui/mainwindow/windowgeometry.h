#pragma once
// The main window's size and layout across runs (typed keys over the one settings file): the first window
// opens at about three quarters of the screen's available area, centred, never larger than a comfortable
// reading size; later windows restore the geometry, the dock/toolbar state (the Operations panel) and the
// splitter between the menu and the tabs. List column layouts are kept by each ListView (lists/<server>/…).

#include "core/settings/settings.h"

#include <QRect>

QT_BEGIN_NAMESPACE
class QMainWindow;
class QSplitter;
QT_END_NAMESPACE

namespace mgrdesk::settings::keys {
inline const Key<QByteArray> windowState { QStringLiteral("mainwindow/state"), QByteArray() };
inline const Key<QByteArray> windowSplitter { QStringLiteral("mainwindow/splitter"), QByteArray() };
} // namespace mgrdesk::settings::keys

namespace mgrdesk::gui {

class WindowGeometry
{
public:
    static constexpr double kShare = 0.75; // of the available width and height
    static constexpr int kMaxWidth = 1680, kMaxHeight = 1050; // beyond this, lines get too long to read
    static constexpr int kMinWidth = 760,
                         kMinHeight = 520; // below this the panes do not fit (unless the screen is smaller)

    // The first window's frame for a screen whose available area is `available`: ~75 %, capped, centred.
    static QRect initialGeometry(const QRect &available);

    // Restores what save() kept; with nothing saved (or a geometry that no longer fits any screen), places
    // the window at initialGeometry() of its screen and gives the menu pane `menuWidth` pixels.
    static void restore(
        QMainWindow *window, QSplitter *splitter, const settings::Settings *settings, int menuWidth = 300);
    static void save(const QMainWindow *window, const QSplitter *splitter, settings::Settings *settings);
};

} // namespace mgrdesk::gui
