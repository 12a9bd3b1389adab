#pragma once

#include "Page.h"

#include <memory>

namespace hocbaso::ui {

namespace Ui {
class StatisticsPage;
}

// 6.4: progress per school (confirmed complete, sent, not sent).
class StatisticsPage : public Page
{
    Q_OBJECT
public:
    explicit StatisticsPage(QWidget* parent = nullptr);
    ~StatisticsPage() override;

    void setSession(Session* session) override;

public Q_SLOTS:
    void clear() override;

protected:
    void retranslate() override;

private:
    std::unique_ptr<Ui::StatisticsPage> m_ui;
};

} // namespace hocbaso::ui
