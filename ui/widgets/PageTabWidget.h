#pragma once

#include <QTabBar>
#include <QTabWidget>

namespace hocbaso::ui {

// The tab bar of the main window's pages. On a laptop's screen the guide's long page titles do
// not all fit: every tab stays in view (no scroll arrows), the short titles ("Việc cần làm",
// "6.3. Tra cứu học bạ số") are never cut, and only the longest lose the middle of their text,
// keeping the number in front and the count of what waits at the end.
class PageTabBar : public QTabBar
{
    Q_OBJECT
public:
    explicit PageTabBar(QWidget* parent = nullptr);

protected:
    QSize minimumTabSizeHint(int index) const override;
};

class PageTabWidget : public QTabWidget
{
    Q_OBJECT
public:
    explicit PageTabWidget(QWidget* parent = nullptr);
};

} // namespace hocbaso::ui
