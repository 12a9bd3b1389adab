#include <QApplication>

#include <gtest/gtest.h>

// GUI and core tests share this main. Without a platform set, widgets render offscreen so tests
// run on machines with no display.
int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("HOCBASO_SOURCE_DIR"))
        qputenv("HOCBASO_SOURCE_DIR", HOCBASO_SOURCE_DIR_DEFAULT);
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
