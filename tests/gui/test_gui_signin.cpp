// Sign-in: success, refusals, lock-out and its expiry (fake clock), remembered fields.

#include "GuiSupport.h"

#include "LoginDialog.h"
#include "MainWindow.h"
#include "Session.h"
#include "services/AuthService.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTest>

namespace hocbaso::test {
namespace {

class GuiSignIn : public GuiTest
{};

TEST_F(GuiSignIn, RightPasswordOpensTheMainWindow)
{
    EXPECT_TRUE(m_controller->loginDialog()->isVisible());
    EXPECT_TRUE(m_controller->loginDialog()->windowTitle().contains(QStringLiteral("Sign in")));
    ASSERT_TRUE(signInAs(QStringLiteral("canbo1"))) << loginMessage().toStdString();

    ui::MainWindow* main = m_controller->mainWindow();
    EXPECT_TRUE(main->isVisible());
    EXPECT_FALSE(m_controller->loginDialog()->isVisible());
    EXPECT_TRUE(main->windowTitle().contains(QStringLiteral("Digital school records")));
    EXPECT_TRUE(main->windowTitle().contains(QString::fromUtf8(kUnitName)));
    ASSERT_NE(m_controller->session(), nullptr);
    EXPECT_EQ(m_controller->session()->actor().username, QStringLiteral("canbo1"));
    EXPECT_EQ(m_controller->session()->actor().role, Role::Officer);

    auto* user = main->findChild<QLabel*>(QStringLiteral("userLabel"));
    auto* unit = main->findChild<QLabel*>(QStringLiteral("unitLabel"));
    auto* storeLabel = main->findChild<QLabel*>(QStringLiteral("storeLabel"));
    ASSERT_TRUE(user && unit && storeLabel);
    EXPECT_TRUE(user->text().contains(QStringLiteral("canbo1")));
    EXPECT_TRUE(unit->text().contains(QString::fromUtf8(kUnitName)));
    EXPECT_TRUE(storeLabel->text().contains(QStringLiteral("test.sqlite")));
    // The password field never keeps the password once used.
    EXPECT_TRUE(m_controller->loginDialog()->password().isEmpty());
}

TEST_F(GuiSignIn, WrongPasswordKeepsTheWindowOpenAndSaysSo)
{
    EXPECT_FALSE(signInAs(QStringLiteral("canbo1"), QStringLiteral("wrong-password1")));
    EXPECT_TRUE(m_controller->loginDialog()->isVisible());
    EXPECT_FALSE(m_controller->mainWindow()->isVisible());
    EXPECT_TRUE(m_controller->loginDialog()->messageIsError());
    // The refusal comes first; what to try follows (test_gui_signin_window.cpp).
    EXPECT_TRUE(loginMessage().startsWith(QStringLiteral("Wrong username or password.\n")))
        << loginMessage().toStdString();
    EXPECT_TRUE(m_controller->loginDialog()->password().isEmpty());
    // The username stays, so that only the password has to be typed again.
    EXPECT_EQ(m_controller->loginDialog()->username(), QStringLiteral("canbo1"));
}

TEST_F(GuiSignIn, UnknownUserGetsTheSameWordsAsAWrongPassword)
{
    EXPECT_FALSE(signInAs(QStringLiteral("nobody"), QStringLiteral("whatever123")));
    EXPECT_TRUE(loginMessage().startsWith(QStringLiteral("Wrong username or password.\n")))
        << loginMessage().toStdString();
}

TEST_F(GuiSignIn, FiveFailuresLockTheAccountForFifteenMinutes)
{
    for (int i = 1; i < services::AuthService::kMaxFailedAttempts; ++i) {
        EXPECT_FALSE(signInAs(QStringLiteral("canbo1"), QStringLiteral("wrong-password1")));
        EXPECT_TRUE(loginMessage().startsWith(QStringLiteral("Wrong username or password.\n"))) << "attempt " << i;
    }
    EXPECT_FALSE(signInAs(QStringLiteral("canbo1"), QStringLiteral("wrong-password1")));
    const QString until = m_clock->now().addSecs(15 * 60).toLocalTime().toString(QStringLiteral("HH:mm dd/MM/yyyy"));
    EXPECT_TRUE(loginMessage().contains(QStringLiteral("locked until %1").arg(until))) << loginMessage().toStdString();

    // Locked: even the right password is refused, with the time it unlocks.
    EXPECT_FALSE(signInAs(QStringLiteral("canbo1")));
    EXPECT_TRUE(loginMessage().contains(QStringLiteral("is locked"))) << loginMessage().toStdString();
    EXPECT_TRUE(loginMessage().contains(until));

    m_clock->advanceSecs(14 * 60);
    EXPECT_FALSE(signInAs(QStringLiteral("canbo1")));
    EXPECT_TRUE(loginMessage().contains(QStringLiteral("is locked")));

    // Fifteen minutes after the fifth failure the lock has expired.
    m_clock->advanceSecs(60);
    EXPECT_TRUE(signInAs(QStringLiteral("canbo1"))) << loginMessage().toStdString();
}

TEST_F(GuiSignIn, OtherUsersAreNotLockedByOnesFailures)
{
    for (int i = 0; i < services::AuthService::kMaxFailedAttempts; ++i)
        signInAs(QStringLiteral("canbo1"), QStringLiteral("wrong-password1"));
    EXPECT_TRUE(signInAs(QStringLiteral("xem1"))) << loginMessage().toStdString();
}

TEST_F(GuiSignIn, DisabledUserCannotSignIn)
{
    EXPECT_FALSE(signInAs(QStringLiteral("nghi1")));
    EXPECT_TRUE(loginMessage().contains(QStringLiteral("disabled"))) << loginMessage().toStdString();
}

TEST_F(GuiSignIn, SchoolUserIsRefusedTheManagingUnitEdition)
{
    EXPECT_FALSE(signInAs(QStringLiteral("truong1")));
    EXPECT_TRUE(loginMessage().contains(QStringLiteral("school user"))) << loginMessage().toStdString();
    EXPECT_FALSE(m_controller->mainWindow()->isVisible());
}

TEST_F(GuiSignIn, SchoolEditionIsExplained)
{
    m_controller->loginDialog()->setEdition(services::Edition::School);
    EXPECT_FALSE(signInAs(QStringLiteral("canbo1")));
    EXPECT_TRUE(loginMessage().contains(QStringLiteral("managing-unit edition"))) << loginMessage().toStdString();
}

TEST_F(GuiSignIn, MissingDatabaseFileIsNamedAndNotCreated)
{
    const QString missing = m_settingsDir.filePath(QStringLiteral("nowhere/missing.sqlite"));
    ui::ConnectionProfile profile;
    profile.filePath = missing;
    m_controller->loginDialog()->setProfile(profile);
    EXPECT_FALSE(signInAs(QStringLiteral("canbo1")));
    EXPECT_TRUE(loginMessage().contains(QStringLiteral("does not exist"))) << loginMessage().toStdString();
    EXPECT_FALSE(QFile::exists(missing));
}

TEST_F(GuiSignIn, SignInButtonWaitsForEveryField)
{
    ui::LoginDialog* login = m_controller->loginDialog();
    auto* button = login->findChild<QPushButton*>(QStringLiteral("signInPushButton"));
    auto* user = login->findChild<QLineEdit*>(QStringLiteral("usernameLineEdit"));
    auto* pass = login->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
    ASSERT_TRUE(button && user && pass);
    user->clear();
    pass->clear();
    EXPECT_FALSE(button->isEnabled());
    QTest::keyClicks(user, QStringLiteral("canbo1"));
    EXPECT_FALSE(button->isEnabled());
    QTest::keyClicks(pass, QString::fromLatin1(kPassword));
    EXPECT_TRUE(button->isEnabled());
    // Enter in the password field signs in, as in every sign-in window.
    QTest::keyClick(pass, Qt::Key_Return);
    EXPECT_TRUE(m_controller->isSignedIn()) << loginMessage().toStdString();
}

TEST_F(GuiSignIn, ServerProfileShowsItsFields)
{
    ui::LoginDialog* login = m_controller->loginDialog();
    auto* server = login->findChild<QRadioButton*>(QStringLiteral("serverRadioButton"));
    auto* host = login->findChild<QLineEdit*>(QStringLiteral("hostLineEdit"));
    ASSERT_TRUE(server && host);
    EXPECT_FALSE(host->isVisible());
    // The connection's fields wait behind their button.
    EXPECT_FALSE(server->isVisible());
    QTest::mouseClick(login->findChild<QPushButton*>(QStringLiteral("connectionSettingsPushButton")), Qt::LeftButton);
    EXPECT_FALSE(host->isVisible());
    QTest::mouseClick(server, Qt::LeftButton);
    EXPECT_TRUE(host->isVisible());
    QTest::keyClicks(host, QStringLiteral("db.example.vn"));
    const ui::ConnectionProfile p = login->profile();
    EXPECT_EQ(p.kind, ui::ConnectionProfile::Kind::Server);
    EXPECT_EQ(p.host, QStringLiteral("db.example.vn"));
    EXPECT_EQ(p.sslMode, QStringLiteral("verify-full"));
    const store::ConnectionSpec spec = p.toSpec(QStringLiteral("canbo1"), QStringLiteral("pw"));
    EXPECT_EQ(spec.dialect, store::Dialect::Postgres);
    EXPECT_EQ(spec.userName, QStringLiteral("canbo1"));
    EXPECT_TRUE(spec.conninfo.contains(QStringLiteral("host=db.example.vn")));
    EXPECT_TRUE(spec.conninfo.contains(QStringLiteral("sslmode=verify-full")));
    EXPECT_FALSE(spec.conninfo.contains(QStringLiteral("pw")));
}

TEST_F(GuiSignIn, ProfileAndUsernameAreRememberedButNeverThePassword)
{
    ASSERT_TRUE(signInAs(QStringLiteral("canbo1")));
    m_settings->sync();
    EXPECT_EQ(m_settings->lastUsername(), QStringLiteral("canbo1"));
    EXPECT_EQ(m_settings->lastProfile().kind, ui::ConnectionProfile::Kind::Local);
    EXPECT_EQ(m_settings->lastProfile().filePath, m_store->sqlitePath());
    QFile ini(m_settingsDir.filePath(QStringLiteral("settings.ini")));
    ASSERT_TRUE(ini.open(QIODevice::ReadOnly));
    EXPECT_FALSE(ini.readAll().contains(kPassword));

    // A new start of the program fills in the remembered username and leaves the password empty.
    ui::SessionController again(*m_settings, m_prompter, *m_clock);
    again.start();
    EXPECT_EQ(again.loginDialog()->username(), QStringLiteral("canbo1"));
    EXPECT_EQ(again.loginDialog()->profile().filePath, m_store->sqlitePath());
    EXPECT_TRUE(again.loginDialog()->password().isEmpty());
}

} // namespace
} // namespace hocbaso::test
