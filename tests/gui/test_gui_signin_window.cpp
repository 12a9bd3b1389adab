// The sign-in window's face: username and password first, the connection folded behind
// "Connection settings..." (open by itself while incomplete), the Caps Lock warning, what a wrong
// password's refusal says to try, and a size that fits a 1024x600 screen.

#include "GuiSupport.h"

#include "LoginDialog.h"
#include "SignInHelp.h"
#include "core/Translations.h"
#include "services/AuthService.h"

#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

namespace hocbaso::test {
namespace {

// What fits a 1024x600 (logical) laptop screen: the smallest the issue asks for.
constexpr QSize kSmallScreen(1024, 600);

class GuiSignInWindow : public GuiTest
{
protected:
    ui::LoginDialog* login() const { return m_controller->loginDialog(); }
    template <typename T> T* child(const char* name) const
    {
        T* found = login()->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }
    QPushButton* settingsButton() const { return child<QPushButton>("connectionSettingsPushButton"); }
    QLineEdit* passwordField() const { return child<QLineEdit>("passwordLineEdit"); }

    // Signs in with a password set as a whole: QTest types Latin-1 only, and an input method hands
    // the field finished letters ("â") anyway.
    void signInWithPassword(const QString& password)
    {
        child<QLineEdit>("usernameLineEdit")->setText(QStringLiteral("canbo1"));
        passwordField()->setText(password);
        QTest::mouseClick(child<QPushButton>("signInPushButton"), Qt::LeftButton);
    }

