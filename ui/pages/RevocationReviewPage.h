#pragma once

#include "Page.h"

#include <memory>

namespace hocbaso::ui {

namespace Ui {
class RevocationReviewPage;
}

// 6.5: approve or reject schools' requests to revoke sent records.
class RevocationReviewPage : public Page
{
    Q_OBJECT
public:
    explicit RevocationReviewPage(QWidget* parent = nullptr);
    ~RevocationReviewPage() override;

    void setSession(Session* session) override;

public Q_SLOTS:
    void clear() override;

protected:
    void retranslate() override;

private:
    std::unique_ptr<Ui::RevocationReviewPage> m_ui;
};

} // namespace hocbaso::ui
