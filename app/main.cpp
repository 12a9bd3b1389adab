#include "Application.h"

int main(int argc, char** argv)
{
    return hocbaso::ui::runApplication(argc, argv);
}
