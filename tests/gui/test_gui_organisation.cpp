// "Units and schools" (issue #17): the administrator's tree of units and schools, moving a school
// to another commune, making a unit's account there, and the school list import with its preview.

#include "GuiSupport.h"

#include "MainWindow.h"
#include "dialogs/AddUserDialog.h"
#include "dialogs/OrganisationDialog.h"
#include "dialogs/OrganisationForms.h"
#include "dialogs/SchoolImportDialog.h"
#include "models/SchoolImportPreviewModel.h"
#include "services/UnitAdmin.h"
#include "store/SchoolRepository.h"
#include "store/UnitRepository.h"
#include "store/UserRepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTreeView>

namespace hocbaso::test {
namespace {

class GuiOrganisation : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        if (HasFatalFailure())
            return;
        // The fixture's unit becomes a commune of a Sở, beside a second commune; the administrator
        // works at the Sở, over both.
        services::UnitAdmin system(m_store->context());
        ASSERT_TRUE(system.addUnit(QStringLiteral("SGD99"), QStringLiteral("Sở GD&ĐT Thử nghiệm"), UnitLevel::So, {}));
        ASSERT_TRUE(system.moveUnit(QStringLiteral("PGD99"), QStringLiteral("SGD99")));
        auto xa = system.addUnit(QStringLiteral("XA98"), QStringLiteral("UBND xã An Bình"), UnitLevel::Xa,
                                 QStringLiteral("SGD99"));
        ASSERT_TRUE(xa) << xa.errorString().toStdString();
        m_communeId = xa->id;
        auto so = store::UnitRepository(m_store->db()).byCode(QStringLiteral("SGD99"));
        ASSERT_TRUE(so && *so);
        QSqlQuery q(m_store->db().connection());
        q.prepare(QStringLiteral("UPDATE users SET unit_id = ? WHERE username = 'admin'"));
        q.addBindValue((*so)->id);
        ASSERT_TRUE(q.exec());
    }

    ui::OrganisationDialog* openOrganisation()
    {
        if (!signInAs(QStringLiteral("admin")))
            return nullptr;
        m_controller->mainWindow()->organisationAction()->trigger();
        return m_controller->mainWindow()->organisationDialog();
    }

    static void pressOk(QDialog* d)
    {
        auto* box = d->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
        QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    QString unitCodeOfSchool(const QString& code)
    {
        auto s = store::SchoolRepository(m_store->db()).byCode(code);
        if (!s || !*s)
            return {};
        auto u = store::UnitRepository(m_store->db()).byId((*s)->unitId);
        return u && *u ? (*u)->code : QString();
    }

    QString writeFile(const QString& name, const QString& text)
    {
        const QString path = m_settingsDir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(text.toUtf8());
        return path;
    }

    ui::SchoolImportDialog* planFile(ui::OrganisationDialog* d, const QString& path)
    {
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("importPushButton")), Qt::LeftButton);
        ui::SchoolImportDialog* import = d->importDialog();
        if (!import)
            return nullptr;
        QSignalSpy planned(import, &ui::SchoolImportDialog::planned);
        import->openFile(path);
        if (!planned.wait(10000))
            return nullptr;
        return import;
    }

    qint64 m_communeId = 0;
};

TEST_F(GuiOrganisation, TheSoAdministratorSeesTheTreeOfCommunesAndSchools)
{
    ui::OrganisationDialog* d = openOrganisation();
    ASSERT_NE(d, nullptr) << loginMessage().toStdString();
    QAbstractItemModelTester tester(d->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(d->model()->rowCount(), 1) << "the Sở at the top";
    const QModelIndex so = d->model()->indexOfUnit(QStringLiteral("SGD99"));
    ASSERT_TRUE(so.isValid());
    EXPECT_EQ(d->model()->rowCount(so), 2) << "its two communes";
    const QModelIndex school = d->model()->indexOfSchool(QStringLiteral("TH99001"));
    ASSERT_TRUE(school.isValid());
    EXPECT_EQ(school.parent(), d->model()->indexOfUnit(QStringLiteral("PGD99")));
    EXPECT_TRUE(d->emptyHint().isEmpty());

    // The filter ignores accents and case, and keeps the school's units above it.
    QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("filterLineEdit")), QStringLiteral("thu nghiem 99001"));
    QTreeView* tree = d->treeView();
    ASSERT_EQ(tree->model()->rowCount(), 1);
    const QModelIndex top = tree->model()->index(0, 0);
    ASSERT_EQ(tree->model()->rowCount(top), 1) << "only the school's commune";
    EXPECT_EQ(tree->model()->rowCount(tree->model()->index(0, 0, top)), 1);
}