    // Lays the window out as shown and says whether it fits the small screen.
    ::testing::AssertionResult fitsSmallScreen() const
    {
        QCoreApplication::sendPostedEvents(); // pending layout requests
        const QSize hint = login()->sizeHint();
        const QSize size = login()->size();
        if (hint.width() <= kSmallScreen.width() && hint.height() <= kSmallScreen.height() &&
            size.width() <= kSmallScreen.width() && size.height() <= kSmallScreen.height())
            return ::testing::AssertionSuccess();
        return ::testing::AssertionFailure() << "size hint " << hint.width() << "x" << hint.height() << ", size "
                                             << size.width() << "x" << size.height();
    }
};

TEST_F(GuiSignInWindow, ConnectionSettingsWaitBehindTheirButton)
{
    ASSERT_TRUE(login()->isVisible());
    EXPECT_TRUE(child<QLineEdit>("usernameLineEdit")->isVisible());
    EXPECT_TRUE(passwordField()->isVisible());
    // The store given to the controller is complete: its fields stay folded away.
    EXPECT_FALSE(login()->connectionSettingsShown());
    for (const char* name : {"localRadioButton", "serverRadioButton", "databaseFileLineEdit"})
        EXPECT_FALSE(login()->findChild<QWidget*>(QString::fromLatin1(name))->isVisible()) << name;
    auto* summary = child<QLabel>("connectionSummaryLabel");
    EXPECT_TRUE(summary->isVisible());
    EXPECT_TRUE(summary->text().startsWith(QStringLiteral("Data file: "))) << summary->text().toStdString();
    EXPECT_TRUE(summary->text().endsWith(QStringLiteral("test.sqlite"))) << summary->text().toStdString();
    EXPECT_TRUE(summary->toolTip().contains(QDir::toNativeSeparators(m_store->sqlitePath())));
    EXPECT_EQ(settingsButton()->text(), QStringLiteral("&Connection settings..."));

    QTest::mouseClick(settingsButton(), Qt::LeftButton);
    EXPECT_TRUE(login()->connectionSettingsShown());
    EXPECT_TRUE(child<QLineEdit>("databaseFileLineEdit")->isVisible());
    EXPECT_TRUE(child<QRadioButton>("serverRadioButton")->isVisible());
    QTest::mouseClick(settingsButton(), Qt::LeftButton);
    EXPECT_FALSE(child<QLineEdit>("databaseFileLineEdit")->isVisible());

    // The summary follows what the settings say.
    ui::ConnectionProfile server;
    server.kind = ui::ConnectionProfile::Kind::Server;
    server.host = QStringLiteral("db.pgd.example.vn");
    server.port = 5433;
    server.database = QStringLiteral("hocbaso");
    login()->setProfile(server);
    EXPECT_EQ(summary->text(), QStringLiteral("Server: db.pgd.example.vn:5433/hocbaso"));
    EXPECT_FALSE(login()->connectionSettingsShown());
}

TEST_F(GuiSignInWindow, IncompleteConnectionOpensTheSettings)
{
    ui::ConnectionProfile server;
    server.kind = ui::ConnectionProfile::Kind::Server;
    server.database = QStringLiteral("hocbaso");
    login()->setProfile(server);
    EXPECT_TRUE(login()->connectionSettingsShown());
    EXPECT_TRUE(child<QLineEdit>("hostLineEdit")->isVisible());
    EXPECT_EQ(child<QLabel>("connectionSummaryLabel")->text(),
              QStringLiteral("Not set up yet: choose a database file or a server."));
    EXPECT_FALSE(child<QPushButton>("signInPushButton")->isEnabled());

    // Closed by hand while still incomplete, it opens again when the window asks for typing.
    QTest::mouseClick(settingsButton(), Qt::LeftButton);
    EXPECT_FALSE(child<QLineEdit>("hostLineEdit")->isVisible());
    login()->focusFirstEmptyField();
    EXPECT_TRUE(child<QLineEdit>("hostLineEdit")->isVisible());

    // A local store without a file is as incomplete.
    QTest::mouseClick(settingsButton(), Qt::LeftButton);
    login()->setProfile(ui::ConnectionProfile{});
    EXPECT_TRUE(login()->connectionSettingsShown());
    EXPECT_TRUE(child<QLineEdit>("databaseFileLineEdit")->isVisible());
}

TEST_F(GuiSignInWindow, CapsLockWarningFollowsTheLettersTyped)
{
    QLineEdit* pass = passwordField();
    auto* warning = child<QLabel>("capsLockLabel");
    EXPECT_FALSE(login()->isCapsLockWarningShown());
    // A capital without Shift: Caps Lock is on.
    QTest::keyClick(pass, 'A');
    EXPECT_TRUE(login()->isCapsLockWarningShown());
    EXPECT_TRUE(warning->isVisible());
    EXPECT_TRUE(warning->text().contains(QStringLiteral("Caps Lock is on")));
    // Digits and signs say nothing either way.
    QTest::keyClicks(pass, QStringLiteral("12#"));
    EXPECT_TRUE(login()->isCapsLockWarningShown());
    // A small letter without Shift: off again.
    QTest::keyClick(pass, 'b');
    EXPECT_FALSE(login()->isCapsLockWarningShown());
    EXPECT_FALSE(warning->isVisible());
    // A capital with Shift is normal typing.
    QTest::keyClick(pass, 'C', Qt::ShiftModifier);
    EXPECT_FALSE(login()->isCapsLockWarningShown());
    // Caps Lock turns capitals into small letters under Shift.
    QTest::keyClick(pass, 'd', Qt::ShiftModifier);
    EXPECT_TRUE(login()->isCapsLockWarningShown());
    // Pressing the key itself turns a known state over.
    QTest::keyClick(pass, Qt::Key_CapsLock);
    EXPECT_FALSE(login()->isCapsLockWarningShown());
    EXPECT_EQ(pass->text(), QStringLiteral("A12#bCd"));
}

TEST_F(GuiSignInWindow, WrongPasswordSaysWhatToTry)
{
    EXPECT_FALSE(signInAs(QStringLiteral("canbo1"), QStringLiteral("wrong-password1")));
    const QString message = loginMessage();
    EXPECT_TRUE(login()->messageIsError());
    EXPECT_TRUE(message.startsWith(QStringLiteral("Wrong username or password.\n"))) << message.toStdString();
    const qsizetype capsLock = message.indexOf(QStringLiteral("Caps Lock is off"));
    const qsizetype inputMethod = message.indexOf(QStringLiteral("Vietnamese input method (Unikey, EVKey)"));
    const qsizetype administrator = message.indexOf(QStringLiteral("the administrator of your unit resets it"));
    EXPECT_GT(capsLock, 0) << message.toStdString();
    EXPECT_GT(inputMethod, capsLock) << message.toStdString();
    EXPECT_GT(administrator, inputMethod) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("Switch it to English (E)")));
    EXPECT_FALSE(message.contains(QStringLiteral("wrong-password1")));
    EXPECT_FALSE(message.contains(QStringLiteral("just typed"))); // plain ASCII: no telltale sign

    // The office's support contact is named beside the administrator.
    login()->setSupportContact(QStringLiteral("1900 6868"), QStringLiteral("hotro@pgd.example.vn"));
    EXPECT_FALSE(signInAs(QStringLiteral("canbo1"), QStringLiteral("wrong-password2")));
    EXPECT_TRUE(loginMessage().contains(QStringLiteral("(support: hotline 1900 6868, email hotro@pgd.example.vn)")))
        << loginMessage().toStdString();
}

