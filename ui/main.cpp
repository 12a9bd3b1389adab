#include "Application.h"

// The GUI is all in hocbaso_ui, so that tests drive the same windows.
int main(int argc, char** argv)
{
    return hocbaso::ui::runApplication(argc, argv);
}
