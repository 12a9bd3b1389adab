#include "ScreenFit.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace hocbaso::ui {
namespace {

// Room for a title bar and frame that are not known until the window is mapped.
constexpr int kFrameWidth = 16;
constexpr int kFrameHeight = 48;

} // namespace

QRect usableScreenArea(const QWidget* widget)
{
    const QScreen* screen = nullptr;
    if (widget) {
        const QWidget* window =
            widget->isVisible() || !widget->parentWidget() ? widget->window() : widget->parentWidget()->window();
        screen = window->screen();
    }
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

QSize sizeWithinScreen(const QWidget* widget, QSize preferred)
{
    const QRect area = usableScreenArea(widget);
    if (area.isEmpty())
        return preferred;
    const QSize room(qMax(1, area.width() - kFrameWidth), qMax(1, area.height() - kFrameHeight));
    return preferred.boundedTo(room);
}

void resizeWithinScreen(QWidget* widget, QSize preferred)
{
    widget->resize(sizeWithinScreen(widget, preferred));
}

void letShrink(QComboBox* box, int characters)
{
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(characters);
    // The list that drops down shows whole entries, wider than the box when it must.
    box->view()->setMinimumWidth(0);
    box->view()->setTextElideMode(Qt::ElideNone);
}

} // namespace hocbaso::ui
