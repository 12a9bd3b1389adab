// The first start (issue 11): with no database in the per-user data folder the welcome window
// offers the demo database, an empty one with its first administrator, or a server; otherwise the
// sign-in window comes straight away.

#include "GuiSupport.h"

#include "LoginDialog.h"
#include "MainWindow.h"
#include "Session.h"
#include "dialogs/FirstAdminDialog.h"
#include "dialogs/WelcomeDialog.h"
#include "services/StoreSetup.h"
#include "widgets/BackgroundTask.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

namespace hocbaso::test {
namespace {

class GuiWelcome : public ::testing::Test
{
protected:
    void SetUp() override
    {
        quietOffscreenWarnings();
        ASSERT_TRUE(m_dataDir.isValid() && m_settingsDir.isValid());
        // The per-user data folder is $XDG_DATA_HOME/hocbaso: an empty one of our own.
        m_oldDataHome = qgetenv("XDG_DATA_HOME");
        m_hadDataHome = qEnvironmentVariableIsSet("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", m_dataDir.path().toLocal8Bit());
        m_dbPath = services::StoreSetup::defaultDatabasePath();
        ASSERT_TRUE(m_dbPath.startsWith(m_dataDir.path())) << m_dbPath.toStdString();
        m_settings = std::make_unique<ui::AppSettings>(m_settingsDir.filePath(QStringLiteral("settings.ini")));
        m_controller = std::make_unique<ui::SessionController>(*m_settings, m_prompter, m_clock);
    }

    void TearDown() override
    {
        m_controller.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_settings.reset();
        if (m_hadDataHome)
            qputenv("XDG_DATA_HOME", m_oldDataHome);
        else
            qunsetenv("XDG_DATA_HOME");
    }

    ui::WelcomeDialog* startWelcome()
    {
        m_controller->start();
        ui::WelcomeDialog* w = m_controller->welcomeDialog();
        if (w) {
            // A small district: the choice is what is tested, not the generator.
            services::DemoOptions o;
            o.seed = 1;
            o.schools = 2;
            o.students = 30;
            o.years = 1;
            o.signatures = false;
            w->setDemoOptions(o);
        }
        return w;
    }

    QCommandLinkButton* button(ui::WelcomeDialog* w, const char* name)
    {
        return w->findChild<QCommandLinkButton*>(QString::fromLatin1(name));
    }

    bool waitForLogin()
    {
        return QTest::qWaitFor([this] { return m_controller->loginDialog()->isVisible(); }, 300000);
    }

    bool signIn(const QString& password)
    {
        ui::LoginDialog* login = m_controller->loginDialog();
        auto* pass = login->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
        auto* signInButton = login->findChild<QPushButton*>(QStringLiteral("signInPushButton"));
        if (!pass || !signInButton)
            return false;
        QTest::keyClicks(pass, password);
        QTest::mouseClick(signInButton, Qt::LeftButton);
        return m_controller->isSignedIn();
    }

    QTemporaryDir m_dataDir;
    QTemporaryDir m_settingsDir;
    QByteArray m_oldDataHome;
    bool m_hadDataHome = false;
    QString m_dbPath;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC)};
    ScriptedPrompter m_prompter;
    std::unique_ptr<ui::AppSettings> m_settings;
    std::unique_ptr<ui::SessionController> m_controller;
};

