// What each role sees: tabs in the guide's order, keyboard access, refusals that say why.

#include "GuiSupport.h"

#include "MainWindow.h"
#include "dialogs/UserAdminDialog.h"
#include "pages/Page.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>

namespace hocbaso::test {
namespace {

class GuiRoles : public GuiTest
{
protected:
    QStringList tabTitles() const
    {
        QStringList titles;
        QTabWidget* tabs = m_controller->mainWindow()->tabWidget();
        for (int i = 0; i < tabs->count(); ++i)
            titles.append(tabs->tabText(i));
        return titles;
    }
    bool toolVisible(const char* name) const
    {
        auto* action = m_controller->mainWindow()->findChild<QAction*>(QString::fromLatin1(name));
        return action && action->isVisible();
    }
};

TEST_F(GuiRoles, OfficerHasTheFiveTabsInTheGuidesOrder)
{
    ASSERT_TRUE(signInAs(QStringLiteral("canbo1")));
    EXPECT_EQ(tabTitles(),
              (QStringList{QStringLiteral("To-do"), QStringLiteral("6.1 Approve school certificates"),
                           QStringLiteral("6.2 Receive and revoke locks"), QStringLiteral("6.3 Look up records"),
                           QStringLiteral("6.4 Record statistics"), QStringLiteral("6.5 Revocation requests")}));
    EXPECT_FALSE(toolVisible("usersToolAction"));
    EXPECT_FALSE(toolVisible("settingsToolAction"));
}

TEST_F(GuiRoles, TheMenuNamesTheFiveFunctions)
{
    ASSERT_TRUE(signInAs(QStringLiteral("canbo1")));
    auto* menu = m_controller->mainWindow()->findChild<QMenu*>(QStringLiteral("recordsMenu"));
    ASSERT_NE(menu, nullptr);
    EXPECT_EQ(menu->title(), QStringLiteral("&6. Digital school records"));
    const QList<QAction*> actions = menu->actions();
    ASSERT_EQ(actions.size(), 5);
    for (int i = 0; i < 5; ++i) {
        EXPECT_TRUE(actions.at(i)->text().startsWith(QStringLiteral("6.%1 ").arg(i + 1)));
        EXPECT_EQ(actions.at(i)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
}

TEST_F(GuiRoles, CtrlDigitsOpenTheTabs)
{
    ASSERT_TRUE(signInAs(QStringLiteral("canbo1")));
    ui::MainWindow* main = m_controller->mainWindow();
    main->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(main));
    const QList<ui::PageId> ids = ui::Page::all();
    for (int i = ids.size() - 1; i >= 0; --i) {
        QTest::keyClick(main, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        auto* page = qobject_cast<ui::Page*>(main->tabWidget()->currentWidget());
        ASSERT_NE(page, nullptr);
        EXPECT_EQ(page->pageId(), ids.at(i)) << "Ctrl+" << i + 1;
    }
    EXPECT_TRUE(m_prompter.messages().isEmpty());
}

TEST_F(GuiRoles, ViewerSeesLookupAndStatisticsOnly)
{
    ASSERT_TRUE(signInAs(QStringLiteral("xem1")));
    EXPECT_EQ(tabTitles(), (QStringList{QStringLiteral("To-do"), QStringLiteral("6.3 Look up records"),
                                        QStringLiteral("6.4 Record statistics")}));
    ui::MainWindow* main = m_controller->mainWindow();
    EXPECT_EQ(main->page(ui::PageId::CertificateReview), nullptr);
    EXPECT_EQ(main->page(ui::PageId::RevocationReview), nullptr);

    // The menu still lists 6.1; choosing it explains why not.
    main->pageAction(ui::PageId::CertificateReview)->trigger();
    ASSERT_EQ(m_prompter.messages().size(), 1);
    EXPECT_EQ(m_prompter.messages().first().kind, QStringLiteral("refuse"));
    EXPECT_TRUE(m_prompter.lastText().contains(QStringLiteral("viewer"))) << m_prompter.lastText().toStdString();

    main->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(main));
    QTest::keyClick(main, Qt::Key_4, Qt::ControlModifier);
    auto* page = qobject_cast<ui::Page*>(main->tabWidget()->currentWidget());
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->pageId(), ui::PageId::Statistics);
    QTest::keyClick(main, Qt::Key_5, Qt::ControlModifier);
    EXPECT_EQ(m_prompter.messages().size(), 2);
}

TEST_F(GuiRoles, OnlyAnAdministratorManagesUsers)
{
    ASSERT_TRUE(signInAs(QStringLiteral("canbo1")));
    m_controller->mainWindow()->usersAction()->trigger();
    EXPECT_EQ(m_controller->mainWindow()->userAdminDialog(), nullptr);
    ASSERT_EQ(m_prompter.messages().size(), 1);
    EXPECT_TRUE(m_prompter.lastText().contains(QStringLiteral("administrator"))) << m_prompter.lastText().toStdString();

    m_controller->mainWindow()->settingsAction()->trigger();
    EXPECT_EQ(m_prompter.messages().size(), 2);
    EXPECT_TRUE(m_prompter.lastText().contains(QStringLiteral("administrator")));
}

TEST_F(GuiRoles, AdministratorHasUsersAndSettings)
{
    ASSERT_TRUE(signInAs(QStringLiteral("admin")));
    EXPECT_EQ(tabTitles().size(), 6); // the to-do list and 6.1-6.5
    EXPECT_TRUE(toolVisible("usersToolAction"));
    EXPECT_TRUE(toolVisible("settingsToolAction"));
    m_controller->mainWindow()->usersAction()->trigger();
    ui::UserAdminDialog* users = m_controller->mainWindow()->userAdminDialog();
    ASSERT_NE(users, nullptr);
    EXPECT_TRUE(users->isVisible());
    EXPECT_TRUE(m_prompter.messages().isEmpty());
}

TEST_F(GuiRoles, AboutShowsTheVersionAndTheSupportContact)
{
    ASSERT_TRUE(signInAs(QStringLiteral("xem1")));
    m_controller->mainWindow()->showAbout();
    QDialog* about = m_controller->mainWindow()->findChild<QDialog*>(QStringLiteral("AboutDialog"));
    ASSERT_NE(about, nullptr);
    auto* version = about->findChild<QLabel*>(QStringLiteral("versionLabel"));
    auto* support = about->findChild<QLabel*>(QStringLiteral("supportLabel"));
    ASSERT_TRUE(version && support);
    EXPECT_TRUE(version->text().contains(QStringLiteral(HOCBASO_VERSION)));
    // No contact is set by default: the program names nobody's hotline but the office's own.
    EXPECT_FALSE(support->text().contains(QStringLiteral("1900.4740")));
    EXPECT_FALSE(support->text().contains(QStringLiteral("mailto:")));
    EXPECT_TRUE(support->text().contains(QStringLiteral("Settings")) ||
                support->text().contains(QStringLiteral("Cài đặt")));
}

TEST_F(GuiRoles, SupportContactFollowsTheSettings)
{
    m_settings->setSupportHotline(QStringLiteral("0243.123.4567"));
    m_settings->setSupportEmail(QStringLiteral("hotro@example.vn"));
    ASSERT_TRUE(signInAs(QStringLiteral("canbo1")));
    m_controller->mainWindow()->showAbout();
    QDialog* about = m_controller->mainWindow()->findChild<QDialog*>(QStringLiteral("AboutDialog"));
    ASSERT_NE(about, nullptr);
    const QString text = about->findChild<QLabel*>(QStringLiteral("supportLabel"))->text();
    EXPECT_TRUE(text.contains(QStringLiteral("0243.123.4567")));
    EXPECT_TRUE(text.contains(QStringLiteral("hotro@example.vn")));
}

TEST_F(GuiRoles, AStoreOfRealDataHasNoDemoBanner)
{
    ASSERT_TRUE(signInAs(QStringLiteral("canbo1")));
    EXPECT_FALSE(m_controller->mainWindow()->showsDemoBanner());
}

} // namespace
} // namespace hocbaso::test
