#include "LockSettingsPage.h"

#include "ui_LockSettingsPage.h"

#include <QIcon>

namespace hocbaso::ui {

LockSettingsPage::LockSettingsPage(QWidget* parent)
    : Page(PageId::LockSettings, parent), m_ui(std::make_unique<Ui::LockSettingsPage>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(iconPath(pageId())).pixmap(QSize(32, 32)));
    retranslate();
}

LockSettingsPage::~LockSettingsPage() = default;

void LockSettingsPage::setSession(Session* session)
{
    clear();
    Page::setSession(session);
}

void LockSettingsPage::clear()
{
    Page::clear();
}

void LockSettingsPage::retranslate()
{
    m_ui->retranslateUi(this);
    m_ui->titleLabel->setText(title(pageId()));
}

} // namespace hocbaso::ui
