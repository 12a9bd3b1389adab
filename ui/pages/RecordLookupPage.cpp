#include "RecordLookupPage.h"

#include "ui_RecordLookupPage.h"

#include <QIcon>

namespace hocbaso::ui {

RecordLookupPage::RecordLookupPage(QWidget* parent)
    : Page(PageId::RecordLookup, parent), m_ui(std::make_unique<Ui::RecordLookupPage>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(iconPath(pageId())).pixmap(QSize(32, 32)));
    retranslate();
}

RecordLookupPage::~RecordLookupPage() = default;

void RecordLookupPage::setSession(Session* session)
{
    clear();
    Page::setSession(session);
}

void RecordLookupPage::clear()
{
    Page::clear();
}

void RecordLookupPage::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->titleLabel->setText(title(pageId()));
}

} // namespace hocbaso::ui
