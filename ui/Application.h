#pragma once

namespace hocbaso::ui {

// Sets up QApplication (command line, translations, settings), then runs the sign-in window and
// the main window until the user quits.
//   hocbaso [--db PATH] [--lang vi|en] [--user NAME]
// and, for tools/screenshots.sh, the hidden --screenshot-dir DIR (password from HOCBASO_PASSWORD).
int runApplication(int argc, char** argv);

} // namespace hocbaso::ui
