#pragma once

#include <QMainWindow>

namespace hocbaso::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace hocbaso::ui
