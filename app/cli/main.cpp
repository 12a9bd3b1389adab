#include "cli/Cli.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char** argv)
{
    // PDF exports lay text out with Qt's fonts, which need the graphical subsystem; everything
    // else runs without it (and without a display).
    bool needsGui = false;
    for (int i = 1; i < argc; ++i)
        needsGui = needsGui || qstrcmp(argv[i], "--pdf") == 0 || qstrncmp(argv[i], "--pdf=", 6) == 0;
    std::unique_ptr<QCoreApplication> app;
    if (needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    return hocbaso::cli::run(QCoreApplication::arguments());
}
