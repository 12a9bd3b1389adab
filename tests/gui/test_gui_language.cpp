// Every visible string goes through tr(): a translator installed at run time changes the windows
// at once (this is what the Language menu relies on).

#include "GuiSupport.h"

#include "LoginDialog.h"
#include "MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHash>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTranslator>

namespace hocbaso::test {
namespace {

// Stands in for the Vietnamese .qm the lead fills later.
class FakeVietnamese final : public QTranslator
{
public:
    QString translate(const char*, const char* source, const char* = nullptr, int = -1) const override
    {
        static const QHash<QString, QString> words{
            {QStringLiteral("Sign in"), QStringLiteral("Đăng nhập")},
            {QStringLiteral("Digital school records"), QStringLiteral("Học bạ số")},
            {QStringLiteral("Sign &out"), QStringLiteral("Đăng &xuất")},
            {QStringLiteral("&6. Digital school records"), QStringLiteral("&6. Học bạ số")},
            {QStringLiteral("6.1 Approve school certificates"), QStringLiteral("6.1. Duyệt chứng thư số đơn vị")},
            {QStringLiteral("Managing unit edition (Education Office)"), QStringLiteral("Quản lý Phòng GD&ĐT")},
        };
        return words.value(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

class GuiLanguage : public GuiTest
{
protected:
    void TearDown() override
    {
        QCoreApplication::removeTranslator(&m_fake);
        QLocale::setDefault(QLocale::system());
        GuiTest::TearDown();
    }
    void install()
    {
        QCoreApplication::installTranslator(&m_fake);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }
    void uninstall()
    {
        QCoreApplication::removeTranslator(&m_fake);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }
    FakeVietnamese m_fake;
};

TEST_F(GuiLanguage, WindowsFollowTheTranslationLive)
{
    install();
    ui::LoginDialog* login = m_controller->loginDialog();
    EXPECT_TRUE(login->windowTitle().contains(QStringLiteral("Đăng nhập"))) << login->windowTitle().toStdString();
    EXPECT_EQ(login->findChild<QPushButton*>(QStringLiteral("signInPushButton"))->text(), QStringLiteral("Đăng nhập"));
    EXPECT_EQ(login->findChild<QComboBox*>(QStringLiteral("editionComboBox"))->itemText(0),
              QStringLiteral("Quản lý Phòng GD&ĐT"));

    ASSERT_TRUE(signInAs(QStringLiteral("canbo1"))) << loginMessage().toStdString();
    ui::MainWindow* main = m_controller->mainWindow();
    EXPECT_TRUE(main->windowTitle().contains(QStringLiteral("Học bạ số"))) << main->windowTitle().toStdString();
    EXPECT_EQ(main->signOutAction()->text(), QStringLiteral("Đăng &xuất"));
    EXPECT_EQ(main->tabWidget()->tabText(1), QStringLiteral("6.1. Duyệt chứng thư số đơn vị"));

    uninstall();
    EXPECT_EQ(main->signOutAction()->text(), QStringLiteral("Sign &out"));
    EXPECT_EQ(main->tabWidget()->tabText(1), QStringLiteral("6.1 Approve school certificates"));
    EXPECT_TRUE(main->windowTitle().startsWith(QStringLiteral("Digital school records")));
}

TEST_F(GuiLanguage, TheLanguageMenuSwitchesAndRemembers)
{
    ASSERT_TRUE(signInAs(QStringLiteral("canbo1")));
    ui::MainWindow* main = m_controller->mainWindow();
    auto* english = main->findChild<QAction*>(QStringLiteral("englishAction"));
    auto* vietnamese = main->findChild<QAction*>(QStringLiteral("vietnameseAction"));
    ASSERT_TRUE(english && vietnamese);
    EXPECT_EQ(vietnamese->text(), QStringLiteral("Tiếng Việt"));

    english->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    EXPECT_EQ(m_settings->language(), QStringLiteral("en"));
    EXPECT_EQ(QLocale().language(), QLocale::English);
    EXPECT_TRUE(english->isChecked());

    vietnamese->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    EXPECT_EQ(m_settings->language(), QStringLiteral("vi"));
    EXPECT_EQ(QLocale().language(), QLocale::Vietnamese);
    EXPECT_TRUE(vietnamese->isChecked());
    // A dialog's standard buttons follow too: QDialogButtonBox resets them to Qt's own (English)
    // words on a language change, after the dialog has translated them.
    QCoreApplication::processEvents();
    auto* box = m_controller->loginDialog()->findChild<QDialogButtonBox*>();
    ASSERT_NE(box, nullptr);
    ASSERT_NE(box->button(QDialogButtonBox::Close), nullptr);
    EXPECT_EQ(box->button(QDialogButtonBox::Close)->text(), QStringLiteral("Đóng"));
    // The session goes on: switching language is not a sign-out.
    EXPECT_TRUE(m_controller->isSignedIn());
}

} // namespace
} // namespace hocbaso::test
