// 6.2 lock settings page: the schools-and-grades tree and its model, Cách 1 through the common
// dialog, Cách 2 by editing a grade's dates in place and saving, and refusals that save nothing.

#include "GuiSupport.h"

#include "MainWindow.h"
#include "Session.h"
#include "SessionController.h"
#include "dialogs/CommonLockDialog.h"
#include "models/LockSettingsModel.h"
#include "pages/LockSettingsPage.h"
#include "services/LockService.h"
#include "store/UnitRepository.h"
#include "support/DemoStore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QPushButton>
#include <QTest>

namespace hocbaso::test {
namespace {

using services::LockSource;
using ui::LockSettingsModel;

class GuiLocks : public GuiTest
{
protected:
    static constexpr const char* kDemoPassword = "Demo@2026";

    void SetUp() override
    {
        quietOffscreenWarnings();
        QString skip;
        m_store = TestStore::create(store::Dialect::Sqlite, &skip);
        ASSERT_TRUE(m_store) << skip.toStdString();
        m_clock = &m_store->clock();
        m_clock->set(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
        ASSERT_TRUE(m_settingsDir.isValid());
        auto demo = fillWithDemo(*m_store, 3, 120, false);
        ASSERT_TRUE(demo.ok()) << demo.errorString().toStdString();
        m_settings = std::make_unique<ui::AppSettings>(m_settingsDir.filePath(QStringLiteral("settings.ini")));
        m_controller = std::make_unique<ui::SessionController>(*m_settings, m_prompter, *m_clock);
        m_controller->setDatabaseOverride(m_store->sqlitePath());
        m_controller->start();
    }

    ui::LockSettingsPage* openPage()
    {
        if (!signInAs(QStringLiteral("canbo1"), QString::fromLatin1(kDemoPassword)))
            return nullptr;
        ui::MainWindow* main = m_controller->mainWindow();
        auto* page = qobject_cast<ui::LockSettingsPage*>(main->page(ui::PageId::LockSettings));
        if (!page)
            return nullptr;
        page->setPrompter(&m_prompter);
        main->showPage(ui::PageId::LockSettings);
        page->refresh();
        return page;
    }
    services::ServiceContext& context() { return m_controller->session()->context(); }
    // The source columns name the unit whose setting gives a date: here the officer's own.
    QString ownUnitName()
    {
        auto unit = store::UnitRepository(context().db).byId(context().actor.unitId);
        return unit && unit->has_value() ? (*unit)->name : QString();
    }
    static int year() { return 2026; }
    QPushButton* button(ui::LockSettingsPage* page, const char* name)
    {
        return page->findChild<QPushButton*>(QString::fromLatin1(name));
    }
    QList<services::EffectiveLock> effective()
    {
        auto rows = services::LockService(context()).effective(year());
        EXPECT_TRUE(rows.ok()) << rows.errorString().toStdString();
        return rows ? *rows : QList<services::EffectiveLock>();
    }
    // The unit-wide dates for every grade, set as Cách 1 would.
    void setUnitWide(const QDate& receive, const QDate& revoke)
    {
        services::LockChange c;
        c.allSchools = true;
        c.schoolYear = year();
        c.receive = receive;
        c.revoke = revoke;
        auto s = services::LockService(context()).set(c, [](const QString&) { return true; });
        ASSERT_TRUE(s.ok()) << s.errorString().toStdString();
    }
};

TEST_F(GuiLocks, GuiLocksModelPassesTester)
{
    LockSettingsModel standalone;
    QAbstractItemModelTester standaloneTester(&standalone, QAbstractItemModelTester::FailureReportingMode::Fatal);

    ui::LockSettingsPage* page = openPage();
    ASSERT_NE(page, nullptr);
    LockSettingsModel* model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(page->schoolYear(), services::LockService(context()).defaultYear());
    auto* years = page->findChild<QComboBox*>(QStringLiteral("yearComboBox"));
    ASSERT_NE(years, nullptr);
    EXPECT_GE(years->findData(year()), 0);
    EXPECT_GE(years->findData(year() - 1), 0);

    const QList<services::EffectiveLock> rows = effective();
    ASSERT_FALSE(rows.isEmpty());
    ASSERT_EQ(model->rowCount() * 5, rows.size());
    const QModelIndex school = model->index(0, 0);
    EXPECT_EQ(model->rowCount(school), 5);
    EXPECT_EQ(model->rowCount(model->index(0, 0, school)), 0);
    // The demo leaves this year's dates to the officer: nothing set, shown as "—".
    EXPECT_EQ(model->index(0, LockSettingsModel::ReceiveColumn, school).data().toString(), QStringLiteral("—"));
    EXPECT_EQ(model->index(0, LockSettingsModel::ReceiveSourceColumn, school).data().toString(), QStringLiteral("—"));

    // Last year's unit-wide dates, with the source column saying so.
    ASSERT_TRUE(page->setSchoolYear(year() - 1));
    const QModelIndex lastYear = model->index(0, LockSettingsModel::ReceiveColumn, model->index(0, 0));
    EXPECT_EQ(lastYear.data().toString(), QStringLiteral("31/05/2026"));
    EXPECT_EQ(lastYear.siblingAtColumn(LockSettingsModel::ReceiveSourceColumn).data().toString(), ownUnitName());
    ASSERT_TRUE(page->setSchoolYear(year()));

    // Editing, marking and discarding go through the tester as well.
    const QString code = model->index(0, 0).data(LockSettingsModel::SchoolCodeRole).toString();
    const QModelIndex cell = model->indexOf(code, 2, LockSettingsModel::RevokeColumn);
    EXPECT_TRUE(model->flags(cell) & Qt::ItemIsEditable);
    EXPECT_FALSE(model->flags(model->indexOf(code, 2, LockSettingsModel::NameColumn)) & Qt::ItemIsEditable);
    EXPECT_FALSE(model->flags(model->indexOf(code)) & Qt::ItemIsEditable);
    EXPECT_TRUE(model->setData(cell, QDate(2027, 6, 30)));
    EXPECT_TRUE(cell.data(LockSettingsModel::PendingRole).toBool());
    EXPECT_TRUE(model->indexOf(code).data(LockSettingsModel::PendingRole).toBool());
    EXPECT_EQ(cell.data().toString(), QStringLiteral("30/06/2027 *"));
    EXPECT_TRUE(button(page, "savePushButton")->isEnabled());
    page->discard();
    EXPECT_FALSE(model->hasPendingEdits());
    EXPECT_FALSE(button(page, "savePushButton")->isEnabled());
    EXPECT_EQ(cell.data().toString(), QStringLiteral("—"));
}

TEST_F(GuiLocks, GuiLocksCommonDialogAllSchoolsGrades1And2)
{
    ui::LockSettingsPage* page = openPage();
    ASSERT_NE(page, nullptr);
    QTest::mouseClick(button(page, "configureReceivePushButton"), Qt::LeftButton);
    ui::CommonLockDialog* dialog = page->commonLockDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->kind(), ui::CommonLockDialog::Kind::Receive);
    dialog->setAllSchools(true);
    dialog->setGrades({1, 2});
    dialog->setDate(QDate(2027, 5, 31));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog->message().isEmpty()) << dialog->message().toStdString();
    flushDeletes();
    EXPECT_EQ(page->commonLockDialog(), nullptr);

