#include "PageTabWidget.h"

#include <algorithm>

namespace hocbaso::ui {

PageTabBar::PageTabBar(QWidget* parent) : QTabBar(parent)
{
    setUsesScrollButtons(false);
    setElideMode(Qt::ElideMiddle);
    setExpanding(false);
}

QSize PageTabBar::minimumTabSizeHint(int index) const
{
    // A tab no wider than the average of all tabs keeps its whole title: the tabs that must give
    // room are the long ones, and they give it down to Qt's elided minimum.
    int total = 0;
    for (int i = 0; i < count(); ++i)
        total += tabSizeHint(i).width();
    const int average = count() > 0 ? total / count() : 0;
    const QSize full = tabSizeHint(index);
    return full.width() <= average ? full : QTabBar::minimumTabSizeHint(index);
}

PageTabWidget::PageTabWidget(QWidget* parent) : QTabWidget(parent)
{
    setTabBar(new PageTabBar(this));
}

} // namespace hocbaso::ui
