#pragma once

#include "Page.h"

#include <memory>

namespace hocbaso::ui {

namespace Ui {
class CertificateReviewPage;
}

// 6.1: approve or reject the seal certificates and signing accounts that schools registered.
class CertificateReviewPage : public Page
{
    Q_OBJECT
public:
    explicit CertificateReviewPage(QWidget* parent = nullptr);
    ~CertificateReviewPage() override;

    void setSession(Session* session) override;

public Q_SLOTS:
    void clear() override;

protected:
    void retranslate() override;

private:
    std::unique_ptr<Ui::CertificateReviewPage> m_ui;
};

} // namespace hocbaso::ui