TEST_F(GuiOrganisation, MovingASchoolToAnotherCommuneKeepsItAndIsAudited)
{
    ui::OrganisationDialog* d = openOrganisation();
    ASSERT_NE(d, nullptr) << loginMessage().toStdString();
    ASSERT_TRUE(d->selectSchool(QStringLiteral("TH99001")));
    auto* move = d->findChild<QPushButton*>(QStringLiteral("movePushButton"));
    EXPECT_EQ(move->text(), QStringLiteral("&Move school..."));
    QTest::mouseClick(move, Qt::LeftButton);
    auto* dialog = d->findChild<ui::MoveDialog*>();
    ASSERT_NE(dialog, nullptr);
    QComboBox* target = dialog->targetBox();
    EXPECT_EQ(target->findData(QStringLiteral("PGD99")), -1) << "not the unit it is in";
    const int xa = target->findData(QStringLiteral("XA98"));
    ASSERT_GE(xa, 0);
    target->setCurrentIndex(xa);
    pressOk(dialog);
    EXPECT_TRUE(dialog->message().isEmpty()) << dialog->message().toStdString();

    EXPECT_EQ(unitCodeOfSchool(QStringLiteral("TH99001")), QStringLiteral("XA98"));
    // The school's own user moved with it.
    auto user = store::UserRepository(m_store->db()).byUsername(QStringLiteral("truong1"));
    ASSERT_TRUE(user && *user);
    EXPECT_EQ((*user)->unitId, m_communeId);
    // The tree shows it under the new commune, still selected.
    const QModelIndex moved = d->model()->indexOfSchool(QStringLiteral("TH99001"));
    EXPECT_EQ(moved.parent(), d->model()->indexOfUnit(QStringLiteral("XA98")));
    ASSERT_TRUE(d->currentNode());
    EXPECT_EQ(d->currentNode()->code, QStringLiteral("TH99001"));
    // The audit log says who moved it.
    QSqlQuery q(m_store->db().connection());
    ASSERT_TRUE(q.exec(
        QStringLiteral("SELECT actor FROM audit_events WHERE action = 'school.move' AND entity_id = 'TH99001'")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("admin"));
}

TEST_F(GuiOrganisation, AUnitsAccountIsMadeFromTheTree)
{
    ui::OrganisationDialog* d = openOrganisation();
    ASSERT_NE(d, nullptr) << loginMessage().toStdString();
    ASSERT_TRUE(d->selectUnit(QStringLiteral("XA98")));
    QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("addAccountPushButton")), Qt::LeftButton);
    auto* add = d->findChild<ui::AddUserDialog*>();
    ASSERT_NE(add, nullptr);
    auto* role = add->findChild<QComboBox*>(QStringLiteral("roleComboBox"));
    auto* unit = add->findChild<QComboBox*>(QStringLiteral("unitComboBox"));
    EXPECT_EQ(Role(role->currentData().toInt()), Role::Officer);
    EXPECT_EQ(unit->currentData().toLongLong(), m_communeId);
    QTest::keyClicks(add->findChild<QLineEdit*>(QStringLiteral("usernameLineEdit")), QStringLiteral("canboxa98"));
    add->findChild<QLineEdit*>(QStringLiteral("displayNameLineEdit"))->insert(QStringLiteral("Lê Văn Xã"));
    QTest::keyClicks(add->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit")), QStringLiteral("Xa#An2026"));
    QTest::keyClicks(add->findChild<QLineEdit*>(QStringLiteral("repeatPasswordLineEdit")), QStringLiteral("Xa#An2026"));
    pressOk(add);
    auto user = store::UserRepository(m_store->db()).byUsername(QStringLiteral("canboxa98"));
    ASSERT_TRUE(user && *user) << add->message().toStdString();
    EXPECT_EQ((*user)->unitId, m_communeId);
    EXPECT_EQ((*user)->role, Role::Officer);
}