    QTest::mouseClick(button(page, "configureRevokePushButton"), Qt::LeftButton);
    dialog = page->commonLockDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->setGrades({1, 2});
    dialog->setDate(QDate(2027, 6, 30));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    flushDeletes();
    EXPECT_EQ(page->commonLockDialog(), nullptr);

    LockSettingsModel* model = page->model();
    ASSERT_GT(model->rowCount(), 1);
    for (int i = 0; i < model->rowCount(); ++i) {
        const QModelIndex school = model->index(i, 0);
        for (int g = 0; g < 5; ++g) {
            const QModelIndex receive = model->index(g, LockSettingsModel::ReceiveColumn, school);
            const QModelIndex revoke = model->index(g, LockSettingsModel::RevokeColumn, school);
            if (g < 2) {
                EXPECT_EQ(receive.data().toString(), QStringLiteral("31/05/2027"));
                EXPECT_EQ(revoke.data().toString(), QStringLiteral("30/06/2027"));
                EXPECT_EQ(receive.data(LockSettingsModel::SourceRole).toString(), QStringLiteral("unit"));
                EXPECT_EQ(revoke.siblingAtColumn(LockSettingsModel::RevokeSourceColumn).data().toString(),
                          ownUnitName());
            } else {
                EXPECT_FALSE(receive.data(LockSettingsModel::DateRole).toDate().isValid());
                EXPECT_EQ(receive.data(LockSettingsModel::SourceRole).toString(), QString());
            }
        }
    }
    for (const services::EffectiveLock& e : effective()) {
        if (e.grade <= 2) {
            EXPECT_EQ(e.receive, QDate(2027, 5, 31)) << e.schoolCode.toStdString() << " " << e.grade;
            EXPECT_EQ(e.revoke, QDate(2027, 6, 30));
            EXPECT_EQ(e.receiveSource, LockSource::Unit);
            EXPECT_EQ(e.revokeSource, LockSource::Unit);
        } else {
            EXPECT_FALSE(e.receive.isValid());
            EXPECT_EQ(e.source, LockSource::None);
        }
    }
}

TEST_F(GuiLocks, GuiLocksCommonDialogShowsRefusalAndStaysOpen)
{
    ui::LockSettingsPage* page = openPage();
    ASSERT_NE(page, nullptr);
    setUnitWide(QDate(2027, 5, 31), QDate(2027, 6, 30));
    page->refresh();
    page->configureRevokeLock();
    ui::CommonLockDialog* dialog = page->commonLockDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->setGrades({3});
    dialog->setDate(QDate(2027, 5, 1));
    dialog->accept();
    EXPECT_TRUE(dialog->message().contains(QStringLiteral("before"))) << dialog->message().toStdString();
    EXPECT_EQ(page->commonLockDialog(), dialog);
    // No grade ticked is a forgotten tick, not "all five".
    dialog->setGrades({});
    dialog->setDate(QDate(2027, 7, 1));
    dialog->accept();
    EXPECT_FALSE(dialog->message().isEmpty());
    dialog->reject();
    for (const services::EffectiveLock& e : effective())
        EXPECT_EQ(e.revoke, QDate(2027, 6, 30));
}

TEST_F(GuiLocks, GuiLocksInPlaceEditMakesOneGradeTheSchoolsOwn)
{
    ui::LockSettingsPage* page = openPage();
    ASSERT_NE(page, nullptr);
    setUnitWide(QDate(2027, 5, 31), QDate(2027, 6, 30));
    page->refresh();
    LockSettingsModel* model = page->model();
    ASSERT_GT(model->rowCount(), 1);
    const QString code = model->index(0, 0).data(LockSettingsModel::SchoolCodeRole).toString();

    const QModelIndex cell = model->indexOf(code, 3, LockSettingsModel::ReceiveColumn);
    ASSERT_TRUE(model->setData(cell, QDate(2027, 5, 15)));
    EXPECT_EQ(cell.siblingAtColumn(LockSettingsModel::ReceiveSourceColumn).data().toString(),
              QStringLiteral("School *"));
    QTest::mouseClick(button(page, "savePushButton"), Qt::LeftButton);
    EXPECT_FALSE(model->hasPendingEdits()) << page->messageText().toStdString();

    const QModelIndex saved = model->indexOf(code, 3, LockSettingsModel::ReceiveColumn);
    EXPECT_EQ(saved.data().toString(), QStringLiteral("15/05/2027"));
    EXPECT_EQ(saved.data(LockSettingsModel::SourceRole).toString(), QStringLiteral("school"));
    EXPECT_EQ(model->indexOf(code, 2, LockSettingsModel::ReceiveColumn).data(LockSettingsModel::SourceRole).toString(),
              QStringLiteral("unit"));
    for (const services::EffectiveLock& e : effective()) {
        const bool edited = e.schoolCode == code && e.grade == 3;
        EXPECT_EQ(e.source, edited ? LockSource::School : LockSource::Unit) << e.schoolCode.toStdString() << e.grade;
        EXPECT_EQ(e.receive, edited ? QDate(2027, 5, 15) : QDate(2027, 5, 31));
        EXPECT_EQ(e.receiveSource, edited ? LockSource::School : LockSource::Unit);
        // Only the receive date was edited: the revoke date still comes from the unit.
        EXPECT_EQ(e.revoke, QDate(2027, 6, 30));
        EXPECT_EQ(e.revokeSource, LockSource::Unit);
    }

    // Clearing the school's own date and saving hands the grade back to the unit.
    ASSERT_TRUE(model->setData(model->indexOf(code, 3, LockSettingsModel::ReceiveColumn), QVariant()));
    ASSERT_TRUE(page->save());
    for (const services::EffectiveLock& e : effective()) {
        EXPECT_EQ(e.receive, QDate(2027, 5, 31));
        EXPECT_EQ(e.receiveSource, LockSource::Unit);
    }
}

TEST_F(GuiLocks, GuiLocksRevokeBeforeReceiveIsRefused)
{
    ui::LockSettingsPage* page = openPage();
    ASSERT_NE(page, nullptr);
    setUnitWide(QDate(2027, 5, 31), QDate(2027, 6, 30));
    page->refresh();
    LockSettingsModel* model = page->model();
    const QString code = model->index(0, 0).data(LockSettingsModel::SchoolCodeRole).toString();
    m_prompter.clear();
    ASSERT_TRUE(model->setData(model->indexOf(code, 1, LockSettingsModel::ReceiveColumn), QDate(2027, 4, 30)));
    ASSERT_TRUE(model->setData(model->indexOf(code, 2, LockSettingsModel::RevokeColumn), QDate(2027, 5, 1)));
    EXPECT_FALSE(page->save());
    ASSERT_FALSE(m_prompter.messages().isEmpty());
    EXPECT_EQ(m_prompter.messages().last().kind, QStringLiteral("refuse"));
    EXPECT_TRUE(m_prompter.lastText().contains(QStringLiteral("before the receive-lock date")))
        << m_prompter.lastText().toStdString();
    EXPECT_TRUE(page->messageText().contains(QStringLiteral("nothing was saved")));
    // Neither edit was saved, the valid one included, and both are still pending.
    EXPECT_TRUE(model->hasPendingEdits());
    EXPECT_EQ(model->pendingEdits().size(), 2);
    for (const services::EffectiveLock& e : effective()) {
        EXPECT_EQ(e.source, LockSource::Unit);
        EXPECT_EQ(e.receive, QDate(2027, 5, 31));
        EXPECT_EQ(e.revoke, QDate(2027, 6, 30));
    }
}

TEST_F(GuiLocks, GuiLocksPastDateAsksAndYearChangeAsks)
{
    ui::LockSettingsPage* page = openPage();
    ASSERT_NE(page, nullptr);
    LockSettingsModel* model = page->model();
    const QString code = model->index(0, 0).data(LockSettingsModel::SchoolCodeRole).toString();
    ASSERT_TRUE(model->setData(model->indexOf(code, 4, LockSettingsModel::ReceiveColumn), QDate(2026, 11, 1)));
    m_prompter.clear();
    m_prompter.answerNext(false);
    EXPECT_FALSE(page->save());
    ASSERT_EQ(m_prompter.messages().size(), 1);
    EXPECT_TRUE(m_prompter.lastText().contains(QStringLiteral("01/11/2026")));
    EXPECT_FALSE(effective().at(3).receive.isValid());

    // Another year with unsaved edits: "don't save", "don't discard" = stay.
    m_prompter.clear();
    EXPECT_FALSE(page->setSchoolYear(year() - 1));
    EXPECT_EQ(m_prompter.messages().size(), 2);
    EXPECT_EQ(page->schoolYear(), year());
    EXPECT_TRUE(model->hasPendingEdits());
    // Save (and confirm the past date): saved, then the other year is shown.
    m_prompter.answerNext(true);
    m_prompter.answerNext(true);
    EXPECT_TRUE(page->setSchoolYear(year() - 1));
    EXPECT_FALSE(model->hasPendingEdits());
    EXPECT_EQ(effective().at(3).receive, QDate(2026, 11, 1));
    EXPECT_EQ(effective().at(3).receiveSource, LockSource::School);
}

// A save of several rows is one change: a row the service refuses (here only once the school's own
// receive date is cleared does the unit's come back after the school's own revoke date) leaves the
// rows before it unsaved too, and every edit stays pending.
TEST_F(GuiLocks, GuiLocksSaveOfSeveralRowsIsOneChange)
{
    ui::LockSettingsPage* page = openPage();
    ASSERT_NE(page, nullptr);
    setUnitWide(QDate(2027, 5, 31), QDate(2027, 6, 30));
    LockSettingsModel* model = page->model();
    page->refresh();
    const QString code = model->index(0, 0).data(LockSettingsModel::SchoolCodeRole).toString();
    services::LockChange own;
    own.schoolCodes = {code};
    own.grades = {5};
    own.schoolYear = year();
    own.receive = QDate(2027, 5, 15);
    own.revoke = QDate(2027, 5, 20);
    ASSERT_TRUE(services::LockService(context()).set(own, [](const QString&) { return true; }).ok());
    page->refresh();
    const QList<services::EffectiveLock> before = effective();

    ASSERT_TRUE(model->setData(model->indexOf(code, 1, LockSettingsModel::ReceiveColumn), QDate(2027, 5, 10)));
    ASSERT_TRUE(model->setData(model->indexOf(code, 5, LockSettingsModel::ReceiveColumn), QVariant()));
    m_prompter.clear();
    EXPECT_FALSE(page->save());
    EXPECT_TRUE(page->messageText().contains(QStringLiteral("before the receive-lock date")))
        << page->messageText().toStdString();
    EXPECT_EQ(model->pendingEdits().size(), 2);
    const QList<services::EffectiveLock> after = effective();
    ASSERT_EQ(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        EXPECT_EQ(after.at(i).receive, before.at(i).receive)
            << after.at(i).schoolCode.toStdString() << after.at(i).grade;
        EXPECT_EQ(after.at(i).revoke, before.at(i).revoke) << after.at(i).schoolCode.toStdString() << after.at(i).grade;
    }

    // Without the refused row, both grades are saved by the one save.
    ASSERT_TRUE(model->setData(model->indexOf(code, 5, LockSettingsModel::RevokeColumn), QDate(2027, 6, 5)));
    EXPECT_TRUE(page->save()) << page->messageText().toStdString();
    EXPECT_FALSE(model->hasPendingEdits());
    EXPECT_TRUE(page->messageText().contains(QStringLiteral("2"))) << page->messageText().toStdString();
    for (const services::EffectiveLock& e : effective()) {
        if (e.schoolCode != code)
            continue;
        if (e.grade == 1) {
            EXPECT_EQ(e.receive, QDate(2027, 5, 10));
        }
        if (e.grade == 5) {
            EXPECT_EQ(e.receive, QDate(2027, 5, 31));
            EXPECT_EQ(e.receiveSource, LockSource::Unit);
            EXPECT_EQ(e.revoke, QDate(2027, 6, 5));
        }
    }
}

// A collapsed school row says its dates: the one date every grade has, "Not set", or how they
// differ, with the grades' dates in its tooltip; and it follows unsaved edits.
TEST_F(GuiLocks, GuiLocksCollapsedSchoolRowShowsItsDates)
{
    ui::LockSettingsPage* page = openPage();
    ASSERT_NE(page, nullptr);
    LockSettingsModel* model = page->model();
    ASSERT_GT(model->rowCount(), 0);
    const QString code = model->index(0, 0).data(LockSettingsModel::SchoolCodeRole).toString();
    const auto schoolCell = [&](int column) { return model->indexOf(code, 0, column); };
    EXPECT_EQ(schoolCell(LockSettingsModel::ReceiveColumn).data().toString(), QStringLiteral("Not set"));
    EXPECT_EQ(schoolCell(LockSettingsModel::RevokeColumn).data().toString(), QStringLiteral("Not set"));
    EXPECT_FALSE(schoolCell(LockSettingsModel::ReceiveColumn).data(LockSettingsModel::DateRole).toDate().isValid());

    setUnitWide(QDate(2027, 5, 31), QDate(2027, 6, 30));
    page->refresh();
    EXPECT_EQ(schoolCell(LockSettingsModel::ReceiveColumn).data().toString(), QStringLiteral("31/05/2027"));
    EXPECT_EQ(schoolCell(LockSettingsModel::RevokeColumn).data().toString(), QStringLiteral("30/06/2027"));
    EXPECT_EQ(schoolCell(LockSettingsModel::ReceiveColumn).data(LockSettingsModel::DateRole).toDate(),
              QDate(2027, 5, 31));

    // Two grades with their own dates: three different receive dates, the revoke date unchanged.
    ASSERT_TRUE(model->setData(model->indexOf(code, 2, LockSettingsModel::ReceiveColumn), QDate(2027, 5, 15)));
    ASSERT_TRUE(model->setData(model->indexOf(code, 4, LockSettingsModel::ReceiveColumn), QDate(2027, 5, 20)));
    const QString differ = schoolCell(LockSettingsModel::ReceiveColumn).data().toString();
    EXPECT_TRUE(differ.startsWith(QStringLiteral("3 different date"))) << differ.toStdString();
    EXPECT_FALSE(schoolCell(LockSettingsModel::ReceiveColumn).data(LockSettingsModel::DateRole).toDate().isValid());
    EXPECT_EQ(schoolCell(LockSettingsModel::RevokeColumn).data().toString(), QStringLiteral("30/06/2027"));
    const QString tip = schoolCell(LockSettingsModel::ReceiveColumn).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Grade 2: 15/05/2027"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Grade 4: 20/05/2027"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Grade 5: 31/05/2027"))) << tip.toStdString();

    // Saved, the summary stays; another school keeps the unit's one date.
    ASSERT_TRUE(page->save()) << page->messageText().toStdString();
    EXPECT_TRUE(
        schoolCell(LockSettingsModel::ReceiveColumn).data().toString().startsWith(QStringLiteral("3 different")));
    if (model->rowCount() > 1) {
        EXPECT_EQ(model->index(1, LockSettingsModel::ReceiveColumn).data().toString(), QStringLiteral("31/05/2027"));
    }
}

// The summary itself, as the service gives it.
TEST(LockDatesSummary, OneDateNoneOrHowTheyDiffer)
{
    using services::GradeDatesSummary;
    const QDate a(2027, 5, 31), b(2027, 5, 15);
    EXPECT_EQ(GradeDatesSummary::of({QDate(), QDate()}).kind, GradeDatesSummary::Kind::NotSet);
    const GradeDatesSummary same = GradeDatesSummary::of({a, a, a});
    EXPECT_EQ(same.kind, GradeDatesSummary::Kind::Same);
    EXPECT_EQ(same.date, a);
    const GradeDatesSummary differ = GradeDatesSummary::of({a, b, a});
    EXPECT_EQ(differ.kind, GradeDatesSummary::Kind::Differ);
    EXPECT_EQ(differ.distinctDates, 2);
    const GradeDatesSummary partial = GradeDatesSummary::of({a, QDate(), a});
    EXPECT_EQ(partial.kind, GradeDatesSummary::Kind::Partial);
    EXPECT_EQ(partial.unsetGrades, 1);
}

} // namespace
} // namespace hocbaso::test
