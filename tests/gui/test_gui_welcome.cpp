// The first start (issue 11): with no database in the per-user data folder the welcome window
// offers the demo database, an empty one with its first administrator, or a server; otherwise the
// sign-in window comes straight away.

#include "GuiSupport.h"

#include "LoginDialog.h"
#include "MainWindow.h"
#include "Session.h"
#include "dialogs/AddUserDialog.h"
#include "dialogs/FirstAdminDialog.h"
#include "dialogs/OrganisationDialog.h"
#include "dialogs/SchoolImportDialog.h"
#include "dialogs/WelcomeDialog.h"
#include "services/StoreSetup.h"
#include "widgets/BackgroundTask.h"

#include <QComboBox>
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
    // The unit the store serves is asked for too: without it there is nothing to work on.
    again->clear();
    QTest::keyClicks(again, QStringLiteral("Quan#Tri2026"));
    QTest::mouseClick(ok, Qt::LeftButton);
    EXPECT_TRUE(admin->isVisible());
    EXPECT_TRUE(admin->message().contains(QStringLiteral("code of the managing unit")))
        << admin->message().toStdString();
    EXPECT_FALSE(QFile::exists(m_dbPath));
    QTest::keyClicks(admin->findChild<QLineEdit*>(QStringLiteral("unitCodeLineEdit")), QStringLiteral("SGD01"));
    admin->findChild<QLineEdit*>(QStringLiteral("unitNameLineEdit"))->insert(QStringLiteral("Sở GD&ĐT Thử nghiệm"));
    // A full name left empty is the service's refusal after the store was made: it goes again.
    admin->findChild<QLineEdit*>(QStringLiteral("displayNameLineEdit"))->clear();
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

