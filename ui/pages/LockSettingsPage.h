#pragma once

#include "Page.h"

#include <memory>

namespace hocbaso::ui {

namespace Ui {
class LockSettingsPage;
}

// 6.2: the receive-lock and revoke-lock dates, unit-wide or per school and grade.
class LockSettingsPage : public Page
{
    Q_OBJECT
public:
    explicit LockSettingsPage(QWidget* parent = nullptr);
    ~LockSettingsPage() override;

    void setSession(Session* session) override;

public Q_SLOTS:
    void clear() override;

protected:
    void retranslate() override;

private:
    std::unique_ptr<Ui::LockSettingsPage> m_ui;
};

} // namespace hocbaso::ui
