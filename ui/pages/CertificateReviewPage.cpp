#include "CertificateReviewPage.h"

#include "ui_CertificateReviewPage.h"

#include <QIcon>

namespace hocbaso::ui {

CertificateReviewPage::CertificateReviewPage(QWidget* parent)
    : Page(PageId::CertificateReview, parent), m_ui(std::make_unique<Ui::CertificateReviewPage>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(iconPath(pageId())).pixmap(QSize(32, 32)));
    retranslate();
}

CertificateReviewPage::~CertificateReviewPage() = default;

void CertificateReviewPage::setSession(Session* session)
{
    clear();
    Page::setSession(session);
}

void CertificateReviewPage::clear()
{
    Page::clear();
}

void CertificateReviewPage::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->titleLabel->setText(title(pageId()));
}

} // namespace hocbaso::ui
