// Sign-out (asked for, or after the idle time) closes every page, drops the session and shows the
// sign-in window again.

#include "GuiSupport.h"

#include "IdleWatcher.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "Session.h"
#include "dialogs/UserAdminDialog.h"
#include "pages/Page.h"

#include <QAction>
#include <QLabel>
#include <QPointer>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

namespace hocbaso::test {
namespace {

class GuiSignOut : public GuiTest
{
protected:
    QList<QPointer<ui::Page>> pages() const
    {
        QList<QPointer<ui::Page>> out;
        for (ui::PageId id : ui::Page::all()) {
            if (ui::Page* p = m_controller->mainWindow()->page(id))
                out.append(p);
        }
        return out;
    }
};

TEST_F(GuiSignOut, SignOutClearsThePagesAndReturnsToSignIn)
{
    ASSERT_TRUE(signInAs(QStringLiteral("admin")));
    ui::MainWindow* main = m_controller->mainWindow();
    QPointer<ui::Session> session = m_controller->session();
    const QList<QPointer<ui::Page>> before = pages();
    ASSERT_EQ(before.size(), 5);
    for (const auto& p : before)
        EXPECT_EQ(p->session(), session.data());
    main->usersAction()->trigger();
    QPointer<ui::UserAdminDialog> users = main->userAdminDialog();
    ASSERT_TRUE(users);

    main->signOutAction()->trigger();

    EXPECT_FALSE(m_controller->isSignedIn());
    EXPECT_TRUE(session.isNull()) << "the session (and its connection) must be gone";
    EXPECT_FALSE(main->isVisible());
    EXPECT_TRUE(m_controller->loginDialog()->isVisible());
    EXPECT_FALSE(m_controller->loginDialog()->messageIsError());
    EXPECT_TRUE(loginMessage().contains(QStringLiteral("signed out")));
    EXPECT_EQ(main->tabWidget()->count(), 0);
    EXPECT_EQ(main->session(), nullptr);
    for (const auto& p : before) {
        ASSERT_FALSE(p.isNull());
        EXPECT_EQ(p->session(), nullptr) << "a page kept the session";
        EXPECT_FALSE(p->isVisible());
    }
    EXPECT_FALSE(users && users->isVisible());
    flushDeletes();
    for (const auto& p : before)
        EXPECT_TRUE(p.isNull()) << "a page outlived its session";
    EXPECT_TRUE(users.isNull());
    for (const char* name : {"userLabel", "unitLabel", "storeLabel"})
        EXPECT_TRUE(main->findChild<QLabel*>(QString::fromLatin1(name))->text().isEmpty()) << name;
    EXPECT_FALSE(main->windowTitle().contains(QString::fromUtf8(kUnitName)));
    EXPECT_TRUE(m_controller->loginDialog()->password().isEmpty());
    EXPECT_EQ(m_controller->loginDialog()->username(), QStringLiteral("admin"));
}

TEST_F(GuiSignOut, AnotherUserCanSignInAfterwards)
{
    ASSERT_TRUE(signInAs(QStringLiteral("canbo1")));
    m_controller->mainWindow()->signOutAction()->trigger();
    flushDeletes();
    ASSERT_TRUE(signInAs(QStringLiteral("xem1"))) << loginMessage().toStdString();
    EXPECT_EQ(m_controller->mainWindow()->tabWidget()->count(), 3); // the to-do list, 6.3 and 6.4
    EXPECT_EQ(m_controller->session()->actor().username, QStringLiteral("xem1"));
}

TEST_F(GuiSignOut, SignOutIsInTheMenuAndTheToolbar)
{
    ASSERT_TRUE(signInAs(QStringLiteral("canbo1")));
    QAction* signOut = m_controller->mainWindow()->signOutAction();
    EXPECT_EQ(signOut->text(), QStringLiteral("Sign &out"));
    bool inMenu = false;
    bool inToolbar = false;
    for (QObject* w : signOut->associatedObjects()) {
        inMenu = inMenu || w->inherits("QMenu");
        inToolbar = inToolbar || w->inherits("QToolBar");
    }
    EXPECT_TRUE(inMenu);
    EXPECT_TRUE(inToolbar);
}

TEST_F(GuiSignOut, ClosingTheMainWindowSignsOutAndQuits)
{
    ASSERT_TRUE(signInAs(QStringLiteral("canbo1")));
    bool quit = false;
    QObject::connect(m_controller.get(), &ui::SessionController::quitRequested, [&quit] { quit = true; });
    m_controller->mainWindow()->close();
    EXPECT_TRUE(quit);
    EXPECT_FALSE(m_controller->isSignedIn());
    EXPECT_FALSE(m_controller->loginDialog()->isVisible());
}

class GuiIdleSignOut : public GuiTest
{};

TEST_F(GuiIdleSignOut, FifteenIdleMinutesSignOut)
{
    ASSERT_TRUE(signInAs(QStringLiteral("canbo1")));
    ui::IdleWatcher* idle = m_controller->idleWatcher();
    EXPECT_TRUE(idle->isWatching());
    EXPECT_EQ(idle->timeoutMinutes(), 15);

    m_clock->advanceSecs(14 * 60);
    idle->check();
    EXPECT_TRUE(m_controller->isSignedIn());

    // Any key press counts as activity and starts the count again.
    QTest::keyClick(m_controller->mainWindow()->tabWidget(), Qt::Key_Right);
    EXPECT_EQ(idle->lastActivity(), m_clock->now());
    m_clock->advanceSecs(14 * 60);
    idle->check();
    EXPECT_TRUE(m_controller->isSignedIn());

    m_clock->advanceSecs(60);
    idle->check();
    EXPECT_FALSE(m_controller->isSignedIn());
    EXPECT_FALSE(m_controller->mainWindow()->isVisible());
    EXPECT_TRUE(m_controller->loginDialog()->isVisible());
    EXPECT_TRUE(loginMessage().contains(QStringLiteral("15 minutes"))) << loginMessage().toStdString();
    EXPECT_EQ(m_controller->mainWindow()->tabWidget()->count(), 0);
    EXPECT_FALSE(idle->isWatching()) << "no idle watch while nobody is signed in";
}

TEST_F(GuiIdleSignOut, MouseActivityCountsToo)
{
    ASSERT_TRUE(signInAs(QStringLiteral("canbo1")));
    ui::IdleWatcher* idle = m_controller->idleWatcher();
    m_clock->advanceSecs(10 * 60);
    QTest::mouseClick(m_controller->mainWindow()->tabWidget()->tabBar(), Qt::LeftButton);
    m_clock->advanceSecs(10 * 60);
    idle->check();
    EXPECT_TRUE(m_controller->isSignedIn());
}

TEST_F(GuiIdleSignOut, TheIdleTimeIsASetting)
{
    m_settings->setIdleMinutes(5);
    ASSERT_TRUE(signInAs(QStringLiteral("canbo1")));
    EXPECT_EQ(m_controller->idleWatcher()->timeoutMinutes(), 5);
    m_clock->advanceSecs(5 * 60);
    m_controller->idleWatcher()->check();
    EXPECT_FALSE(m_controller->isSignedIn());
    EXPECT_TRUE(loginMessage().contains(QStringLiteral("5 minutes")));
}

} // namespace
} // namespace hocbaso::test
