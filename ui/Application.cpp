#include "Application.h"

#include "MainWindow.h"

#include <QApplication>

namespace hocbaso::ui {

int runApplication(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("hocbaso"));
    QApplication::setApplicationName(QStringLiteral("hocbaso"));
    QApplication::setApplicationVersion(QStringLiteral(HOCBASO_VERSION));
    MainWindow w;
    w.resize(1280, 720);
    w.show();
    return app.exec();
}

} // namespace hocbaso::ui