TEST_F(GuiSignInWindow, PasswordWithDiacriticsPutsTheInputMethodFirst)
{
    // Telex turned "aa" into "â" while the password was typed.
    const QString typed = QString::fromUtf8("Gâod#Pass2026");
    signInWithPassword(typed);
    ASSERT_FALSE(m_controller->isSignedIn());
    const QString message = loginMessage();
    const QStringList lines = message.split(QLatin1Char('\n'));
    ASSERT_GE(lines.size(), 4) << message.toStdString();
    EXPECT_EQ(lines.at(0), QStringLiteral("Wrong username or password."));
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral("The password just typed has letters with diacritics")))
        << message.toStdString();
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral("Switch it to English (E)")));
    EXPECT_TRUE(lines.at(2).contains(QStringLiteral("Caps Lock"))) << message.toStdString();
    EXPECT_FALSE(message.contains(typed));
    EXPECT_FALSE(message.contains(QString::fromUtf8("â"))) << "the Telex example is not repeated";
}

TEST_F(GuiSignInWindow, OtherRefusalsKeepTheirOwnWords)
{
    for (int i = 0; i < services::AuthService::kMaxFailedAttempts; ++i)
        signInAs(QStringLiteral("canbo1"), QStringLiteral("wrong-password1"));
    // The fifth failure locks the account: typing again cannot help, so no hints.
    EXPECT_TRUE(loginMessage().contains(QStringLiteral("is locked until"))) << loginMessage().toStdString();
    EXPECT_FALSE(loginMessage().contains(QStringLiteral("Caps Lock")));
    EXPECT_FALSE(signInAs(QStringLiteral("canbo1")));
    EXPECT_FALSE(loginMessage().contains(QStringLiteral("Caps Lock")));
    EXPECT_FALSE(loginMessage().contains(QStringLiteral("input method")));

    ui::ConnectionProfile missing;
    missing.filePath = m_settingsDir.filePath(QStringLiteral("missing.sqlite"));
    login()->setProfile(missing);
    EXPECT_FALSE(signInAs(QStringLiteral("xem1")));
    EXPECT_TRUE(loginMessage().contains(QStringLiteral("does not exist"))) << loginMessage().toStdString();
    EXPECT_FALSE(loginMessage().contains(QStringLiteral("Caps Lock")));
}

TEST_F(GuiSignInWindow, WindowFitsASmallLaptopScreenInVietnamese)
{
    installTranslations(QStringLiteral("vi"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    EXPECT_TRUE(fitsSmallScreen()) << "folded";

    // The longest face: server settings open, the refusal with every hint and a support contact.
    login()->setSupportContact(QStringLiteral("1900 6868"), QStringLiteral("hotro@pgd.example.vn"));
    signInWithPassword(QString::fromUtf8("Gâod#Pass2026"));
    EXPECT_TRUE(loginMessage().contains(QStringLiteral("Mật khẩu vừa gõ có chữ có dấu")))
        << loginMessage().toStdString();
    EXPECT_TRUE(fitsSmallScreen()) << "folded, with the refusal";
    login()->setConnectionSettingsShown(true);
    QTest::mouseClick(child<QRadioButton>("serverRadioButton"), Qt::LeftButton);
    EXPECT_TRUE(child<QLineEdit>("readHostLineEdit")->isVisible());
    EXPECT_TRUE(fitsSmallScreen()) << "server settings open, with the refusal";
    // What does not fit scrolls; the refusal and the buttons stay in sight.
    auto* body = child<QScrollArea>("bodyScrollArea");
    EXPECT_GT(body->verticalScrollBar()->maximum(), 0);
    // Opening the settings scrolled down to them.
    EXPECT_GT(body->verticalScrollBar()->value(), 0);
    EXPECT_TRUE(child<QLabel>("messageLabel")->isVisible());
    const QRect button = child<QPushButton>("signInPushButton")->geometry();
    EXPECT_TRUE(login()->rect().contains(
        QRect(child<QPushButton>("signInPushButton")->mapTo(login(), QPoint(0, 0)), button.size())));

    installTranslations(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

TEST(SignInHelp, DiacriticsAreAnythingOutsideAscii)
{
    EXPECT_FALSE(ui::SignInHelp::hasDiacritics(QStringLiteral("Good#Pass2026")));
    EXPECT_TRUE(ui::SignInHelp::hasDiacritics(QString::fromUtf8("Gôod#Pass2026")));
    EXPECT_TRUE(ui::SignInHelp::hasDiacritics(QString::fromUtf8("matkhau\u1ea1"))); // ạ
}

} // namespace
} // namespace hocbaso::test
