#include "StatisticsPage.h"

#include "ui_StatisticsPage.h"

#include <QIcon>

namespace hocbaso::ui {

StatisticsPage::StatisticsPage(QWidget* parent)
    : Page(PageId::Statistics, parent), m_ui(std::make_unique<Ui::StatisticsPage>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(iconPath(pageId())).pixmap(QSize(32, 32)));
    retranslate();
}

StatisticsPage::~StatisticsPage() = default;

void StatisticsPage::setSession(Session* session)
{
    clear();
    Page::setSession(session);
}

void StatisticsPage::clear()
{
    Page::clear();
}

void StatisticsPage::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->titleLabel->setText(title(pageId()));
}

} // namespace hocbaso::ui