TEST_F(GuiWelcome, DemoChoiceCreatesTheDatabaseAndTheOfficerSignsIn)
{
    ui::WelcomeDialog* w = startWelcome();
    ASSERT_NE(w, nullptr) << "no database here: the welcome window comes first";
    EXPECT_TRUE(w->isVisible());
    EXPECT_FALSE(m_controller->loginDialog()->isVisible());
    EXPECT_TRUE(w->findChild<QLabel*>(QStringLiteral("pathLabel"))->text().contains(QStringLiteral("hocbaso.sqlite")));
    // The demo is the default: Enter takes it.
    QCommandLinkButton* demo = button(w, "demoCommandLinkButton");
    ASSERT_NE(demo, nullptr);
    EXPECT_TRUE(demo->isDefault());

    QTest::mouseClick(demo, Qt::LeftButton);
    EXPECT_TRUE(w->isBusy()) << "the demo is made off the GUI thread";
    EXPECT_FALSE(button(w, "serverCommandLinkButton")->isEnabled()) << "no second choice while it runs";
    ASSERT_TRUE(waitForLogin());
    EXPECT_EQ(m_controller->welcomeDialog(), nullptr);
    EXPECT_TRUE(QFile::exists(m_dbPath));

    // The user was told the accounts and their password.
    ASSERT_EQ(m_prompter.messages().size(), 1);
    const auto& told = m_prompter.messages().first();
    EXPECT_EQ(told.kind, QStringLiteral("inform"));
    for (const char* word : {"admin", "canboso", "canbo1", "xem1", "truong1", "Demo@2026"})
        EXPECT_TRUE(told.text.contains(QLatin1String(word))) << word << ": " << told.text.toStdString();

    // The sign-in window is filled in for the officer, on the new file.
    ui::LoginDialog* login = m_controller->loginDialog();
    // The first officer of the list: the Sở's, who sees every commune of the demo province.
    EXPECT_EQ(login->username(), QStringLiteral("canboso"));
    EXPECT_EQ(login->profile().kind, ui::ConnectionProfile::Kind::Local);
    EXPECT_EQ(login->profile().filePath, m_dbPath);
    EXPECT_TRUE(login->message().contains(QStringLiteral("Demo@2026"))) << login->message().toStdString();
    EXPECT_FALSE(login->messageIsError());

    ASSERT_TRUE(signIn(QStringLiteral("Demo@2026"))) << login->message().toStdString();
    EXPECT_EQ(m_controller->session()->actor().username, QStringLiteral("canboso"));
    EXPECT_EQ(m_controller->session()->actor().role, Role::Officer);
    EXPECT_TRUE(m_controller->mainWindow()->isVisible());
}

TEST_F(GuiWelcome, AnExistingDatabaseGoesStraightToSignIn)
{
    {
        auto db = services::StoreSetup::open(store::ConnectionSpec::sqlite(m_dbPath), m_clock);
        ASSERT_TRUE(db) << db.errorString().toStdString();
    }
    EXPECT_FALSE(m_controller->needsWelcome());
    m_controller->start();
    EXPECT_EQ(m_controller->welcomeDialog(), nullptr);
    EXPECT_TRUE(m_controller->loginDialog()->isVisible());
    EXPECT_EQ(m_controller->loginDialog()->profile().filePath, m_dbPath);
}

TEST_F(GuiWelcome, ARememberedProfileElsewhereGoesStraightToSignIn)
{
    ui::ConnectionProfile server;
    server.kind = ui::ConnectionProfile::Kind::Server;
    server.host = QStringLiteral("csdl.example.vn");
    m_settings->setLastProfile(server);
    EXPECT_FALSE(m_controller->needsWelcome());

    ui::ConnectionProfile other;
    other.filePath = m_dataDir.filePath(QStringLiteral("elsewhere.sqlite"));
    m_settings->setLastProfile(other);
    EXPECT_FALSE(m_controller->needsWelcome());
    // A remembered profile on the (missing) default file is still a first start.
    other.filePath = m_dbPath;
    m_settings->setLastProfile(other);
    EXPECT_TRUE(m_controller->needsWelcome());
    // And `--db` always goes to sign-in.
    m_controller->setDatabaseOverride(m_dataDir.filePath(QStringLiteral("given.sqlite")));
    EXPECT_FALSE(m_controller->needsWelcome());
    m_controller->start();
    EXPECT_EQ(m_controller->welcomeDialog(), nullptr);
    EXPECT_TRUE(m_controller->loginDialog()->isVisible());
}

