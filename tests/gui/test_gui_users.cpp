// The administrator's user dialog: list, add, disable/enable, unlock; and its model.

#include "GuiSupport.h"

#include "MainWindow.h"
#include "dialogs/AddUserDialog.h"
#include "dialogs/UserAdminDialog.h"
#include "models/UserTableModel.h"
#include "services/UserAdmin.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

namespace hocbaso::test {
namespace {

class GuiUserAdmin : public GuiTest
{
protected:
    ui::UserAdminDialog* openUsers()
    {
        if (!signInAs(QStringLiteral("admin")))
            return nullptr;
        m_controller->mainWindow()->usersAction()->trigger();
        return m_controller->mainWindow()->userAdminDialog();
    }
    QString stateOf(ui::UserAdminDialog* d, const QString& username) const
    {
        const int row = d->model()->rowOf(username);
        return d->model()->index(row, ui::UserTableModel::StateColumn).data().toString();
    }
    ui::AddUserDialog* openAdd(ui::UserAdminDialog* d)
    {
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("addUserPushButton")), Qt::LeftButton);
        return d->findChild<ui::AddUserDialog*>();
    }
    void fill(ui::AddUserDialog* add, const QString& name, const QString& full, Role role, const QString& pw,
              const QString& again)
    {
        QTest::keyClicks(add->findChild<QLineEdit*>(QStringLiteral("usernameLineEdit")), name);
        // QTest types ASCII only; Vietnamese names arrive as an input method would insert them.
        add->findChild<QLineEdit*>(QStringLiteral("displayNameLineEdit"))->insert(full);
        auto* roleBox = add->findChild<QComboBox*>(QStringLiteral("roleComboBox"));
        roleBox->setCurrentIndex(roleBox->findData(int(role)));
        QTest::keyClicks(add->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit")), pw);
        QTest::keyClicks(add->findChild<QLineEdit*>(QStringLiteral("repeatPasswordLineEdit")), again);
    }
    void pressOk(ui::AddUserDialog* add)
    {
        auto* box = add->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
        QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }
    void signOut()
    {
        m_controller->mainWindow()->signOutAction()->trigger();
        flushDeletes();
    }
};

TEST_F(GuiUserAdmin, ListsEveryUserWithRoleAndState)
{
    ui::UserAdminDialog* d = openUsers();
    ASSERT_NE(d, nullptr) << loginMessage().toStdString();
    EXPECT_TRUE(d->isVisible());
    ASSERT_EQ(d->model()->rowCount(), 5);
    const int row = d->model()->rowOf(QStringLiteral("xem1"));
    EXPECT_EQ(d->model()->index(row, ui::UserTableModel::RoleColumn).data().toString(), QStringLiteral("Viewer"));
    EXPECT_EQ(d->model()->index(row, ui::UserTableModel::UnitColumn).data().toString(), QStringLiteral("PGD99"));
    EXPECT_EQ(stateOf(d, QStringLiteral("xem1")), QStringLiteral("Active"));
    EXPECT_EQ(stateOf(d, QStringLiteral("nghi1")), QStringLiteral("Disabled"));
    // Dates as dd/MM/yyyy.
    EXPECT_EQ(d->model()->index(row, ui::UserTableModel::CreatedColumn).data().toString(),
              m_clock->now().toLocalTime().toString(QStringLiteral("dd/MM/yyyy")));
}

TEST_F(GuiUserAdmin, ModelPassesTheModelTester)
{
    ui::UserTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    User a;
    a.username = QStringLiteral("a");
    a.role = Role::Officer;
    User b = a;
    b.username = QStringLiteral("b");
    b.lockedUntil = m_clock->now().addSecs(600);
    model.setUsers({a, b}, m_clock->now());
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_TRUE(model.index(1, ui::UserTableModel::StateColumn).data().toString().startsWith(QStringLiteral("Locked")));
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(GuiUserAdmin, AddsAUserWhoCanThenSignIn)
{
    ui::UserAdminDialog* d = openUsers();
    ASSERT_NE(d, nullptr);
    ui::AddUserDialog* add = openAdd(d);
    ASSERT_NE(add, nullptr);
    EXPECT_TRUE(add->isVisible());
    fill(add, QStringLiteral("canbo2"), QStringLiteral("Trần Văn Hùng"), Role::Officer, QStringLiteral("Moi#Pass2026"),
         QStringLiteral("Moi#Pass2026"));
    pressOk(add);
    EXPECT_TRUE(add->message().isEmpty()) << add->message().toStdString();
    EXPECT_FALSE(add->isVisible());
    ASSERT_GE(d->model()->rowOf(QStringLiteral("canbo2")), 0);
    EXPECT_EQ(d->selectedUsername(), QStringLiteral("canbo2"));

    signOut();
    ASSERT_TRUE(signInAs(QStringLiteral("canbo2"), QStringLiteral("Moi#Pass2026"))) << loginMessage().toStdString();
    EXPECT_EQ(m_controller->mainWindow()->tabWidget()->count(), 6); // the to-do list and 6.1-6.5
}

TEST_F(GuiUserAdmin, MismatchedPasswordsKeepTheDialogOpen)
{
    ui::UserAdminDialog* d = openUsers();
    ASSERT_NE(d, nullptr);
    ui::AddUserDialog* add = openAdd(d);
    ASSERT_NE(add, nullptr);
    fill(add, QStringLiteral("xem2"), QStringLiteral("Lê Thị Hoa"), Role::Viewer, QStringLiteral("Moi#Pass2026"),
         QStringLiteral("Moi#Pass2027"));
    pressOk(add);
    EXPECT_TRUE(add->isVisible());
    EXPECT_TRUE(add->message().contains(QStringLiteral("not the same"))) << add->message().toStdString();
    EXPECT_LT(d->model()->rowOf(QStringLiteral("xem2")), 0);
}

TEST_F(GuiUserAdmin, WeakPasswordAndTakenNameAreRefused)
{
    ui::UserAdminDialog* d = openUsers();
    ASSERT_NE(d, nullptr);
    ui::AddUserDialog* add = openAdd(d);
    ASSERT_NE(add, nullptr);
    fill(add, QStringLiteral("xem2"), QStringLiteral("Lê Thị Hoa"), Role::Viewer, QStringLiteral("short1"),
         QStringLiteral("short1"));
    pressOk(add);
    EXPECT_TRUE(add->message().contains(QStringLiteral("at least 8"))) << add->message().toStdString();

    auto* name = add->findChild<QLineEdit*>(QStringLiteral("usernameLineEdit"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("canbo1"));
    for (const char* field : {"passwordLineEdit", "repeatPasswordLineEdit"}) {
        auto* e = add->findChild<QLineEdit*>(QString::fromLatin1(field));
        e->clear();
        QTest::keyClicks(e, QStringLiteral("Moi#Pass2026"));
    }
    pressOk(add);
    EXPECT_TRUE(add->message().contains(QStringLiteral("already taken"))) << add->message().toStdString();
}

TEST_F(GuiUserAdmin, SchoolUserNeedsASchoolOfTheUnit)
{
    ui::UserAdminDialog* d = openUsers();
    ASSERT_NE(d, nullptr);
    ui::AddUserDialog* add = openAdd(d);
    ASSERT_NE(add, nullptr);
    auto* school = add->findChild<QComboBox*>(QStringLiteral("schoolComboBox"));
    EXPECT_FALSE(school->isEnabled());
    fill(add, QStringLiteral("truong2"), QStringLiteral("Vũ Minh Tâm"), Role::School, QStringLiteral("Moi#Pass2026"),
         QStringLiteral("Moi#Pass2026"));
    EXPECT_TRUE(school->isEnabled());
    EXPECT_EQ(school->count(), 1);
    pressOk(add);
    EXPECT_TRUE(add->message().isEmpty()) << add->message().toStdString();
    const int row = d->model()->rowOf(QStringLiteral("truong2"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(d->model()->index(row, ui::UserTableModel::SchoolColumn).data().toString(), QStringLiteral("TH99001"));
}

TEST_F(GuiUserAdmin, DisablingAsksFirstAndThenRefusesSignIn)
{
    ui::UserAdminDialog* d = openUsers();
    ASSERT_NE(d, nullptr);
    auto* toggle = d->findChild<QPushButton*>(QStringLiteral("toggleDisabledPushButton"));
    ASSERT_TRUE(d->selectUser(QStringLiteral("canbo1")));

    m_prompter.answerNext(false);
    QTest::mouseClick(toggle, Qt::LeftButton);
    EXPECT_EQ(m_prompter.messages().last().kind, QStringLiteral("confirm"));
    EXPECT_EQ(stateOf(d, QStringLiteral("canbo1")), QStringLiteral("Active"));

    m_prompter.answerNext(true);
    QTest::mouseClick(toggle, Qt::LeftButton);
    EXPECT_EQ(stateOf(d, QStringLiteral("canbo1")), QStringLiteral("Disabled"));
    EXPECT_EQ(toggle->text(), QStringLiteral("&Enable"));

    signOut();
    EXPECT_FALSE(signInAs(QStringLiteral("canbo1")));
    EXPECT_TRUE(loginMessage().contains(QStringLiteral("disabled")));

    // Enabling needs no question.
    d = openUsers();
    ASSERT_NE(d, nullptr);
    ASSERT_TRUE(d->selectUser(QStringLiteral("canbo1")));
    const auto asked = m_prompter.messages().size();
    QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("toggleDisabledPushButton")), Qt::LeftButton);
    EXPECT_EQ(m_prompter.messages().size(), asked);
    EXPECT_EQ(stateOf(d, QStringLiteral("canbo1")), QStringLiteral("Active"));
}

TEST_F(GuiUserAdmin, AnAdministratorCannotDisableThemself)
{
    ui::UserAdminDialog* d = openUsers();
    ASSERT_NE(d, nullptr);
    ASSERT_TRUE(d->selectUser(QStringLiteral("admin")));
    m_prompter.answerNext(true);
    QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("toggleDisabledPushButton")), Qt::LeftButton);
    EXPECT_EQ(m_prompter.messages().last().kind, QStringLiteral("refuse"));
    EXPECT_TRUE(m_prompter.lastText().contains(QStringLiteral("your own account")));
    EXPECT_EQ(stateOf(d, QStringLiteral("admin")), QStringLiteral("Active"));
}

TEST_F(GuiUserAdmin, UnlockEndsALockOutEarly)
{
    for (int i = 0; i < 5; ++i)
        signInAs(QStringLiteral("canbo1"), QStringLiteral("wrong-password1"));
    ui::UserAdminDialog* d = openUsers();
    ASSERT_NE(d, nullptr);
    EXPECT_TRUE(stateOf(d, QStringLiteral("canbo1")).startsWith(QStringLiteral("Locked until")));
    ASSERT_TRUE(d->selectUser(QStringLiteral("canbo1")));
    auto* unlock = d->findChild<QPushButton*>(QStringLiteral("unlockPushButton"));
    EXPECT_TRUE(unlock->isEnabled());
    QTest::mouseClick(unlock, Qt::LeftButton);
    EXPECT_EQ(stateOf(d, QStringLiteral("canbo1")), QStringLiteral("Active"));
    signOut();
    EXPECT_TRUE(signInAs(QStringLiteral("canbo1"))) << loginMessage().toStdString();
}

TEST_F(GuiUserAdmin, TheServiceRefusesNonAdministrators)
{
    services::ServiceContext ctx{m_store->db(), *m_clock, {}, {}};
    ctx.actor.username = QStringLiteral("canbo1");
    ctx.actor.role = Role::Officer;
    ctx.actor.unitId = m_unitId;
    services::UserAdmin admin(ctx);
    EXPECT_FALSE(admin.list());
    services::NewUser u;
    u.username = QStringLiteral("sneaky");
    u.displayName = QStringLiteral("Sneaky");
    u.unitId = m_unitId;
    auto added = admin.add(u, QStringLiteral("Moi#Pass2026"), QStringLiteral("Moi#Pass2026"));
    ASSERT_FALSE(added);
    EXPECT_EQ(added.error().kind, ErrorKind::Refused);
    EXPECT_FALSE(admin.setDisabled(QStringLiteral("xem1"), true));
}

} // namespace
} // namespace hocbaso::test