// Issue #17: from nothing to an officer at work. The first administrator names a commune and its
// Sở, imports the commune's schools from the window that opens by itself, makes an officer's
// account there, and the officer opens 6.1-6.5.
TEST_F(GuiWelcome, TheEmptyDatabaseEndsWithACommuneItsSchoolsAndAnOfficerAtWork)
{
    ui::WelcomeDialog* w = startWelcome();
    ASSERT_NE(w, nullptr);
    QTest::mouseClick(button(w, "emptyCommandLinkButton"), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([w] { return w->firstAdminDialog() != nullptr; }, 5000));
    ui::FirstAdminDialog* admin = w->firstAdminDialog();
    const auto edit = [admin](const char* name) { return admin->findChild<QLineEdit*>(QString::fromLatin1(name)); };
    QTest::keyClicks(edit("passwordLineEdit"), QStringLiteral("Quan#Tri2026"));
    QTest::keyClicks(edit("repeatPasswordLineEdit"), QStringLiteral("Quan#Tri2026"));
    auto* level = admin->findChild<QComboBox*>(QStringLiteral("unitLevelComboBox"));
    level->setCurrentIndex(level->findData(int(UnitLevel::Xa)));
    EXPECT_TRUE(edit("soCodeLineEdit")->isVisibleTo(admin)) << "a commune names its Sở";
    QTest::keyClicks(edit("unitCodeLineEdit"), QStringLiteral("XA01"));
    edit("unitNameLineEdit")->insert(QStringLiteral("UBND xã An Bình"));
    QTest::keyClicks(edit("soCodeLineEdit"), QStringLiteral("SGD01"));
    edit("soNameLineEdit")->insert(QStringLiteral("Sở GD&ĐT Thử nghiệm"));
    QTest::mouseClick(admin->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    ASSERT_TRUE(m_controller->loginDialog()->isVisible()) << admin->message().toStdString();
    ASSERT_TRUE(signIn(QStringLiteral("Quan#Tri2026"))) << m_controller->loginDialog()->message().toStdString();

    // No school yet: "Units and schools" opens by itself, saying what to do.
    ui::MainWindow* main = m_controller->mainWindow();
    ASSERT_TRUE(QTest::qWaitFor([main] { return main->organisationDialog() != nullptr; }, 5000));
    ui::OrganisationDialog* units = main->organisationDialog();
    EXPECT_FALSE(units->emptyHint().isEmpty());
    ASSERT_TRUE(units->model()->indexOfUnit(QStringLiteral("XA01")).isValid());
    EXPECT_EQ(units->model()->indexOfUnit(QStringLiteral("XA01")).parent(),
              units->model()->indexOfUnit(QStringLiteral("SGD01")));

    const QString path = m_settingsDir.filePath(QStringLiteral("truong.csv"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        // As Excel saves "CSV UTF-8": with a byte order mark, comma-separated.
        f.write("\xEF\xBB\xBF");
        f.write(QStringLiteral("Mã trường,Tên trường,Đơn vị quản lý,Loại hình\n"
                               "TH01001,Trường Tiểu học An Bình A,XA01,Công lập\n"
                               "TH01002,Trường Tiểu học An Bình B,XA01,Công lập\n")
                    .toUtf8());
    }
    QTest::mouseClick(units->findChild<QPushButton*>(QStringLiteral("importPushButton")), Qt::LeftButton);
    ui::SchoolImportDialog* import = units->importDialog();
    ASSERT_NE(import, nullptr);
    QSignalSpy planned(import, &ui::SchoolImportDialog::planned);
    import->openFile(path);
    ASSERT_TRUE(planned.wait(10000));
    ASSERT_EQ(import->plan().added, 2) << import->summary().toStdString();
    QSignalSpy imported(import, &ui::SchoolImportDialog::imported);
    QTest::mouseClick(import->importButton(), Qt::LeftButton);
    ASSERT_TRUE(imported.wait(10000)) << m_prompter.lastText().toStdString();
    EXPECT_TRUE(units->model()->indexOfSchool(QStringLiteral("TH01002")).isValid());
    EXPECT_TRUE(units->emptyHint().isEmpty());

    // The commune's officer, made from the tree.
    ASSERT_TRUE(units->selectUnit(QStringLiteral("XA01")));
    QTest::mouseClick(units->findChild<QPushButton*>(QStringLiteral("addAccountPushButton")), Qt::LeftButton);
    auto* add = units->findChild<ui::AddUserDialog*>();
    ASSERT_NE(add, nullptr);
    QTest::keyClicks(add->findChild<QLineEdit*>(QStringLiteral("usernameLineEdit")), QStringLiteral("canboxa"));
    add->findChild<QLineEdit*>(QStringLiteral("displayNameLineEdit"))->insert(QStringLiteral("Lê Thị Cán Bộ"));
    QTest::keyClicks(add->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit")), QStringLiteral("Can#Bo2026"));
    QTest::keyClicks(add->findChild<QLineEdit*>(QStringLiteral("repeatPasswordLineEdit")),
                     QStringLiteral("Can#Bo2026"));
    QTest::mouseClick(add->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    ASSERT_TRUE(add->message().isEmpty()) << add->message().toStdString();

    main->signOutAction()->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    ASSERT_TRUE(m_controller->loginDialog()->isVisible());
    auto* user = m_controller->loginDialog()->findChild<QLineEdit*>(QStringLiteral("usernameLineEdit"));
    user->clear();
    QTest::keyClicks(user, QStringLiteral("canboxa"));
    ASSERT_TRUE(signIn(QStringLiteral("Can#Bo2026"))) << m_controller->loginDialog()->message().toStdString();
    EXPECT_EQ(m_controller->session()->actor().role, Role::Officer);
    EXPECT_EQ(m_controller->session()->unit().code, QStringLiteral("XA01"));
    for (ui::PageId id : ui::Page::all()) {
        EXPECT_TRUE(m_controller->mainWindow()->showPage(id)) << ui::Page::title(id).toStdString();
        EXPECT_NE(m_controller->mainWindow()->page(id), nullptr);
    }
    EXPECT_EQ(m_controller->mainWindow()->organisationDialog(), nullptr) << "an officer's store has schools";
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
