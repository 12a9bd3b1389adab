#include "RevocationReviewPage.h"

#include "ui_RevocationReviewPage.h"

#include <QIcon>

namespace hocbaso::ui {

RevocationReviewPage::RevocationReviewPage(QWidget* parent)
    : Page(PageId::RevocationReview, parent), m_ui(std::make_unique<Ui::RevocationReviewPage>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(iconPath(pageId())).pixmap(QSize(32, 32)));
    retranslate();
}

RevocationReviewPage::~RevocationReviewPage() = default;

void RevocationReviewPage::setSession(Session* session)
{
    clear();
    Page::setSession(session);
}

void RevocationReviewPage::clear()
{
    Page::clear();
}

void RevocationReviewPage::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->titleLabel->setText(title(pageId()));
}

} // namespace hocbaso::ui
