// mgrdesk-bench-bare-window: the start-up baseline of `mgrdesk-bench gui`: a bare QMainWindow (a menu, a
// status bar, an empty central widget) linked against Qt Widgets only, shown at the size mgrdesk opens with.
#include "readyprobe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("File"));
    window.setCentralWidget(new QLabel(QStringLiteral("bare")));
    window.statusBar()->showMessage(QStringLiteral("ready"));
    window.resize(1200, 800);
    new mgrdesk::bench::ReadyProbe(&window);
    window.show();
    return app.exec();
}
