#pragma once

class QDialogButtonBox;
class QMessageBox;

namespace hocbaso::ui {

// Debian ships no Vietnamese translation of Qt itself (qtbase_vi), so the standard buttons get
// their words from our own translations. Call again on a language change.
void translateButtons(QDialogButtonBox* box);
void translateButtons(QMessageBox* box);

} // namespace hocbaso::ui