TEST_F(GuiWelcome, EmptyDatabaseAsksForTheFirstAdministrator)
{
    ui::WelcomeDialog* w = startWelcome();
    ASSERT_NE(w, nullptr);
    // Keyboard: Alt+E is "Create an empty database".
    ASSERT_TRUE(QTest::qWaitForWindowActive(w));
    QTest::keyClick(w, Qt::Key_E, Qt::AltModifier);
    // A mnemonic "animates" the click: the button is released a moment later.
    ASSERT_TRUE(QTest::qWaitFor([w] { return w->firstAdminDialog() != nullptr; }, 5000));
    ui::FirstAdminDialog* admin = w->firstAdminDialog();
    EXPECT_TRUE(admin->isVisible());
    auto* name = admin->findChild<QLineEdit*>(QStringLiteral("usernameLineEdit"));
    auto* pass = admin->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
    auto* again = admin->findChild<QLineEdit*>(QStringLiteral("repeatPasswordLineEdit"));
    auto* ok = admin->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    EXPECT_EQ(name->text(), QStringLiteral("admin")) << "a sane default";

    // Two different passwords: said in the dialog, and no file is made.
    QTest::keyClicks(pass, QStringLiteral("Quan#Tri2026"));
    QTest::keyClicks(again, QStringLiteral("Quan#Tri2027"));
    QTest::mouseClick(ok, Qt::LeftButton);
    EXPECT_TRUE(admin->isVisible());
    EXPECT_TRUE(admin->message().contains(QStringLiteral("not the same"))) << admin->message().toStdString();
    EXPECT_FALSE(QFile::exists(m_dbPath));
    // A full name left empty is the service's refusal after the store was made: it goes again.
    admin->findChild<QLineEdit*>(QStringLiteral("displayNameLineEdit"))->clear();
    again->clear();
    QTest::keyClicks(again, QStringLiteral("Quan#Tri2026"));
    QTest::mouseClick(ok, Qt::LeftButton);
    EXPECT_TRUE(admin->isVisible());
    EXPECT_TRUE(admin->message().contains(QStringLiteral("full name"))) << admin->message().toStdString();
    EXPECT_FALSE(QFile::exists(m_dbPath));

    admin->findChild<QLineEdit*>(QStringLiteral("displayNameLineEdit"))->insert(QStringLiteral("Phạm Văn Quản"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("quantri"));
    QTest::mouseClick(ok, Qt::LeftButton);
    ASSERT_TRUE(m_controller->loginDialog()->isVisible()) << admin->message().toStdString();
    EXPECT_TRUE(QFile::exists(m_dbPath));
    EXPECT_EQ(m_controller->loginDialog()->username(), QStringLiteral("quantri"));
    EXPECT_FALSE(m_controller->loginDialog()->message().isEmpty());

    ASSERT_TRUE(signIn(QStringLiteral("Quan#Tri2026"))) << m_controller->loginDialog()->message().toStdString();
    EXPECT_EQ(m_controller->session()->actor().role, Role::Admin);
    EXPECT_EQ(m_controller->session()->actor().displayName, QStringLiteral("Phạm Văn Quản"));
}

TEST_F(GuiWelcome, ServerChoiceOpensTheServerProfile)
{
    ui::WelcomeDialog* w = startWelcome();
    ASSERT_NE(w, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowActive(w));
    QTest::keyClick(w, Qt::Key_C, Qt::AltModifier);
    // A mnemonic "animates" the click: the button is released a moment later.
    ASSERT_TRUE(waitForLogin());
    EXPECT_EQ(m_controller->welcomeDialog(), nullptr);
    ui::LoginDialog* login = m_controller->loginDialog();
    EXPECT_EQ(login->profile().kind, ui::ConnectionProfile::Kind::Server);
    EXPECT_TRUE(login->findChild<QRadioButton*>(QStringLiteral("serverRadioButton"))->isChecked());
    EXPECT_FALSE(QFile::exists(m_dbPath)) << "nothing is created for a server";
}

TEST_F(GuiWelcome, QuitEndsTheProgramAndCreatesNothing)
{
    ui::WelcomeDialog* w = startWelcome();
    ASSERT_NE(w, nullptr);
    QSignalSpy quit(m_controller.get(), &ui::SessionController::quitRequested);
    QTest::keyClick(w, Qt::Key_Escape);
    EXPECT_EQ(quit.count(), 1);
    EXPECT_FALSE(m_controller->loginDialog()->isVisible());
    EXPECT_FALSE(QFile::exists(m_dbPath));
}

TEST_F(GuiWelcome, CancellingTheDemoLeavesNoDatabaseAndTheChoiceOpen)
{
    ui::WelcomeDialog* w = startWelcome();
    ASSERT_NE(w, nullptr);
    QSignalSpy quit(m_controller.get(), &ui::SessionController::quitRequested);
    QTest::mouseClick(button(w, "demoCommandLinkButton"), Qt::LeftButton);
    ASSERT_TRUE(w->isBusy());
    // Escape while it runs stops the work rather than quitting under it.
    QTest::keyClick(w, Qt::Key_Escape);
    EXPECT_TRUE(w->task() == nullptr || w->task()->wasCancelled());
    ASSERT_TRUE(QTest::qWaitFor([w] { return !w->isBusy(); }, 300000));
    EXPECT_EQ(quit.count(), 0);
    EXPECT_TRUE(w->isVisible());
    EXPECT_FALSE(m_controller->loginDialog()->isVisible());
    EXPECT_FALSE(QFile::exists(m_dbPath));
    EXPECT_TRUE(button(w, "demoCommandLinkButton")->isEnabled());
    ASSERT_FALSE(m_prompter.messages().isEmpty());
    EXPECT_TRUE(m_prompter.lastText().contains(QStringLiteral("not created"))) << m_prompter.lastText().toStdString();
}

} // namespace
} // namespace hocbaso::test
