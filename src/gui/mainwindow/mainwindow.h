#pragma once

#include <QMainWindow>

namespace mgrdesk::gui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace mgrdesk::gui