TEST_F(GuiOrganisation, TheImportPreviewShowsEveryLineAndWritesOnlyAFileWithoutRefusals)
{
    ui::OrganisationDialog* d = openOrganisation();
    ASSERT_NE(d, nullptr) << loginMessage().toStdString();
    const QString header = QStringLiteral("Mã trường;Tên trường;Đơn vị quản lý;Loại hình\n");
    const QString bad = writeFile(QStringLiteral("bad.csv"),
                                  header + QStringLiteral("TH98001;Trường Tiểu học An Bình A;XA98;Công lập\n"
                                                          "TH99001;Trường Tiểu học Thử nghiệm Mới;PGD99;Công lập\n"
                                                          "TH98002;Trường Tiểu học Không Nhà;XA00;Tư thục\n"));
    ui::SchoolImportDialog* import = planFile(d, bad);
    ASSERT_NE(import, nullptr);
    QAbstractItemModelTester tester(import->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    ui::SchoolImportPreviewModel* m = import->model();
    ASSERT_EQ(m->rowCount(), 3);
    const auto actionOf = [m](int line) {
        return m->index(m->rowOfLine(line), ui::SchoolImportPreviewModel::ActionColumn).data().toString();
    };
    EXPECT_EQ(actionOf(2), QStringLiteral("New"));
    EXPECT_EQ(actionOf(3), QStringLiteral("Updated"));
    EXPECT_EQ(actionOf(4), QStringLiteral("Refused"));
    EXPECT_TRUE(m->index(m->rowOfLine(4), ui::SchoolImportPreviewModel::DetailColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("XA00")));
    EXPECT_FALSE(import->importButton()->isEnabled()) << "a refused line blocks the whole file";
    EXPECT_TRUE(import->summary().contains(QStringLiteral("1 refused"))) << import->summary().toStdString();
    EXPECT_FALSE(unitCodeOfSchool(QStringLiteral("TH98001")).size()) << "nothing written by a preview";

    // The corrected file imports both lines at once.
    const QString good = writeFile(QStringLiteral("good.csv"),
                                   header + QStringLiteral("TH98001;Trường Tiểu học An Bình A;XA98;Công lập\n"
                                                           "TH99001;Trường Tiểu học Thử nghiệm Mới;PGD99;Công lập\n"));
    QSignalSpy planned(import, &ui::SchoolImportDialog::planned);
    import->openFile(good);
    ASSERT_TRUE(planned.wait(10000));
    ASSERT_TRUE(import->importButton()->isEnabled()) << import->summary().toStdString();
    EXPECT_EQ(import->importButton()->text(), QStringLiteral("&Import 2 school(s)"));
    QSignalSpy imported(import, &ui::SchoolImportDialog::imported);
    QTest::mouseClick(import->importButton(), Qt::LeftButton);
    ASSERT_TRUE(imported.wait(10000)) << m_prompter.lastText().toStdString();
    EXPECT_EQ(unitCodeOfSchool(QStringLiteral("TH98001")), QStringLiteral("XA98"));
    auto renamed = store::SchoolRepository(m_store->db()).byCode(QStringLiteral("TH99001"));
    ASSERT_TRUE(renamed && *renamed);
    EXPECT_EQ((*renamed)->name, QStringLiteral("Trường Tiểu học Thử nghiệm Mới"));
    // The tree reads the store again.
    EXPECT_TRUE(d->model()->indexOfSchool(QStringLiteral("TH98001")).isValid());

    // The same file again: nothing to do.
    flushDeletes();
    ui::SchoolImportDialog* again = planFile(d, good);
    ASSERT_NE(again, nullptr);
    EXPECT_EQ(again->plan().unchanged, 2);
    EXPECT_FALSE(again->importButton()->isEnabled());
}

} // namespace
} // namespace hocbaso::test
