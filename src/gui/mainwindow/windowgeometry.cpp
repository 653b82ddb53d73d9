#include "windowgeometry.h"

#include "core/settings/keys.h"

#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSplitter>

namespace mgrdesk::gui {

namespace keys = settings::keys;

QRect WindowGeometry::initialGeometry(const QRect &available)
{
    if (!available.isValid())
        return QRect(0, 0, 1100, 700);
    auto side = [](int avail, int lo, int hi) {
        const int wanted = qRound(avail * kShare);
        return qMin(avail, qBound(qMin(lo, avail), wanted, hi));
    };
    const QSize size(
        side(available.width(), kMinWidth, kMaxWidth), side(available.height(), kMinHeight, kMaxHeight));
    QRect r(QPoint(0, 0), size);
    r.moveCenter(available.center());
    return r;
}

void WindowGeometry::restore(
    QMainWindow *window, QSplitter *splitter, const settings::Settings *settings, int menuWidth)
{
    const QByteArray geometry = settings ? settings->get(keys::windowGeometry) : QByteArray();
    bool placed = !geometry.isEmpty() && window->restoreGeometry(geometry);
    if (placed) {
        // A window saved on a screen that is gone (a detached monitor) or larger than the one it is on now
        // comes back whole inside the available area of the screen it is on.
        const QScreen *screen = QGuiApplication::screenAt(window->geometry().center());
        if (!screen)
            screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
        const QRect available = screen ? screen->availableGeometry() : QRect();
        if (available.isValid() && !window->isMaximized() && !window->isFullScreen()
            && !available.contains(window->geometry())) {
            QRect r = window->geometry();
            r.setSize(r.size().boundedTo(available.size()));
            r.moveLeft(qBound(available.left(), r.left(), available.right() - r.width() + 1));
            r.moveTop(qBound(available.top(), r.top(), available.bottom() - r.height() + 1));
            window->setGeometry(r);
        }
    }
    if (!placed) {
        const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
        const QRect frame = initialGeometry(screen ? screen->availableGeometry() : QRect());
        window->resize(frame.size());
        window->move(frame.topLeft());
    }
    if (settings) {
        const QByteArray state = settings->get(keys::windowState);
        if (!state.isEmpty())
            window->restoreState(state);
    }
    const QByteArray sizes = settings ? settings->get(keys::windowSplitter) : QByteArray();
    if (splitter && (sizes.isEmpty() || !splitter->restoreState(sizes)))
        splitter->setSizes({ menuWidth, qMax(menuWidth, window->width() - menuWidth) });
}

void WindowGeometry::save(const QMainWindow *window, const QSplitter *splitter, settings::Settings *settings)
{
    if (!settings)
        return;
    settings->set(keys::windowGeometry, window->saveGeometry());
    settings->set(keys::windowState, window->saveState());
    if (splitter)
        settings->set(keys::windowSplitter, splitter->saveState());
}

} // namespace mgrdesk::gui
