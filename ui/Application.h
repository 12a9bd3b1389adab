#pragma once

namespace hocbaso::ui {

// Sets up QApplication (translations, style, settings) and runs the main window.
int runApplication(int argc, char** argv);

} // namespace hocbaso::ui
