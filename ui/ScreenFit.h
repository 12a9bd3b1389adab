#pragma once

#include <QRect>
#include <QSize>

class QComboBox;
class QWidget;

namespace hocbaso::ui {

// Windows are sized for the screen they open on. Officers' laptops are 1366x768 at 125 % scale,
// 1093x614 logical pixels, so a size chosen on a desktop monitor would put buttons off-screen.

// The screen area a window may use: the available geometry (without task bars) of the screen of
// `widget`, or of its parent window before it is shown, or of the primary screen.
QRect usableScreenArea(const QWidget* widget);

// `preferred`, shrunk to what the screen leaves after a margin for the window frame and title bar.
QSize sizeWithinScreen(const QWidget* widget, QSize preferred);

// Resizes `widget` to `preferred` or as much of it as the screen allows.
void resizeWithinScreen(QWidget* widget, QSize preferred);

// Lets a choice box narrow to `characters` characters however long its entries (school names):
// its popup still opens as wide as the entries. A filter row of boxes sized to their longest
// entry is what pushes a page past a small screen.
void letShrink(QComboBox* box, int characters);

} // namespace hocbaso::ui
