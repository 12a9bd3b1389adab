#include "cli/Cli.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    return hocbaso::cli::run(QCoreApplication::arguments());
}
