#include "MainWindow.h"

namespace hocbaso::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Digital school records"));
}

} // namespace hocbaso::ui
