#include "mainwindow.h"

#include <QLabel>

namespace mgrdesk::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("mgrdesk"));
    setCentralWidget(new QLabel(tr("No account yet."), this));
    resize(1100, 700);
}

} // namespace mgrdesk::gui
